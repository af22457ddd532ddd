// Ways people really send a question, as transformations of a question that is already answered well:
// the same answer must come back (same status, lead figure and first clause). Deterministic: a case's
// variants depend only on its text, so a failure reproduces.

export type Transform = { name: string; apply: (q: string, index: number) => string | null };

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

const isEnglish = (q: string) =>
  /\b(what|which|who|how|is|are|the|for|target|does|did|and)\b/i.test(q) &&
  !/\b(wat|welke|hoeveel|het|voor|doel|de|en)\b/i.test(q);

const NL_CONTEXT = [
  'Ik woon sinds kort in de wijk en lees mij in over de afspraken van de gemeente.',
  'Mijn buurvrouw zei dat het om 12% ging, maar ik wil het zeker weten.',
  'Ik schrijf een stuk voor de buurtkrant van Lombok en wil de cijfers goed hebben.',
  'Vorige week was er een bewonersavond in het buurthuis waar dit ter sprake kwam.',
];
const EN_CONTEXT = [
  "I recently moved here from Rotterdam and I'm reading up on the city's plans.",
  'A neighbour told me it was 12%, but I would like to be sure.',
  "I'm writing a piece for a local newsletter and want to get the figures right.",
  'This came up at a residents meeting last week.',
];

/** Wrapped in a citizen's e-mail as helpdesk staff paste it: greeting, context, question, sign-off. */
const email: Transform = {
  name: 'e-mail',
  apply: (q, i) =>
    isEnglish(q)
      ? `Dear Sir or Madam,\n\n${pick(EN_CONTEXT, i)} ${q}\n\nKind regards,\nJ. Smith`
      : `Geachte heer/mevrouw,\n\n${pick(NL_CONTEXT, i)} ${q}\n\nMet vriendelijke groet,\nJ. de Vries`,
};

/** Typed in a hurry: lower case, no accents, no hyphens. */
const lowercase: Transform = {
  name: 'lowercase',
  apply: (q) =>
    q
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/-/g, ' '),
};

const CAPITALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bKanaleneiland\b/gi, 'KE'],
  [/\bOndiep\b/gi, 'OD'],
  [/\bOvervecht\b/gi, 'OV'],
  [/\bZuilen[- ]Oost\b/gi, 'ZO'],
];

/** The wijk written as officials abbreviate it in chat. */
const capitals: Transform = {
  name: 'wijk capitals',
  apply: (q) => {
    let out = q;
    for (const [name, short] of CAPITALS) out = out.replace(name, short);
    return out === q ? null : out;
  },
};

/** One letter dropped from the longest word of eight letters or more (not a wijk name). */
const typo: Transform = {
  name: 'typo',
  apply: (q) => {
    const words = [...q.matchAll(/\p{L}{8,}/gu)]
      .filter((m) => !/^(kanaleneiland|overvecht|zuilen|ondiep)$/i.test(m[0]))
      .sort((a, b) => b[0].length - a[0].length);
    const w = words[0];
    if (!w) return null;
    const at = Math.floor(w[0].length / 2);
    const slip = w[0].slice(0, at) + w[0].slice(at + 1);
    return q.slice(0, w.index) + slip + q.slice(w.index + w[0].length);
  },
};

/** Slack markup: a mention, bold, code, an emoji. */
const slack: Transform = {
  name: 'slack markup',
  apply: (q, i) => {
    const bolded = q.replace(/\b(Kanaleneiland|Ondiep|Overvecht|Zuilen-Oost|\d{4})\b/, '*$1*');
    return pick(['<@U024BE7LH> ', '<!here> ', ''], i) + bolded + pick([' :pray:', ' 🙏', ' `pls`'], i);
  },
};

export const TRANSFORMS: readonly Transform[] = [email, lowercase, capitals, typo, slack];

/**
 * "What is the Ondiep burglary target for 2011?" with figure 21 -> "Is it true that the Ondiep burglary
 * target for 2011 is 21?". Null when the question has no "what is" shape to turn into a claim.
 */
export function asClaim(q: string, figure: string): string | null {
  const en = /^(?:what is|what's|what was|what will be)\s+(.+?)\s*\??$/i.exec(q.trim());
  if (en?.[1]) return `Is it true that ${en[1]} is ${figure}?`;
  const nl = /^(?:wat is|wat was|wat wordt)\s+(.+?)\s*\??$/i.exec(q.trim());
  if (nl?.[1]) return `Klopt het dat ${nl[1]} ${figure} is?`;
  return null;
}
