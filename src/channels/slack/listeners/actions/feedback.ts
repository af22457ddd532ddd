// Feedback buttons: helpful / not helpful, then a reason. Stored with the answer's audit record.
import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { renderFeedbackReasons, renderThanks } from '../../../../render/slack-blocks.js';
import type { Feedback } from '../../../../store/store.js';

const ReasonValue = z.object({
  id: z.string().max(100),
  reason: z.enum(['wrong_figure', 'wrong_clause', 'not_in_charter', 'other']),
});

export function register(app: App, deps: ChannelDeps): void {
  const store = async (
    body: BlockButtonAction,
    answerId: string,
    rating: Feedback['rating'],
    reason: Feedback['reason'],
  ) => {
    const team = body.team?.id ?? body.user.team_id ?? 'unknown';
    const stored = await deps.store.recordFeedback({
      answerId,
      rating,
      reason,
      user: deps.pseudonymize('slack', `${team}:${body.user.id}`),
      at: new Date().toISOString(),
    });
    const record = stored ? await deps.store.getAnswer(answerId) : undefined;
    return { stored, lang: record?.language ?? 'en' };
  };

  app.action<BlockButtonAction>('feedback_helpful', async ({ ack, action, body, respond }) => {
    await ack();
    const { stored, lang } = await store(body, action.value ?? '', 'helpful', null);
    if (stored) await respond({ response_type: 'ephemeral', replace_original: false, ...renderThanks(lang) });
  });

  app.action<BlockButtonAction>('feedback_not_helpful', async ({ ack, action, body, respond }) => {
    await ack();
    const answerId = action.value ?? '';
    const { stored, lang } = await store(body, answerId, 'not_helpful', null);
    if (stored)
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...renderFeedbackReasons(answerId, lang),
      });
  });

  app.action<BlockButtonAction>(/^feedback_reason_/, async ({ ack, action, body, respond }) => {
    await ack();
    let value: z.infer<typeof ReasonValue>;
    try {
      value = ReasonValue.parse(JSON.parse(action.value ?? ''));
    } catch {
      return;
    }
    const { stored, lang } = await store(body, value.id, 'not_helpful', value.reason);
    if (stored) await respond({ response_type: 'ephemeral', replace_original: true, ...renderThanks(lang) });
  });
}
