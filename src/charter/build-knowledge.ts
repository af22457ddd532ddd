// Generates knowledge/*.json from the seed: the only writer of those files. Pure until `writeKnowledge`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCitywide, extractFacts, extractTargets } from './extract.js';
import { ingest } from './ingest.js';
import { KnowledgeError } from './load.js';
import { KNOWLEDGE_DIR, SEEDS_DIR } from './paths.js';
import { type Lexicon, LexiconSchema, type Meta } from './schema.js';
import { buildStemTable } from './stem.js';

export const GENERATED_FILES = [
  'clauses.json',
  'targets.json',
  'citywide.json',
  'facts.json',
  'stems.json',
  'meta.json',
] as const;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const stable = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Reads the one charter in seeds/ (a second one would make "the charter" ambiguous). */
export function readSeed(dir = SEEDS_DIR): { name: string; text: string } {
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.md'));
  if (seeds.length !== 1) {
    throw new KnowledgeError(`${dir} must hold exactly one charter (.md); found ${seeds.length}`);
  }
  const name = seeds[0] as string;
  return { name, text: readFileSync(join(dir, name), 'utf8') };
}

export function readLexicon(dir = KNOWLEDGE_DIR): Lexicon {
  return LexiconSchema.parse(JSON.parse(readFileSync(join(dir, 'lexicon.json'), 'utf8')));
}

/** File name -> exact file contents, deterministic for a given seed and lexicon. */
export function buildKnowledge(
  seed: { name: string; text: string },
  lexicon: Lexicon,
): Record<string, string> {
  const { clauses } = ingest(seed.text);
  const targets = extractTargets(clauses, lexicon);
  const citywide = extractCitywide(clauses, targets);
  const facts = extractFacts(clauses, targets);
  // Every word the engine's encoders will stem, stemmed once here rather than at every start.
  const lexiconTexts = [
    ...lexicon.indicators.flatMap((i) => [
      i.nl.name,
      ...i.nl.synonyms,
      ...i.match,
      i.en.name,
      ...i.en.synonyms,
    ]),
    ...targets.map((t) => t.label),
  ];
  const charterTexts = [
    ...clauses.flatMap((c) => [c.text, c.path.at(-1) ?? '']),
    ...lexicon.glossary.flatMap((g) => g.nl),
    ...lexicon.translations.flatMap((g) => g.nl),
  ];
  const files: Record<string, string> = {
    'clauses.json': stable(clauses),
    'targets.json': stable(targets),
    'citywide.json': stable(citywide),
    'facts.json': stable(facts),
    'stems.json': stable(buildStemTable(charterTexts, lexiconTexts)),
  };

  const signing = facts.find((f) => f.kind === 'date' && /ondertekend/.test(clauseText(f.clauseId)));
  const validity = facts.filter((f) => f.kind === 'date' && /gelden vanaf/.test(clauseText(f.clauseId)));
  function clauseText(id: string) {
    return clauses.find((c) => c.id === id)?.text ?? '';
  }
  const first = clauses[0]?.text.replace(/\.$/, '') ?? '';
  const title = [clauses[0]?.path[0], first.charAt(0).toLowerCase() + first.slice(1)]
    .filter(Boolean)
    .join(' ');
  const version = sha256(Object.values(files).join('') + stable(lexicon)).slice(0, 12);
  const meta: Meta = {
    title,
    signedOn: signing?.date ?? '',
    signedOnText: signing?.text ?? '',
    validUntil: validity.at(-1)?.date ?? null,
    seed: seed.name,
    seedSha256: sha256(seed.text),
    version,
    counts: {
      clauses: clauses.length,
      targets: targets.length,
      citywide: citywide.length,
      facts: facts.length,
    },
  };
  files['meta.json'] = stable(meta);
  return files;
}

/** Writes every file through a temporary name and a rename, so a crash never leaves half a file. */
export function writeKnowledge(files: Record<string, string>, dir = KNOWLEDGE_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const tmp = join(dir, `.${name}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, join(dir, name));
  }
}

/** Names of generated files whose checked-in contents differ from what the generator produces. */
export function staleKnowledge(files: Record<string, string>, dir = KNOWLEDGE_DIR): string[] {
  return Object.entries(files)
    .filter(([name, content]) => {
      try {
        return readFileSync(join(dir, name), 'utf8') !== content;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}
