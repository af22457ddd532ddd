// Reading comes before understanding: what arrived (a Slack or Teams message with markup, a pasted
// e-mail, a phone note) becomes the question or questions it asks. Greeting, sign-off, signature, headers,
// postscripts and quoted history are set aside; the sentences that ask something are found, in order.
// The sentences around a question are kept as its background: they may say what "it" is, never what the
// answer is.
import { either, grammar, grammarWords, grammarWordsOf, phrasesOf } from './grammar/index.js';
import { type PhraseSet, phraseSet } from './grammar/phrases.js';
import { mayPointBack, pointsBackIn } from './points-back.js';
import { askedOf, isYesNo } from './question-shape.js';
import { afterArticleAndNoun, editDistance, fold, words } from './text.js';

export type ReadQuestion = {
  /** The question, on one line, markup removed. */
  text: string;
  /** What the message says before it: the letter's other sentences, a heading before a colon. */
  background: string[];
  /** A letter that asks nothing in so many words: its last sentence about something is taken as asked. */
  implied?: true;
};

export type Reading = {
  questions: ReadQuestion[];
  /** Passages the message quotes ("> In 2006 ligt het aantal ..."): what its question refers to. */
  quoted: string[];
  /** The message reads as a letter (greeting, sign-off, headers or several paragraphs). */
  letter: boolean;
  /** Everything the message says itself, markup, greeting and signature removed: for its language. */
  body: string;
};

/** Longest message read at all; longer ones are refused before reading. */
export const MAX_MESSAGE_LENGTH = 20_000;

/**
 * Slack, Teams and HTML markup out, text kept: mentions and channel pings go, a link keeps its label,
 * emphasis marks and emoji go, entities are decoded. Lines are kept (quotes and letters need them).
 */
