// The answer engine: question (+ thread) in, Answer out. Knows nothing about Slack, Teams or HTTP.
import type { Knowledge } from '../charter/load.js';
import { buildClauseIndex } from './clause-search.js';
import { createMemoryContextStore } from './context.js';
import { detectLanguage } from './language.js';
import { type Deps, respond, tooLong } from './respond.js';
import { cleanQuestion, fold, MAX_QUESTION_LENGTH } from './text.js';
import type { Answer, ContextStore } from './types.js';
import { understand } from './understand.js';
import { buildVocabulary } from './vocabulary.js';

export type Engine = {
  ask(question: unknown, options?: { thread?: string }): Promise<Answer>;
  /** Synchronous answer without thread memory, for benchmarks and pure callers. */
  answerNow(question: unknown): Answer;
  knowledge: Knowledge;
};

export function createEngine(knowledge: Knowledge, options: { contexts?: ContextStore } = {}): Engine {
  const vocab = buildVocabulary(knowledge);
  const deps: Deps = { knowledge, clauseIndex: buildClauseIndex(knowledge) };
  const contexts = options.contexts ?? createMemoryContextStore();

  const run = (raw: unknown, context: Parameters<typeof understand>[1]) => {
    const question = cleanQuestion(raw);
    if (question.length > MAX_QUESTION_LENGTH) {
      const lang = detectLanguage(fold(question.slice(0, 400)), { nl: 0, en: 0 }, context?.language ?? 'nl');
      return { answer: tooLong(deps, lang), remember: null, u: null };
    }
    const u = understand(question, context, vocab, knowledge);
    return { ...respond(deps, u), u };
  };

  return {
    knowledge,
    answerNow: (question) => run(question, undefined).answer,
    async ask(question, { thread } = {}) {
      const context = thread ? await contexts.get(thread) : undefined;
      const { answer, remember, u } = run(question, context);
      if (thread && remember && u) {
        await contexts.set(thread, {
          ...remember,
          language: answer.language,
          years: u.intent.years,
          asks: u.intent.asks,
        });
      }
      return answer;
    },
  };
}
