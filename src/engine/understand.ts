// Turns a question (and the thread it belongs to) into an Intent: which wijken, indicators, theme
// and years it names, what it asks for, and in which language.
import type { Knowledge } from '../charter/load.js';
import type { ThemeKey } from '../charter/schema.js';
import { onlyADate } from './asked-date.js';
import { grammar, grammarWords, grammarWordsOf } from './grammar/index.js';
import { detectLanguage, threadLanguage } from './language.js';
import { perOwner } from './memo.js';
import { namesQuotedThing, pointsBackIn } from './points-back.js';
import { ACTOR_DOES, asksCharterPeriod, whichThing, withoutSource } from './question-shape.js';
import { abbreviatedWijken, expandShorthand, lowercaseWijken } from './shorthand.js';
import { fold, words } from './text.js';

/** The words that ask when, how long or how often ("period", "periode", "duration"). */
const ASKS_WHEN = grammarWordsOf(['askDate', 'askYearEnd', 'askYearStart', 'askDuration', 'askFrequency']);

import type { Asks, Intent, Language, ThreadContext } from './types.js';
import { fuzzyIndicator, fuzzyWijk, gappedPhrase, matchPhrases, type Vocabulary } from './vocabulary.js';

export type Understanding = {
  intent: Intent;
  /** Wijk keys named that the charter does not cover (Hoograven, Lombok, ...). */
  outside: string[];
  /** The question was one bare word or year with nothing to resolve it against. */
  vague: boolean;
  /** Content words no vocabulary knows: the topic of a general question. */
  unknownWords: string[];
  /** What the question says beyond wijk, indicator, theme and year: unknown words and charter topics. */
  residual: string[];
  /** Every content word beyond wijk, indicator, topic, theme, year and the question's grammar. */
  content: string[];
  /** Named charter topics the question mentions ("gezonde wijk", "pilot segregatie"): an answer is about them. */
  topics: string[];
  /** The question looks like it asks for a target (names "target"/"doel" or a milestone year). */
  targetShaped: boolean;
  /** The question names something the charter could answer about: a place, topic, or charter word. */
  about: boolean;
  /** A follow-up in a conversation. */
  followUp: boolean;
  /**
   * The clause the conversation was last about, when the question points back at it without a subject
   * of its own ("and who pays for that?", "uit welke brief komt dat?").
   */
  refersTo: string | null;
  /** The question points back at what was just said ("dat cijfer", "for that"). */
  pointsBack: boolean;
  /** The charter's words the conversation last showed, when `refersTo` is set. */
  referredQuote: string | null;
  /** Indicators a word of the question may mean when it names no indicator itself ("unemployment"). */
  ambiguous: string[];
  /** What the message quoted besides the question: its figures are stated, not asked. */
  stated: string;
  /** The question asks about today ("right now", "op dit moment", "anno 2024"). */
  now: boolean;
  /** The question as cleaned (decimal commas and capitals intact), and folded for matching. */
  question: string;
  folded: string;
};

/** The words of the question's shape: what it asks for, not what about. Verbs ("lopen", "krijgt") stay. */
/** "ministerie", "foundation": the kinds of named things; what follows them is a name. */
const NAMED_KINDS = grammarWordsOf(['namedKind']);

const STRUCTURE_WORDS = grammarWordsOf([
  'questionWord',
  'approximately',
  'request',
  'searchRequest',
  'anaphora',
  'demonstrative',
  'referent',
  'followUpOpener',
  'everyTarget',
  'citywide',
  'comparedWith',
  'city',
  'lowest',
  'highest',
  'baseline',
  'trajectory',
  'progress',
  'actual',
  'now',
  'targetWord',
  'figureChange',
  'figureNoun',
  'askSize',
  'askMeaning',
  'and',
  'preposition',
  'smallTalkFiller',
  'acknowledgement',
  'thanks',
]);

