// Each rendering of a digest, pinned, and checked against the platform's limits at every scope.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { composeDigest, type Digest } from '../../src/digest/compose.js';
import { evaluateProgress } from '../../src/progress/evaluate.js';
import { DEFAULT_PROGRESS_OPTIONS, type Measurement } from '../../src/progress/types.js';
import { renderDigestCard } from '../../src/render/digest-card.js';
import { renderDigestSlack } from '../../src/render/digest-slack.js';
import { renderDigestEmail, renderDigestText } from '../../src/render/digest-text.js';
import { SLACK_LIMITS } from '../../src/render/slack-blocks.js';
import { cardProblems } from '../support/adaptive-card-check.js';

const k = loadKnowledge();
const m = (
  wijk: string,
  indicator: string,
  year: number,
  value: number,
  unit: string,
  source = `Wijkenmonitor ${year}`,
): Measurement => ({
  wijk,
  indicator,
  year,
  value,
  unit,
  source,
  note: null,
  recordedBy: null,
  recordedAt: '2027-01-01T00:00:00.000Z',
});
const measurements = [
  m('Ondiep', 'burglary', 2009, 30, 'per 1000 woningen'),
  m('Ondiep', 'violence', 2009, 7, 'per 1000 inwoners'),
  m('Zuilen-Oost', 'car_breakins', 2009, 40, 'per 1000 inwoners', 'Monitor <!channel> *vet*'),
  m('Overvecht', 'benefits', 2008, 13, '%'),
];

function digest(
  wijken: string[],
  language: 'nl' | 'en',
  previous: Digest['snapshot'] | null = null,
  data = measurements,
): Digest {
  const targets = k.targets.filter((t) => wijken.length === 0 || wijken.includes(t.wijk));
  return composeDigest({
    progress: evaluateProgress(targets, data, [], '2010-06-01', DEFAULT_PROGRESS_OPTIONS),
    asOf: '2010-06-01',
    period: '2010-W22',
    language,
    scope: { wijken, themes: [] },
    previous: previous ? { period: '2010-W21', snapshot: previous } : null,
    lastMeasurementAt: '2027-01-01T00:00:00.000Z',
  });
}

const links = { consoleUrl: 'https://charterbot.utrecht.example/' };

