/**
 * The curated residue patterns' `any` characters (residue.ts): `classifyResidue` tests a pattern only on a
 * line holding one of them, so every text a pattern matches must hold one, or a residue line would be missed.
 * Checked on every sample of the residue tests (the furniture each pattern is for, and the real-document
 * lines it must not match), on the repository's examples and fixtures, and on the shared corpora's lines.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyLines, classifyResidue, isMention, readsAsDocumentText, residueText, RESIDUE_PATTERNS } from '../../server/src/core/residue';
import { Source } from '../../server/src/core/source';
import { SourceMemo } from '../../server/src/core/memo';
import { corpusFiles, REPO_ROOT, SHARED_DIR } from '../helpers/shared';

/** The string literals of a TypeScript file (single-quoted, with `\\` escapes), as the samples of a test. */
function literals(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) out.push(m[1].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)));
  return out;
}

function filesUnder(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join(dir, f));
}

/** The texts to check: each sample and each line, raw and as `residueText` gives it (what the patterns see). */
function texts(): string[] {
  const lines = new Set<string>();
  const add = (s: string) => {
    for (const line of s.split(/\r\n|\r|\n/)) {
      lines.add(line);
      lines.add(residueText(line));
    }
  };
  for (const s of literals(path.join(REPO_ROOT, 'test', 'unit', 'residue.test.ts'))) add(s);
  for (const f of [...filesUnder(path.join(REPO_ROOT, 'examples'), '.txt'), ...filesUnder(path.join(REPO_ROOT, 'examples'), '.md'), ...filesUnder(path.join(REPO_ROOT, 'test', 'fixtures'), '.txt')]) add(fs.readFileSync(f, 'utf8'));
  for (const f of [...corpusFiles(), ...filesUnder(path.join(SHARED_DIR, 'fanwen-dev'), '.txt')]) add(fs.readFileSync(f, 'utf8'));
  return [...lines];
}

describe('residue patterns: every match holds one of the pattern’s any characters', () => {
  const all = texts();

  it('reads the residue tests’ samples and lines of documents', () => {
    // The residue tests alone hold a few hundred samples; a broken reader would make the checks below vacuous.
    assert.ok(all.length > 300, `only ${all.length} texts`);
    assert.ok(all.includes('SUCAI198.COM'), 'a banner sample of the residue tests is read');
  });

  it('each pattern has its characters, all in the BMP', () => {
    for (const p of RESIDUE_PATTERNS) {
      assert.ok(p.any !== undefined && p.any.length > 0, String(p.re));
      for (const ch of p.any) assert.ok(ch.length === 1, `${String(p.re)}: ${ch}`);
    }
  });

  it('no text matches a pattern without one of its characters', () => {
    const misses: string[] = [];
    let matches = 0;
    for (const p of RESIDUE_PATTERNS) {
      for (const t of all) {
        if (!p.re.test(t)) continue;
        matches++;
        if (p.any !== undefined && ![...t].some((ch) => p.any!.includes(ch))) misses.push(`${String(p.re).slice(0, 60)} ← ${t}`);
      }
    }
    assert.deepEqual(misses, []);
    // Every pattern's own samples match it: at least one match per pattern.
    assert.ok(matches >= RESIDUE_PATTERNS.length, `${matches} matches`);
  });

  it('classifyResidue equals the plain ordered test of every fitting pattern', () => {
    const plain = (t: string) => {
      if (t === '') return undefined;
      const sentence = /[。！？；!?;]$/.test(t);
      const p = RESIDUE_PATTERNS.find((q) => t.length <= q.max && !(q.notSentence && sentence) && q.re.test(t));
      // The first matching pattern decides; a line that reads as the document's own text, or names the pattern's words
      // only in a quotation, is then no residue.
      return p !== undefined && !readsAsDocumentText(t, p.kind) && !isMention(t, p.re, p.kind) ? p.kind : undefined;
    };
    const differ = all.filter((t) => classifyResidue(t) !== plain(t));
    assert.deepEqual(differ, []);
  });
});

describe('residue: trigger words read from the whole text', () => {
  // Without a session memo the classifier takes each line's trigger words from one pass over the text (the whole
  // line from its content start, a superset of the trimmed text's); with one, `classifyResidue` computes them from
  // the trimmed text line by line. Both must call the same lines.
  it('classifies every template page and corpus document as the line-by-line path does', () => {
    const pages = path.join(SHARED_DIR, 'fanwen-dev');
    const files = [...filesUnder(pages, '.txt'), ...filesUnder(pages, '.md'), ...corpusFiles()];
    assert.ok(files.length > 50, `only ${files.length} files`);
    let calls = 0;
    for (const f of files) {
      const language = f.endsWith('.md') ? 'markdown' : 'plaintext';
      const text = fs.readFileSync(f, 'utf8');
      const whole = [...classifyLines(new Source(text, language)).values()];
      const lined = new Source(text, language);
      lined.memo = new SourceMemo();
      assert.deepEqual([...classifyLines(lined).values()], whole, f);
      calls += whole.length;
    }
    assert.ok(calls > 100, `only ${calls} residue calls`);
  });
});
