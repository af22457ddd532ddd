// Parses the charter (a PDF converted to markdown) into clauses with stable ids and section paths,
// after removing page furniture and rejoining sentences that a page break cut in two.
import type { Clause } from './schema.js';
import { readInline, slug } from './text.js';

type BlockKind = 'heading' | 'paragraph' | 'item' | 'footnote';

type Block = {
  kind: BlockKind;
  /** Raw lines joined; inline markup is read later. */
  raw: string;
  depth: number;
  /** Blank lines before it: the conversion left three or more at a page break. */
  blanksBefore: number;
  footnoteNumber?: number;
};

const PAGE_BREAK_BLANKS = 3;
const HTML_LABEL = /^<b>(.+?)<\/b>\s*(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const FOOTNOTE = /^<sup>\s*(\d+)\s*<\/sup>\s*(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

/** Splits the markdown into blocks: headings, paragraphs, list items and footnotes, with page numbers. */
function toBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let blanks = Number.POSITIVE_INFINITY;
  let open: Block | null = null;
  let openLine = '';

  const push = (kind: BlockKind, raw: string, depth: number, extra: Partial<Block> = {}): Block => {
    const block: Block = { kind, raw, depth, blanksBefore: blanks, ...extra };
    blocks.push(block);
    blanks = 0;
    return block;
  };

  for (const line of lines) {
    if (line.trim() === '') {
      blanks = blanks === Number.POSITIVE_INFINITY ? blanks : blanks + 1;
      open = null;
      continue;
    }
    const heading = HEADING.exec(line);
    const label = HTML_LABEL.exec(line);
    const footnote = FOOTNOTE.exec(line);
    const item = LIST_ITEM.exec(line);
    if (heading) {
      push('heading', heading[2] ?? '', 0);
      open = null;
    } else if (label) {
      push('heading', label[1] ?? '', 0);
      // An HTML list on the same line as its label: each <li> is one bullet.
      for (const li of (label[2] ?? '').matchAll(/<li>([\s\S]*?)(?:<\/li>|$)/g)) {
        blanks = 0;
        push('item', (li[1] ?? '').replace(/^\s*[-*]\s+/, ''), 0);
      }
      open = null;
    } else if (footnote) {
      open = push('footnote', footnote[2] ?? '', 0, { footnoteNumber: Number(footnote[1]) });
      openLine = line;
    } else if (item) {
      const indent = (item[1] ?? '').replace(/\t/g, '  ').length;
      const marker = item[2] ?? '-';
      let text = item[3] ?? '';
      // The PDF's second-level bullet glyph came through as a literal "o".
      text = text.replace(/^o\s+/, '');
      if (/^\d/.test(marker)) text = `${marker} ${text}`;
      open = push('item', text, Math.floor(indent / 2));
      openLine = line;
    } else if (open) {
      // A continuation line: a hard break (two trailing spaces) keeps the line break a reader sees.
      open.raw += (/ {2,}$/.test(openLine) ? '\n' : ' ') + line.trim();
      openLine = line;
    } else {
      open = push('paragraph', line.trim(), 0);
      openLine = line;
    }
  }
  return blocks;
}

const plain = (raw: string) => readInline(raw).text;

const pageTop = (b: Block) => b.blanksBefore >= PAGE_BREAK_BLANKS;
const furnitureKey = (b: Block) =>
  b.kind === 'heading' || b.kind === 'paragraph' ? plain(b.raw).replace(/:$/, '') : null;

/**
 * Page furniture: short lines the conversion repeated at the top of many pages ("Gemeente Utrecht",
 * "Wonen, Wijken en Integratie"). Learned from the text itself, so a re-scan with other headers works too;
 * a repeated heading inside a page ("a. Gezamenlijke ambitie") is content, not furniture.
 */
function furnitureTexts(blocks: Block[]): Set<string> {
  const counts = new Map<string, number>();
  for (const b of blocks) {
    const key = furnitureKey(b);
    if (key === null || !pageTop(b) || key.split(/\s+/).length > 5) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
}

const endsOpen = (text: string) => !/[.!?]["')]*$/.test(text.trim());
const startsLower = (text: string) => /^[a-z\u00df-\u00ff]/.test(text.trim());

/** Removes furniture, sets footnotes aside and rejoins sentences split across a page break. */
function mend(blocks: Block[]): { body: Block[]; footnotes: Block[] } {
  const furniture = furnitureTexts(blocks);
  const body: Block[] = [];
  const footnotes: Block[] = [];
  let pendingBreak = false;
  for (const b of blocks) {
    const key = furnitureKey(b);
    if (key !== null && pageTop(b) && furniture.has(key)) {
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'footnote') {
      footnotes.push(b);
      // Footnotes sit at the foot of a page: what follows them starts the next page.
      pendingBreak = true;
      continue;
    }
    const afterBreak = pageTop(b) || pendingBreak;
    pendingBreak = false;
    const prev = body.at(-1);
    if (
      afterBreak &&
      prev &&
      b.kind === 'paragraph' &&
      (prev.kind === 'paragraph' || prev.kind === 'item') &&
      startsLower(plain(b.raw)) &&
      // Lists of names and titles use hard line breaks; a sentence cut by a page break does not.
      !b.raw.includes('\n') &&
      !prev.raw.includes('\n') &&
      (endsOpen(plain(prev.raw)) || /:$/.test(plain(prev.raw)))
    ) {
      prev.raw = `${prev.raw.trimEnd()} ${b.raw.trimStart()}`;
      continue;
    }
    body.push(b);
  }
  return { body, footnotes };
}

type Heading = { level: number; title: string; slug: string };

/** The level of a heading by what it says, not by its markdown depth (the conversion mixed those up). */
function headingLevel(title: string, stack: Heading[]): number {
  if (/^\d+\.\s/.test(title)) return 1;
  if (/^[a-z][.)]\s/.test(title)) return 3;
  if (/:$/.test(title) && title.split(/\s+/).length <= 3) return 4;
  const section = stack.find((h) => h.level === 1);
  return section && /^\d+\.\s/.test(section.title) ? 2 : 1;
}

export type Ingested = { clauses: Clause[] };

/** Parses the seed markdown into clauses in reading order, footnotes last. */
export function ingest(markdown: string): Ingested {
  const { body, footnotes } = mend(toBlocks(markdown));
  const clauses: Clause[] = [];
  const stack: Heading[] = [];
  const counters = new Map<string, number>();
  const itemParents: Clause[] = [];
  const footnoteRefs = new Map<number, { by: Clause | null; path: string[] }>();

  const nextId = (base: string) => {
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    return `${base}.${n}`;
  };

  for (const b of body) {
    const { text, footnotes: marks } = readInline(b.raw);
    if (b.kind === 'heading') {
      const title = text.replace(/\s*:$/, ':');
      const level = headingLevel(title, stack);
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= level) stack.pop();
      stack.push({ level, title: title.replace(/:$/, ''), slug: slug(title) });
      itemParents.length = 0;
      for (const n of marks)
        if (!footnoteRefs.has(n)) footnoteRefs.set(n, { by: null, path: stack.map((h) => h.title) });
      continue;
    }
    if (text === '') continue;
    const path = stack.length > 0 ? stack.map((h) => h.title) : ['Charter'];
    const base = stack.length > 0 ? stack.map((h) => h.slug).join('.') : 'charter';
    const parent = b.kind === 'item' && b.depth > 0 ? (itemParents[b.depth - 1] ?? null) : null;
    const id = nextId(parent ? parent.id : base);
    const clause: Clause = {
      id,
      kind: b.kind === 'item' ? 'bullet' : 'paragraph',
      path,
      section: path.join(' › '),
      depth: parent ? parent.depth + 1 : 0,
      parentId: parent?.id ?? null,
      text,
      footnotes: marks.map((n) => `voetnoot.${n}`),
    };
    clauses.push(clause);
    if (b.kind === 'item') {
      itemParents[clause.depth] = clause;
      itemParents.length = clause.depth + 1;
    } else {
      itemParents.length = 0;
    }
    for (const n of marks) if (!footnoteRefs.has(n)) footnoteRefs.set(n, { by: clause, path });
  }

  for (const f of footnotes) {
    const n = f.footnoteNumber ?? 0;
    const ref = footnoteRefs.get(n);
    const path = [...(ref?.path ?? ['Charter']), `voetnoot ${n}`];
    const { text } = readInline(f.raw);
    clauses.push({
      id: `voetnoot.${n}`,
      kind: 'footnote',
      path,
      section: path.join(' › '),
      depth: 0,
      parentId: ref?.by?.id ?? null,
      text,
      footnotes: [],
    });
  }
  return { clauses };
}
