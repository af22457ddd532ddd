// `charterbot targets` as a readable terminal table: a header row, one row per target, labels in one
// language, and each milestone with its signed change against 2006 ("21 (−45%)", "−60% t.o.v. 2006").
import Table from 'cli-table3';
import type { Lexicon, Target } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { num, unitText } from '../phrase/numbers.js';
import { indicatorName, themeName } from '../phrase/wording.js';

const HEAD: Record<Language, string[]> = {
  nl: ['Wijk', 'Thema', 'Indicator', 'Eenheid', '2006', '2011', '2017'],
  en: ['Wijk', 'Theme', 'Indicator', 'Unit', '2006', '2011', '2017'],
};

const MINUS = '−';
const signedNumber = (n: number, lang: Language) =>
  `${n < 0 ? MINUS : n > 0 ? '+' : '±'}${num(Math.abs(n), lang, 1)}`;
const signed = (percent: number, lang: Language) => `${signedNumber(percent, lang)}%`;

/** A milestone: the level with its change against the baseline, or the change the charter itself sets. */
function milestone(t: Target, year: number, lang: Language): string {
  const v = t.targets.find((x) => x.year === year);
  if (!v) return '—';
  if (t.kind === 'change_vs_2006') {
    const percent = t.direction === 'down' ? -v.value : v.value;
    return `${signed(percent, lang)} ${messages(lang).versus} 2006`;
  }
  const base = t.baseline?.value;
  if (base === undefined) return num(v.value, lang);
  // A share changes by percentage points (16% → 26% is +10 points, not +63%); other figures by a percentage.
  if (t.unit === '%')
    return `${num(v.value, lang)}% (${signedNumber(v.value - base, lang)} ${messages(lang).percentPoints})`;
  return base === 0
    ? num(v.value, lang)
    : `${num(v.value, lang)} (${signed(Math.round(((v.value - base) / base) * 100), lang)})`;
}

export function renderTargetsTable(targets: Target[], lexicon: Lexicon, lang: Language): string {
  const table = new Table({
    head: HEAD[lang],
    style: { head: [], border: [] },
    // A line under the header only, not between every row.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const t of targets)
    table.push([
      t.wijk,
      themeName(lexicon, t.theme, lang),
      indicatorName(lexicon, t.indicator, lang, t.label),
      t.kind === 'change_vs_2006' ? messages(lang).change : unitText(t.unit, lang),
      t.baseline ? `${num(t.baseline.value, lang)}${t.unit === '%' ? '%' : ''}` : '—',
      milestone(t, 2011, lang),
      milestone(t, 2017, lang),
    ]);
  return `${table.toString()}\n`;
}
