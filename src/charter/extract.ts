// Reads the quantitative wijk targets, the city-wide averages and the charter's other figures
// out of the clauses. It reads sentence structure ("In 2011 is dit percentage gedaald tot 18%"),
// not a list of known sentences, so a re-worded or re-numbered charter still extracts.
import type { CharterFact, Citywide, Clause, Lexicon, Target, ThemeKey, YearValue } from './schema.js';
import { parseDutchNumber, sentences } from './text.js';

const YEAR = /\b(19\d\d|20\d\d)\b/;
const NUMBER = /\d+(?:\.\d{3})*(?:,\d+)?/g;
const CHANGE_VERB = /\b(gedaald|afgenomen|verminderd|gezakt|gestegen|toegenomen|verhoogd|gegroeid)\b/;
const DOWN_VERB = /\b(gedaald|afgenomen|verminderd|gezakt)\b/;

type Token = { text: string; value: number; index: number; percent: boolean };

/** Numbers in a segment that could be a value: not years, not ages ("15 tot 26 jaar"), not "per 1000". */
function valueTokens(segment: string): Token[] {
  const masked = segment
    .replace(/\b\d+ tot \d+ jaar\b/g, (m) => ' '.repeat(m.length))
    .replace(/\bper \d+(?:\.\d{3})*\b/g, (m) => ' '.repeat(m.length));
  const out: Token[] = [];
  for (const m of masked.matchAll(NUMBER)) {
    const text = m[0];
    const index = m.index ?? 0;
    if (/^(19|20)\d\d$/.test(text)) continue;
    const percent = /^\s*%/.test(masked.slice(index + text.length));
    out.push({ text, value: parseDutchNumber(text), index, percent });
  }
  return out;
}

const pick = (tokens: Token[]) => tokens.find((t) => t.percent) ?? tokens.at(-1);

type Reading = {
  baseline: YearValue | null;
  targets: YearValue[];
  kind: Target['kind'];
  direction: Target['direction'];
  percent: boolean;
  baselineSentence: string | null;
};

/** Reads baseline and milestone values from one target clause, or null when it has no milestone. */
function readTrajectory(text: string): Reading | null {
  let baseline: YearValue | null = null;
  const targets: YearValue[] = [];
  let kind: Target['kind'] = 'level';
  let direction: Target['direction'] | null = null;
  let percent = false;
  let baselineSentence: string | null = null;
  let referenceYear: number | null = null;

  for (const sentence of sentences(text)) {
    const relative = /ten opzichte van (\d{4})/.exec(sentence);
    if (relative) referenceYear = Number(relative[1]);
    const verb = CHANGE_VERB.exec(sentence);
    // "In 2011 is dit percentage gedaald tot 50%; in 2017 tot 35%": each "; in YEAR" inherits the verb.
    for (const segment of sentence.split(/;\s*/)) {
      const years = [...segment.replace(/ten opzichte van \d{4}/g, '').matchAll(new RegExp(YEAR, 'g'))].map(
        (m) => Number(m[1]),
      );
      const year = years[0];
      const token = pick(valueTokens(segment.replace(/ten opzichte van \d{4}/g, '')));
      if (year === undefined || !token) continue;
      const entry = { year, value: token.value, text: token.text };
      percent ||= token.percent;
      if (!verb) {
        if (!baseline) {
          baseline = entry;
          baselineSentence = sentence;
        }
        continue;
      }
      direction = DOWN_VERB.test(verb[0]) ? 'down' : 'up';
      if (relative || new RegExp(`\\b${verb[0]} met ${token.text.replace('.', '\\.')}`).test(sentence)) {
        kind = 'change_vs_2006';
      }
      if (!targets.some((t) => t.year === year)) targets.push(entry);
    }
  }
  if (targets.length === 0 || direction === null) return null;
  if (kind === 'change_vs_2006' && referenceYear !== null && referenceYear !== 2006) return null;
  return {
    baseline: kind === 'level' ? baseline : null,
    targets,
    kind,
    direction,
    percent,
    baselineSentence,
  };
}

function unitOf(text: string, reading: Reading): string {
  if (reading.kind === 'change_vs_2006') return '%';
  const per = /\bper (\d+(?:\.\d{3})*) ([a-zà-ÿ]+)/.exec(text);
  if (per) return `per ${per[1]} ${per[2]}`;
  if (reading.percent) return '%';
  if (/cijfer|oordeel/.test(text)) return 'rapportcijfer';
  return '';
}

