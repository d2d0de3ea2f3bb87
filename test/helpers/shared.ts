/**
 * Where tests and scripts find ../shared (the seed draft and the corpus of published documents),
 * relative to the repository so a clone anywhere works. The product never reads it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.join(__dirname, '..', '..');
export const SHARED_DIR = path.join(REPO_ROOT, '..', 'shared');
export const SEED_FILE = path.join(SHARED_DIR, 'seeds', '000_cb93799d58f4ec9c.txt');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'docs');

/** The seed draft's text, or undefined when ../shared is not there. */
export function seedText(): string | undefined {
  return fs.existsSync(SEED_FILE) ? fs.readFileSync(SEED_FILE, 'utf8') : undefined;
}

/** The corpus files (sorted paths), or [] when ../shared is not there. */
export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));
}
