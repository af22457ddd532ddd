// Loads knowledge/ and validates every record, naming the file and record that is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { KNOWLEDGE_DIR } from './paths.js';
import {
  type CharterFact,
  CharterFactSchema,
  type Citywide,
  CitywideSchema,
  type Clause,
  ClauseSchema,
  type Lexicon,
  LexiconSchema,
  type Meta,
  MetaSchema,
  StemTableSchema,
  type Target,
  TargetSchema,
} from './schema.js';
import type { StemTable } from './stem.js';

export type Knowledge = {
  meta: Meta;
  clauses: Clause[];
  clauseById: Map<string, Clause>;
  targets: Target[];
  citywide: Citywide[];
  facts: CharterFact[];
  lexicon: Lexicon;
  /** Stems of every charter and lexicon word (generated); absent in an older knowledge/. */
  stems: StemTable | null;
};

export class KnowledgeError extends AppError<'knowledge_invalid'> {
  constructor(message: string) {
    super('knowledge_invalid', message);
  }
}

function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new KnowledgeError(`knowledge/${file} is missing: run \`npx charterbot knowledge build\``);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KnowledgeError(`knowledge/${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function describe(issues: z.core.$ZodIssue[]): string {
  return issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
}

function records<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S>[] {
  const data = readJson(dir, file);
  if (!Array.isArray(data)) throw new KnowledgeError(`knowledge/${file}: expected an array of records`);
  return data.map((record: unknown, i: number) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const id = (record as { id?: unknown } | null)?.id;
      const name = typeof id === 'string' ? ` (id "${id}")` : '';
      throw new KnowledgeError(
        `knowledge/${file}: record ${i}${name} is invalid: ${describe(parsed.error.issues)}`,
      );
    }
    return parsed.data;
  });
}

function single<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const parsed = schema.safeParse(readJson(dir, file));
  if (!parsed.success)
    throw new KnowledgeError(`knowledge/${file} is invalid: ${describe(parsed.error.issues)}`);
  return parsed.data;
}

export function loadKnowledge(dir = KNOWLEDGE_DIR): Knowledge {
  const clauses = records(dir, 'clauses.json', ClauseSchema);
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  const targets = records(dir, 'targets.json', TargetSchema);
  const citywide = records(dir, 'citywide.json', CitywideSchema);
  const facts = records(dir, 'facts.json', CharterFactSchema);
  for (const [file, list] of [
    ['targets.json', targets],
    ['citywide.json', citywide],
    ['facts.json', facts],
  ] as const) {
    list.forEach((r, i) => {
      if (!clauseById.has(r.clauseId)) {
        throw new KnowledgeError(
          `knowledge/${file}: record ${i} (id "${r.id}") cites unknown clause "${r.clauseId}"`,
        );
      }
    });
  }
  return {
    meta: single(dir, 'meta.json', MetaSchema),
    clauses,
    clauseById,
    targets,
    citywide,
    facts,
    lexicon: single(dir, 'lexicon.json', LexiconSchema),
    stems: existsSync(join(dir, 'stems.json')) ? single(dir, 'stems.json', StemTableSchema) : null,
  };
}
