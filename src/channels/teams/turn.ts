// One Teams turn, as a plain function: messages are questions (or card actions), installs store the
// conversation and say hello, uninstalls forget it.
import { type Activity, ActivityTypes, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { ChannelDeps } from '../../app/channel-deps.js';
import type { CommandResult } from '../../app/charter-command.js';
import {
  type AdaptiveCard,
  renderAnswerCard,
  renderEmailCard,
  renderHelpCard,
  renderNoticeCard,
  renderThanksCard,
} from '../../render/adaptive-card.js';
import { renderDigestCard } from '../../render/digest-card.js';
import { noEmailMessage, renderEmail } from '../../render/email.js';
import { CardActionSchema, onExecute, saveFeedback } from './card-actions.js';
import { onQuery, onSelectItem } from './message-extension.js';

/** What a turn is given: the channels' shared deps, and the Teams channel's own way to reach the asker alone. */
export type TurnDeps = ChannelDeps & {
  /** Sends an activity to the asker alone, in a 1:1 chat (digest previews asked for in a channel). */
  sendPersonal?: (context: TurnContext, activity: Partial<Activity>) => Promise<void>;
};

const conversationKey = (context: TurnContext) => `teams:${context.activity.conversation.id}`;
/** A channel's reply chain ("19:x@thread.tacv2;messageid=1") belongs to the channel the bot was installed in. */
const installedKey = (context: TurnContext) => `teams:${context.activity.conversation.id.split(';')[0]}`;
const userKey = (context: TurnContext) =>
  `${context.activity.conversation.tenantId ?? ''}:${context.activity.from?.aadObjectId ?? context.activity.from?.id ?? ''}`;
/** A card as a message, with a summary for notifications and the activity feed. */
const card = (content: AdaptiveCard) => {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(content));
  if (content.fallbackText) activity.summary = content.fallbackText.slice(0, 200);
  return activity;
};

/** A message to the bot: the command decides (src/app/charter-command.ts), this renders its result. */
async function ask(context: TurnContext, deps: TurnDeps, text: string): Promise<void> {
  const aad = context.activity.from?.aadObjectId;
  const result = await deps.command(text, {
    platform: 'teams',
    conversation: installedKey(context),
    team: null,
    user: userKey(context),
    adminId: aad,
    subscriber: aad ?? context.activity.from?.id ?? '',
    thread: conversationKey(context),
  });
  await reply(context, deps, result);
}

async function reply(context: TurnContext, deps: TurnDeps, result: CommandResult): Promise<void> {
  if (result.kind === 'help') {
    await sendHelp(context, deps, false);
  } else if (result.kind === 'notice') {
    await context.sendActivity(card(renderNoticeCard(result.text)));
  } else if (result.kind === 'digest') {
    const activity = card(renderDigestCard(result.digest, deps.knowledge.lexicon, deps.links));
    // Only the asker sees a preview: in a channel or group chat it goes to a 1:1 chat.
    if (context.activity.conversation.conversationType !== 'personal' && deps.sendPersonal) {
      await deps.sendPersonal(context, activity);
      return;
    }
    await context.sendActivity(activity);
  } else {
    await context.sendActivity(
      card(renderAnswerCard(result.answer, deps.knowledge.meta, result.recordId, deps.links)),
    );
  }
}

async function sendHelp(context: TurnContext, deps: TurnDeps, greeting: boolean): Promise<void> {
  const wijken = deps.knowledge.lexicon.wijken.filter((w) => w.inCharter).map((w) => w.name);
  await context.sendActivity(card(renderHelpCard(deps.knowledge.meta, wijken, greeting)));
}

async function onCardAction(context: TurnContext, deps: TurnDeps, value: unknown): Promise<void> {
  // Cards posted before Universal Actions send Action.Submit data as a message; new ones use onExecute.
  const parsed = CardActionSchema.safeParse(value);
  if (!parsed.success) return;
  const a = parsed.data;
  if (a.action === 'ask') {
    await ask(context, deps, a.question);
    return;
  }
  const record = await deps.store.getAnswer(a.answerId);
  if (!record?.payload) {
    await context.sendActivity(
      'That answer is no longer available. / Dit antwoord is niet meer beschikbaar.',
    );
    return;
  }
  if (a.action === 'email') {
    const email = renderEmail(record.payload, deps.knowledge.meta, { letter: deps.letter });
    await context.sendActivity(
      email.ok
        ? card(renderEmailCard(email.text, email.language))
        : noEmailMessage(email.reason, record.payload.language),
    );
    return;
  }
  await saveFeedback(deps, a, deps.pseudonymize('teams', userKey(context)));
  await context.sendActivity(card(renderThanksCard(record.payload.language)));
}

async function install(context: TurnContext, deps: TurnDeps): Promise<void> {
  // A plain JSON copy: that is what the store keeps, and what a proactive message starts from.
  // Only what a proactive message needs: no user id, name or AAD object id (they are not needed to post here).
  const full = TurnContext.getConversationReference(context.activity);
  const reference = JSON.parse(
    JSON.stringify({
      bot: full.bot,
      channelId: full.channelId,
      serviceUrl: full.serviceUrl,
      locale: full.locale,
      conversation: {
        id: full.conversation?.id,
        tenantId: full.conversation?.tenantId,
        conversationType: full.conversation?.conversationType,
        isGroup: full.conversation?.isGroup,
      },
    }),
  ) as Record<string, unknown>;
  const { isNew } = await deps.store.saveConversation({
    key: installedKey(context),
    platform: 'teams',
    reference,
    installedAt: new Date().toISOString(),
  });
  if (isNew) await sendHelp(context, deps, true);
}

export async function handleTurn(context: TurnContext, deps: TurnDeps): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  switch (activity.type) {
    case ActivityTypes.Message: {
      if (activity.value && typeof activity.value === 'object') {
        await onCardAction(context, deps, activity.value);
        return;
      }
      const text = (TurnContext.removeRecipientMention(context.activity) ?? '').trim();
      await ask(context, deps, text);
      return;
    }
    case ActivityTypes.InstallationUpdate: {
      if (activity.action === 'add' || activity.action === 'add-upgrade') await install(context, deps);
      if (activity.action === 'remove' || activity.action === 'remove-upgrade')
        await deps.store.deleteConversation(installedKey(context));
      return;
    }
    case ActivityTypes.ConversationUpdate: {
      if (activity.membersAdded?.some((m) => m.id === botId)) await install(context, deps);
      if (activity.membersRemoved?.some((m) => m.id === botId))
        await deps.store.deleteConversation(installedKey(context));
      return;
    }
    case ActivityTypes.Invoke: {
      if (activity.name === 'adaptiveCard/action')
        await onExecute(context, deps, { pseudonym: deps.pseudonymize('teams', userKey(context)) }, (q) =>
          ask(context, deps, q),
        );
      else if (activity.name === 'composeExtension/query') await onQuery(context, deps);
      else if (activity.name === 'composeExtension/selectItem')
        await onSelectItem(context, deps, { userId: userKey(context) });
      return;
    }
    default:
      return;
  }
}
