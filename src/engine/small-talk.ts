// Short replies are conversation, not questions: "bedankt!", "ok thanks", "hallo", "wat kun je?", "waarom?".
// Recognised only when every word of the message is small talk, so "thanks, and for 2017?" stays a question.
import { type Concept, grammar, grammarWordsOf } from './grammar/index.js';

export type SmallTalk =
  | 'thanks'
  | 'acknowledgement'
  | 'greeting'
  | 'goodbye'
  | 'capabilities'
  | 'identity'
  | 'why';

/** The kinds of small talk, in the order they are tried: the first kind a message has a word of wins. */
const KINDS: ReadonlyArray<readonly [SmallTalk, Concept]> = [
  ['why', 'why'],
  ['identity', 'botIdentity'],
  // "thanks for your help": thanks, though "help" alone asks what the bot can do.
  ['thanks', 'thanks'],
  ['capabilities', 'capabilities'],
  ['goodbye', 'goodbye'],
  ['greeting', 'hello'],
  ['acknowledgement', 'acknowledgement'],
];

/** Every word a small-talk message may contain. */
const ALLOWED = grammarWordsOf([...KINDS.map(([, c]) => c), 'smallTalkFiller']);

/**
 * The longest message still read as small talk: longer ones are questions. Every word must be small talk's
 * too ("Top, dank je wel voor de snelle hulp! Fijne dag verder" is eleven).
 */
const MAX_WORDS = 12;
/** "hi there, are you a real person or a bot? just curious": asked of the bot, a message may say more. */
const IDENTITY_MAX_WORDS = 14;

export function smallTalk(folded: string): SmallTalk | null {
  const ws = folded.split(' ').filter(Boolean);
  const max = grammar.botIdentity.test(folded) ? IDENTITY_MAX_WORDS : MAX_WORDS;
  if (ws.length === 0 || ws.length > max) return null;
  if (!ws.every((w) => ALLOWED.has(w))) return null;
  for (const [kind, concept] of KINDS) if (grammar[concept].test(folded)) return kind;
  return null;
}
