// The plain-text e-mail version of an answer: polite, self-contained, quote and source included.
import type { Meta } from '../charter/schema.js';
import type { Answer } from '../engine/types.js';
import { charterName } from './source.js';

export function renderEmail(answer: Answer, meta: Meta): string {
  const nl = answer.language === 'nl';
  const parts: string[] = [
    nl ? `Naar aanleiding van uw vraag: ${answer.answer}` : `In answer to your question: ${answer.answer}`,
  ];
  if (answer.citations.length > 0) {
    const quotes = answer.citations.map((c) => `“${c.quote}”\n(${c.section})`).join('\n\n');
    parts.push(
      `${nl ? 'In het charter staat letterlijk:' : 'The charter states (in Dutch, word for word):'}\n${quotes}`,
    );
  }
  if (answer.suggestions?.length) {
    parts.push(
      (nl ? 'U kunt bijvoorbeeld vragen:\n' : 'You could ask, for example:\n') +
        answer.suggestions.map((s) => `- ${s}`).join('\n'),
    );
  }
  // The opening page of the charter has no section title worth naming.
  const sections = [...new Set(answer.citations.map((c) => c.section))].filter((s) => s !== 'Charter');
  const where = sections.length ? `, ${nl ? 'onderdeel' : 'section'} ${sections.join('; ')}` : '';
  parts.push(`${nl ? 'Bron' : 'Source'}: ${charterName(meta, answer.language)}${where}.`);
  return `${parts.join('\n\n')}\n`;
}