/** The charter's own words for what is measured, cut from the sentence that states it. */
function labelOf(text: string): string {
  const first = sentences(text)[0] ?? text;
  const s = first.replace(/\.$/, '');
  const subject =
    /\b[Hh]et ((?:percentage|aantal|niveau|rapportcijfer|algemeen oordeel)\b.*?)(?= ligt\b| is in \d{4}| op \d| een \d| ten opzichte van| in \d{4}| \d+(?:,\d+)?%?$|$)/.exec(
      s,
    );
  if (subject?.[1]) return subject[1].trim();
  const share = /\d+(?:,\d+)?% van de (.+)$/.exec(s);
  if (share?.[1]) return share[1].replace(/\s+in \d{4}$/, '').trim();
  return s;
}

function indicatorOf(text: string, lexicon: Lexicon): { key: string; theme: ThemeKey } | null {
  const lower = text.toLowerCase();
  let best: { key: string; theme: ThemeKey; length: number } | null = null;
  for (const ind of lexicon.indicators) {
    for (const phrase of ind.match) {
      if (lower.includes(phrase.toLowerCase()) && (!best || phrase.length > best.length)) {
        best = { key: ind.key, theme: ind.theme, length: phrase.length };
      }
    }
  }
  return best && { key: best.key, theme: best.theme };
}

function themeOfSection(path: string[], lexicon: Lexicon): ThemeKey | null {
  for (const title of [...path].reverse()) {
    const lower = title.toLowerCase();
    const theme = lexicon.themes.find((t) => t.sections.some((s) => lower.includes(s)));
    if (theme) return theme.key;
  }
  return null;
}

const fallbackKey = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 48);

/** A clause under an "ambitie" heading and a wijk label ("Ondiep:") holds a wijk's targets. */
function wijkOf(clause: Clause): string | null {
  const ambitionAt = clause.path.findIndex((p) => /ambitie/i.test(p));
  if (ambitionAt < 0 || clause.path.length <= ambitionAt + 1) return null;
  return clause.path.at(-1) ?? null;
}

export function extractTargets(clauses: Clause[], lexicon: Lexicon): Target[] {
  const targets: Target[] = [];
  for (const clause of clauses) {
    if (clause.kind !== 'bullet') continue;
    const wijk = wijkOf(clause);
    if (!wijk) continue;
    const reading = readTrajectory(clause.text);
    if (!reading) continue;
    const label = labelOf(clause.text);
    const known = indicatorOf(clause.text, lexicon);
    const theme = known?.theme ?? themeOfSection(clause.path, lexicon);
    if (!theme) continue;
    const indicator = known?.key ?? fallbackKey(label);
    targets.push({
      id: `${wijk.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${indicator}`,
      wijk,
      theme,
      indicator,
      label,
      unit: unitOf(clause.text, reading),
      kind: reading.kind,
      direction: reading.direction,
      baseline: reading.baseline,
      targets: reading.targets.sort((a, b) => a.year - b.year),
      clauseId: clause.id,
      quote: clause.text,
    });
  }
  return targets;
}

/** Footnotes that state a city-wide average ("Stedelijk gemiddelde 2006: 21,5 inbraken per 1000 woningen."). */
export function extractCitywide(clauses: Clause[], targets: Target[]): Citywide[] {
  const out: Citywide[] = [];
  for (const note of clauses) {
    if (note.kind !== 'footnote') continue;
    const head = /^Stedelijk gemiddelde (\d{4})\b(.*?):\s*(.*)$/.exec(note.text);
    if (!head) continue;
    const year = Number(head[1]);
    const rest = `${head[2] ?? ''} ${head[3] ?? ''}`;
    const token = pick(valueTokens(head[3] ?? ''));
    if (!token) continue;
    const marking = targets.filter((t) =>
      clauses.find((c) => c.id === t.clauseId)?.footnotes.includes(note.id),
    );
    const indicator = marking[0]?.indicator ?? '';
    const per = /\bper (\d+) ([a-zà-ÿ]+)/.exec(rest);
    const unit = per
      ? `per ${per[1]} ${per[2]}`
      : token.percent
        ? '%'
        : /rapportcijfer|cijfer/.test(rest)
          ? 'rapportcijfer'
          : (marking[0]?.unit ?? '');
    // All targets for the same indicator share the city-wide figure, not only the clause that marks it.
    const targetIds = indicator ? targets.filter((t) => t.indicator === indicator).map((t) => t.id) : [];
    out.push({
      id: `citywide.${indicator || note.id}`,
      indicator,
      label: note.text
        .replace(/^Stedelijk gemiddelde \d{4}\s*:?\s*/, '')
        .replace(/\.$/, '')
        .trim(),
      year,
      value: token.value,
      text: token.text,
      unit,
      clauseId: note.id,
      quote: note.text,
      targetIds,
    });
  }
  return out;
}

