// What kind of answer a general question wants, read from its wording: a sum of money, a count, a date,
// the last year of a period, a duration, how often, who; whether it is a yes/no claim to check; whether it
// weighs two things against each other. The rules are data, in the order they are tried.
import { grammar } from './grammar/index.js';
import { fold } from './text.js';

export type Wanted =
  | 'amount'
  | 'percentage'
  | 'count'
  | 'date'
  | 'year_end'
  | 'year_start'
  | 'duration'
  | 'frequency'
  | 'who'
  | null;

/** First match wins: "how many years" is a duration before it is a count. Patterns run on folded text. */
const WANTED_RULES: ReadonlyArray<readonly [Exclude<Wanted, null>, RegExp]> = [
  // "wie betaalt ...", "who decides ...": asked about someone, whatever the verb.
  ['who', /^ (who|whos|whom|whose|wie|door wie|by whom) /],
  [
    'year_end',
    / (up to and including|until when|until which year|till when|up to which year|through which year|to which year|which year (is|does|will)( [a-z0-9]+){0,8} (end|ends|run|runs|committed|last)|last year of|tot en met welk|t \/ m welk|tot wanneer|tot welk jaar|loopt( [a-z0-9]+){0,6} tot|einddatum|end date|eindjaar) /,
  ],
  [
    'year_start',
    / (since when|from when|from which year|starting when|sinds wanneer|vanaf wanneer|vanaf welk jaar|start date|startdatum|beginjaar) /,
  ],
  [
    'duration',
    / (how long|for how long|how many years|how many months|hoe lang|hoelang|hoeveel jaar|hoeveel jaren|hoeveel maanden|voor welke periode|looptijd|duration|for what period|welke termijn|binnen hoeveel tijd|hoe snel|how soon|within what time) /,
  ],
  [
    'frequency',
    / (how often|how frequently|hoe vaak|hoe dikwijls|how many times|hoeveel keer|hoeveel maal) /,
  ],
  [
    'date',
    / (when|wanneer|what date|which date|welke datum|op welke dag|what day|in which year|in what year|what year|which year|in welk jaar|welk jaar|sinds welk jaar) /,
  ],
  [
    'percentage',
    / (percentage|procent|percent|by how much|met hoeveel|hoeveel procent|what share|welk deel) /,
  ],
  [
    'amount',
    / (how much|hoeveel geld|hoe groot|hoe hoog|budget|budgets|bedrag|bedragen|money|geld|euro|euros|eur|amount|amounts|funding|kost|kosten|costs?|miljoen|million|financiering|invest|invests|investeert|investeren|spend|spends|besteedt|contribute|contributes|bijdragen|draagt bij|dragen bij|pay|pays|betaalt|subsidie|subsidies|subsidy|subsidies|grant|grants|bijdrage|contribution) /,
  ],
  ['count', / (how many|hoeveel|number of|aantal) /],
  [
    'who',
    / (who|whos|whom|whose|wie|door wie|by whom|(which|welke|welk) (school|organisation|organization|organisatie|party|partij|partner|partners|company|bedrijf|instelling|insurer|zorgverzekeraar|bank|ministry|ministerie|minister|staatssecretaris|wethouder|corporation|corporatie|body|orgaan)) /,
  ],
];

export function wantedOf(folded: string): Wanted {
  for (const [wanted, pattern] of WANTED_RULES) if (pattern.test(folded)) return wanted;
  return null;
}

/** Opens a yes/no question ("klopt het dat ...", "komt er ...", "is it true that ..."). */
const YES_NO_START =
  /^ (is it true|is het waar|klopt het|klopt dat|is het zo|is it correct|is it right|does|do|did|is|are|was|were|will|would|can|could|has|have|had|shall|komt|komen|krijgt|krijgen|heeft|hebben|zijn|waren|wordt|worden|werd|gaat|gaan|kan|kunnen|mag|mogen|moet|moeten|zal|zullen|neemt|nemen|doet|doen|bestaat|geldt|staat|valt|vallen|hoort|horen|telt|tellen|loopt|lopen|werkt|werken|investeert|betaalt|lag|lagen|ligt|liggen|stond|stonden) /;
/** "is there a target", "heeft Ondiep een doel": a question whether something exists. */
export const EXISTENCE =
  / (is there|are there|is er|zijn er|have|has|heeft|hebben|bestaat|exist|exists|any target|any targets|een doel|a target) /;
/** Anywhere: "someone said ... - is that right?", "..., klopt dat?". */
const YES_NO_ANYWHERE =
  / (was het \d+|is het \d+|was it \d+|is it \d+|is it true that|klopt het dat|is het waar dat|is it correct that|is it right that|is that right|is that correct|is that true|is this right|is this true|klopt dat|klopt dit|klopt het|of niet|or not|true or false|waar of niet waar) /;
/** A question word after the opening makes it a question for a fact: "do we know how many ...". */
const QUESTION_WORD =
  / (how|what|which|who|whom|when|where|why|hoe|hoeveel|wat|welke|welk|wie|wanneer|waar|waarom) /;

export function isYesNo(folded: string): boolean {
  if (YES_NO_ANYWHERE.test(folded)) return true;
  // "... had 30 burglaries in 2006. Right?": a claim that ends asking to confirm it.
  const last = grammar.confirmation.all(folded).at(-1);
  if (last && last.end >= folded.trimEnd().length) return true;
  if (!YES_NO_START.test(folded)) return false;
  return !QUESTION_WORD.test(folded.replace(YES_NO_START, ' '));
}

const COMPARATIVE =
  / (more|less|most|least|larger|bigger|higher|lower|greater|smaller|meer|minder|meest|minst|groter|hoger|lager|kleiner|meeste|grootste) /;

/**
 * "who puts in more per year, the housing corporations or the municipality?": the two things weighed
 * ("the housing corporations", "the municipality"). Null when the question weighs nothing.
 */
export function alternatives(question: string, folded: string): [string, string] | null {
  if (!COMPARATIVE.test(folded)) return null;
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
  return parts.find((p) => isYesNo(fold(p))) ?? question;
}

/** Words after "how many"/"hoeveel" that are no thing counted: "hoeveel krijgt Utrecht" asks a sum. */
const NOT_COUNTED = new Set(
  `krijgt krijgen is zijn was waren gaat gaan komt komen kost kosten bedraagt draagt dragen geeft geven
  stelt stellen heeft hebben wordt worden zal zullen kan kunnen moet moeten geld euro extra meer nieuwe
  does do did is are was were will would can could get gets money more extra new additional of the a an
  de het een er daarvan hiervan ervan it them that this those these there subsidie subsidy grant bijdrage
  budget middelen funds funding zet zetten steekt steken investeert investeren besteedt besteden trekt
  trekken uit`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The thing a "how many" question counts ("hoeveel gemeenten", "how many community police officers"): the
 * first word after it, or the longest phrase starting there that `isPhrase` knows.
 */
export function countedNoun(folded: string, isPhrase: (p: string) => boolean = () => false): string | null {
  const m = / (?:how many|hoeveel|number of|aantal) ((?:[a-z]+ ){1,4})/.exec(folded);
  if (!m?.[1]) return null;
  const ws = m[1]
    .trim()
    .split(' ')
    .filter((w) => !['extra', 'more', 'meer', 'additional', 'new', 'nieuwe'].includes(w));
  const first = ws[0];
  if (!first || NOT_COUNTED.has(first)) return null;
  for (let n = ws.length; n > 1; n--) {
    const phrase = ws.slice(0, n).join(' ');
    if (isPhrase(phrase)) return phrase;
  }
  return first;
}
