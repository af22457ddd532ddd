// The message catalogue: every message in both languages, counts worded by Intl.PluralRules.
import { describe, expect, it } from 'vitest';
import { exportedText, heldText } from '../../src/phrase/audit.js';
import { count, messages, plural } from '../../src/phrase/catalogue.js';
import { HEADINGS } from '../../src/phrase/digest.js';
import { problemText } from '../../src/phrase/measurements.js';
import { proposedReply } from '../../src/phrase/revisions.js';

/** A message's shape: a string, a function, or a record of strings with its keys. */
const shape = (m: unknown): unknown =>
  typeof m === 'function'
    ? `function/${m.length}`
    : typeof m === 'object' && m !== null
      ? Object.keys(m)
      : typeof m;

describe('the message catalogue', () => {
  it('has every message in Dutch and English, of the same shape and never empty', () => {
    const nl = messages('nl');
    const en = messages('en');
    expect(Object.keys(en)).toEqual(Object.keys(nl));
    for (const key of Object.keys(nl) as Array<keyof typeof nl>) {
      expect(shape(en[key]), key).toEqual(shape(nl[key]));
      for (const text of typeof nl[key] === 'object' ? Object.values(nl[key]) : [nl[key], en[key]])
        expect(text, key).not.toBe('');
    }
  });

  it('labels the feedback reasons once for Slack, Teams and the console', () => {
    expect(messages('nl').feedbackReasons).toEqual({
      wrong_figure: 'Verkeerd cijfer',
      wrong_clause: 'Verkeerde bepaling',
      not_in_charter: 'Staat niet in het charter',
      other: 'Anders',
    });
    expect(messages('en').feedbackReasons.not_in_charter).toBe('Not in the charter');
  });

  it('chooses the word for a count by the language’s plural rules', () => {
    expect([0, 1, 2, 21].map((n) => count(n, 'nl', 'regel', 'regels'))).toEqual([
      '0 regels',
      '1 regel',
      '2 regels',
      '21 regels',
    ]);
    expect([0, 1, 2].map((n) => plural(n, 'en', 'record', 'records'))).toEqual([
      'records',
      'record',
      'records',
    ]);
    expect(messages('nl').moreClausesNarrower(1)).toBe(
      'En nog 1 bepaling: stel een preciezere vraag of kijk in de console.',
    );
    expect(messages('en').moreClauses(3)).toBe('… and 3 more clauses');
    expect([1, 2].map((n) => messages('nl').sections(n))).toEqual(['onderdeel', 'onderdelen']);
  });

  it('words the replies that count, one and many, in both languages', () => {
    expect([0, 1, 2].map((n) => exportedText(n, 'nl'))).toEqual([
      '0 regels uit het auditlog geëxporteerd',
      '1 regel uit het auditlog geëxporteerd',
      '2 regels uit het auditlog geëxporteerd',
    ]);
    expect(heldText(1, 1, false, 'en')).toBe('1 of 1 record put under legal hold');
    expect(proposedReply(1, 'en')).toBe('1 revision proposed; run again with --apply to record them');
    expect([1, 3].map((n) => HEADINGS.nl.folded(n))).toEqual([
      '1 doel ligt op koers of is gehaald',
      '3 doelen liggen op koers of zijn gehaald',
    ]);
  });

  it('lists alternatives with Intl.ListFormat', () => {
    const options = ['a', 'b', 'c'].map((x) => ({ key: x, nl: x, en: x, combined: false }));
    expect(problemText({ code: 'indicator_ambiguous', text: 'x', options }, 'nl')).toBe(
      '"x" kan meerdere indicatoren zijn: gebruik "a", "b" of "c"',
    );
    expect(problemText({ code: 'indicator_ambiguous', text: 'x', options: options.slice(0, 2) }, 'en')).toBe(
      '"x" can mean more than one indicator: use "a" or "b"',
    );
  });
});