const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).join('|');
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Amounts, counts, dates and other percentages in every clause that is not a wijk target. */
export function extractFacts(clauses: Clause[], targets: Target[]): CharterFact[] {
  const targetClauses = new Set(targets.map((t) => t.clauseId));
  const facts: CharterFact[] = [];
  for (const clause of clauses) {
    if (targetClauses.has(clause.id) || /^Stedelijk gemiddelde/.test(clause.text)) continue;
    let n = 0;
    const add = (f: Omit<CharterFact, 'id' | 'clauseId'>) => {
      n += 1;
      facts.push({ id: `${clause.id}#${n}`, clauseId: clause.id, ...f });
    };
    for (const sentence of sentences(clause.text)) {
      const taken: Array<[number, number]> = [];
      const free = (i: number, len: number) => taken.every(([a, b]) => i + len <= a || i >= b);
      const take = (i: number, len: number) => taken.push([i, i + len]);
      const yearIn = (s: string) => {
        const m = /\b(?:in|voor|per|vanaf|sinds) (?:het jaar )?((?:19|20)\d\d)\b/.exec(s);
        return m ? Number(m[1]) : null;
      };

      for (const m of sentence.matchAll(new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES}) (\\d{4})\\b`, 'g'))) {
        const [text, d, month, y] = m;
        take(m.index ?? 0, text.length);
        add({
          kind: 'date',
          text,
          value: Number(y),
          unit: 'date',
          label: '',
          year: Number(y),
          date: iso(Number(y), MONTHS[month ?? ''] ?? 1, Number(d)),
        });
      }
      for (const m of sentence.matchAll(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g)) {
        const [text, d, mo, y] = m;
        take(m.index ?? 0, text.length);
        add({
          kind: 'date',
          text,
          value: Number(y),
          unit: 'date',
          label: '',
          year: Number(y),
          date: iso(Number(y), Number(mo), Number(d)),
        });
      }
      for (const m of sentence.matchAll(
        /(€\s?)?(\d+(?:\.\d{3})*(?:,\d+)?)(\s(?:miljoen|miljard))?(?=[\s.,;:)]|$)/g,
      )) {
        const [text, euro, num, scale] = m;
        const index = m.index ?? 0;
        if (!euro && !scale) continue;
        if (!free(index, text.length)) continue;
        take(index, text.length);
        const factor = scale?.includes('miljard') ? 1e9 : scale ? 1e6 : 1;
        const after = sentence.slice(index + text.length);
        const purpose =
          /^\s*(?:per jaar\s*)?(?:extra\s*)?(?:voor|ten behoeve van|t\.b\.v\.)\s+([^,.;(]+)/.exec(after);
        add({
          kind: 'amount',
          text: text.trim(),
          value: parseDutchNumber(num ?? '0') * factor,
          unit: 'EUR',
          label: purpose?.[1]?.trim() ?? '',
          year: yearIn(sentence),
          date: null,
        });
      }
      for (const m of sentence.matchAll(/\b(\d+(?:,\d+)?)\s?%/g)) {
        const [text, num] = m;
        const index = m.index ?? 0;
        if (!free(index, text.length)) continue;
        take(index, text.length);
        add({
          kind: 'percentage',
          text,
          value: parseDutchNumber(num ?? '0'),
          unit: '%',
          label: '',
          year: yearIn(sentence),
          date: null,
        });
      }
      for (const m of sentence.matchAll(
        /\b(?:(ruim|circa|ongeveer|totaal) )?(\d+(?:\.\d{3})?) ((?:extra |nieuwe )?[a-zà-ÿ][a-zà-ÿ-]{2,})/g,
      )) {
        const [text, , num, noun] = m;
        const index = m.index ?? 0;
        // "0-4 jarigen", "G-4 verband": the digit is part of a range or a name, not a count.
        if (/^(19|20)\d\d$/.test(num ?? '') || sentence[index - 1] === '-' || !free(index, text.length))
          continue;
        if (
          /^(jaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|tot|en|of|per|miljoen|miljard|keer|maal)$/.test(
            noun ?? '',
          )
        ) {
          continue;
        }
        take(index, text.length);
        add({
          kind: 'count',
          text,
          value: parseDutchNumber(num ?? '0'),
          unit: (noun ?? '').replace(/^(extra|nieuwe) /, ''),
          label: noun ?? '',
          year: yearIn(sentence),
          date: null,
        });
      }
    }
  }
  return facts;
}
