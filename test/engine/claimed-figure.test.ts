import { describe, expect, it } from 'vitest';
import { saidRoughly, sameFigure } from '../../src/engine/claimed-figure.js';

describe('a claimed figure', () => {
  it('is said roughly only where a word says so right before it', () => {
    expect(saidRoughly("Klopt het dat zo'n 18% van de inwoners ...?", '18')).toBe(true);
    expect(saidRoughly('Krijgt Utrecht ongeveer € 850.000?', '850.000')).toBe(true);
    expect(saidRoughly('Is it about 40 per 1000?', '40')).toBe(true);
    expect(saidRoughly('What about the target: is it 40?', '40')).toBe(false);
    expect(saidRoughly('Klopt het dat het 18% is?', '18')).toBe(false);
  });

  it('holds near the charter only where said roughly', () => {
    expect(sameFigure(18, 18.4, true)).toBe(true);
    expect(sameFigure(18, 18.4, false)).toBe(false);
    expect(sameFigure(25, 18.4, true)).toBe(false);
    expect(sameFigure(900_000, 850_000, true)).toBe(false);
    expect(sameFigure(850_000, 850_000, false)).toBe(true);
  });
});
