import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import type { Answer } from '../../src/engine/types.js';
import { chunkText, escapeSlack, renderSlackAnswer, SLACK_LIMITS } from '../../src/render/slack-blocks.js';
import { createEngine } from '../support/engine.js';

const knowledge = loadKnowledge();

const sections = (blocks: unknown[]) =>
  blocks.filter(
    (b): b is { type: 'section'; text: { text: string } } => (b as { type: string }).type === 'section',
  );

describe('Slack Block Kit', () => {
  it('escapes &, < and >', () => {
    expect(escapeSlack('<!channel> & <@U1> <https://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;https://x|y&gt;',
    );
  });

  it('links each cited clause to its page when the console has a public address', async () => {
    const engine = createEngine(knowledge);
    const answer = await engine.ask('What is the Ondiep burglary target for 2011?');
    const linked = sections(
      renderSlackAnswer(answer, knowledge.meta, 'a1', { consoleUrl: 'https://cb.example.org/' }).blocks,
    );
    expect(linked.at(-1)?.text.text.split('\n').at(-1)).toBe(
      '_<https://cb.example.org/clauses/veiligheid.ambitie.ondiep.3|2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep>_',
    );
    const plain = sections(renderSlackAnswer(answer, knowledge.meta, 'a1').blocks);
    expect(plain.at(-1)?.text.text.split('\n').at(-1)).toBe(
      '_2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep_',
    );
  });

  it('quotes a clause once: a quote the answer already gives is shown as its section only', async () => {
    const engine = createEngine(knowledge);
    const answer = await engine.ask('Welke organisatie ondersteunt de gemeente bij de pilot zwerfafval?');
    const texts = sections(renderSlackAnswer(answer, knowledge.meta, 'a1').blocks).map((b) => b.text.text);
    expect(texts.join('\n').match(/SenterNovem biedt kennis/g)?.length).toBe(1);
    expect(texts).toMatchInlineSnapshot(`
      [
        "Het charter zegt hierover: “SenterNovem biedt kennis, ervaring en de mogelijkheid om gezamenlijk met gemeenten projecten te ontwikkelen voor de aanpak van zwerfafval.”",
        "_3. Op het gebied van wonen › c. Inzet rijk_",
      ]
    `);
  });

  it('splits long text at line breaks under the section limit', () => {
    const text = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(chunks.join('\n')).toBe(text);
    expect(chunkText('y'.repeat(7000)).map((c) => c.length)).toEqual([3000, 3000, 1000]);
  });

  it('keeps a huge answer within 50 blocks and 3,000 characters a section', () => {
    const many: Answer = {
      status: 'answered',
      language: 'en',
      answer: Array.from({ length: 300 }, (_, i) => `- line ${i} ${'z'.repeat(60)}`).join('\n'),
      facts: [],
      citations: knowledge.clauses
        .slice(0, 120)
        .map((c) => ({ id: c.id, section: c.section, quote: c.text })),
      suggestions: ['a', 'b', 'c'],
    };
    const { blocks, text } = renderSlackAnswer(many, knowledge.meta, 'id-1');
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const s of sections(blocks))
      expect(s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    expect(JSON.stringify(blocks)).toContain('more clauses');
  });

  it('lays out an answer: text, quote with section, source, buttons', async () => {
    const answer = await createEngine(knowledge).ask('What is the Ondiep burglary target for 2011?');
    const { blocks } = renderSlackAnswer(answer, knowledge.meta, 'rec-1');
    expect(blocks.map((b) => b.type)).toEqual(['section', 'section', 'context', 'actions']);
    expect(sections(blocks)[1]?.text.text).toBe(
      '> In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.\n_2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep_',
    );
  });
});
