// The answer card's buttons as Universal Actions (Action.Execute): Teams sends an `adaptiveCard/action`
// invoke, and the card the bot answers with replaces the card for the person who pressed the button only.
// "E-mail version" shows the e-mail under the answer, feedback turns into thanks; nothing is posted into
// the channel's reply chain for everyone. Cards posted before this used Action.Submit: turn.ts still
// answers those with a message.
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { type AnswerCardState, renderAnswerCard } from '../../render/adaptive-card.js';
import { noEmailMessage, renderEmail } from '../../render/email.js';
import { respondToInvoke } from './invoke-response.js';
import type { TurnDeps } from './turn.js';

export const CardActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('email'), answerId: z.string().max(100) }),
  z.object({
    action: z.literal('feedback'),
    answerId: z.string().max(100),
    rating: z.enum(['helpful', 'not_helpful']),
    reason: z.enum(['wrong_figure', 'wrong_clause', 'not_in_charter', 'other']).optional(),
  }),
  z.object({
    action: z.literal('ask'),
    question: z.string().max(2000),
    answerId: z.string().max(100).optional(),
  }),
]);
export type CardActionData = z.infer<typeof CardActionSchema>;

/** Feedback from a card button, stored with its answer (a reason only with "not helpful"). */
export const saveFeedback = (
  deps: Pick<TurnDeps, 'store'>,
  a: Extract<CardActionData, { action: 'feedback' }>,
  user: string | null,
) =>
  deps.store.recordFeedback({
    answerId: a.answerId,
    rating: a.rating,
    reason: a.rating === 'not_helpful' ? (a.reason ?? null) : null,
    user,
    at: new Date().toISOString(),
  });

/** The body of an `adaptiveCard/action` invoke response. */
type ExecuteResponse =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: object }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string }
  | {
      statusCode: 400 | 404;
      type: 'application/vnd.microsoft.error';
      value: { code: string; message: string };
    };

const respond = (context: TurnContext, body: ExecuteResponse) => respondToInvoke(context, body);

/** `verb` and `data` of the pressed Action.Execute, with the card's inputs merged into `data`. */
export function executedAction(value: unknown): CardActionData | null {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | null)?.action;
  const data = action?.data && typeof action.data === 'object' ? action.data : {};
  const parsed = CardActionSchema.safeParse({ ...data, action: action?.verb });
  return parsed.success ? parsed.data : null;
}

export async function onExecute(
  context: TurnContext,
  deps: TurnDeps,
  user: { pseudonym: string | null },
  ask: (question: string) => Promise<void>,
): Promise<void> {
  const a = executedAction(context.activity.value);
  if (!a) {
    await respond(context, {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: 'This button could not be understood.' },
    });
    return;
  }
  if (a.action === 'ask') {
    // A suggested question is asked in the conversation, for everyone, like typing it.
    await ask(a.question);
    await respond(context, {
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: a.question.slice(0, 200),
    });
    return;
  }
  const record = await deps.store.getAnswer(a.answerId);
  if (!record?.payload) {
    await respond(context, {
      statusCode: 404,
      type: 'application/vnd.microsoft.error',
      value: {
        code: 'NotFound',
        message: 'That answer is no longer available. / Dit antwoord is niet meer beschikbaar.',
      },
    });
    return;
  }
  const answer = record.payload;
  // What this person has already done with this answer stays visible in their updated card.
  const given = (await deps.store.listFeedback(record.id)).find((f) => f.user === user.pseudonym);
  const state: AnswerCardState = { feedback: given?.rating };
  if (a.action === 'email') {
    const email = renderEmail(answer, deps.knowledge.meta, { letter: deps.letter });
    state.email = email.ok ? email.text : noEmailMessage(email.reason, answer.language);
  } else {
    await saveFeedback(deps, a, user.pseudonym);
    state.feedback = a.rating;
  }
  await respond(context, {
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: renderAnswerCard(answer, deps.knowledge.meta, record.id, deps.links, state),
  });
}
