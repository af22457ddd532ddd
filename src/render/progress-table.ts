// `charterbot progress` as a readable terminal table: one row per target, status in words.
import Table from 'cli-table3';
import type { Lexicon } from '../charter/schema.js';
import type { Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { num, valueWithUnit } from '../phrase/numbers.js';
import {
  indicatorLabel,
  pathText,
  reasonText,
  revisionText,
  staleText,
  statusWord,
} from '../phrase/progress.js';
import type { TargetProgress } from '../progress/types.js';

const HEAD: Record<Language, string[]> = {
  nl: ['Wijk', 'Indicator', 'Status', 'Uitgangswaarde → laatste meting → doel', 'Verwacht nu', 'R'],
  en: ['Wijk', 'Indicator', 'Status', 'Baseline → latest → milestone', 'Expected now', 'R'],
};

export function renderProgressTable(
  rows: TargetProgress[],
  lexicon: Lexicon,
  lang: Language,
  options: { explain?: boolean; revisionClause?: string | null } = {},
): string {
  const table = new Table({
    head: HEAD[lang],
    style: { head: [], border: [] },
    wordWrap: true,
    colWidths: [15, 30, 16, 46, 14, 7],
  });
  for (const p of rows) {
    const status = `${statusWord(p.status, lang)}${p.stale ? ` (${messages(lang).stale})` : ''}${p.revised ? ' *' : ''}`;
    table.push([
      p.wijk,
      indicatorLabel(lexicon, p, lang),
      status,
      pathText(p, lang),
      p.expected !== null ? valueWithUnit(p.expected, p.unit, lang, 1) : '—',
      p.ratio !== null ? num(p.ratio, lang) : '—',
    ]);
  }
  const lines = [table.toString()];
  if (rows.some((p) => p.revised))
    lines.push(
      lang === 'nl'
        ? `* bijgesteld doel, zoals het charter toestaat${options.revisionClause ? ` [${options.revisionClause}]` : ''} (zie --explain)`
        : `* revised target, as the charter allows${options.revisionClause ? ` [${options.revisionClause}]` : ''} (see --explain)`,
    );
  if (options.explain) {
    lines.push('');
    for (const p of rows) {
      const extra = [staleText(p, lang), revisionText(p, lang)].filter(Boolean).join(' ');
      lines.push(
        `${p.wijk}, ${indicatorLabel(lexicon, p, lang)} [${p.clauseId}]: ${statusWord(p.status, lang)}. ${reasonText(p, lang)}${extra ? ` ${extra}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