type KnowledgeFacts = {
  /** The charter's own text, folded: "de huidige ISV-periode" is its words, not today. */
  charterText: string;
  baselineYear: number;
  inCharter: Set<string>;
  milestoneYears: Set<number>;
  signingYear: number;
};
/** What understanding needs from the knowledge base, worked out once per knowledge base. */
const factsOf = perOwner(
  (knowledge: Knowledge): KnowledgeFacts => ({
    charterText: fold(knowledge.clauses.map((c) => c.text).join(' ')),
    baselineYear: knowledge.targets.find((t) => t.baseline)?.baseline?.year ?? 2006,
    inCharter: new Set(knowledge.lexicon.wijken.filter((w) => w.inCharter).map((w) => w.key)),
    milestoneYears: new Set(knowledge.targets.flatMap((t) => t.targets.map((v) => v.year))),
    signingYear: Number(knowledge.meta.signedOn.slice(0, 4)) || 2008,
  }),
);

export function understand(
  question: string,
  context: ThreadContext | undefined,
  vocab: Vocabulary,
  knowledge: Knowledge,
  options: { language?: Language } = {},
): Understanding {
  const full = withoutFiller(expandShorthand(fold(question), vocab.knownWords));
  // "and who pays for that?": the opener marks a follow-up; what follows it is the question's shape.
  const openerAt = grammar.followUpOpener.find(full);
  const opener =
    openerAt !== null && openerAt.start === 0 && words(full).length > words(openerAt.text).length;
  const folded = opener && openerAt ? ` ${full.slice(openerAt.end).trim()} ` : full;
  const { baselineYear, charterText, inCharter, milestoneYears, signingYear } = factsOf(knowledge);

  // Other cities first: "Amsterdam-Noord" is not Utrecht's Noordoost.
  const placeHits = matchPhrases(folded, vocab.placePhrases);
  const wijkHits = matchPhrases(placeHits.rest, vocab.wijkPhrases);
  const wijkKeys = wijkHits.matches.map((m) => m.key);
  let rest = wijkHits.rest;
  const abbreviated = [
    ...abbreviatedWijken(question, knowledge.lexicon.wijken),
    ...lowercaseWijken(
      rest,
      knowledge.lexicon.wijken,
      (w) => vocab.stopwords.has(w) || vocab.charterWords.has(w) || STRUCTURE_WORDS.has(w),
      (w) =>
        grammar.preposition.test(` ${w} `) ||
        grammar.and.test(` ${w} `) ||
        grammar.followUpOpener.test(` ${w} `),
      (w) => vocab.topicWords.has(w),
    ),
  ];
  for (const { key, token } of abbreviated) {
    wijkKeys.push(key);
    rest = rest.replace(` ${token} `, ` ${' '.repeat(token.length)} `);
  }
  for (const w of words(rest)) {
    const key = fuzzyWijk(w, vocab);
    if (key) {
      wijkKeys.push(key);
      rest = rest.replace(` ${w} `, ` ${' '.repeat(w.length)} `);
    }
  }
  const named = [...new Set(wijkKeys)];
  const wijken = named.filter((k) => inCharter.has(k));
  const outside = [
    ...named.filter((k) => !inCharter.has(k)),
    ...new Set(placeHits.matches.map((m) => m.key)),
  ];

  // "the 2008 charter", "de afspraken van 2008": the year names the charter, it asks nothing.
  rest = withoutCharterYear(rest, signingYear);
  // "volgens de afspraken met het rijk" says where to look, not what about: no subject of its own.
  rest = withoutSource(rest);
  // "waar moest dat aan het eind van de looptijd op uitkomen?": the end of the term is the charter's last
  // milestone year, "einde kabinetsperiode" its first.
  rest = withMilestoneYears(rest, milestoneYears);
  const years = [...new Set([...rest.matchAll(/ ((?:19|20)\d\d)(?= )/g)].map((m) => Number(m[1])))];
  rest = rest.replace(/ (?:19|20)\d\d(?= )/g, ' ');

  const indicatorHits = matchPhrases(rest, vocab.indicatorPhrases);
  rest = indicatorHits.rest;
  // "werkloosheid" alone may mean two targets: which, the question does not say.
  const ambiguousHits = matchPhrases(rest, vocab.ambiguousPhrases);
  rest = ambiguousHits.rest;
  // "housing corporations" is a charter topic, not the housing theme: take such phrases out first.
  // The topics are read from the text they were found in: shorthand and years removed change its length.
  const topicText = rest;
  const topicHits = matchPhrases(rest, vocab.topicPhrases);
  rest = topicHits.rest;
  const themeHits = matchPhrases(rest, vocab.themePhrases);
  rest = themeHits.rest;
  let indicators = [...new Set(indicatorHits.matches.map((m) => m.key))];
  let theme: ThemeKey | null = themeHits.matches[0]?.key ?? null;
  // "15-to-26-year-olds ... jobless": of the targets a word may mean, the one whose name states the
  // question's figures (its ages) is meant.
  if (indicators.length === 0 && ambiguousHits.matches.length > 0) {
    const candidates = ambiguousHits.matches.flatMap(
      (m) => knowledge.lexicon.ambiguous[m.key]?.indicators ?? [],
    );
    const numbers = new Set(question.match(/\d+/g) ?? []);
    const named = candidates.filter((key) => {
      const ind = knowledge.lexicon.indicators.find((i) => i.key === key);
      const own = `${ind?.nl.name ?? ''} ${ind?.en.name ?? ''}`.match(/\d+/g) ?? [];
      return own.length >= 2 && own.every((n) => numbers.has(n));
    });
    if (new Set(named).size === 1) indicators = [named[0] as string];
  }

  // Words of the question's grammar ("hoe verhoudt dat zich tot de stad") are no topic of their own.
  const content = words(rest).filter(
    (w) => !vocab.stopwords.has(w) && !STRUCTURE_WORDS.has(w) && !/^\d+([.,]\d+)?%?$/.test(w),
  );
  const unknownWords = content.filter((w) => !vocab.knownWords.has(w));
  // "in Amsterdam", "voor Rotterdam": a named place the vocabulary does not know is outside the charter.
  if (outside.length === 0 && named.length === 0 && unknownPlace(question, vocab))
    outside.push(UNKNOWN_PLACE);
  const votes = { nl: 0, en: 0 };
  if (indicators.length === 0 && content.length > 0) {
    const found = paraphrase(content, vocab);
    if (found && unknownWords.every((w) => found.covered.has(w))) indicators = [found.key];
  }
  // "rapportcijfer ... aan hun buurt": a target's two-word name said apart, one word not of the grammar.
  if (indicators.length === 0 && ambiguousHits.matches.length === 0) {
    const apart = gappedPhrase(
      rest,
      vocab.indicatorPhrases,
      (w) => w.length >= 4 && !vocab.stopwords.has(w),
      (w) => !grammarWords.has(w),
    );
    if (apart) indicators = [apart];
  }
  let typoCovered = false;
  if (indicators.length === 0 && unknownWords.length > 0) {
    const fixes = unknownWords.map((w) => fuzzyIndicator(w, vocab));
    // Every unknown word must be a near-miss of one indicator, or it is a topic the charter lacks.
    const keys = new Set(fixes.map((f) => f?.key));
    const first = fixes[0];
    if (first && fixes.every((f) => f !== null) && keys.size === 1) {
      indicators = [first.key];
      typoCovered = true;
      if (first.lang) votes[first.lang] += 0.5;
    }
  }
  const stillUnknown =
    (indicators.length > 0 && indicatorHits.matches.length === 0) || typoCovered ? [] : unknownWords;
  const otherTopic = topicHits.matches.length > 0 || stillUnknown.length > 0;
  // A subject of its own is a charter topic or a word the charter's vocabulary has; a word nothing knows
  // ("back" in "and what was the average back in 2006?") is no reason to drop the conversation's topic.
  // The charter's own parties ("the city and the national government aiming for ...") are who agreed, not a
  // subject of their own.
  const ownTopics = topicHits.matches.filter(
    (m) => !words(topicText.slice(m.start, m.end)).every((w) => PARTIES.has(w)),
  );
  // "over what period?", "in welke periode?": the kind of answer asked for is no subject either.
  const ownSubject =
    ownTopics.length > 0 ||
    stillUnknown.some((w) => (vocab.charterWords.has(w) || vocab.glossaryWords.has(w)) && !ASKS_WHEN.has(w));

  for (const m of [...indicatorHits.matches, ...themeHits.matches]) {
    if (m.lang) votes[m.lang] += 0.5;
  }
  // The language is the one typed: shorthand expands in English ("vs" -> "compared with") for parsing only.
  // A name with a single capital before a hyphen ("U-shake") is no Dutch "u".
  const typed = withoutFiller(fold(question.replace(/(?<!\p{L})\p{Lu}-(?=\p{L})/gu, ' ')));
  const language: Language =
    options.language ??
    (context && !context.background
      ? threadLanguage(typed, context.language)
      : detectLanguage(typed, votes, context?.language ?? 'nl'));

  let asks: Asks = 'trajectory';
  const targetYears = years.filter((y) => y !== baselineYear);
  // "na de huidige ISV- en GSB-periode" quotes the charter's own "huidige": that is 2008, not today.
  const now = grammar.now.all(folded).some((m) => {
    const next = folded.slice(m.end).trim().split(' ')[0] ?? '';
    // "the current ISV and GSB period" says it in English: an acronym of the charter's follows.
    return !charterText.includes(` ${m.text} ${next} `) && !vocab.acronyms.has(next);
  });
  // "welk cijfer moest in 2017 gehaald worden?" asks what was to be reached: its "gehaald" is no measurement.
  const aimedFor = grammar.aimedFor.test(folded);
  if ((grammar.actual.test(folded) && !aimedFor) || now) asks = 'actual';
  else if (grammar.progress.test(folded)) asks = 'progress';
  else if (grammar.lowest.test(folded)) asks = 'lowest';
  else if (grammar.highest.test(folded)) asks = 'highest';
  else if (grammar.citywide.test(folded) || againstCity(folded)) asks = 'citywide';
  // "daling in 2011 tov nulmeting 2006" asks the 2011 target; the baseline is only its reference.
  else if (targetYears.length > 0 && againstBaseline(folded, baselineYear)) asks = 'target';
  // "ZO sociale contacten: 2006 / 2011 / 2017?", "nulmeting + doel 2011 + 2017": the whole trajectory.
  else if ((years.includes(baselineYear) || grammar.baseline.test(folded)) && targetYears.length > 1)
    asks = 'trajectory';
  // "wat was het tussendoel voor 2011": a target year with a target word asks the target.
  else if (targetYears.length > 0 && (grammar.targetWord.test(folded) || aimedFor)) asks = 'target';
  else if ((years.includes(baselineYear) && targetYears.length === 0) || grammar.baseline.test(folded))
    asks = 'baseline';
  else if (targetYears.length > 0) asks = 'target';
  else if (grammar.trajectory.test(folded)) asks = 'trajectory';
  // "en wat is het doel?" after the city's average asks the targets themselves, not the average again.
  const askedExplicitly =
    asks !== 'trajectory' || grammar.trajectory.test(folded) || grammar.targetWord.test(folded);

  const tokenCount = words(folded).length;
  const general = wijken.length === 0 && outside.length === 0 && indicators.length === 0 && theme === null;
  // "aan welk keurmerk moeten de woningen voldoen?": "moeten" asks for a thing named there, not a target.
  // "wat moeten de corporaties met hun woningen doen tegen inbraak?": what an actor must do, not a target.
  const targetShaped =
    (grammar.targetWord.test(folded) &&
      !asksForAThing(folded, vocab) &&
      !(targetYears.length === 0 && ACTOR_DOES.test(folded))) ||
    targetYears.some((y) => milestoneYears.has(y));

  // A follow-up borrows what it leaves out from the conversation: "and for 2017?", "en voor KE?",
  // "en hoe verhoudt dat zich tot de stad?", "and who pays for that?". Its opener ("en", "idem", "same
  // for") marks it; so does pointing back ("dat", "that"), or saying nothing of its own.
  const hasTopic = indicators.length > 0 || theme !== null;
  const pointsBack =
    pointsBackIn(folded) || (context?.quote ? namesQuotedThing(folded, context.quote) : false);
  const everyTarget = grammar.everyTarget.test(folded);
  // "en eind 2011?", "and at the end of 2010?" after a progress question: the same question as of that date
  // (answer-progress reads the date), not the 2011 target. After a target question the year stays a target's.
  const sameProgressOnADate =
    context !== undefined &&
    !context.background &&
    context.asks === 'progress' &&
    named.length === 0 &&
    outside.length === 0 &&
    !hasTopic &&
    onlyADate(question);
  const followUp =
    sameProgressOnADate ||
    (context !== undefined &&
      (opener || pointsBack || !ownSubject) &&
      (opener || !hasTopic || tokenCount <= 3 || pointsBack));
  // What it inherits is what it leaves open, and only while it has no subject of its own.
  const borrows = followUp && !ownSubject;
  let resolvedWijken = wijken;
  let resolvedYears = years;
  if (followUp && context) {
    // "Geef alle doelen voor Kanaleneiland" in a thread about violence asks for every target, not violence.
    if (borrows && !hasTopic && !everyTarget) {
      indicators = context.indicators;
      theme = context.theme;
    }
    // A letter's wijk only for a question about targets (below): the citizen's own wijk decides nothing else.
    if (wijken.length === 0 && outside.length === 0 && (borrows || hasTopic) && !context.background) {
      resolvedWijken = context.wijken;
    }
    if (years.length === 0 && !askedExplicitly && !everyTarget && (borrows || hasTopic)) {
      resolvedYears = context.years;
      // "and Overvecht?" after the city-wide average asks about Overvecht's own figure: a question that
      // is the same for every wijk is not what naming a wijk carries over.
      asks = wijken.length > 0 && WIJK_FREE.has(context.asks) ? 'trajectory' : context.asks;
    }
    if (sameProgressOnADate) {
      indicators = context.indicators;
      theme = context.theme;
      resolvedWijken = context.wijken;
      resolvedYears = context.years;
      asks = 'progress';
    }
  }

  // "wibu?", "werkhotel": one word that names something of the charter asks about it.
  // In a conversation, "justice?" after who signed for the interior: one word the charter or its glossary
  // knows asks the same of it.
  const talking = context !== undefined && !context.background;
  const namesTerm = content.some(
    (w) =>
      vocab.rareCharterWords.has(w) || (talking && (vocab.charterWords.has(w) || vocab.glossaryWords.has(w))),
  );
  // "Ik woon in Ondiep. Wat was het doel voor woninginbraken in 2011?": a letter's own sentences supply the
  // wijk its question leaves out, and nothing more.
  // Only for a question about targets: "Ik ben directeur van een school in Kanaleneiland. Welke organisatie
  // helpt de gemeente bij de proef tegen segregatie?" is about the pilot, not about Kanaleneiland.
  const aboutTargets = indicators.length > 0 || (theme !== null && (targetShaped || asks !== 'trajectory'));
  if (context?.background && resolvedWijken.length === 0 && outside.length === 0 && aboutTargets)
    resolvedWijken = context.wijken;
  // "Wanneer begint het charter?": nothing but the charter named, and asked when: its own period.
  const charterPeriod = !followUp && asksCharterPeriod(folded, content);
  const vague =
    !followUp &&
    !charterPeriod &&
    ((tokenCount <= 1 && !namesTerm) ||
      (indicators.length === 0 &&
        theme === null &&
        wijken.length === 0 &&
        outside.length === 0 &&
        content.length === 0 &&
        ambiguousHits.matches.length === 0 &&
        topicHits.matches.length === 0));

  return {
    intent: {
      language,
      wijken: resolvedWijken,
      indicators,
      theme,
      years: resolvedYears,
      asks,
      general: general && !followUp,
      unknownTopic: otherTopic,
    },
    outside,
    vague,
    unknownWords: stillUnknown,
    topics: topicHits.matches.map((m) => topicText.slice(m.start, m.end).trim()),
    content,
    residual: [
      ...unknownWords.filter((w) => !ASKS_WHEN.has(w)),
      ...topicHits.matches.flatMap((m) => words(topicText.slice(m.start, m.end))),
    ],
    targetShaped,
    followUp,
    refersTo:
      followUp && context?.clauseId && (opener || pointsBack || !ownSubject) ? context.clauseId : null,
    pointsBack,
    referredQuote:
      followUp && context?.clauseId && (opener || pointsBack || !ownSubject) ? (context.quote ?? null) : null,
    now,
    stated: context?.stated ?? '',
    ambiguous:
      indicators.length === 0
        ? [
            ...new Set(
              ambiguousHits.matches.flatMap((m) => knowledge.lexicon.ambiguous[m.key]?.indicators ?? []),
            ),
          ]
        : [],
    about:
      charterPeriod ||
      named.length > 0 ||
      outside.length > 0 ||
      ambiguousHits.matches.length > 0 ||
      indicators.length > 0 ||
      theme !== null ||
      topicHits.matches.length > 0 ||
      content.some((w) => vocab.charterWords.has(w) || vocab.glossaryWords.has(w)),
    question,
    folded,
  };
}

