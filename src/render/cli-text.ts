// Readable terminal output for `charterbot ask`: the answer, each quote with its section.
import type { Meta } from '../charter/schema.js';
import type { Answer } from '../engine/types.js';
import { charterName } from './source.js';

export function renderCliText(answer: Answer, meta: Meta): string {
  const nl = answer.language === 'nl';
  const lines = [answer.answer];
  for (const c of answer.citations) {
    lines.push('', `  “${c.quote.replace(/\n/g, '\n   ')}”`, `   — ${c.section} [${c.id}]`);
  }
  if (answer.suggestions?.length) {
    lines.push(
      '',
      nl ? 'Probeer bijvoorbeeld:' : 'Try for example:',
      ...answer.suggestions.map((s) => `  - ${s}`),
    );
  }
  if (answer.citations.length > 0)
    lines.push('', `${nl ? 'Bron' : 'Source'}: ${charterName(meta, answer.language)}`);
  return `${lines.join('\n')}\n`;
}
