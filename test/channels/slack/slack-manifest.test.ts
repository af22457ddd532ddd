import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../../../slack/manifest.json'), 'utf8'));

describe('slack/manifest.json', () => {
  it('points events, the slash command and interactivity at /slack/events', () => {
    const url = 'https://YOUR-HOST/slack/events';
    expect(manifest.settings.event_subscriptions.request_url).toBe(url);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: '/charter', url })]);
  });

  it('asks for the scopes its events and calls need, and no more', () => {
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    const needed: Record<string, string> = {
      app_mention: 'app_mentions:read',
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
      assistant_thread_started: 'assistant:write',
      assistant_thread_context_changed: 'assistant:write',
    };
    for (const event of manifest.settings.event_subscriptions.bot_events as string[]) {
      if (needed[event]) expect(scopes).toContain(needed[event]);
    }
    // Every scope is used: events above, chat.postMessage (chat:write), /charter (commands), digest charts
    // (files:write), the assistant surface (assistant:write). im:read and im:write are not: posting to a
    // user id opens the app's DM with chat:write alone.
    expect(scopes.sort()).toEqual(
      [
        'app_mentions:read',
        'assistant:write',
        'channels:history',
        'chat:write',
        'commands',
        'files:write',
        'groups:history',
        'im:history',
      ].sort(),
    );
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.assistant_view.assistant_description).toMatch(/charter/);
  });

  it('uses only Web API methods its scopes allow', () => {
    const dir = join(import.meta.dirname, '../../../src/channels/slack');
    const files = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e: { name: string; isDirectory(): boolean }) =>
        e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
      );
    const methods = new Set<string>();
    for (const f of files(dir)) {
      const source = readFileSync(f, 'utf8');
      for (const m of source.matchAll(/client\.([a-z0-9]+(?:\.[a-z0-9]+)*)\(/gi))
        if (m[1] !== 'paginate') methods.add(m[1] ?? '');
      // findMessage() pages through the method its callers name.
      for (const m of source.matchAll(/findMessage\(\s*client,\s*'([a-z.]+)'/gi)) methods.add(m[1] ?? '');
    }
    const allowed: Record<string, string> = {
      'chat.postMessage': 'chat:write',
      'conversations.history': 'channels:history',
      'conversations.replies': 'channels:history',
      'views.publish': '(app home, no scope)',
      filesUploadV2: 'files:write',
    };
    expect([...methods].sort()).toEqual(Object.keys(allowed).sort());
  });
});