/** The words that name the charter's parties: the municipality, the national government. */
const PARTIES = grammarWordsOf(['municipality', 'nationalGovernment']);

/** The phrases that name a milestone of the charter's term, as that year. */
function withMilestoneYears(text: string, milestones: ReadonlySet<number>): string {
  const sorted = [...milestones].sort((a, b) => a - b);
  const [first, last] = [sorted[0], sorted.at(-1)];
  if (first === undefined || last === undefined) return text;
  return grammar.midTerm.replace(grammar.endOfTerm.replace(text, ` ${last}`), ` ${first}`);
}

/** "the 2008 charter", "de afspraken van 2008": the signing year beside a word that names the charter. */
export function withoutCharterYear(text: string, year: number): string {
  const name = grammar.charterName.source;
  return text
    .replace(new RegExp(`(${name}(?: (?:van|uit|from|of|dated|in))?) ${year}(?= )`, 'g'), '$1')
    .replace(new RegExp(` ${year}(${name})(?= )`, 'g'), '$1');
}

/** What a question asks that does not depend on the wijk: the city's average, the lowest or highest. */
const WIJK_FREE: ReadonlySet<Asks> = new Set(['citywide', 'lowest', 'highest']);

/** "welk keurmerk", "which organisation": asks for a thing the charter names, not a figure or target. */
function asksForAThing(folded: string, vocab: Vocabulary): boolean {
  const noun = whichThing(folded);
  return noun !== null && !vocab.stopwords.has(noun) && !vocab.indicatorWords.some((i) => i.word === noun);
}

