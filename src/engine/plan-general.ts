// Decides the answer to a question about the charter's text (money, dates, people, process, yes/no claims)
// as plain data: which clause and sentence answer it, which figure in that sentence belongs to what was
// asked, and whether a claim holds. Wording is the phraser's job (src/phrase/general-answer.ts).

import type { CharterFact, Clause } from '../charter/schema.js';
import { actorsIn, firstActor, fundedBy } from './actors.js';
import { type Deps, wijkName } from './answer-parts.js';
import { saidRoughly, sameFigure } from './claimed-figure.js';
import {
  bestSentence,
  type ClauseHit,
  clauseContext,
  continues,
  coverage,
  itemLabel,
  queryGroups,
  rankSentences,
  searchClauses,
  unknownIdeas,
} from './clause-search.js';
import { frequencyIn } from './frequency.js';
import {
  either,
  grammar,
  grammarWords,
  grammarWordsOf,
  phrasesOf,
  questionGrammarWords,
  sequence,
} from './grammar/index.js';
import { perOwner } from './memo.js';
import { monthNumber } from './months.js';
import { append } from './multimap.js';
import { numbersInWords } from './numbers-in-words.js';
import { mayPointBack, namesQuotedThing, namesReferent } from './points-back.js';
import {
  alternatives,
  askedOf,
  asksCharterPeriod,
  besidesOf,
  choiceNoun,
  claimPart,
  countedNoun,
  focusOf,
  isYesNo,
  offersChoice,
  type Wanted,
  whichThing,
  withoutBesides,
  withoutSource,
} from './question-shape.js';
import { REQUEST_FRAME } from './read.js';
import { clauseSentences, escapeRegExp, fold, words } from './text.js';
import type { Language } from './types.js';
import { type Understanding, withoutCharterYear } from './understand.js';

/** A figure stated up front, in the charter's own words. */
export type Lead = {
  kind: 'amount' | 'count' | 'date' | 'percentage' | 'year' | 'duration' | 'frequency';
  /** The charter's words ("€ 10 miljoen", "3 - 4 jaar", "2012", "jaarlijks"). */
  text: string;
  /** "€ 4 miljoen per jaar": the sentence says the amount is per year. */
  perYear: boolean;
  fact?: CharterFact;
};

export type Verdict =
  /** `confirmed`: the claim's figures as the charter writes them ("€ 850.000", "31 december 2017"). */
  | { holds: true; confirmed?: string[] }
  | { holds: false; because: 'figure'; claimed: string; stated: string }
  | { holds: false; because: 'place'; claimed: string; stated: string }
  | { holds: false; because: 'not_every' }
  | { holds: false; because: 'negation' }
  /** "alleen OCW" against "door VWS en OCW": `others` are the parties the claim leaves out. */
  | { holds: false; because: 'not_only'; claimed: string; others: string[] }
  /** The sentence does not decide the claim in so many words. */
  | { holds: null };

export type Quote = { clause: Clause; sentence: string; shown: string };

export type GeneralPlan =
  | { kind: 'nothing' }
  /**
   * Asked for a figure the charter does not give; the closest clause is quoted. `name`: asked which one,
   * where the charter describes it without naming it.
   */
  | { kind: 'no_figure'; quote: Quote; name?: true }
  | {
      kind: 'quote';
      quote: Quote;
      wanted: Wanted;
      leads: Lead[];
      verdict: Verdict | null;
      corroborating: Clause | null;
      /** "... op de volgende onderwerpen:" introduces a list: its items, which are the answer. */
      items?: Clause[];
    }
  | { kind: 'compare'; parts: Array<{ quote: Quote; lead: Lead }>; larger: 0 | 1 | null }
  /** Asked how many for a wijk (`places`); the charter counts it only in total (`leads`). */
  | { kind: 'total_only'; quote: Quote; places: string[]; leads: Lead[] }
  /** Asked for a year's figure; the sentence gives it only for other years (`stated`). */
  | { kind: 'other_year'; quote: Quote; asked: number[]; stated: number[]; leads: Lead[] }
  /** `counted`: "hoeveel staatssecretarissen tekenden?" asks how many, which the lines found are. */
  | {
      kind: 'people';
      clauses: Clause[];
      counted?: true;
      /** The same people's lines elsewhere: the signature at the end names them in full. */
      signatures?: Clause[];
    };

/** Words after "which"/"welke" that are not what is asked about. */
const FOCUS_STOPWORDS = new Set([
  'does',
  'will',
  'were',
  'have',
  'zijn',
  'heeft',
  'hebben',
  'wordt',
  'worden',
  'kind',
  // "what role does EZ play in that?": the sentence where EZ acts, not one that says "rol" (`withoutRole`).
  ...grammarWordsOf(['roleNoun', 'roleVerb']),
]);

/** "what role does EZ play in that?" asks what EZ does there: the words of the role are no subject. */
function withoutRole(folded: string): string {
  return grammar.roleNoun.test(folded) ? ROLE.replace(folded) : folded;
}
const ROLE = either('roleNoun', 'roleVerb');
/** The least share of the question's ideas the answering clause must carry ... */
const MIN_SHARE = 0.2;
/** ... and when it shares a single idea with the question, that idea must be most of the question. */
const ONE_IDEA_SHARE = 0.5;
/** A word this long names a subject ("burgemeester"), not how one asks ("pays", "betaalt", "welke"). */
const SUBJECT_WORD = 8;
/** The shortest topic that decides whose figure a sentence states ("wijkenfonds"). */
const TOPIC_WORD = 8;
/** A word of the question in so few clauses that it names a thing ("microfinanciering", "werkhotel"). */
const RARE_DF = 3;
/** The words that say what kind of answer is wanted ("datum", "bedrag", "hoeveel"), not what about. */
const ASKING_WORDS = grammarWordsOf([
  'questionWord',
  'askDate',
  'askYearEnd',
  'askYearStart',
  'askDuration',
  'askFrequency',
  'askPercentage',
  'askAmount',
  'askCount',
  'askName',
  'askWho',
  'which',
  // "in totaal", "samen": a total is asked, of whatever the question names.
  'total',
  'together',
]);

export const rareWords = (deps: Deps, words: readonly string[]) =>
  // "datum" in "op welke datum" asks for a date; it is no topic the answer must name.
  words.filter((w) => {
    if (ASKING_WORDS.has(w)) return false;
    const terms = deps.clauseIndex.encoder.encode(w);
    return (
      terms.length > 0 &&
      terms.every((t) => {
        const df = deps.clauseIndex.df.get(t) ?? 0;
        return df > 0 && df <= RARE_DF;
      })
    );
  });

/** A person by name: a title or initials before a surname ("dr. G. ter Horst", "H. Bosch", "Mevrouw E. Vogelaar"). */
const PERSON_NAMED = new RegExp(
  `\\b(?:(?:${[...phrasesOf('personTitle', 'nl'), ...phrasesOf('personTitle', 'en')].join('|')})\\.?\\s+(?:\\p{Lu}\\.\\s?)*\\p{Lu}|(?:\\p{Lu}\\.\\s?)+(?:(?:van|de|der|den|ter|ten)\\s+)*\\p{Lu}\\p{Ll}+)`,
  'u',
);

/** A clause with its heading and the lead-in of its list, as searched. */
const aboutText = (deps: Deps, clause: Clause) =>
  `${clauseContext(clause, deps.knowledge.clauseById, previousOf(deps, clause))} ${continuedText(deps, clause)}`;

const previousOf = (deps: Deps, clause: Clause) =>
  deps.knowledge.clauses[(clauseIndexOf(deps.knowledge).get(clause.id) ?? 0) - 1];

/** An item that goes on about the one before it is about what that one says, too: that one's text. */
function continuedText(deps: Deps, clause: Clause): string {
  const previous = previousOf(deps, clause);
  return previous && continues(clause, previous) ? previous.text : '';
}

const namesTopics = (deps: Deps, clause: Clause, topics: readonly string[] | undefined) =>
  (topics ?? []).every((t) => coverage(deps.clauseIndex, ` ${t} `, aboutText(deps, clause)).share === 1);

/** Whether a clause before this one in its section names the topics. */
function namedBefore(deps: Deps, clause: Clause, topics: readonly string[]): boolean {
  const at = clauseIndexOf(deps.knowledge).get(clause.id) ?? 0;
  return deps.knowledge.clauses
    .slice(0, at)
    .some((c) => c.section === clause.section && namesTopics(deps, c, topics));
}

/** How many clauses a topic's own search looks through for one that names it. */
const TOPIC_CANDIDATES = 8;

/** Whether some clause of the charter names a topic in full ("gezonde wijk"). */
const namedInCharter = (deps: Deps, topic: string) =>
  searchClauses(deps.clauseIndex, ` ${topic} `, TOPIC_CANDIDATES).some((h) =>
    namesTopics(deps, h.clause, [topic]),
  );

/** Whether a phrase is one of the hand-made glossary's ("street coaches"): a noun of its own. */
export const isPhrase = (deps: Deps) => (p: string) =>
  (deps.clauseIndex.glossaryEntriesOf.get(p) ?? []).some((entry) => entry < deps.clauseIndex.handMade);

/** The charter's words for a total: in the sentence, or "Hiervan ..." opening the next one. */
const TOTAL_STATED = /\b(totaal|in totaal|totale|gezamenlijk|gezamenlijke|samen)\b/i;
const PART_OF_IT = /^\s*(hiervan|daarvan|waarvan)\b/i;
const statesTotal = (clause: Clause, sentence: string) => {
  if (TOTAL_STATED.test(sentence)) return true;
  const at = clause.text.indexOf(sentence);
  return at >= 0 && PART_OF_IT.test(clause.text.slice(at + sentence.length));
};

/** What a figure up front must not be (one the question states) and, for "how many", what it counts. */
type Filter = {
  excluded: ReadonlySet<string>;
  counted: string | null;
  /** "how many": a number of things, never a sum ("hoeveel" may be either). */
  countOnly?: boolean;
  /** Named topics of the question every clause that answers with a figure must name. */
  topics?: readonly string[];
  /** Leads already found for a clause's sentence while planning this answer. */
  seen?: Map<string, Lead[]>;
  /** Names the question gives: a sentence naming them is about what was asked. */
  names?: readonly string[];
  /** Who receives the sum asked about ("naar de 40 wijken"): the sentence naming them states their share. */
  recipient?: readonly string[];
  /** A share asked in other words than a percentage ("welk deel daarvan"): a part of a sum is a sum. */
  shareOfSum?: boolean;
  /** A sum asked per year ("jaarlijks", "every year"): one for a single year ("voor het jaar 2008") is not it. */
  yearly?: boolean;
};

/** "wat gebeurt er als ...": the words that ask for an event are no subject to search for ("Dit gebeurt ..."). */
function withoutEvent(folded: string): string {
  let out = folded;
  // "waarvoor is het geld bedoeld": "bedoeld" must not find "Dit geld is nadrukkelijk bedoeld om ...".
  // "hoeveel dragen de corporaties samen bij": "samen" asks a total, it is no subject ("werkt nauw samen"),
  // nor is "in totaal" ("er zullen in totaal 25 straatcoaches"): whether a sentence states one is checked apart.
  // "wanneer gaat de verwijzindex van start?": starting is what a date question asks, not its subject.
  const when = grammar.askDate.test(folded) || grammar.askYearStart.test(folded);
  const frames = [
    grammar.whatHappens,
    grammar.askPurpose,
    grammar.together,
    grammar.total,
    grammar.vagueVerb,
  ];
  for (const asking of when ? [...frames, grammar.startVerb] : frames) {
    for (let asked = asking.find(out); asked; asked = asking.find(out))
      out = `${out.slice(0, asked.start)}${out.slice(asked.end)}`;
  }
  return withoutSource(out);
}

/** The kind of figure a claim states, where it is a sum or a share: what the answering sentence must state too. */
function kindClaimed(question: string): Wanted {
  const { wanted } = offeredKind(question);
  return wanted === 'percentage' || wanted === 'amount' ? wanted : null;
}

/** What figures a question offers to choose from are: years, shares, sums or counts. */
function offeredKind(question: string): { wanted: Wanted; firm: boolean } {
  // "groep 7 of groep 8?" asks which group: the sentence's "groep 7" (`namedFigure`).
  if (choiceNoun(fold(question))) return { wanted: null, firm: false };
  if (/\b(?:19|20)\d\d\b[^?]*\s(?:of|or)\s[^?]*\b(?:19|20)\d\d\b/i.test(question))
    return { wanted: 'date', firm: true };
  if (/%|procent|percent/i.test(question)) return { wanted: 'percentage', firm: true };
  if (/€|euro|miljoen|million/i.test(question)) return { wanted: 'amount', firm: true };
  return { wanted: 'count', firm: true };
}

/** Who says so and the words that ask to confirm it: around a claim, never part of it. */
const FRAMING = either('hearsay', 'claimFrame', 'claimMarker', 'mentionFrame');

/** "Volgens mijn collega stelde WWI ... Klopt dat?": who says so is not the claim. */
function withoutHearsay(folded: string): string {
  return FRAMING.replace(folded);
}

/** Below this a clause shares too little with the question to be its answer (one common word scores ~3). */
export const MIN_SCORE = 4;
/** A clause long enough to be quoted by the sentence that answers rather than whole. */
const SHOW_WHOLE_MAX = 300;

/** "who signed ...", "welke minister ...": a question about people. */
const whichPeople = sequence('which', 'people');
/** ... or "welke portefeuille had de wethouder die tekende?": a thing of the one who signed. */
const wantsPeople = (folded: string) =>
  grammar.askWho.test(folded) ||
  grammar.officeHolderName.test(folded) ||
  whichPeople.test(folded) ||
  // "welke twee staatssecretarissen": the number counts the people asked.
  grammar.people.test(` ${whichThing(folded) ?? ''} `) ||
  // "welke minister tekende?"; not "binnen welke termijn na ondertekening ...?", which asks how long.
  (whichThing(folded) !== null && grammar.signVerb.test(folded) && !TIME_WANTED.has(askedOf(folded).wanted));
/** The kinds of answer that say when or how long. */
const TIME_WANTED: ReadonlySet<Wanted> = new Set(['date', 'duration', 'year_start', 'year_end']);
/** Words of a who-signed question that say nothing about which signatory is meant. */
const PEOPLE_GENERIC = grammarWordsOf([
  'askWho',
  'which',
  'people',
  'signing',
  'signVerb',
  'peopleFiller',
  'coSigners',
  'everyone',
]);
/** The words that name either side of the charter ("the municipality", "het rijk", "Utrecht"). */
const SIDE_WORDS = grammarWordsOf(['municipality', 'nationalGovernment', 'charterName']);

/** Asks for a reason: small talk's "why" words and longer ones ("om welke reden"). */
export const ASKS_WHY = either('why', 'askWhy');
/** A clause this short that names a person is a line of the signature block. */
const SIGNATURE_LINE = 120;
/** The signatories' clauses score half (they name every ministry): one rare shared word is enough here. */
const PEOPLE_SCORE = 2.5;
/** A person named with a title ("drs. H. Bosch", "Mevrouw dr. G. ter Horst"). */
const PERSON = /\b(drs|dr|mr|prof|ir|ing)\.\s|\bmevrouw\b|\bde heer\b/i;

/** A figure as a claim says it, with its units ("4 miljoen euro", "30 procent"): checked, not searched for. */
const FIGURE_SAID = new RegExp(` \\d+(?: (?:${[...grammarWordsOf(['figureUnit'])].join('|')}))*(?= )`, 'g');

/** The bodies the charter names by their initials ("EZ", "WWI", "OKU"), folded. */
const charterAcronyms = perOwner(
  (knowledge: Deps['knowledge']) =>
    new Set(
      knowledge.clauses.flatMap((c) =>
        [...c.text.matchAll(/\b\p{Lu}{2,}\b/gu)].map((m) => fold(m[0]).trim()),
      ),
    ),
);

/** The bodies a question names by the initials the charter uses ("OCW", "EZ"); not a word too ("om"). */
const bodiesNamed = (deps: Deps, folded: string) =>
  words(folded).filter((w) => charterAcronyms(deps.knowledge).has(w) && !grammarWords.has(w));

/** Each name the charter writes with a year ("Wijkenmonitor 2006"), folded: the years it has them with. */
const editionsOf = perOwner((knowledge: Deps['knowledge']) => {
  const out = new Map<string, Set<string>>();
  for (const c of knowledge.clauses)
    for (const m of fold(c.text).matchAll(/ (\p{L}{6,}) ((?:19|20)\d\d)(?= )/gu)) {
      const [, name, year] = m as unknown as [string, string, string];
      if (!out.has(name)) out.set(name, new Set());
      out.get(name)?.add(year);
    }
  return out;
});

/**
 * "de cijfers uit de Wijkenmonitor 2010": an edition of a thing the charter names only in other years
 * ("Wijkenmonitor 2006") is one it does not have. (Only names it always writes with a year.)
 */
function otherEdition(deps: Deps, folded: string): boolean {
  const editions = editionsOf(deps.knowledge);
  return [...folded.matchAll(/ (\p{L}{6,}) ((?:19|20)\d\d)(?= )/gu)].some((m) => {
    const years = editions.get(m[1] as string);
    return (
      years !== undefined &&
      !years.has(m[2] as string) &&
      !MONTHS.has(m[1] as string) &&
      alwaysWithYear(deps, m[1] as string)
    );
  });
}

/**
 * Whether the question's own words, each of them, say something the charter has no term of: the word, or
 * a half of it where the charter never writes it whole ("wijk|manager"; not "jongeren|overlast").
 */
function saysOnlyUnknown(deps: Deps, u: Understanding): boolean {
  const unknown = (g: { alternatives: string[][] }) =>
    g.alternatives.flat().every((t) => !deps.clauseIndex.df.has(t));
  // A claim's unknown word is what it says of its subject (checked as a claim); a named topic is known.
  // English only: a Dutch word the charter lacks is mostly another form of one it has ("tekenden"); and
  // not where the question points back ("and who pays for that?": what it points at is the subject).
  return (
    u.intent.language === 'en' &&
    u.refersTo === null &&
    !isYesNo(u.folded) &&
    u.topics.length === 0 &&
    u.content.length > 0 &&
    u.content.every((w) => {
      const groups = queryGroups(deps.clauseIndex, ` ${w} `);
      // A compound the charter never writes whole is its halves, each an idea of its own.
      const ideas = groups.length > 1 ? groups.slice(1) : groups;
      return ideas.length > 0 && ideas.some(unknown);
    })
  );
}

/** Whether every time the charter writes a name, a year follows it. */
const alwaysWithYear = (deps: Deps, name: string) =>
  deps.knowledge.clauses.every((c) => {
    const f = fold(c.text);
    const all = f.split(` ${name} `).length - 1;
    const dated = [...f.matchAll(new RegExp(` ${name} (?:19|20)\\d\\d `, 'g'))].length;
    return all === dated;
  });

export function planGeneral(deps: Deps, u: Understanding, question: string): GeneralPlan {
  // (A claim's other year is what it claims, checked below: "Klopt het dat ... per 1 januari 2010?".)
  if (!isYesNo(u.folded) && otherEdition(deps, u.folded)) return { kind: 'nothing' };
  // "Is there money for a casino?", "Wat zegt het charter over een nieuw zwembad?": what the question is
  // about is a word the charter never uses. Sharing "money" with a clause is no answer to it.
  if (subjectsOf(u.folded, u.intent.language).some((s) => unknownHead(deps, s, u.intent.language)))
    return { kind: 'nothing' };
  // "what's their phone number?", "Who is the wijkmanager for Zuilen-Oost?": every word the question says
  // of its own is one neither the charter nor the glossary knows. A figure or a wijk it shares is no answer.
  if (saysOnlyUnknown(deps, u)) return { kind: 'nothing' };
  // "And what is their e-mail address?": contact details are no agreement; "address" is not "aanspreken".
  if (grammar.contactDetail.test(u.folded)) return { kind: 'nothing' };
  const plan = planAbout(deps, u, question);
  // "where and on what date was it signed?" after the signatories: "it" is the charter, which the
  // signature lines do not date. What the clause pointed at cannot answer, the whole charter may.
  if ((plan.kind === 'nothing' || plan.kind === 'no_figure') && u.refersTo !== null && u.pointsBack) {
    const unpointed = planAbout(
      deps,
      { ...u, refersTo: null, pointsBack: false, referredQuote: null },
      question,
    );
    // Only where that clause carries the question's own rare idea ("signed"): "and how many of those does
    // Utrecht get?" after the combinatiefuncties is not answered by the 37 wijkagenten Utrecht gets.
    const own =
      unpointed.kind === 'quote'
        ? coverage(deps.clauseIndex, ` ${u.content.join(' ')} `, aboutText(deps, unpointed.quote.clause), {
            skipUnknown: u.intent.language === 'en',
          })
        : null;
    const carriesOwn = own?.rarest === true && own.rarestWeight >= UNIQUE_IDEA;
    if (unpointed.kind === 'quote' && (plan.kind === 'nothing' || unpointed.leads.length > 0) && carriesOwn)
      return unpointed;
  }
  return plan;
}

/**
 * The words after "over", "about", "for" up to the next preposition: what a question is about. So is who
 * receives: "hoeveel krijgt de sporthal", "how much does the sports hall get".
 */
function subjectsOf(folded: string, language: Language): string[][] {
  const after = (from: number) => {
    const out: string[] = [];
    for (const w of folded.slice(from).trim().split(' ').slice(0, SUBJECT_WORDS)) {
      if (SUBJECT_END.has(w) || /\d/.test(w)) break;
      if (!SUBJECT_MODIFIERS.has(w)) out.push(w);
    }
    return out;
  };
  // A Dutch receiver follows its verb ("krijgt de sporthal"); an English one stands between the auxiliary
  // and the verb ("does the sports hall get").
  const receivers = grammar.receiveVerb.all(folded).flatMap((m) => {
    if (DUTCH_RECEIVING.has(m.text.trim())) return [after(m.end)];
    const aux = grammar.auxiliary.all(folded.slice(0, m.start + 1)).at(-1);
    const between = aux ? folded.slice(aux.end, m.start).trim().split(' ').filter(Boolean) : [];
    return between.length >= 1 && between.length <= SUBJECT_WORDS
      ? [between.filter((w) => !SUBJECT_MODIFIERS.has(w))]
      : [];
  });
  // "Wat zijn de openingstijden van het OKC?", "what is the phone number of ...": the thing asked of it.
  const attribute = askedAttribute(folded);
  // "Op welk adres komt ...": the kind a which-question asks for is a subject too, when it stands alone
  // ("welke koepel van woningcorporaties" is a kind the words after it say in the charter's terms).
  const [kind, next] = afterWhich(folded);
  // A kind of organisation ("welke koepel") is answered by its name, whatever the charter calls the kind.
  const kindAlone =
    kind &&
    !SUBJECT_MODIFIERS.has(kind) &&
    !isNamedKind(kind) &&
    !grammar.attributeOf.test(` ${next ?? ''} `);
  return [
    ...(kindAlone && language === 'nl' ? [[kind]] : []),
    ...grammar.aboutMarker.all(folded).map((m) => after(m.end)),
    ...receivers,
    ...(attribute.length > 0 ? [attribute.filter((w) => !SUBJECT_MODIFIERS.has(w))] : []),
  ];
}

/**
 * "wat zijn de openingstijden van", "what is the phone number of", "(mw. K.) vraagt naar het adres en de
 * openingstijden van": the attribute a question asks of a thing, up to its "van", "of"; none where there is
 * no "van", "of" after it.
 */
function askedAttribute(folded: string): string[] {
  const asked = grammar.attributeAsked.find(folded);
  if (!asked || folded.slice(0, asked.start).trim().split(' ').filter(Boolean).length > ATTRIBUTE_OPENING)
    return [];
  const rest = folded.slice(asked.end).trim().split(' ');
  const of = rest.findIndex((w) => grammar.attributeOf.test(` ${w} `));
  return of >= 1 && of <= ATTRIBUTE_WORDS ? rest.slice(0, of) : [];
}
/** The most words before the phrase that asks an attribute ("mw. Karimi vraagt naar ...") ... */
const ATTRIBUTE_OPENING = 4;
/** ... and in the attribute ("het adres en de openingstijden"). */
const ATTRIBUTE_WORDS = 5;

/**
 * Whether a subject has a word the charter never uses: "football stadium", "street lighting", "een nieuw
 * zwembad", "tramlijn". A Dutch subject ends at its first known word: what follows is the verb ("voor
 * burgerinitiatieven beschikbaar stelde"); an English one runs to its head, which comes last. A glossary
 * phrase is read whole ("work hotel"); grammar words name no topic.
 */
function unknownHead(deps: Deps, subject: string[], language: Language): boolean {
  // Most subjects are the charter's own words: known without building a glossary reading per window.
  // A Dutch word the glossary gives charter words for ("woningbouwverenigingen") is known too.
  const charterWord = (w: string) => {
    const terms = deps.clauseIndex.encoder.encode(w);
    return (
      terms.length === 0 ||
      terms.every((t) => deps.clauseIndex.df.has(t)) ||
      deps.clauseIndex.dutchSynonyms.has(w)
    );
  };
  // (An English one is read through the glossary's phrases: "work hotel" is the werkhotel.)
  if (language === 'nl' && subject[0] !== undefined && charterWord(subject[0])) return false;
  // "for letting young people have a say": an English -ing word with words after it is a verb that
  // opens the subject, not its head.
  const from = language === 'en' && subject.length > 1 && subject[0]?.endsWith('ing') ? 1 : 0;
  for (let i = from; i < subject.length; ) {
    const known = [3, 2, 1].find(
      (n) =>
        i + n <= subject.length &&
        unknownIdeas(deps.clauseIndex, ` ${subject.slice(i, i + n).join(' ')} `, SUBJECT_WORD_MIN).length ===
          0,
    );
    if (known !== undefined && language === 'nl') return false;
    const w = subject[i] as string;
    if (known === undefined && w.length >= SUBJECT_WORD_MIN && !questionGrammarWords.has(w)) return true;
    i += known ?? 1;
  }
  return false;
}

/** A word this long in a subject names it ("the zoo", "de OZB"). */
const SUBJECT_WORD_MIN = 3;
/** The most words of a subject read after its marker. */
const SUBJECT_WORDS = 4;
const SUBJECT_END = grammarWordsOf(['subjectEnd', 'questionWord', 'aboutMarker']);
const SUBJECT_MODIFIERS = grammarWordsOf(['subjectModifier']);
const DUTCH_RECEIVING = new Set(phrasesOf('receiveVerb', 'nl'));

