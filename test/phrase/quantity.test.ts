import { describe, expect, it } from 'vitest';
import { quantity } from '../../src/phrase/general-answer.js';

describe('quantity in English', () => {
  it('writes the charter’s dates with English month names, and leaves what is no date', () => {
    const said = ['9 juni 2008', '09 juni', '1 january 2008', '29 februari', '31 februari 2008'].map((t) =>
      quantity(t, 'en'),
    );
    expect(said).toEqual(['9 June 2008', '9 June', '1 January 2008', '29 February', '31 februari 2008']);
  });

  it('writes ranges, number words and units in English', () => {
    expect(['3 - 4 jaar', '2,5 jaar', 'een maand', '12 wijken'].map((t) => quantity(t, 'en'))).toEqual([
      '3–4 years',
      '2.5 years',
      '1 month',
      '12 wijken',
    ]);
  });

  it('writes a period between two dates in English', () => {
    expect(quantity('vanaf 9 juni 2008 tot en met 31 december 2017', 'en')).toBe(
      'from 9 June 2008 up to and including 31 December 2017',
    );
    expect(quantity('van 2008 tot 2012', 'en')).toBe('from 2008 until 2012');
  });

  it('keeps the charter’s own words in Dutch', () => {
    expect(quantity('9 juni 2008', 'nl')).toBe('9 juni 2008');
  });
});