/** "wat betekent WIBU ook alweer lol": chat particles are set aside, unless nothing else is left. */
function withoutFiller(folded: string): string {
  const out = grammar.chatFiller.replace(folded);
  return words(out).length > 0 ? out : folded;
}

/** "hoe verhoudt dat zich tot de stad", "compared with the city": the city-wide average beside the wijk. */
/** "hoeveel procent daling in 2011 tov nulmeting 2006": the baseline as what a change is measured against. */
function againstBaseline(folded: string, baselineYear: number): boolean {
  const compared = grammar.comparedWith.find(folded);
  if (!compared) return false;
  const after = ` ${folded.slice(compared.end).split(' ').filter(Boolean).slice(0, 3).join(' ')} `;
  return grammar.baseline.test(after) || after.includes(` ${baselineYear} `);
}

function againstCity(folded: string): boolean {
  const compared = grammar.comparedWith.find(folded);
  if (!compared) return false;
  const after = folded.slice(compared.end).split(' ').filter(Boolean).slice(0, 5).join(' ');
  return grammar.city.test(` ${after} `);
}

/** Stands in `outside` for a place the lexicon does not know (never echoed back). */
export const UNKNOWN_PLACE = '?';
const NOT_PLACES = new Set([
  'english',
  'engels',
  'dutch',
  'nederlands',
  'nederland',
  'netherlands',
  'utrecht',
  'rijk',
]);