function planAbout(deps: Deps, u: Understanding, question: string): GeneralPlan {
  const folded = u.folded;
  // "voetnoot 3 ging over een of ander jeugdprogramma": the footnote named by its number is the answer.
  const note = namedFootnote(deps, folded);
  if (note) {
    const quote: Quote = { clause: note, sentence: note.text, shown: note.text };
    return { kind: 'quote', quote, wanted: null, leads: [], verdict: null, corroborating: null };
  }
  // "which ministers are behind that?" of a list's item: the list's lead-in says who ("De ministers van BZK
  // en Justitie ondersteunen de gemeenten met de volgende beleidsmaatregelen:"), before any signatory does.
  const lead =
    u.refersTo !== null && u.pointsBack && askedOf(folded).wanted === 'who' && !isYesNo(folded)
      ? leadInNaming(deps, u, folded)
      : null;
  if (lead) {
    const quote: Quote = { clause: lead, sentence: lead.text, shown: lead.text };
    return { kind: 'quote', quote, wanted: 'who', leads: [], verdict: null, corroborating: null };
  }
  // "Who signed for the municipality?" ... "and for the national government?": the other side's signatory.
  // "... and for Social Affairs?", "and VWS?": another ministry's signatories.
  const sideFollowUp =
    u.refersTo !== null &&
    peopleClauses(deps.knowledge).some((c) => c.id === u.refersTo) &&
    (grammar.municipality.test(folded) ||
      grammar.nationalGovernment.test(folded) ||
      (u.pointsBack === false &&
        hasOwnWords(deps, folded, 2) &&
        !ASKS_WHY.starts(folded) &&
        !grammar.askWhere.test(folded) &&
        [null, 'who'].includes(askedOf(folded).wanted)));
  // "Why did Ella Vogelaar step down?" asks a reason, not who signed.
  // "Wat is de voornaam van wethouder Bosch?", "What was Harrie Bosch's portfolio?": the signature block.
  // "... en wat was zijn voornaam?" after a signatory's line: that signatory.
  const referred = u.refersTo ? deps.knowledge.clauseById.get(u.refersTo) : undefined;
  const asksOfAPerson = grammar.personAttribute.test(folded) || grammar.personName.test(folded);
  // "and in what capacity?" after a signatory's line asks it of them, too.
  const pointedSignatory =
    (u.pointsBack || (u.followUp && asksOfAPerson)) &&
    referred &&
    peopleClauses(deps.knowledge).includes(referred)
      ? (signatoryNames(deps.knowledge).find((s) => s.clause === referred)?.names ?? new Set<string>())
      : new Set<string>();
  if (asksOfAPerson && pointedSignatory.size > 0) {
    const people = planPeople(deps, `${folded}${[...pointedSignatory].join(' ')} `);
    if (people) return people;
  }
  const aboutASignatory =
    asksOfAPerson && (signatoriesNamed(deps, folded).length > 0 || officesAsked(folded).length > 0);
  // "Van welke politieke partij was minister Vogelaar lid?": a thing of a person the signature block does
  // not hold (a party) is not answered by their signature line.
  const thing = whichThing(folded);
  // "Besides Vogelaar, which other cabinet members ...?" asks the others, not a thing of Vogelaar.
  const thingOfAPerson =
    thing !== null &&
    !asksOfAPerson &&
    !grammar.people.test(` ${thing} `) &&
    !grammar.coSigners.test(folded) &&
    !isPhrase(deps)(thing);
  if (thingOfAPerson && signatoriesNamed(deps, folded).length > 0) return { kind: 'nothing' };
  // "Which other municipalities besides Utrecht signed a similar charter?": the charter's signatories are
  // Utrecht's and the rijk's people; no other municipality signed it.
  const citiesSigning =
    afterWhich(folded).some((w) => grammar.cityKind.test(` ${w} `)) && grammar.signing.test(folded);
  if (citiesSigning) return { kind: 'nothing' };
  if (
    sideFollowUp ||
    ((aboutASignatory ||
      (wantsPeople(folded) &&
        grammar.signing.test(folded) &&
        // "and on whose behalf?" of a study asks who commissioned it, unless signing is asked.
        (grammar.signVerb.test(folded) || !grammar.commissionedBy.test(folded)))) &&
      !ASKS_WHY.starts(folded) &&
      // "In which city was the charter signed?" asks a place, not who.
      !grammar.askWhere.test(folded))
  ) {
    const people = planPeople(deps, folded);
    // "Who was the mayor when the charter was signed?": a post no signature line names is no signatory's.
    const post = grammar.personPost.find(folded)?.text.trim();
    if (
      people?.kind === 'people' &&
      post !== undefined &&
      !people.clauses.some((c) => fold(c.text).includes(` ${post}`))
    )
      return { kind: 'nothing' };
    // "Welke ministers ondersteunen de gemeenten met ...?": an office named, no signing asked, and no
    // signatory of it does what is asked: the charter's text about those ministers answers.
    const officeOnly = people?.kind === 'nothing' && !aboutASignatory && !grammar.signVerb.test(folded);
    // Their name asked, or who signed for a side: the signature at the end names them in full ("drs.
    // Harrie Bosch"). Not of a list of co-signers, whose lines are all there is.
    const few = people?.kind === 'people' && people.clauses.length <= 2;
    if (people && !officeOnly)
      return grammar.personName.test(folded) || (few && grammar.signVerb.test(folded))
        ? everyLineOf(deps, people)
        : people;
  }
  // "en hoeveel daarvan is voor de 40 wijken?", "en Utrecht zelf?" after a sum: how much of that sum, or
  // the sum of that one, not a count.
  const ownAsked = askedOf(folded);
  // So is "and Utrecht's share?": a part of the sum the clause shown goes on to state.
  // (The sentence of the clause shown that a follow-up names a part of, worked out once.)
  const shownPart =
    referred && u.followUp ? partShown(deps, referred, u.referredQuote, u.refersTo, folded) : undefined;
  const ofTheSum =
    u.followUp &&
    (ownAsked.wanted === null || ownAsked.wanted === 'count' || ownAsked.wanted === 'percentage') &&
    (grammar.ofThose.test(folded) || grammar.actorSelf.test(folded) || shownPart !== undefined) &&
    AMOUNT.test(u.referredQuote ?? '') &&
    !countedNoun(folded);
  const asked: typeof ownAsked = ofTheSum ? { wanted: 'amount', firm: true } : ownAsked;
  // "Hoeveel staatssecretarissen van OCW staan in de ondertekening?": the holders of that office who
  // signed, counted.
  if (asked.wanted === 'count' && grammar.officePlural.test(folded) && grammar.signing.test(folded)) {
    const clauses = signedAs(deps, folded);
    if (clauses.length > 0) return { kind: 'people', clauses, counted: true };
  }
  // "begin 2008 of eind 2007?": the kind of figure offered is the kind asked for.
  const { wanted, firm } = asked.wanted === null && offersChoice(folded) ? offeredKind(question) : asked;
  const pair = alternatives(question, folded);
  if (pair && (wanted === 'amount' || wanted === 'count' || wanted === 'who' || wanted === null)) {
    const compared = planCompare(deps, pair, question);
    if (compared) return compared;
  }
  const yesNo = isYesNo(folded);
  // A yes/no question is searched by its claim, not by the context around it ("a partner asks ...").
  // Its figures are what is checked, not what to look for: "30 straatcoaches" must not find a "30,5%".
  const claim = yesNo ? claimPart(question) : withoutBesides(question);
  // Its figure goes with its unit: "1 miljoen euro" must not find the sentence with "€ 4 miljoen".
  let searched = yesNo
    ? // "only 25 street coaches" claims how much, not a word its sentence must share ("louter"); a request
      // ("kunt u bevestigen") asks, it names nothing to find.
      grammar.onlyOne
        .replace(REQUEST_FRAME.replace(withoutSource(withoutHearsay(grammar.hedge.replace(fold(claim))))))
        // "per 1 januari 2008": the date is what is checked; "januari" must not find another 1 januari.
        .replace(MONTH_OF_A_DATE, ' ')
        .replace(FIGURE_SAID, ' ')
    : // "ik hoorde iets over straatcoaches - hoeveel worden dat er?": who said it names nothing to find.
      grammar.hedge.replace(
        grammar.hearsay.replace(
          // "Welke corporaties worden daar bij naam genoemd?": how the charter says it names nothing to find.
          grammar.mentionFrame.replace(withoutEvent(withoutFrame(claim === question ? folded : fold(claim)))),
        ),
      );
  // "sinds wanneer bestaat het OKU?": how the question asks a start names nothing to find ("sinds jaren").
  // Nor how it asks what something means ("Wat is WIBU voluit?", "wat houdt dat in?").
  if (!yesNo) searched = grammar.askMeaning.replace(grammar.askYearStart.replace(searched));
  // "which health insurer is involved?": that those asked take part names nothing to find ("alle betrokken
  // partijen").
  if (!yesNo && whichNamed(folded)) searched = grammar.takingPart.replace(searched);
  // "Hoeveel steekt de gemeente zelf erin?": what an actor itself puts in is its own money, which the
  // charter calls "eigen middelen".
  // (Also where it asks more along: "hoeveel legt de gem zelf in, voor welke jaren?".)
  // "Hoeveel zet de gemeente zelf per jaar in?": "hoeveel" with no thing counted, of what an actor itself puts
  // in, is a sum too.
  const asksMoney =
    wanted === 'amount' ||
    grammar.money.test(folded) ||
    (wanted === 'count' && countedNoun(folded) === null && grammar.actorSelf.test(folded));
  // Not where it names a place ("... the city itself put into Hoograven"): the charter's own means are the
  // city's whole sum, and what went to that place is asked.
  const placed = u.outside.length > 0 || u.intent.wijken.length > 0;
  const [ownMeans] =
    asksMoney && !placed && grammar.actorSelf.test(folded) ? phrasesOf('ownMeans', 'nl') : [];
  if (ownMeans) searched = `${searched}${ownMeans} `;
  // "t.o.v. welk jaar is dat?" says nothing of its own: only the clause it points back at can answer.
  // "voor welke leeftijdsgroep geldt dat cijfer?" points back in so many words: there too.
  const pointsOnly =
    u.refersTo !== null && (u.pointsBack || (u.residual.length === 0 && u.topics.length === 0));
  // "Participatiebudget: ... voorbereidingstrajecten ..." then "SZW, OCW en WWI zorgen ... € 225.000": an
  // item that goes on about a found one, without its words, holds the sum asked of it. It is looked at too.
  const withContinued = (hits: ClauseHit[]) =>
    figureWanted(wanted) && !yesNo
      ? hits.flatMap((h) => {
          const at = clauseIndexOf(deps.knowledge).get(h.clause.id);
          const next = at === undefined ? undefined : deps.knowledge.clauses[at + 1];
          return next && continues(next, h.clause) && !hits.some((x) => x.clause.id === next.id)
            ? [h, { clause: next, score: h.score * CONTINUED_SHARE, terms: h.terms }]
            : [h];
        })
      : hits;
  // "en wat doet diezelfde minister voor kindvriendelijke wijken?": of the clauses in the section of the
  // one pointed at, one that carries the follow-up's own subject ("Kindvriendelijke wijken: de Minister").
  // The kind asked for ("welke ministeries") is what the answer names, not a word it must share.
  const ownWords = u.content.filter((w) => w.length >= SUBJECT_WORD && !isNamedKind(w));
  // "which national institute provides research capacity for it?" after the Gezonde wijk pilot: its own
  // rarest idea is in another part of the charter ("Gezonde wijk: ... Onderzoekscapaciteit vanuit RIVM"),
  // found by the question's words with those it points at; nothing near the pilot carries it.
  const ownIdeas = ` ${[...u.topics, ...ownWords].join(' ')} `;
  // Only an idea a few clauses carry ("onderzoekscapaciteit"), not one many do ("ministerie").
  const carriesRarest = (h: ClauseHit) => {
    const c = coverage(deps.clauseIndex, ownIdeas, aboutText(deps, h.clause), { skipUnknown: true });
    return c.rarest && c.rarestWeight >= UNIQUE_IDEA;
  };
  // "welke 5 experiment-onderwerpen noemt het rijk in hoofdstuk 7?": only that chapter's clauses.
  const chapterNamed = /\d+/.exec(grammar.chapterRef.find(folded)?.text ?? '')?.[0];
  const inChapter = chapterNamed
    ? searchClauses(deps.clauseIndex, grammar.chapterRef.replace(searched), CHAPTER_CANDIDATES)
        .filter((h) => h.clause.path[0]?.startsWith(`${chapterNamed}.`))
        .slice(0, 6)
    : [];
  const inNamedChapter = (clause: Clause) =>
    chapterNamed === undefined || (clause.path[0]?.startsWith(`${chapterNamed}.`) ?? false);
  const searchedHits = withContinued(
    inChapter.length > 0 ? inChapter : searchClauses(deps.clauseIndex, searched, 6),
  );
  // "En sinds wanneer bestaat het OndernemersKrediet Utrecht?" after another clause: a follow-up that points
  // at nothing and names a thing few clauses carry asks about that thing, wherever it stands.
  const ownSubject = !u.pointsBack && searchedHits.some(carriesRarest);
  // "en of er ook geld is voor volkstuinen?" after the charter's period: a follow-up with words of its own
  // that points at nothing is near the conversation only in clauses that carry one of them.
  // (Not a side named: "gemeente zelf of..?", "en de gemeente zelf?" ask that side's part in the same thing.)
  const ownThings = ownWords.filter((w) => !SIDE_WORDS.has(w));
  const ownIdeaIn = (clause: Clause) =>
    coverage(deps.clauseIndex, ` ${ownThings.join(' ')} `, aboutText(deps, clause), { skipUnknown: true })
      .matched > 0;
  // "And to whom does the national government report each year?" after the College's reporting: another
  // side than the one whose sentence was shown, asked of in a question with words of its own.
  const askedSide = actorOf(folded);
  const shownSide = u.referredQuote ? actorOf(fold(u.referredQuote)) : null;
  const otherSide = !u.pointsBack && askedSide !== null && shownSide !== null && askedSide !== shownSide;
  const found =
    ownSubject || otherSide
      ? searchedHits
      : inConversation(
          deps,
          searchedHits,
          u.refersTo,
          !u.pointsBack && ownThings.length > 0 ? ownIdeaIn : () => true,
        );
  const carrying = (h: ClauseHit) =>
    ownWords.length > 0 && coverage(deps.clauseIndex, ` ${ownWords.join(' ')} `, h.clause.text).matched > 0;
  const section = referred?.section;
  const around = pointsOnly
    ? found.filter((h) => nearClause(deps, u.refersTo as string, h.clause.id))
    : found;
  const nearby =
    pointsOnly && !around.some(carrying)
      ? [...found.filter((h) => h.clause.section === section && carrying(h)), ...around]
      : around;
  // ... in the chapter of what it points at, sharing its words ("Gezonde wijk:" above the item).
  const chapter = referred?.path[0];
  const sharesReferent = (h: ClauseHit) =>
    h.clause.path[0] === chapter &&
    coverage(deps.clauseIndex, fold(u.referredQuote ?? ''), aboutText(deps, h.clause)).matched > 0;
  const elsewhere =
    pointsOnly &&
    ownWords.length > 0 &&
    u.referredQuote &&
    !namesReferent(folded) &&
    !nearby.some(carriesRarest)
      ? searchClauses(deps.clauseIndex, searched, ELSEWHERE_CANDIDATES)
          .filter((h) => carriesRarest(h) && sharesReferent(h))
          .slice(0, 1)
      : [];
  // "and who pays for that?" of "Segregatie in het onderwijs: Utrecht voert ...": the other side's item with
  // the same label ("Segregatie: het ministerie van OCW stelt middelen beschikbaar ...") says who pays.
  const paysFor =
    pointsOnly && referred !== undefined && wanted === 'who' && grammar.money.test(folded)
      ? labelTwins(deps.knowledge, referred).map(
          (clause): ClauseHit => ({ clause, score: (nearby[0]?.score ?? MIN_SCORE) + 1, terms: [] }),
        )
      : [];
  const near = [...paysFor, ...elsewhere, ...nearby];
  /** Whether a clause is one a pointing follow-up may be answered by: near what it points at, or its own idea. */
  const pointedAt = (id: string) =>
    nearClause(deps, u.refersTo as string, id) || near.some((h) => h.clause.id === id);
  const covered = byCoverage(deps, near, searched, u.intent.language === 'en');
  // "Branchering: gemeente Utrecht ..." then "en welke ministeries helpen daarbij?": the twin item with the
  // same label ("Branchering: het rijk (EZ, VROM, BZK) ...") first, then those carrying the own words.
  // Only where the item pointed at names no body itself (no "EZ", "OKR"): then the twin says who.
  const namesABody = (text: string) => /\b\p{Lu}{2,}\b/u.test(text.replace(/^[^:]*:/, ''));
  const label =
    referred && asksAName(folded) && !namesABody(u.referredQuote ?? referred.text)
      ? itemLabel(referred)
      : null;
  const twin = (h: ClauseHit) =>
    label !== null && h.clause.id !== referred?.id && itemLabel(h.clause) === label;
  const owning =
    pointsOnly && covered.some(carrying)
      ? [...covered.filter(carrying), ...covered.filter((h) => !carrying(h))]
      : covered;
  // "wat gaat die ploeg doen?": the thing named is the one just quoted ("leerwerkploeg"): its clause first.
  // "wie betaalt dat?" of the segregation pilot's € 100.000: the clause pointed at names who ("het
  // ministerie van OCW stelt middelen beschikbaar"), before a neighbour that matches "betaalt" better.
  // Only a bare "who" of it: not one with a twin item or an idea of its own ("wie levert daar
  // onderzoekscapaciteit?").
  const namesQuoted =
    pointsOnly &&
    u.referredQuote !== null &&
    (namesQuotedThing(folded, u.referredQuote) ||
      (wanted === 'who' &&
        ownWords.length === 0 &&
        elsewhere.length === 0 &&
        !covered.some(twin) &&
        referred !== undefined &&
        namesABody(referred.text)));
  const quotedFirst = (h: ClauseHit) => (namesQuoted ? h.clause.id === u.refersTo : twin(h));
  const ranked =
    pointsOnly && owning.some(quotedFirst)
      ? [...owning.filter(quotedFirst), ...owning.filter((h) => !quotedFirst(h))]
      : owning;
  const pairCounted = wanted === 'count' && !yesNo && !pointsOnly ? countedPair(deps, searched) : null;
  const bothCounted = pairCounted?.hit ?? null;
  // "Van wie komt die 21,5 miljoen per jaar?": a sum the question names (not as a claim) is the clause's
  // that states it, where one or two do; it comes first at the strength of the best.
  const sumStated = !yesNo && u.refersTo === null && !bothCounted ? clausesStating(deps, question) : [];
  const top = ranked[0];
  const byFigure =
    top && sumStated.length > 0 && !sumStated.some((c) => c.id === top.clause.id)
      ? [
          ...sumStated.map(
            (clause): ClauseHit =>
              ranked.find((h) => h.clause.id === clause.id) ?? { clause, score: top.score, terms: [] },
          ),
          ...ranked.filter((h) => !sumStated.some((c) => c.id === h.clause.id)),
        ]
      : ranked;
  // "Wanneer begint het charter?": of the charter itself, the clause that bounds its own period.
  const ownPeriod =
    (u.refersTo === null || !u.pointsBack) && asksCharterPeriod(folded, u.content)
      ? charterPeriodOf(deps.knowledge)
      : null;
  const hits = bothCounted
    ? [bothCounted, ...ranked.filter((h) => h.clause.id !== bothCounted.clause.id)]
    : ownPeriod
      ? [
          { clause: ownPeriod, score: Math.max(MIN_SCORE, byFigure[0]?.score ?? 0), terms: [] },
          ...byFigure.filter((h) => h.clause.id !== ownPeriod.id),
        ]
      : byFigure;
  // "Met welke corporaties trekt Utrecht op ...?": the clause that names things of the kind asked answers,
  // though the best clause's other words ("trekt op") would leave the question unanswered.
  const looksForIntroducer =
    !yesNo && u.refersTo === null && !bothCounted && !ownPeriod && hits[0] !== undefined;
  const introducer = looksForIntroducer
    ? introducingNames(deps, hits[0] as ClauseHit, searched, question, () => true)
    : namedElsewhere(deps, u, referred, searched, question, yesNo);
  const best = introducer ?? hits[0];
  // How well the question was found at all: the naming clause may match it less well than the best.
  const bestFound = hits[0]?.score ?? 0;
  if (!best || (best !== bothCounted && Math.max(best.score, introducer ? bestFound : 0) < MIN_SCORE))
    return { kind: 'nothing' };
  // One shared word ("speelt", "Utrecht") is not an answer: the clause must carry enough of the question.
  // A follow-up ("and who pays for that?") is answered by the clause it points back at and its neighbours.
  // English words the charter never uses are mostly English for its Dutch and are skipped; not in a
  // why-question, where they are the reason asked about ("why did Vogelaar step down?").
  const carried = coverage(deps.clauseIndex, searched, aboutText(deps, best.clause), {
    skipUnknown: u.intent.language === 'en' && !ASKS_WHY.starts(folded),
  });
  // A follow-up is answered by the clause it points back at, unless it names something of its own that
  // clause does not carry: "en wie is de burgemeester?" after a burglary target is not about burglary.
  // One that points back ("voor welke leeftijdsgroep geldt dat cijfer?") stays with what it points at.
  const carriesOwn =
    u.pointsBack ||
    ownWords.length === 0 ||
    coverage(deps.clauseIndex, ` ${ownWords.join(' ')} `, aboutText(deps, best.clause)).matched > 0;
  const followed =
    u.refersTo !== null &&
    (pointedAt(best.clause.id) || (pointsOnly && best.clause.section === section)) &&
    carriesOwn;
  // An idea only a few clauses carry ("kanszone", "werkhotel") is the question's subject, carried.
  const carriesUnique =
    carried.rarest && carried.rarestWeight >= UNIQUE_IDEA && carried.share >= UNIQUE_SHARE;
  if (
    best !== bothCounted &&
    best !== introducer &&
    best.clause !== ownPeriod &&
    !followed &&
    !carriesUnique &&
    !sumStated.includes(best.clause) &&
    // "Welke bank zit achter het fonds ...?": the best clause names one of the kind asked ("Rabobank").
    !(namesOfKind(best.clause.text, folded) && carried.matched >= 2) &&
    (carried.share < MIN_SHARE || (carried.matched < 2 && carried.share < ONE_IDEA_SHARE))
  )
    return { kind: 'nothing' };
  // A signature line ("..... drs. Ella Vogelaar,") says who signed; it answers no why-question.
  if (ASKS_WHY.starts(folded) && PERSON.test(best.clause.text) && best.clause.text.length < SIGNATURE_LINE)
    return { kind: 'nothing' };
  const filter: Filter = {
    // "nulmeting begin 2008 of eind 2007?": figures offered to choose from are no figures to avoid.
    // "hoeveel forumscholen? twaalf?": a figure guessed at is what the answer may well be.
    excluded: offersChoice(folded)
      ? new Set(numbersIn(u.stated))
      : new Set([...numbersIn(withoutGuess(question)), ...numbersIn(u.stated)]),
    names: namesIn(deps, folded),
    recipient: wanted === 'amount' ? recipientOf(withoutSource(folded)) : [],
    counted: pairCounted?.counted ?? countedNoun(folded, isPhrase(deps)),
    countOnly: grammar.askNumber.test(folded),
    shareOfSum: !/%|procent|percent/i.test(question),
    yearly: grammar.yearly.test(folded) || grammar.perYear.test(folded),
    topics: [...u.topics, ...rareWords(deps, u.residual)],
    seen: new Map(),
  };
  const leadsOf = (c: Clause, s: string) => leadsIn(deps, c, s, wanted, filter);
  // Prefer a strong clause that holds the kind of figure asked for; "hoeveel gemeenten" may be answered
  // by any clause that counts gemeenten, however weakly it matches otherwise.
  // A yes/no claim is checked against the clause about it, figure or not.
  const wantsFigure = figureWanted(wanted) && !yesNo;
  // A claim's sum or share is checked against the clause's sentence that states one, the claimed figure too.
  const claimedKind = yesNo ? kindClaimed(question) : null;
  const claimFilter: Filter = { ...filter, excluded: new Set() };
  // The thing a claimed count counts ("30 wijken"): no year, no unit of money or time.
  // "every one of the four wijken": the charter's four wijken by name, no count claimed.
  const allFour = yesNo && namesTheFourWijken(fold(claim));
  const claimedCount = yesNo
    ? (figuresIn(claim).find(
        // "30 wijken" counts wijken (a unit a claim may count); "3 jaar", "€ 4 miljoen" count no thing.
        (n) =>
          !isYear(n.text) &&
          n.word.length >= 4 &&
          !MONTHS.has(n.word) &&
          (!UNIT.test(n.word) || canonicalUnit(n.word) === 'wijk') &&
          !(allFour && WIJK_WORD.test(n.word)),
      )?.word ?? null)
    : null;
  // "Hoeveel extra geld krijgt Hoograven?": a place or party the question names by a rare name is in the
  // clause that answers ("... € 500.000 in ... Hoograven"), not in one that shares "extra geld".
  // And, asked for a sum, a body the question names by its initials ("hoeveel geeft OCW ...?"): its sum,
  // not another's (however many clauses name it). Not a claim: "accountmanager bij BZK" is refuted by WWI.
  const rareNames = [
    ...new Set([
      ...rareWords(deps, filter.names ?? []),
      ...(wanted === 'amount' && !yesNo ? bodiesNamed(deps, folded) : []),
    ]),
  ];
  const namesThem = (h: ClauseHit) => rareNames.every((n) => fold(h.clause.text).includes(` ${n}`));
  const naming = (all: ClauseHit[]) => {
    if (rareNames.length === 0) return all;
    const named = all.filter(namesThem);
    if (named.length > 0) return named;
    // Further down, where the question's other words ("onze wijk") find it less well.
    const further = searchClauses(deps.clauseIndex, searched, NAMED_CANDIDATES).filter(namesThem);
    return further.length > 0 ? further : all;
  };
  const claimTopics = subjectTopics(filter);
  const sameTopics = (of: ClauseHit) =>
    namesTopics(deps, of.clause, claimTopics)
      ? hits.filter((h) => namesTopics(deps, h.clause, claimTopics))
      : hits;
  const actorsSum = () =>
    // The claim as understood, shorthand read ("de gem zelf" is the municipality).
    withActor(
      deps,
      hits,
      claim === question ? folded : fold(claim),
      filter.topics ?? [],
      u.intent.language === 'en',
      () => searchClauses(deps.clauseIndex, searched, ACTOR_CANDIDATES),
    );
  // "en Utrecht zelf?" after a sum, where the clause shown goes on to name Utrecht's: that sentence.
  // Not where a which-question asks names the clause shown does not give ("and which corporations are
  // those?"): the clause that names them answers.
  const partOfReferred =
    referred && !yesNo && shownPart !== undefined && !(introducer && !looksForIntroducer)
      ? { clause: referred, score: best.score, terms: [] }
      : null;
  /** Whether one of a hit's sentences states a sum the actor the question names gives. */
  const askedActor = actorOf(folded);
  const sumOfActorIn = (hit: ClauseHit) =>
    askedActor !== null &&
    !grammar.receiveVerb.test(folded) &&
    clauseSentences(hit.clause.text).some((x) => AMOUNT.test(x) && actorOf(fold(x)) === askedActor);
  /** The hit, where one of its sentences states the kind of figure asked. */
  const ownFigure = (hit: ClauseHit | undefined) =>
    hit && sentenceWith(deps, hit, searched, wanted, filter) ? hit : null;
  const chosenAnywhere =
    partOfReferred ||
    bothCounted ||
    // Asked when or how long the charter itself runs: the clause that bounds its period, whatever year or
    // verb of the question finds elsewhere ("the 2008 Utrecht charter applied": "opgegeven ... 2008").
    // Not where the question names a thing of its own ("the Ouder-Kind Centrum", "tussenresultaat").
    (ownPeriod && u.topics.length === 0 && rareWords(deps, words(folded)).length === 0
      ? (hits[0] ?? null)
      : null) ||
    // "Hoeveel is er per wijk per jaar beschikbaar?": the sum a sentence gives each wijk ("Elke wijk heeft
    // een leefbaarheidbudget van € 1 miljoen per jaar"), not the corporations' yearly total.
    (wantsFigure &&
    // "hoeveel is er ...?" counts no thing: a sum; "hoeveel straatcoaches per wijk?" is no sum.
    (wanted === 'amount' || grammar.money.test(folded) || (wanted === 'count' && !filter.counted)) &&
    grammar.eachWijk.test(folded)
      ? withFigure(
          deps,
          searchClauses(deps.clauseIndex, searched, deps.knowledge.clauses.length).filter((h) =>
            givesEachWijk(deps.knowledge).has(h.clause.id),
          ),
          searched,
          wanted,
          filter,
        )
      : null) ||
    // "Van wie komt die 21,5 miljoen per jaar?": the clause that states the sum named, whatever is asked of it.
    (sumStated.length > 0 ? (hits.find((h) => sumStated.includes(h.clause)) ?? null) : null) ||
    // "Voor welke drie dingen ...?": of the strong clauses, one with a sentence that lists three.
    (listedAsked(folded) && !yesNo
      ? withListOf(deps, hits, listedAsked(folded) as number, searched)
      : null) ||
    // "En krijgt onze wijk (Hoograven) extra geld?": a claim about what it names, too.
    (yesNo && rareNames.length > 0 && !namesThem(best) ? (naming(hits).find(namesThem) ?? null) : null) ||
    // "Welke geldstromen noemt het hoofdstuk financiering?": a lead-in that names the kind asked and
    // introduces a list ("... staan drie geldstromen ter beschikking:") answers with its items.
    (!yesNo && u.refersTo === null
      ? leadInOf(
          deps,
          searched,
          best.score,
          inNamedChapter,
          chapterNamed ? CHAPTER_CANDIDATES : LEAD_IN_CANDIDATES,
        )
      : null) ||
    // "Waar is het charter ondertekend?": of the strong clauses, one that names a place ("te Utrecht").
    (grammar.askWhere.starts(folded) && !grammar.askPurpose.test(folded) && !yesNo
      ? withPlace(hits)
      : null) ||
    // "In which neighbourhood will the first part of that pilot be carried out?": of the strong clauses, one
    // that names a wijk of the charter ("... uitvoeren in Overvecht").
    (WIJK_KINDS.has(whichThing(folded) ?? '') && !yesNo ? withWijk(deps, hits, searched) : null) ||
    // "How much does the municipality contribute every year?": the sum that actor gives, before a sum
    // another gives in a clause that matches the question's other words better.
    // Not where the actor named receives ("how much does Utrecht get for ...?").
    // "hoeveel zet de gemeente zelf per jaar in?" counts no thing: a sum, too.
    (wantsFigure &&
    (wanted === 'amount' || (wanted === 'count' && !filter.counted && grammar.actorSelf.test(folded))) &&
    actorOf(folded) !== null &&
    !grammar.receiveVerb.test(folded)
      ? actorsSum()
      : null) ||
    // "what's the yearly budget for the wijkactieplannen from the city?": the best clause has the sum of the
    // actor named ("zal de gemeente ... € 4 miljoen per jaar inzetten"); another's that says "jaarlijks"
    // (the corporations' € 21,5 miljoen) is not it.
    (wantsFigure && wanted === 'amount' && u.outside.length === 0 && sumOfActorIn(best) ? best : null) ||
    // "En om hoeveel geld ging het?" of the volkstuinen: the clause pointed at states the sum asked ("€
    // 250.000 ... Stimuleringsfonds Volkstuinen"); a neighbour's sum ("subsidie van maximaal € 250.000" for
    // zwerfafval) that shares "geld" better is another subject's.
    (wantsFigure && pointsOnly && ownWords.length === 0
      ? ownFigure(hits.find((h) => h.clause.id === u.refersTo))
      : null) ||
    (wantsFigure &&
      withFigure(deps, naming(hits), searched, wanted, filter, (id) =>
        u.refersTo !== null ? nearClause(deps, u.refersTo, id) : false,
      )) ||
    // "in hoeveel wijken komt een werkhotel?" against "In twee wijken is een Werkhotel gepland": the best clause
    // counts it in words; no other clause's "40 wijken" answers instead.
    (wantsFigure && wanted === 'count' && filter.counted && !countsInWords(deps, best.clause, filter.counted)
      ? countedAnywhere(deps, searched, filter)
      : null) ||
    // A follow-up that points back ("van welk ministerie komt dat?", "welke ministeries helpen daarbij?")
    // stays with what it points at and its twins.
    // "wie betaalt dat?" of a sentence that speaks of no money: who pays is named where money is spoken of,
    // near what it points at.
    // "Wie faciliteert de landelijke alliantie?": a question that opens with who, of something it names.
    ((asksAName(folded) ||
      (grammar.askWho.starts(folded) && !pointsOnly) ||
      (pointsOnly &&
        wanted === 'who' &&
        grammar.money.test(folded) &&
        !AMOUNT.test(u.referredQuote ?? '') &&
        !MONEY_TEXT.test(u.referredQuote ?? ''))) &&
    !yesNo
      ? withName(
          deps,
          hits,
          searched,
          question,
          (id) => (u.pointsBack && u.refersTo ? pointedAt(id) : true),
          // The same search as above, with the same clauses allowed: not done again. (Or the clause that
          // names the kind a pointing question asks, where the one pointed at names none.)
          looksForIntroducer || introducer ? introducer : undefined,
        )
      : null) ||
    // "Klopt het dat WWI € 250.000 bijdraagt ...?": checked against a clause that states a sum about it.
    // "Klopt het dat er landelijk 30 wijken zijn aangewezen?": checked against a sentence that counts them.
    (claimedCount && !countsIn(deps, best.clause, claimedCount)
      ? withCounted(deps, hits, searchClauses(deps.clauseIndex, searched, ELSEWHERE_CANDIDATES), claimedCount)
      : null) ||
    // "Klopt het dat het Bestuursakkoord van 4 juni 2008 is?": checked against a sentence that dates it.
    (yesNo && datesIn(fold(claim)).length > 0 ? withDate(deps, hits, searched) : null) ||
    // "Is dit charter een subsidiebeschikking?": the clause that says it is "geen beschikking".
    (yesNo
      ? (hits.find(
          (h) =>
            h.score >= best.score * DENIAL_SHARE &&
            denial(deps, clauseSentences(h.clause.text), folded) !== undefined,
        ) ?? null)
      : null) ||
    // "How much does the municipality contribute?", "klopt het dat de gemeente 5 mln per jaar inlegt?": the
    // sum the actor named gives, not the corporations' in the clause that matches best.
    ((yesNo ? /\d/.test(claim) && grammar.money.test(fold(claim)) : wanted === 'amount')
      ? actorsSum()
      : null) ||
    // Only among clauses that name what the best one names of the question's topics: "Is it true that
    // the Programma Diversiteit en Integratie runs from 2007 to 2010?" is about the programme's clause,
    // not about another clause with a year.
    (claimedKind && !sentenceWith(deps, best, searched, claimedKind, claimFilter)
      ? withFigure(deps, sameTopics(best), searched, claimedKind, claimFilter, (id) =>
          continuesFrom(deps, best.clause, id),
        )
      : null) ||
    best;
  // A chapter named is where the answer is, whatever another search finds elsewhere.
  const chosen = inNamedChapter(chosenAnywhere.clause) ? chosenAnywhere : best;
  const first = ofTheWijk(
    deps,
    chosen.clause,
    (!yesNo && chosen.clause === referred ? shownPart : undefined) ||
      (wantsFigure && sentenceWith(deps, chosen, searched, wanted, filter)) ||
      (claimedKind && sentenceWith(deps, chosen, searched, claimedKind, claimFilter)) ||
      (sumStated.includes(chosen.clause) ? sentenceStating(chosen.clause, question) : undefined) ||
      pickSentence(
        deps,
        chosen.clause,
        searched,
        wanted,
        u.referredQuote,
        whichNamed(searched),
        grammar.askPurpose.test(folded),
      ),
    u.intent.wijken,
    searched,
  );
  // "Besides offering services to local initiatives, what else will EZ set up?": the sentence that says
  // what was set aside is known; the one after it in the clause ("Tevens zal EZ ...") is asked.
  // Only a question that asks for more ("what else", "nog meer"): "Met welke organisatie, naast de gemeenten,
  // ...?" sets the municipalities aside among the names of the same sentence.
  const aside = grammar.besidesMore.test(folded) ? besidesOf(question) : null;
  const all = clauseSentences(chosen.clause.text);
  const next = all[all.indexOf(first) + 1];
  // A claimed count is checked in the sentence that counts the same thing.
  const counting = claimedCount
    ? all.find((x) => countedIn(x).some((c) => sameNoun(claimedCount, c.word)))
    : undefined;
  // A claim's figure is checked in the sentence that states it ("... is 80?" against "dat in 2011 80% van
  // de inburgeringstrajecten duaal is"), not in another sentence of the same clause.
  const claimedNumbers = yesNo ? figuresIn(claim) : [];
  const claimedValues = claimedNumbers.map((n) => n.value);
  // A sentence that states the claimed figure, or another of its kind ("37 extra" against "500 extra"
  // wijkagenten: the sentence about the korps refutes it), is the one to check it against.
  const statesOfAKind = (x: string) =>
    figuresIn(x).some((n) =>
      claimedNumbers.some(
        (c) => c.value === n.value || (c.word !== '' && canonicalUnit(c.word) === canonicalUnit(n.word)),
      ),
    );
  const stating = claimedValues.length
    ? all.find((x) => figuresIn(x).some((n) => claimedValues.includes(n.value)))
    : undefined;
  // "Klopt het dat Utrecht 1 miljoen kreeg voor burgerinitiatieven?": checked against the sentence that
  // names Utrecht with a sum ("De gemeente Utrecht krijgt voor 2008 € 850.000"), not the national "20
  // miljoen" the best sentence states. Where the best sentence names them too, it stays.
  const named = yesNo
    ? words(fold(claim)).filter((w) => MUNICIPALITY_WORDS.has(w) || charterNames(deps.knowledge).has(w))
    : [];
  const namesThemAll = (x: string) => named.every((w) => fold(x).includes(` ${w} `));
  const ofAKind =
    named.length > 0 && claimedNumbers.length > 0 && statesOfAKind(first) && !namesThemAll(first)
      ? all.find((x) => statesOfAKind(x) && namesThemAll(x))
      : undefined;
  // "Is the charter itself a formal funding decision (beschikking)?": a sentence that says, in so many words,
  // that the thing named is not so ("Dit charter is echter geen beschikking.") answers a claim about it.
  const denying = yesNo ? denial(deps, all, folded) : undefined;
  // "Staat er in elk wijkactieplan een werkhotel?": the claim is checked against the clause's sentence
  // that carries its rarest idea ("In twee wijken is een Werkhotel gepland"), not the one sharing the rest.
  const carriesClaim = (x: string) => coverage(deps.clauseIndex, searched, x, { skipUnknown: true }).rarest;
  // A claim of a figure is checked where the figure is (below).
  const claimSentence =
    yesNo && !/\d/.test(claim) && !carriesClaim(first)
      ? all.find((x) => x !== first && carriesClaim(x))
      : undefined;
  const pickedFirst =
    counting && !countedIn(first).some((c) => sameNoun(claimedCount as string, c.word))
      ? counting
      : stating && !statesOfAKind(first)
        ? stating
        : ofAKind
          ? ofAKind
          : denying
            ? denying
            : claimSentence
              ? claimSentence
              : aside &&
                  next &&
                  coverage(deps.clauseIndex, fold(aside), first, { skipUnknown: true }).share >= BESIDES_SHARE
                ? next
                : first;
  // "uit welke brief komt dat?" of a sentence that names no letter: the clause's sentence that names one by
  // its date ("brief van 15 november 2007").
  const picked =
    !yesNo &&
    !wantsFigure &&
    whichThing(folded) !== null &&
    namedFigure(deps, folded, pickedFirst).length === 0
      ? (all.find((x) => namedFigure(deps, folded, x).length > 0) ?? pickedFirst)
      : pickedFirst;
  // "and who pays for that?" of a sentence that names nobody: where the charter says who, about the same sum.
  const { clause, sentence } = (wanted === 'who' && u.refersTo !== null && !yesNo
    ? whoElsewhere(deps, chosen.clause, picked, question)
    : null) ?? { clause: chosen.clause, sentence: picked };
  const quote: Quote = {
    clause,
    sentence,
    shown: shownText(
      clause,
      sentence,
      grammar.askHow.starts(folded) && wanted === null && !yesNo,
      yesNo ? undefined : (next) => completes(deps, searched, sentence, next),
    ),
  };
  // "how much in total": only a sentence that states a total answers; adding up is not the charter's. A
  // sentence's one count of the thing asked ("De gemeente realiseert 12 forumscholen") is the total itself.
  const oneCount = wanted === 'count' && filter.counted !== null && leadsOf(clause, sentence).length === 1;
  // A sentence about the group asked ("voor de 40 wijken") states that group's total.
  // A yearly sum over a stated period ("€ 100.000 per jaar ... voor een periode van 3 jaar") says the
  // total in the charter's words, without adding up.
  const yearlyForAPeriod =
    wanted === 'amount' &&
    YEARS_PERIOD.test(` ${sentence.toLowerCase()} `) &&
    leadsOf(clause, sentence).some((l) => l.kind === 'amount' && l.perYear);
  const totalMissing =
    grammar.total.test(folded) &&
    !statesTotal(clause, sentence) &&
    !oneCount &&
    !yearlyForAPeriod &&
    groupNamed(deps, folded, sentence) === 0;
  // Two things counted at once are both the answer: "40 wijken, 18 gemeenten".
  const figures = totalMissing
    ? []
    : bothCounted?.clause === clause
      ? leadsOf(clause, sentence)
      : rankBySubject(deps, leadsOf(clause, sentence), sentence, folded);
  // "How much does Portaal contribute?" against "De gezamenlijke woningcorporaties dragen € 21,5 miljoen
  // bij": a figure is a named party's only where its sentence names it; the joint sum is not Portaal's.
  // A sentence that points back ("De indicatieve verdeling van deze additionele bijdrage ...") is about what
  // the sentence before it names ("Het rijk heeft met Aedes ... afspraken gemaakt over een additionele
  // bijdrage"): a name there is named for it too.
  const about = `${fold(sentence)}${POINTS_BACK.test(sentence) ? fold(sentenceBefore(clause, sentence) ?? '') : ''}`;
  const unnamed = rareWords(deps, filter.names ?? []).some((n) => !about.includes(` ${n}`));
  // Nor is a sum the corporations pay the rijk's: a question that names who acts, and a sentence that
  // names others only, share no actor.
  // Who acts in the sentence is the actor it names first ("De gezamenlijke woningcorporaties, werkzaam in
  // ... de gemeente Utrecht, dragen ..."): the corporations, not the municipality named in passing.
  const asker = actorsIn(folded);
  const actor = actorOf(fold(sentence));
  // "Hoeveel dragen corporaties, gemeente en rijk samen bij?": the charter states no such total; one
  // actor's sum, or any other sum, is no answer to it.
  const severalGivers =
    asker.size >= 2 &&
    (wanted === 'amount' || grammar.money.test(folded)) &&
    (grammar.total.test(folded) || grammar.together.test(folded));
  // "Hoeveel straatcoaches worden er in Zuilen-Oost ingezet?" against "er zullen in totaal 25 straatcoaches
  // worden ingezet": a total of the city is no wijk's share.
  // Only a wijk the question names itself: one a letter's context adds ("I coach a team in Overvecht")
  // does not make the city's count the question's.
  const askedWijken = wijkenIn(deps, u.question, u.intent.wijken);
  // "Hoeveel van de extra wijkagenten gaan naar Overvecht?" against "het rijk stelt 500 extra wijkagenten
  // beschikbaar": a count asked for a wijk, where the sentence names no wijk and not every one, is the
  // count of the whole. So is a sum ("Hoeveel van de 850.000 euro ging er naar Overvecht?").
  const wholeOfTheCity =
    figureWanted(wanted) &&
    (TOTAL_STATED.test(sentence) ||
      ((wanted === 'count' || wanted === 'amount') &&
        askedWijken.length > 0 &&
        !saysEveryWijk(fold(sentence)))) &&
    !wijkNamed(deps, askedWijken, sentence) &&
    !askedWijken.some((w) => clause.id.includes(w));
  // "Utrecht zal hiervoor gebruikmaken van een rijksbijdrage": the sum is the rijk's, whoever uses it.
  // "hoeveel ... de gemeente ...?" read as a count is answered by a sum all the same: the same check.
  const anotherGives =
    (wanted === 'amount' || wanted === 'count') &&
    asker.size > 0 &&
    actor !== null &&
    !asker.has(actor) &&
    ![...fundedBy(fold(sentence))].some((a) => asker.has(a));
  // "How much of the extra VVE money actually went to Utrecht?" against the national € 53,5 miljoen: a sum
  // asked for a recipient the clause does not name, nor the item it goes on from, is not its sum.
  const recipient = filter.recipient ?? [];
  const otherRecipient =
    wanted === 'amount' &&
    recipient.length > 0 &&
    coverage(deps.clauseIndex, ` ${recipient.join(' ')} `, aboutText(deps, clause)).share === 0;
  const otherActor = anotherGives || severalGivers || wholeOfTheCity || otherRecipient;
  // "hoeveel krijgt utrecht uit het wijkenfonds?" against "De gemeente Utrecht krijgt voor 2008 € 850.000"
  // (for burgerinitiatieven): where another clause found names the question's topics and this one does
  // not, its figure is another subject's.
  // A short word or grammar words ("leggen", "volgens", "every year") that few clauses use name no subject.
  const topics = subjectTopics(filter);
  const subjectElsewhere =
    figureWanted(wanted) &&
    !yesNo &&
    u.refersTo === null &&
    topics.length > 0 &&
    !namesTopics(deps, clause, topics) &&
    // "... invulling gaan geven aan deze experimenten": a sentence that points back is about what its
    // section named before it ("innovatieve en onorthodoxe aanpakken").
    !(grammar.demonstrative.test(fold(sentence)) && namedBefore(deps, clause, topics)) &&
    (hits.some((h) => namesTopics(deps, h.clause, topics)) ||
      // "How many euros for the Gezonde wijk pilot?" against the € 100.000 of the segregation pilot: a
      // subject the charter names by that name elsewhere, however weakly the question's other words
      // find it there, is not this clause's.
      u.topics.some((t) => !namesTopics(deps, clause, [t]) && namedInCharter(deps, t)));
  const ownFigures = (unnamed || otherActor || subjectElsewhere) && figureWanted(wanted) ? [] : figures;
  // "Voor welke groep ...?": the sentence's "groep 7" is the answer up front.
  // "Wanneer wordt het charter gepubliceerd?": a date said from another moment ("binnen een maand na
  // ondertekening") answers, where the sentence chosen gives no date; it never picks the clause.
  const relative =
    wanted === 'date' && ownFigures.length === 0
      ? grammar.relativeTime
          .all(fold(sentence))
          .map((m): Lead => ({ kind: 'duration', text: m.text, perYear: false }))
      : [];
  // A figure dropped as another's is not replaced by one the sentence merely names ("25 straatcoaches").
  // "forumscholen - hoeveel realiseert de gemeente er?", "extra wijkagenten korps utrecht 07-11?": a count
  // asked without its noun after "hoeveel", or shorthand that asks nothing in so many words, is the count
  // of the thing the question names ("12 forumscholen", "37 extra wijkagenten").
  // A count for a wijk asked is in a sentence that names that wijk: the 25 straatcoaches are the city's.
  const ofNamed = () =>
    (wanted === 'count' || (wanted === null && !grammar.questionWord.test(folded))) &&
    !yesNo &&
    wijkNamed(deps, u.intent.wijken, sentence)
      ? countOfNamed(deps, folded, sentence, filter.excluded)
      : [];
  const leads =
    ownFigures.length > 0 || yesNo || otherActor
      ? ownFigures
      : relative.length > 0
        ? relative
        : orElse(namedFigure(deps, folded, sentence), ofNamed);
  // Asked for a figure in so many words and none is given: say so. Money only named as the subject
  // ("what happens if there is not enough money?") is answered by the sentence itself.
  // "hoeveel werkhotels?" against "In twee wijken is een Werkhotel gepland": the sentence counts what was
  // asked, in other words; it is quoted, without a figure up front.
  const countsAsked =
    wanted === 'count' &&
    filter.counted !== null &&
    coverage(deps.clauseIndex, ` ${filter.counted} `, sentence).share > 0 &&
    // A number the question states itself ("binnen de veertig wijken") counts something else; a share
    // ("21,9% van de inwoners") counts nothing.
    [...numbersInWords(sentence).matchAll(COUNT_NUMBER)].some(
      (m) => !filter.excluded.has(normalNumber(m[0])) && !namesWith(deps, m, filter.counted ?? ''),
    );
  // "Hoeveel forumscholen komen er in Overvecht?" against "De gemeente Utrecht realiseert 12 forumscholen":
  // the charter counts them only in total, which is said as the total, not as the wijk's.
  const total =
    wanted === 'count' &&
    !yesNo &&
    wholeOfTheCity &&
    askedWijken.length > 0 &&
    !anotherGives &&
    !severalGivers &&
    !unnamed &&
    !subjectElsewhere
      ? orElse(
          figures.filter((l) => l.kind === 'count'),
          () => countOfNamed(deps, folded, sentence, filter.excluded),
        )
      : [];
  if (total.length > 0) {
    // "Het korps Utrecht krijgt ... 37 extra wijkagenten" is the total nearest a wijk of the city, before
    // the sentence before it ("het rijk stelt 500 extra wijkagenten beschikbaar").
    // The count as the question names it, or in the charter's word for it ("neighbourhood police officers":
    // wijkagenten).
    const countIn = (x: string) =>
      orElse(countOfNamed(deps, folded, x, filter.excluded), () =>
        leadsIn(deps, clause, x, 'count', filter).filter((l) => l.kind === 'count'),
      );
    const cityWide = / utrecht /.test(fold(sentence))
      ? undefined
      : clauseSentences(clause.text).find((x) => / utrecht /.test(fold(x)) && countIn(x).length > 0);
    return {
      kind: 'total_only',
      quote: cityWide ? { clause, sentence: cityWide, shown: cityWide } : quote,
      places: askedWijken.map((w) => wijkName(deps, w)),
      leads: cityWide ? countIn(cityWide) : total.slice(0, 1),
    };
  }
  // A figure dropped because it is another subject's is a figure the charter does not give for this one.
  if (
    figureWanted(wanted) &&
    leads.length === 0 &&
    !yesNo &&
    (firm || otherActor) &&
    (!countsAsked || wholeOfTheCity)
  )
    return { kind: 'no_figure', quote };
  // "Welke gemeente heeft de prijs gewonnen?" against "... een prijs uit voor de gemeente die het beste
  // initiatief heeft": the sentence describes the one meant, it names none.
  // (Not "who decides which wijken ...?": who is asked there.)
  const kindAsked = yesNo || grammar.askWho.test(folded) ? null : whichThing(folded);
  if (kindAsked && describesOnly(deps, sentence, kindAsked)) return { kind: 'no_figure', quote, name: true };
  // "Welk percentage ... moet in 2017 duaal zijn?" against "dat in 2011 80% ... duaal is": the figure is
  // the charter's for another year; it is said as that year's, not as the answer.
  const statedYears = yearsStated(sentence);
  const askedYears = wanted !== null && YEAR_ASKED.has(wanted) && !yesNo ? yearsIn(folded) : [];
  if (
    leads.length > 0 &&
    askedYears.length > 0 &&
    statedYears.length > 0 &&
    !askedYears.some((y) => statedYears.includes(y))
  )
    return { kind: 'other_year', quote, asked: askedYears, stated: statedYears, leads };
  // "klopt het dat er 3 miljoen uit de corporatiebijdrage naar Zuilen-Oost gaat?" against the corporations'
  // € 21,5 miljoen for the whole city: the charter states no figure for that wijk, which is no "nee, 21,5".
  if (yesNo && figuresIn(claim).some((n) => !isYear(n.text)) && claimsOfAnUnnamedWijk(deps, u, quote))
    return { kind: 'no_figure', quote };
  const verdict = yesNo ? decide(deps, u, claim, quote) : null;
  // "is it true that the city reports to the council twice a year?" against "de gemeente doet jaarlijks
  // verslag", where another clause found says "Het College van B&W rapporteert twee maal per jaar aan de
  // gemeenteraad": a figure another strong clause confirms is no "no".
  if (verdict?.holds === false && verdict.because === 'figure') {
    const confirming = confirmedElsewhere(deps, u, claim, hits, clause);
    if (confirming) return { kind: 'quote', ...confirming, wanted, leads: [], corroborating: null };
  }
  // Other clauses that state the same figure (a date, an amount) corroborate it.
  const stated = new Set(leads.flatMap((l) => (l.fact ? [l.fact.text] : [])));
  const other = deps.knowledge.facts.find(
    (f) => f.clauseId !== clause.id && f.kind !== 'count' && stated.has(f.text),
  );
  const items = [
    ...listAfter(deps, clause, quote.shown),
    ...(yesNo || wantsFigure ? [] : parallelBullets(deps, clause, folded)),
  ];
  // "Welke bedrijven doen precies mee?" against "Veel partijen uit ... het bedrijfsleven willen bijdragen":
  // asked which organisations, a sentence that names none does not say.
  const kind = whichThing(folded);
  const namesNone =
    !yesNo &&
    kind !== null &&
    grammar.namedKind.test(` ${kind} `) &&
    items.length === 0 &&
    namesGiven(deps, quote.shown).every((n) => folded.includes(fold(n)));
  // "which two neighbourhoods?" of "In twee wijken is een Werkhotel gepland": the charter does not say which.
  const namesNoWijk =
    !yesNo &&
    // "who decides which wijken ...?" asks who.
    !grammar.askWho.test(folded) &&
    kind !== null &&
    WIJK_KINDS.has(kind) &&
    items.length === 0 &&
    !deps.knowledge.lexicon.wijken.some((w) => fold(quote.shown).includes(` ${fold(w.name).trim()}`)) &&
    // "het eerst ... in de wijken met de grootste problemen" says which, by what they are.
    !grammar.wijkDescribed.test(fold(quote.shown));
  // "Wat is de naam van de accountmanager bij WWI?", "Wie was directeur van de GG&GD?": a person asked by
  // their post is not answered by a sentence that names no person ("elke stad heeft een accountmanager").
  const namesNoPerson =
    !yesNo &&
    (grammar.askWho.test(folded) || grammar.personName.test(folded) || grammar.askName.test(folded)) &&
    grammar.personPost.test(folded) &&
    !PERSON_NAMED.test(quote.shown);
  if (namesNone || namesNoWijk || namesNoPerson) return { kind: 'nothing' };
  return {
    kind: 'quote',
    quote,
    wanted,
    leads: yesNo ? [] : leads,
    verdict,
    corroborating: other ? (deps.knowledge.clauseById.get(other.clauseId) ?? null) : null,
    ...(items.length > 0 ? { items } : {}),
  };
}

