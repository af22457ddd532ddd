import { describe, expect, it } from 'vitest';
import { buildStemTable } from '../../src/charter/stem.js';

describe('the stem table', () => {
  it('puts a separable verb’s participle with the verb where the texts have it', () => {
    const table = buildStemTable(
      ['De pilots worden uitgevoerd. Zij zullen uitvoeren. Een centrum is opgezet; wij opzetten.'],
      [],
    );
    const stem = (w: string) => table.nl[w] || w;
    expect(stem('uitgevoerd')).toBe(stem('uitvoeren'));
    expect(stem('opgezet')).toBe(stem('opzetten'));
  });

  it('leaves a participle alone whose verb the texts do not have, and words that only look like one', () => {
    const table = buildStemTable(['Het is opgenomen in de omgeving van de ingezetenen.'], []);
    const stem = (w: string) => table.nl[w] || w;
    expect(['opgenomen', 'omgeving', 'ingezetenen'].map(stem)).toMatchInlineSnapshot(`
      [
        "opgenom",
        "omgef",
        "ingezeten",
      ]
    `);
  });
});