export function stripMarkup(raw: string): string {
  return (
    raw
      .normalize('NFKC')
      .replace(/\r\n?/g, '\n')
      // Slack: <@U123|name>, <!here>, <!subteam^S1|@team>, <#C1|general>, <https://x|label>, <mailto:a>.
      .replace(/<[@#][A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
      .replace(/<![^>]*>/g, ' ')
      .replace(/<(?:https?|mailto|tel):[^|>\s]*\|([^>]*)>/g, '$1')
      .replace(/<(?:https?|mailto|tel):[^>\s]*>/g, ' ')
      // Teams and HTML: a mention goes whole, block elements end a line, other tags go.
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/<(?:br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][^<>]*>/gi, ' ')
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/gi, entity)
      // Control and invisible format characters (a zero-width joiner inside an emoji goes with it).
      .replace(/[^\S\n]/g, ' ')
      .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' ? c : ' '))
      // Emoji: shortcodes (":pray:") and pictographs with their modifiers.
      .replace(/(?<![\p{L}\p{N}]):[a-z0-9_+'-]+:(?![\p{L}\p{N}])/gu, ' ')
      .replace(
        /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u{FE0E}|\u{FE0F}|\u{20E3}/gu,
        ' ',
      )
      // Emphasis: *bold*, _italic_, ~strike~, `code`, ```blocks```.
      .replace(/[*~`]+/g, '')
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' ')
  );
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function entity(_: string, name: string): string {
  const key = name.toLowerCase();
  if (key.startsWith('#x')) return safeChar(Number.parseInt(key.slice(2), 16));
  if (key.startsWith('#')) return safeChar(Number(key.slice(1)));
  return ENTITIES[key] ?? ' ';
}
const safeChar = (code: number) =>
  Number.isInteger(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : ' ';

type Line = { text: string; folded: string };

/**
 * Splits text into sentences: at ? and ! always, at a full stop unless it ends an abbreviation or initial.
 * `isWord`: whether a word is one (a short non-word before a full stop and a lower-case word is an
 * abbreviation of one's own: "uitkering werkz. leeftijd").
 */
export function sentences(
  text: string,
  isWord: (word: string) => boolean = () => true,
  isCut: (word: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.?!]+["'”’)]*(?=\s+|$)/g)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index);
    if (m[0].startsWith('.') && !m[0].includes('?') && !m[0].includes('!')) {
      const last = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const bare = last.replace(/\./g, '').toLowerCase();
      // "dhr. B. Koster", "o.a. sport", "t.o.v. 2006": no sentence ends there.
      if (grammar.abbreviation.test(` ${bare} `) || /^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(last))
        continue;
      const next = text.slice(end).trimStart()[0] ?? '';
      // Unless the next word opens a sentence of its own ("belde. wil weten ...", written in lower case).
      const nextWord = /^\p{L}+/u.exec(text.slice(end).trimStart())?.[0]?.toLowerCase() ?? '';
      // (A long word cut short too: "negatieve toekomstverw. 2006?", "uitvoeringsprogr. vd 4 wijken"; not a
      // long word that is no beginning of one, "wij wonen aan de marshallaan. een buurvrouw ...".)
      const cut = bare.length <= CLIPPED_WORD ? !isWord(bare) : isCut(bare);
      if (
        (/\p{Ll}/u.test(next) || (/\d/.test(next) && bare.length > CLIPPED_WORD)) &&
        /^\p{L}+$/u.test(bare) &&
        cut &&
        !SENTENCE_OPENERS.has(nextWord)
      )
        continue;
      // "'KE ...' iets met leren?": an ellipsis before a lower-case word leaves a blank, it ends nothing.
      if (/^(?:\.\.\.|…)/.test(m[0]) && /\p{Ll}/u.test(next)) continue;
    }
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** The longest word read as clipped ("werkz.", "gem.") where it is no word. */
const CLIPPED_WORD = 6;
/** Words that open a note's next sentence: how it asks ("wil weten", "vraagt"), or a question word. */
const SENTENCE_OPENERS = grammarWordsOf(['reportedAsk', 'questionWord', 'wondering', 'request']);

/** A note's title opens the line, a slip of the pen and all ("Telefoonotitie 10:05"). */
function startsNoteTitle(folded: string): boolean {
  if (grammar.noteTitle.starts(folded)) return true;
  const first = words(folded)[0] ?? '';
  return first.length >= LONG_TITLE && NOTE_TITLES.some((t) => editDistance(first, t, 1) <= 1);
}
/** The one-word note titles ("telefoonnotitie", "belnotitie"), long enough to tell a slip of them. */
const NOTE_TITLES = [...grammarWordsOf(['noteTitle'])].filter((w) => w.length >= 9);
const LONG_TITLE = 8;

/** A line that is part of a header block ("Van: ...", "Onderwerp: ...", "Beller: ..."). */
function isHeader(line: Line): boolean {
  const folded = fold(line.text);
  if (startsNoteTitle(folded) && words(folded).length <= NOTE_TITLE) return true;
  const m = /^\s*([\p{L} ]{1,24}):\s/u.exec(line.text);
  if (!m?.[1]) return false;
  // The whole label is a field's name ("Van", "Taken by"); "Just to confirm:" holds "to" but is no field.
  return grammar.headerKey.replace(fold(m[1])).trim() === '' && words(fold(m[1])).length <= 3;
}

/** The longest title line of a phone note ("Telefoonnotitie 14-03, 10:20"). */
const NOTE_TITLE = 6;

const QUOTE = /^\s*>+\s?/;
/** A line of dashes with a word in it: "---------- Doorgestuurd bericht ----------". */
const RULE = /^\s*[-_=]{3,}.*[-_=]{3,}\s*$|^\s*[-_=]{5,}\s*$/;
/** The longest greeting or sign-off line: longer lines are content that happens to start that way. */
const SHORT_LINE = 8;

/** The greeting at the start of a text, with the words addressed ("Geachte heer, mevrouw,"), if any. */
function greetingLength(text: string): number {
  const folded = fold(text);
  if (!grammar.greeting.starts(folded)) return 0;
  // Up to the last comma among the first words: "Geachte heer, mevrouw," / "Dear Sir or Madam,".
  const head = text.split(/\s+/).slice(0, 6).join(' ');
  const comma = head.lastIndexOf(',');
  if (comma >= 0) return text.indexOf(head) + comma + 1;
  // No comma: a short line is all greeting ("Beste mensen"); else only the greeting word ("Hoi wat is ...").
  if (words(folded).length <= 3 && !/[?]/.test(text)) return text.length;
  const first = grammar.greeting.find(folded);
  const count = first ? words(first.text).length : 1;
  const m = new RegExp(`^\\s*(?:\\S+\\s+){${count - 1}}\\S+`).exec(text);
  return m ? m[0].length : 0;
}

function isSignOff(text: string): boolean {
  const folded = fold(text);
  return grammar.signOff.starts(folded) && words(folded).length <= SHORT_LINE && !text.includes('?');
}

/**
 * "Vraagt hoeveel straatcoaches er komen.", "Wants to know when it starts.": the question a phone note
 * reports, without the words that report it (a question word stays: "hoeveel straatcoaches ...").
 */
function withoutReporting(sentence: string): string[] {
  const folded = fold(sentence);
  const reported = grammar.reportedAsk.find(folded);
  // "Ze wil weten ...": who asks goes with it.
  if (!reported || (reported.start !== 0 && !reportedBy(folded))) return [sentence];
  const phrase = words(folded.slice(0, reported.end));
  const asking = grammar.questionWord.test(` ${phrase.at(-1) ?? ''} `);
  // "Vraagt tot wanneer ...": the preposition stays with its question word ("tot wanneer ...").
  const preposition = asking && QUESTION_PREPOSITION.test(` ${phrase.at(-2) ?? ''} `);
  const rest = afterWords(sentence, asking ? phrase.length - (preposition ? 2 : 1) : phrase.length);
  if (!rest) return [sentence];
  // "... wil weten of Hoograven onder de afspraken valt": asked whether, which "klopt het dat" says.
  const whether = grammar.whether.find(fold(rest));
  if (whether?.start === 0) {
    const frame = CLAIM_FRAME[phrasesOf('whether', 'nl').includes(whether.text.trim()) ? 'nl' : 'en'];
    const claim = afterWords(rest, 1).replace(/[.!]+$/, '');
    // "... of het rijk geld heeft toegezegd voor volkstuinen, om hoeveel geld het ging": a second question
    // after a comma is asked on its own.
    const second = SECOND_ASKED.exec(claim);
    if (second && second.index > 0)
      return [
        `${frame} ${claim.slice(0, second.index)}?`,
        `${frame === CLAIM_FRAME.nl ? 'En' : 'And'} ${claim.slice(second.index + second[0].length)}?`,
      ];
    return [`${frame} ${claim}?`];
  }
  return [capitalised(rest)];
}
/** ", om hoeveel ...", ", and when ...": where a second question follows a claim put to confirm. */
const SECOND_ASKED = new RegExp(
  `,\\s+(?:(?:om|${[...grammarWordsOf(['and'])].join('|')})\\s+)?(?=(?:(?:${[...grammarWordsOf(['preposition'])].join('|')})\\s+)?(?:${[...grammarWordsOf(['questionWord'])].join('|')})\\b)`,
  'i',
);

/** How a claim is put to confirm, per language ("Klopt het dat ...?"). */
const CLAIM_FRAME = {
  nl: capitalised(phrasesOf('claimFrame', 'nl')[0] ?? ''),
  en: capitalised(phrasesOf('claimFrame', 'en').find((p) => p.startsWith('is it')) ?? ''),
};
function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * The sentence from its `count`-th folded word on, in its own spelling. A written word may fold to more
 * words than one ("12-05" is "12 05") or to none ("–").
 */
function afterWords(sentence: string, count: number): string {
  const tokens = sentence.trim().split(/\s+/);
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (seen >= count) return tokens.slice(i).join(' ');
    seen += words(fold(tokens[i] ?? '')).length;
  }
  return '';
}

/** A frame that opens a request: "Ik wil graag weten", "Ik zoek". */
export const REQUEST_FRAME = either('request', 'searchRequest');

/** A sentence that asks something: a question mark, or a request ("Ik wil graag weten ...", "Vraag: ..."). */
function asks(sentence: string): boolean {
  const folded = fold(sentence);
  // "... en ik vraag me af hoe het hier zit.": wondering about nothing in particular; the question follows.
  // "Hallo collega's, kunnen jullie deze beantwoorden?": the question is the one passed on, quoted below.
  if (grammar.vagueAsk.test(folded) || grammar.answerThis.test(folded)) return false;
  if (/\?\s*["'”’)]*\s*$/.test(sentence) || sentence.includes('?')) return true;
  return (
    grammar.request.test(folded) ||
    grammar.searchRequest.starts(folded) ||
    grammar.reportedAsk.starts(folded) ||
    // "Ze wil weten in welke wijken ...", "Mevrouw Jansen vraagt of ...": who asks, then what.
    reportedBy(folded) ||
    /^\s*(vraag|question)\s*:/i.test(sentence) ||
    // "Daarnaast: hoeveel geld de gemeente extra uittrekt.": after a short lead-in, a question word asks.
    grammar.questionWord.starts(fold(/^\s*\p{L}+(?: \p{L}+)?:\s+(.*)$/su.exec(sentence)?.[1] ?? ''))
  );
}

/** "- Kees, frontoffice", "— Anna (helpdesk)": a dash, a name, perhaps a post: a note's signature. */
const NOTE_SIGNATURE = /^[-–—]\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{L}[\p{L}.'-]*)?\s*(?:[,(/].{0,40})?$/u;

/** The most words that say who asks before a reported question ("mevrouw de Vries", "de beller"). */
const REPORTER_WORDS = 3;
/** A reported question that does not open its sentence: its phrase, and the words before it. */
function reporting(folded: string): { m: { text: string }; who: string[] } | null {
  const m = grammar.reportedAsk.find(folded);
  return m === null || m.start === 0 ? null : { m, who: words(folded.slice(0, m.start)) };
}
/** "Hij zit in de bewonersgroep en wil weten welk ...": who asks may be told first, then "en". */
const joinedOn = (who: readonly string[]) => who.at(-1) === 'en' || who.at(-1) === 'and';
function reportedBy(folded: string): boolean {
  const reported = reporting(folded);
  if (reported === null) return false;
  const { m, who } = reported;
  const phrase = words(m.text);
  // "Ik wil weten of dat klopt" is the writer's own request, read as one; "Hij vroeg of hij mee mag doen"
  // tells what happened, in the past. "She asked what percentage ..." in a note asks it, in a question word.
  const told = PAST_ASKING.has(phrase[0] ?? '') && !grammar.questionWord.test(` ${phrase.at(-1) ?? ''} `);
  return (who.length <= REPORTER_WORDS || joinedOn(who)) && !who.some((w) => FIRST_PERSON.has(w)) && !told;
}
const PAST_ASKING = new Set(['vroeg', 'wilde', 'asked', 'wanted']);

/** What a sentence tells before "en wil weten ...", where that is more than who asks; else null. */
function toldBeforeReport(sentence: string): string | null {
  const who = reporting(fold(sentence))?.who ?? [];
  if (who.length <= REPORTER_WORDS || !joinedOn(who)) return null;
  const from = afterWords(sentence, who.length - 1);
  const told = sentence
    .trim()
    .slice(0, sentence.trim().length - from.length)
    .trim();
  return told === '' ? null : `${told}.`;
}
const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'i']);

/**
 * "Mijn vraag: welk ...", "Two questions about the youth groups: how many ...": a short lead-in before a
 * colon. The question is after it; the lead-in may name its subject.
 */
function afterLabel(sentence: string): { label: string | null; question: string } {
  const m = /^(.{0,100}?):\s+(.+)$/s.exec(sentence);
  if (!m?.[1] || !m[2]) return { label: null, question: sentence };
  const label = m[1];
  const folded = fold(label);
  // "Ik ben benieuwd hoe de wijk ervoor stond: welk deel ...?": an announcement, whatever it asks itself;
  // the question is after the colon.
  if (REQUEST_FRAME.starts(folded) && isQuestion(fold(m[2]))) return { label: null, question: m[2] };
  // A lead-in asks nothing itself: "who contributes more per year: A or B?" is one question.
  if (label.includes('?') || words(folded).length > 14 || grammar.questionWord.test(folded))
    return { label: null, question: sentence };
  if (!isQuestion(fold(m[2])) && !m[2].includes('?')) return { label: null, question: sentence };
  // "Twee vragen over het charter: ...": a lead-in that only says questions follow names no subject.
  if (grammar.questionsAhead.replace(folded).trim() === '') return { label: null, question: m[2] };
  // "Quick check: in 2006, 75% ...?", "Just to confirm: ...": the lead-in puts the statement to confirm.
  if (grammar.claimMarker.replace(folded).trim() === '') return { label: null, question: sentence };
  return { label, question: m[2] };
}

/**
 * "..., and by which year ...?", "...; en wanneer ...?": one sentence that asks two things. Split where a
 * piece after a comma or semicolon opens with "and"/"en", perhaps a preposition, and a question word.
 */
function splitQuestions(question: string): string[] {
  const out: string[] = [];
  // "hoeveel wijken landelijk en hoe lang loopt het?": Slack leaves out the comma before the second one.
  const pieces = question
    // "welk ministerie helpt + welk rapport wordt verspreid?": Slack's "+" and "&" join two questions.
    .replace(/\s+[+&]\s+(?=\p{L})/gu, ', en ')
    .split(/(?<=[,;])\s+/)
    .flatMap((p) => p.split(/\s+(?=(?:en|and)\s)/i))
    .reduce<string[]>((joined, p) => {
      const last = joined.at(-1);
      // "when was it signed and by whom?" is one question: the second must say something of its own.
      const ownQuestion = opensQuestion(fold(p)) && words(fold(p)).length >= MIN_SECOND_QUESTION;
      if (last === undefined || /[,;]$/.test(last) || ownQuestion) joined.push(p);
      else joined[joined.length - 1] = `${last} ${p}`;
      return joined;
    }, []);
  for (const piece of pieces) {
    const last = out.at(-1);
    // "Wie betaalt de aanpak in Hoograven, hoeveel per jaar, en ...?": after a comma, a question word opens
    // one more question, "and" or not.
    // (Only "hoeveel", "how much": "when", "what", "waar" may open a clause of the same question.) It goes
    // on from the one before as "and" would say: "en hoeveel per jaar".
    const howMuch = last !== undefined && /,$/.test(last) && ASKS_HOW_MUCH.starts(fold(piece));
    const opens = opensQuestion(fold(piece)) || howMuch;
    // Only a question may be followed by another: "WWI had 20 miljoen, maar hoeveel ...?" is one question.
    // "vanaf welke datum en tot wanneer gelden de afspraken?": a first question of grammar words only takes
    // its subject from the second; together they ask one thing.
    // (Not a question a comma ends: "and the city itself — how much, and for which years?" asks two.)
    const bare =
      last !== undefined && !/[,;]$/.test(last) && words(fold(last)).every((w) => grammarWords.has(w));
    if (last !== undefined && (!opens || bare || last.length < 12 || !isQuestion(fold(last)))) {
      out[out.length - 1] = `${last} ${piece}`;
    } else out.push(howMuch && !opensQuestion(fold(piece)) ? `${andOf(piece)} ${piece}` : piece);
  }
  return out
    .map((p) => {
      const text = p.replace(/[,;]$/, '').trim();
      // "and by which year ...": the opener stays, it marks what the question takes from the one before.
      return text;
    })
    .filter(Boolean);
}

/**
 * "My manager wondered how often ...", "vroeg zich af hoeveel ...": a question word in a statement asks in
 * passing; after an article and its noun it is a relative ("in het buurthuis waar dit ter sprake kwam").
 */
function asksInPassing(folded: string): boolean {
  const at = grammar.questionWord.find(folded);
  return at !== null && !afterArticleAndNoun(folded, at.start);
}

/** Where the first question word of a sentence starts in it, or 0. */
function indexOfQuestionWord(sentence: string): number {
  const m = grammar.questionWord.find(fold(sentence));
  const word = m?.text.split(' ')[0];
  if (!word) return 0;
  // The folded text keeps the sentence's words in order: the same word in the original.
  const found = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').exec(sentence);
  return found?.index ?? 0;
}

/** The fewest words, opener included, of a second question that has no comma before it. */
const MIN_SECOND_QUESTION = 4;

/** "en om hoeveel jongeren ...", "and for which year ...": a preposition before a second question's word. */
const QUESTION_PREPOSITION = either('preposition', 'questionPreposition');

/** "hoeveel", "how much", "hoeveel procent": asks a figure, never a clause of the question before. */
const HOW_MUCH = ['askAmount', 'askCount', 'askPercentage'] as const;
const ASKS_HOW_MUCH = either(...HOW_MUCH);
const DUTCH_HOW_MUCH = phraseSet(HOW_MUCH.flatMap((c) => phrasesOf(c, 'nl')));
/** The "and" of the language a piece asks "how much" in. */
const andOf = (piece: string) => (DUTCH_HOW_MUCH.starts(fold(piece)) ? 'en' : 'and');

/** "and by which year ...", "en is er ...": a second question after a conjunction. */
function opensQuestion(folded: string): boolean {
  const rest = after(grammar.and, folded);
  if (rest === null) return false;
  // "and roughly how many ...": how roughly it is asked comes before the question word.
  const plain = after(grammar.approximately, rest) ?? rest;
  const core = after(QUESTION_PREPOSITION, plain) ?? plain;
  // "..., en of het charter ergens gepubliceerd is": a reported question's second one asks whether.
  return (
    grammar.questionWord.starts(core) || grammar.yesNoOpener.starts(core) || grammar.whether.starts(rest)
  );
}

/** "en hoe verhoudt dat zich tot de stad", "and for 2017": a follow-up, with or without its question mark. */
function opensFollowUp(folded: string): boolean {
  return grammar.and.starts(folded) || grammar.questionWord.starts(folded);
}

/** "Klopt dat?", "Is that correct?", "Right?": a question that only asks to confirm. */
/**
 * "Klopt dat, en wat gaat die persoon doen?": a confirmation of the sentence before, and a question of its
 * own after it, are two sentences.
 */
function confirmationApart(sentence: string): string[] {
  const m = /^([^,]{1,40}),\s+(\S.*)$/su.exec(sentence);
  if (!m?.[1] || !m[2] || !isConfirmation(m[1]) || !opensQuestion(fold(m[2]))) return [sentence];
  return [`${m[1]}?`, m[2]];
}

function isConfirmation(sentence: string): boolean {
  const folded = fold(sentence);
  const m = grammar.confirmation.find(folded);
  return m !== null && m.start === 0 && words(folded).length <= words(m.text).length + 1;
}

/** A piece of a sentence that asks something itself: "roughly how many ...", "Is er ...". */
function isQuestion(folded: string): boolean {
  return grammar.questionWord.test(folded) || grammar.yesNoOpener.starts(folded);
}

/** The folded text after a leading phrase of the set, or null when it does not start with one. */
function after(set: PhraseSet, folded: string): string | null {
  const m = set.find(folded);
  return m && m.start === 0 ? folded.slice(m.end) : null;
}

/** Blank-line-separated paragraphs of lines, quotes and history set apart. */
type Parts = { body: string[][]; quoted: string[]; history: string[][]; letter: boolean };

function partsOf(text: string): Parts {
  const lines: Line[] = text.split('\n').map((t) => ({ text: t.trim(), folded: fold(t) }));
  const body: string[][] = [];
  const history: string[][] = [];
  const quoted: string[] = [];
  let paragraph: string[] = [];
  let target = body;
  let letter = false;
  let seenContent = false;
  let signedOff = false;
  const close = () => {
    if (paragraph.length) target.push(paragraph);
    paragraph = [];
  };
  for (const [i, line] of lines.entries()) {
    if (line.text === '') {
      close();
      continue;
    }
    if (QUOTE.test(line.text)) {
      const inner = line.text.replace(QUOTE, '').trim();
      if (target === history) paragraph.push(inner);
      else if (inner) quoted.push(inner);
      continue;
    }
    // Quoted history ("Op 3 maart schreef ...:") and forwarded messages: read if nothing else asks.
    if (grammar.history.starts(line.folded) && line.text.trimEnd().endsWith(':')) {
      close();
      target = history;
      letter = true;
      signedOff = false;
      continue;
    }
    if (RULE.test(line.text) || (grammar.forwarded.test(line.folded) && words(line.folded).length <= 6)) {
      close();
      // A forwarded message is the message: what comes after it is read as the body.
      if (!seenContent) target = body;
      else target = history;
      letter = true;
      signedOff = false;
      continue;
    }
    if (isHeader(line)) {
      letter = true;
      continue;
    }
    // "Telefoonnotitie 10:45 - mevrouw Yildiz ...": a note written on one line is a note all the same.
    if (!seenContent && startsNoteTitle(line.folded)) letter = true;
    if (signedOff) continue;
    let content = line.text;
    if (!seenContent || i === 0) {
      const g = greetingLength(content);
      if (g > 0) {
        letter = true;
        content = content.slice(g).trim();
        if (!content) continue;
      }
    }
    // "- Kees, frontoffice" under a note: who wrote it, the signature.
    if (seenContent && NOTE_SIGNATURE.test(content)) {
      signedOff = true;
      close();
      continue;
    }
    // "Bedankt voor uw hulp vorige keer." before the question is no sign-off.
    const asksLater = lines.slice(i + 1).some((l) => l.text.includes('?') && !QUOTE.test(l.text));
    if (seenContent && isSignOff(content) && !asksLater) {
      // Everything after a sign-off is the signature, until a new message starts.
      letter = true;
      signedOff = true;
      close();
      continue;
    }
    const folded = fold(content);
    if (
      grammar.postscript.starts(folded) &&
      /^\s*p\.?\s*p?\.?\s*s\b/i.test(content) &&
      !content.includes('?')
    ) {
      continue;
    }
    seenContent = true;
    paragraph.push(content);
  }
  close();
  if (body.length > 1) letter = true;
  return { body, quoted, history, letter };
}

/** Joins a paragraph's lines: a line that does not end a sentence runs on into the next. */
function paragraphText(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && !/[.?!:]["'”’)]*$/.test(last)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** The sentences of some paragraphs, each line's sentences in order. */
function sentencesOf(
  paragraphs: string[][],
  isWord: (word: string) => boolean,
  isCut: (word: string) => boolean,
): string[] {
  return paragraphs.flatMap((p) => paragraphText(p).flatMap((line) => sentences(line, isWord, isCut)));
}

/**
 * What a message asks. `hasContent` tells a sentence about the charter from one about nothing in it
 * ("Kunt u mij helpen?", "Is dit het goede adres?"): such questions are dropped when others remain.
 * `isWord` tells a word from a clipped one ("werkz."), whose full stop ends no sentence.
 */
export function read(
  message: string,
  hasContent: (sentence: string) => boolean = () => true,
  namesSubject: (text: string) => boolean = hasContent,
  isWord: (word: string) => boolean = () => true,
  /** Whether a long word is one cut short ("toekomstverw."), whose full stop ends no sentence either. */
  isCut: (word: string) => boolean = () => false,
): Reading {
  const text = stripMarkup(message);
  const { body, quoted, history, letter } = partsOf(text);
  const primary = sentencesOf(body, isWord, isCut);
  const fromHistory = sentencesOf(history, isWord, isCut);
  // Below a quote of the charter ("> Voor het jaar 2008 ..."), a question pointing back asks about it.
  const aboutQuote = quoted.length > 0;
  const questions = questionsIn(primary, hasContent, namesSubject, letter, aboutQuote);
  // A colleague's note that passes a citizen's e-mail on ("kunnen jullie deze beantwoorden?", "> Beste
  // gemeente, ..."): where the note and the history ask nothing, the quoted e-mail does.
  const passedOn = () =>
    questionsIn(
      sentencesOf([quoted.filter((x) => !isSignOff(x))], isWord, isCut),
      hasContent,
      namesSubject,
      letter,
    );
  const inHistory = () => questionsIn(fromHistory, hasContent, namesSubject, letter, aboutQuote);
  const found = questions.length > 0 ? questions : orElse(inHistory(), passedOn);
  const all = [...primary, ...fromHistory];
  const bodyText = all.join(' ');
  if (found.length > 0 || !letter) {
    return {
      questions:
        found.length > 0
          ? found.flatMap((q) => {
              // "Heeft gehoord dat er 'straatcoaches' komen en wil weten hoeveel dat er worden": what is
              // told before the question is what "dat" points at.
              const told = toldBeforeReport(q.text);
              return withoutReporting(q.text).map((text) => ({
                ...q,
                text,
                background: told ? [...q.background, told] : q.background,
              }));
            })
          : bodyText
            ? [{ text: bodyText, background: [] }]
            : [],
      quoted,
      letter,
      body: bodyText,
    };
  }
  // A letter with no sentence that asks: its last sentence about something is the question ("Graag de
  // cijfers voor Ondiep."); what comes before it is background.
  // Not what the writer tells about themselves ("Ik woon sinds kort in de wijk en lees mij in ..."): that is
  // who asks, not what.
  // Nor what happened ("Vorige week was er een bewonersavond waar dit ter sprake kwam."): that is when the
  // question came up, not the question.
  const content = all.filter(
    (x) => hasContent(x) && !grammar.aboutMyself.starts(fold(x)) && !grammar.toldEvent.test(fold(x)),
  );
  const last = content.at(-1);
  return {
    questions: last ? [{ text: last, background: all.slice(0, all.indexOf(last)), implied: true }] : [],
    quoted,
    letter,
    body: bodyText,
  };
}

const orElse = <T>(list: T[], next: () => T[]): T[] => (list.length > 0 ? list : next());

/** A chat message's part that starts with a plus or an ampersand: one more thing asked. */
const JOINED_ON = /^\s*[+&]\s*\p{L}/u;

/** The most words of a remark that adds to the question before it. */
const REMARK_WORDS = 5;

function questionsIn(
  list: string[],
  hasContent: (sentence: string) => boolean,
  namesSubject: (text: string) => boolean,
  letter: boolean,
  aboutQuote = false,
): ReadQuestion[] {
  const out: ReadQuestion[] = [];
  const seen: string[] = [];
  let previousAsked = false;
  for (const sentence of list.flatMap(confirmationApart)) {
    // In a chat message a question may go without its mark: "inbraakcijfer ZO 2006? en de stad".
    // "... housing associations? + date of the letter": a part joined on with a plus sign asks more.
    const chatQuestion =
      out.length > 0 &&
      ((!letter && (opensFollowUp(fold(sentence)) || isQuestion(fold(sentence)))) ||
        JOINED_ON.test(sentence));
    // "moet t weten voor de raadsbrief": why the writer asks is no question, nor a remark on one.
    if (!sentence.trim().endsWith('?') && grammar.whyIAsk.starts(fold(sentence))) {
      seen.push(sentence);
      continue;
    }
    if (!asks(sentence) && !chatQuestion) {
      // "gemeente eigen middelen per jaar? indicatief bedrag pls": in a chat message a short remark with
      // content right after a question says more about that question.
      const last = out.at(-1);
      // "voetnoot 3 ging over een of ander jeugdprogramma": a footnote named is such a remark, however long.
      const footnote = grammar.footnote.test(fold(sentence));
      const remark = (words(fold(sentence)).length <= REMARK_WORDS || footnote) && hasContent(sentence);
      // So is, in a letter too, a short remark that asks the city's average along ("stedelijk gem erbij pls").
      const alongside = words(fold(sentence)).length <= REMARK_WORDS && grammar.citywide.test(fold(sentence));
      if ((!letter || footnote || alongside) && last && previousAsked && remark)
        last.text = `${last.text} ${sentence}`;
      previousAsked = false;
      seen.push(sentence);
      continue;
    }
    // "welke brief wordt hier genoemd? datum?": a word or two with a question mark, right after a question
    // in a chat message, asks more of the same thing.
    const previous = out.at(-1);
    const folded = fold(sentence);
    // "heeft utrecht een aanspreekpunt bij WWI? wie dan": a question word with nothing of its own, too.
    if (
      !letter &&
      previous &&
      previousAsked &&
      words(folded).length <= 2 &&
      (!hasContent(sentence) || (!isQuestion(folded) && !opensFollowUp(folded)))
    ) {
      previous.text = `${previous.text} ${sentence}`;
      seen.push(sentence);
      continue;
    }
    previousAsked = true;
    // "Iemand zei dat het 6,5 is. Klopt dat?": the claim is the sentence before the confirmation.
    const claimed = seen.at(-1);
    if (claimed !== undefined && isConfirmation(sentence)) {
      out.push({ text: `${claimed} ${sentence}`, background: seen.slice(0, -1) });
      seen.push(sentence);
      continue;
    }
    const { label, question } = afterLabel(sentence);
    // A lead-in that names a wijk or topic ("Voor Kanaleneiland zoek ik twee dingen:") is part of each
    // question; one that only announces ("Mijn vraag:", "dus kort:") is dropped.
    // A purpose ("Om te zien of we vooruit zijn gegaan:") names nothing, whatever its words.
    // Nor does an announcement ("Ik ben benieuwd hoe de wijk ervoor stond:"): the question after it asks.
    const announces = (l: string) => grammar.purpose.starts(fold(l)) || REQUEST_FRAME.starts(fold(l));
    const lead = label && namesSubject(label) && !announces(label) ? `${label}: ` : '';
    // The lead-in goes with the first question; the ones after it follow on from that one ("..., en welk
    // rapport wordt daarvoor verspreid?"), their opener first.
    splitQuestions(question).forEach((part, i) => {
      // "Overvecht, share of pupils with a learning-delay score: was the 2017 target 50 percent?": a claim
      // put after a long lead-in is still a claim; the lead-in goes after it, where it names no opener.
      const claimAfter = i === 0 && lead !== '' && isYesNo(fold(part)) && !isYesNo(fold(`${lead}${part}`));
      const text = claimAfter
        ? `${part.replace(/\?\s*$/, '')}, ${label}?`
        : i === 0
          ? `${lead}${part}`
          : part;
      out.push({ text, background: [...seen] });
    });
    seen.push(sentence);
  }
  // "Our director asked me how often the event is held. Could you let me know?": a letter's lone question
  // that asks nothing of its own asks what the sentence before it asks in passing.
  const [only] = out;
  // Not one with a question word of its own ("Naar welk percentage moest dat dalen?"): that one asks, and
  // what it points at is the sentence before.
  if (
    out.length === 1 &&
    only &&
    letter &&
    !grammar.questionWord.test(fold(only.text)) &&
    !hasContent(only.text)
  ) {
    const asked = only.background.findLast((x) => hasContent(x) && asksInPassing(fold(x)));
    if (asked) {
      // From its question word: "Mijn buurman vroeg zich af | hoeveel straatcoaches er ... komen."
      const at = indexOfQuestionWord(asked);
      return [
        {
          text: asked.slice(at),
          background: [
            ...only.background.slice(0, only.background.indexOf(asked)),
            asked.slice(0, at),
          ].filter((x) => x.trim() !== ''),
        },
      ];
    }
  }
  // "Kunt u mij helpen?" asks nothing the charter answers; "En wat was toen het gemiddelde?" after a
  // question does, through the question before it. A lone question is answered whatever it is.
  if (out.length <= 1) return out;
  const meant: ReadQuestion[] = [];
  for (const q of out) {
    const folded = fold(q.text);
    // "Someone mentioned a scheme called OKU. When did it start, and who is behind it?": the sentence
    // before is what "it" points at.
    const followsOn = meant.length > 0 || aboutQuote || q.background.length > 0;
    // "Met hoeveel procent moet dat niveau ... gestegen zijn?": "dat niveau" points at the sentence before too.
    // "voor hoe lang? en wie helpt de gemeente inhoudelijk?" in a thread: a question that asks a kind of figure
    // ("hoe lang", "wanneer") asks it of the conversation; "Kunt u mij helpen?" asks no figure.
    if (
      hasContent(q.text) ||
      askedOf(folded).firm ||
      (followsOn && (opensFollowUp(folded) || pointsBackIn(folded) || mayPointBack(folded)))
    )
      meant.push(q);
  }
  return meant.length > 0 ? meant : out;
}
