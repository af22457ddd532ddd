// GET /api/progress and the console's progress page, over real HTTP, with measurements in the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMeasurement } from '../../support/measurements.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { newSubscription } from '../../support/subscriptions.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.store.saveMeasurements(
    [
      newMeasurement(),
      newMeasurement({
        wijk: 'Zuilen-Oost',
        indicator: 'car_breakins',
        value: 40,
        unit: 'per 1000 inwoners',
        source: 'Wijkenmonitor <2009>',
      }),
    ],
    null,
    new Date().toISOString(),
  );
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => fetch(new URL(path, server.url));

describe('GET /api/progress', () => {
  it('gives one object per target with the status the method defines', async () => {
    const res = await get('/api/progress?asOf=2010-06-01&language=en');
    expect(res.status).toBe(200);
    const rows = (await res.json()) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(48);
    expect(rows.find((p) => p.wijk === 'Ondiep' && p.indicator === 'burglary')).toMatchObject({
      status: 'at_risk',
      ratio: 0.68,
      latest: { year: 2009, value: 30, source: 'Wijkenmonitor 2009' },
      reason: expect.stringContaining('68% of the pace needed to reach 21 per 1000 homes by 2011'),
    });
    expect(rows.find((p) => p.wijk === 'Zuilen-Oost' && p.indicator === 'car_breakins')?.status).toBe(
      'off_track',
    );
  });

  it('filters by wijk (any alias) and theme, and speaks Dutch on request', async () => {
    const rows = (await (
      await get('/api/progress?asOf=2010-06-01&wijk=zuilen%20oost&theme=safety&language=nl')
    ).json()) as Array<Record<string, unknown>>;
    expect(new Set(rows.map((p) => p.wijk))).toEqual(new Set(['Zuilen-Oost']));
    expect(new Set(rows.map((p) => p.theme))).toEqual(new Set(['safety']));
    expect(rows.find((p) => p.indicator === 'car_breakins')?.reason).toMatch(/beweegt de verkeerde kant op/);
  });

  it('answers 400 with a message for a bad date, wijk or theme', async () => {
    for (const q of ['asOf=2010-02-30', 'asOf=yesterday', 'wijk=Lombok', 'theme=weather', 'language=fr']) {
      const res = await get(`/api/progress?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { message: string }).message.length).toBeGreaterThan(5);
    }
  });
});

describe('GET /progress', () => {
  it('shows each target with its status in words, inputs, chart and clause link, escaped', async () => {
    const res = await get('/progress?asOf=2010-06-01&wijk=ondiep');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<strong class="status">risico</strong>');
    expect(html).not.toContain('at risk');
    // The same page in English, for a visitor who chose it (or whose browser prefers it).
    const en = await (
      await fetch(new URL('/progress?asOf=2010-06-01&wijk=ondiep', server.url), {
        headers: { cookie: 'charterbot-lang=en' },
      })
    ).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<strong class="status">at risk</strong>');
    expect(en).toContain('30 per 1000 homes');
    expect(en).not.toContain('Laatste meting');
    const browser = await (
      await fetch(new URL('/progress', server.url), { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    ).text();
    expect(browser).toContain('<h1>Progress by wijk</h1>');
    expect(html).toContain('30 per 1000 woningen');
    expect(html).toContain('Wijkenmonitor 2009');
    expect(html).toContain('href="/clauses/veiligheid.ambitie.ondiep.3"');
    expect(html).toMatch(
      /<svg class="chart progress-chart"[^>]*role="img" aria-label="Uitgangswaarde 38 \(2006\); gemeten: 2009 30;/,
    );
    expect(html).not.toContain('Zuilen-Oost</h2>');
    const all = await (await get('/progress?asOf=2010-06-01')).text();
    expect(all).toContain('Wijkenmonitor &lt;2009&gt;');
    expect(all).not.toContain('<2009>');
  });

  it('says so when the date or wijk is not understood, and shows today for all wijken', async () => {
    const html = await (await get('/progress?asOf=%3Cscript%3E&wijk=Atlantis')).text();
    expect(html).toContain('role="alert"');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Kanaleneiland</h2>');
  });
});

describe('GET /api/digest/preview', () => {
  it('gives the digest in every rendering, and posts nothing', async () => {
    const json = (await (
      await get('/api/digest/preview?asOf=2010-06-01&wijk=Ondiep&language=en')
    ).json()) as {
      attention: Array<{ progress: { targetId: string } }>;
      counts: Record<string, number>;
    };
    expect(json.attention.map((l) => l.progress.targetId)).toEqual(['ondiep.burglary']);
    expect(json.counts.at_risk).toBe(1);
    const slack = (await (await get('/api/digest/preview?asOf=2010-06-01&format=slack')).json()) as {
      blocks: unknown[];
    };
    expect(slack.blocks.length).toBeLessThanOrEqual(50);
    const card = (await (
      await get('/api/digest/preview?asOf=2010-06-01&format=teams&theme=safety')
    ).json()) as { type: string };
    expect(card.type).toBe('AdaptiveCard');
    const email = await (
      await get('/api/digest/preview?asOf=2010-06-01&format=email&wijk=zuilen%20oost&wijk=ondiep')
    ).text();
    expect(email).toMatch(/^Onderwerp: Charter krachtwijken: voortgang week 22 van 2010/);
  });

  it('answers 400 for a bad parameter', async () => {
    for (const q of ['format=pdf', 'asOf=never', 'wijk=Lombok', 'theme=weather', 'language=de']) {
      expect((await get(`/api/digest/preview?${q}`)).status, q).toBe(400);
    }
  });
});

describe('GET /digests', () => {
  it('lists each subscription with its schedule and state, and previews the digest', async () => {
    await server.store.saveSubscription(
      newSubscription({ conversation: 'C<b>1', pausedReason: 'channel_not_found', active: false }),
    );
    const html = await (await get('/digests')).text();
    expect(html).toContain('Slack <code>C&lt;b&gt;1</code>');
    expect(html).toContain('elke maandag om 09:00 (Europe/Amsterdam)');
    expect(html).toContain(
      '<strong>gepauzeerd</strong>: het kanaal bestaat niet meer of charterbot kan het niet zien; technisch: channel_not_found',
    );
    expect(html).toContain('Charter krachtwijken: voortgang week');
  });

  it('says why a digest is paused and why its last run failed in words, in Dutch and English', async () => {
    // Stored as they always were: a Slack error code, a poster's sentence, an old free text nobody mapped.
    const rows = [
      { id: 'p-archived', conversation: 'C0ARCHIVED', reason: 'is_archived', error: 'rate limited' },
      {
        id: 'p-removed',
        conversation: 'teams:19:removed@thread.tacv2',
        reason: 'HTTP 403: the bot was removed',
        error: 'HTTP 502, and the platform could not be asked whether it landed',
      },
      {
        id: 'p-old',
        conversation: 'C0OLDTEXT',
        reason: 'kanaal weg volgens Piet',
        error: 'slack is not configured',
      },
    ];
    for (const r of rows) {
      await server.store.saveSubscription(
        newSubscription({
          id: r.id,
          platform: r.conversation.startsWith('teams:') ? 'teams' : 'slack',
          conversation: r.conversation,
          pausedReason: r.reason,
          active: false,
        }),
      );
      await server.store.claimDigestRun(r.id, '2027-W23', '2027-06-07T07:00:00.000Z');
      await server.store.finishDigestRun(r.id, '2027-W23', {
        status: 'failed',
        attempts: 3,
        postedAt: null,
        messageRef: null,
        error: r.error,
        snapshot: null,
      });
    }
    const cells = (html: string, conversation: string) =>
      html
        .match(
          new RegExp(
            `${conversation}</code></th>[\\s\\S]*?<td data-label="(?:Stand|State)">(.*?)</td>\\s*<td data-label="(?:Laatste|Last)">(.*?)</td>`,
          ),
        )
        ?.slice(1)
        .join(' | ');
    const nl = await (await get('/digests')).text();
    const en = await (
      await fetch(new URL('/digests', server.url), { headers: { 'accept-language': 'en' } })
    ).text();
    expect(rows.map((r) => cells(nl, r.conversation))).toMatchInlineSnapshot(`
      [
        "<strong>gepauzeerd</strong>: het kanaal is gearchiveerd; technisch: is_archived | 2027-W23: mislukt (het platform bleef om uitstel vragen omdat er te veel berichten waren)",
        "<strong>gepauzeerd</strong>: charterbot is uit het team of de chat verwijderd; technisch: HTTP 403 | 2027-W23: mislukt (het platform gaf een serverfout, en het platform kon niet zeggen of het toch is aangekomen; technisch: HTTP 502)",
        "<strong>gepauzeerd</strong>: zoals vastgelegd: &quot;kanaal weg volgens Piet&quot; | 2027-W23: mislukt (Slack was op de server niet ingesteld)",
      ]
    `);
    expect(rows.map((r) => cells(en, r.conversation))).toMatchInlineSnapshot(`
      [
        "<strong>paused</strong>: the channel is archived; technical: is_archived | 2027-W23: failed (the platform kept asking for a delay because of too many messages)",
        "<strong>paused</strong>: charterbot was removed from the team or chat; technical: HTTP 403 | 2027-W23: failed (the platform answered with a server error, and the platform could not say whether it arrived after all; technical: HTTP 502)",
        "<strong>paused</strong>: as recorded: &quot;kanaal weg volgens Piet&quot; | 2027-W23: failed (Slack was not configured on the server)",
      ]
    `);
    expect(nl).not.toMatch(/rate limited|the bot was removed|could not be asked/);
  });

  it('shows a digest waiting for its platform, why, and the settings to add, in Dutch and English', async () => {
    // This server has neither Slack nor Teams configured: both subscriptions' digests wait.
    await server.store.saveSubscription(newSubscription({ conversation: 'C0WAITPAGE' }));
    await server.store.saveSubscription(
      newSubscription({ platform: 'teams', conversation: 'teams:19:waitpage@thread.tacv2' }),
    );
    const stateOf = (html: string, conversation: string) =>
      html.match(
        new RegExp(`${conversation}</code></th>[\\s\\S]*?<td data-label="(?:Stand|State)">(.*?)</td>`),
      )?.[1];
    const nl = await (await get('/digests')).text();
    expect(stateOf(nl, 'C0WAITPAGE')).toMatchInlineSnapshot(
      `"<strong>wacht</strong>: Slack is op deze server niet ingesteld: zet SLACK_BOT_TOKEN en SLACK_SIGNING_SECRET (of SLACK_APP_TOKEN voor Socket Mode); het overzicht gaat uit zodra dat is gebeurd"`,
    );
    expect(stateOf(nl, 'teams:19:waitpage@thread.tacv2')).toMatchInlineSnapshot(
      `"<strong>wacht</strong>: Microsoft Teams is op deze server niet ingesteld: zet MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD en MICROSOFT_APP_TENANT_ID; het overzicht gaat uit zodra dat is gebeurd"`,
    );
    const en = await (
      await fetch(new URL('/digests', server.url), { headers: { 'accept-language': 'en' } })
    ).text();
    expect(stateOf(en, 'C0WAITPAGE')).toMatchInlineSnapshot(
      `"<strong>waiting</strong>: Slack is not configured on this server: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); the digest goes out once it is"`,
    );
    expect(stateOf(en, 'teams:19:waitpage@thread.tacv2')).toMatchInlineSnapshot(
      `"<strong>waiting</strong>: Microsoft Teams is not configured on this server: set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID; the digest goes out once it is"`,
    );
    expect(en).toContain('Charter krachtwijken: progress, week');
    expect(en).not.toMatch(/\bwacht\b|niet ingesteld/);
    expect(nl).not.toMatch(/\bwaiting\b|not configured/);
  });
});

describe('GET /charts/:wijk.png', () => {
  it('renders the wijk chart as a PNG, and 404s for a place outside the charter', async () => {
    const res = await get('/charts/ondiep.png?asOf=2010-06-01');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // PNG width and height are big-endian at bytes 16-23: one measured target, one panel across the image.
    expect(new DataView(bytes.buffer).getUint32(16)).toBe(1200);
    expect(new DataView(bytes.buffer).getUint32(20)).toBe(484);
    expect((await get('/charts/lombok.png')).status).toBe(404);
    // A digest's themes (in Dutch or English) and which of the wijk's images; one that does not exist is a 404.
    expect((await get('/charts/ondiep.png?asOf=2010-06-01&theme=veiligheid,work&part=1')).status).toBe(200);
    expect((await get('/charts/ondiep.png?asOf=2010-06-01&part=2')).status).toBe(404);
    expect((await get('/charts/ondiep.png?theme=weather')).status).toBe(400);
  });
});
