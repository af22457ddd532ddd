// /charter <question> (private), /charter share <question> (in the channel), /charter help.
import type { App } from '@slack/bolt';
import { RECORD_COMMAND } from '../../../../app/record-measurement.js';
import { DIGEST_COMMAND } from '../../../../digest/command.js';
import { commandLanguage, digestCommandReply } from '../../../../phrase/digest-command.js';
import { recordReply } from '../../../../phrase/record.js';
import { renderDigestSlack } from '../../../../render/digest-slack.js';
import { renderSlackAnswer, renderSlackHelp, renderSlackNotice } from '../../../../render/slack-blocks.js';
import { commandThread, threadKey } from '../../conversation.js';
import type { SlackDeps } from '../../deps.js';

export function register(app: App, deps: SlackDeps): void {
  app.command('/charter', async ({ command, ack, respond }) => {
    await ack();
    const text = command.text.trim();
    if (text === '' || /^(help|hulp|\?)$/i.test(text)) {
      const { lexicon, meta } = deps.knowledge;
      await respond({
        response_type: 'ephemeral',
        text: 'charterbot help',
        blocks: renderSlackHelp(
          meta,
          lexicon.wijken.filter((w) => w.inCharter).map((w) => w.name),
          lexicon.themes.map((t) => `${t.nl.name} / ${t.en.name}`),
        ),
      });
      return;
    }
    if (DIGEST_COMMAND.test(text)) {
      const lang = commandLanguage(text, deps.digest.defaultLanguage);
      const outcome = await deps.digest.command(text, {
        platform: 'slack',
        conversation: command.channel_id,
        team: command.team_id,
        userId: command.user_id,
        isAdmin: deps.admins.has(command.user_id),
        // Slack tells at the first post whether the bot may post there (not_in_channel pauses and says so).
        reachable: true,
      });
      deps.logger.info({ module: 'slack', outcome: outcome.kind }, 'digest command');
      if (outcome.kind === 'preview') {
        const digest = await deps.digest.preview(outcome.subscription, lang);
        // The preview is the message the channel gets, its "Show all" button included.
        const message = renderDigestSlack(digest, deps.knowledge.lexicon, deps.digest.links, {
          showAllValue: JSON.stringify({ s: outcome.subscription?.id ?? '', p: digest.period }),
        });
        await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
        return;
      }
      await respond({
        response_type: 'ephemeral',
        ...renderSlackNotice(digestCommandReply(outcome, deps.knowledge.lexicon, '/charter digest', lang)),
      });
      return;
    }
    if (RECORD_COMMAND.test(text)) {
      // Admins only, by their Slack user id; the reply is for the asker alone.
      const outcome = await deps.recordMeasurement(text, {
        isAdmin: deps.admins.has(command.user_id),
        pseudonym: deps.pseudonymize('slack', `${command.team_id}:${command.user_id}`),
      });
      deps.logger.info({ module: 'slack', outcome: outcome.kind }, 'record command');
      await respond({
        response_type: 'ephemeral',
        ...renderSlackNotice(recordReply(outcome, deps.knowledge.lexicon, '/charter record')),
      });
      return;
    }
    const share = /^share\b/i.test(text);
    const question = share ? text.replace(/^share\b\s*/i, '') : text;
    const { answer, record } = await deps.askAndRecord({
      question,
      thread: threadKey(
        command.team_id,
        command.channel_id,
        commandThread(deps.pseudonymize('slack', `${command.team_id}:${command.user_id}`), 'anonymous'),
      ),
      channel: 'slack',
      userId: `${command.team_id}:${command.user_id}`,
    });
    const message = renderSlackAnswer(answer, deps.knowledge.meta, record.id, deps.links);
    await respond({
      response_type: share ? 'in_channel' : 'ephemeral',
      text: message.text,
      blocks: message.blocks,
    });
  });
}
