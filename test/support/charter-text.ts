// Test helpers: the charter as a reader sees it, and the numbers a text contains.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../../src/charter/paths.js';

export const SEED = readFileSync(join(SEEDS_DIR, 'charter-utrecht-krachtwijken-2008.md'), 'utf8');

const squash = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The charter with page furniture set aside, written independently of the ingester: no page headers,
 * no footnote lines, no markup, list markers or footnote numbers; one line of running text.
 */
const READER_TEXT = squash(
  SEED.split('\n')
    .filter(
      (line) => !/^\s*(#+\s*)?(\*\*)?(Gemeente Utrecht|Wonen, Wijken en Integratie)(\*\*)?\s*$/.test(line),
    )
    .filter((line) => !/^<sup>\d+<\/sup>/.test(line))
    .map((line) =>
      line
        .replace(/<sup>\d+<\/sup>/g, '')
        .replace(/<sup>(.*?)<\/sup>/g, '$1')
        .replace(/<li>\s*-\s*/g, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/\*\*|\*/g, '')
        .replace(/^\s*#+\s*/, '')
        .replace(/^\s*[-*]\s+(o\s+)?/, ''),
    )
    .join(' '),
);

/** Footnotes stand apart from the running text, at the foot of their page. */
const FOOTNOTES = SEED.split('\n')
  .filter((line) => /^<sup>\d+<\/sup>/.test(line))
  .map((line) => squash(line.replace(/^<sup>\d+<\/sup>\s*/, '')));

export const inCharter = (quote: string) =>
  READER_TEXT.includes(squash(quote)) || FOOTNOTES.some((note) => note.includes(squash(quote)));

/** Every reading of every number in a text (Dutch and English separators), as the eval scorer reads them. */
export function numbersIn(text: string): Set<number> {
  return new Set(numberReadings(text).flat());
}

/** Each number of a text with its readings: "1,000" is 1000 in English and 1 in Dutch. */
export function numberReadings(text: string): number[][] {
  const out: number[][] = [];
  for (const m of text.matchAll(/\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?/g)) {
    const t = m[0].replace(/[\u00a0 ]/g, '');
    const readings = [
      Number(t.replace(/\./g, '').replace(',', '.')),
      Number(t.replace(/,/g, '')),
      Number(t.replace(',', '.')),
    ]
      .filter((v) => Number.isFinite(v))
      .map((v) => Math.abs(v));
    out.push([...new Set(readings)]);
  }
  return out;
}
