// The answer engine: a message (+ thread) in, an Answer out. Knows nothing about Slack, Teams or HTTP.
// A message is read first (markup, letters, several questions), then each question is understood in the
// conversation so far and routed to what answers it, which plans the answer; the phraser the engine is
// given writes that plan in the question's language and, as the translation, in the other one.
import type { Knowledge } from '../charter/load.js';
import { seedStems } from '../charter/stem.js';
import { swapActor } from './actors.js';
import { mergedCitations, wijkName } from './answer-parts.js';
import { type ClauseIndexData, clauseIndexData, clauseIndexFrom, coverage } from './clause-search.js';
import { createMemoryContextStore } from './context.js';
import { readsAsFollowUp } from './follow-up.js';
import { either, grammar, grammarWords, grammarWordsOf, phrasesOf } from './grammar/index.js';
import { detectLanguage } from './language.js';
import { withMinistriesNamed, withMinistryNamed } from './ministry-described.js';
import { numbersInWords } from './numbers-in-words.js';
import type { Draft, Phraser, Plan } from './plan.js';
import { isSignatureLine, rareWords } from './plan-general.js';
import { mayPointBack, namesQuotedThing } from './points-back.js';
import { isYesNo, wantedOf, withoutSource } from './question-shape.js';
import { quotedContext } from './quoted.js';
import { MAX_MESSAGE_LENGTH, type ReadQuestion, read } from './read.js';
import { clarifyLetter, clarifyVague, type Deps, route, targetByClause, tooLong } from './respond.js';
import { withWijkNames } from './shorthand.js';
import { smallTalk } from './small-talk.js';
import { swapSubject } from './subject-swap.js';
import { cleanQuestion, fold, MAX_QUESTION_LENGTH, withoutListedMembers, words } from './text.js';
import type { Answer, ContextStore, Language, ProgressData, ThreadContext } from './types.js';
import { type Understanding, understand } from './understand.js';
import { type VocabularyData, vocabularyData, vocabularyFrom } from './vocabulary.js';
import { swapWijk } from './wijk-swap.js';

/** A word few clauses have names a thing ("straatcoaches") if it is this long. */
const RARE_THING = 6;

export type Engine = {
  /**
   * `data`: the measurements and revisions as of a date, or a function that reads them; it is called only
   * for a question about progress or measured values. Without it nothing counts as measured.
   */
  ask(
    question: unknown,
    options?: {
      thread?: string;
      data?: ProgressData | (() => Promise<ProgressData>);
      /** Given the thread's new context instead of the context store, to save it with the answer. */
      remember?: (context: ThreadContext) => void;
    },
  ): Promise<Answer>;
  /** Synchronous answer without thread memory or measurements, for benchmarks and pure callers. */
  answerNow(question: unknown): Answer;
  /** Whether a reply in a shared thread the bot answered in is for the bot (a question or follow-up). */
  readsAsFollowUp(text: unknown): boolean;
  knowledge: Knowledge;
};

/** The names a sentence puts in quotes ("het 'Impulsprogramma Groen en de stad'"), folded. */
function quotedNamesIn(sentence: string): string[] {
  return [...sentence.matchAll(/['‘"“]([^'’"”]{4,80})['’"”]/g)].map((m) => fold(m[1] as string));
}

/** Words that point back ("daarvoor", "dat", "it"), which the sentence before gives meaning. */
const POINTERS = grammarWordsOf(['anaphora', 'demonstrative']);
/** "called", "genoemd", "heet": the verb of a question for a name. */
const NAME_VERBS = grammarWordsOf(['nameVerb']);
/** "dat bedrag", "that sum": the kind of thing pointed at, which the sentence before names in its own words. */
const POINTED_KINDS = grammarWordsOf(['money']);

/** The most words of a thing named alone as a follow-up ("justice?", "de staatssecretarissen?"). */
const BARE_THING_WORDS = 3;
/** The most words of a follow-up read for another ministry ("and for health (VWS)?"). */
const FOLLOW_UP_WORDS = 6;
/** The most words of a remark after an answered question ("zat OV er echt onder??"). */
const MAX_REMARK_WORDS = 6;
/** "zo'n centrum", "die regeling", "that scheme": the noun a question points back at. */
const POINTED_NOUN = new RegExp(`${either('demonstrative', 'kindPointer').source} (\\p{L}+) `, 'u');
/** A pointed noun this long names a thing ("centrum", "regeling"), not "ene" or "keer". */
const MIN_POINTED_NOUN = 5;

/** A word this long in a remark is a subject of its own ("burgemeester"), not "echt", "onder", "klopt". */
const SUBJECT_WORD = 6;

