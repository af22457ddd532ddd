// A digest as a Teams Adaptive Card (1.5), within Teams' card size: what does not fit is counted and linked
// to the console's progress page. "Show all" opens the on-track targets inside the card, for the viewer.
import type { Lexicon } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import {
  countsLine,
  countsText,
  digestTitle,
  HEADINGS,
  heartbeatText,
  lineText,
  scopeText,
} from '../phrase/digest.js';
import { clip } from '../phrase/wording.js';
import { type AdaptiveCard, card, escapeCardText as esc, subCard } from './adaptive-card.js';
import { clauseUrl, type DigestLinks, digestSections, progressUrl } from './digest-text.js';
import { chartAltText, wijkCharts } from './wijk-chart.js';

/** A TextBlock whose markdown (bold, links) is meant: every piece of data in it is escaped by the caller. */
const text = (markdown: string, extra: Record<string, unknown> = {}) => ({
  type: 'TextBlock',
  text: markdown,
  wrap: true,
  ...extra,
});

/** Teams refuses bot messages over about 28 KB; the card's JSON stays under this. */
export const CARD_BUDGET_BYTES = 24_000;

export function renderDigestCard(d: Digest, lexicon: Lexicon, links: DigestLinks = {}): AdaptiveCard {
  const h = HEADINGS[d.language];
  if (d.quiet)
    return card([text(esc(heartbeatText(d, d.language)))], undefined, heartbeatText(d, d.language));
  const page = progressUrl(links);
  const body: AdaptiveCard['body'] = [
    text(esc(digestTitle(d, d.language)), { size: 'Medium', weight: 'Bolder' }),
    text(esc(scopeText(d, lexicon, d.language)), { isSubtle: true, spacing: 'None' }),
    text(`**${esc(countsLine(d, d.language))}**`),
  ];
  const size = () => JSON.stringify(body).length;
  let dropped = 0;
  for (const s of digestSections(d, lexicon)) {
    body.push(text(esc(s.heading), { weight: 'Bolder', spacing: 'Medium' }));
    for (const l of s.lines) {
      const url = clauseUrl(links, l.clauseId);
      const ref = url ? ` [${esc(l.clause)}](${url})` : ` (${esc(l.clause)})`;
      const block = text(`• ${esc(l.text)}${ref}`, { spacing: 'Small' });
      if (size() + JSON.stringify(block).length > CARD_BUDGET_BYTES * 0.75) {
        dropped += 1;
        continue;
      }
      body.push(block);
    }
  }
  if (dropped > 0) body.push(text(esc(h.more(dropped, page ?? h.consolePage))));
  if (d.folded.length > 0) body.push(text(esc(h.folded(d.folded.length)), { spacing: 'Medium' }));
  // A chart per wijk where the console is reachable; the text above says everything without it.
  if (links.consoleUrl) {
    const progress = [...d.changed, ...d.attention, ...d.needsData, ...d.folded].map((l) => l.progress);
    const wijken = [...new Set(progress.map((p) => p.wijk))];
    for (const chart of wijken.flatMap((w) => wijkCharts(w, progress)).filter((c) => c.rows.length > 0)) {
      // The digest's themes and which of the wijk's images: the route cuts the same images.
      const themes = d.scope.themes.length ? `&theme=${d.scope.themes.join(',')}` : '';
      const part = chart.parts > 1 ? `&part=${chart.part}` : '';
      const url = new URL(
        `charts/${encodeURIComponent(chart.wijk.toLowerCase())}.png?asOf=${d.asOf}&language=${d.language}${themes}${part}`,
        links.consoleUrl,
      ).href;
      body.push({
        type: 'Image',
        url,
        altText: clip(chartAltText(chart, lexicon, d.language), 1000),
        size: 'Stretch',
      });
    }
  }
  body.push(text(esc(h.source), { isSubtle: true, size: 'Small' }));
  const actions: NonNullable<AdaptiveCard['actions']> = [];
  if (d.folded.length > 0) {
    const folded: AdaptiveCard['body'] = [];
    for (const l of d.folded) {
      const block = text(`• ${esc(lineText(l, lexicon, d.language))}`, { spacing: 'Small' });
      if (size() + JSON.stringify(folded).length + JSON.stringify(block).length > CARD_BUDGET_BYTES) break;
      folded.push(block);
    }
    // Opens inside the card, for the person who pressed it: nothing is posted to the channel.
    actions.push({ type: 'Action.ShowCard', title: h.showAll, card: subCard(folded) });
  }
  if (page) actions.push({ type: 'Action.OpenUrl', title: h.progressPage, url: page });
  return card(body, actions, `${digestTitle(d, d.language)}: ${countsText(d, d.language)}`);
}
