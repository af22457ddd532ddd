// Where the project's data lives, resolved from this file so the CLI works from any working directory.
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

export const PROJECT_ROOT = fileURLToPath(root);
export const KNOWLEDGE_DIR = fileURLToPath(new URL('knowledge/', root));
export const SEEDS_DIR = fileURLToPath(new URL('seeds/', root));
