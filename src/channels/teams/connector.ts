// The Bot Framework connection of Teams, outbound and inbound: botbuilder's CloudAdapter with the app's
// credentials. Digests need only the outbound half (proactive posts), so `charterbot digest run-due` builds
// this without the channel's router; the channel (create-teams-channel.ts) runs incoming turns on it.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { TeamsConfig } from '../../config.js';

export type TeamsConnector = {
  /** Posts into a stored conversation unasked (digests use this); resolves with the new activity's id. */
  sendProactive(
    reference: Record<string, unknown>,
    activity: Partial<Activity> | string,
  ): Promise<string | null>;
  /** Opens a 1:1 chat with a user (by AAD object id) in the tenant of a stored conversation, and posts there. */
  sendToUser(
    reference: Record<string, unknown>,
    aadObjectId: string,
    activity: Partial<Activity>,
  ): Promise<void>;
  /** A 1:1 chat with the asker of a turn, created on demand (previews asked for in a channel). */
  sendPersonal(context: TurnContext, activity: Partial<Activity>): Promise<void>;
  adapter: ChannelAdapter;
  auth: ConfigurationBotFrameworkAuthentication;
};

/** CloudAdapter with its activity processing reachable: this channel authenticates and reads the request. */
export class ChannelAdapter extends CloudAdapter {
  run(...args: Parameters<CloudAdapter['processActivity']>) {
    return this.processActivity(...args);
  }
}

/** Test-only overrides: where channel tokens are validated (a local OpenID/JWKS fake in tests). */
export type TeamsAuthOverrides = { openIdMetadataUrl?: string; tokenIssuer?: string };

export function createTeamsConnector(config: TeamsConfig, overrides?: TeamsAuthOverrides): TeamsConnector {
  const appId = config.mode === 'authenticated' ? config.appId : '';
  const auth = new ConfigurationBotFrameworkAuthentication(
    config.mode === 'authenticated'
      ? {
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword,
          MicrosoftAppType: config.appType,
          MicrosoftAppTenantId: config.tenantId,
          ...(overrides?.openIdMetadataUrl
            ? { ToBotFromChannelOpenIdMetadataUrl: overrides.openIdMetadataUrl }
            : {}),
          ...(overrides?.tokenIssuer ? { ToBotFromChannelTokenIssuer: overrides.tokenIssuer } : {}),
        }
      : {},
  );
  const adapter = new ChannelAdapter(auth);

  // A 1:1 chat with the asker, created on demand (previews asked for in a channel are for the asker only).
  const sendPersonal = async (context: TurnContext, activity: Partial<Activity>) => {
    const a = context.activity;
    await adapter.createConversationAsync(
      appId,
      a.channelId,
      a.serviceUrl,
      undefined as unknown as string,
      {
        isGroup: false,
        bot: a.recipient,
        members: [a.from],
        tenantId: a.conversation.tenantId,
        channelData: { tenant: { id: a.conversation.tenantId } },
      } as Parameters<CloudAdapter['createConversationAsync']>[4],
      async (personal) => {
        await personal.sendActivity(activity);
      },
    );
  };

  return {
    adapter,
    auth,
    sendPersonal,
    async sendProactive(reference, activity) {
      let id: string | null = null;
      let failure: unknown = null;
      await adapter.continueConversationAsync(
        appId,
        reference as Partial<ConversationReference>,
        async (context) => {
          // Caught here, not by onTurnError: that would post an apology into the channel and hide the failure.
          try {
            id = (await context.sendActivity(activity))?.id ?? null;
          } catch (e) {
            failure = e;
          }
        },
      );
      if (failure) throw failure;
      return id;
    },
    async sendToUser(reference, aadObjectId, activity) {
      const ref = reference as Partial<ConversationReference> & { conversation?: { tenantId?: string } };
      const tenantId = ref.conversation?.tenantId;
      let failure: unknown = null;
      await adapter.createConversationAsync(
        appId,
        ref.channelId ?? 'msteams',
        ref.serviceUrl ?? '',
        undefined as unknown as string,
        {
          isGroup: false,
          bot: ref.bot,
          members: [{ id: aadObjectId }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        } as Parameters<CloudAdapter['createConversationAsync']>[4],
        async (personal) => {
          try {
            await personal.sendActivity(activity);
          } catch (e) {
            failure = e;
          }
        },
      );
      if (failure) throw failure;
    },
  };
}