/**
 * "en hoeveel daarvan is voor de 40 wijken?", "en Utrecht zelf?" after "WWI stelt in 2008 20 miljoen voor
 * burgerinitiatieven ter beschikking. Hiervan zal € 10 miljoen ... voor de 40 wijken. De gemeente Utrecht
 * krijgt voor 2008 € 850.000": a follow-up that names a part of what was shown is the sentence after the
 * one that answered that states a figure and names every word the follow-up says of its own.
 */
function partShown(
  deps: Deps,
  clause: Clause,
  shown: string | null,
  refersTo: string | null,
  folded: string,
): string | undefined {
  if (!shown || refersTo !== clause.id) return undefined;
  // "en Utrecht zelf?": a place or party named is a word of its own, though the grammar knows it.
  const own = words(folded).filter((w) => !FOLLOW_UP_WORDS.has(w));
  if (own.length === 0) return undefined;
  // (A list item's number, "1.", is split off as a sentence of its own: it says nothing.)
  const all = clauseSentences(clause.text).filter((x) => /\p{L}/u.test(x));
  const answered = all.findIndex((x) => shown.includes(x));
  if (answered < 0) return undefined;
  // Its figures as written ("40"), its words as the charter says them ("neighbourhoods": wijken); words
  // nothing knows ("meant") are how it asks.
  const numbers = own.filter((w) => /^\d/.test(w));
  const ideas = ` ${own.filter((w) => !/^\d/.test(w)).join(' ')} `;
  const names = (x: string) => {
    const text = fold(x);
    if (!numbers.every((n) => text.includes(` ${n} `))) return false;
    if (ideas.trim() === '') return true;
    const c = coverage(deps.clauseIndex, ideas, x, { skipUnknown: true });
    // A figure it names ("de 40 wijken") says which part; with one, some of its words will do.
    return numbers.length > 0 ? c.share > 0 : c.share >= 1 && c.rarestWeight > 0;
  };
  if (names(all[answered] as string)) return undefined;
  return all.slice(answered + 1).find((x) => figuresIn(x).length > 0 && names(x));
}

/** Words a follow-up says that name no part of what was shown: how it asks, and how it points back. */
const FOLLOW_UP_WORDS = new Set([
  ...grammarWordsOf([
    'followUpOpener',
    'questionWord',
    'anaphora',
    'demonstrative',
    'askAmount',
    'askCount',
    'askPercentage',
    'ofThose',
    'actorSelf',
    'preposition',
    'questionPreposition',
    'auxiliary',
    'yesNoOpener',
    'and',
  ]),
  ...['de', 'het', 'een', 'the', 'a', 'an', 'er', 'there', 'is', 'are'],
]);

/**
 * "Op welke groep richt het wijkactieplan in Overvecht zich?" against a clause that says it per wijk ("In
 * Ondiep ...", "In Overvecht gaat het om 12-minners ..."): the sentence of the wijk asked about.
 */
function ofTheWijk(
  deps: Deps,
  clause: Clause,
  sentence: string,
  wijken: readonly string[],
  folded: string,
): string {
  if (wijken.length === 0) return sentence;
  const names = deps.knowledge.lexicon.wijken.filter((w) => wijken.includes(w.key)).map((w) => w.name);
  const naming = (s: string) => names.some((n) => s.includes(n));
  if (names.length === 0 || naming(sentence)) return sentence;
  const ranked = rankSentences(deps.clauseIndex, clause, folded).filter((r) => naming(r.s));
  return ranked[0]?.s ?? sentence;
}

/** Of the wijken understood, those the question's own text names (by name, alias or capitals). */
function wijkenIn(deps: Deps, question: string, keys: readonly string[]): string[] {
  const own = fold(question);
  return deps.knowledge.lexicon.wijken
    .filter((w) => keys.includes(w.key))
    .filter(
      (w) =>
        [w.name, ...w.aliases].some((a) => own.includes(` ${fold(a).trim()} `)) ||
        w.abbreviations.some((a) => new RegExp(`\\b${a}\\b`, 'i').test(question)),
    )
    .map((w) => w.key);
}

/** Whether a sentence names each wijk asked about (true when none is asked about). */
function wijkNamed(deps: Deps, wijken: readonly string[], sentence: string): boolean {
  return deps.knowledge.lexicon.wijken
    .filter((w) => wijken.includes(w.key))
    .every((w) => sentence.includes(w.name));
}

