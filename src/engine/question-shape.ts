// What kind of answer a general question wants, read from its wording: a sum of money, a count, a date,
// the last year of a period, a duration, how often, who; whether it is a yes/no claim to check; whether it
// weighs two things against each other. The rules are data, in the order they are tried.

import { either, grammar, grammarWords, grammarWordsOf, phrasesOf, sequence } from './grammar/index.js';
import type { PhraseSet } from './grammar/phrases.js';
import { numbersInWords } from './numbers-in-words.js';
import { fold, words } from './text.js';

/** Asks to confirm a claim, anywhere: its framing ("klopt het dat") or a figure to check ("was het 40"). */
const CLAIM = either('claimFrame', 'claimCheck');

/** Words after "how many"/"hoeveel" that are no thing counted: "hoeveel krijgt Utrecht" asks a sum. */
const NOT_COUNTED = grammarWordsOf(['notCounted']);

export type Wanted =
  | 'amount'
  | 'percentage'
  | 'count'
  | 'date'
  | 'year_end'
  | 'year_start'
  | 'duration'
  | 'frequency'
  /** An age: "vanaf welke leeftijd", "how old". */
  | 'age'
  /** Someone or something the charter names: "wie", "which organisation", "welk keurmerk". */
  | 'who'
  | null;

/** Asks for a figure in so many words, or only names money as its subject ("the budget for ..."). */
export type Asked = { wanted: Wanted; firm: boolean };

/** Nouns after "welk(e)" that ask for a figure or a target, not for a thing the charter names. */
const FIGURE_NOUNS = grammarWordsOf(['figureNoun', 'targetWord', 'askPercentage', 'askCount', 'askDate']);

/** "what method", "wat voor keurmerk": the asking words, where a kind of named thing follows them. */
function kindAsked(folded: string): { start: number; end: number; text: string } | null {
  return grammar.whatKind.all(folded).find((m) => grammar.namedKind.starts(folded.slice(m.end))) ?? null;
}

/** "welk keurmerk", "which organisation": the noun after "which" when it is no figure's or target's. */
export function whichThing(folded: string): string | null {
  const which = grammar.which.find(folded) ?? kindAsked(folded);
  // "welke drie dingen": the number counts the things; the thing is the noun after it.
  const after = which ? folded.slice(which.end + 1).split(' ') : [];
  const noun = /\d/.test(numbersInWords(after[0] ?? '')) ? after[1] : after[0];
  // "welk rapportcijfer", "welk streefpercentage": a compound ending in a figure word is a figure too.
  const figure = (w: string) =>
    FIGURE_NOUNS.has(w) || [...FIGURE_NOUNS].some((f) => f.length >= 5 && w.endsWith(f));
  return noun && noun.length >= 4 && !figure(noun) ? noun : null;
}

/**
 * First match wins: "how many years" is a duration before it is a count; "what happens if there is not
 * enough money" asks for an event, whatever it mentions. Each test is a concept of the grammar.
 */
const WANTED_RULES: ReadonlyArray<readonly [Wanted, (folded: string) => boolean, boolean]> = [
  // "wie betaalt ...", "who decides ...": asked about someone, whatever the verb.
  ['who', (f) => grammar.askWho.starts(f), true],
  // "hoe heet het programma", "what's the name of the council": a name is asked, whatever else is said.
  ['who', (f) => grammar.askName.test(f), true],
  [null, (f) => grammar.whatHappens.test(f), true],
  // "waarvoor is het extra geld bedoeld?": what the money is for, not how much.
  [null, (f) => grammar.askPurpose.test(f), true],
  ['year_end', (f) => grammar.askYearEnd.test(f), true],
  ['year_start', (f) => grammar.askYearStart.test(f), true],
  ['age', (f) => grammar.askAge.test(f), true],
  // "looptijd charter: vanaf welke datum?": the date asked after the topic's own duration word.
  [
    'duration',
    (f) => grammar.askDuration.test(f) && !askedAfter(f, grammar.askDuration, grammar.askDate),
    true,
  ],
  ['frequency', (f) => grammar.askFrequency.test(f), true],
  ['date', (f) => grammar.askDate.test(f) && !whenJoinsClause(f), true],
  ['percentage', (f) => grammar.askPercentage.test(f), true],
  // "with which association did the rijk agree on a contribution?": a thing named, not the sum.
  ['who', (f) => whichThing(f) !== null, true],
  ['amount', (f) => grammar.askAmount.test(f), true],
  // "hoeveel draagt Bo-Ex bij?": how much, of money, is an amount asked in so many words.
  ['amount', (f) => grammar.askCount.test(f) && namesMoney(f), true],
  ['amount', namesMoney, false],
  // "hoeveel krijgt Utrecht voor ...?": how much a receiver gets, with no thing counted between, is a sum.
  ['amount', receivesHowMuch, true],
  ['count', (f) => grammar.askCount.test(f), true],
  ['who', (f) => grammar.askWho.all(f).some((m) => !relativeAfterNoun(f, m.start)), true],
];

