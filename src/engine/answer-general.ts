// Answers to questions about the charter that are not a wijk target ("how many extra wijkagenten?"):
// the best clause by full-text search, and the figure the question asks for when that clause has it.
import type { CharterFact, Clause } from '../charter/schema.js';
import { citation, type Deps, QUOTE_MAX, quotedCitation, type Response } from './answer-parts.js';
import { bestSentence, searchClauses } from './clause-search.js';
import { notFound } from './refusals.js';
import type { Fact } from './types.js';
import type { Understanding } from './understand.js';
import { amount, figure, joinList } from './wording.js';

const WANTS_COUNT = / (how many|hoeveel|number of|aantal) /;
const WANTS_AMOUNT =
  / (how much|hoeveel geld|hoe groot|hoe hoog|budget|bedrag|money|geld|euro|eur|amount|funding|kost|costs?) /;
const WANTS_WHO = / (who|whom|wie|signatories|ondertekenaars) /;
/** Who-questions the charter can answer are about who signed or who holds an office in it. */
const ABOUT_PEOPLE =
  / (sign|signed|signs|signing|signatories|ondertekend|ondertekende|ondertekenaars|ondertekening|getekend|wethouder|alderman|minister|ministers|staatssecretaris|namens|behalf) /;
/** Below this a clause shares too little with the question to be its answer (one common word scores ~3). */
const MIN_SCORE = 4;
/** A person named with a title ("drs. H. Bosch", "Mevrouw dr. G. ter Horst"). */
const PERSON = /\b(drs|dr|mr|prof|ir|ing)\.\s|\bmevrouw\b|\bde heer\b/i;
const WANTS_DATE = / (when|wanneer|date|datum|until when|tot wanneer|what day|welke dag) /;

function factKind(f: CharterFact): Fact['kind'] {
  return f.kind === 'percentage' ? 'level' : f.kind;
}

export function answerGeneral(deps: Deps, u: Understanding): Response {
  const lang = u.intent.language;
  const folded = u.folded;
  if (WANTS_WHO.test(folded) && ABOUT_PEOPLE.test(folded)) {
    const people = answerWho(deps, u);
    if (people) return people;
  }
  const hits = searchClauses(deps.clauseIndex, folded, 6);
  const best = hits[0];
  // A single weak shared word ("Utrecht", "wijk") is not an answer.
  if (!best || best.score < MIN_SCORE) {
    const answer =
      lang === 'nl'
        ? 'Daarover zegt het charter niets dat ik kan aanwijzen. Ik beantwoord vragen over de doelen voor Kanaleneiland, Ondiep, Overvecht en Zuilen-Oost en over de afspraken in het charter.'
        : 'The charter says nothing about that which I can point to. I answer questions about the targets for Kanaleneiland, Ondiep, Overvecht and Zuilen-Oost and about the agreements in the charter.';
    return { answer: notFound(deps, lang, answer), remember: null };
  }
  const wanted: CharterFact['kind'] | null = WANTS_DATE.test(folded)
    ? 'date'
    : WANTS_AMOUNT.test(folded)
      ? 'amount'
      : WANTS_COUNT.test(folded)
        ? 'count'
        : null;
  const factsOf = (c: Clause) =>
    deps.knowledge.facts.filter((f) => f.clauseId === c.id && (!wanted || f.kind === wanted));
  // Prefer a strong clause that holds the kind of figure asked for.
  const chosen =
    (wanted && hits.find((h) => h.score >= best.score * 0.6 && factsOf(h.clause).length > 0)) || best;
  const clause = chosen.clause;
  // Asked "how many" but the clause states an amount: state the amount rather than nothing.
  const wantedFacts = factsOf(clause);
  const candidates =
    wantedFacts.length > 0 || !wanted
      ? wantedFacts
      : deps.knowledge.facts.filter((f) => f.clauseId === clause.id && f.kind !== 'date');
  const sentence = bestSentence(
    deps.clauseIndex,
    clause,
    folded,
    candidates.length > 0
      ? (s) => candidates.some((f) => s.includes(f.text))
      : wanted === 'date'
        ? (s) => /\b(19|20)\d\d\b/.test(s)
        : undefined,
  );
  const stated = candidates.filter((f) => sentence.includes(f.text));
  // Short clauses read best whole; a long one is quoted by its sentence that holds the answer.
  const cited = quotedCitation(clause, sentence);
  const shown = clause.text.length > 300 ? sentence : clause.text.replace(/\n/g, ' ');
  // Asked for a figure the clause does not give ("how many inhabitants does Utrecht have?"): say so.
  if (wanted && stated.length === 0 && !(wanted === 'date' && /\b(19|20)\d\d\b/.test(sentence))) {
    const answer =
      lang === 'nl'
        ? `Dat cijfer staat niet in het charter. Het dichtst in de buurt komt: “${shown}”`
        : `The charter does not give that figure. The closest it comes is: “${shown}”`;
    return { answer: notFound(deps, lang, answer, [cited]), remember: null };
  }
  const figureText = stated
    .map((f) => (f.kind === 'amount' ? amount(f.text, lang) : figure(f.text, lang)))
    .filter((t, i, all) => all.indexOf(t) === i);
  const lead = figureText.length
    ? lang === 'nl'
      ? `Volgens het charter: ${joinList(figureText, lang)}.`
      : `According to the charter: ${joinList(figureText, lang)}.`
    : lang === 'nl'
      ? 'Het charter zegt hierover:'
      : 'The charter says:';
  const answer = `${lead} “${shown}”`;
  const signingYear = Number(deps.knowledge.meta.signedOn.slice(0, 4)) || 2008;
  const facts: Fact[] = stated.map((f) => ({
    wijk: null,
    indicator: 'charter',
    label: f.label || f.text,
    year: f.year ?? signingYear,
    value: f.value,
    unit: f.unit,
    kind: factKind(f),
    clauseId: f.clauseId,
  }));
  // Other clauses that state the same figure (a date, an amount) corroborate it: cite one more.
  const corroborating = deps.knowledge.facts.find(
    (f) => f.clauseId !== clause.id && f.kind !== 'count' && stated.some((s) => s.text === f.text),
  );
  const more = corroborating ? deps.knowledge.clauseById.get(corroborating.clauseId) : undefined;
  return {
    answer: {
      status: 'answered',
      language: lang,
      answer,
      facts,
      citations: [cited, ...(more && more.text.length <= QUOTE_MAX ? [citation(more)] : [])],
    },
    remember: null,
  };
}

/** "Who signed?", "wie is de wethouder?": the clauses that name people, best match first, else the first two. */
function answerWho(deps: Deps, u: Understanding): Response | null {
  const lang = u.intent.language;
  const named = deps.knowledge.clauses.filter((c) => c.kind !== 'footnote' && PERSON.test(c.text));
  if (named.length === 0) return null;
  // A real match names the office or ministry asked about; a shared heading word alone does not count.
  const ranked = searchClauses(deps.clauseIndex, u.folded, 40).filter(
    (h) => PERSON.test(h.clause.text) && h.score >= 3,
  );
  const chosen = (ranked.length > 0 ? ranked.map((h) => h.clause) : named).slice(0, 2);
  const quotes = chosen.map((c) => `“${c.text.replace(/\n/g, ' ')}”`);
  const lead = lang === 'nl' ? 'Het charter noemt:' : 'The charter names:';
  return {
    answer: {
      status: 'answered',
      language: lang,
      answer: `${lead} ${joinList(quotes, lang)}`,
      facts: [],
      citations: chosen.map((c) => citation(c)),
    },
    remember: null,
  };
}