function unknownPlace(question: string, vocab: Vocabulary): boolean {
  for (const m of question.matchAll(
    /\b(?:in|voor|for|of|van|uit|from|at|te|bij)\s+(\p{Lu}[\p{L}]+(?:[- ]\p{Lu}[\p{L}]+)*)/gu,
  )) {
    const ws = words(fold(m[1] ?? ''));
    if (ws.length === 0) continue;
    // "the Ministry of Social Affairs", "ministerie van Sociale Zaken": an organisation's name, no place.
    const before = words(fold(question.slice(Math.max(0, m.index - 30), m.index))).at(-1);
    if (before !== undefined && NAMED_KINDS.has(before)) continue;
    // "Amsterdam-Noord" is a place although "noord" is a known word; "Gezonde wijk" and "OKU" are the charter's.
    const known = (w: string) =>
      vocab.knownWords.has(w) ||
      vocab.stopwords.has(w) ||
      vocab.charterWords.has(w) ||
      vocab.glossaryWords.has(w) ||
      NOT_PLACES.has(w) ||
      /^(havo|vwo)$/.test(w);
    if (!ws.every(known)) return true;
  }
  return false;
}

/** The indicators whose names a word finds, remembered: questions reuse a small vocabulary. */
const indicatorHits = (word: string, vocab: Vocabulary): number[] =>
  vocab.recent.indicatorHits.get(
    word,
    () => vocab.indicatorIndex.search(word, { limit: GENERIC_HITS }) as number[],
  );

