// "E-mail version": the answer's plain-text e-mail, privately, in a code block ready to copy.
import type { App, BlockButtonAction } from '@slack/bolt';
import type { ChannelDeps } from '../../../../app/channel-deps.js';
import { noEmailMessage, renderEmail } from '../../../../render/email.js';
import { renderSlackEmail } from '../../../../render/slack-blocks.js';

export function register(app: App, deps: ChannelDeps): void {
  app.action<BlockButtonAction>('email_version', async ({ ack, action, respond }) => {
    await ack();
    const record = await deps.store.getAnswer(action.value ?? '');
    if (!record?.payload) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'That answer is no longer available. / Dit antwoord is niet meer beschikbaar.',
      });
      return;
    }
    const email = renderEmail(record.payload, deps.knowledge.meta, { letter: deps.letter });
    if (!email.ok) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: noEmailMessage(email.reason, record.payload.language),
      });
      return;
    }
    const message = renderSlackEmail(email.text, email.language);
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: message.text,
      blocks: message.blocks,
    });
  });
}
