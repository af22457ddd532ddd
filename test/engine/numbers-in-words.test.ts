import { describe, expect, it } from 'vitest';
import { numbersInWords } from '../../src/engine/numbers-in-words.js';

describe('numbers in words', () => {
  it('reads a share of a group as a percentage, and leaves a half of a year alone', () => {
    const said = [
      'ongeveer een kwart van de inwoners',
      'about a third of the residents',
      'de helft van de leerlingen',
      'in de eerste helft van 2008',
      'een kwart miljoen',
    ].map(numbersInWords);
    expect(said).toMatchInlineSnapshot(`
      [
        "ongeveer 25% van de inwoners",
        "about 33% of the residents",
        "50% van de leerlingen",
        "in de eerste helft van 2008",
        "0,25 miljoen",
      ]
    `);
  });

  it('reads a change by a share as a percentage', () => {
    const said = [
      'cut crime by a third by 2010',
      'met een kwart verminderen',
      'met de helft omlaag',
      'a third party',
    ].map(numbersInWords);
    expect(said).toMatchInlineSnapshot(`
      [
        "cut crime by 33% by 2010",
        "met 25% verminderen",
        "met 50% omlaag",
        "a third party",
      ]
    `);
  });

  it('reads a figure before "duizend" or "thousand" as thousands, and "per duizend" as 1000', () => {
    const said = ['850 duizend euro', 'about 900 thousand euros', 'inbraken per duizend woningen'].map(
      numbersInWords,
    );
    expect(said).toMatchInlineSnapshot(`
      [
        "850.000 euro",
        "about 900.000 euros",
        "inbraken per 1000 woningen",
      ]
    `);
  });

  it('reads a Dutch year said in two halves', () => {
    expect(
      ['in twintigelf', 'twintig zeventien', 'twintig procent'].map(numbersInWords),
    ).toMatchInlineSnapshot(`
      [
        "in 2011",
        "2017",
        "20 procent",
      ]
    `);
  });
});