/** A word of the charter's text outside the targets, or one the glossary translates ("children(s)"). */
const generalWord = (w: string, vocab: Vocabulary) =>
  vocab.textWords.has(w) ||
  vocab.glossaryWords.has(w) ||
  (w.endsWith('s') && vocab.glossaryWords.has(w.slice(0, -1)));

/** A word found in this many indicators' names or more names none of them. */
const GENERIC_HITS = 3;

/** Finds an indicator from words no phrase matched, through the FlexSearch index over synonyms. */
function paraphrase(content: string[], vocab: Vocabulary): { key: string; covered: Set<string> } | null {
  const tally = new Map<number, Set<string>>();
  for (const w of content) {
    if (w.length < 3) continue;
    const hits = indicatorHits(w, vocab);
    // "inwoners", "bewoners" are in half the indicators' names: no indicator of their own.
    if (hits.length >= GENERIC_HITS) continue;
    for (const id of hits) {
      const set = tally.get(id) ?? new Set<string>();
      set.add(w);
      tally.set(id, set);
    }
  }
  // A word found in fewer indicators' names says more: "startkwalificatie" (one) over "jongeren" (two).
  const weight = (covered: Set<string>) =>
    [...covered].reduce((sum, w) => sum + 1 / Math.max(1, indicatorHits(w, vocab).length), 0);
  let best: { id: number; covered: Set<string>; weight: number } | null = null;
  let tied = false;
  for (const [id, covered] of tally) {
    // A short word alone ("live", "work") is too common to name an indicator; so is a word of the
    // question's grammar ("samen" is in "inbraken/autokraken samen", and in "hoeveel samen?").
    if (![...covered].some((w) => w.length >= 5 && !grammarWords.has(w))) continue;
    // One word the charter's other text uses too ("meedoen", "zorg") is no target's name by itself: "Vanaf
    // welke leeftijd kan hij aan zo'n programma meedoen?" is not the share who feel responsible.
    // Nor an English word the glossary translates into the charter's words ("children's council").
    if (covered.size === 1 && [...covered].every((w) => generalWord(w, vocab))) continue;
    const w = weight(covered);
    if (
      !best ||
      covered.size > best.covered.size ||
      (covered.size === best.covered.size && w > best.weight)
    ) {
      tied = false;
      best = { id, covered, weight: w };
    } else if (covered.size === best.covered.size && w === best.weight) tied = true;
  }
  // Two indicators named as well as each other: the question does not say which.
  if (!best || tied) return null;
  const key = vocab.indicatorKeys[best.id];
  return key ? { key, covered: best.covered } : null;
}