/** "hoeveel krijgt ...": the count word right before a verb of receiving. */
function receivesHowMuch(folded: string): boolean {
  const count = grammar.askCount.find(folded);
  return count !== null && grammar.receiveVerb.starts(` ${folded.slice(count.end).trim()} `);
}

/**
 * "the proportion of residents who lack contact": a "who" right after a noun of the question's own subject
 * (no word of the grammar: not "and who", "the ministers who") starts a relative clause; it asks no one.
 */
function relativeAfterNoun(folded: string, at: number): boolean {
  const before = folded.slice(0, at).trim().split(' ').at(-1) ?? '';
  return before.length >= 3 && !/\d/.test(before) && !grammarWords.has(before);
}

/**
 * "What will the city do when bikes are stolen?", "Wat doet de gemeente wanneer een corporatie niet
 * levert?": a bare "when" inside a question another question word opens joins a clause to it; it asks no
 * date. "... and when does it start?" asks one.
 */
function whenJoinsClause(folded: string): boolean {
  const asked = grammar.askDate.all(folded);
  const when = asked[0];
  if (asked.length !== 1 || !when || !grammar.questionWord.starts(folded)) return false;
  if (when.start === 0 || !WHEN.has(when.text.trim())) return false;
  const before = ` ${folded.slice(0, when.start).trim().split(' ').at(-1) ?? ''} `;
  return !grammar.and.test(before);
}
/** The question words that ask "when" alone: "when", "wanneer". */
const WHEN: ReadonlySet<string> = new Set(
  (['nl', 'en'] as const).flatMap((lang) =>
    phrasesOf('askDate', lang).filter((p) => phrasesOf('questionWord', lang).includes(p)),
  ),
);

/** Whether `later` is asked after the first phrase of `first`: the later one is the question. */
function askedAfter(folded: string, first: PhraseSet, later: PhraseSet): boolean {
  const a = first.find(folded);
  const b = later.all(folded).at(-1);
  return a !== null && b !== undefined && b.start > a.end;
}

/** "leefbaarheidsbudget", "rijksbijdrage": a compound ending in a money word names money too. */
const MONEY_ENDINGS = [...grammarWordsOf(['money'])].filter((w) => w.length >= 6);
function moneyCompound(folded: string): boolean {
  return folded.split(' ').some((w) => MONEY_ENDINGS.some((m) => w.length > m.length + 2 && w.endsWith(m)));
}
function namesMoney(folded: string): boolean {
  return grammar.money.test(folded) || moneyCompound(folded);
}

/** What a question asks for, and whether it says so in so many words. */
export function askedOf(folded: string): Asked {
  // "and who pays for that?" asks who, as "who pays for that?" does: a follow-up's opener is no content.
  const opener = grammar.followUpOpener.find(folded);
  const text = opener?.start === 0 ? ` ${folded.slice(opener.end).trim()} ` : folded;
  for (const [wanted, test, firm] of WANTED_RULES) if (test(text)) return { wanted, firm };
  return { wanted: null, firm: false };
}

export function wantedOf(folded: string): Wanted {
  return askedOf(folded).wanted;
}