describe('digest content', () => {
  it('leads with what changed, then attention, milestones and needs data; good news folds into a count', () => {
    const first = digest(['Ondiep'], 'en');
    const changedSince = {
      ...first.snapshot,
      statuses: { ...first.snapshot.statuses, 'ondiep.burglary': 'on_track' as const },
    };
    const d = digest(['Ondiep'], 'en', changedSince);
    expect(d.changed.map((l) => [l.progress.targetId, l.was, l.progress.status])).toEqual([
      ['ondiep.burglary', 'on_track', 'at_risk'],
    ]);
    expect(d.attention.map((l) => l.progress.targetId)).toEqual([]);
    expect(d.folded.map((l) => l.progress.targetId)).toEqual(['ondiep.violence']);
    expect(d.needsData).toHaveLength(12);
    const ids = [...d.changed, ...d.attention, ...d.needsData, ...d.folded].map((l) => l.progress.targetId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(d.quiet).toBe(false);
    expect(digest(['Ondiep'], 'en', d.snapshot).quiet).toBe(true);
  });

  it('renders as text with a bar, inputs and clause links', () => {
    expect(renderDigestText(digest(['Ondiep'], 'en'), k.lexicon, links)).toMatchInlineSnapshot(`
      "Charter krachtwijken: progress, week 22 of 2010
      Ondiep; all themes; as of 1 June 2010
      1 at risk · 12 no data · 1 achieved

      Needs attention
      - Ondiep, home burglaries: at risk. 38 per 1000 homes (2006) → 30 per 1000 homes (2009) → 21 per 1000 homes (2011); expected now 23.6 per 1000 homes ▓▓░░░ [Safety › Ondiep: https://charterbot.utrecht.example/clauses/veiligheid.ambitie.ondiep.3]

      Needs data
      - Ondiep, residents who rate their health as fair or poor: no data. 20% (2006) → not measured → 18% (2011) ░░░░░ [Health › Ondiep: https://charterbot.utrecht.example/clauses/leren-opgroeien.opvoeding-opgroeien-wijk.ambitie.ondiep.1]
      - Ondiep, the level of children entering kindergarten: no data. ? (2006) → not measured → +10% vs 2006 (2011) ░░░░░ [Education › Ondiep: https://charterbot.utrecht.example/clauses/leren-opgroeien.leren-school.ambitie.ondiep.1]
      - Ondiep, school dropout: no data. ? (2006) → not measured → −10% vs 2006 (2011) ░░░░░ [Education › Ondiep: https://charterbot.utrecht.example/clauses/leren-opgroeien.leren-school.ambitie.ondiep.2]
      - Ondiep, pupils leaving school without a diploma: no data. ? (2006) → not measured → −20% vs 2006 (2011) ░░░░░ [Education › Ondiep: https://charterbot.utrecht.example/clauses/leren-opgroeien.leren-school.ambitie.ondiep.3]
      - Ondiep, residents who experience nuisance from young people: no data. 33% (2006) → not measured → 25% (2011) ░░░░░ [Safety › Ondiep: https://charterbot.utrecht.example/clauses/veiligheid.ambitie.ondiep.1]
      - Ondiep, residents who feel unsafe in their neighbourhood: no data. 43% (2006) → not measured → 33% (2011) ░░░░░ [Safety › Ondiep: https://charterbot.utrecht.example/clauses/veiligheid.ambitie.ondiep.2]
      - Ondiep, car break-ins: no data. 38 per 1000 residents (2006) → not measured → 30 per 1000 residents (2011) ░░░░░ [Safety › Ondiep: https://charterbot.utrecht.example/clauses/veiligheid.ambitie.ondiep.4]
      - Ondiep, the clean-street score: no data. score 5 (2006) → not measured → score 6 (2011) ░░░░░ [Housing › Ondiep: https://charterbot.utrecht.example/clauses/wonen.ambitie.ondiep.1]
      - Ondiep, residents with a negative outlook on the future: no data. 29% (2006) → not measured → 20% (2011) ░░░░░ [Housing › Ondiep: https://charterbot.utrecht.example/clauses/wonen.ambitie.ondiep.2]
      - Ondiep, residents who do not like living in their own neighbourhood: no data. 33% (2006) → not measured → 25% (2011) ░░░░░ [Housing › Ondiep: https://charterbot.utrecht.example/clauses/wonen.ambitie.ondiep.3]
      - Ondiep, residents with too few social contacts: no data. 9% (2006) → not measured → 6% (2011) ░░░░░ [Housing › Ondiep: https://charterbot.utrecht.example/clauses/wonen.ambitie.ondiep.4]
      - Ondiep, working-age residents on benefits: no data. 18.9% (2006) → not measured → 14.3% (2011) ░░░░░ [Work › Ondiep: https://charterbot.utrecht.example/clauses/werken.ambitie.ondiep.1]

      1 target is on track or achieved

      Progress page: https://charterbot.utrecht.example/progress
      Source: measurements as recorded; targets from the Utrecht krachtwijken charter (9 June 2008). Method: rate ratio (Statistics Canada / Open SDG).
      "
    `);
  });

  it('renders the e-mail version in Dutch with every target', () => {
    const email = renderDigestEmail(digest(['Zuilen-Oost'], 'nl'), k.lexicon);
    expect(email.split('\n')[0]).toBe('Onderwerp: Charter krachtwijken: voortgang week 22 van 2010');
    expect(email).toContain(
      'Zuilen-Oost, autokraken: uit koers. 38,3 per 1000 inwoners (2006) → 40 per 1000 inwoners (2009) → 30 per 1000 inwoners (2011); verwacht nu 31,5 per 1000 inwoners ░░░░░ [Veiligheid › Zuilen-Oost]',
    );
  });

  it('renders Slack Block Kit, escaped, with a show-all button', () => {
    const msg = renderDigestSlack(digest(['Zuilen-Oost'], 'en'), k.lexicon, links, {
      showAllValue: '{"s":"x","p":"2010-W22"}',
    });
    expect(msg.blocks.slice(0, 4)).toMatchInlineSnapshot(`
      [
        {
          "text": {
            "emoji": false,
            "text": "Charter krachtwijken: progress, week 22 of 2010",
            "type": "plain_text",
          },
          "type": "header",
        },
        {
          "elements": [
            {
              "text": "Zuilen-Oost; all themes; as of 1 June 2010",
              "type": "mrkdwn",
            },
          ],
          "type": "context",
        },
        {
          "text": {
            "text": "*1 off track · 12 no data*",
            "type": "mrkdwn",
          },
          "type": "section",
        },
        {
          "text": {
            "text": "*Needs attention*
      • Zuilen-Oost, car break-ins: off track. 38.3 per 1000 residents (2006) → 40 per 1000 residents (2009) → 30 per 1000 residents (2011); expected now 31.5 per 1000 residents ░░░░░ <https://charterbot.utrecht.example/clauses/veiligheid.ambitie.zuilen-oost.4|Safety › Zuilen-Oost>",
            "type": "mrkdwn",
          },
          "type": "section",
        },
      ]
    `);
    // Nothing a measurement's source holds reaches the message unescaped.
    expect(JSON.stringify(msg)).not.toContain('<!channel>');
  });

  it('shows a wijk’s charts in a Teams card four targets to an image, each with its words for screen readers', () => {
    const data = [
      ...measurements,
      m('Ondiep', 'poor_health', 2009, 19, '%'),
      m('Ondiep', 'school_dropout', 2009, 5.5, '%'),
      m('Ondiep', 'clean_street', 2009, 5.5, 'rapportcijfer'),
      m('Ondiep', 'benefits', 2009, 18, '%'),
    ];
    const card = renderDigestCard(digest(['Ondiep'], 'nl', null, data), k.lexicon, links);
    const images = card.body.filter((b) => b.type === 'Image') as Array<{ url: string; altText: string }>;
    expect(images.map((i) => i.url)).toMatchInlineSnapshot(`
      [
        "https://charterbot.utrecht.example/charts/ondiep.png?asOf=2010-06-01&language=nl&part=1",
        "https://charterbot.utrecht.example/charts/ondiep.png?asOf=2010-06-01&language=nl&part=2",
      ]
    `);
    expect(images.map((i) => i.altText.split(':')[0])).toEqual(['Ondiep (1/2)', 'Ondiep (2/2)']);
    expect(images[1]?.altText).toContain('inwoners in de werkzame leeftijd met een uitkering (%), uit koers');
  });

  it('renders a Teams Adaptive Card with the on-track targets behind "Show all"', () => {
    const card = renderDigestCard(digest(['Ondiep'], 'en'), k.lexicon, links);
    expect(card.actions).toMatchInlineSnapshot(`
      [
        {
          "card": {
            "body": [
              {
                "spacing": "Small",
                "text": "• Ondiep, people confronted with violence: achieved. 10.5 per 1000 residents (2006) → 7 per 1000 residents (2009) → 7.5 per 1000 residents (2011); expected now 8 per 1000 residents ▓▓▓▓▓",
                "type": "TextBlock",
                "wrap": true,
              },
            ],
            "type": "AdaptiveCard",
          },
          "title": "Show all",
          "type": "Action.ShowCard",
        },
        {
          "title": "Progress page",
          "type": "Action.OpenUrl",
          "url": "https://charterbot.utrecht.example/progress",
        },
      ]
    `);
  });

  it('says one line when nothing changed', () => {
    const first = digest(['Ondiep'], 'nl');
    expect(renderDigestText(digest(['Ondiep'], 'nl', first.snapshot), k.lexicon)).toMatchInlineSnapshot(`
      "Charter krachtwijken, week 22 van 2010: geen veranderingen en geen nieuwe metingen sinds week 21 van 2010. (1 risico · 12 geen gegevens · 1 gehaald)
      "
    `);
  });
});

describe('platform limits at any scope', () => {
  // Every target measured every year, with long sources: the largest digest there can be.
  const all = k.targets.flatMap((t) =>
    [2007, 2008, 2009].map((y) =>
      m(
        t.wijk,
        t.indicator,
        y,
        t.unit === 'rapportcijfer' ? 5 : 20 + y - 2007,
        t.kind === 'level' ? t.unit : '%',
        `Wijkenmonitor ${y} ${'x'.repeat(150)}`,
      ),
    ),
  );
  for (const scope of [[], ['Ondiep'], ['Kanaleneiland', 'Overvecht']]) {
    for (const language of ['nl', 'en'] as const) {
      it(`stays within Slack's and Teams' limits for ${scope.join(', ') || 'all wijken'} in ${language}`, () => {
        const d = digest(scope, language, null, all);
        const slack = renderDigestSlack(d, k.lexicon, links, { showAllValue: 'x' });
        expect(slack.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        for (const b of slack.blocks) {
          const text = (b as { text?: { text: string } }).text?.text ?? '';
          expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
        }
        expect(slack.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
        expect(JSON.stringify(slack.blocks).length).toBeLessThan(40_000);
        const card = renderDigestCard(d, k.lexicon, links);
        // The Adaptive Card 1.5 schema (Microsoft's object model) and Teams' message size.
        expect(cardProblems(card)).toEqual([]);
      });
    }
  }
});
