// A figure a claim states, set against the charter's: "zo'n 18%" is the charter's 18,4%, "ongeveer een
// kwart" (25%) is not its 18,4%. Said without such a word, only the figure itself holds.
import { grammar, phrasesOf } from './grammar/index.js';
import { escapeRegExp, fold } from './text.js';

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

/** The words before the base of a rate ("per", "op elke", "out of every"), at the end of a text. */
const RATE_BASE = new RegExp(
  `(?:^|\\P{L})(?:${[...phrasesOf('rateBase', 'nl'), ...phrasesOf('rateBase', 'en')]
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|')})\\s*$`,
  'iu',
);

/**
 * The figures a claim states, as written: no year (it places the claim), no base of a rate ("per 1000",
 * "op elke duizend huizen", "per 1,000 residents": a unit).
 */
export function claimedNumbers(question: string): string[] {
  return [...question.matchAll(/\d+(?:[.,]\d+)*/g)]
    .filter((m) => !/^(19|20)\d\d$/.test(m[0]) && !RATE_BASE.test(question.slice(0, m.index)))
    .map((m) => m[0]);
}
