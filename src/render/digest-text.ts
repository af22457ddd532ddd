// A digest as plain text: the terminal (`charterbot digest preview --format text`) and the e-mail version.
import type { Lexicon } from '../charter/schema.js';
import type { Digest, DigestLine } from '../digest/compose.js';
import { messages } from '../phrase/catalogue.js';
import {
  clauseName,
  countsLine,
  digestTitle,
  HEADINGS,
  heartbeatText,
  lineText,
  milestoneText,
  scopeText,
} from '../phrase/digest.js';

export type DigestLinks = {
  /** The console's public address ("https://charterbot.utrecht.nl/"), for clause and progress links. */
  consoleUrl?: string | undefined;
};

export const clauseUrl = (links: DigestLinks, id: string) =>
  links.consoleUrl ? new URL(`clauses/${encodeURIComponent(id)}`, links.consoleUrl).href : null;
export const progressUrl = (links: DigestLinks) =>
  links.consoleUrl ? new URL('progress', links.consoleUrl).href : null;

/** The blocks of a digest in order, each a heading and its lines; the same order every rendering uses. */
export function digestSections(
  d: Digest,
  lexicon: Lexicon,
  options: { showAll?: boolean } = {},
): Array<{ heading: string; lines: Array<{ text: string; clauseId: string; clause: string }> }> {
  const h = HEADINGS[d.language];
  const line = (l: DigestLine) => ({
    text: lineText(l, lexicon, d.language),
    clauseId: l.progress.clauseId,
    clause: clauseName(l.progress, lexicon, d.language),
  });
  const sections = [
    { heading: h.changed(d.previousPeriod), lines: d.changed.map(line) },
    { heading: h.attention, lines: d.attention.map(line) },
    {
      heading: h.milestones,
      lines: d.milestones.map((m) => ({
        text: milestoneText(m, lexicon, d.language),
        clauseId: m.line.progress.clauseId,
        clause: clauseName(m.line.progress, lexicon, d.language),
      })),
    },
    { heading: h.needsData, lines: d.needsData.map(line) },
  ];
  if (options.showAll) sections.push({ heading: h.folded(d.folded.length), lines: d.folded.map(line) });
  return sections.filter((s) => s.lines.length > 0);
}

export function renderDigestText(
  d: Digest,
  lexicon: Lexicon,
  links: DigestLinks = {},
  options: { showAll?: boolean } = {},
): string {
  const h = HEADINGS[d.language];
  if (d.quiet) return `${heartbeatText(d, d.language)}\n`;
  const out = [digestTitle(d, d.language), scopeText(d, lexicon, d.language), countsLine(d, d.language), ''];
  for (const s of digestSections(d, lexicon, options)) {
    out.push(s.heading);
    for (const l of s.lines) {
      const url = clauseUrl(links, l.clauseId);
      out.push(`- ${l.text} [${l.clause}${url ? `: ${url}` : ''}]`);
    }
    out.push('');
  }
  if (!options.showAll && d.folded.length > 0) out.push(h.folded(d.folded.length), '');
  const page = progressUrl(links);
  if (page) out.push(`${h.progressPage}: ${page}`);
  out.push(h.source);
  return `${out.join('\n')}\n`;
}

/** The e-mail version: a subject line and the same text, ready to paste. */
export function renderDigestEmail(d: Digest, lexicon: Lexicon, links: DigestLinks = {}): string {
  const subject = messages(d.language).subject;
  return `${subject}: ${digestTitle(d, d.language)}\n\n${renderDigestText(d, lexicon, links, { showAll: true })}`;
}
