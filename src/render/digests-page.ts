// The console's digests page: every subscription (where, what, when, state, last run) and a preview of the
// digest as it would be posted now. Pure: data in, escaped HTML out.
import type { Lexicon } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import { describeSubscription } from '../phrase/digest-command.js';
import type { DigestRun, DigestRunStatus, Subscription } from '../store/store.js';
import { renderDigestText } from './digest-text.js';
import { DEFAULT_VIEWER, escapeHtml as e, page, type Viewer } from './html.js';

const T = {
  nl: {
    title: 'charterbot — overzichten',
    h1: 'Wekelijkse overzichten',
    caption: 'Abonnementen',
    head: ['Waar', 'Wat en wanneer', 'Stand', 'Laatste'],
    active: (next: string) => `actief; volgende: ${e(next)}`,
    paused: 'gepauzeerd',
    none: 'Nog geen abonnementen. Een beheerder zet er een aan met <code>/charter digest subscribe</code> (Slack) of <code>digest subscribe</code> (Teams).',
    preview: 'Voorbeeld van vandaag',
    run: {
      claimed: 'bezig',
      posted: 'geplaatst',
      failed: 'mislukt',
      unknown: 'onbekend of geplaatst',
      skipped: 'overgeslagen (niets veranderd)',
    } as Record<DigestRunStatus, string>,
  },
  en: {
    title: 'charterbot — digests',
    h1: 'Weekly digests',
    caption: 'Subscriptions',
    head: ['Where', 'What and when', 'State', 'Last'],
    active: (next: string) => `active; next: ${e(next)}`,
    paused: 'paused',
    none: 'No subscriptions yet. An admin starts one with <code>/charter digest subscribe</code> (Slack) or <code>digest subscribe</code> (Teams).',
    preview: 'Preview for today',
    run: {
      claimed: 'in progress',
      posted: 'posted',
      failed: 'failed',
      unknown: 'unknown whether posted',
      skipped: 'skipped (nothing changed)',
    } as Record<DigestRunStatus, string>,
  },
};

export function digestsPage(
  rows: Array<{ subscription: Subscription; next: string | null; last: DigestRun | null }>,
  preview: Digest,
  lexicon: Lexicon,
  links: { consoleUrl?: string | undefined },
  viewer: Viewer = DEFAULT_VIEWER,
): string {
  const lang = viewer.lang;
  const t = T[lang];
  const body = rows
    .map(
      ({ subscription: s, next, last }) => `<tr>
  <th scope="row">${e(s.platform === 'slack' ? 'Slack' : 'Teams')} <code>${e(s.conversation)}</code></th>
  <td data-label="${t.head[1]}">${e(describeSubscription(s, lexicon, lang))}</td>
  <td data-label="${t.head[2]}">${s.active ? t.active(next ?? '') : `<strong>${t.paused}</strong>: ${e(s.pausedReason ?? '')}`}</td>
  <td data-label="${t.head[3]}">${last ? `${e(last.period)}: ${e(t.run[last.status])}${last.error ? ` (${e(last.error)})` : ''}` : '—'}</td>
</tr>`,
    )
    .join('\n');
  const table = rows.length
    ? `<div class="table-wrap"><table class="stack">
<caption>${t.caption}</caption>
<thead><tr>${t.head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody></table></div>`
    : `<p>${t.none}</p>`;
  return page(
    t.title,
    `<h1>${t.h1}</h1>
${table}
<section aria-labelledby="preview-title">
<h2 id="preview-title">${t.preview}</h2>
<pre class="digest-preview">${e(renderDigestText({ ...preview, quiet: false }, lexicon, links))}</pre>
</section>`,
    { viewer },
  );
}
