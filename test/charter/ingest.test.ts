import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/charter/ingest.js';
import { inCharter, SEED } from '../support/charter-text.js';

const { clauses } = ingest(SEED);
const byId = new Map(clauses.map((c) => [c.id, c]));

describe('ingest', () => {
  it('gives clauses readable ids and the section path as the charter titles it', () => {
    const c = byId.get('veiligheid.ambitie.ondiep.3');
    expect(c?.section).toBe('2. Op het gebied van veiligheid › a. Gezamenlijke ambitie › Ondiep');
    expect(c?.text).toBe(
      'In 2006 is het aantal woninginbraken per 1000 woningen 38. In 2011 is dit cijfer gedaald tot 21; in 2017 tot 15.',
    );
  });

  it('gives every clause a unique id', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });

  it('removes page headers, HTML and footnote markers from clause text', () => {
    for (const c of clauses) {
      expect(c.text).not.toMatch(/<\/?(b|ul|li|sup)\b/);
      expect(c.text).not.toMatch(/^(Gemeente Utrecht|Wonen, Wijken en Integratie)$/);
      expect(c.text).not.toContain('**');
    }
    expect(clauses.some((c) => c.text === 'Gemeente Utrecht')).toBe(false);
  });

  it('rejoins the Zuilen-Oost health target that a page break and two footnotes cut in two', () => {
    const c = clauses.find((x) =>
      x.section.endsWith('Opvoeding en opgroeien in de wijk › a. Gezamenlijke ambitie › Zuilen-Oost'),
    );
    expect(c?.text).toBe(
      'In 2006 ervaart 20% van de inwoners zijn of haar gezond als matig/slecht. In 2011 is dit percentage gedaald naar 18%; in 2017 naar 10%.',
    );
  });

  it('does not join a list of signatories across a page break', () => {
    expect(clauses.some((c) => c.text.includes('Aboutaleb minister'))).toBe(false);
  });

  it('keeps footnotes as clauses, linked from the clause that marks them', () => {
    const note = byId.get('voetnoot.7');
    expect(note?.kind).toBe('footnote');
    expect(note?.text).toBe('Stedelijk gemiddelde 2006: 21,5 inbraken per 1000 woningen.');
    expect(note?.parentId).toBe('veiligheid.ambitie.ondiep.3');
    expect(byId.get('veiligheid.ambitie.ondiep.3')?.footnotes).toEqual(['voetnoot.7']);
    expect(clauses.filter((c) => c.kind === 'footnote')).toHaveLength(13);
  });

  it('keeps sub-bullets as their own clauses under their parent', () => {
    const sub = byId.get('veiligheid.inzet-rijk.3.1');
    expect(sub?.parentId).toBe('veiligheid.inzet-rijk.3');
    expect(sub?.depth).toBe(1);
    expect(sub?.text.startsWith('Het rijk versterkt de regierol')).toBe(true);
  });

  it('produces text a reader can find in the charter, clause by clause', () => {
    const missing = clauses.filter((c) => c.kind !== 'footnote' && !inCharter(c.text.replace(/\n/g, ' ')));
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(ingest(SEED)).toEqual(ingest(SEED));
  });
});