/** A sentence that denies a word the question names itself, exactly: "geen beschikking", "géén onderdeel". */
function denial(deps: Deps, all: readonly string[], folded: string): string | undefined {
  const named = folded
    .trim()
    .split(' ')
    .filter((w) => w.length >= DENIED_WORD && !grammarWords.has(w));
  // An English question names it through the glossary: "decision" is "beschik(king)".
  const translated = queryGroups(deps.clauseIndex, folded)
    .filter((g) => g.loose !== undefined)
    .flatMap((g) => g.alternatives.flat())
    .filter((t) => t.length >= DENIED_WORD);
  return all.find((x) => {
    const own = fold(x);
    // The word after "geen", or the one after that ("geen formele beschikking"); "subsidiebeschikking"
    // asked, "geen beschikking" said: the compound's head is denied.
    return grammar.denies.all(own).some((m) => {
      const denied = own.slice(m.end).trim().split(' ').slice(0, 2);
      return denied.some(
        (d) =>
          d.length >= DENIED_WORD &&
          (named.some((w) => w.endsWith(d)) || translated.some((t) => d.startsWith(t))),
      );
    });
  });
}

/** How strong, against the best clause, a clause that denies what a claim names must be. */
const DENIAL_SHARE = 0.5;
/** The shortest word a denial must name: "geen beschikking", not "geen ... de". */
const DENIED_WORD = 6;

/** How many clauses a question that names something rare looks through for one that names it. */
const NAMED_CANDIDATES = 12;

/**
 * The clause that introduces a list of the things a which-question asks for ("welke geldstromen": "Voor ...
 * staan drie geldstromen ter beschikking:"), if it is about as strong as the best.
 */
function leadInOf(
  deps: Deps,
  folded: string,
  best: number,
  /** Where the lead-in may be (a chapter the question names), and how many clauses to look through. */
  within: (clause: Clause) => boolean = () => true,
  candidates = LEAD_IN_CANDIDATES,
): ClauseHit | null {
  const kind = whichThing(folded);
  // Not a name asked for ("welk ministerie", "welke wijk"): a list of those is seldom introduced as such.
  if (!kind || isNamedKind(kind) || grammar.people.test(` ${kind} `) || WIJK_KINDS.has(kind)) return null;
  return (
    searchClauses(deps.clauseIndex, folded, candidates).find(
      (h) =>
        within(h.clause) &&
        h.score >= best * LEAD_IN_SHARE &&
        h.clause.text.trim().endsWith(':') &&
        // "welke 5 experiment-onderwerpen": a hyphenated compound's head is its second word.
        [kind, ...afterWhich(folded).slice(0, 2)].some((k) => fold(h.clause.text).includes(` ${k} `)),
    ) ?? null
  );
}
/** How many clauses, and how strong against the best, a which-question looks through for a list's lead-in. */
const LEAD_IN_CANDIDATES = 10;
const LEAD_IN_SHARE = 0.5;

/** The most list items quoted after a sentence that introduces them. */
const MAX_ITEMS = 8;

/**
 * "Het rijk wil ... aan de slag op de volgende onderwerpen:" ends in a colon: the items that follow it in
 * the same section (the charter's bullets) are what it says.
 */
function listAfter(deps: Deps, clause: Clause, shown: string): Clause[] {
  if (!shown.trim().endsWith(':')) return [];
  const at = clauseIndexOf(deps.knowledge).get(clause.id);
  if (at === undefined) return [];
  const items: Clause[] = [];
  for (const next of deps.knowledge.clauses.slice(at + 1, at + 1 + MAX_ITEMS)) {
    if (next.section !== clause.section || next.kind !== 'bullet') break;
    items.push(next);
  }
  return items;
}

/**
 * "Welke voorzieningen heeft WWI opgezet ...?": a plural which-question answered by a bullet is answered by
 * the bullets beside it that say the same thing of the same actor ("WWI heeft een consortium ...", "WWI
 * heeft één digitaal loket ...", "WWI heeft een gezamenlijke helpdesk ..."), up to MAX_ITEMS.
 */
function parallelBullets(deps: Deps, clause: Clause, folded: string): Clause[] {
  // "What knowledge facilities has WWI set up?": an English "what" before a plural asks which, too.
  const what = / what (?:[a-z]+ )?([a-z]{4,}s) /.exec(folded)?.[1];
  const thing = whichThing(folded) ?? (what && !grammarWords.has(what) ? what : null);
  if (clause.kind !== 'bullet' || !thing || !/(?:en|s)$/.test(thing)) return [];
  const opening = (c: Clause) => fold(c.text).trim().split(' ').slice(0, 2).join(' ');
  const own = opening(clause);
  const all = deps.knowledge.clauses;
  const at = clauseIndexOf(deps.knowledge).get(clause.id);
  if (at === undefined) return [];
  const alike = (c: Clause | undefined) =>
    c !== undefined && c.kind === 'bullet' && c.section === clause.section && opening(c) === own;
  let from = at;
  while (from > 0 && alike(all[from - 1])) from -= 1;
  let to = at;
  while (to + 1 < all.length && alike(all[to + 1])) to += 1;
  return all
    .slice(from, to + 1)
    .filter((c) => c.id !== clause.id)
    .slice(0, MAX_ITEMS);
}

const figureWanted = (w: Wanted) => w !== null && w !== 'who';

/** "voor een periode van 3 jaar", "gedurende vier jaar", "voor de jaren 2008 t/m 2012": a stated period. */
const YEARS_PERIOD =
  / (?:periode van|gedurende|for a period of|for) (?:\d+|\p{L}+) (?:jaar|jaren|years) | jaren \d{4} (?:t\/?m|tot en met) \d{4} /u;

/** What is asked for a year ("hoeveel geld in 2010?"), unlike a date or a span, which a year may be part of. */
const YEAR_ASKED = new Set<Wanted>(['amount', 'count', 'percentage']);

/** The years a question names itself. */
function yearsIn(folded: string): number[] {
  return [...new Set([...folded.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1])))];
}

