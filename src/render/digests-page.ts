// The console's digests page: every subscription (where, what, when, state, last run) and a preview of the
// digest as it would be posted now. Pure: data in, escaped HTML out.
import type { Lexicon } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import { describeSubscription } from '../phrase/digest-command.js';
import type { DigestRun, Subscription } from '../store/store.js';
import { renderDigestText } from './digest-text.js';
import { escapeHtml as e, page, type Viewer } from './html.js';

export function digestsPage(
  rows: Array<{ subscription: Subscription; next: string | null; last: DigestRun | null }>,
  preview: Digest,
  lexicon: Lexicon,
  links: { consoleUrl?: string | undefined },
  viewer: Viewer = null,
): string {
  const body = rows
    .map(
      ({ subscription: s, next, last }) => `<tr>
  <th scope="row">${e(s.platform === 'slack' ? 'Slack' : 'Teams')} <code>${e(s.conversation)}</code></th>
  <td>${e(describeSubscription(s, lexicon, 'nl'))}</td>
  <td>${s.active ? `actief; volgende: ${e(next ?? '')}` : `<strong>gepauzeerd</strong>: ${e(s.pausedReason ?? '')}`}</td>
  <td>${last ? `${e(last.period)}: ${e(last.status)}${last.error ? ` (${e(last.error)})` : ''}` : '—'}</td>
</tr>`,
    )
    .join('\n');
  const table = rows.length
    ? `<div class="table-wrap"><table>
<caption>Abonnementen <span lang="en">/ Subscriptions</span></caption>
<thead><tr><th scope="col">Waar</th><th scope="col">Wat en wanneer</th><th scope="col">Stand</th><th scope="col">Laatste</th></tr></thead>
<tbody>
${body}
</tbody></table></div>`
    : '<p>Nog geen abonnementen. Een beheerder zet er een aan met <code>/charter digest subscribe</code> (Slack) of <code>digest subscribe</code> (Teams).</p>';
  return page(
    'charterbot — overzichten / digests',
    `<h1>Wekelijkse overzichten <span lang="en">/ Weekly digests</span></h1>
${table}
<section aria-labelledby="preview-title">
<h2 id="preview-title">Voorbeeld van vandaag <span lang="en">/ Preview for today</span></h2>
<pre class="digest-preview">${e(renderDigestText({ ...preview, quiet: false }, lexicon, links))}</pre>
</section>`,
    { viewer },
  );
}
