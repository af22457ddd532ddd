// The months, by name in either language (from the grammar's `month` concept): their numbers, and their
// English names for answers in English.
import { phrasesOf } from './grammar/index.js';

const NUMBER = new Map(
  (['nl', 'en'] as const).flatMap((lang) => phrasesOf('month', lang).map((m, i) => [m, i + 1] as const)),
);

/** 1 to 12 for a month's name in Dutch or English, any case ("juni", "June"); undefined for another word. */
export function monthNumber(name: string): number | undefined {
  return NUMBER.get(name.toLowerCase());
}

/** A month's English name, capitalised: 6 -> "June". */
export function englishMonth(month: number): string {
  const name = phrasesOf('month', 'en')[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}
