import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/charter/load.js';
import { restated, sameSentence } from '../../src/phrase/restate.js';
import { createEngine } from '../support/engine.js';

describe('a charter sentence restated as the answer', () => {
  it('drops what only a list needs: its number, its label, a colon at the end', () => {
    expect(restated('2. Voor de jaren 2008 t/m 2012 zal de gemeente € 4 miljoen per jaar inzetten')).toBe(
      'Voor de jaren 2008 t/m 2012 zal de gemeente € 4 miljoen per jaar inzetten.',
    );
    expect(restated('Wijkagenten: het rijk stelt 500 extra wijkagenten beschikbaar.')).toBe(
      'Het rijk stelt 500 extra wijkagenten beschikbaar.',
    );
    expect(restated('Deze afspraken gelden vanaf 9 juni 2008 tot en met 31 december 2017.')).toBe(
      'De afspraken gelden vanaf 9 juni 2008 tot en met 31 december 2017.',
    );
  });

  it('keeps a label that carries the subject of a bare figure', () => {
    expect(restated('Stedelijk gemiddelde 2006: 21,5 inbraken per 1000 woningen')).toBe(
      'Stedelijk gemiddelde 2006: 21,5 inbraken per 1000 woningen.',
    );
  });

  it('does not restate a sentence that leans on the one before', () => {
    expect(restated('Hiervan zal € 10 miljoen beschikbaar komen voor de 40 wijken.')).toBeNull();
    expect(restated('Daarnaast investeert de gemeente jaarlijks € 500.000 in Hoograven')).toBeNull();
    expect(restated('Dit betreft een multifunctionele voorziening in de wijk.')).toBeNull();
  });

  it('tells a quote that says no more than its sentence', () => {
    expect(
      sameSentence(
        '1. De corporaties dragen € 21,5 miljoen bij.',
        'De corporaties dragen € 21,5 miljoen bij',
      ),
    ).toBe(true);
    expect(sameSentence('A. B is € 20 miljoen. Hiervan € 10 miljoen.', 'A. B is € 20 miljoen.')).toBe(false);
  });
});

describe('general answers as sentences', () => {
  const engine = createEngine(loadKnowledge());

  it('answers in the charter sentence and quotes once', async () => {
    const a = await engine.ask('Hoeveel extra wijkagenten krijgt het korps Utrecht?');
    expect(a.answer).toMatchInlineSnapshot(
      `"Het korps Utrecht krijgt in de periode 2007-2011 37 extra wijkagenten."`,
    );
    expect(a.citations[0]?.quote).toContain('37 extra wijkagenten');
  });

  it('quotes what the clause says besides the sentence, so that the sentence is said once', async () => {
    const a = await engine.ask('Hoeveel krijgt Utrecht van het rijk voor burgerinitiatieven?');
    expect(a.answer.startsWith('De gemeente Utrecht krijgt voor 2008 € 850.000')).toBe(true);
    expect(a.answer).toContain('Het charter zegt verder: “WWI stelt in 2008 20 miljoen');
    expect(a.answer.split('De gemeente Utrecht krijgt voor 2008').length).toBe(2);
    // The citation still holds the clause word for word.
    expect(a.citations[0]?.quote).toContain('De gemeente Utrecht krijgt voor 2008 € 850.000');
  });
});
