// Small text helpers shared by ingestion and extraction: inline markup, slugs, Dutch numbers.

/** A footnote marker inside text: `<sup>7</sup>`. Other superscripts (`1<sup>e</sup>`) are ordinary text. */
const FOOTNOTE_MARK = /<sup>\s*(\d+)\s*<\/sup>/g;

export type Inline = { text: string; footnotes: number[] };

/** Turns one line of converted-PDF markdown into the text a reader sees, plus the footnotes it marks. */
export function readInline(raw: string): Inline {
  const footnotes: number[] = [];
  let text = raw.replace(FOOTNOTE_MARK, (_m, n: string) => {
    footnotes.push(Number(n));
    return '';
  });
  text = text
    .replace(/<sup>(.*?)<\/sup>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=$|[\s.,;:)])/g, '$1$2')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { text: squeeze(text), footnotes };
}

/** Collapses runs of spaces and tabs but keeps deliberate line breaks. */
function squeeze(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const SLUG_STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'in',
  'op',
  'van',
  'voor',
  'met',
  'te',
  'gebied',
  'gezamenlijke',
]);

/** A readable, stable id segment: "2. Op het gebied van veiligheid" -> "veiligheid". */
export function slug(title: string): string {
  const words = foldDiacritics(title)
    .toLowerCase()
    .replace(/^\s*(?:\d+|[a-z])[.)]\s+/, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !SLUG_STOPWORDS.has(w));
  return words.slice(0, 4).join('-') || 'x';
}

function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Parses a number as the charter writes it: "7,5" -> 7.5, "850.000" -> 850000, "21,5" -> 21.5. */
export function parseDutchNumber(text: string): number {
  const t = text.replace(/\s/g, '');
  const normalised = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t) ? t.replace(/\./g, '') : t;
  return Number(normalised.replace(',', '.'));
}

/** Abbreviations the charter uses before a number or a name ("t.o.v. 2002", "drs. H. Bosch"). */
const ABBREVIATION =
  /(?:\b(?:t\.o\.v|o\.a|bijv|b\.v|i\.c|m\.b\.t|e\.e\.a|i\.s\.m|c\.q|t\.b\.v|t\/m|drs|dr|mr|prof|ir|ing|nr|ca|hfd|incl|resp|vs)|\b[A-Z])\.$/i;

/** Splits text into sentences without breaking decimals ("7,5"), abbreviations or initials ("E.M.H."). */
/**
 * A name in quotes may hold a full stop or an exclamation mark ("In de aanpak 'Utrecht Veilig! Dat doen we
 * samen', werken ..."): a sentence does not end inside an opened quote.
 */
function openQuote(text: string): boolean {
  const opened = (text.match(/(?:^|[\s(])['‘“]/g) ?? []).length;
  const closed = (text.match(/['’”](?=[\s,.;:!?)]|$)/g) ?? []).length;
  return opened > closed;
}

export function sentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  // An ellipsis before a figure leaves a blank filled in, it ends no sentence: "ondertekend te Utrecht op...
  // 9 juni 2008".
  for (const piece of text.split(
    /(?<=[.!?])(?<!\.\.\.|…)\s+(?=[A-Z0-9\u00C0-\u00DD'"(])|(?<=\.\.\.|…)\s+(?=[A-Z\u00C0-\u00DD'"(])/,
  )) {
    current = current ? `${current} ${piece}` : piece;
    if (!ABBREVIATION.test(current) && !openQuote(current)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.filter((s) => s.length > 0);
}
