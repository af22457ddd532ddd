// Whether a reply in a channel thread the bot answered in is meant for the bot. People go on talking in
// such threads ("thanks, I'll put it in the memo", "@Jan can you check?"): only a question or a follow-up
// ("and for 2017?", "en Overvecht?", "waarom?", "Kanaleneiland 2011") is answered.
import { grammar } from './grammar/index.js';
import { smallTalk } from './small-talk.js';
import { fold, words } from './text.js';
import type { Understanding } from './understand.js';

/** A mention of someone (`<@U123>`), a channel or a group: the message is for people, not the bot. */
const ADDRESSED = /<(@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+|!here|!channel|!everyone)(\|[^>]*)?>/;

export function readsAsFollowUp(
  text: string,
  understood: (question: string) => Pick<Understanding, 'intent'>,
): boolean {
  if (ADDRESSED.test(text)) return false;
  const folded = fold(text);
  const count = words(folded).length;
  if (count === 0 || count > 40) return false;
  // "thanks", "ok great": people acknowledging; the bot has nothing to add in a shared thread.
  if (smallTalk(folded) && !/^ (why|waarom|hoezo) /.test(folded)) return false;
  if (grammar.replyOpener.starts(folded)) return true;
  const { intent } = understood(text);
  const namesSomething =
    intent.wijken.length > 0 ||
    intent.indicators.length > 0 ||
    intent.theme !== null ||
    intent.years.length > 0;
  // "Kanaleneiland 2011", "geweld?": short and about what the charter covers.
  if (namesSomething && count <= 6) return true;
  return text.trim().endsWith('?') && count >= 2 && namesSomething;
}
