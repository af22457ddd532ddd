// "Sinds wanneer is er een Ouder-Kind Centrum in Overvecht?" ... "en in Ondiep?": after an answer from the
// charter's text, a follow-up that names only another wijk asks the question before of that wijk. It is
// answered as that question with the wijk replaced, not as a request for the new wijk's targets.
import { grammar, grammarWordsOf } from './grammar/index.js';
import { fold, words } from './text.js';
import { matchPhrases, type Vocabulary } from './vocabulary.js';

/** The vocabulary's wijk phrases, one list (its first-word index is built once per list). */
type WijkPhrases = Vocabulary['wijkPhrases'];

/** Words around the wijk a follow-up names that ask nothing of their own: "en in Ondiep?", "for ZO then?". */
const FILLER = grammarWordsOf(['wijkFollowUpFiller']);

/**
 * The question before, folded, with the wijk it names replaced by the one the follow-up names; null where
 * the follow-up says more than a wijk, names the same wijk, or the question before named none.
 */
export function swapWijk(previous: string, followUp: string, wijken: WijkPhrases): string | null {
  const folded = fold(followUp);
  const opener = grammar.followUpOpener.find(folded);
  const rest = opener?.start === 0 ? ` ${folded.slice(opener.end).trim()} ` : folded;
  const asked = wijkIn(rest, wijken);
  if (!asked) return null;
  const left = words(`${rest.slice(0, asked.start)} ${rest.slice(asked.end)}`).filter((w) => !FILLER.has(w));
  if (left.length > 0) return null;
  const before = fold(previous);
  const was = wijkIn(before, wijken);
  if (!was || was.key === asked.key) return null;
  return `${before.slice(0, was.start)} ${rest.slice(asked.start, asked.end)} ${before.slice(was.end)}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first wijk a folded text names, with where (the vocabulary's own phrase matching). */
const wijkIn = (folded: string, wijken: WijkPhrases) => matchPhrases(folded, wijken).matches[0] ?? null;