/** Every year a sentence speaks of, a span's years between ("2008 t/m 2012", "2007-2011") included. */
function yearsStated(sentence: string): number[] {
  const years = new Set(yearsIn(sentence));
  for (const m of sentence.matchAll(
    /(?<!\d)((?:19|20)\d\d)\s*(?:-|–|t\/m|tot en met|tot|to|through|until)\s*((?:19|20)\d\d)(?!\d)/g,
  )) {
    for (let y = Number(m[1]) + 1; y < Number(m[2]); y++) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/** Hits this close to the best are weighed by how much of the question they carry, not by score alone. */
const CLOSE = 0.85;

/**
 * A short clause can outscore the one that answers on a common word ("werken ... mee"): of the hits close
 * to the best, the one that carries most of the question's ideas comes first.
 */
/** Coverage shares closer than this are a tie between clauses. */
const SHARE_TIE = 0.03;

function byCoverage(deps: Deps, hits: ClauseHit[], folded: string, english: boolean): ClauseHit[] {
  const top = hits[0]?.score ?? 0;
  const close = hits.filter((h) => h.score >= top * CLOSE);
  const covered = new Map(
    close.map((h) => [
      h.clause.id,
      coverage(deps.clauseIndex, folded, aboutText(deps, h.clause), { skipUnknown: english }),
    ]),
  );
  const share = (h: ClauseHit) => covered.get(h.clause.id)?.share ?? 0;
  // An idea only a few clauses carry ("kanszone") decides before how much else a clause shares ("wijk",
  // "krijgt" in a sentence about all wijken).
  const unique = (h: ClauseHit) => {
    const c = covered.get(h.clause.id);
    return c?.rarest && c.rarestWeight >= UNIQUE_IDEA ? 1 : 0;
  };
  // Shares a few points apart are a tie ("partners" in a long clause about the whole safety chain against
  // the one about the Veiligheidshuis' scenarios): then the stronger match of the question's words wins.
  // On a tie, the clause that names the body the question names ("wat biedt EZ ons daar bij?": the item
  // of the rijk's side that says what EZ does, before the municipality's item on the same kanszone).
  // (Not one that is a word too: "om" is no Openbaar Ministerie.)
  const bodies = bodiesNamed(deps, folded);
  const namesBody = (h: ClauseHit) => (bodies.some((b) => fold(h.clause.text).includes(` ${b} `)) ? 1 : 0);
  const ranked = [...close].sort((a, b) => {
    if (unique(a) !== unique(b)) return unique(b) - unique(a);
    const diff = share(b) - share(a);
    if (Math.abs(diff) >= SHARE_TIE) return diff;
    return namesBody(b) - namesBody(a) || b.score - a.score;
  });
  return [...ranked, ...hits.filter((h) => h.score < top * CLOSE)];
}

/**
 * The lead-in of the list the clause pointed back at is an item of, when it names what "which ..." asks for
 * and the item's shown words do not: "which ministers" of "Wijkagenten: het rijk stelt 500 ...".
 */
function leadInNaming(deps: Deps, u: Understanding, folded: string): Clause | null {
  const noun = whichThing(folded);
  const at = clauseIndexOf(deps.knowledge).get(u.refersTo as string);
  if (!noun || at === undefined) return null;
  const item = deps.knowledge.clauses[at] as Clause;
  const names = (text: string) => coverage(deps.clauseIndex, ` ${noun} `, text).share > 0;
  if (names(u.referredQuote ?? item.text)) return null;
  for (let i = at - 1; i >= Math.max(0, at - MAX_ITEMS); i--) {
    const before = deps.knowledge.clauses[i] as Clause;
    if (before.section !== item.section) return null;
    if (before.text.trim().endsWith(':')) return names(before.text) ? before : null;
  }
  return null;
}

/** The footnote a question names by its number ("voetnoot 3", "footnote 13"), if the charter has it. */
export function namedFootnote(deps: Deps, folded: string): Clause | null {
  const named = grammar.footnote.find(folded);
  const number = named ? /\d+/.exec(named.text)?.[0] : undefined;
  return number ? (deps.knowledge.clauseById.get(`voetnoot.${number}`) ?? null) : null;
}

/** Whether a clause is the item right after another that goes on about it (see clause-search `continues`). */
function continuesFrom(deps: Deps, clause: Clause, id: string): boolean {
  const at = clauseIndexOf(deps.knowledge).get(clause.id);
  const next = at === undefined ? undefined : deps.knowledge.clauses[at + 1];
  return next?.id === id && continues(next, clause);
}

/** What the item that goes on about a found one weighs beside it. */
const CONTINUED_SHARE = 0.95;

/** What the clause a follow-up points back at weighs: enough to answer when nothing else matches well. */
const REFERRED_SCORE = MIN_SCORE + 3;
/** Its neighbours in the same section ("the next bullet says who pays") weigh a little less. */
const NEIGHBOUR_SCORE = MIN_SCORE + 1;
/** How many clauses either side of the referred one count as its neighbours. */
const NEIGHBOURHOOD = 2;

/** Each clause's place in the charter, once per knowledge base. */
const clauseIndexOf = perOwner(
  (knowledge: Deps['knowledge']) => new Map(knowledge.clauses.map((c, i) => [c.id, i] as const)),
);

/**
 * The clauses a follow-up may point back at: the one quoted, and any that repeat its words (the charter
 * states the Participatiebudget twice, under werken and under integratie).
 */
const sameText = perOwner((knowledge: Deps['knowledge']) => {
  // Twins share a sentence of some length, word for word.
  const bySentence = new Map<string, string[]>();
  const sentencesOf = (text: string) => text.split(/(?<=[.:;])\s+/).filter((x) => x.length >= TWIN_SENTENCE);
  for (const c of knowledge.clauses) for (const x of sentencesOf(c.text)) append(bySentence, x, c.id);
  // The municipality's and the rijk's items on one subject carry one label ("Kansenzone: de gemeente
  // overweegt ...", "Kansenzone: het ministerie van EZ faciliteert ..."): they are twins too.
  const byLabel = new Map<string, string[]>();
  for (const c of knowledge.clauses) {
    const label = itemLabel(c);
    if (label) append(byLabel, label, c.id);
  }
  const labelTwins = (c: Clause) => {
    const twins = byLabel.get(itemLabel(c) ?? '') ?? [];
    return twins.length <= MAX_LABEL_TWINS ? twins : [];
  };
  return new Map(
    knowledge.clauses.map(
      (c) =>
        [
          c.id,
          [
            ...new Set([
              c.id,
              ...sentencesOf(c.text).flatMap((x) => bySentence.get(x) ?? []),
              ...labelTwins(c),
            ]),
          ],
        ] as const,
    ),
  );
});
/** A label used this often is a heading of many items, not one subject's ("Monitoring"). */
const MAX_LABEL_TWINS = 3;
/** The shortest sentence two clauses must share to be twins. */
const TWIN_SENTENCE = 60;

/** The referred clause, its twins, and their neighbours in the same section, with what each weighs. */
function conversationClauses(deps: Deps, referred: string): Map<string, number> {
  const at = clauseIndexOf(deps.knowledge);
  const weights = new Map<string, number>();
  for (const id of sameText(deps.knowledge).get(referred) ?? [referred]) {
    const i = at.get(id);
    const own = i === undefined ? undefined : deps.knowledge.clauses[i];
    if (i === undefined || !own) continue;
    for (let j = i - NEIGHBOURHOOD; j <= i + NEIGHBOURHOOD; j++) {
      const clause = deps.knowledge.clauses[j];
      if (!clause || clause.section !== own.section) continue;
      const weight = j === i ? REFERRED_SCORE : NEIGHBOUR_SCORE;
      weights.set(clause.id, Math.max(weights.get(clause.id) ?? 0, weight));
    }
  }
  return weights;
}

/**
 * The items of the same chapter, in another of its lists, whose label opens with the same word ("Segregatie
 * in het onderwijs:", "Segregatie:"): each side's part of one thing.
 */
const labelTwins = (knowledge: Deps['knowledge'], clause: Clause): Clause[] => {
  const head = itemLabel(clause)?.split(' ')[0];
  if (!head || head.length < TWIN_LABEL) return [];
  return knowledge.clauses.filter(
    (c) =>
      c.id !== clause.id &&
      c.path[0] === clause.path[0] &&
      c.section !== clause.section &&
      itemLabel(c)?.split(' ')[0] === head,
  );
};
/** A label's first word this long names a thing ("segregatie", "branchering"), not "de" or "het". */
const TWIN_LABEL = 5;

/** Whether `id` is the referred clause, a twin, or one of their neighbours in the same section. */
function nearClause(deps: Deps, referred: string, id: string): boolean {
  return conversationClauses(deps, referred).has(id);
}

/**
 * A follow-up's search: the clause the conversation was about, and its neighbours, join the hits with a
 * score of their own, so "and who pays for that?" is answered there unless another clause matches better.
 */
function inConversation(
  deps: Deps,
  hits: ClauseHit[],
  referred: string | null,
  /** Which of the conversation's clauses may be weighed up. */
  may: (clause: Clause) => boolean,
): ClauseHit[] {
  if (!referred) return hits;
  const byId = new Map(hits.map((h) => [h.clause.id, h]));
  for (const [id, weight] of conversationClauses(deps, referred)) {
    const clause = deps.knowledge.clauseById.get(id);
    if (!clause || !may(clause)) continue;
    const own = byId.get(id);
    byId.set(id, { clause, score: (own?.score ?? 0) + weight, terms: own?.terms ?? [] });
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

function shownText(
  clause: Clause,
  sentence: string,
  how = false,
  /** Whether the sentence after says what the question asks that this one does not. */
  completed: (next: string) => boolean = () => false,
): string {
  if (clause.text.length <= SHOW_WHOLE_MAX) return clause.text.replace(/\n/g, ' ');
  // "Indien ... kan zij ... mediation." is half of it: what happens next is the sentence after.
  const list = clauseSentences(clause.text);
  const next = list[list.indexOf(sentence) + 1];
  // "Hoe worden bewoners betrokken?" against "Ook in de uitvoeringsfase blijven bewoners nauw betrokken.":
  // the clause's opening restates the subject; the way is in the sentence after.
  if (how && next !== undefined && list.indexOf(sentence) === 0) return `${sentence} ${next}`;
  // "... voldoende gelden beschikbaar komen. Mocht blijken dat dit niet het geval is, dan ...": what
  // happens otherwise is said in the sentence after, which points back at this one.
  const otherwise = next !== undefined && CONDITION.test(next) && POINTS_BACK.test(next);
  // "Het rijk zal extra middelen beschikbaar stellen. Het gaat daarbij om geld voor een wijkenfonds; ...":
  // what it consists of is the sentence after, which opens by pointing back.
  const spelledOut = next !== undefined && ELABORATES.test(next);
  if (
    !CONDITION.test(sentence) &&
    !sentence.trim().endsWith(':') &&
    !otherwise &&
    !spelledOut &&
    !(next !== undefined && completed(next))
  )
    return sentence;
  return next ? `${sentence} ${next}` : sentence;
}

/**
 * "Wat zet de gemeente in bij overlastgevende en criminele gezinnen?" against "Aanpak overlastgevende en
 * criminele gezinnen: het gaat ... om gezinnen waar ... De gemeente zet een case-manager in het gezin ...":
 * the first sentence names the subject, the next says what is asked of it. The next one completes the
 * answer when it carries an idea of the question this one lacks, and a fair share of its words.
 */
function completes(deps: Deps, folded: string, sentence: string, next: string): boolean {
  // "who pays for that?" of "OCW stelt middelen beschikbaar ...": the sum follows ("Voor Utrecht is € 100.000
  // per jaar beschikbaar").
  if (grammar.money.test(folded) && MONEY_TEXT.test(sentence) && !AMOUNT.test(sentence) && AMOUNT.test(next))
    return true;
  const own = coverage(deps.clauseIndex, folded, sentence, { skipUnknown: true });
  const both = coverage(deps.clauseIndex, folded, `${sentence} ${next}`, { skipUnknown: true });
  if (both.matched > own.matched && both.share - own.share >= COMPLETING_SHARE) return true;
  // "wat doet de gemeente bij ...?": the actor asked about acts in the next sentence, not in this one.
  const asked = firstActor(folded, true)?.name;
  return (
    asked !== undefined &&
    both.share > own.share &&
    actorOf(fold(next)) === asked &&
    actorOf(fold(sentence)) !== asked
  );
}
/** How much more of the question two sentences must carry than the first alone. */
const COMPLETING_SHARE = 0.15;

/** "welke groep" against "... voor groep 7 ...": the asked noun with the number the sentence gives it. */
function namedFigure(deps: Deps, folded: string, sentence: string): Lead[] {
  // "which year group ..., group 6 or group 7?": the choice names the thing better than "which year".
  const focuses = [choiceNoun(folded), focusOf(folded, FOCUS_STOPWORDS)].filter((f) => f !== null);
  return focuses.flatMap((focus) => figureNamed(deps, focus, sentence)).slice(0, 1);
}

function figureNamed(deps: Deps, focus: string, sentence: string): Lead[] {
  for (const m of sentence.matchAll(
    /(\p{L}+)\s+(\d+(?:[.,]\d+)?)(?!\s*(?:%|procent|miljoen|jaar)|[.,]?\d)/gu,
  )) {
    const [text, noun] = m;
    // "groep 7 in het basisonderwijs" names a group; "partijen 40 wijkactieplannen" counts the next noun.
    const next = /^\s+(\p{L}+)/u.exec(sentence.slice((m.index ?? 0) + text.length))?.[1]?.toLowerCase();
    if (next && next.length >= 4 && !grammarWords.has(next)) continue;
    if (noun && coverage(deps.clauseIndex, ` ${focus} `, noun).matched > 0)
      return [{ kind: 'count', text, perYear: false }];
  }
  // "In welke brief ...?" against "bij brief van 3 oktober 2007": a letter or accord is named by its date.
  for (const m of sentence.matchAll(/(\p{L}+) van (\d{1,2} \p{L}+ (?:19|20)\d\d)/gu)) {
    const [, noun, date] = m;
    if (!noun || !date || !MONTHS.has(fold(date).trim().split(' ')[1] ?? '')) continue;
    if (coverage(deps.clauseIndex, ` ${focus} `, noun).matched > 0)
      return [{ kind: 'date', text: date, perYear: false }];
  }
  return [];
}

/** The count in a sentence of a thing the question names, rare enough to be its subject ("12 forumscholen"). */
function countOfNamed(deps: Deps, folded: string, sentence: string, excluded: ReadonlySet<string>): Lead[] {
  const named = folded
    .trim()
    .split(' ')
    .filter((w) => w.length >= 5 && !grammarWords.has(w));
  for (const m of sentence.matchAll(/(?<![\d.,])(\d+) (?:extra )?(\p{L}{4,})/gu)) {
    const [text, n, noun] = m as unknown as [string, string, string];
    if (isYear(n) || excluded.has(n)) continue;
    if (named.some((w) => coverage(deps.clauseIndex, ` ${w} `, noun).matched > 0))
      return [{ kind: 'count', text, perYear: false }];
  }
  return [];
}

/** A question's last part that only guesses the figure ("... ? twaalf?", "vijfentwintig of was het meer"), set aside. */
// "..., veertig en achttien?": after a comma too, a part that is only figures guesses them.
function withoutGuess(question: string): string {
  const parts = question.split(/(?<=[?!,;])\s+/);
  const last = parts.at(-1) ?? '';
  const own = fold(numbersInWords(last))
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !grammarWords.has(w));
  return parts.length > 1 && own.length >= 1 && own.every((w) => /^\d/.test(w))
    ? parts.slice(0, -1).join(' ')
    : question;
}

/** The leads found, or else those `next` finds. */
const orElse = (leads: Lead[], next: () => Lead[]): Lead[] => (leads.length > 0 ? leads : next());

/** A sentence that sets a condition, whose consequence may follow in the next one. */
const CONDITION = /^\s*(indien|als|wanneer|mocht|mochten|if|should|when)\b/i;
/** A sentence that says what the one before it consists of: "Het gaat daarbij om ...", "Dit betreft ...". */
const ELABORATES =
  /^\s*(?:het gaat (?:daarbij|hierbij|hier|daar) om|daarbij gaat het om|hierbij gaat het om|dit betreft|dat betreft|dit zijn|dat zijn)\b/i;
/** A whole number in a sentence that may count something: no year, no share, no decimal. */
const COUNT_NUMBER = /(?<![\d.,])(?!(?:19|20)\d\d\b)\d+(?![.,]?\d)(?!\s*(?:%|procent|percent))/g;

/** The fewest clauses a number and the word after it must share to be a name ("de 40 wijken"). */
const NAME_CLAUSES = 3;

/**
 * A number with the word after it that the charter writes in several clauses ("de 40 wijken", thirteen
 * times; "de vier wijken"): a name of what the charter is about, not a count of something in its sentence.
 */
const countNames = perOwner((knowledge: Deps['knowledge']): ReadonlySet<string> => {
  const clausesWith = new Map<string, number>();
  for (const clause of knowledge.clauses) {
    const pairs = new Set<string>();
    for (const m of numbersInWords(clause.text).matchAll(NUMBER_AND_WORD))
      pairs.add(`${m[1]} ${fold(m[2] as string).trim()}`);
    for (const pair of pairs) clausesWith.set(pair, (clausesWith.get(pair) ?? 0) + 1);
  }
  return new Set([...clausesWith].filter(([, n]) => n >= NAME_CLAUSES).map(([pair]) => pair));
});
const NUMBER_AND_WORD = /(?<![\d.,])(\d+)\s+(\p{L}+)/gu;

/**
 * "Met de CWI is de inzet van fte's afgesproken binnen de veertig wijken" asked "how many fte?": the
 * number of a name (`countNames`) counts the thing asked only where the question counts that very word.
 */
function namesWith(deps: Deps, m: RegExpMatchArray, counted: string): boolean {
  const next = /^\s+(\p{L}+)/u.exec((m.input ?? '').slice((m.index ?? 0) + m[0].length))?.[1];
  if (!next) return false;
  const word = fold(next).trim();
  return countNames(deps.knowledge).has(`${m[0]} ${word}`) && !counted.split(' ').includes(word);
}

/** The sentence of a clause right before the one given, if any. */
function sentenceBefore(clause: Clause, sentence: string): string | undefined {
  const list = clauseSentences(clause.text);
  const at = list.indexOf(sentence);
  return at > 0 ? list[at - 1] : undefined;
}

/** The charter's words for "this" in a sentence that continues the one before it. */
const POINTS_BACK = /\b(dit|dat|deze|hiervan|daarvan|hierdoor|daardoor)\b/i;

/** The sentence after one in its clause, where it says what that one named ("Het gaat hier om ..."); else "". */
function definedAfter(clause: Clause, sentence: string): string {
  const all = clauseSentences(clause.text);
  const next = all[all.indexOf(sentence) + 1];
  return next !== undefined && all.includes(sentence) && grammar.definesBefore.starts(fold(next)) ? next : '';
}

/** The best sentence of a hit that holds a figure of the wanted kind, or null. */
function sentenceWith(
  deps: Deps,
  hit: ClauseHit,
  folded: string,
  wanted: Wanted,
  filter: Filter,
): string | null {
  const leads = new Map<string, boolean>();
  const stated = (s: string) => {
    if (!leads.has(s)) leads.set(s, leadsIn(deps, hit.clause, s, wanted, filter).length > 0);
    return leads.get(s) as boolean;
  };
  // A sentence about a wijk the question does not name ("€ 500.000 in ... Hoograven") states that wijk's
  // figure, not the one asked ("hoeveel investeert de gemeente jaarlijks?"): another sentence's, if any.
  const others = new Map<string, number>();
  const otherWijk = (x: string) => {
    if (!others.has(x)) others.set(x, namesAnotherWijk(deps, x, folded) ? NAMED_WEIGHT : 0);
    return others.get(x) as number;
  };
  const ownWijk = clauseSentences(hit.clause.text).some((x) => stated(x) && !otherWijk(x));
  const has = (x: string) => stated(x) && (!ownWijk || !otherWijk(x));
  const s = bestSentence(
    deps.clauseIndex,
    hit.clause,
    folded,
    has,
    (x) =>
      namesAsked(filter.names, x) +
      groupNamed(deps, folded, x) -
      otherWijk(x) +
      // Through the glossary: "the 40 neighbourhoods" are "de 40 wijken".
      (filter.recipient?.length
        ? 2 * NAMED_WEIGHT * coverage(deps.clauseIndex, ` ${filter.recipient.join(' ')} `, x).share
        : 0),
  );
  return has(s) ? s : null;
}

/**
 * "hoeveel is er voor de 40 wijken?", "for the 40 neighbourhoods": a number the question gives with its noun
 * names a group, as a name does ("€ 10 miljoen beschikbaar ... voor de 40 wijken", not the 20 miljoen before).
 */
function groupNamed(deps: Deps, folded: string, sentence: string): number {
  const own = fold(sentence);
  let named = 0;
  for (const m of folded.matchAll(/ (\d+) (\p{L}{3,})(?= )/gu)) {
    const [, n, noun] = m as unknown as [string, string, string];
    const next = own.match(new RegExp(` ${n} (\\p{L}+) `, 'u'))?.[1];
    if (next && coverage(deps.clauseIndex, ` ${noun} `, next).share > 0) named += NAMED_WEIGHT;
  }
  return named;
}

/** Whether a sentence names a wijk (of the charter or not, "Hoograven") the folded question does not. */
function namesAnotherWijk(deps: Deps, sentence: string, folded: string): boolean {
  const own = fold(sentence);
  return wijkNames(deps.knowledge).some((name) => own.includes(name) && !folded.includes(name));
}

/** The lexicon's wijk names, folded, each with the space before it: " ondiep", " zuilen oost". */
const wijkNames = perOwner((knowledge: Deps['knowledge']) =>
  knowledge.lexicon.wijken.map((w) => ` ${fold(w.name).trim()}`),
);

/** What a name the question gives ("Utrecht", "Hoograven") weighs for a sentence that names it: a rare word's worth. */
const NAMED_WEIGHT = 3.5;

/**
 * "How much does the national government contribute to Utrecht?": of the sentences with an amount, the
 * one that names Utrecht ("De gemeente Utrecht krijgt voor 2008 € 850.000"). A name is a common word in
 * the charter, so its rarity alone would not decide between them.
 */
function namesAsked(names: readonly string[] | undefined, sentence: string): number {
  if (!names?.length) return 0;
  const own = new Set(fold(sentence).trim().split(' '));
  return names.filter((n) => own.has(n)).length * NAMED_WEIGHT;
}

/** The charter's names: words it writes with a capital inside a sentence and never without ("utrecht", "wwi"). */
const charterCasing = perOwner((knowledge: Deps['knowledge']) => {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const c of knowledge.clauses) {
    for (const m of c.text.matchAll(/(?<=\s)\p{L}[\p{L}-]+/gu)) {
      const w = fold(m[0]).trim();
      if (/^\p{Lu}/u.test(m[0])) capital.add(w);
      else lower.add(w);
    }
  }
  const names = new Set([...capital].filter((w) => !lower.has(w) && w.length >= 3 && !w.includes(' ')));
  return { names, lower };
});
const charterNames = (knowledge: Deps['knowledge']) => charterCasing(knowledge).names;

/**
 * The names a text gives: capitalised words, the first one too unless the charter writes it in lower case
 * elsewhere ("SenterNovem biedt ..." names SenterNovem; "Veel partijen ..." names nobody).
 */
function namesGiven(deps: Deps, text: string): string[] {
  const { lower } = charterCasing(deps.knowledge);
  const single = [...text.matchAll(/(?<=^|\s|\()\p{Lu}[\p{L}&-]+/gu)]
    .map((m) => m[0])
    .filter((w) => !lower.has(fold(w).trim()));
  // "het ministerie van Economische Zaken": capitals in a row are a name, though each word is written in
  // lower case elsewhere ("economische", "zaken").
  const runs = [...text.matchAll(/(?<=\s|\()\p{Lu}[\p{L}&-]+(?:\s+\p{Lu}[\p{L}&-]+)+/gu)].map((m) => m[0]);
  return [...single, ...runs];
}

/** The charter's names a question gives, however it is written ("utrecht", "Utrecht"). */
/**
 * "hoeveel gaat er naar de 40 wijken?", "how much goes to Utrecht?": the words after the last "naar" or
 * "to" name who receives the sum; the sentence that names them states their share.
 */
function recipientOf(folded: string): string[] {
  // "voor" and "for" alone more often name the purpose ("voor burgerinitiatieven"): they do not count.
  const to = grammar.recipient.all(folded).at(-1);
  const after = to ? folded.slice(to.end).trim().split(' ').slice(0, 4) : [];
  // A side of the charter ("Utrecht", "de gemeente") is a recipient, though a grammar word elsewhere.
  const named = after.filter(
    (w) => w.length >= 4 && (!grammarWords.has(w) || SIDE_WORDS.has(w)) && !/\d/.test(w),
  );
  if (named.length > 0) return named;
  // "How much money does Utrecht receive ...?", "hoeveel krijgt de gemeente Utrecht ...?": the side beside
  // the verb of receiving receives.
  const receive = grammar.receiveVerb.find(folded);
  if (!receive) return [];
  // "hoeveel geld heeft de gemeente Utrecht ... van het Rijk gekregen?": the side after "van" gives; the one
  // after the auxiliary that goes with the verb at the end receives.
  const giving = new Set([...folded.matchAll(GIVER)].flatMap((m) => (m[1] ?? '').split(' ')));
  const auxiliary = AFTER_AUXILIARY.exec(folded.slice(0, receive.start));
  const beside = [
    ...folded.slice(0, receive.start).trim().split(' ').slice(-RECEIVER_REACH),
    ...folded.slice(receive.end).trim().split(' ').slice(0, RECEIVER_REACH),
    ...(auxiliary?.[1] ?? '').split(' '),
  ];
  return [...new Set(beside)].filter((w) => w && !giving.has(w) && actorOf(` ${w} `) !== null);
}
/** The words after "van", "from": the side that gives. */
const GIVER = new RegExp(`${grammar.giverPreposition.source} ((?:\\S+ ?){1,3})`, 'g');
/** The words after "heeft", "has": the subject of a verb at the end ("heeft de gemeente ... gekregen"). */
const AFTER_AUXILIARY = new RegExp(`${grammar.perfectAuxiliary.source} ((?:\\S+ ?){1,3})`);
/** How many words from a verb of receiving the side that receives may stand. */
const RECEIVER_REACH = 3;

function namesIn(deps: Deps, folded: string): string[] {
  const names = charterNames(deps.knowledge);
  return [
    ...new Set(
      folded
        .trim()
        .split(' ')
        .filter((w) => names.has(w)),
    ),
  ];
}

/**
 * Of the strong clauses, the one whose figure-bearing sentence shares most with the question: "how much
 * does each wijk get for leefbaarheid" is answered by "Elke wijk heeft een leefbaarheidbudget van € 1
 * miljoen", not by a stronger clause's "De gemeente krijgt € 850.000".
 */
function withFigure(
  deps: Deps,
  hits: ClauseHit[],
  folded: string,
  wanted: Wanted,
  filter: Filter,
  inConversation: (id: string) => boolean = () => false,
): ClauseHit | null {
  const floor = (hits[0]?.score ?? 0) * 0.6;
  // A sum is what the sentence states: the words that ask for it ("budget", "money") are not its subject.
  const subject = wanted === 'amount' ? grammar.money.replace(folded) : folded;
  let best: { hit: ClauseHit; score: number; unique: number } | null = null;
  for (const hit of hits) {
    // A follow-up's own clause and its neighbours may answer however weakly their words match.
    if (hit.score < floor && !inConversation(hit.clause.id)) continue;
    // "How much for the Gezonde wijk?": a figure from a clause that does not name the topic is not its figure.
    if (!namesTopics(deps, hit.clause, filter.topics)) continue;
    const sentence = sentenceWith(deps, hit, folded, wanted, filter);
    if (!sentence) continue;
    // The figure of a sentence that carries the question's one rare idea ("leerwerkploeg") comes before one
    // whose sentence shares more common words ("in elke wijk ... opgezet").
    const idea = coverage(deps.clauseIndex, folded, sentence, { skipUnknown: true });
    // Next, one that carries its rarest idea in a translation ("the school segregation pilot": "pilot
    // segregatie"), before a sentence that shares only its common words ("proefproject", "subsidie").
    // Then one whose clause carries every idea of the subject ("the budget for the segregation pilot":
    // "pilot segregatie"), before one that shares its commoner idea and the words asking for money ("proefproject
    // ... subsidie").
    // The clause's headings say what its sentences are about ("Leren en school"). Only a subject that names
    // a thing ("pilot"), not one of common words only ("extra", "jaarlijks", "beschikbaar").
    const carried =
      subject !== folded &&
      coverage(deps.clauseIndex, subject, `${sentence} ${aboutText(deps, hit.clause)}`, {
        skipUnknown: true,
      });
    const whole = carried && carried.share >= WHOLE_SUBJECT && carried.rarestWeight >= NAMED_THING;
    const unique =
      (idea.rarest && idea.rarestWeight >= UNIQUE_IDEA ? 4 : 0) +
      (idea.looseRarest && idea.looseWeight > idea.rarestWeight ? 2 : 0) +
      (whole ? 1 : 0);
    const score =
      hit.score +
      (rankSentences(deps.clauseIndex, hit.clause, folded).find((r) => r.s === sentence)?.score ?? 0);
    if (!best || unique > best.unique || (unique === best.unique && score > best.score))
      best = { hit, score, unique };
  }
  return best?.hit ?? null;
}

/** Names a name-question knows already: its own, Utrecht's, and (unless it asks which wijk) the wijken. */
function knownNames(deps: Deps, folded: string, question: string): Set<string> {
  // "welke wijk krijgt een kanszone?": there a wijk's name is the answer, not a name the question knows.
  const asksWijk = WIJK_KINDS.has(whichThing(folded) ?? '');
  return new Set([
    ...namesOf(question),
    'Utrecht',
    ...(asksWijk ? [] : deps.knowledge.lexicon.wijken.flatMap((w) => [w.name, ...w.name.split(/[\s-]/)])),
  ]);
}

/** A name-question without the kind asked for ("organisatie"): that is what the answer is, not a word it shares. */
const subjectOfName = (folded: string) =>
  // "... samen met de gemeente in deze wijkaanpak?": the charter named is where, not what is asked.
  ` ${grammar.charterName
    .replace(folded)
    .split(' ')
    .filter((w) => w && !isNamedKind(w))
    .join(' ')} `;

/** Carries the subject's rarest idea, or the subject has no idea rare enough to name it. */
function ownIdeaOrNone(deps: Deps, subject: string, h: ClauseHit): boolean {
  const own = coverage(deps.clauseIndex, subject, h.clause.text, { skipUnknown: true });
  return own.rarest || own.rarestWeight < UNIQUE_IDEA;
}

/**
 * "welke woningcorporaties ...?", "which housing associations ...?": a clause with a sentence in which the
 * kind asked is followed by names ("de woningcorporaties Mitros, Portaal en Bo-Ex") names them, however
 * little else of the question it shares ("betrokken", "involved"); where the question has a rare idea of
 * its own ("welke partijen zitten achter OKU?"), only one that carries it. Not a question that points back
 * ("Which ministry does that?"): there the names must be that subject's. In a conversation too ("which
 * corporations are we talking about?" after the city's own sum). `first` is the best clause found: the one
 * naming them must be near it in strength.
 */
function introducingNames(
  deps: Deps,
  first: ClauseHit,
  folded: string,
  question: string,
  allowed: (id: string) => boolean,
): ClauseHit | null {
  const kind = whichNamed(folded) && !mayPointBack(folded) ? askedKind(folded) : null;
  if (!kind) return null;
  const known = knownNames(deps, folded, question);
  const subject = subjectOfName(folded);
  const candidates = searchClauses(deps.clauseIndex, folded, NAME_CANDIDATES).filter(
    (h) => allowed(h.clause.id) && h.score >= first.score * NAME_WEAK_SHARE,
  );
  const naming = candidates.filter(
    (h) => introducesNames(deps, h.clause.text, kind, known) && ownIdeaOrNone(deps, subject, h),
  );
  // "from which fund does the money for allotment gardens come?": one that carries the subject's rarest
  // idea first; one that only names a kind ("Financiële middelen VVE") does not answer where the best clause
  // found carries it ("Stimuleringsfonds Volkstuinen").
  // (The kind's own words, "housing" of "housing associations", are what is named, and "are involved" says
  // they take part: neither is the subject.)
  const kindWords = new Set(words(kind));
  const ownSubject = ` ${words(grammar.takingPart.replace(subject))
    .filter((w) => !kindWords.has(w))
    .join(' ')} `;
  const carries = (h: ClauseHit) =>
    coverage(deps.clauseIndex, ownSubject, h.clause.text, { skipUnknown: true }).rarest;
  const pick = naming.find(carries) ?? naming[0] ?? null;
  // Nor one that lacks a name the question writes ("... aan het Participatiebudget?") where a strong clause
  // has it: the name says what the question is about.
  const hasName = withOwnName(ownNamesOf(deps, question));
  const nameElsewhere = pick !== null && !hasName(pick) && candidates.some(hasName);
  return pick && ((!carries(pick) && carries(first)) || nameElsewhere) ? null : pick;
}

/**
 * "Which knowledge organisation does the city draw on for the welfare sector?": of the strong clauses, the
 * first whose sentence names someone ("Movisie") answers, rather than a stronger one that only restates the
 * subject ("de welzijnssector wordt versterkt"). The question's own names name nobody new.
 */
function withName(
  deps: Deps,
  all: ClauseHit[],
  folded: string,
  question: string,
  allowed: (id: string) => boolean,
  /** The clause `introducingNames` gives for these hits, where the caller has worked it out already. */
  introduced?: ClauseHit | null,
): ClauseHit | null {
  const hits = all.filter((h) => allowed(h.clause.id));
  const [first] = hits;
  if (!first) return null;
  const known = knownNames(deps, folded, question);
  // "Met welke onderwijsinstellingen ...?": the sentence that names them, as the answer will show it.
  const naming = whichNamed(folded);
  // Asked of the same hits more than once below: each hit's sentence is picked once.
  // "and who pays for that?": someone named where money is spoken of ("middelen uit het GG&GD-actieprogramma"),
  // not the partners the pilot is run with.
  const paying = grammar.money.test(folded) && askedOf(folded).wanted === 'who';
  const namesSomeoneOf = new Map<ClauseHit, boolean>();
  const namesSomeone = (hit: ClauseHit) => {
    let says = namesSomeoneOf.get(hit);
    if (says === undefined) {
      const names = (sentence: string) => namesOf(sentence).some((n) => !known.has(n));
      // Who pays: any of its sentences that names someone where money is spoken of ("het ministerie van OCW
      // stelt middelen beschikbaar"), whichever sentence the question's other words would pick.
      says = paying
        ? clauseSentences(hit.clause.text).some(
            (sentence) => names(sentence) && (AMOUNT.test(sentence) || MONEY_TEXT.test(sentence)),
          )
        : names(pickSentence(deps, hit.clause, folded, 'who', null, naming));
      namesSomeoneOf.set(hit, says);
    }
    return says;
  };
  const subject = subjectOfName(folded);
  const carries = (h: ClauseHit) =>
    coverage(deps.clauseIndex, subject, h.clause.text, { skipUnknown: true }).rarest;
  const introducing =
    introduced === undefined ? introducingNames(deps, first, folded, question, allowed) : introduced;
  if (introducing) return introducing;
  const strong = hits.filter((h) => h.score >= first.score * NAME_SCORE_SHARE && namesSomeone(h));
  const weak = () =>
    searchClauses(deps.clauseIndex, folded, NAME_CANDIDATES).filter(
      (h) =>
        allowed(h.clause.id) && h.score >= first.score * NAME_WEAK_SHARE && carries(h) && namesSomeone(h),
    );
  // One that carries the question's rarest idea first. A list's next bullet often names who does it
  // ("SenterNovem biedt kennis ..." after the litter pilot's subsidy): weaker clauses count for that.
  // The best clause naming someone answers unless it lacks that idea and a close one has it: "which
  // institute provides research capacity for the Gezonde wijk experiment?" is RIVM's bullet, not the
  // experiment's own clause that names the GG&GD.
  // Only for an idea a few clauses carry: "which partners ... helped draw up scenarios" shares its rarest
  // word with a dozen.
  // A rare word the question writes as the charter does ("Programma Microfinanciering") is its subject
  // before any idea: a clause that carries the rarest idea ("runs" -> "regisseert") but not that word
  // answers another question.
  const ownRare = rareWords(deps, folded.trim().split(' '));
  const carriesNames = (h: ClauseHit) => ownRare.some((w) => fold(h.clause.text).includes(` ${w}`));
  // "Met welke bank ...?": the best strong clause that names one of the kind asked ("Rabobank") answers.
  const ofKind = hits.find(
    (h) => h.score >= first.score * NAME_SCORE_SHARE && namesOfKind(h.clause.text, folded),
  );
  if (ofKind) return ofKind === first ? null : ofKind;
  // "Welke ministeries werken samen aan het Participatiebudget?": the strong clause with that name, before
  // the best that names a ministry about something else.
  const ownNames = ownNamesOf(deps, question);
  const hasName = withOwnName(ownNames);
  const named = hasName(first) ? undefined : strong.find(hasName);
  if (named) return named;
  // "Wie zit er achter OKU?": the best clause is about the thing the question names; who is behind it is
  // said there, not by another clause that names someone.
  if (grammar.askWho.starts(folded) && ownNames.length > 0 && hasName(first)) return null;
  if (namesSomeone(first))
    return ownIdeaOrNone(deps, subject, first)
      ? null
      : (strong.find((h) => carries(h) && (carriesNames(h) || !carriesNames(first))) ?? null);
  return strong.find(carries) ?? weak()[0] ?? strong[0] ?? null;
}

/**
 * A follow-up asks who ("and who pays for that?", "welk ministerie?") of a sentence that names nobody
 * ("Utrecht komt in aanmerking voor € 250.000 ... Volkstuinen"): a sentence elsewhere that states the same
 * sum about the same subject and names someone ("een rijksbijdrage (WWI) van € 250.000") answers.
 */
function whoElsewhere(
  deps: Deps,
  clause: Clause,
  sentence: string,
  question: string,
): { clause: Clause; sentence: string } | null {
  const known = new Set([
    ...namesOf(question),
    ...namesOf(sentence),
    'Utrecht',
    ...deps.knowledge.lexicon.wijken.flatMap((w) => w.name.split(/[\s-]/)),
  ]);
  // Someone who pays or acts: a body by its initials ("WWI", "EZ") or the national government in words.
  const namesActor = (s: string) => /\b\p{Lu}{2,}\b/u.test(s) || grammar.nationalGovernment.test(fold(s));
  const namesSomeone = (s: string) => namesActor(s) && namesOf(s).some((n) => !known.has(n));
  if (namesActor(sentence)) return null;
  const sums = sentence.match(/€\s?\d[\d.,]*(?:\s(?:miljoen|miljard))?/g) ?? [];
  const about = fold(sentence);
  for (const other of deps.knowledge.clauses) {
    if (other.id === clause.id || !sums.some((sum) => other.text.includes(sum))) continue;
    for (const s of clauseSentences(other.text)) {
      if (!sums.some((sum) => s.includes(sum)) || !namesSomeone(s)) continue;
      // The same subject: a long word both use ("volkstuinen"), in the sentence or its clause.
      if (sharesSubject(about, fold(other.text))) return { clause: other, sentence: s };
    }
  }
  // Not the same clause's other sentences: "Utrecht investeert ... De extra middelen van het Rijk ..." would
  // name the wrong payer for the sum before it.
  return null;
}

/** Two folded texts share a long word, or its first eight letters ("volkstuinen", "volkstuincomplexen"). */
function sharesSubject(a: string, b: string): boolean {
  const long = (t: string) => t.split(' ').filter((w) => w.length >= 8);
  const other = long(b);
  return long(a).some((w) => other.some((x) => x.slice(0, 8) === w.slice(0, 8)));
}

/** How many clauses a pointing follow-up looks through for its own idea, when none near carries it. */
const ELSEWHERE_CANDIDATES = 12;

/** The kinds of thing a "welke ...?" asks for that are wijken. */
const WIJK_KINDS = new Set([
  'wijk',
  'wijken',
  'buurt',
  'buurten',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'district',
  'districts',
]);

/** How many clauses a name question looks through. */
const NAME_CANDIDATES = 15;

/** "hoe heet ...", "which knowledge organisation", "welk ministerie": asks for something by its name. */
const asksAName = (folded: string) =>
  grammar.askName.test(folded) || (askedOf(folded).wanted === 'who' && folded.split(' ').some(isNamedKind));

const NAMED_KINDS = grammarWordsOf(['namedKind']);

/**
 * The two words after "welke", "which": where the kind asked for is. A count asked along is passed over
 * ("welke twee onderwijsinstellingen"). The kind may come split from the spelling step ("kennis
 * instellingen"): two words are read.
 */
function afterWhich(folded: string): string[] {
  const which = grammar.which.find(folded);
  if (!which) return [];
  const next = folded.slice(which.end + 1).split(' ');
  return next.slice(/^\d+$/.test(next[0] ?? '') ? 1 : 0).slice(0, 2);
}

/** "welke kennisinstellingen", "which organisations": the answer is the sentence that names them. */
const whichNamed = (folded: string) => afterWhich(folded).some(isNamedKind);

/**
 * "and which corporations are those?" after the corporations' € 21,5 miljoen: a which-question that points
 * back, where the clause pointed at names none of the kind asked. The clause that names them ("de
 * woningcorporaties Mitros, Portaal en Bo-Ex"), found by the question and the sentence shown, answers.
 */
function namedElsewhere(
  deps: Deps,
  u: Understanding,
  referred: Clause | undefined,
  searched: string,
  question: string,
  yesNo: boolean,
): ClauseHit | null {
  if (!referred || yesNo || !whichNamed(u.folded)) return null;
  const kind = askedKind(u.folded);
  if (!kind) return null;
  const known = knownNames(deps, u.folded, question);
  if (introducesNames(deps, referred.text, kind, known)) return null;
  // Only things the sentence shown speaks of ("De gezamenlijke woningcorporaties ..."): "en welke
  // ministeries?" after it asks of something else.
  const shown = fold(u.referredQuote ?? referred.text);
  if (coverage(deps.clauseIndex, kind, shown).share === 0) return null;
  const about = `${searched} ${shown} `.replace(/\s+/g, ' ');
  return (
    searchClauses(deps.clauseIndex, about, NAME_CANDIDATES).find(
      (h) => h.clause.id !== referred.id && introducesNames(deps, h.clause.text, kind, known),
    ) ?? null
  );
}

/** The kind a which-question asks to be named, as written: "woningcorporaties", "housing associations". */
function askedKind(folded: string): string | null {
  const next = afterWhich(folded);
  const at = next.findIndex(isNamedKind);
  return at < 0 ? null : ` ${next.slice(0, at + 1).join(' ')} `;
}

/** Whether a text names something right after a word for the kind asked: "de woningcorporaties Mitros". */
function introducesNames(deps: Deps, text: string, kind: string, known: Set<string>): boolean {
  const tokens = text.split(/\s+/);
  return tokens.some((t, i) => {
    const name = tokens[i + 1]?.replace(/[^\p{L}&-]+$/u, '') ?? '';
    // "de partners in het veiligheidshuis (politie, OM, Raad voor de kindbescherming, ...)": the kind, a
    // few words saying which, then its members listed in brackets.
    const listed = LISTED_AFTER.test(tokens.slice(i + 1, i + 1 + LIST_REACH).join(' '));
    return (
      // "... van het kabinet. Daarnaast ...": a sentence's first word after the kind names nothing.
      /^\p{Ll}[^.:;!?]*$/u.test(t) &&
      ((/^\p{Lu}/u.test(name) && !known.has(name) && !grammarWords.has(name.toLowerCase())) || listed) &&
      coverage(deps.clauseIndex, kind, fold(t)).share > 0
    );
  });
}
/**
 * Whether a sentence speaks of the kind asked only by describing one ("de gemeente die het beste initiatief
 * heeft", "een gemeente waar ..."), naming none: no capitalised name or bracketed list after it.
 */
function describesOnly(deps: Deps, sentence: string, kind: string): boolean {
  const tokens = sentence.split(/\s+/);
  for (const [i, t] of tokens.entries()) {
    if (coverage(deps.clauseIndex, ` ${kind} `, fold(t)).share === 0) continue;
    const next = tokens[i + 1] ?? '';
    if (/^\p{Lu}/u.test(next) || next.startsWith('(')) return false;
    // "twee gebieden waar de vernieuwing in voorbereiding is: de Gagel en de Spoorzone": named after all.
    if (DESCRIBING.test(next)) return !tokens.slice(i + 1).some((w) => /^\p{Lu}/u.test(w));
  }
  return false;
}
/** A relative that opens a description of the noun before it. */
const DESCRIBING = /^(?:die|dat|waar|waarin|welke)$/i;

/** The shortest word-name a question writes that says what it is about ("Participatiebudget"); acronyms aside. */
const MIN_NAME = 6;
/**
 * Whether a clause has a name the question writes ("Participatiebudget"); true of every clause where the
 * question writes none. A wijk's name says where, not what.
 */
function withOwnName(ownNames: readonly string[]): (h: ClauseHit) => boolean {
  return (h) => ownNames.length === 0 || ownNames.some((n) => fold(h.clause.text).includes(` ${n} `));
}
/** Every wijk's name, folded, once per knowledge base. */
const wijkNamesOf = perOwner(
  (knowledge: Deps['knowledge']) => new Set(knowledge.lexicon.wijken.map((w) => fold(w.name).trim())),
);
/** The names a question writes that say what it is about, folded. */
function ownNamesOf(deps: Deps, question: string): string[] {
  const wijkNames = wijkNamesOf(deps.knowledge);
  // One word ("Participatiebudget"): a quoted name of a programme ("'Gezonde wijk'") is its context, and
  // the item that answers may go on without it ("Onderzoekscapaciteit vanuit RIVM").
  // An acronym ("OKU") is a name however short.
  return namesOf(question)
    .filter((n) => n.length >= MIN_NAME || /^\p{Lu}{2,}$/u.test(n))
    .map((n) => fold(n).trim())
    .filter((n) => !n.includes(' ') && !wijkNames.has(n) && n !== 'utrecht');
}
/** How many words after a kind its bracketed list of members may start. */
const LIST_REACH = 5;
/**
 * A bracket opening a list of two or more members: "(politie, OM, ...". Not one of examples ("(bijv.
 * politiekorpsen, bureaus jeugdzorg)", "(zoals ...)"): those are kinds, not who.
 */
const LISTED_AFTER =
  /^[^().:;!?]*\((?!\s*(?:bijv|b\.v|bv|zoals|o\.a|e\.g|such as|incl)\b)\s*[\p{L}][^,()]*,\s*[\p{L}]/iu;

/** "kennisorganisatie", "welzijnsinstelling": a compound ending in a kind of named thing is one too. */
const LONG_KINDS = [...NAMED_KINDS].filter((k) => k.length >= 7);
const isNamedKind = (w: string) => NAMED_KINDS.has(w) || LONG_KINDS.some((k) => w.endsWith(k));

/** An idea this rare (idf; in about three clauses or fewer) names what the question is about. */
const UNIQUE_IDEA = 4.5;
/** The clauses with a sentence that gives each wijk a sum ("Elke wijk heeft ... € 1 miljoen"), once per charter. */
const givesEachWijk = perOwner(
  (knowledge: Deps['knowledge']) =>
    new Set(
      knowledge.clauses
        .filter((c) => clauseSentences(c.text).some((x) => grammar.eachWijk.test(fold(x)) && AMOUNT.test(x)))
        .map((c) => c.id),
    ),
);

/** A sentence that carries this share of a subject's ideas carries all of it (rounding aside). */
const WHOLE_SUBJECT = 0.99;
/** An idea this rare names a thing ("pilot": 3.3); commoner ones say what is done ("extra", "jaarlijks": 2.7). */
const NAMED_THING = 3;
/** The least share of a question a clause carrying its unique idea must carry to answer it. */
const UNIQUE_SHARE = 0.3;

/** How strong, against the best clause, a clause that names someone must be to answer instead. */
const NAME_SCORE_SHARE = 0.6;
/** ... or, if it carries the question's rarest idea, this strong. */
const NAME_WEAK_SHARE = 0.45;

/**
 * Names in a text: a capitalised word inside a sentence ("Movisie", "U-shake"), a word with more capitals
 * anywhere ("EZ", "SenterNovem"), a title in quotes ("'40 wijkenaanpak'").
 */
function namesOf(text: string): string[] {
  const inside = [...text.matchAll(/(?<=[^.;:!?'‘“]\s)\p{Lu}[\p{L}&-]+/gu)].map((m) => m[0]);
  const capitals = [...text.matchAll(/\p{L}*\p{Lu}\p{L}*\p{Lu}[\p{L}-]*/gu)].map((m) => m[0]);
  const quoted = [...text.matchAll(/(?<![\p{L}])['‘“]([^'’”]{3,60})['’”]/gu)].map((m) => m[1] as string);
  return [...inside, ...capitals, ...quoted].filter((n) => !grammarWords.has(n.toLowerCase()));
}

/** The clause whose sentence counts the asked thing ("40 wijken/18 gemeenten") and shares most with the question. */
/** Whether a clause counts the noun with a number written in words ("In twee wijken"). */
function countsInWords(deps: Deps, clause: Clause, counted: string): boolean {
  return clauseSentences(clause.text).some((s) => {
    if (/\d/.test(s)) return false;
    // A number in words right before the noun it counts: "twee wijken", not "de vijfde aandachtswijk".
    return [...numbersInWords(s).matchAll(/\b\d+ (\p{L}+)/gu)].some(
      (m) => coverage(deps.clauseIndex, ` ${counted} `, m[1] as string).share > 0,
    );
  });
}

/** The question's topics that name a subject: not a short word, not grammar ("leggen", "volgens"). */
function subjectTopics(filter: Filter): string[] {
  return (filter.topics ?? []).filter(
    (t) => t.length >= TOPIC_WORD && !t.split(' ').every((w) => grammarWords.has(w)),
  );
}

function countedAnywhere(deps: Deps, folded: string, filter: Filter): ClauseHit | null {
  let best: { hit: ClauseHit; score: number } | null = null;
  // Only clauses that name the counted thing can count it.
  const naming = searchClauses(deps.clauseIndex, ` ${filter.counted} `, deps.knowledge.clauses.length).map(
    (h) => h.clause,
  );
  for (const clause of naming) {
    if (clause.kind === 'footnote' || !/\d/.test(clause.text)) continue;

    // The clause must name what the question is about: "hoeveel kinderen ... op een forumschool?" is not
    // answered by the "600 jongeren" of the youth-group approach. Every named topic, and one of its rare
    // words at least: the others may be the very thing this fallback looks past ("volgens het hoofdstuk
    // over kennis").
    const topics = subjectTopics(filter);
    const words = topics.filter((t) => !t.includes(' '));
    if (
      !namesTopics(
        deps,
        clause,
        topics.filter((t) => t.includes(' ')),
      )
    )
      continue;
    if (words.length > 0 && !words.some((t) => namesTopics(deps, clause, [t]))) continue;
    for (const r of rankSentences(deps.clauseIndex, clause, folded)) {
      if (r.score <= (best?.score ?? 0)) continue;
      // "hoeveel aandachtswijken heeft Utrecht?": a count of the 40 wijken nationally is not Utrecht's; the
      // sentence that counts must name what the question names.
      if (!(filter.names ?? []).every((n) => fold(r.s).includes(` ${n}`))) continue;
      if (leadsIn(deps, clause, r.s, 'count', filter).length === 0) continue;
      best = { hit: { clause, score: r.score, terms: [] }, score: r.score };
    }
  }
  return best?.hit ?? null;
}

/**
 * "hoeveel wijken en gemeenten ...?" counts two things at once: a sentence that counts both with figures
 * ("de 40 wijken/18 gemeenten") answers it, however little else of the question it shares.
 */
type CountedWord = { word: string; at: number };

/** The words a figure counts in a sentence: "40 wijken", "twee wijken". */
const countedIn = (sentence: string): CountedWord[] =>
  [...fold(numbersInWords(sentence)).matchAll(/(?<![\d.,])\d+ (\p{L}+)/gu)].map((x) => ({
    word: x[1] as string,
    at: x.index,
  }));

/** The counted word is the noun itself, its singular or a compound ending in it ("aandachtswijken"). */
const sameNoun = (noun: string, word: string) =>
  word.endsWith(noun) ||
  (noun.length >= 5 && word.startsWith(noun.slice(0, noun.length - 2))) ||
  // "40 neighbourhoods" counts the charter's "40 wijken".
  (UNIT_FORMS[noun] !== undefined && UNIT_FORMS[noun] === UNIT_FORMS[word]);

/**
 * The noun itself, not a compound that ends in it: "kinderen" is "kind" but not "doelgroepkinderen";
 * "neighbourhoods" is the charter's "wijk".
 */
function sameThing(deps: Deps, noun: string, word: string): boolean {
  const stems = new Set(deps.clauseIndex.encoder.encode(noun));
  return (
    deps.clauseIndex.encoder.encode(word).some((t) => stems.has(t)) ||
    (UNIT_FORMS[noun] !== undefined && UNIT_FORMS[noun] === UNIT_FORMS[word])
  );
}

/** Whether a clause counts the noun with a figure. */
const countsIn = (deps: Deps, clause: Clause, noun: string) =>
  countedWords(deps.knowledge).some(
    (c) => c.clause.id === clause.id && c.sentences.some((s) => s.some((x) => sameNoun(noun, x.word))),
  );

/** How strong, against the best clause, a clause that counts what a claim counts must be. */
const COUNTED_SHARE = 0.6;

/** Of the hits at least `share` as strong as the best, the first that `fits`. */
function strongHit(hits: ClauseHit[], share: number, fits: (h: ClauseHit) => boolean): ClauseHit | null {
  const floor = (hits[0]?.score ?? 0) * share;
  return hits.find((h) => h.score >= floor && fits(h)) ?? null;
}

/**
 * A claimed count ("Is it true that 40 neighbourhoods were designated?") is checked against a clause that
 * counts the same thing, among more of the search's hits than the few planned with: the count decides.
 */
function withCounted(deps: Deps, hits: ClauseHit[], wider: ClauseHit[], noun: string): ClauseHit | null {
  const floor = (hits[0]?.score ?? 0) * COUNTED_SHARE;
  const counts = (h: ClauseHit) => h.score >= floor && countsIn(deps, h.clause, noun);
  return hits.find(counts) ?? wider.find(counts) ?? null;
}

/** Each clause's sentences with the words a figure counts in them ("40 wijken", "twee wijken"), once. */
const countedWords = perOwner((knowledge: Deps['knowledge']) =>
  knowledge.clauses
    .filter((c) => c.kind !== 'footnote' && /\d/.test(c.text))
    .map((clause) => ({
      clause,
      sentences: clauseSentences(clause.text).map(countedIn),
    })),
);

function countedPair(deps: Deps, folded: string): { hit: ClauseHit; counted: string } | null {
  const m = grammar.askCount.find(folded);
  const [first, joint, second] = m ? folded.slice(m.end + 1).split(' ') : [];
  if (!first || !joint || !second || !grammar.and.test(` ${joint} `)) return null;
  // Where in the sentence a figure counts the noun.
  const at = (noun: string, counts: CountedWord[]) =>
    counts.filter((x) => sameNoun(noun, x.word)).map((x) => x.at);
  let best: { hit: ClauseHit; gap: number } | null = null;
  for (const { clause, sentences: counted } of countedWords(deps.knowledge)) {
    for (const counts of counted) {
      const a = at(first, counts);
      const b = at(second, counts);
      // Counted side by side ("40 wijken/18 gemeenten") is the count of both; far apart, of two things.
      const gap = Math.min(...a.flatMap((i) => b.map((j) => Math.abs(i - j))));
      if (Number.isFinite(gap) && (!best || gap < best.gap))
        best = { hit: { clause, score: 0, terms: [] }, gap };
    }
  }
  return best ? { hit: best.hit, counted: `${first} ${second}` } : null;
}

/** Whether a question has words of its own the charter uses, besides its grammar and pointing words. */
// `shortest`: a ministry goes by two or three letters ("EZ", "VWS").
function hasOwnWords(deps: Deps, folded: string, shortest = 4): boolean {
  const own = folded
    .trim()
    .split(' ')
    .filter((w) => w.length >= shortest && !grammarWords.has(w));
  // Through the glossary too: "performance agreements" are the charter's "prestatieafspraken".
  return queryGroups(deps.clauseIndex, ` ${own.join(' ')} `).some((g) =>
    g.alternatives.some((a) => a.some((t) => deps.clauseIndex.df.has(t))),
  );
}

/** A sentence that introduces items after a colon: "de volgende elementen: a; b; c". */
const ENUMERATES = /:\s*[^:;]+[;,][^;]+[;,]/;
/** What listing is worth in the answer to "welke onderdelen": about a rare shared word. */
const LIST_BONUS = 4;

/** What saying the asked action is worth, against the question's other words, in a who-answer. */
const VERB_BONUS = 4;

/**
 * A proper name after a sentence's first word: "Rabobank", "Vader Rijn College", "Agis"; an acronym
 * anywhere ("SZW, OCW en WWI" after a label). A capital after a full stop or colon opens a sentence
 * ("Monitoring: Effectmeting. ..."), it names no one.
 */
const NAME = /(?<=[^\s.:;!?'‘“]\s)\p{Lu}[\p{L}&-]+|(?<=\s)\p{Lu}{2,}[\p{L}&-]*/gu;
/** A sentence that gives a name: capitalised words with their acronym ("Wijk in Bedrijf Utrecht (WIBU)"), or a quoted name. */
const GIVES_NAME = /\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,5}\s+\(\p{Lu}{2,}\)|['‘"“]\p{Lu}[^'’"”]{2,60}['’"”]/u;

function pickSentence(
  deps: Deps,
  clause: Clause,
  folded: string,
  wanted: Wanted,
  referred: string | null = null,
  /** The answer names things of the kind asked ("welke kennisinstellingen"): only a naming sentence does. */
  naming = false,
  /** Asks what something is for ("waarvoor", "waar ... voor gebruikt"), read before the search drops it. */
  purpose = false,
): string {
  // "who pays for that?": of the clause just quoted, the sentence that was shown is what "that" is.
  const shown = referred ? clauseSentences(clause.text).find((x) => referred.includes(x)) : undefined;
  // Names the question does not give itself: "OKU" asked about is no answer to who set it up.
  const namesNew = (s: string) =>
    (s.match(NAME) ?? []).filter((n) => !folded.includes(` ${fold(n).trim()} `));
  const newNames = (s: string) => namesNew(s).length;
  // Unless the question names something of its own the shown sentence lacks ("welke branches onderzoekt BZK
  // om ook onder die wet te laten vallen?"): then that is what to look for in the clause.
  const ownIdea = (s: string) => coverage(deps.clauseIndex, folded, s, { skipUnknown: true }).rarest;
  // "What is the name of the project organisation the city sets up ...?": the sentence that gives a name
  // ("Utrecht richt Wijk in Bedrijf Utrecht (WIBU) op", "noemde het wijkactieplan 'Kanaleneiland Leert'").
  if (grammar.askName.test(folded)) {
    const naming = clauseSentences(clause.text).filter((x) => GIVES_NAME.test(x));
    const best = rankSentences(deps.clauseIndex, clause, folded).find((r) => naming.includes(r.s));
    if (best) return best.s;
  }
  // "waar moeten die middelen voor gebruikt worden?": the sentence that says what it is for ("Dit geld is
  // nadrukkelijk bedoeld om ..."), not the one that says it is given.
  if (purpose && wanted === null) {
    const stated = clauseSentences(clause.text).find((x) => grammar.purposeStated.test(fold(x)));
    if (stated) return stated;
  }
  // "and which organisations are behind it?" of "in 2005 is OKU gestart": the names of the sentence shown
  // are what "it" is; a sentence of the clause that names others says who ("OKU is een initiatief van ...").
  const namedBesides = (s: string) =>
    (s.match(NAME) ?? []).filter((n) => {
      const f = ` ${fold(n).trim()} `;
      return !folded.includes(f) && !fold(shown ?? '').includes(f);
    }).length;
  const besidesShown =
    shown && naming
      ? clauseSentences(clause.text)
          .filter((x) => x !== shown && namedBesides(x) > 0)
          .sort((a, b) => namedBesides(b) - namedBesides(a))[0]
      : undefined;
  // "wie betaalt dat?" of "Voor Utrecht is € 100.000 per jaar beschikbaar ...": a shown sentence that names
  // no one but the city and its wijken does not say who; the clause's sentence that does is asked.
  const place = new Set(['Utrecht', ...deps.knowledge.lexicon.wijken.map((w) => w.name)]);
  const namesWho = (x: string) => (x.match(NAME) ?? []).some((n) => !place.has(n.replace(/\W+$/, '')));
  // "and who pays for that?", "welk ministerie betaalt die pilot?": the sentence that names someone where
  // money is spoken of ("het ministerie van OCW stelt middelen beschikbaar ..."), unless the one shown does;
  // not one that names others the pilot works with.
  if (wanted === 'who' && grammar.money.test(folded)) {
    const pays = (x: string) => namesWho(x) && (AMOUNT.test(x) || MONEY_TEXT.test(x));
    const payer = clauseSentences(clause.text).find(pays);
    if (payer && !(shown !== undefined && pays(shown))) return payer;
  }
  if (besidesShown) return besidesShown;
  const saysWho = wanted !== 'who' || (shown !== undefined && namesWho(shown));
  if (
    shown &&
    (wanted === 'who' || wanted === null) &&
    (ownIdea(shown) || !hasOwnWords(deps, folded)) &&
    (saysWho || !clauseSentences(clause.text).some(namesWho))
  )
    return shown;
  // "which themes ...": the sentence that names themes, of those that share the question's words.
  // A kind of named thing ("kennisinstellingen") is seldom said where they are named: the names decide.
  const focus = naming ? null : focusOf(folded, FOCUS_STOPWORDS);
  if (focus) {
    const names = (s: string) => coverage(deps.clauseIndex, ` ${focus} `, s).matched > 0;
    // "which bank": of the sentences that name banks, the one that names most (a who-question's answer).
    const ranked = rankSentences(deps.clauseIndex, clause, folded)
      .filter((r) => names(r.s))
      .map((r) => ({
        ...r,
        score: r.score + (wanted === 'who' ? Math.min(6, newNames(r.s)) : 0),
      }))
      .sort((a, b) => b.score - a.score);
    if (ranked[0]) return ranked[0].s;
  }
  // "welke bank ...?": the sentence that names one of that kind ("... en Rabobank Utrecht").
  const ofKind = naming ? clauseSentences(clause.text).find((x) => namesOfKind(x, folded)) : undefined;
  if (ofKind) return ofKind;
  // "Welke partners in het veiligheidshuis ...?": else the best sentence that says the kind in so many words
  // and names things the question does not ("de partners in het veiligheidshuis (politie, OM, ...)").
  const kindAsked = naming ? askedKind(folded)?.trim().split(' ').at(-1) : undefined;
  const saysKind = kindAsked
    ? rankSentences(deps.clauseIndex, clause, folded).find(
        (r) => fold(r.s).includes(` ${kindAsked} `) && newNames(r.s) > 0,
      )
    : undefined;
  if (saysKind) return saysKind.s;
  // "Met welke kennisinstellingen ...?": no sentence says "kennisinstellingen"; the one naming them does.
  if (wanted !== 'who' && !focus) return bestSentence(deps.clauseIndex, clause, withoutRole(folded));
  // Who-questions are answered by a sentence that names someone (each organisation named counts) and
  // does what was asked: "who decides" is answered where the charter says who is to decide ("bepalen").
  // Where the question says it: "wijkagenten verdeling wie bepaalt ..." is shorthand for "wie bepaalt ...".
  const verb = verbAfterWho(folded);
  const does = (s: string) => (verb && coverage(deps.clauseIndex, ` ${verb} `, s).share > 0 ? VERB_BONUS : 0);
  // A sentence that shares no word with the question may still be the one that names them.
  // "welke onderdelen ...": a sentence that lists ("de volgende elementen: a; b; c") is what "which" asks.
  const lists = (s: string) => (whichThing(folded) !== null && ENUMERATES.test(s) ? LIST_BONUS : 0);
  // "Who are the partners in the Veiligheidshuis ...?": the sentence with the question's rarest idea
  // ("veiligheidshuis"), before one that shares its commoner words and names a method ("BEKE").
  // Looked for sentence by sentence only in a clause that carries it at all (most do not).
  const inClause = coverage(deps.clauseIndex, folded, clause.text, { skipUnknown: true });
  const rare = (s: string) => {
    if (!inClause.rarest || inClause.rarestWeight < UNIQUE_IDEA) return 0;
    const c = coverage(deps.clauseIndex, folded, s, { skipUnknown: true });
    return c.rarest ? RAREST_BONUS : 0;
  };
  // "Which bank is a partner in ...?": a sentence whose names are of the kind asked ("Rabobank",
  // "Kredietbank"), before one that describes what the partnership does ("kredieten", "financier").
  const kind = whichThing(folded);
  const ofTheKind = (s: string) =>
    kind && kind.length >= 4 && !WIJK_KINDS.has(kind) && namesNew(s).some((n) => fold(n).includes(kind))
      ? KIND_NAMED_BONUS
      : 0;
  const ranked = rankSentences(deps.clauseIndex, clause, folded)
    .map((r) => ({
      ...r,
      score: r.score + Math.min(6, newNames(r.s)) + does(r.s) + lists(r.s) + rare(r.s) + ofTheKind(r.s),
    }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  // "welke kennisinstellingen ...?": only a sentence that names one the question does not answers it.
  const named = naming ? ranked.filter((r) => newNames(r.s) > 0) : [];
  // "who decides ...?": a sentence that says who is to decide answers, however much more another shares.
  const doing = verb && !grammarWords.has(verb) ? ranked.filter((r) => does(r.s) > 0) : [];
  // Of the naming sentences, one that says the asked action: "Het onderzoek wordt ... uitgevoerd door het
  // CBS" answers "which organisation carries out the monitor?", not a sentence that names a minister.
  return (
    named.find((r) => does(r.s) > 0)?.s ??
    named[0]?.s ??
    doing[0]?.s ??
    ranked[0]?.s ??
    bestSentence(deps.clauseIndex, clause, folded)
  );
}

/** Whether a text names something of the kind a which-question asks ("Rabobank" for "welke bank"). */
function namesOfKind(text: string, folded: string): boolean {
  const kind = whichThing(folded);
  if (!kind || kind.length < 4 || WIJK_KINDS.has(kind)) return false;
  return (text.match(NAME) ?? []).some(
    (n) => !folded.includes(` ${fold(n).trim()} `) && fold(n).trim() !== kind && fold(n).includes(kind),
  );
}

/** What a name of the kind asked ("Rabobank" for "which bank") adds to a sentence that answers a which-question. */
const KIND_NAMED_BONUS = 12;

/** What carrying the question's rarest idea adds to a sentence that answers a who-question. */
const RAREST_BONUS = 4;

/** The verb a who-question asks about: "wie bepaalt ...", "who carries out ...". */
function verbAfterWho(folded: string): string | undefined {
  const who = grammar.askWho.find(folded);
  // "which organisation carries out ...": the verb after the kind asked for.
  const after = who ? folded.slice(who.end).trim().split(' ') : afterKind(folded);
  const [first, second] = after.filter((w) => !grammar.stress.test(` ${w} `));
  // "carries out" is one verb.
  return first && second === 'out' ? `${first} out` : first || undefined;
}

/** The words after the kind a which-question asks for ("which organisation | carries out ..."), or none. */
function afterKind(folded: string): string[] {
  const which = grammar.which.find(folded);
  if (!which) return [];
  const rest = folded.slice(which.end + 1).split(' ');
  const at = rest.slice(0, 3).findIndex(isNamedKind);
  return at < 0 ? [] : rest.slice(at + 1);
}

/** Every number the question itself states: "WWI had 20 miljoen ..." is not the answer to "how much of it". */
function numbersIn(question: string): Set<string> {
  return new Set(numbersWithWords(question).map((n) => n.value));
}

const normalNumber = (s: string) => {
  // "225.000" in Dutch and "250,000" typed in English are thousands; "2,5" is a decimal.
  const t = /^\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.');
  return String(Number(t));
};

const firstNumber = (text: string) => {
  const m = /\d+(?:[.,]\d+)*/.exec(text);
  return m ? normalNumber(m[0]) : null;
};

const YEAR_RANGE =
  /(?:(?:19|20)\d\d)\s*(?:t\/m|tot en met|tot|-|–)\s*(?:19|20)\d\d|(?<=\b(?:vanaf|sinds|tot|t\/m|tot en met|in|per)\s)(?:19|20)\d\d\b/gi;
/**
 * "3 - 4 jaar", "twee jaar", "vijftien jaar"; never a number read from the middle of another ("vanaf 2,5
 * jaar" is an age). A word before the unit counts when it is a number written out.
 */
const DURATION =
  /(?<!\b(?:vanaf|leeftijd|leeftijd van)\s)(?<![\d,.])\b(?:\d+(?:,\d+)?(?:\s*[-–]\s*\d+(?:,\d+)?)?|\p{L}+)\s+(?:jaar|jaren|maanden|maand|weken|week)\b/giu;
/** A period between two dates or years: "vanaf 9 juni 2008 tot en met 31 december 2017", "van 2008 tot 2012". */
const PERIOD =
  /\b(?:vanaf|van)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d\s+(?:tot en met|t\/m|tot)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d\b/iu;
/** Where a period ends or starts: "tot en met 31 december 2017", "t/m 2012", "vanaf 2008", "2008-2011". */
const PERIOD_BOUND =
  /\b(?:tot en met|t\/m|tot|vanaf|sinds)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/iu;
/** How many clauses a question that names a chapter looks through for that chapter's. */
const CHAPTER_CANDIDATES = 60;
/** The charter's words for something that starts ("gestart", "oprichting", "komt ... beschikbaar"). */
const STARTS =
  /^(?:start\p{L}*|gestart|begint|beginnen|begonnen|oprichting|opgericht|opgezet|ingesteld|ingevoerd|invoering|ingang|sinds|vanaf|beschikbaar)$/iu;
/** A sentence that opens with its year and says no verb of its own: "In 2009 één Ouder-Kind Centrum ...". */
const OPENS_WITH_YEAR = /^\s*In (?:19|20)\d\d\s+(?:één|een|twee|drie)\b/;
/** How many words from a year a word saying it starts something may stand. */
const START_WORDS = 6;
/** Whether the year at `at` starts something: a start word within a few words of it, in its sentence. */
function startsNear(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).split(/\s+/).filter(Boolean).slice(-START_WORDS);
  const after = sentence
    .slice(at)
    .split(/\s+/)
    .slice(1, START_WORDS + 1);
  return [...before, ...after].some((w) => STARTS.test(w.replace(/[^\p{L}]/gu, '')));
}
/** An age a sentence sets: "vanaf 2,5 jaar", "tot 23 jaar", "van 15 tot 26 jaar" (its lower bound). */
const AGE = /\b(?:vanaf|tot|van|op)\s+(\d+(?:,\d+)?)\s+(?:(?:tot\s+\d+\s+)?jaar)\b/gi;
const isCount = (word: string) =>
  /^\d/.test(word) || /^(een|één)$/i.test(word) || /\d/.test(numbersInWords(word));
const FREQUENCY =
  /\b(?:halfjaarlijks|tweejaarlijks|jaarlijks|jaarlijkse|maandelijks|wekelijks|per kwartaal|(?:een|twee|drie|vier|\d+)\s?(?:maal|keer) per (?:jaar|maand|week)|elk jaar|ieder jaar)\b/gi;

/** Figures in a sentence of the kind asked for, minus those the question itself states. */
function leadsIn(deps: Deps, clause: Clause, sentence: string, wanted: Wanted, filter: Filter): Lead[] {
  const key = `${clause.id}|${wanted}|${sentence}`;
  const seen = filter.seen?.get(key);
  if (seen) return seen;
  const found = findLeads(deps, clause, sentence, wanted, filter);
  filter.seen?.set(key, found);
  return found;
}

function findLeads(
  deps: Deps,
  clause: Clause,
  sentence: string,
  wanted: Wanted,
  { excluded, counted, countOnly, topics, shareOfSum, yearly }: Filter,
): Lead[] {
  const leads: Lead[] = [];
  // "€ 4 miljoen per jaar", "jaarlijks € 21,5 miljoen": the amount is a yearly one.
  const perYear = (text: string) =>
    new RegExp(
      `${escapeRegExp(text)}\\s+(per jaar|jaarlijks)|(jaarlijks|per jaar)\\s+${escapeRegExp(text)}`,
    ).test(sentence);
  const facts = factsOf(deps, clause.id).filter((f) => sentence.includes(f.text));
  const fromFacts = (kind: CharterFact['kind']) =>
    facts
      .filter((f) => f.kind === kind)
      // "totaal 25 straatcoaches" is stated as "25 straatcoaches".
      .map(
        (f) =>
          ({
            kind: f.kind,
            text: f.kind === 'count' ? f.text.replace(/^\D+(?=\d)/, '') : f.text,
            perYear: perYear(f.text),
            fact: f,
          }) satisfies Lead,
      );
  switch (wanted) {
    case 'amount':
      // "hoeveel stelt het rijk jaarlijks beschikbaar?" is not answered by "Voor het jaar 2008 komt er ...".
      leads.push(...fromFacts('amount').filter((l) => !yearly || l.perYear || !ONE_YEAR.test(sentence)));
      break;
    case 'percentage':
      leads.push(...fromFacts('percentage'));
      // "welk deel daarvan is voor de 40 wijken?" of "WWI stelt 20 miljoen ... Hiervan zal € 10 miljoen ...".
      if (leads.length === 0 && shareOfSum) leads.push(...fromFacts('amount'));
      break;
    case 'count': {
      if (counted) {
        // "25 straatcoaches. Het gaat hier om stevige toezichthouders ...": the sentence after says what the
        // counted thing is, in other words "how many tough supervisors" may use.
        const defined = definedAfter(clause, sentence);
        // "hoeveel gemeenten": only a number of gemeenten answers, whether or not it is a listed fact.
        const counts = [
          // Not a rate ("per 1000 inwoners"): a count of things.
          ...sentence.matchAll(
            /(?<!per\s)\b\d+(?:[.,]\d+)?\s+(?:(?:extra|nieuwe|additionele)\s+)?\p{L}[\p{L}-]*/gu,
          ),
        ];
        for (const m of counts) {
          // A year ("in 2008 deel") counts nothing.
          if (
            /^(19|20)\d\d\b/.test(m[0]) ||
            coverage(deps.clauseIndex, ` ${counted} `, `${m[0]} ${defined}`).share === 0
          )
            continue;
          const fact = facts.find((f) => f.kind === 'count' && m[0].includes(f.text.replace(/^\D+/, '')));
          leads.push({ kind: 'count', text: m[0], perYear: false, ...(fact ? { fact } : {}) });
        }
        // "the number of dual trajectories" may be given as a share of them ("80% van de
        // inburgeringstrajecten"), when the sentence names them; never as a sum of money.
        if (leads.length === 0) {
          for (const share of fromFacts('percentage')) {
            // The share must be of the counted thing: the words right after "80%" name it.
            const after = sentence
              .slice(sentence.indexOf(share.text) + share.text.length)
              .split(/\s+/)
              .slice(0, 5);
            if (coverage(deps.clauseIndex, ` ${counted} `, after.join(' ')).share > 0) leads.push(share);
          }
        }
        // "leerwerkploeg: in hoeveel wijken?" against "Ook in elke wijk gaat er een leerwerkploeg aan de
        // slag": every one of the things counted.
        // Only the thing counted itself ("alle doelgroepkinderen" are no "kinderen"), in a sentence about
        // what the question is about.
        const about = (topics ?? []).every((t) => coverage(deps.clauseIndex, ` ${t} `, sentence).share > 0);
        if (leads.length === 0 && about) {
          const own = fold(sentence);
          for (const m of grammar.every.all(own)) {
            const noun = own.slice(m.end).trim().split(' ')[0] ?? '';
            if (noun && sameThing(deps, counted, noun)) {
              // "in elke wijk", as the sentence places it.
              const placed = own.slice(0, m.start).trimEnd().endsWith(' in') ? 'in ' : '';
              leads.push({ kind: 'count', text: `${placed}${m.text} ${noun}`, perYear: false });
              break;
            }
          }
        }
        break;
      }
      leads.push(...fromFacts('count'));
      // Asked "how many" where the sentence states a sum ("hoeveel krijgt Utrecht?") or a share
      // ("the target for the number of dual trajectories" is 80% of them): that answers.
      if (leads.length === 0 && !countOnly) leads.push(...fromFacts('amount'));
      if (leads.length === 0) leads.push(...fromFacts('percentage'));
      break;
    }
    case 'date':
      leads.push(...fromFacts('date'));
      if (leads.length === 0)
        for (const m of sentence.matchAll(YEAR_RANGE))
          leads.push({ kind: 'year', text: m[0], perYear: false });
      // "in de eerste helft van 2008", "t.o.v. 2002": any year the sentence states is a date too (after
      // those it places; a year the question itself states is dropped below).
      for (const m of sentence.matchAll(/\b(?:19|20)\d\d\b/g))
        if (!leads.some((l) => l.text.includes(m[0])))
          leads.push({ kind: 'year', text: m[0], perYear: false });
      break;
    case 'year_end':
    case 'year_start':
      if (PERIOD_BOUND.test(sentence))
        for (const m of sentence.matchAll(YEAR_RANGE)) {
          const years = m[0].match(/(?:19|20)\d\d/g) ?? [];
          const year = wanted === 'year_end' ? years.at(-1) : years[0];
          if (year) leads.push({ kind: 'year', text: year, perYear: false });
        }
      // "Het kabinet heeft de ambitie om criminaliteit ... in 2010 met 25% te reduceren t.o.v. 2002." starts
      // nothing: a target's year and its base year answer no "sinds wanneer"; a sentence that starts
      // something says so ("in 2005 is OKU gestart", "oprichting").
      else {
        // "tussenresultaat in 2011 ..., ambitie voor 2017 (volledige looptijd)": with no bound said, the
        // sentence's last year ends what it is about and its first starts it.
        // "in 2007 oprichting van een OKC in Kanaleneiland ... In 2009 één Ouder-Kind Centrum in Noordwest": a
        // sentence that opens with its year goes on with what the sentence before starts.
        const before = clauseSentences(clause.text);
        const goesOn =
          OPENS_WITH_YEAR.test(sentence) &&
          before.slice(0, before.indexOf(sentence)).some((x) => {
            const year = /\b(?:19|20)\d\d\b/.exec(x);
            return year !== null && startsNear(x, year.index);
          });
        const years = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)]
          .filter((m) => wanted === 'year_end' || goesOn || startsNear(sentence, m.index))
          .map((m) => Number(m[0]))
          .sort((a, b) => a - b);
        const year = wanted === 'year_end' ? years.at(-1) : years[0];
        if (year) leads.push({ kind: 'year', text: String(year), perYear: false });
      }
      if (leads.length === 0) {
        // "vanaf 9 juni 2008 tot en met 31 december 2017": the last date ends the period, the first starts it.
        const dates = fromFacts('date').sort((a, b) => sentence.indexOf(a.text) - sentence.indexOf(b.text));
        const date = wanted === 'year_end' ? dates.at(-1) : dates[0];
        if (date) leads.push(date);
      }
      break;
    case 'duration':
      for (const m of sentence.matchAll(DURATION))
        if (isCount(m[0].split(/\s+/)[0] ?? '')) leads.push({ kind: 'duration', text: m[0], perYear: false });
      // "Hoe lang loopt het charter?" against "Deze afspraken gelden vanaf 9 juni 2008 tot en met 31 december
      // 2017": a period from one date to another is how long.
      if (leads.length === 0) {
        const m = PERIOD.exec(sentence);
        if (m) leads.push({ kind: 'duration', text: m[0], perYear: false });
      }
      // "over what period?" of "in de periode 2007-2011": a span from one year to another.
      if (leads.length === 0)
        for (const m of sentence.matchAll(YEAR_RANGE))
          if ((m[0].match(/(?:19|20)\d\d/g) ?? []).length === 2)
            leads.push({ kind: 'duration', text: m[0], perYear: false });
      break;
    case 'age':
      // "kunnen vanaf 2,5 jaar ... deelnemen", "jongeren tot 23 jaar": the age the sentence sets.
      for (const m of sentence.matchAll(AGE))
        leads.push({ kind: 'duration', text: `${m[1]} jaar`, perYear: false });
      break;
    case 'frequency':
      for (const m of sentence.matchAll(FREQUENCY))
        leads.push({ kind: 'frequency', text: m[0].toLowerCase(), perYear: false });
      break;
    default:
      break;
  }
  const seen = new Set<string>();
  return leads.filter((l) => {
    const n = firstNumber(l.text);
    if (l.kind !== 'year' && n !== null && excluded.has(n)) return false;
    if (l.kind === 'year' && excluded.has(l.text) && wanted !== 'year_end' && wanted !== 'year_start')
      return false;
    if (seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });
}

/**
 * The clause in which the charter bounds its own period: a sentence that names the charter or its agreements
 * and runs from one date to another ("Deze afspraken gelden vanaf 9 juni 2008 tot en met 31 december 2017").
 */
const charterPeriodOf = perOwner(
  (knowledge: Deps['knowledge']) =>
    knowledge.clauses.find((c) =>
      clauseSentences(c.text).some((s) => grammar.charterName.test(fold(s)) && PERIOD.test(s)),
    ) ?? null,
);

/** The charter's figures grouped by clause, once per knowledge base. */
const factsByClause = perOwner((knowledge: Deps['knowledge']) => {
  const byClause = new Map<string, CharterFact[]>();
  for (const f of knowledge.facts) append(byClause, f.clauseId, f);
  return byClause;
});
const factsOf = (deps: Deps, clauseId: string) => factsByClause(deps.knowledge).get(clauseId) ?? [];

/**
 * Several figures of the asked kind in one sentence ("a national 20 million, of which 10 million for the
 * 40 wijken"): the one whose surrounding words the question shares wins; when none stands out, the answer
 * quotes the sentence without a figure up front rather than guess.
 */
function rankBySubject(deps: Deps, leads: Lead[], sentence: string, folded: string): Lead[] {
  if (leads.length <= 1) return leads;
  if (leads.every((l) => l.kind === 'frequency')) return leads.slice(0, 1);
  const question = new Set(deps.clauseIndex.encoder.encode(folded));
  const tokens = sentence.split(/\s+/);
  const near = (l: Lead) => {
    const at = tokens.findIndex((_, i) => tokens.slice(i).join(' ').startsWith(l.text));
    if (at < 0) return 0;
    const window = tokens.slice(Math.max(0, at - 6), at + l.text.split(/\s+/).length + 6).join(' ');
    return deps.clauseIndex.encoder.encode(window).filter((t) => question.has(t)).length;
  };
  const scored = leads.map((l) => ({ l, s: near(l) })).sort((a, b) => b.s - a.s);
  const [top, second] = scored;
  if (top && second && top.s > second.s) return [top.l];
  return [];
}

function planCompare(deps: Deps, pair: [string, string], question: string): GeneralPlan | null {
  const filter: Filter = { excluded: numbersIn(question), counted: null, seen: new Map() };
  const parts: Array<{ quote: Quote; lead: Lead }> = [];
  for (const side of pair) {
    const folded = fold(side);
    const hits = searchClauses(deps.clauseIndex, folded, 6).filter((h) => h.score >= MIN_SCORE);
    // "the municipality" is the sum the municipality gives, not one in a clause that names it in passing.
    const hit =
      withActor(deps, hits, folded, [], false, () =>
        searchClauses(deps.clauseIndex, folded, ACTOR_CANDIDATES),
      ) ?? withFigure(deps, hits, folded, 'amount', filter);
    if (!hit) return null;
    const sentence = sentenceWith(deps, hit, folded, 'amount', filter);
    if (!sentence) return null;
    const [lead] = rankBySubject(
      deps,
      leadsIn(deps, hit.clause, sentence, 'amount', filter),
      sentence,
      folded,
    );
    if (!lead) return null;
    parts.push({ quote: { clause: hit.clause, sentence, shown: shownText(hit.clause, sentence) }, lead });
  }
  const [a, b] = parts;
  if (!a || !b || a.quote.sentence === b.quote.sentence) return null;
  // Which is larger is said only when both are sums for the same period.
  const va = a.lead.fact?.value;
  const vb = b.lead.fact?.value;
  const larger =
    va !== undefined && vb !== undefined && a.lead.perYear === b.lead.perYear && va !== vb
      ? va > vb
        ? 0
        : 1
      : null;
  return { kind: 'compare', parts, larger };
}

/** The clauses that name a person, found once per knowledge base. */
const peopleClauses = perOwner((knowledge: Deps['knowledge']) =>
  knowledge.clauses.filter((c) => c.kind !== 'footnote' && PERSON.test(c.text)),
);

/** Whether a clause is a line of the signature block (names a person with an office). */
export function isSignatureLine(knowledge: Deps['knowledge'], id: string): boolean {
  return peopleClauses(knowledge).some((c) => c.id === id && grammar.office.test(fold(c.text)));
}

/**
 * The lines of the charter's signature block whose office the question names, of the ministry it names if
 * it names one: "hoeveel staatssecretarissen van OCW tekenden?" counts two, "how many ministers signed
 * along?" every minister among the co-signers.
 */
function signedAs(deps: Deps, folded: string): Clause[] {
  const offices = officesAsked(folded);
  const co = coSignerLines(deps.knowledge);
  const section = co[0]?.section;
  const block = peopleClauses(deps.knowledge).filter((c) => c.section === section);
  const lines = grammar.coSigners.test(folded) ? co : block;
  const officeWords = ` ${folded
    .split(' ')
    .filter((w) => w && !PEOPLE_GENERIC.has(w))
    .join(' ')} `;
  const ofMinistry = ministryLines(deps, officeWords, offices).filter((c) => lines.includes(c));
  const held = (c: Clause) => offices.some((o) => fold(c.text).includes(` ${o} `));
  return (ofMinistry.length > 0 ? ofMinistry : lines).filter(held);
}

/** The person lines after the charter's own co-signing line ("Mede namens"), up to the next other clause. */
const coSignerLines = perOwner((knowledge: Deps['knowledge']) => {
  const people = new Set(peopleClauses(knowledge));
  const at = knowledge.clauses.findIndex((c) => grammar.coSigners.test(fold(c.text)) && !people.has(c));
  if (at < 0) return [];
  const after = knowledge.clauses.slice(at + 1);
  const end = after.findIndex((c) => !people.has(c));
  return end < 0 ? after : after.slice(0, end);
});

/** Each person line's names, folded: "drs. Harrie Bosch," -> harrie, bosch; initials and "van", "ter" left out. */
const signatoryNames = perOwner((knowledge: Deps['knowledge']) =>
  peopleClauses(knowledge).map((clause) => {
    const person = PERSON.exec(clause.text);
    const rest = person ? clause.text.slice(person.index + person[0].length) : '';
    const names = fold(rest.replace(/\b\p{Lu}\./gu, ' '))
      .split(/[\s-]+/)
      .filter((w) => w.length >= 4 && !grammarWords.has(w));
    return { clause, names: new Set(names) };
  }),
);

/** The person lines naming someone the question names ("wethouder Bosch", "Harrie Bosch's"). */
function signatoriesNamed(deps: Deps, folded: string): Clause[] {
  const asked = new Set(folded.split(' ').map((w) => w.replace(/s$/, '')));
  const own = new Set(folded.split(' '));
  return signatoryNames(deps.knowledge)
    .filter(({ names }) => [...names].some((n) => own.has(n) || asked.has(n)))
    .map(({ clause }) => clause);
}

/** The offices a question asks about, as the charter writes them: "state secretaries" is "staatssecretaris". */
function officesAsked(folded: string): string[] {
  const charter = phrasesOf('office', 'nl');
  const asked = new Set<string>();
  for (const lang of ['nl', 'en'] as const) {
    for (const concept of ['officePlural', 'office'] as const) {
      phrasesOf(concept, lang).forEach((p, i) => {
        if (folded.includes(` ${fold(p).trim()} `) && charter[i]) asked.add(charter[i]);
      });
    }
  }
  return [...asked];
}

/** How well, against the best, another holder of the office asked must match to be named too. */
const HOLDER_SHARE = 0.8;
/**
 * The signature lines of the ministry the words name best ("ocw", "economic affairs", "health vws"), of
 * the offices asked if any: a line's ministry is its words between the office and the person. Only where
 * the words carry most of one ministry's name; none where they name none.
 */
function ministryLines(deps: Deps, office: string, offices: string[]): Clause[] {
  // "het ministerie van", "the national government": words of every ministry's line.
  const words = ` ${office
    .split(' ')
    .filter((w) => w && !SIDE_WORDS.has(w) && !KINDS.has(w))
    .join(' ')} `;
  if (words.trim() === '') return [];
  // "economic affairs" is one idea with the words "economische" and "zaken": the line with both names it,
  // not one with "Zaken" alone.
  const terms = new Set(queryGroups(deps.clauseIndex, words).flatMap((g) => g.alternatives.flat()));
  const lines = peopleClauses(deps.knowledge).flatMap((clause) => {
    const text = fold(clause.text);
    const office = grammar.office.find(text);
    const person = PERSON.exec(clause.text);
    if (!office || !person) return [];
    const ministry = fold(clause.text.slice(0, person.index)).slice(office.end);
    // "de minister voor Wonen, Wijken en Integratie, drs. E. Vogelaar": the ministry ends at the person.
    const covered = coverage(deps.clauseIndex, words, ministry);
    const shared = new Set(deps.clauseIndex.encoder.encode(ministry).filter((t) => terms.has(t))).size;
    return [{ clause, office: office.text, share: covered.share, shared }];
  });
  const best = Math.max(0, ...lines.map((l) => l.share));
  if (best < MINISTRY_SHARE) return [];
  const close = lines.filter((l) => l.share >= best - SHARE_TIE);
  const most = Math.max(...close.map((l) => l.shared));
  const ofIt = close.filter((l) => l.shared === most && most > 0);
  const held = ofIt.filter((l) => offices.length === 0 || offices.includes(l.office));
  return (held.length > 0 ? held : ofIt).map((l) => l.clause);
}
/** Where a question names a second ministry: "en van", "and for", "and the Minister of". */
const MINISTRY_JOIN = new RegExp(
  // A concept's source puts a space before each word.
  `${grammar.ministryJoin.source}(?:${grammar.office.source})?${grammar.ministryOpener.source} `,
);
/** Words of a kind of thing named ("ministerie", "ministry"): every ministry's line has them. */
const KINDS = grammarWordsOf(['namedKind']);
/** How much of the question's words (offices and grammar aside) a ministry's name must carry. */
const MINISTRY_SHARE = 0.5;

/** The most holders of one office named in one answer. */
const MAX_HOLDERS = 4;

/**
 * "What's the first name of the wethouder who signed?": the office line says "drs. H. Bosch", the signature
 * at the end "drs. Harrie Bosch": every line of the people found, for a name asked.
 */
function everyLineOf(deps: Deps, plan: GeneralPlan): GeneralPlan {
  if (plan.kind !== 'people') return plan;
  const surname = (text: string) => /(\p{Lu}[\p{L}-]+)\W*$/u.exec(text.trim())?.[1];
  const names = new Set(plan.clauses.map((c) => surname(c.text)).filter((n) => n !== undefined));
  const lines = peopleClauses(deps.knowledge).filter((c) => {
    const n = surname(c.text);
    return n !== undefined && names.has(n);
  });
  const signatures = lines.filter((c) => !plan.clauses.includes(c));
  return signatures.length > 0 ? { ...plan, signatures } : plan;
}

function planPeople(deps: Deps, folded: string): GeneralPlan | null {
  const named = peopleClauses(deps.knowledge);
  if (named.length === 0) return null;
  // "list everyone who signed": every line. "welke ministers tekenden mede namens het rijk?", "who else
  // signed along with Vogelaar?": the lines the charter puts under its own "Mede namens".
  const co = coSignerLines(deps.knowledge);
  if (grammar.everyone.test(folded) && co[0]) {
    // The signature block that opens the charter; the names repeated at its end are the same people.
    const section = co[0].section;
    return { kind: 'people', clauses: named.filter((c) => c.section === section) };
  }
  // A real match names the office or ministry asked about; a shared heading word alone does not count.
  // Searched by the office alone: "signed" finds every clause about signing, not the signature lines.
  const officeOf = (text: string) =>
    ` ${text
      .split(' ')
      .filter((w) => w && !PEOPLE_GENERIC.has(w))
      .join(' ')} `;
  const office = officeOf(folded);
  // "Welke minister van Justitie heeft mede ondertekend?" names the one asked.
  if (
    grammar.coSigners.test(folded) &&
    co.length > 0 &&
    ministryLines(deps, office, officesAsked(folded)).length === 0
  )
    return { kind: 'people', clauses: co };
  // A signatory named ("Bosch", "Aboutaleb").
  // Their name asked: every line naming them; else the line with their office ("wethouder van Wonen").
  const signatory = signatoriesNamed(deps, folded);
  const withOffice = signatory.filter((c) => grammar.office.test(fold(c.text)));
  const lines = grammar.personName.test(folded) || withOffice.length === 0 ? signatory : withOffice;
  if (lines.length > 0) return { kind: 'people', clauses: lines.slice(0, MAX_HOLDERS) };
  const ranked = searchClauses(deps.clauseIndex, office, 40).filter(
    (h) => PERSON.test(h.clause.text) && h.score >= PEOPLE_SCORE,
  );
  // "Welke bewindspersonen van OCW ...?", "Who signed on behalf of the Ministry of Economic Affairs?": the
  // lines whose ministry the question names, every office holder of it unless it asks one office.
  // "van Sociale Zaken en van Volksgezondheid": two ministries, each with its own lines.
  // "... of Justice and the Minister of Agriculture": the office may be said again before the second.
  const parts = folded.split(MINISTRY_JOIN).map(officeOf);
  const perPart = parts.length > 1 ? parts.map((p) => ministryLines(deps, p, officesAsked(folded))) : [];
  // A part that names no ministry ("the charter was also signed on behalf") is no ministry asked.
  const ministries = perPart.filter((lines) => lines.length > 0);
  const several = ministries.length > 1;
  const ofMinistry = several
    ? [...new Set(ministries.flat())]
    : ministryLines(deps, office, officesAsked(folded));
  if (ofMinistry.length > 0)
    return { kind: 'people', clauses: ofMinistry.slice(0, MAX_HOLDERS * (several ? ministries.length : 1)) };
  // "Which Minister of Justice signed?": an office of its own ("justice") is what decides.
  const specific = folded
    .split(' ')
    .some(
      (w) =>
        w.length > 1 &&
        !PEOPLE_GENERIC.has(w) &&
        !SIDE_WORDS.has(w) &&
        deps.clauseIndex.encoder.encode(w).length > 0,
    );
  // "Welke staatssecretarissen van OCW?": every holder of the office asked, of those that match as well.
  const asked = officesAsked(folded);
  const holders = ranked.filter((h) => asked.some((o) => fold(h.clause.text).includes(` ${o} `)));
  /** The people of the hits that match about as well as the first. */
  const closeTo = (hits: ClauseHit[]): GeneralPlan => ({
    kind: 'people',
    clauses: hits
      .filter((h) => h.score >= (hits[0]?.score ?? 0) * HOLDER_SHARE)
      .map((h) => h.clause)
      .slice(0, MAX_HOLDERS),
  });
  if (specific && holders.length > 0) return closeTo(holders);
  // "Who signed on behalf of OCW?": every signatory of that ministry, each matching about as well.
  if (specific && ranked.length > 0) return closeTo(ranked);
  // "Who signed for the municipality, and who for the national government?": each side's signatory.
  // "Which minister signed for the national government?" names a side and no office: that side's signatory.
  const both = grammar.municipality.test(folded) && grammar.nationalGovernment.test(folded);
  const aSide = grammar.municipality.test(folded) || grammar.nationalGovernment.test(folded);
  if (ranked.length === 0 || both || aSide) {
    const sides = [
      grammar.municipality.test(folded) ? named.find((c) => /\bwethouder\b/i.test(c.text)) : undefined,
      grammar.nationalGovernment.test(folded)
        ? named.find((c) => /Wonen, Wijken en Integratie/.test(c.text))
        : undefined,
    ].filter((c): c is Clause => c !== undefined);
    if (sides.length > 0) return { kind: 'people', clauses: sides };
  }
  if (ranked.length > 0) return { kind: 'people', clauses: ranked.map((h) => h.clause).slice(0, 2) };
  // "wie tekende namens VROM?": a signatory the charter does not have is not the first two it has.
  return specific ? { kind: 'nothing' } : { kind: 'people', clauses: named.slice(0, 2) };
}

/** Units worth repeating with a figure in a verdict ("not 3 years but 2.5 years"). */
const UNIT = /^(jaar|jaren|years?|maand|maanden|months?|procent|percent|%|miljoen|million|wijken|euro)$/;
/** Words that name the same unit in either language. */
const UNIT_FORMS: Record<string, string> = {
  jaar: 'year',
  jaren: 'year',
  year: 'year',
  years: 'year',
  maand: 'month',
  maanden: 'month',
  month: 'month',
  months: 'month',
  miljoen: 'million',
  million: 'million',
  procent: '%',
  percent: '%',
  '%': '%',
  wijk: 'wijk',
  wijken: 'wijk',
  neighbourhoods: 'wijk',
  neighbourhood: 'wijk',
  neighborhoods: 'wijk',
  neighborhood: 'wijk',
  districts: 'wijk',
  district: 'wijk',
};
const MONTHS = grammarWordsOf(['month']);
/** A month beside a day or year: "1 januari", "june 2008". */
const MONTH_OF_A_DATE = new RegExp(
  `(?<=\\d )(?:${[...MONTHS].join('|')})(?= )|(?<= )(?:${[...MONTHS].join('|')})(?= \\d)`,
  'g',
);
const canonicalUnit = (word: string) => (word ? (UNIT_FORMS[word] ?? word) : null);
const isYear = (text: string) => /^(19|20)\d\d$/.test(text);
/** Figures comparable in a claim: any sum of money with any other, a unit with itself, no unit with none. */
const unitGroup = (word: string) =>
  word === 'euro' || SCALES.has(word) ? 'money' : UNIT.test(word) ? canonicalUnit(word) : null;

/** "binnen een maand", "één jaar": one of a unit of time, as a number that a claimed "3 months" meets. */
const oneOfAUnit = (text: string) =>
  text.replace(/\b(?:een|één|one|a)\s+(jaar|maand|month|year)\b/giu, (_m, unit: string) => `1 ${unit}`);

/** Each number in a text with the word right after it ("37 extra", "2,5 jaar", "25 %"). */
function numbersWithWords(text: string): Array<{ text: string; value: string; word: string }> {
  // A number glued to letters is part of a code ("WWI/W2008002440"), no figure.
  return [...text.matchAll(/(?<![\p{L}\d])\d+(?:[.,]\d+)*/gu)].map((m) => {
    const word = /^\s*(%|\p{L}+)/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[1]?.toLowerCase() ?? '';
    // "€ 225.000 beschikbaar" is a sum in euro, whatever word follows; "€ 1 miljoen" keeps its scale.
    const euro = /€\s?$/.test(text.slice(0, m.index ?? 0)) && !SCALES.has(word);
    return { text: m[0], value: normalNumber(m[0]), word: euro ? 'euro' : word };
  });
}
const SCALES = new Set(['miljoen', 'miljard', 'million', 'billion']);
/** Two sums of money of the same amount, whatever their scale ("0,5 miljoen", "€ 500.000"). */
const sameAmount = (a: { value: string; word: string }, b: { value: string; word: string }) =>
  unitGroup(a.word) === 'money' && unitGroup(b.word) === 'money' && amountOf(a) === amountOf(b);
/** A figure's value with its scale: "0,5 miljoen" is the charter's "€ 500.000". */
const amountOf = (n: { value: string; word: string }) =>
  Number(n.value) * (n.word === 'miljoen' || n.word === 'million' ? 1e6 : SCALES.has(n.word) ? 1e9 : 1);

/** Each figure a text names, numbers in words too, with the word after it. */
const figuresIn = (text: string) => numbersWithWords(numbersInWords(text));

/** The sentence of a clause that states a sum the question names. */
function sentenceStating(clause: Clause, question: string): string | undefined {
  const named = figuresIn(question).map((n) => `${n.value} ${n.word}`);
  return clauseSentences(clause.text).find((x) =>
    numbersWithWords(x).some((n) => named.includes(`${n.value} ${n.word}`)),
  );
}

/** At most this many clauses stating a sum the question names make it the question's subject. */
const STATING_CLAUSES = 2;

/**
 * The clauses that state a sum the question names ("21,5 miljoen", "€ 850.000", "100k"): money, by its
 * scale or sign, or a number of four digits or more that is no year. None where more than a few do.
 */
function clausesStating(deps: Deps, question: string): Clause[] {
  const sums = figuresIn(question).filter(
    (n) => SCALES.has(n.word) || n.word === 'euro' || (Number(n.value) >= 1000 && !isYear(n.text)),
  );
  if (sums.length === 0) return [];
  const byFigure = figuresStated(deps.knowledge);
  const found = [...new Set(sums.flatMap((m) => byFigure.get(`${m.value} ${m.word}`) ?? []))];
  return found.length <= STATING_CLAUSES ? found : [];
}

/** Every figure of the charter with its word ("21.5 miljoen", "850000 euro") -> the clauses stating it. */
const figuresStated = perOwner((knowledge: Deps['knowledge']) => {
  const map = new Map<string, Clause[]>();
  for (const c of knowledge.clauses)
    for (const n of numbersWithWords(c.text)) {
      const key = `${n.value} ${n.word}`;
      const list = map.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      map.set(key, list);
    }
  return map;
});
const PARTIAL_COUNT =
  /\b(twee|drie|vier|enkele|sommige|een aantal|verschillende|\d+)\s+(wijken|krachtwijken|van de wijken)\b/i;
/**
 * Checks a yes/no claim against the sentence that is about it. "No" needs a reason the sentence shows: a
 * different figure, a different wijk, "two wijken" where the claim says every one, or a negation that
 * does not match. Without one, a clearly matching sentence is a "yes"; anything less is "not in so many
 * words".
 */
/** Prefixes that make a word its opposite ("onveilig", "unsafe"). */
const NEGATING_PREFIXES = ['on', 'un'];
/** The shortest word whose prefixed form is read as its opposite ("veilig", not "der" in "onder"). */
const OPPOSED_WORD = 4;

/** A part of a year said before it ("tweede helft van 2008"): which part (the same in both languages). */
function yearPartIn(folded: string, year?: string): { part: number; year: string; text: string } | null {
  for (const { part, pattern } of YEAR_PARTS) {
    const m = pattern.exec(folded);
    if (m && (year === undefined || m[2] === year))
      return { part, year: m[2] as string, text: m[1] as string };
  }
  return null;
}
/** Each part of a year, in both languages, with the year after it: compiled once. */
const YEAR_PARTS = (['nl', 'en'] as const).flatMap((lang) =>
  phrasesOf('yearPart', lang).map((phrase, part) => ({
    part,
    pattern: new RegExp(` (${escapeRegExp(phrase)} (?:van|of|in) ((?:19|20)\\d\\d))(?= )`),
  })),
);

/** A folded claim without its relative clauses ("... ondernemers die nergens terechtkunnen"), to a comma. */
function withoutRelative(folded: string): string {
  const opener = grammar.relativeOpener.find(folded);
  if (!opener) return folded;
  const end = folded.indexOf(',', opener.end);
  return `${folded.slice(0, opener.start)} ${end < 0 ? '' : folded.slice(end + 1)}`;
}

function decide(deps: Deps, u: Understanding, question: string, quote: Quote): Verdict {
  const claim = withoutHearsay(fold(question));
  const sentence = quote.sentence;
  const foldedSentence = fold(sentence);
  // Figures: a number the claim states that the clause does not, where the sentence states another of
  // the same kind ("pas vanaf 3 jaar" against "vanaf 2,5 jaar", "50 extra" against "37 extra").
  // In figures as the question is read: "de vier krachtwijken" holds the 4 a claim states.
  const inClause = new Set(figuresIn(quote.clause.text).map((n) => n.value));
  const clauseSums = numbersWithWords(quote.clause.text);
  // The sentence that best matches may carry no figure ("Visitatie: ... vormgegeven."): then the clause's.
  // "binnen een maand" says "een": the refutation says it in the charter's words ("1 maand" is not there).
  const sentenceNumbers = numbersWithWords(oneOfAUnit(numbersInWords(sentence))).map((n) => {
    const article =
      n.text === '1' ? new RegExp(`\\b(een|één) ${n.word}\\b`, 'iu').exec(sentence)?.[1] : undefined;
    return article ? { ...n, text: article } : n;
  });
  const stated = sentenceNumbers.length > 0 ? sentenceNumbers : clauseSums;
  // A "no" because of a figure needs the sentence to be about the claim: most of its ideas, or its rarest.
  // The clause's sentences before it say what it goes on about ("WWI stelt ... voor burgerinitiatieven ...
  // De gemeente Utrecht krijgt voor 2008 € 850.000").
  const clauseText = quote.clause.text.replace(/\n/g, ' ');
  const lead = clauseText.includes(sentence) ? clauseText.slice(0, clauseText.indexOf(sentence)) : '';
  const about = coverage(
    deps.clauseIndex,
    withoutSource(claim)
      .replace(MONTH_OF_A_DATE, ' ')
      .replace(/ \d+(?= )/g, ' '),
    `${lead} ${sentence} ${quote.clause.path.at(-1) ?? ''} ${continuedText(deps, quote.clause)}`,
    {
      skipUnknown: u.intent.language === 'en',
    },
  );
  // ... and about the one the claim says acts: the corporations' € 21,5 miljoen refutes no claim about the
  // municipality's money.
  const claimedActor = actorOf(claim);
  const statedActor = actorOf(foldedSentence);
  const sameActor = claimedActor === null || statedActor === null || claimedActor === statedActor;
  // A claim of the charter's own period ("tot eind 2020 doorlopen") is about the clause that bounds it.
  const ownPeriod =
    asksCharterPeriod(claim, u.content) && charterPeriodOf(deps.knowledge)?.id === quote.clause.id;
  const onSubject = (about.share >= 0.5 || about.rarest || ownPeriod) && sameActor;
  // A date against a date: "per 1 januari 2008" where the sentence says "vanaf 9 juni 2008".
  const claimedDate = datesIn(claim)[0];
  const statedDates = datesIn(foldedSentence);
  if (
    onSubject &&
    claimedDate &&
    statedDates.length > 0 &&
    !statedDates.some((d) => sameDay(d, claimedDate))
  ) {
    // "... gelden tot 31 december 2020?" is set against the period's last date, not its first.
    const until = grammar.untilDate
      .all(claim)
      .some((m) => claim.slice(m.end).trim().startsWith(claimedDate.text.trim()));
    const first = (until ? statedDates.at(-1) : statedDates[0]) as DateIn;
    return { holds: false, because: 'figure', claimed: claimedDate.text, stated: first.text };
  }
  // A year against the year the sentence gives in the same words: "in de zomer van 2006" where it says "in
  // de zomer van 2007 op basis van metingen uit 2006" is a no, whatever other year the sentence holds.
  for (const m of onSubject ? claim.matchAll(/ ([a-z]+ [a-z]+) ((?:19|20)\d\d)(?= )/g) : []) {
    const [, before, year] = m;
    const said = new RegExp(` ${before} ((?:19|20)\\d\\d) `).exec(foldedSentence)?.[1];
    if (said && said !== year)
      return { holds: false, because: 'figure', claimed: year as string, stated: said };
  }
  // A part of the same year: "pas in de tweede helft van 2008" where it says "In de eerste helft van 2008".
  const claimedPart = yearPartIn(claim);
  const statedPart = claimedPart ? yearPartIn(foldedSentence, claimedPart.year) : null;
  if (onSubject && claimedPart && statedPart && claimedPart.part !== statedPart.part) {
    // Said in the question's language: "the charter says first half of 2008".
    const lang = u.intent.language;
    const part = phrasesOf('yearPart', lang)[statedPart.part] ?? '';
    const stated = `${part} ${lang === 'nl' ? 'van' : 'of'} ${statedPart.year}`;
    return { holds: false, because: 'figure', claimed: claimedPart.text, stated };
  }
  // A frequency against a frequency: "maar één keer per jaar" where the sentence says "Twee keer per jaar".
  const claimedFrequency = frequencyIn(claim);
  const statedFrequency = frequencyIn(sentence);
  if (onSubject && claimedFrequency && statedFrequency && claimedFrequency.times !== statedFrequency.times)
    return { holds: false, because: 'figure', claimed: claimedFrequency.text, stated: statedFrequency.text };
  // The figure set against a claimed one is one the claim does not state itself: "voor 2008 tot en met
  // 2011" against "voor de jaren 2008 en 2009" is refuted by 2009.
  // "every one of the four wijken": the charter's wijken by name; their four is no figure claimed.
  const allFour = namesTheFourWijken(claim);
  // "de 40 wijken" names the programme (`countNames`): its 40 is no figure the claim states.
  // "Does the 2008 charter say ...?": the year of its name is no figure claimed.
  const signed = Number(deps.knowledge.meta.signedOn.slice(0, 4));
  // (Read from the question as written: "volgens de afspraken van 2008" is hearsay to the claim, gone there.)
  const asWritten = fold(question);
  const yearOfName =
    asWritten.includes(` ${signed} `) && !withoutCharterYear(asWritten, signed).includes(` ${signed} `)
      ? String(signed)
      : null;
  const claimedNumbers = numbersWithWords(question).filter(
    (n) =>
      n.value !== yearOfName &&
      !(allFour && WIJK_WORD.test(n.word) && n.value === '4') &&
      !countNames(deps.knowledge).has(`${n.value} ${fold(n.word).trim()}`),
  );
  const claimedValues = new Set(claimedNumbers.map((n) => n.value));
  const unclaimedFirst = <T extends { value: string }>(list: T[]) => [
    ...list.filter((n) => !claimedValues.has(n.value)),
    ...list.filter((n) => claimedValues.has(n.value)),
  ];
  // "is the maximum subsidy 500001?": a bare number in a claim about money is a sum of money.
  const aboutMoney = grammar.money.test(claim);
  const claimedFigures = claimedNumbers.map((c) =>
    aboutMoney && !isYear(c.text) && c.word !== '%' && !UNIT.test(c.word) && Number(c.value) >= 1000
      ? { ...c, word: 'euro' }
      : c,
  );
  for (const c of onSubject ? claimedFigures : []) {
    const kind = canonicalUnit(c.word);
    const sameKind = stated.filter((n) => kind !== null && canonicalUnit(n.word) === kind);
    // "zo'n 18%" is the charter's 18,4%.
    const roughly = saidRoughly(question, c.text);
    const isClaimed = (n: { value: string; word: string }) => sameFigure(amountOf(c), amountOf(n), roughly);
    // "Krijgt het korps 500 extra wijkagenten?": the clause's 500 are the rijk's; the sentence about the
    // korps says 37 extra. A figure of the same kind the answering sentence states decides.
    if (sameKind.length > 0 && !sameKind.some(isClaimed)) {
      const first = sameKind[0] as { text: string; word: string };
      return {
        holds: false,
        because: 'figure',
        claimed: withUnit(inCharterNotation(c)),
        stated: rangeAround(sentence, first.text) ?? withUnit(first),
      };
    }
    // Stated elsewhere in the clause, with a unit of its kind: "1 miljoen" is not the "1" of "1 februari".
    const group = unitGroup(c.word);
    if (
      group === null
        ? inClause.has(c.value)
        : clauseSums.some((n) => amountOf(n) === amountOf(c) && unitGroup(n.word) === group)
    )
      continue;
    // The day of a date ("9 June 2008") is no count to set against "40 wijken".
    const day = MONTHS.has(c.word);
    // Without one of its kind, only a figure of a comparable unit: "5,1" is never refuted by "30,5%", nor
    // "30 wijken" by "€ 500.000".
    // "tot eind 2020" against "vanaf 9 juni 2008 tot en met 31 december 2017": a claimed last year is set
    // against the sentence's last year, not its first.
    // Nor a claimed "vijftig-nog-wat miljoen" by the day of "1 februari": a date's day is only a day's match.
    const comparable = unclaimedFirst(stated).filter(
      (n) =>
        unitGroup(n.word) === unitGroup(c.word) &&
        isYear(n.text) === isYear(c.text) &&
        MONTHS.has(n.word) === day,
    );
    // So is a year after every year the sentence states ("in 2019 nog geldig" against "tot en met 2017").
    const lastYearClaimed =
      isYear(c.text) &&
      (grammar.askYearEnd.test(claim) ||
        comparable.every((n) => !isYear(n.text) || Number(n.value) < Number(c.value)));
    const other =
      unclaimedFirst(sameKind)[0] ??
      (day
        ? undefined
        : lastYearClaimed
          ? comparable.filter((n) => !claimedValues.has(n.value)).at(-1)
          : comparable[0]);
    if (!other || isClaimed(other)) continue;
    // A year the sentence gives as part of a date is said as that date: "niet 2020 maar 31 december 2017".
    const dated = isYear(other.text) ? statedDates.find((d) => d.year === other.value) : undefined;
    if (dated)
      return { holds: false, because: 'figure', claimed: withUnit(inCharterNotation(c)), stated: dated.text };
    // "voor 5 tot 6 jaar" against "voor 3 - 4 jaar": a range is refuted by a range, each said whole.
    return {
      holds: false,
      because: 'figure',
      claimed: rangeAround(numbersInWords(claim), c.text) ?? withUnit(inCharterNotation(c)),
      stated: rangeAround(sentence, other.text) ?? withUnit(other),
    };
  }
  // Places: a charter wijk the claim names where the sentence names another.
  const wijken = deps.knowledge.lexicon.wijken.filter((w) => w.inCharter);
  const inSentence = wijken.filter((w) => foldedSentence.includes(fold(w.name)));
  for (const key of u.intent.wijken) {
    const w = wijken.find((x) => x.key === key);
    if (w && !inSentence.includes(w) && inSentence.length > 0) {
      return {
        holds: false,
        because: 'place',
        claimed: w.name,
        stated: inSentence.map((x) => x.name).join(', '),
      };
    }
  }
  // "Komt er in Kanaleneiland een werkhotel?" against "In twee wijken is een Werkhotel gepland": a sentence
  // that names no wijk, and not every one, does not say it of the wijk claimed.
  if (claimsOfAnUnnamedWijk(deps, u, quote)) return { holds: null };
  // "in elke krachtwijk" against "in twee wijken".
  if (grammar.every.test(claim) && PARTIAL_COUNT.test(sentence) && !grammar.every.test(foldedSentence)) {
    return { holds: false, because: 'not_every' };
  }
  // "zich niet veilig voelde" is the sentence's "voelt zich onveilig": a negated word the sentence says
  // with its negating prefix negates nothing against it.
  const unnegated = claim.replace(/ (?:niet|not) (\p{L}+)(?= )/gu, (whole, w: string) =>
    NEGATING_PREFIXES.some((p) => foldedSentence.includes(` ${p}${w}`)) ? ` on${w}` : whole,
  );
  if (grammar.negation.test(unnegated) !== grammar.negation.test(foldedSentence)) {
    // "een regeling voor starters die nergens een lening krijgen": a negation that only describes whom the
    // claim is about refutes nothing; the sentence may simply not say it. (The sentence's own description,
    // "ondernemers die geen financiering kunnen verkrijgen", does limit what it says.)
    const describedOnly =
      grammar.negation.test(unnegated) && !grammar.negation.test(withoutRelative(unnegated));
    return describedOnly ? { holds: null } : { holds: false, because: 'negation' };
  }
  // ... and "zich veilig voelde" against it is its opposite.
  const opposite = words(unnegated).some(
    (w) =>
      w.length >= OPPOSED_WORD &&
      NEGATING_PREFIXES.some((p) => foldedSentence.includes(` ${p}${w} `)) &&
      !foldedSentence.includes(` ${w} `),
  );
  if (opposite) return { holds: false, because: 'negation' };
  // "Klopt het dat alleen OCW geld beschikbaar stelt?" against "door VWS en OCW": the others it names too.
  const notOnly = onlyOneRefuted(claim, sentence);
  if (notOnly) return notOnly;
  // A "yes" needs the sentence to carry most of the claim's ideas (through the glossary for English).
  // Its rarest idea ("Werkhotel") must be among them: sharing "rijk" and "geld" is not the claim.
  const context = `${sentence} ${quote.clause.path.at(-1) ?? ''}`;
  // A claim about who acts ("so the rijk pays for the werkhotel?") is no "yes" where the sentence, or its
  // heading, names another actor or none.
  // Only a claim about money says who acts ("pays", "stelt beschikbaar"); an actor after "van de", "of the"
  // is part of the subject ("de bijdrage van de corporaties"), not who acts.
  // Nor one that receives: "WWI offers Utrecht € 225.000", "geeft Utrecht", "kreeg Utrecht van WWI".
  const claimedActors = grammar.money.test(claim)
    ? actorsIn(withoutReceivers(claim.replace(/ (?:van|of) (?:de|het|the) [a-z]+/g, ' ')))
    : new Set<string>();
  const statedActors = actorsIn(fold(context));
  if (claimedActors.size > 0 && ![...claimedActors].some((a) => statedActors.has(a))) return { holds: null };
  // The charter's own name ("de krachtwijkaanpak", "the agreements") is what the claim is in, not an idea of
  // it; its negation ("valt buiten") was set against the sentence's above.
  const ideas = grammar.negation.replace(grammar.charterName.replace(claim));
  const { share, rarest } = coverage(deps.clauseIndex, ideas, context, {
    skipUnknown: u.intent.language === 'en',
  });
  // The figures the claim states that the sentence states too, in the charter's words: a "yes" says them.
  const claimed = claimedFigures;
  const confirmed = confirmedFigures(deps, quote, claimed);
  // Every figure the claim makes is the sentence's, and enough of its ideas: that is the claim.
  // A sum is confirmed by a sum: "15 miljoen" is not by the "15 november" of a letter's date.
  const clauseFigures = figuresIn(quote.clause.text);
  const allConfirmed =
    claimed.length > 0 &&
    claimed.every((c) =>
      clauseFigures.some((n) => (unitGroup(c.word) === 'money' ? sameAmount(n, c) : n.value === c.value)),
    );
  // A figure the claim states and the clause does not ("van 4 juni 2008" where it gives no date) is not
  // confirmed by sharing the claim's words: that would be a "yes" to a figure the charter never states.
  if (!allConfirmed && claimed.length > 0) return { holds: null };
  // "... rapporteert over hoe de krachtwijkenaanpak vordert?": a word the charter never uses ("vordert")
  // is the rarest idea and never carried; where its known rarest idea is, and most of the claim, it holds.
  const carriedKnown =
    share >= KNOWN_CLAIM_SHARE && coverage(deps.clauseIndex, claim, context, { skipUnknown: true }).rarest;
  // "are the goals realistic?": an English word nothing knows (the charter, the glossary) is what the claim
  // says of its subject; sharing the subject ("doelstellingen") is no "yes" to it.
  const saysUnknown =
    u.intent.language === 'en' && unknownIdeas(deps.clauseIndex, claim, UNKNOWN_CLAIM_WORD).length > 0;
  if (
    (!saysUnknown && ((rarest && share >= 0.5) || carriedKnown)) ||
    (allConfirmed && confirmed.length > 0 && share >= 0.3)
  )
    return confirmed.length > 0 ? { holds: true, confirmed } : { holds: true };
  return { holds: null };
}

/** Shorter unknown stems are chat or clipped words ("pls", "lol"), not something claimed. */
const UNKNOWN_CLAIM_WORD = 5;

/** How many of the search's other hits a refuted claim is checked against, sentence by sentence. */
const CONFIRMING_HITS = 4;
/** The least share of a claim a sentence of another hit must carry to confirm it. */
const CONFIRMING_SHARE = 0.6;

/** Of the other strong hits, a sentence that confirms the claim, with its verdict; null if none does. */
function confirmedElsewhere(
  deps: Deps,
  u: Understanding,
  claim: string,
  hits: readonly ClauseHit[],
  chosen: Clause,
): { quote: Quote; verdict: Verdict } | null {
  for (const h of hits.slice(0, CONFIRMING_HITS)) {
    if (h.clause === chosen) continue;
    for (const sentence of clauseSentences(h.clause.text)) {
      // It must carry the claim's rarest idea and most of it, as well as hold by `decide`.
      const carried = coverage(deps.clauseIndex, claim, sentence, {
        skipUnknown: u.intent.language === 'en',
      });
      if (!carried.rarest || carried.share < CONFIRMING_SHARE) continue;
      const quote: Quote = { clause: h.clause, sentence, shown: sentence };
      const verdict = decide(deps, u, claim, quote);
      if (verdict.holds === true) return { quote, verdict };
    }
  }
  return null;
}

/**
 * "Ik vroeg me af of ...", "I wonder whether ...": the frame a question opens with names nothing to find
 * ("vroeg" is also "early"). Other requests ("ik zoek ...") may say what is looked for: they stay.
 */
function withoutFrame(folded: string): string {
  const frame = grammar.wondering.find(folded);
  return frame?.start === 0 ? ` ${folded.slice(frame.end).trim()} ` : folded;
}

/**
 * "alleen OCW", "only the rijk": the party a claim says acts alone, against a sentence that names it with
 * others of its kind (the charter's acronyms: "VWS en OCW"; or the sides: "gemeente en rijk"). Null where
 * the claim says no such thing or the sentence names no one else.
 */
function onlyOneRefuted(claim: string, sentence: string): Verdict | null {
  const only = grammar.onlyOne.find(claim);
  if (!only) return null;
  const named = claim.slice(only.end).trim().split(' ').slice(0, 3);
  // Acronyms as the sentence writes them ("OCW", "VWS"); sides as actors ("gemeente", "rijk").
  const acronyms = [...new Set(sentence.match(/\b\p{Lu}{2,}\b/gu) ?? [])];
  const claimedAcronym = acronyms.find((a) => named.includes(a.toLowerCase()));
  if (claimedAcronym) {
    const others = acronyms.filter((a) => a !== claimedAcronym);
    return others.length > 0 ? { holds: false, because: 'not_only', claimed: claimedAcronym, others } : null;
  }
  const claimedActor = firstActor(` ${named.join(' ')} `)?.name;
  if (!claimedActor) return null;
  const others = [...actorsIn(fold(sentence))].filter((a) => a !== claimedActor);
  return actorsIn(fold(sentence)).has(claimedActor) && others.length > 0
    ? { holds: false, because: 'not_only', claimed: claimedActor, others }
    : null;
}

/** How much of a claim a sentence must carry when the claim's rarest word is one the charter never uses. */
const KNOWN_CLAIM_SHARE = 0.7;

/** "in elke wijk", "in de vier krachtwijken": a folded sentence about every wijk of the charter. */
/** The claim names a wijk the quoted sentence does not name, where that sentence names no wijk and not each. */
function claimsOfAnUnnamedWijk(deps: Deps, u: Understanding, quote: Quote): boolean {
  const folded = fold(quote.sentence);
  const named = deps.knowledge.lexicon.wijken.some((w) => w.inCharter && folded.includes(fold(w.name)));
  return (
    !u.followUp &&
    u.intent.wijken.some((k) => !quote.clause.id.includes(k)) &&
    !named &&
    !saysEveryWijk(folded)
  );
}

const saysEveryWijk = (folded: string) => grammar.every.test(folded) || ALL_WIJKEN.test(folded);

/** "the four wijken", "de vier krachtwijken", in a folded claim: the charter's wijken by name. */
const namesTheFourWijken = (folded: string) => ALL_WIJKEN.test(` ${numbersInWords(folded).trim()} `);

/** A word for the wijken: "wijken", "krachtwijken", "neighbourhoods". */
const WIJK_WORD = /wijk|neighbou?rhood|district/;
/** "de vier (Utrechtse) krachtwijken", "all neighbourhoods": a concept's source puts a space before each word. */
const ALL_WIJKEN = new RegExp(
  `${grammar.allWijkenCount.source}(?:${grammar.cityAdjective.source})?${grammar.wijkPlural.source} `,
);

/** How much of what a question sets aside a sentence must say to be that known part. */
const BESIDES_SHARE = 0.5;

/** A figure as a refutation says it: "€ 500.000", "37 extra", "4 jaar". */
const withUnit = (n: { text: string; word: string }) =>
  n.word === 'euro'
    ? `€ ${n.text}`
    : UNIT.test(n.word) || n.word === 'extra'
      ? `${n.text} ${n.word}`
      : n.text;

/** "3 - 4 jaar", "5 tot 6 jaar": the range a figure opens or closes in a text, with its unit, if any. */
function rangeAround(text: string, figure: string): string | null {
  const range =
    /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:-|–|tot|t\/m|to)\s*(\d+(?:[.,]\d+)?)(?![\d.,])(?:\s+(\p{L}+))?/giu;
  for (const m of text.matchAll(range)) {
    if (m[1] !== figure && m[2] !== figure) continue;
    // The unit goes with it when it is one ("jaar"), not a word that follows ("mogelijk").
    return m[3] && !UNIT.test(m[3].toLowerCase()) ? m[0].slice(0, -m[3].length).trimEnd() : m[0];
  }
  return null;
}

/** Of the strong clauses, the first with a figure where the actor a money claim names acts, when the best is another's. */
function withActor(
  deps: Deps,
  hits: ClauseHit[],
  folded: string,
  topics: readonly string[],
  english: boolean,
  more: () => ClauseHit[],
): ClauseHit | null {
  const [first] = hits;
  const actor = actorOf(folded);
  // "kreeg Utrecht van WWI ...": the sum is the receiver's as much as the giver's.
  const giver = giverOf(folded);
  // Not a sum for a wijk the question does not name ("€ 500.000 in ... Hoograven", "voor deze wijk").
  const otherWijk = (x: string) => / (?:deze|die) wijk /.test(fold(x)) || namesAnotherWijk(deps, x, folded);
  const acts = (h: ClauseHit) =>
    clauseSentences(h.clause.text).some((x) => {
      if (!AMOUNT.test(x) || otherWijk(x)) return false;
      const who = actorOf(fold(x));
      return who === actor || (giver !== null && who === giver);
    });
  // "kreeg Utrecht van WWI ...?": a giver named that no sentence's actor says ("van WWI") is whose sum it is;
  // the receiver's own sums elsewhere are not.
  const fromUnknown = giver === null && grammar.giverPreposition.test(afterReceiving(folded) ?? '');
  if (!first || actor === null || fromUnknown || acts(first)) return null;
  // The actor's own sum may share fewer words ("wijkactieplannen" where the question says "wijkenaanpak"):
  // weaker clauses count, as long as that actor acts in them. Not the subject, though: "hoeveel krijgt
  // Utrecht uit het wijkenfonds?" is not answered by what Utrecht gets for burgerinitiatieven.
  // (An English question's ideas are all translated, its rarest maybe a verb said otherwise: "contribute".)
  // The subject, that is: not how the sum is given ("hoeveel dragen ... bij", "legt ... in"), nor the
  // charter's own name ("de wijkenaanpak": the actor's own sum may say "de wijkactieplannen").
  const subjectWords = ` ${words(folded)
    .filter((w) => !NOT_THE_SUBJECT.has(w))
    .join(' ')} `;
  const rarest = (h: ClauseHit) =>
    coverage(deps.clauseIndex, subjectWords, aboutText(deps, h.clause), { skipUnknown: true }).rarest;
  // (Where the best clause lacks it but a strong one carries it, it is the subject all the same: "hoeveel
  // stelt WWI beschikbaar om Utrecht voor te bereiden op het participatiebudget?" is not the volkstuinen'.)
  const subject =
    !english && (rarest(first) || hits.some((h) => h.score >= first.score * NAME_SCORE_SHARE && rarest(h)));
  // Nor the "Centres for Youth and Family" the best clause names, and the actor's sum elsewhere does not.
  const topical = topics.length > 0 && namesTopics(deps, first.clause, topics);
  const answers = (h: ClauseHit) =>
    acts(h) && (!subject || rarest(h)) && (!topical || namesTopics(deps, h.clause, topics));
  return (
    hits.find((h) => h.score >= first.score * NAME_SCORE_SHARE && answers(h)) ??
    more().find((h) => h.score >= first.score * ACTOR_SCORE_SHARE && answers(h)) ??
    null
  );
}
/** A claim without the side that receives: the word after a verb of giving or receiving ("offers Utrecht"). */
function withoutReceivers(folded: string): string {
  let out = folded;
  // From the last verb back, so each cut leaves the places of the verbs before it as they were.
  const verbs = [...grammar.givingVerb.all(folded), ...grammar.receiveVerb.all(folded)];
  for (const m of verbs.sort((a, b) => b.start - a.start)) {
    const next = / (?:de |het |the )?[a-z]+/.exec(out.slice(m.end));
    if (next?.index === 0) out = `${out.slice(0, m.end)} ${out.slice(m.end + next[0].length)}`;
  }
  return out;
}
/** Who gives what a receiver gets: "krijgt Utrecht van WWI" is WWI's sum (the rijk's); null if none is named. */
function giverOf(folded: string): string | null {
  const from = GIVER_ON.exec(afterReceiving(folded) ?? '');
  return from ? actorOf(` ${from[1]} `) : null;
}
/** "van WWI voor het voorbereidingstraject": what follows the giver's preposition. */
const GIVER_ON = new RegExp(`${grammar.giverPreposition.source} (.+)$`);
/** What a question says after its verb of receiving ("krijgt", "receives"), or null without one. */
function afterReceiving(folded: string): string | null {
  const receive = grammar.receiveVerb.find(folded);
  return receive ? ` ${folded.slice(receive.end).trim()} ` : null;
}
/** The municipality by name ("utrecht", "gemeente"): a claim about its sum is about the sentence naming it. */
const MUNICIPALITY_WORDS = grammarWordsOf(['municipality']);
/** A sum for one year: "voor het jaar 2008", "in 2008", "voor 2008". */
const ONE_YEAR = /\b(?:voor het jaar|voor|in) (?:19|20)\d\d\b/i;
/** The words of money and of giving it ("bedrag", "dragen ... bij", "contribute"), and the charter's names. */
const NOT_THE_SUBJECT = grammarWordsOf(['money', 'charterName']);
/** Money in the charter's words, without a sum: "financiële middelen", "een rijksbijdrage". */
const MONEY_TEXT = /\b(?:middelen|financi\p{L}*|\p{L}*bijdrage|\p{L}*budget|subsidie\p{L}*|\p{L}*fonds)\b/iu;
/** A sum of money in the charter's words: "€ 4 miljoen", "20 miljoen". */
const AMOUNT = /€\s?\d|\d\s*(?:miljoen|miljard)\b/;
/** How many clauses, and how strong against the best, a money question looks through for its actor's. */
const ACTOR_CANDIDATES = 20;
const ACTOR_SCORE_SHARE = 0.3;

/** Who acts in a folded text (see actors.ts): "rijk", "gemeente", "corporaties", or null. */
const actorOf = (folded: string) => firstActor(folded, true)?.name ?? null;

/** "welke drie dingen", "which three things": the number of items a question asks for, from two up. */
function listedAsked(folded: string): number | null {
  const which = grammar.which.find(folded);
  const next = which ? numbersInWords(folded.slice(which.end + 1).split(' ')[0] ?? '') : '';
  const n = /^\d+$/.test(next) ? Number(next) : Number.NaN;
  return n >= 2 && n <= MAX_ITEMS ? n : null;
}

/** How many items a sentence lists: "geld voor a; geld voor b; en geld voor c" is three. */
function itemsListed(sentence: string): number {
  const parts = sentence.split(';').filter((p) => p.trim().length > 0);
  if (parts.length >= 2) return parts.length;
  const after = /:\s*(.+)$/.exec(sentence)?.[1];
  return after ? after.split(/,\s*|\s+(?:en|and)\s+/).length : 1;
}

/** How strong, against the best clause, a clause that lists what was asked must be to answer instead. */
const LIST_SHARE = 0.8;

// The list must be about the question: it carries its rarest idea ("room for experiments", not any five).
const withListOf = (deps: Deps, hits: ClauseHit[], n: number, folded: string) =>
  strongHit(
    hits,
    LIST_SHARE,
    (h) =>
      clauseSentences(h.clause.text).some((s) => itemsListed(s) === n) &&
      coverage(deps.clauseIndex, folded, aboutText(deps, h.clause), { skipUnknown: true }).rarest,
  );

/** How strong, against the best clause, a clause that names a place must be to answer a where-question. */
const PLACE_SHARE = 0.6;
/** A place named in a sentence: "te Utrecht", "in Kanaleneiland". */
const PLACE = /\b(?:te|in|at)\s+\p{Lu}\p{Ll}+/u;

const withPlace = (hits: ClauseHit[]) => strongHit(hits, PLACE_SHARE, (h) => PLACE.test(h.clause.text));
/** ... and one that carries the question's rarest idea: "in welke wijken komt een werkhotel?" is not said. */
const withWijk = (deps: Deps, hits: ClauseHit[], folded: string) =>
  strongHit(
    hits,
    PLACE_SHARE,
    (h) =>
      (deps.knowledge.lexicon.wijken.some((w) => w.inCharter && h.clause.text.includes(w.name)) ||
        grammar.wijkDescribed.test(fold(h.clause.text))) &&
      coverage(deps.clauseIndex, folded, h.clause.text, { skipUnknown: true }).rarest,
  );

/** Of the strong clauses, the first with a sentence that states a date and carries the claim's rarest idea. */
function withDate(deps: Deps, hits: ClauseHit[], folded: string): ClauseHit | null {
  const dated = (s: string) =>
    datesIn(fold(s)).length > 0 && coverage(deps.clauseIndex, folded, s, { skipUnknown: true }).rarest;
  return strongHit(hits, DATED_SHARE, (h) => clauseSentences(h.clause.text).some(dated));
}

/** How strong, against the best clause, a clause that dates the claim's subject must be to answer. */
const DATED_SHARE = 0.5;

type DateIn = { day: string; month: string; year: string | null; text: string };

/** The dates in a folded text: "9 juni 2008", "1 january". */
function datesIn(folded: string): DateIn[] {
  return [...folded.matchAll(DATE)].map((m) => ({
    day: String(Number(m[1])),
    month: String(monthNumber(m[2] as string) ?? ''),
    year: m[3] ?? null,
    text: m[0].trim(),
  }));
}

const sameDay = (a: DateIn, b: DateIn) =>
  a.day === b.day && a.month === b.month && (a.year === null || b.year === null || a.year === b.year);

/** A day and month, and perhaps a year, in folded text. */
const DATE = new RegExp(` (\\d{1,2}) (${[...MONTHS].join('|')})(?: ((?:19|20)\\d\\d))?(?= )`, 'g');

/** A claimed figure in the charter's notation ("250,000" typed in English is "250.000"), as phrasing expects. */
const DUTCH_NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
function inCharterNotation<T extends { text: string; value: string }>(n: T): T {
  return isYear(n.text) ? n : { ...n, text: DUTCH_NUMBER.format(Number(n.value)) };
}

/** The charter's wording of each claimed figure the answering sentence states ("850.000" -> "€ 850.000"). */
function confirmedFigures(
  deps: Deps,
  quote: Quote,
  claimed: Array<{ text: string; value: string; word: string }>,
): string[] {
  const inSentence = numbersWithWords(quote.sentence);
  const facts = factsOf(deps, quote.clause.id).filter((f) => quote.sentence.includes(f.text));
  const out: string[] = [];
  // "voor 2008 € 850.000": the year places the claim; the amount is what it states.
  const figures = claimed.some((c) => !isYear(c.text)) ? claimed.filter((c) => !isYear(c.text)) : claimed;
  for (const c of figures) {
    const n = inSentence.find((x) => x.value === c.value || sameAmount(x, c));
    if (!n) continue;
    const fact = facts.find((f) => f.text.includes(n.text) && f.kind !== 'count');
    const text =
      fact?.text ??
      (UNIT.test(n.word) || n.word === '%' ? `${n.text}${n.word === '%' ? '%' : ` ${n.word}`}` : n.text);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
