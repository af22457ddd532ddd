// Short replies are conversation, not questions: "bedankt!", "ok thanks", "hallo", "wat kun je?", "waarom?".
// Recognised only when every word of the message is small talk, so "thanks, and for 2017?" stays a question.

export type SmallTalk = 'thanks' | 'acknowledgement' | 'greeting' | 'goodbye' | 'capabilities' | 'why';

/** Words that make a message small talk of a kind; the first kind a message has a word of wins. */
const TRIGGERS: ReadonlyArray<readonly [SmallTalk, RegExp]> = [
  ['why', / (waarom|why|hoezo|how come) /],
  [
    'capabilities',
    / (wat kun je|wat kan je|wat kunt u|wat weet je|wat doe je|wie ben je|wie bent u|hoe werkt (dit|het|je)|help|what can you|what do you (do|know)|who are you|how do(es)? (this|you|it) work) /,
  ],
  ['thanks', / (bedankt|dank|dankjewel|dankuwel|danku|thanks|thank|merci|cheers|thx) /],
  ['goodbye', / (doei|dag dag|tot ziens|tot later|fijne dag|bye|goodbye|see you) /],
  [
    'greeting',
    / (hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|good afternoon|morning|dag) /,
  ],
  [
    'acknowledgement',
    / (ok|oke|okay|okido|top|super|great|perfect|perfekt|fijn|prima|mooi|cool|duidelijk|helder|clear|begrepen|understood|got it|nice|goed|good|helpful|nuttig|helps|helpt|helped|geholpen|thumbs up|ja|yes|nee|no) /,
  ],
];

/** Everything a small-talk message may also contain. */
const FILLER = new Set(
  `a an the that this it is was so very much really for your you u je jij jou jullie heel erg zeer echt wel
  voor dat dit het is was zo allemaal eigenlijk dan nou hoor he hey oh ah well all again weer nogmaals
  thanks thank bedankt dank ok oke okay top super great perfect fijn prima mooi cool duidelijk helder clear
  nice goed good helpful nuttig helps helpt helped geholpen me mij ik i we us ons can could kun kan kunt
  what wat who wie how hoe do does doe werkt work works weet know ben bent are dag tot ziens later bye
  see have fijne day a lot lots veel met de een all everything alles do je dit via
  got understood begrepen morning afternoon goedemorgen goedemiddag goedenavond hallo hoi hi hello
  waarom why hoezo come help ja yes nee no thumbs up merci cheers thx doei goodbye`
    .split(/\s+/)
    .filter(Boolean),
);

/** The longest message still read as small talk: longer ones are questions. */
const MAX_WORDS = 7;

export function smallTalk(folded: string): SmallTalk | null {
  const ws = folded.split(' ').filter(Boolean);
  if (ws.length === 0 || ws.length > MAX_WORDS) return null;
  if (!ws.every((w) => FILLER.has(w))) return null;
  for (const [kind, pattern] of TRIGGERS) if (pattern.test(folded)) return kind;
  return null;
}
