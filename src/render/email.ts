// The plain-text e-mail version of an answer: polite, self-contained, quote and source included.
import type { Meta } from '../charter/schema.js';
import type { Answer } from '../engine/types.js';
import { charterName } from './source.js';

export function renderEmail(answer: Answer, meta: Meta): string {
  const nl = answer.language === 'nl';
  const parts: string[] = [];
  parts.push(
    nl ? `Naar aanleiding van uw vraag: ${answer.answer}` : `In answer to your question: ${answer.answer}`,
  );
  for (const c of answer.citations) {
    parts.push(
      nl
        ? `In het charter staat letterlijk:\n“${c.quote}”\n(${c.section})`
        : `The charter states (in Dutch, word for word):\n“${c.quote}”\n(${c.section})`,
    );
  }
  if (answer.suggestions?.length) {
    parts.push(
      (nl ? 'U kunt bijvoorbeeld vragen:\n' : 'You could ask, for example:\n') +
        answer.suggestions.map((s) => `- ${s}`).join('\n'),
    );
  }
  if (answer.citations.length > 0) {
    const sections = [...new Set(answer.citations.map((c) => c.section))].join('; ');
    parts.push(
      nl
        ? `Bron: ${charterName(meta, 'nl')}, ${sections}.`
        : `Source: ${charterName(meta, 'en')}, ${sections}.`,
    );
  } else {
    parts.push(nl ? `Bron: ${charterName(meta, 'nl')}.` : `Source: ${charterName(meta, 'en')}.`);
  }
  return `${parts.join('\n\n')}\n`;
}
