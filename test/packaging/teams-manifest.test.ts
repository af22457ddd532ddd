import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
// Passed explicitly: the package validates offline against the schema it ships.
const schema = JSON.parse(
  readFileSync(
    join(
      ROOT,
      'node_modules/@microsoft/app-manifest/build/json-schemas/teams/v1.25/MicrosoftTeams.schema.json',
    ),
    'utf8',
  ),
);
const png = (file: string) => PNG.sync.read(readFileSync(join(ROOT, file)));

describe('Teams app manifest', () => {
  it('validates against the v1.25 schema, offline', async () => {
    expect(manifest.manifestVersion).toBe('1.25');
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  it('is a bot for personal, team and group chat scopes with a command list', () => {
    const [bot] = manifest.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toContain('help');
    expect(manifest.validDomains.length).toBeGreaterThan(0);
  });

  it('asks for no permissions it does not use, and offers a search message extension', () => {
    expect(manifest.permissions).toBeUndefined();
    expect(manifest.webApplicationInfo).toBeUndefined();
    const [extension] = manifest.composeExtensions;
    expect(extension.botId).toBe(manifest.bots[0].botId);
    expect(extension.commands.map((c: { id: string; type: string }) => [c.id, c.type])).toEqual([
      ['askCharter', 'query'],
    ]);
  });

  it('catches a broken manifest', async () => {
    const broken = { ...manifest, id: 'not-a-guid', accentColor: undefined };
    expect((await AppManifestUtils.validateAgainstSchema(broken, schema)).length).toBeGreaterThan(0);
  });

  it('has a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = png('color.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = png('outline.png');
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let white = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      white += 1;
    }
    expect(white).toBeGreaterThan(50);
    expect(outline.data[3]).toBe(0);
  });

  it('packages the zip with the app id and host filled in', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'teams-')), 'app.zip');
    const appId = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/charterbot.js'), 'teams-package', '--out', out], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
        cwd: mkdtempSync(join(tmpdir(), 'cwd-')),
      });
    const refused = run({});
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/Set MICROSOFT_APP_ID/);
    // No host: no zip with a placeholder host in it.
    const noHost = run({ MICROSOFT_APP_ID: appId });
    expect(noHost.status).toBe(1);
    expect(noHost.stderr).toMatch(/Set TEAMS_APP_HOST \(or PUBLIC_URL\)/);
    expect(existsSync(out)).toBe(false);
    const fromPublicUrl = run({ MICROSOFT_APP_ID: appId, PUBLIC_URL: 'https://charterbot.utrecht.example/' });
    expect(fromPublicUrl.status).toBe(0);
    expect(
      JSON.parse(new TextDecoder().decode(unzipSync(readFileSync(out))['manifest.json'])).validDomains,
    ).toEqual(['charterbot.utrecht.example']);
    const ok = run({ MICROSOFT_APP_ID: appId, TEAMS_APP_HOST: 'bot.utrecht.example' });
    expect(ok.status).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packed = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(packed.id).toBe(appId);
    expect(packed.bots[0].botId).toBe(appId);
    expect(packed.composeExtensions[0].botId).toBe(appId);
    expect(packed.validDomains).toEqual(['bot.utrecht.example']);
  });
});
