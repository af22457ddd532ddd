// The console's digests page: every subscription (where, what, when, state, last run) and a preview of the
// digest as it would be posted now. Pure: data in, escaped HTML out.
import type { Lexicon } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import {
  describeSubscription,
  pausedReasonText,
  runWithErrorText,
  STATE_WORDS,
  waitingText,
} from '../phrase/digest-command.js';
import type { DigestRun, Subscription } from '../store/store.js';
import { renderDigestText } from './digest-text.js';
import { DEFAULT_VIEWER, escapeHtml as e, page, type Viewer } from './html.js';

const T = {
  nl: {
    title: 'charterbot — overzichten',
    h1: 'Wekelijkse overzichten',
    caption: 'Abonnementen',
    head: ['Waar', 'Wat en wanneer', 'Stand', 'Laatste'],
    active: (next: string) => `${STATE_WORDS.nl.active}; ${STATE_WORDS.nl.next}: ${e(next)}`,
    none: 'Nog geen abonnementen. Een beheerder zet er een aan met <code>/charter digest subscribe</code> (Slack) of <code>digest subscribe</code> (Teams).',
    preview: 'Voorbeeld van vandaag',
  },
  en: {
    title: 'charterbot — digests',
    h1: 'Weekly digests',
    caption: 'Subscriptions',
    head: ['Where', 'What and when', 'State', 'Last'],
    active: (next: string) => `${STATE_WORDS.en.active}; ${STATE_WORDS.en.next}: ${e(next)}`,
    none: 'No subscriptions yet. An admin starts one with <code>/charter digest subscribe</code> (Slack) or <code>digest subscribe</code> (Teams).',
    preview: 'Preview for today',
  },
};

function state(
  s: Subscription,
  next: string | null,
  waiting: Subscription['platform'] | null,
  lang: Viewer['lang'],
): string {
  const w = STATE_WORDS[lang];
  if (!s.active) return `<strong>${w.paused}</strong>: ${e(pausedReasonText(s.pausedReason, lang))}`;
  if (waiting) return `<strong>${w.waiting}</strong>: ${e(waitingText(waiting, lang))}`;
  return T[lang].active(next ?? '');
}

export function digestsPage(
  rows: Array<{
    subscription: Subscription;
    next: string | null;
    last: DigestRun | null;
    /** Set when this server is not configured for the subscription's platform: its digests wait. */
    waiting?: Subscription['platform'] | null;
  }>,
  preview: Digest,
  lexicon: Lexicon,
  links: { consoleUrl?: string | undefined },
  viewer: Viewer = DEFAULT_VIEWER,
): string {
  const lang = viewer.lang;
  const t = T[lang];
  const body = rows
    .map(
      ({ subscription: s, next, last, waiting }) => `<tr>
  <th scope="row">${e(s.platform === 'slack' ? 'Slack' : 'Teams')} <code>${e(s.conversation)}</code></th>
  <td data-label="${t.head[1]}">${e(describeSubscription(s, lexicon, lang))}</td>
  <td data-label="${t.head[2]}">${state(s, next, waiting ?? null, lang)}</td>
  <td data-label="${t.head[3]}">${last ? e(runWithErrorText(last, lang)) : '—'}</td>
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
