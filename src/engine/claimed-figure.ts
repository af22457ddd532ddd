// A figure a claim states, set against the charter's: "zo'n 18%" is the charter's 18,4%, "ongeveer een
// kwart" (25%) is not its 18,4%. Said without such a word, only the figure itself holds.
import { grammar } from './grammar/index.js';
import { fold } from './text.js';

/** How far a figure said roughly may be from the charter's, as a share of it. */
const ROUGHLY = 0.05;

/** Whether the question says this figure of its claim roughly ("about 500", "ongeveer 25%"). */
export function saidRoughly(question: string, figure: string): boolean {
  const at = question.indexOf(figure);
  if (at < 0) return false;
  // "zo'n € 500.000": the sign of the sum stands between the word and the figure.
  const before = fold(question.slice(Math.max(0, at - 24), at).replace(/[€$]\s*$/u, ''));
  return grammar.approximately.all(before).some((m) => before.slice(m.end).trim() === '');
}

/** Whether a claimed figure is the charter's: the same, or near it where the claim said it roughly. */
export function sameFigure(claimed: number, stated: number, roughly: boolean): boolean {
  if (claimed === stated) return true;
  if (!roughly) return false;
  return Math.round(stated) === claimed || Math.abs(claimed - stated) <= Math.abs(stated) * ROUGHLY;
}