/** The kinds of figure that place something in time: when it starts or ends, how long it runs. */
const PERIOD_WANTED: ReadonlySet<Wanted> = new Set(['date', 'year_start', 'year_end', 'duration']);

/**
 * "Wanneer begint het charter?", "how long do the agreements last?": asked when or how long, of the charter
 * itself. The charter's name is no topic elsewhere ("volgens het charter"); here it is the whole subject.
 */
export function asksCharterPeriod(folded: string, content: readonly string[]): boolean {
  return (
    content.every((w) => PERIOD_WORDS.has(w)) &&
    grammar.charterName.test(folded) &&
    // "Klopt het dat de afspraken gelden tot 31 december 2020?": a claim of when, with the verb of being in
    // force and a year, asks the period as much as "tot wanneer" does.
    (PERIOD_WANTED.has(wantedOf(folded)) || (grammar.periodVerb.test(folded) && /(?:19|20)\d\d/.test(folded)))
  );
}

/**
 * The words that ask when or how long ("begint", "loopt ... af", "last"): no subject of their own; nor do
 * those that ask to confirm a claim of it ("klopt het dat", "is it true that") or name the charter.
 */
const PERIOD_WORDS = grammarWordsOf([
  'askDate',
  'askYearStart',
  'askYearEnd',
  'askDuration',
  'periodVerb',
  'yesNoOpener',
  'claimFrame',
  'charterName',
  // "... apply until 31 December 2020?": a date's month says when, it names no subject.
  'month',
]);

/** "is there a target", "heeft Ondiep een doel": a question whether something exists. */
export const EXISTENCE = grammar.existence;

/** "what does the rijk do about youth unemployment?": a question about who does what, not a target. */
export const ACTOR_DOES = sequence('actorQuestion', 'actor', 'actorPreposition');

/** "komen er 25 of 50 straatcoaches?", "begin 2008 of eind 2007?": figures offered to choose between. */
export function offersChoice(folded: string): boolean {
  // Dutch "of" offers a choice right after a figure and its unit ("2006 of 2007", "25 procent of 30"); in
  // English it is a preposition ("in 2007 on the basis of 2006 measurements"): only "or" reaches further.
  return / \d[\d.,]*(?: [a-z%]+)? of(?: [a-z]+){0,3} \d| \d[\d.,]*(?: [a-z%]+){0,3} or(?: [a-z]+){0,3} \d/.test(
    folded,
  );
}

/**
 * "groep 7 of groep 8?", "klas 3 or 4?": a choice between things a number names, which asks which of them
 * (`namedFigure`), not how many. The noun, or null where the figures are bare or have a unit.
 */
export function choiceNoun(folded: string): string | null {
  const m = / ([a-z]{3,}) \d+ (?:of|or) (?:([a-z]{3,}) )?\d+ /.exec(folded);
  const [, noun, again] = m ?? [];
  if (!noun || (again !== undefined && again !== noun)) return null;
  return NOT_A_NOUN.has(noun) || grammar.figureUnit.test(` ${noun} `) ? null : noun;
}
/** "tussen 7 of 8", "voor 2010 or 2011": a preposition before the figures names nothing. */
const NOT_A_NOUN = grammarWordsOf(['preposition', 'questionPreposition', 'and']);

/** The most words of a topic label before a question ("Zuilen-Oost:", "KE schooluitval:"). */
const MAX_LABEL = 2;

