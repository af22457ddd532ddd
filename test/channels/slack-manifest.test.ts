import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../slack/manifest.json'), 'utf8'));

describe('slack/manifest.json', () => {
  it('points events, the slash command and interactivity at /slack/events', () => {
    const url = 'https://YOUR-HOST/slack/events';
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/charter', url })]);
  });

  it('asks for the scopes its events need, and no more', () => {
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    const needed: Record<string, string> = {
      app_mention: 'app_mentions:read',
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
    };
    for (const event of manifest.settings.event_subscriptions.bot_events as string[]) {
      if (needed[event]) expect(scopes).toContain(needed[event]);
    }
    expect(scopes.sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'files:write',
        'groups:history',
        'im:history',
        'im:read',
        'im:write',
      ].sort(),
    );
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});