/** Acronyms and CamelCase names in a sentence ("OKU", "OndernemersKrediet"), folded. */
function acronymsIn(sentence: string): string[] {
  return [...sentence.matchAll(/\b(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\b/gu)].map((m) =>
    fold(m[0]).trim(),
  );
}

/**
 * A letter's sentence that wonders without asking ("Ik vraag me af of dat een breder gevoel is", "I
 * wonder whether that is common"): no question mark, and a word that points back, which in the letter's
 * first question can only be into the writer's own story.
 */
function isMusing(text: string): boolean {
  if (text.trim().endsWith('?')) return false;
  const folded = fold(text);
  // "ik vraag me af of dat ...", "ik wil weten of dat klopt": a frame that asks whether, of what "dat" is.
  const frame = ASKING_FRAME.find(folded);
  const next = frame ? folded.slice(frame.end).trim().split(' ')[0] : undefined;
  return next !== undefined && WHETHER.has(next) && mayPointBack(folded.slice(frame?.end ?? 0));
}

/** The words that make a frame ask whether ("of", "whether", "if"). */
const WHETHER = grammarWordsOf(['whether']);
/** "ik vraag me af", "ik wil weten", "I wonder": a frame before what is asked (compiled once). */
const ASKING_FRAME = either('wondering', 'request', 'searchRequest');

/** The most questions answered from one message; a letter asking more is answered in its first ones. */
const MAX_PARTS = 4;

/** A question's answer as written, with the plan it was written from (a message of several is phrased whole). */
type Written = { answer: Answer; plan: Plan };

/**
 * What the engine searches besides the knowledge, worked out from it alone, as plain data (Maps, Sets,
 * arrays): the clause index's terms and glossary, the vocabulary's phrases and words. Most of an engine's
 * start-up; a short-lived process keeps it between runs (src/app/engine-start.ts).
 */
export type EngineIndex = { clauses: ClauseIndexData; vocabulary: VocabularyData };

export function engineIndex(knowledge: Knowledge): EngineIndex {
  if (knowledge.stems) seedStems(knowledge.stems);
  return { clauses: clauseIndexData(knowledge), vocabulary: vocabularyData(knowledge) };
}

/**
 * `phraser` writes the answers (src/phrase/answer.ts: `createPhraser(knowledge.lexicon)`); the engine only
 * decides what they say. `index`: the knowledge's `engineIndex`, when kept from an earlier run.
 */
export function createEngine(
  knowledge: Knowledge,
  options: { phraser: Phraser; contexts?: ContextStore; index?: EngineIndex },
): Engine {
  const { phraser } = options;
  if (knowledge.stems) seedStems(knowledge.stems);
  const index = options.index ?? engineIndex(knowledge);
  const vocab = vocabularyFrom(index.vocabulary);
  const deps: Deps = { knowledge, clauseIndex: clauseIndexFrom(knowledge, index.clauses) };
  const contexts = options.contexts ?? createMemoryContextStore();
  const understood = (question: string, context: ThreadContext | undefined, language?: Language) =>
    understand(question, context, vocab, knowledge, language ? { language } : {});
  /** A wijk or place of the lexicon, by any of its names: "(Kanaleneiland, Ondiep)" says which. */
  const placeNames = new Set(
    [...knowledge.lexicon.wijken, ...knowledge.lexicon.places].flatMap((p) =>
      [p.name, ...p.aliases].map((n) => fold(n).trim()),
    ),
  );
  const isPlace = (name: string) => placeNames.has(fold(name).trim());
  /** A question as typed, cleaned: numbers in words as digits, slips of the pen mended. */
  const prepared = (text: string) =>
    withWijkNames(
      withMinistriesNamed(
        vocab.spelling.mend(numbersInWords(withoutListedMembers(cleanQuestion(text), isPlace))),
        knowledge.lexicon.ministries,
      ),
      knowledge.lexicon.wijken,
    );

  /**
   * "and for health (VWS)?", "and agriculture?" after the signatories of a ministry: a short follow-up
   * that says another ministry's domain asks for that ministry ("health" is no target there).
   */
  const ministryOfSignatory = (question: string, context: ThreadContext | undefined): string => {
    if (
      !context?.clauseId ||
      context.background ||
      words(fold(question)).length > FOLLOW_UP_WORDS ||
      !isSignatureLine(knowledge, context.clauseId)
    )
      return question;
    // "wanneer precies?", "and where?" after a signatory: a line of the signature block does nothing but
    // sign, so when or where it happened is when or where the charter was signed.
    const folded = fold(question);
    const whenOrWhere = grammar.askDate.test(folded) || grammar.askWhere.test(folded);
    if (whenOrWhere && !grammar.signing.test(folded) && !hasContent(question)) {
      const [signed] = phrasesOf('signing', detectLanguage(folded, { nl: 0, en: 0 }, context.language));
      return signed ? `${question.replace(/\?\s*$/, '')} ${signed}?` : question;
    }
    return withMinistryNamed(question, knowledge.lexicon.ministries);
  };

  /**
   * "justice?" after "who signed for the interior?": in a conversation, a thing named alone (no question
   * word, no figure, a word or three) asks what "and justice?" asks.
   */
  const asFollowUp = (question: string, context: ThreadContext | undefined): string => {
    if (!context?.question || context.background) return question;
    const folded = fold(question);
    const ws = words(folded);
    if (
      ws.length === 0 ||
      ws.length > BARE_THING_WORDS ||
      /\d/.test(folded) ||
      grammar.questionWord.test(folded) ||
      grammar.followUpOpener.starts(folded) ||
      smallTalk(folded)
    )
      return question;
    const [opener] = phrasesOf('followUpOpener', context.language);
    return opener ? `${opener} ${question}` : question;
  };

  /** How many clauses use a word (its commonest stem); 0 for a word the charter does not use. */
  const clausesWith = (w: string): number =>
    Math.max(0, ...deps.clauseIndex.encoder.encode(w).map((t) => deps.clauseIndex.df.get(t) ?? 0));
  /** How rare a word is in the charter (1 / the clauses using it); 0 for a word it does not use. */
  const rarity = (w: string): number => {
    const df = clausesWith(w);
    return df > 0 ? 1 / df : 0;
  };
  /** A wijk's name is where, not what: never the subject a follow-up swaps. */
  const placeWords = new Set(vocab.wijkPhrases.flatMap((p) => words(p.phrase)));
  const subjectRarity = (w: string) => (placeWords.has(w) ? 0 : rarity(w));
  const namesPlaceOrTarget = (text: string) => {
    const u = understood(prepared(text), undefined);
    return (
      u.intent.wijken.length > 0 ||
      u.intent.indicators.length > 0 ||
      u.intent.years.length > 0 ||
      u.outside.length > 0
    );
  };
  /** A sentence that asks about something the charter could answer, not "Kunt u mij helpen?". */
  /** A lead-in that names a wijk, target or charter topic ("Voor Kanaleneiland ...:"), not "dus kort:". */
  const namesSubject = (text: string): boolean => {
    const u = understood(prepared(text), undefined);
    return (
      u.intent.wijken.length > 0 ||
      u.intent.indicators.length > 0 ||
      u.intent.theme !== null ||
      u.topics.length > 0 ||
      u.outside.length > 0 ||
      // "pilot segregatie: ...": a word only a few clauses use names what the question is about.
      words(u.folded).some((w) => vocab.rareCharterWords.has(w))
    );
  };
  const hasContent = (sentence: string): boolean => {
    const u = understood(prepared(sentence), undefined);
    if (smallTalk(u.folded)) return false;
    // "Wat staat er in voetnoot 12?" names what it asks about by its number.
    if (grammar.footnote.test(u.folded)) return true;
    // "stedelijk gem erbij aub": the city's average asked along is something to answer, though it names
    // no topic of its own.
    return (!u.vague && (u.about || u.intent.years.length > 0)) || u.intent.asks === 'citywide';
  };

  /**
   * The answer a draft plans, in the question's language; with `translate`, the same plan in the other
   * language too (refusals of the message as a whole have none).
   */
  const write = (draft: Draft, translate: boolean): Written => {
    const { status, language, plan, facts, citations, suggest } = draft;
    const answer: Answer = { status, language, answer: phraser.phrase(plan, language), facts, citations };
    if (suggest) answer.suggestions = phraser.suggestions(suggest, language);
    if (translate) {
      const other: Language = language === 'nl' ? 'en' : 'nl';
      answer.translation = { language: other, answer: phraser.phrase(plan, other) };
    }
    return { answer, plan };
  };

  /** One question in its conversation: the answer, and what the conversation remembers after it. */
  const decide = (
    turn: ReadQuestion,
    context: ThreadContext | undefined,
    language: Language | undefined,
    given: ProgressData | undefined,
  ): Written & { context: ThreadContext | undefined; u: Understanding | null } => {
    const question = asFollowUp(
      ministryOfSignatory(withOwnPlace(prepared(turn.text), turn.background), context),
      context,
    );
    if (question.length > MAX_QUESTION_LENGTH) {
      const lang = language ?? detectLanguage(fold(question.slice(0, 400)), { nl: 0, en: 0 }, 'nl');
      return { ...write(tooLong(deps, lang), false), context, u: null };
    }
    const start = context ?? backgroundContext(turn.background, language);
    /** A follow-up rewritten as the whole question it asks, read and answered with no conversation. */
    const afresh = (rewritten: string) => {
      const u = understood(prepared(rewritten), undefined, language ?? context?.language);
      return { u, response: route(deps, u, given, undefined) };
    };
    /** That answer, written, and remembered as the conversation's. */
    const kept = ({ u, response }: ReturnType<typeof afresh>) => {
      const written = write(response.answer, true);
      return { ...written, context: remembered(knowledge, u, written, response.remember, context), u };
    };
    // "en de gemeente zelf?" after "hoeveel leggen de corporaties jaarlijks in?": that question, of the
    // municipality, read afresh: the clause that answered the corporations' is no answer to it.
    const swapped = context?.question ? swapActor(context.question, question) : null;
    // What the charter does not say of that actor is said so: the clause before is the other actor's.
    if (swapped) return kept(afresh(swapped));
    // "en in Ondiep?" after an answer from the charter's text: that question, of Ondiep.
    const otherWijk =
      context?.question && context.clauseId && context.indicators.length === 0 && !context.background
        ? swapWijk(context.question, question, vocab.wijkPhrases)
        : null;
    if (otherWijk) {
      const asked = afresh(otherWijk);
      if (asked.response.answer.status !== 'not_found') return kept(asked);
    }
    // "en een leerwerkploeg?" after a yes/no question: that question of the thing now named, yes or no first.
    // Not a wijk, target or year: those follow-ups carry over through the understanding.
    // The swap is tried first: it is null for most follow-ups, and the place check reads the question again.
    const withOtherSubject =
      context?.question && context.indicators.length === 0
        ? swapSubject(context.question, question, subjectRarity)
        : null;
    const resubjected = withOtherSubject && !namesPlaceOrTarget(question) ? withOtherSubject : null;
    if (resubjected) {
      const asked = afresh(resubjected);
      if (asked.response.answer.status === 'answered') return kept(asked);
    }
    // "En geldt dat ook in Ondiep?" after a target: the same question of that wijk, not a claim to check.
    const typed = fold(question);
    const same = context?.indicators.length ? grammar.sameHolds.find(typed) : null;
    const asked = same ? `${typed.slice(0, same.start)} ${typed.slice(same.end)}` : question;
    const alone = understood(asked, start, language);
    // "Hoe heet dat programma?" in a letter asks about the sentence before it: that is read first.
    // In a conversation, "en wie betaalt dat?" points at what was just answered, not at the letter's context.
    const prior =
      pointsBack(alone) && !context?.clauseId
        ? withPrior(turn, alone, start, language, given, context)
        : null;
    const first = route(deps, alone, given, context);
    // Where the question alone finds the same clause, its own words choose the sentence: "Wie beslist welke
    // wijken zo'n extra agent krijgen?" is the regional college's sentence, not the sentence before's 37.
    const sameClause =
      prior !== null &&
      first.answer.status === 'answered' &&
      first.answer.citations[0]?.id === prior[1].answer.citations[0]?.id;
    const joined = sameClause ? null : prior;
    const [u, response] =
      joined ??
      (first.answer.status === 'answered' || first.answer.status === 'partial'
        ? [alone, first]
        : (prior ??
          withPrior(turn, alone, start, language, given, context, true) ??
          withSubject(question, alone, context, language, given) ?? [alone, first]));
    // A letter that asks nothing in so many words, and whose statements the charter does not answer
    // ("Mijn buurvrouw zei dat het om 12% ging."), is asked what it wants to know.
    if (turn.implied && response.answer.status === 'not_found')
      return { ...write(clarifyLetter(deps, response.answer.language), false), context, u };
    const written = write(response.answer, true);
    return { ...written, context: remembered(knowledge, u, written, response.remember, context), u };
  };

  /**
   * "Op het consultatiebureau noemden ze een Ouder-Kind Centrum. Komt er ook een in Noordwest; wanneer was
   * dat?": a question in a letter that points back ("een", "dat") and cannot be answered alone takes its
   * subject from the sentence just before it. Only an answer from the charter's text counts, never a wijk
   * the context adds, and the clause must carry the question's own rarest idea ("Noordwest").
   */
  const withPrior = (
    turn: ReadQuestion,
    alone: Understanding,
    start: ThreadContext | undefined,
    language: Language | undefined,
    given: ProgressData | undefined,
    context: ThreadContext | undefined,
    /** The question alone found no answer: "met zulke gezinnen", or one naming nothing, points back too. */
    unanswered = false,
  ): [Understanding, ReturnType<typeof route>] | null => {
    // "Het ging over de forumsholen.": the sentence before, its slips of the pen mended. "zo'n centrum": the
    // last sentence before that names a centre ("... een Ouder-Kind Centrum. Mijn schoonzus heeft er al
    // een om de hoek.").
    // (Only a noun of the charter's own: "that research" is the "yearly outcome monitor" just mentioned,
    // not the writer's "small research bureau" further back.)
    const noun = POINTED_NOUN.exec(fold(turn.text))?.[1];
    const said =
      (noun && noun.length >= MIN_POINTED_NOUN && vocab.charterWords.has(noun)
        ? turn.background.findLast((s) => ` ${fold(s)} `.includes(`${noun} `))
        : undefined) ?? turn.background.at(-1);
    const prior = said === undefined ? undefined : vocab.spelling.mend(said);
    // "Ik hoorde iets over straatcoaches. Hoeveel komen er?": a question that names nothing at all asks
    // about what the sentence before names.
    // ("komen", "worden": words the clause index holds no term for).
    const bare =
      alone.content.every((w) => deps.clauseIndex.encoder.encode(w).length === 0) &&
      alone.topics.length === 0 &&
      alone.intent.indicators.length === 0;
    const asksBefore = unanswered && bare;
    const points = pointsBack(alone) || (unanswered && grammar.kindPointer.test(alone.folded)) || asksBefore;
    // "... that Rotterdam agreed for Delfshaven in its charter?": a place outside the charter is refused
    // whatever the sentence before adds.
    // "This came up at a residents meeting last week. And their phone number?": when the question came up
    // tells nothing it could be about, unless it names a thing few clauses have ("... over de straatcoaches").
    // Nor does who the writer is ("Ik woon sinds kort in de wijk."), unless it names a place or such a thing.
    const toldOnly =
      prior !== undefined &&
      (grammar.toldEvent.test(fold(prior)) || aboutTheWriterOnly(prior)) &&
      !namesAThing(prior);
    if (!prior || !points || alone.outside.length > 0 || toldOnly) return null;
    // "... what was the 2017 target for the share of Ondiep residents who feel unsafe in their
    // neighbourhood?" names its target itself: "their" points at the residents, and the sentence before
    // ("43 homes ... renovated back in 2011") does not decide the answer.
    // (Named in its own words: a target the letter's context carries over is no reason.)
    if (
      alone.intent.indicators.length > 0 &&
      understood(alone.question, undefined, language).intent.indicators.length > 0
    )
      return null;
    // "Wat houdt dat in?" says nothing of its own: the sentence before is the whole question. "When did it
    // start?" says what kind of answer is wanted (a date), so it goes with it.
    const own = alone.content.length > 0;
    const kind = wantedOf(alone.folded) !== null;
    // "Wat zijn die doelen voor onze wijk, voor 2011 en 2017?": its wijk and years go with it too.
    const placed = alone.intent.years.length > 0 || alone.intent.wijken.length > 0;
    const withPriorText = (before: string) =>
      understood(prepared(own || kind || placed ? `${before} ${turn.text}` : before), start, language);
    let u = withPriorText(prior);
    // A target the sentence before names is the subject only of a question that asks its figure for a
    // year and names no topic itself ("Het gaat om schooluitval. Met hoeveel procent moest dat omlaag tegen
    // 2011?"); otherwise the letter's context does not decide the answer.
    // "Met hoeveel procent moest dat niveau ... hoger liggen?" after "... het beginniveau van kleuters": a
    // question that names the thing the sentence before names ("dat niveau") asks its figure too.
    const asksItsFigure =
      alone.intent.years.length > 0 &&
      alone.intent.indicators.length === 0 &&
      (!own || namesQuotedThing(alone.folded, prior));
    if (u.intent.indicators.length > 0 && !asksItsFigure) return null;
    let response = route(deps, u, given, context);
    // "Ik hoorde op de bewonersavond over de straatcoaches.": where the writer heard of it is no part of the
    // subject; the words of the sentence before that the charter knows name it.
    const known = knownWordsOf(prior);
    if (response.answer.status !== 'answered' && known !== prior && namesARareThing(known)) {
      const retried = withPriorText(known);
      const again = route(deps, retried, given, context);
      if (again.answer.status === 'answered' && (retried.intent.indicators.length === 0 || asksItsFigure)) {
        u = retried;
        response = again;
      }
    }
    const cited = response.answer.citations[0];
    // "For our model we need the amount Utrecht receives from the wijkenfonds. Could you give us the
    // figure?": the question asks what the sentence before asks; that the charter does not say is its answer.
    if (response.answer.status !== 'answered' || !cited)
      return asksBefore && response.answer.status !== 'clarify' ? [u, response] : null;
    // A wijk the sentence before adds ("twee gebieden in Overvecht") counts only where the clause is about it.
    // Not one the letter's context gave both ("Ik woon in Overvecht."): that sets the scene, not the subject.
    const added = u.intent.wijken.filter(
      (w) => !alone.intent.wijken.includes(w) && !(start?.wijken ?? []).includes(w),
    );
    const quote = fold(cited.quote);
    if (
      added.length > 0 &&
      (response.route === 'targets' || !added.every((w) => quote.includes(fold(wijkName(deps, w)))))
    )
      return null;
    if (!own) return [u, response];
    // The clause carries the question's own rarest idea, or the name the sentence before gave "dat programma"
    // ("het 'Impulsprogramma'", "OndernemersKrediet Utrecht (OKU)": quoted, an acronym or a CamelCase name).
    // ... or a word only a few clauses use ("Hoograven ... als vijfde aandachtswijk toegevoegd. Hoeveel geld
    // stelde de gemeente daarvoor beschikbaar?").
    const rare = words(fold(prior)).filter((w) => vocab.rareCharterWords.has(w));
    const named = [...quotedNamesIn(prior), ...acronymsIn(prior), ...rare].some((n) => quote.includes(n));
    return named || carriesOwnIdea(alone, cited.id, cited.quote) || carriesPriorIdea(prior, cited.id)
      ? [u, response]
      : null;
  };

  /**
   * Whether a clause carries a pointing question's own rarest idea. The pointing words ("daarvoor", "dat")
   * are not its own idea: they are what comes before. "Hoe groot is dat bedrag?": the kind pointed at
   * ("bedrag") is named before ("een potje") in the clause's own words ("leefbaarheidbudget"): its own
   * ideas without it count too.
   */
  const carriesOwnIdea = (alone: Understanding, clauseId: string, quote: string): boolean => {
    const ownWords = withoutSource(alone.folded)
      .split(' ')
      .filter((w) => !POINTERS.has(w));
    const clause = knowledge.clauseById.get(clauseId)?.text ?? quote;
    const carries = (ws: string[]) => {
      const carried = coverage(deps.clauseIndex, ` ${ws.join(' ')} `, clause, { skipUnknown: true });
      return carried.matched > 0 && carried.rarest;
    };
    // "What is that centre called?": the verb that asks for a name ("called") is no idea of its own either.
    return (
      carries(ownWords) ||
      carries(ownWords.filter((w) => !POINTED_KINDS.has(w))) ||
      carries(ownWords.filter((w) => !NAME_VERBS.has(w)))
    );
  };

  /**
   * "Someone told me the city promised a single front door for people starting a business. Which
   * organisations was Utrecht going to set that up with?": the sentence pointed at names the thing in other
   * words than the charter ("front door", "starting a business"); the clause that carries its rarest idea
   * through the lexicon ("startersloket") is the thing.
   */
  const carriesPriorIdea = (prior: string, clauseId: string): boolean => {
    const clause = knowledge.clauseById.get(clauseId)?.text;
    if (!clause) return false;
    const carried = coverage(deps.clauseIndex, ` ${fold(prior)} `, clause, { skipUnknown: true });
    return carried.matched > 0 && carried.rarest;
  };

  /**
   * "en hoeveel leggen die samen per jaar in?" after "Met welke woningcorporaties werkt Utrecht samen?":
   * "die" are the corporations the question before asked about; where the clause just quoted does not say
   * it, the question is asked again with that subject, and answered only from the charter's text.
   */
  const withSubject = (
    question: string,
    alone: Understanding,
    context: ThreadContext | undefined,
    language: Language | undefined,
    given: ProgressData | undefined,
  ): [Understanding, ReturnType<typeof route>] | null => {
    if (!context?.question || alone.refersTo === null || !pointsBack(alone)) return null;
    const before = understood(prepared(context.question), undefined, language ?? context.language);
    // Its rarest word is its subject ("woningcorporaties"); "Utrecht" and "krachtwijken" set the scene.
    const [subject] = before.content
      .filter((w) => w.length >= SUBJECT_WORD && clausesWith(w) > 0)
      .sort((a, b) => clausesWith(a) - clausesWith(b));
    if (!subject) return null;
    const u = understood(prepared(`${question} ${subject}`), undefined, language ?? context.language);
    const response = route(deps, u, given, undefined);
    return response.answer.status === 'answered' && response.route !== 'targets' ? [u, response] : null;
  };

  /**
   * "Ik woon in Hoograven ... En krijgt onze wijk extra geld?": "onze wijk" is the one place the letter
   * named before, which is then named in the question too.
   */
  const withOwnPlace = (question: string, background: readonly string[]): string => {
    if (!grammar.ownPlace.test(fold(question))) return question;
    // The last sentence before that names one place ("Is Hoograven covered?" after "I live in Hoograven ...
    // just like Kanaleneiland").
    // Read as any question is, so "OD" is Ondiep too.
    // Where the writer says they live ("... en wonen in Zuilen-Oost"), that place, before a sister's
    // ("Mijn zus woont in Kanaleneiland") told after it.
    const home = (s: string) => Number(grammar.ownHome.test(fold(s)));
    const ownFirst = [...background].reverse().sort((a, b) => home(b) - home(a));
    for (const sentence of ownFirst) {
      const place = onePlaceOf(understood(prepared(sentence), undefined));
      if (place) return `${question} (${place})`;
    }
    return question;
  };

  /** The name of the one place (a wijk of the charter's or another) an understanding names, or null. */
  const onePlaceOf = (u: Understanding): string | null => {
    const keys = [...u.intent.wijken, ...u.outside];
    const named = knowledge.lexicon.wijken.filter((w) => keys.includes(w.key));
    return keys.length === 1 && named.length === 1 ? (named[0]?.name ?? null) : null;
  };

  /** Whether a text has a word that few of the charter's clauses have (`rareWords`): a thing it names. */
  const namesARareThing = (text: string) =>
    rareWords(deps, words(fold(text))).some((w) => w.length >= RARE_THING);

  /** Whether a text names a thing few clauses have, by a rare word, an acronym or a quoted name. */
  const namesAThing = (text: string) =>
    namesARareThing(text) || acronymsIn(text).length > 0 || quotedNamesIn(text).length > 0;

  /** "Ik woon sinds kort in de wijk.": about the writer, naming no place, target or rare charter word. */
  const aboutTheWriterOnly = (text: string) =>
    grammar.aboutMyself.starts(fold(text)) &&
    !namesPlaceOrTarget(text) &&
    !words(fold(text)).some((w) => vocab.rareCharterWords.has(w) && !grammarWords.has(w));

  /** A text without the words neither the charter nor the vocabulary knows (a figure stays). */
  const knownWordsOf = (text: string) =>
    text
      .split(/\s+/)
      .filter((w) => /\d/.test(w) || vocab.spelling.knows(w.replace(/[^\p{L}'’-]/gu, '')))
      .join(' ');

  /** A question with "dat", "die", "it" that may take its subject from the sentence before it. */
  // "klopt het dat ..." frames a claim of its own: its "dat" points nowhere.
  const pointsBack = (u: Understanding) => u.pointsBack || (!isYesNo(u.folded) && mayPointBack(u.folded));

  /** What the sentences before a question in a letter establish: a wijk or topic it leaves out. */
  const backgroundContext = (background: string[], language?: Language): ThreadContext | undefined => {
    if (background.length === 0) return undefined;
    const u = understood(prepared(background.join(' ')), undefined, language);
    // "I read that the charter contains a target about how many residents feel responsible for their own
    // neighbourhood": a sentence of its own names a target as a question naming it would, whatever the
    // letter's other sentences say about the writer ("our association is organising a clean-up day").
    const namedIn = (sentence: string) => {
      const own = understood(prepared(sentence), undefined, language);
      if (own.intent.indicators.length > 0 || own.outside.length > 0) return own.intent.indicators;
      return own.targetShaped ? targetByClause(deps, own) : [];
    };
    // (Two found in the whole letter, "a clean-up day" and "feel responsible": the last sentence that names
    // one says which.)
    let found = u.intent.indicators;
    for (let i = background.length - 1; found.length !== 1 && i >= 0; i--)
      found = namedIn(background[i] as string);
    const indicators = found.length === 1 ? found : [];
    // Only what names the charter's own wijken and topics: the citizen's street or town decides nothing.
    if (u.intent.wijken.length !== 1 && indicators.length === 0) return undefined;
    return {
      language: u.intent.language,
      wijken: u.intent.wijken.length === 1 ? u.intent.wijken : [],
      indicators,
      theme: null,
      years: [],
      asks: 'trajectory',
      background: true,
    };
  };

  /** A message read: its questions, the language of a letter, and the context its quotes set. */
  const readMessage = (message: string, start: ThreadContext | undefined) => {
    const reading = read(message, hasContent, namesSubject, vocab.spelling.knows, vocab.spelling.cutShort);
    // A letter is in one language, and its whole text says which better than one sentence does.
    const language =
      reading.letter && !start ? detectLanguage(fold(reading.body), { nl: 0, en: 0 }, 'nl') : undefined;
    return {
      turns: reading.questions.slice(0, MAX_PARTS),
      letter: reading.letter,
      language,
      // A quote with a slip of the pen ("beschkbaar") is still the charter's sentence.
      context:
        quotedContext(
          deps,
          reading.quoted.map((q) => vocab.spelling.mend(q)),
          start,
        ) ?? start,
    };
  };

  /** Answers each question a message asks, in order, each in the conversation so far. */
  const answerMessage = (
    message: unknown,
    start: ThreadContext | undefined,
    given: ProgressData | undefined,
  ): { answer: Answer; context: ThreadContext | undefined } => {
    const refused = refuse(message, start);
    if (refused) return { answer: refused, context: start };
    const { turns, letter, language, context: first } = readMessage(message as string, start);
    // A letter that asks nothing is asked what it wants to know, in its own language.
    if (turns.length === 0) {
      const lang = language ?? start?.language ?? 'nl';
      const asked = letter ? clarifyLetter(deps, lang) : clarifyVague(deps, lang);
      return { answer: write(asked, false).answer, context: start };
    }
    let context = first;
    const parts: Written[] = [];
    const musings: boolean[] = [];
    /** The one place the part before named: "Hoograven valt toch buiten het charter? en hoeveel legt de gem er
     * jaarlijks bij?" asks the second of Hoograven. */
    let placeBefore: string | null = null;
    for (const asked of turns) {
      const turn =
        placeBefore && grammar.placePointer.test(fold(asked.text))
          ? { ...asked, text: `${asked.text} (${placeBefore})` }
          : asked;
      const decided = decide(turn, context, language, given);
      placeBefore = decided.u ? onePlaceOf(decided.u) : null;
      // "OV uitkering 2006 vs stedelijk gem? zat OV er echt onder??": a short remark after an answered
      // question, with no subject of its own, that nothing answers alone, is about that answer; the
      // answer before says it, and "Daarover zegt het charter niets" would only contradict it.
      const remark =
        parts.some((p) => p.answer.status === 'answered') &&
        decided.answer.status === 'not_found' &&
        decided.u !== null &&
        decided.u.intent.indicators.length === 0 &&
        decided.u.topics.length === 0 &&
        // "en wie is de burgemeester?" asks something of its own: a long word is a subject, kept and refused.
        !decided.u.content.some((w) => w.length >= SUBJECT_WORD) &&
        words(decided.u.folded).length <= MAX_REMARK_WORDS;
      if (remark) continue;
      const musing = letter && parts.length === 0 && turns.length > 1 && isMusing(turn.text);
      parts.push(decided);
      musings.push(musing);
      // What a musing found is no conversation for the real question to follow up on.
      // "Hoeveel legt de gemeente jaarlijks in ..., en over welke jaren?": a part that only goes on from the
      // one before (no subject of its own) leaves that one the question a follow-up asks again ("en de
      // corporaties?").
      const goesOn =
        parts.length > 1 &&
        decided.u !== null &&
        decided.u.topics.length === 0 &&
        decided.u.intent.indicators.length === 0 &&
        !decided.u.content.some((w) => w.length >= SUBJECT_WORD);
      if (!musing)
        context =
          goesOn && decided.context && context?.question
            ? { ...decided.context, question: context.question }
            : decided.context;
    }
    // "Ik vraag me af of dat een breder gevoel is in de wijk." before the letter's real question: a
    // musing about the writer's own story is no part of the reply to a letter the charter does answer
    // (answered, it would quote whatever shares a word with it: "Dit gebeurt ...").
    const real = parts.filter((_, i) => !musings[i]);
    const kept = real.some((p) => p.answer.status === 'answered') ? real : parts;
    return { answer: combine(kept), context };
  };

  /**
   * A message that asked several things gets one answer covering each in turn: its text, facts and
   * citations are all of them; `parts` keeps each for renderers that show them apart.
   */
  const combine = (written: Written[]): Answer => {
    const parts = written.map((w) => w.answer);
    const [first] = parts;
    if (!first) throw new Error('combine needs an answer');
    if (parts.length === 1) return first;
    const answered = parts.filter((p) => p.status === 'answered').length;
    const partly = parts.some((p) => p.status === 'answered' || p.status === 'partial');
    const status: Answer['status'] =
      answered === parts.length ? 'answered' : partly ? 'partial' : first.status;
    const translations = parts.map((p) => p.translation);
    const other = translations[0]?.language;
    const message: Plan = { kind: 'message', parts: written.map((w) => w.plan) };
    const combined: Answer = {
      status,
      language: first.language,
      answer: phraser.phrase(message, first.language),
      facts: parts.flatMap((p) => p.facts),
      citations: mergedCitations(parts.flatMap((p) => p.citations)),
      parts,
    };
    if (other && translations.every((t) => t?.language === other))
      combined.translation = { language: other, answer: phraser.phrase(message, other) };
    const suggestions = parts.find((p) => p.suggestions?.length)?.suggestions;
    if (suggestions && (status === 'not_found' || status === 'clarify')) combined.suggestions = suggestions;
    return combined;
  };

  /** No reading at all: not text, or more text than any question. */
  const refuse = (message: unknown, start: ThreadContext | undefined): Answer | null => {
    if (typeof message !== 'string') return write(clarifyVague(deps, start?.language ?? 'nl'), false).answer;
    if (message.length <= MAX_MESSAGE_LENGTH) return null;
    const lang = detectLanguage(fold(message.slice(0, 400)), { nl: 0, en: 0 }, start?.language ?? 'nl');
    return write(tooLong(deps, lang), false).answer;
  };

  /** Whether answering the message needs the measurements: a question about progress or measured values. */
  const wantsData = (message: unknown, start: ThreadContext | undefined): boolean => {
    if (typeof message !== 'string' || refuse(message, start)) return false;
    const { turns, language, context } = readMessage(message, start);
    return turns.some((t) => needsData(understood(prepared(t.text), context, language)));
  };

  return {
    knowledge,
    answerNow: (question) => answerMessage(question, undefined, undefined).answer,
    readsAsFollowUp: (text) =>
      typeof text === 'string' && readsAsFollowUp(cleanQuestion(text), (q) => understood(q, undefined)),
    async ask(question, { thread, data, remember } = {}) {
      const context = thread ? await contexts.get(thread) : undefined;
      // Measurements are read only when the message asks about them.
      const given =
        typeof data === 'function' ? (wantsData(question, context) ? await data() : undefined) : data;
      const result = answerMessage(question, context, given);
      if (thread && result.context && result.context !== context) {
        if (remember) remember(result.context);
        else await contexts.set(thread, result.context);
      }
      return result.answer;
    },
  };
}

const needsData = (u: Understanding) => u.intent.asks === 'progress' || u.intent.asks === 'actual';

/** What the conversation remembers after an answer: the topic it settled, and the clause it quoted. */
function remembered(
  knowledge: Knowledge,
  u: Understanding,
  { answer, plan }: Written,
  remember: Pick<ThreadContext, 'wijken' | 'indicators' | 'theme'> | null,
  context: ThreadContext | undefined,
): ThreadContext | undefined {
  if (remember) {
    return {
      ...remember,
      language: answer.language,
      years: u.intent.years,
      asks: u.intent.asks,
      clauseId: answer.citations[0]?.id ?? null,
      quote: shownQuote(plan, answer),
      question: u.question,
    };
  }
  if (answer.status === 'answered' && answer.citations[0]) {
    // A general answer keeps the thread's topic but remembers its clause, for "why?" and "who pays?";
    // a clause that states a target or its city-wide average is that target's topic ("and Overvecht?").
    const cited = answer.citations[0].id;
    const indicator =
      knowledge.targets.find((t) => t.clauseId === cited)?.indicator ??
      knowledge.citywide.find((c) => c.clauseId === cited)?.indicator;
    return {
      language: answer.language,
      wijken: context?.wijken ?? [],
      indicators: indicator ? [indicator] : (context?.indicators ?? []),
      theme: context?.theme ?? null,
      years: context?.years ?? [],
      asks: context?.asks ?? 'trajectory',
      clauseId: answer.citations[0].id,
      quote: shownQuote(plan, answer),
      question: u.question,
    };
  }
  return context?.background ? undefined : context;
}

/** The charter's words an answer shows first: the words its plan quotes, else its first citation. */
function shownQuote(plan: Plan, answer: Answer): string | null {
  const inner = plan.kind === 'first' ? plan.plan : plan;
  if (inner.kind === 'general' && 'quote' in inner.plan) return inner.plan.quote.shown;
  return /“([^”]+)”/.exec(answer.answer)?.[1] ?? answer.citations[0]?.quote ?? null;
}
