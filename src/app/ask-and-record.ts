// The one way every channel asks a question: the engine answers, the audit log records it, one log
// line says so. Channels stay thin; the record is what a Woo records request exports.
import type { Engine } from '../engine/engine.js';
import { cleanQuestion } from '../engine/text.js';
import type { Answer, ThreadContext } from '../engine/types.js';
import type { AuditRecord, Channel, Store } from '../store/store.js';
import { ClaimedElsewhere, type DeferredClaim } from './event-claim.js';
import type { ProgressSource } from './progress-data.js';
import type { Pseudonymize } from './pseudonymize.js';

type AskRequest = {
  question: unknown;
  thread?: string | undefined;
  channel: Channel;
  userId?: string | null;
  /** A first delivery, claimed with the answer's record (see DeferredClaim). */
  claim?: DeferredClaim | undefined;
};
type Asked = { answer: Answer; record: AuditRecord };
export type AskAndRecord = (request: AskRequest) => Promise<Asked>;

/** What asking logs to: the server's pino logger, or nothing for a one-shot CLI command. */
export type AnswerLogger = {
  child(bindings: { module: string }): { info(fields: object, message: string): void };
};

export function createAskAndRecord(deps: {
  engine: Engine;
  store: Store;
  pseudonymize: Pseudonymize;
  logger: AnswerLogger;
  progress: ProgressSource;
  /**
   * The engine keeps its threads' context in this store (the server): the new context is then saved in the
   * answer's own write. Otherwise (the CLI keeps them in memory) the engine saves it where it keeps them.
   */
  threadsInStore?: boolean;
  /** Log the question's text too (debugging only: questions may hold citizens' personal data). */
  logQuestions?: boolean;
  /** Told of every recorded answer (metrics). */
  onAnswered?: (answered: { channel: Channel; status: Answer['status']; seconds: number }) => void;
}): AskAndRecord {
  const log = deps.logger.child({ module: 'answers' });
  return async ({ question, thread, channel, userId, claim }) => {
    const started = performance.now();
    let context: ThreadContext | undefined;
    const answer = await deps.engine.ask(question, {
      thread,
      data: deps.progress,
      ...(deps.threadsInStore
        ? {
            remember: (c: ThreadContext) => {
              context = c;
            },
          }
        : {}),
    });
    // One write: the delivery's claim (when deferred to here), the thread's context and the audit record.
    const { record } = await deps.store.recordAnswered({
      claim: claim && { key: claim.key, staleAfterMs: claim.staleAfterMs, at: claim.at },
      thread: thread && context ? { id: thread, context } : undefined,
      record: {
        channel,
        user: deps.pseudonymize(channel, userId),
        thread: thread ?? null,
        question: typeof question === 'string' ? question : '',
        status: answer.status,
        language: answer.language,
        answer: answer.answer,
        clauseIds: answer.citations.map((c) => c.id),
        knowledgeVersion: deps.engine.knowledge.meta.version,
        payload: answer,
      },
    });
    if (!record) throw new ClaimedElsewhere();
    claim?.onClaimed();
    deps.onAnswered?.({ channel, status: answer.status, seconds: (performance.now() - started) / 1000 });
    // No question text by default: it may hold personal data, and log retention is outside the audit log's
    // control. JSON logging escapes newlines, so even with LOG_QUESTIONS a fake log line stays one line.
    log.info(
      {
        audit: record.id,
        channel,
        status: answer.status,
        length: cleanQuestion(question).length,
        ...(deps.logQuestions ? { question: cleanQuestion(question).slice(0, 200) } : {}),
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'answered',
    );
    return { answer, record };
  };
}
