// The answer engine: question (+ thread) in, Answer out. Knows nothing about Slack, Teams or HTTP.
import type { Knowledge } from '../charter/load.js';
import { seedStems } from '../charter/stem.js';
import { buildClauseIndex } from './clause-search.js';
import { createMemoryContextStore } from './context.js';
import { readsAsFollowUp } from './follow-up.js';
import { detectLanguage } from './language.js';
import { answerBy, type Deps, route, tooLong } from './respond.js';
import { cleanQuestion, fold, MAX_QUESTION_LENGTH } from './text.js';
import type { Answer, ContextStore, Language, ProgressData, ThreadContext } from './types.js';
import { type Understanding, understand } from './understand.js';
import { buildVocabulary } from './vocabulary.js';

export type Engine = {
  /**
   * `data`: the measurements and revisions as of a date, or a function that reads them; it is called only
   * for a question about progress or measured values. Without it nothing counts as measured.
   */
  ask(
    question: unknown,
    options?: { thread?: string; data?: ProgressData | (() => Promise<ProgressData>) },
  ): Promise<Answer>;
  /** Synchronous answer without thread memory, for benchmarks and pure callers. */
  answerNow(question: unknown): Answer;
  /** Whether a reply in a shared thread the bot answered in is for the bot (a question or follow-up). */
  readsAsFollowUp(text: unknown): boolean;
  knowledge: Knowledge;
};

export function createEngine(knowledge: Knowledge, options: { contexts?: ContextStore } = {}): Engine {
  if (knowledge.stems) seedStems(knowledge.stems);
  const vocab = buildVocabulary(knowledge);
  const deps: Deps = { knowledge, clauseIndex: buildClauseIndex(knowledge) };
  const contexts = options.contexts ?? createMemoryContextStore();

  const understood = (raw: unknown, context: Parameters<typeof understand>[1]) => {
    const question = cleanQuestion(raw);
    if (question.length > MAX_QUESTION_LENGTH) {
      const lang = detectLanguage(fold(question.slice(0, 400)), { nl: 0, en: 0 }, context?.language ?? 'nl');
      return { kind: 'too_long', answer: tooLong(deps, lang) } as const;
    }
    return { kind: 'understood', u: understand(question, context, vocab, knowledge) } as const;
  };
  const run = (raw: unknown, context: Parameters<typeof understand>[1], data?: ProgressData) => {
    const x = understood(raw, context);
    if (x.kind === 'too_long') return { answer: x.answer, remember: null, u: null };
    const response = route(deps, x.u, data);
    return { ...response, answer: translated(response, x.u, data), u: x.u };
  };
  // Decided once, phrased twice: the other language's answer is the same plan with the other phraser.
  // Kept only when it decided the same (status and clauses), which it does unless phrasing ever decides.
  const translated = (
    decided: { answer: Answer; route: string },
    u: Understanding,
    data?: ProgressData,
    context?: ThreadContext,
  ): Answer => {
    const { answer } = decided;
    const language: Language = answer.language === 'nl' ? 'en' : 'nl';
    const other = answerBy(
      decided.route,
      deps,
      { ...u, intent: { ...u.intent, language } },
      data,
      context,
    )?.answer;
    const same =
      other !== undefined &&
      other.status === answer.status &&
      other.language === language &&
      other.citations.map((c) => c.id).join() === answer.citations.map((c) => c.id).join();
    return same ? { ...answer, translation: { language, answer: other.answer } } : answer;
  };

  return {
    knowledge,
    answerNow: (question) => run(question, undefined).answer,
    readsAsFollowUp: (text) =>
      typeof text === 'string' &&
      readsAsFollowUp(cleanQuestion(text), (q) => understand(q, undefined, vocab, knowledge)),
    async ask(question, { thread, data } = {}) {
      const context = thread ? await contexts.get(thread) : undefined;
      const x = understood(question, context);
      if (x.kind === 'too_long') return x.answer;
      // Measurements are read only when the question is about them.
      const needs = x.u.intent.asks === 'progress' || x.u.intent.asks === 'actual';
      const given = needs ? (typeof data === 'function' ? await data() : data) : undefined;
      const u = x.u;
      const response = route(deps, u, given, context);
      const { remember } = response;
      const answer = translated(response, u, given, context);
      if (thread && remember) {
        await contexts.set(thread, {
          ...remember,
          language: answer.language,
          years: u.intent.years,
          asks: u.intent.asks,
          clauseId: answer.citations[0]?.id ?? null,
        });
      } else if (thread && answer.status === 'answered' && answer.citations[0]) {
        // A general answer keeps the thread's topic but remembers its clause, for "why?".
        await contexts.set(thread, {
          language: answer.language,
          wijken: context?.wijken ?? [],
          indicators: context?.indicators ?? [],
          theme: context?.theme ?? null,
          years: context?.years ?? [],
          asks: context?.asks ?? 'trajectory',
          clauseId: answer.citations[0].id,
        });
      }
      return answer;
    },
  };
}
