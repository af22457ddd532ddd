// The console's progress page: per wijk, each target with its status in words, the inputs it rests on
// (baseline, latest measurement with year and source, milestone, the value expected by now), a chart,
// and the clause. Pure: progress in, escaped HTML out.
import type { Knowledge } from '../charter/load.js';
import { revisionClauseId } from '../charter/revision-clause.js';
import type { Language } from '../engine/types.js';
import { messages } from '../phrase/catalogue.js';
import { num, valueWithUnit } from '../phrase/numbers.js';
import {
  charterMilestone,
  endedSentence,
  indicatorLabel,
  judgementWord,
  reasonText,
  statusWord,
} from '../phrase/progress.js';
import { PROGRESS_STATUSES, type ProgressStatus, type TargetProgress } from '../progress/types.js';
import { DEFAULT_VIEWER, escapeHtml as e, page, type Viewer } from './html.js';
import { progressChart } from './progress-chart.js';

const T = {
  nl: {
    title: 'charterbot — voortgang',
    h1: 'Voortgang per wijk',
    intro: (asOf: string) =>
      `Waar elk doel staat ten opzichte van de metingen, per ${e(asOf)}. Methode: de snelheidsverhouding R van Statistics Canada / Open SDG (gemeten tempo gedeeld door het benodigde tempo; R ≥ 0,95 op koers, 0,6–0,95 risico, lager uit koers).`,
    asOf: 'Peildatum',
    all: 'Alle wijken',
    show: 'Toon',
    perStatus: 'Aantal doelen per status',
    caption: (wijk: string, asOf: string) => `Voortgang in ${e(wijk)} per ${e(asOf)}`,
    head: ['Indicator', 'Status', '2006', 'Laatste meting', 'Doelen', 'Verwacht nu', 'Verloop', 'Bron'],
    revised: 'bijgesteld',
    why: 'waarom bijgesteld',
    clause: 'bepaling',
  },
  en: {
    title: 'charterbot — progress',
    h1: 'Progress by wijk',
    intro: (asOf: string) =>
      `Where each target stands against the measurements, as of ${e(asOf)}. Method: the rate ratio R of Statistics Canada / Open SDG (the measured pace divided by the pace needed; R ≥ 0.95 on track, 0.6–0.95 at risk, lower off track).`,
    asOf: 'As of',
    all: 'All wijken',
    show: 'Show',
    perStatus: 'Targets per status',
    caption: (wijk: string, asOf: string) => `Progress in ${e(wijk)} as of ${e(asOf)}`,
    head: [
      'Indicator',
      'Status',
      '2006',
      'Latest measurement',
      'Milestones',
      'Expected now',
      'Path',
      'Source',
    ],
    revised: 'revised',
    why: 'why revised',
    clause: 'clause',
  },
};

/** A revised target links to the clause that allows the revision. */
function revisionLink(k: Knowledge, lang: Language): string {
  const id = revisionClauseId(k);
  return id
    ? ` <a class="revision" href="/clauses/${encodeURIComponent(id)}">${T[lang].why}<span class="visually-hidden"> (${T[lang].clause} ${e(id)})</span></a>`
    : '';
}

