// `npm run teams:package`: the zip to upload to Teams: manifest.json (with the bot's app id and host
// filled in) and its two icons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { PROJECT_ROOT } from '../charter/paths.js';
import { ConfigError } from '../env.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER_HOST = 'charterbot.example.org';

export function buildTeamsPackage(options: {
  appId: string | undefined;
  host?: string | undefined;
}): Uint8Array {
  const { appId, host } = options;
  if (!appId || !GUID.test(appId)) {
    throw new ConfigError(
      "Set MICROSOFT_APP_ID to the bot's Application (client) ID, a GUID such as 1b2c3d4e-...",
    );
  }
  // Without the real host the manifest would point Teams at a placeholder: refuse rather than package it.
  if (!host)
    throw new ConfigError(
      'Set TEAMS_APP_HOST (or PUBLIC_URL) to the public host name of the bot, such as charterbot.utrecht.nl: the Teams app links to it and trusts only it',
    );
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) || host === PLACEHOLDER_HOST)
    throw new ConfigError('Set TEAMS_APP_HOST to a host name such as charterbot.utrecht.nl');
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'manifest.json'), 'utf8'));
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  for (const extension of manifest.composeExtensions ?? []) extension.botId = appId;
  const text = JSON.stringify(manifest, null, 2).split(PLACEHOLDER_HOST).join(host);
  return zipSync({
    'manifest.json': new TextEncoder().encode(text),
    'color.png': readFileSync(join(PROJECT_ROOT, 'color.png')),
    'outline.png': readFileSync(join(PROJECT_ROOT, 'outline.png')),
  });
}