export function isYesNo(folded: string): boolean {
  // A choice between figures asks which, not whether.
  if (offersChoice(folded)) return false;
  if (CLAIM.test(folded)) return true;
  // "dus het charter is zelf een beschikking?": a statement after "dus", "so", put to confirm.
  const marker = grammar.claimMarker.find(folded);
  if (marker && marker.start === 0 && !grammar.questionWord.test(` ${folded.slice(marker.end)}`)) return true;
  // "... had 30 burglaries in 2006. Right?": a claim that ends asking to confirm it.
  const last = grammar.confirmation.all(folded).at(-1);
  if (last && last.end >= folded.trimEnd().length) return true;
  // "Rapporteert het college ...?", "Stelt het rijk ... beschikbaar?": a Dutch question that opens with its
  // verb asks whether, whichever verb it is.
  if (opensWithVerb(folded)) return true;
  // "Zuilen-Oost: was the 2011 goal ...?": a label of a word or two may stand before the opener.
  const opener = grammar.yesNoOpener.find(folded);
  if (!opener) return false;
  const label = words(folded.slice(0, opener.start));
  if (label.length > MAX_LABEL || label.some((w) => grammarWords.has(w) || /\d/.test(w))) return false;
  // "Is het charter een formeel besluit waarmee het rijk geld toekent?": a question word right after a noun
  // starts a relative clause; it asks nothing of its own.
  const rest = ` ${folded.slice(opener.end)}`;
  return !grammar.questionWord
    .all(rest)
    .some((m) => !(grammar.relativePronoun.test(` ${m.text.trim()} `) && relativeAfterNoun(rest, m.start)));
}

/**
 * "who puts in more per year, the housing corporations or the municipality?": the two things weighed
 * ("the housing corporations", "the municipality"). Null when the question weighs nothing.
 */
export function alternatives(question: string, folded: string): [string, string] | null {
  if (!grammar.comparative.test(folded)) return null;
  for (const part of question.split(/[?!.;]/)) {
    const m = /^(.*?)(?:,|:|\s-\s)\s*([^,]+?)\s+(?:or|of)\s+([^,]+?)\s*$/i.exec(part.trim());
    if (!m) continue;
    const [, , left = '', right = ''] = m;
    if (left.split(/\s+/).length > 6 || right.split(/\s+/).length > 8) continue;
    return [left, right];
  }
  return null;
}

/** The noun a "which/welke" question asks about ("which themes", "welke school"): the answer must name it. */
export function focusOf(folded: string, stopwords: ReadonlySet<string>): string | null {
  const m = / (?:which|welke|welk|what|wat voor|what kind of) ([a-z]{4,}) /.exec(folded);
  const word = m?.[1];
  return word && !stopwords.has(word) ? word : null;
}

/** The part of a message that makes the yes/no claim: "klopt het dat ...? een partner vraagt ..." -> the first. */
export function claimPart(question: string): string {
  const parts = question.split(/(?<=[?!])\s+/);
  const at = parts.findIndex((p) => isYesNo(fold(p)));
  // "Rapporteert het college twee keer per jaar ...? Klopt dat?": a bare confirmation asks of the part
  // before it, which is the claim.
  const part = parts[at];
  if (at > 0 && part !== undefined && onlyConfirms(fold(part))) return `${parts[at - 1]} ${part}`;
  return part ?? question;
}

/**
 * A finite Dutch verb first (a word of four letters or more on -t that is no grammar word) and its subject
 * after it ("het college", "de gemeente", "Utrecht"), with no question word later.
 */
function opensWithVerb(folded: string): boolean {
  const [first, second] = words(folded);
  return (
    first !== undefined &&
    second !== undefined &&
    first.length >= 4 &&
    first.endsWith('t') &&
    !NOT_A_VERB.has(first) &&
    VERB_SUBJECT.has(second) &&
    !grammar.questionWord.test(folded)
  );
}
const VERB_SUBJECT = new Set([
  'het',
  'de',
  'er',
  'een',
  'dit',
  'deze',
  'utrecht',
  'u',
  'hij',
  'zij',
  'ze',
  'men',
]);
/** Words on -t that open a question without being its verb ("wat", "niet", "eigenlijk", "toch"). */
const NOT_A_VERB = new Set([
  ...grammarWordsOf(['questionWord', 'preposition', 'questionPreposition', 'demonstrative', 'anaphora']),
  'niet',
  'echt',
  'eigenlijk',
  'toch',
  'best',
  'gewoon',
  'omdat',
  'want',
  'vandaag',
]);

/** "Klopt dat?", "Is that right?": a confirmation with at most a word besides. */
function onlyConfirms(folded: string): boolean {
  const m = grammar.confirmation.find(folded);
  return m !== null && m.start === 0 && words(folded).length <= words(m.text).length + 1;
}

