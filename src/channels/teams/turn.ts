// One Teams turn, as a plain function: messages are questions (or card actions), installs store the
// conversation and say hello, uninstalls forget it.
import { type Activity, ActivityTypes, CardFactory, MessageFactory, TurnContext } from 'botbuilder';
import type { AskAndRecord } from '../../app/ask-and-record.js';
import type { Pseudonymize } from '../../app/pseudonymize.js';
import { RECORD_COMMAND, type RecordMeasurement } from '../../app/record-measurement.js';
import type { Knowledge } from '../../charter/load.js';
import { DIGEST_COMMAND } from '../../digest/command.js';
import type { DigestService } from '../../digest/service.js';
import type { Answer } from '../../engine/types.js';
import type { PlatformOutcome } from '../../http/metrics.js';
import type { Logger } from '../../logger.js';
import { commandLanguage, digestCommandReply } from '../../phrase/digest-command.js';
import { recordReply } from '../../phrase/record.js';
import {
  type AdaptiveCard,
  renderAnswerCard,
  renderEmailCard,
  renderHelpCard,
  renderNoticeCard,
  renderThanksCard,
} from '../../render/adaptive-card.js';
import { renderDigestCard } from '../../render/digest-card.js';
import type { DigestLinks } from '../../render/digest-text.js';
import { type EmailLetter, noEmailMessage, renderEmail } from '../../render/email.js';
import type { Store } from '../../store/store.js';
import { CardActionSchema, onExecute, saveFeedback } from './card-actions.js';
import { onQuery, onSelectItem } from './message-extension.js';

export type TeamsDeps = {
  askAndRecord: AskAndRecord;
  pseudonymize: Pseudonymize;
  store: Store;
  knowledge: Knowledge;
  logger: Logger;
  recordMeasurement: RecordMeasurement;
  /** Teams AAD object ids (and Slack user ids) allowed to record measurements and manage digests. */
  admins: ReadonlySet<string>;
  digest: DigestService;
  /** Sends an activity to the asker alone, in a 1:1 chat (digest previews asked for in a channel). */
  sendPersonal?: (context: TurnContext, activity: Partial<Activity>) => Promise<void>;
  /** The console's public address: cited clauses link to their pages there. */
  links?: DigestLinks | undefined;
  /** The organisation's greeting and closing for e-mail versions (defaults when absent). */
  letter?: EmailLetter | undefined;
  /** Answers without recording: the message extension's results while someone types. */
  preview?: ((question: string) => Promise<Answer>) | undefined;
  /** Told how each request ended (metrics). */
  onRequest?: ((outcome: PlatformOutcome, reason?: string) => void) | undefined;
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

async function ask(context: TurnContext, deps: TeamsDeps, question: string): Promise<void> {
  if (/^\s*(help|hulp|\?)\s*$/i.test(question)) {
    await sendHelp(context, deps, false);
    return;
  }
  if (RECORD_COMMAND.test(question)) {
    await recordCommand(context, deps, question);
    return;
  }
  if (DIGEST_COMMAND.test(question)) {
    await digestCommand(context, deps, question);
    return;
  }
  const { answer, record } = await deps.askAndRecord({
    question,
    thread: conversationKey(context),
    channel: 'teams',
    userId: userKey(context),
  });
  await context.sendActivity(card(renderAnswerCard(answer, deps.knowledge.meta, record.id, deps.links)));
}

/** "record <wijk> <indicator> <year> <value> source <text>": admins only, by their AAD object id. */
async function recordCommand(context: TurnContext, deps: TeamsDeps, text: string): Promise<void> {
  const aad = context.activity.from?.aadObjectId;
  const outcome = await deps.recordMeasurement(text, {
    isAdmin: aad !== undefined && deps.admins.has(aad),
    pseudonym: deps.pseudonymize('teams', userKey(context)),
  });
  deps.logger.info({ module: 'teams', outcome: outcome.kind }, 'record command');
  await context.sendActivity(card(renderNoticeCard(recordReply(outcome, deps.knowledge.lexicon, 'record'))));
}

/** "digest subscribe|unsubscribe|status|preview": admins change subscriptions, by their AAD object id. */
async function digestCommand(context: TurnContext, deps: TeamsDeps, text: string): Promise<void> {
  const lang = commandLanguage(text, deps.digest.defaultLanguage);
  const key = installedKey(context);
  const aad = context.activity.from?.aadObjectId;
  const installed = (await deps.store.listConversations('teams')).some((c) => c.key === key);
  const outcome = await deps.digest.command(text, {
    platform: 'teams',
    conversation: key,
    team: null,
    userId: aad ?? context.activity.from?.id ?? '',
    isAdmin: aad !== undefined && deps.admins.has(aad),
    reachable: installed,
  });
  deps.logger.info({ module: 'teams', outcome: outcome.kind }, 'digest command');
  if (outcome.kind === 'preview') {
    const digest = await deps.digest.preview(outcome.subscription, lang);
    const activity = card(renderDigestCard(digest, deps.knowledge.lexicon, deps.digest.links));
    // Only the asker sees a preview: in a channel or group chat it goes to a 1:1 chat.
    if (context.activity.conversation.conversationType !== 'personal' && deps.sendPersonal) {
      await deps.sendPersonal(context, activity);
      return;
    }
    await context.sendActivity(activity);
    return;
  }
  await context.sendActivity(
    card(renderNoticeCard(digestCommandReply(outcome, deps.knowledge.lexicon, 'digest', lang))),
  );
}

async function sendHelp(context: TurnContext, deps: TeamsDeps, greeting: boolean): Promise<void> {
  const wijken = deps.knowledge.lexicon.wijken.filter((w) => w.inCharter).map((w) => w.name);
  await context.sendActivity(card(renderHelpCard(deps.knowledge.meta, wijken, greeting)));
}

async function onCardAction(context: TurnContext, deps: TeamsDeps, value: unknown): Promise<void> {
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

async function install(context: TurnContext, deps: TeamsDeps): Promise<void> {
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

export async function handleTurn(context: TurnContext, deps: TeamsDeps): Promise<void> {
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
