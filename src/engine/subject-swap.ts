// "Staat er in elk wijkactieplan een Activeringscentrum?" ... "en een leerwerkploeg?": a follow-up that names
// only another thing asks the yes/no question before of that thing. It is answered as that question with its
// subject swapped, so that it starts with yes or no like the first.
import { grammar, grammarWords } from './grammar/index.js';
import { isYesNo } from './question-shape.js';
import { ARTICLES, fold, words } from './text.js';

/** The most words of the thing a follow-up names ("een leerwerkploeg", "the work hotel"). */
const MAX_THING_WORDS = 3;
/** A subject word this long names a thing ("werkhotel"), not how one asks ("komt", "er"). */
const SUBJECT_WORD = 4;

/**
 * The question before with its subject (its rarest word, by `rarity`) replaced by the thing the follow-up
 * names, folded; null where the follow-up asks more than that or the question before was not yes/no.
 * `rarity` is 0 for a word the charter does not use.
 */
export function swapSubject(
  previous: string,
  followUp: string,
  rarity: (word: string) => number,
): string | null {
  const folded = fold(followUp);
  const opener = grammar.followUpOpener.find(folded);
  if (opener?.start !== 0) return null;
  // Its articles go: the question before supplies its own.
  const thing = words(folded.slice(opener.end)).filter((w) => !ARTICLES.has(w));
  if (
    thing.length === 0 ||
    thing.length > MAX_THING_WORDS ||
    thing.some((w) => /\d/.test(w) || grammar.questionWord.test(` ${w} `)) ||
    !thing.some((w) => rarity(w) > 0 && !grammarWords.has(w))
  )
    return null;
  const before = fold(previous);
  if (!isYesNo(before)) return null;
  const candidates = words(before).filter(
    (w) => w.length >= SUBJECT_WORD && !grammarWords.has(w) && rarity(w) > 0,
  );
  const [subject] = candidates.sort((a, b) => rarity(b) - rarity(a));
  if (!subject || thing.includes(subject)) return null;
  return before.replace(` ${subject} `, ` ${thing.join(' ')} `).trim();
}