/**
 * The thing a "how many" question counts ("hoeveel gemeenten", "how many community police officers"): the
 * first word after it, or the longest phrase starting there that `isPhrase` knows.
 */
export function countedNoun(folded: string, isPhrase: (p: string) => boolean = () => false): string | null {
  const m = grammar.askCount.find(folded);
  // "in hoeveel van de krachtwijken", "how many of the wijken": the noun after "van de" is counted.
  const rest = m ? folded.slice(m.end + 1) : '';
  // "how many of those", "hoeveel daarvan": the things pointed back at, which the words do not name.
  // "hoeveel van die forumscholen": named all the same.
  const those = grammar.ofThose.find(` ${rest}`);
  const named = those?.start === 0 ? rest.slice(those.end).trim().split(' ')[0] : undefined;
  if (those?.start === 0 && (!named || named.length < 4 || grammarWords.has(named))) return null;
  const after = (named ? rest.slice(rest.indexOf(named)) : rest)
    .replace(/^(?:van|of) (?:de|het|the) /, '')
    .split(' ');
  const run = after.findIndex((w) => !/^[a-z]+$/.test(w));
  const ws = after
    .slice(0, Math.min(4, run < 0 ? after.length : run))
    .filter((w) => !['extra', 'more', 'meer', 'additional', 'new', 'nieuwe'].includes(w));
  const first = ws[0];
  if (!first || NOT_COUNTED.has(first)) return null;
  for (let n = ws.length; n > 1; n--) {
    const phrase = ws.slice(0, n).join(' ');
    if (isPhrase(phrase)) return phrase;
  }
  return first;
}

/** "volgens het charter" says where to look, not what for: "volgens" must not find "volgens de BEKE-methodiek". */
export function withoutSource(folded: string): string {
  let out = folded;
  for (let at = grammar.sourceFrame.find(out); at; at = grammar.sourceFrame.find(out))
    out = `${out.slice(0, at.start)}${out.slice(at.end)}`;
  return out;
}

/**
 * "Welke partijen waren, naast bewoners en gemeente, betrokken ...?", "Apart from its microfinance
 * programme, what will EZ ...?": what is set aside between commas (or before the first) is known, not asked.
 */
/** What a question sets aside as known ("offering services to local initiatives"), if anything. */
export function besidesOf(question: string): string | null {
  const m = new RegExp(BESIDES_CLAUSE.source, 'iu').exec(question) ?? BESIDES_INSIDE.exec(question);
  return m ? m[0].replace(/^[,\s]+|[,\s]+$/g, '') : null;
}

export function withoutBesides(question: string): string {
  return question
    .replace(BESIDES_CLAUSE, (_m, lead: string) => (lead ? `${lead} ` : ''))
    .replace(new RegExp(BESIDES_INSIDE.source, 'giu'), ' ')
    .replace(NOT_THAT_ONE, ' ');
}

const NOT_THAT_WORDS = [...phrasesOf('notThatOne', 'nl'), ...phrasesOf('notThatOne', 'en')].join('|');
/** "wanneer was de nulmeting? (niet die voor de streefwaarden)": what the question is not about. */
const NOT_THAT_ONE = new RegExp(
  `\\(\\s*(?:${NOT_THAT_WORDS})\\b[^)]*\\)|[,;–-]\\s*(?:${NOT_THAT_WORDS})\\b[^,;?]*`,
  'giu',
);

const BESIDES_WORDS = [...phrasesOf('besides', 'nl'), ...phrasesOf('besides', 'en')].join('|');
const MORE_WORDS = [...phrasesOf('besidesMore', 'nl'), ...phrasesOf('besidesMore', 'en')].join('|');

/** "wat zet EZ naast de diensten aan lokale initiatieven nog meer op?": set aside inside the sentence. */
const BESIDES_INSIDE = new RegExp(`\\s(?:${BESIDES_WORDS})\\s[^,?]{1,80}?(?=\\s(?:${MORE_WORDS})\\b)`, 'iu');

const BESIDES_CLAUSE = new RegExp(`(^|,)\\s*(?:${BESIDES_WORDS})\\s[^,?]{1,80},`, 'giu');
