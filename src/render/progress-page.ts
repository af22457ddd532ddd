// The console's progress page: per wijk, each target with its status in words, the inputs it rests on
// (baseline, latest measurement with year and source, milestone, the value expected by now), a chart,
// and the clause. Pure: progress in, escaped HTML out.
import type { Knowledge } from '../charter/load.js';
import { revisionClauseId } from '../charter/revision-clause.js';
import { num, valueWithUnit } from '../phrase/numbers.js';
import {
  charterMilestone,
  indicatorLabel,
  judgementWord,
  reasonText,
  statusWord,
} from '../phrase/progress.js';
import type { ProgressStatus, TargetProgress } from '../progress/types.js';
import { escapeHtml as e, page, type Viewer } from './html.js';
import { progressChart } from './progress-chart.js';

const both = (nl: string, en: string) => `${e(nl)} <span lang="en">/ ${e(en)}</span>`;
const status = (s: ProgressStatus) => both(statusWord(s, 'nl'), statusWord(s, 'en'));

/** A revised target links to the clause that allows the revision. */
function revisionLink(k: Knowledge): string {
  const id = revisionClauseId(k);
  return id
    ? ` <a class="revision" href="/clauses/${encodeURIComponent(id)}">waarom bijgesteld<span class="visually-hidden"> (bepaling ${e(id)})</span></a>`
    : '';
}

function targetRow(p: TargetProgress, k: Knowledge): string {
  const v = (value: number) => e(valueWithUnit(value, p.unit, 'nl'));
  const latest = p.latest
    ? `${v(p.latest.value)} <span class="when">(${p.latest.year}, ${e(p.latest.source)})</span>`
    : '<span class="none">nog niet gemeten</span>';
  const milestones = p.milestones
    .map((m) => {
      const value = m.value !== null ? v(m.value) : e(charterMilestone(p, m.year, 'nl'));
      const original = m.revision
        ? ` <span class="original">(charter: ${e(charterMilestone(p, m.year, 'nl'))})</span>`
        : '';
      const judged = m.judgement === 'pending' ? '' : ` — ${e(judgementWord(m.judgement, 'nl'))}`;
      return `<li>${m.year}: ${value}${original}${judged}</li>`;
    })
    .join('');
  return `<tr class="status-${p.status}">
  <th scope="row">${e(indicatorLabel(k.lexicon, p, 'nl'))}<span class="label">${e(p.label)}</span></th>
  <td data-label="Status"><strong class="status">${status(p.status)}</strong>${p.stale ? ' <span class="tag">verouderd</span>' : ''}${p.revised ? ` <span class="tag">bijgesteld</span>${revisionLink(k)}` : ''}${p.ratio !== null ? `<span class="ratio">R = ${e(num(p.ratio, 'nl'))}</span>` : ''}<p class="reason">${e(reasonText(p, 'nl'))}</p></td>
  <td data-label="2006">${p.baseline ? `${v(p.baseline.value)} <span class="when">(${p.baseline.year})</span>` : '<span class="none">—</span>'}</td>
  <td data-label="Laatste meting">${latest}</td>
  <td data-label="Doelen"><ul class="milestones">${milestones}</ul></td>
  <td data-label="Verwacht nu">${p.expected !== null ? e(valueWithUnit(p.expected, p.unit, 'nl', 1)) : '<span class="none">—</span>'}</td>
  <td data-label="Verloop">${progressChart(p, 'nl')}</td>
  <td data-label="Bron"><a href="/clauses/${encodeURIComponent(p.clauseId)}">bepaling<span class="visually-hidden"> ${e(p.clauseId)}</span></a></td>
</tr>`;
}

export function progressPage(
  rows: TargetProgress[],
  k: Knowledge,
  view: { asOf: string; wijk: string | null; error?: string; viewer?: Viewer },
): string {
  const wijken = [...new Set(rows.map((p) => p.wijk))];
  const counts = new Map<ProgressStatus, number>();
  for (const p of rows) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  const summary = (['achieved', 'on_track', 'at_risk', 'off_track', 'missed', 'no_data'] as ProgressStatus[])
    .filter((s) => counts.has(s))
    .map((s) => `<li>${status(s)}: ${counts.get(s)}</li>`)
    .join('');
  const sections = wijken
    .map(
      (wijk) => `<section aria-labelledby="p-${e(wijk)}">
<h2 id="p-${e(wijk)}">${e(wijk)}</h2>
<div class="table-wrap"><table class="progress">
<caption>Voortgang in ${e(wijk)} per ${e(view.asOf)} <span lang="en">/ Progress in ${e(wijk)} as of ${e(view.asOf)}</span></caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Status</th><th scope="col">2006</th><th scope="col">Laatste meting</th><th scope="col">Doelen</th><th scope="col">Verwacht nu</th><th scope="col">Verloop</th><th scope="col">Bron</th></tr></thead>
<tbody>
${rows
  .filter((p) => p.wijk === wijk)
  .map((p) => targetRow(p, k))
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
    'charterbot — voortgang / progress',
    `<h1>Voortgang per wijk <span lang="en">/ Progress by wijk</span></h1>
<p class="intro">Waar elk doel staat ten opzichte van de metingen, per ${e(view.asOf)}. Methode: de snelheidsverhouding R van Statistics Canada / Open SDG (gemeten tempo gedeeld door het benodigde tempo; R ≥ 0,95 op koers, 0,6–0,95 risico, lager uit koers).</p>
<form class="filters" method="get" action="/progress">
  <label for="asOf">Peildatum <span lang="en">/ As of</span></label>
  <input id="asOf" name="asOf" type="date" value="${e(view.asOf)}" min="2006-01-01" max="2100-12-31">
  <label for="wijk">Wijk</label>
  <select id="wijk" name="wijk"><option value="">Alle wijken / all</option>${options}</select>
  <button type="submit">Toon <span lang="en">/ Show</span></button>
</form>
${view.error ? `<p class="error" role="alert">${e(view.error)}</p>` : ''}
<ul class="summary" aria-label="Aantal doelen per status / targets per status">${summary}</ul>
${sections}`,
    { wide: true, viewer: view.viewer ?? null },
  );
}