function targetRow(p: TargetProgress, k: Knowledge, lang: Language): string {
  const t = T[lang];
  const h = t.head;
  const v = (value: number) => e(valueWithUnit(value, p.unit, lang));
  const latest = p.latest
    ? `${v(p.latest.value)} <span class="when">(${p.latest.year}, ${e(p.latest.source)})</span>`
    : `<span class="none">${messages(lang).notMeasuredYet}</span>`;
  const milestones = p.milestones
    .map((m) => {
      const value = m.value !== null ? v(m.value) : e(charterMilestone(p, m.year, lang));
      const original = m.revision
        ? ` <span class="original">(charter: ${e(charterMilestone(p, m.year, lang))})</span>`
        : '';
      const nearby =
        m.measuredYear !== null && m.measuredYear !== m.year
          ? ` (${messages(lang).measuredIn(m.measuredYear)})`
          : '';
      const judged = m.judgement === 'pending' ? '' : ` — ${e(judgementWord(m.judgement, lang))}${nearby}`;
      return `<li>${m.year}: ${value}${original}${judged}</li>`;
    })
    .join('');
  return `<tr class="status-${p.status}">
  <th scope="row">${e(indicatorLabel(k.lexicon, p, lang))}<span class="label" lang="nl">${e(p.label)}</span></th>
  <td data-label="${h[1]}"><strong class="status">${e(statusWord(p.status, lang))}</strong>${p.stale ? ` <span class="tag">${messages(lang).stale}</span>` : ''}${p.revised ? ` <span class="tag">${t.revised}</span>${revisionLink(k, lang)}` : ''}${p.ratio !== null ? `<span class="ratio">R = ${e(num(p.ratio, lang))}</span>` : ''}<p class="reason">${e(reasonText(p, lang))}</p></td>
  <td data-label="${h[2]}">${p.baseline ? `${v(p.baseline.value)} <span class="when">(${p.baseline.year})</span>` : '<span class="none">—</span>'}</td>
  <td data-label="${h[3]}">${latest}</td>
  <td data-label="${h[4]}"><ul class="milestones">${milestones}</ul></td>
  <td data-label="${h[5]}">${p.expected !== null ? e(valueWithUnit(p.expected, p.unit, lang, 1)) : '<span class="none">—</span>'}</td>
  <td data-label="${h[6]}">${progressChart(p, lang)}</td>
  <td data-label="${h[7]}"><a href="/clauses/${encodeURIComponent(p.clauseId)}">${t.clause}<span class="visually-hidden"> ${e(p.clauseId)}</span></a></td>
</tr>`;
}

export function progressPage(
  rows: TargetProgress[],
  k: Knowledge,
  view: { asOf: string; wijk: string | null; error?: string; viewer?: Viewer },
): string {
  const viewer = view.viewer ?? DEFAULT_VIEWER;
  const lang = viewer.lang;
  const t = T[lang];
  const wijken = [...new Set(rows.map((p) => p.wijk))];
  const counts = new Map<ProgressStatus, number>();
  for (const p of rows) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const summary = PROGRESS_STATUSES.filter((s) => counts.has(s))
    .map((s) => `<li>${e(statusWord(s, lang))}: ${counts.get(s)}</li>`)
    .join('');
  const sections = wijken
    .map(
      (wijk) => `<section aria-labelledby="p-${e(wijk)}">
<h2 id="p-${e(wijk)}">${e(wijk)}</h2>
<div class="table-wrap"><table class="progress stack">
<caption>${t.caption(wijk, view.asOf)}</caption>
<thead><tr>${t.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${rows
  .filter((p) => p.wijk === wijk)
  .map((p) => targetRow(p, k, lang))
  .join('\n')}
</tbody></table></div>
</section>`,
    )
    .join('\n');
  const options = k.lexicon.wijken
    .filter((w) => w.inCharter)
    .map((w) => `<option value="${e(w.key)}"${view.wijk === w.name ? ' selected' : ''}>${e(w.name)}</option>`)
    .join('');
  return page(
    t.title,
    `<h1>${t.h1}</h1>
<p class="intro">${t.intro(view.asOf)}</p>
${rows.length > 0 && rows.every((p) => p.ended) ? `<p class="ended">${e(endedSentence(lang))}</p>` : ''}
<form class="filters" method="get" action="/progress">
  <label for="asOf">${t.asOf}</label>
  <input id="asOf" name="asOf" type="date" value="${e(view.asOf)}" min="2006-01-01" max="2100-12-31">
  <label for="wijk">Wijk</label>
  <select id="wijk" name="wijk"><option value="">${t.all}</option>${options}</select>
  <button type="submit">${t.show}</button>
</form>
${view.error ? `<p class="error" role="alert">${e(view.error)}</p>` : ''}
<ul class="summary" aria-label="${t.perStatus}">${summary}</ul>
${sections}`,
    { wide: true, viewer },
  );
}
