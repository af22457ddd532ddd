// Readable terminal output for `charterbot ask`: the answer, each quote with its section.
import type { Meta } from '../charter/schema.js';
import type { Answer } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { charterName, quotedInAnswer } from './source.js';

export function renderCliText(answer: Answer, meta: Meta): string {
  const m = messages(answer.language);
  const lines = [answer.answer];
  for (const c of answer.citations) {
    // The answer already quotes it: its section alone says where it is.
    if (quotedInAnswer(answer, c)) lines.push('', `   — ${c.section} [${c.id}]`);
    else lines.push('', `  “${c.quote.replace(/\n/g, '\n   ')}”`, `   — ${c.section} [${c.id}]`);
  }
  if (answer.suggestions?.length) {
    lines.push('', m.tryForExample, ...answer.suggestions.map((s) => `  - ${s}`));
  }
  if (answer.citations.length > 0) lines.push('', `${m.source}: ${charterName(meta, answer.language)}`);
  return `${lines.join('\n')}\n`;
}
