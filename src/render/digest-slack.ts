// A digest as Slack Block Kit, within Slack's limits at any scope: at most 50 blocks, 3,000 characters a
// section, a bounded message; what does not fit is counted and linked to the console's progress page.
// All text is escaped: a measurement's source cannot ping or link.
import type { Lexicon } from '../charter/schema.js';
import type { Digest } from '../digest/compose.js';
import { countsLine, countsText, digestTitle, HEADINGS, heartbeatText, scopeText } from '../phrase/digest.js';
import { clip } from '../phrase/wording.js';
import { clauseUrl, type DigestLinks, digestSections, progressUrl } from './digest-text.js';
import { escapeSlack, SLACK_LIMITS, type SlackBlock, type SlackMessage } from './slack-blocks.js';

/** Line text in all sections together: keeps a message well inside what Slack accepts and people read. */
export const DIGEST_TEXT_BUDGET = 12_000;

const section = (text: string): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

export function renderDigestSlack(
  d: Digest,
  lexicon: Lexicon,
  links: DigestLinks = {},
  actions: { showAllValue?: string } = {},
): SlackMessage {
  const h = HEADINGS[d.language];
  if (d.quiet) {
    const text = escapeSlack(heartbeatText(d, d.language));
    return { text, blocks: [section(text)] };
  }
  const title = digestTitle(d, d.language);
  const head: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(title, 150), emoji: false } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(scopeText(d, lexicon, d.language)) }] },
    section(`*${escapeSlack(countsLine(d, d.language))}*`),
  ];
  const page = progressUrl(links);
  const tail: SlackBlock[] = [];
  if (d.folded.length > 0) {
    tail.push(section(escapeSlack(h.folded(d.folded.length))));
  }
  const buttons = [
    ...(d.folded.length > 0 && actions.showAllValue
      ? [
          {
            type: 'button' as const,
            action_id: 'digest_show_all',
            text: { type: 'plain_text' as const, text: h.showAll, emoji: false },
            value: actions.showAllValue.slice(0, SLACK_LIMITS.buttonValue),
          },
        ]
      : []),
    ...(page
      ? [
          {
            type: 'button' as const,
            action_id: 'digest_open_progress',
            text: { type: 'plain_text' as const, text: h.progressPage, emoji: false },
            url: page,
          },
        ]
      : []),
  ];
  if (buttons.length > 0) tail.push({ type: 'actions', block_id: 'digest_actions', elements: buttons });
  tail.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(h.source) }] });

  const body: SlackBlock[] = [];
  let budget = DIGEST_TEXT_BUDGET;
  let dropped = 0;
  const room = () => SLACK_LIMITS.blocks - head.length - tail.length - body.length - 1;
  for (const s of digestSections(d, lexicon)) {
    let chunk = `*${escapeSlack(s.heading)}*`;
    for (const l of s.lines) {
      const url = clauseUrl(links, l.clauseId);
      const ref = url ? `<${url}|${escapeSlack(l.clause)}>` : `(${escapeSlack(l.clause)})`;
      const text = `\n• ${escapeSlack(l.text)} ${ref}`;
      if (
        budget - text.length < 0 ||
        (chunk.length + text.length > SLACK_LIMITS.sectionText && room() <= 1)
      ) {
        dropped += 1;
        continue;
      }
      if (chunk.length + text.length > SLACK_LIMITS.sectionText) {
        body.push(section(chunk));
        chunk = '';
      }
      chunk += text;
      budget -= text.length;
    }
    if (chunk.trim() && room() > 0) body.push(section(chunk));
  }
  if (dropped > 0) {
    const where = page ? `<${page}|${h.progressPage}>` : escapeSlack(h.consolePage);
    body.push(section(`${escapeSlack(h.more(dropped, '')).replace(/: $/, ':')} ${where}`));
  }
  return {
    text: clip(escapeSlack(`${title}: ${countsText(d, d.language)}`), SLACK_LIMITS.fallbackText),
    blocks: [...head, ...body, ...tail],
  };
}
