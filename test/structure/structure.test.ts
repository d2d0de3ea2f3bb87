/**
 * The structure test set (issue 7 §4): documents of our own writing in test/structure/docs —
 * regulations with 编/章/节/条, notices with several attachments, work summaries with plain
 * headings, 简报 with letter levels, Markdown reports, chat-assistant drafts with bold and emoji
 * headings, speeches with chains, minutes with run-in items — each with its expected findings in
 * expected.json (most: none). `--fix` (the core's default bulk policy and the real CLI on temp
 * copies) must leave every correct document byte-identical and change nothing but reviewed safe
 * fixes in the others.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import type { Language } from '../../server/src/core/types';

const DIR = path.join(__dirname, 'docs');
const REPO = path.join(__dirname, '..', '..');
const RULE_IDS = ['numbering-punctuation', 'numbering-level', 'numbering-sequence', 'numbering-skip', 'numbering-mixed', 'enumeration-sequence'];
const STRUCTURE_RULES = RULES.filter((r) => RULE_IDS.includes(r.meta.id));
const expected: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, 'expected.json'), 'utf8'));
const files = fs.readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
const languageOf = (f: string): Language => (f.endsWith('.md') ? 'markdown' : 'plaintext');
const read = (f: string) => fs.readFileSync(path.join(DIR, f), 'utf8');

/** `line rule fix-kind` for each finding of the structure rules. */
function findings(text: string, language: Language): string[] {
  const r = lint(text, { language }, STRUCTURE_RULES);
  assert.deepEqual(r.errors, []);
  return r.findings.map((f) => `${r.source.lineAt(f.start).index + 1} ${f.rule} ${f.fix?.kind ?? 'none'}`);
}

describe('structure test set', () => {
  it('holds at least 25 correct documents besides the defective ones, and every expectation names a document', () => {
    assert.ok(files.length >= 25, `${files.length} documents`);
    for (const k of Object.keys(expected)) if (!k.startsWith('_')) assert.ok(files.includes(k), `expected.json names a missing document: ${k}`);
    const correct = files.filter((f) => !expected[f]);
    assert.ok(correct.length >= 25, `${correct.length} correct documents`);
  });

  for (const f of files) {
    it(`${f}: the expected findings and no other`, () => {
      const text = read(f);
      assert.deepEqual(findings(text, languageOf(f)), expected[f] ?? []);
      // The same with CRLF line breaks.
      assert.deepEqual(findings(text.replace(/\n/g, '\r\n'), languageOf(f)), expected[f] ?? []);
    });
  }

  it('the default bulk fix (safe fixes at warning and above) leaves every correct document byte-identical, with all rules', () => {
    for (const f of files.filter((x) => !expected[x])) {
      const text = read(f);
      assert.equal(fixAll(text, { language: languageOf(f) }).text, text, f);
      // Not even a suggestion is offered on them by the structure rules.
      assert.equal(fixAll(text, { language: languageOf(f) }, 8, STRUCTURE_RULES, { suggestions: true, minSeverity: 'hint' }).text, text, f);
    }
  });

  it('the default bulk fix changes only the lines of reviewed safe fixes in the others', () => {
    for (const f of files.filter((x) => expected[x])) {
      const text = read(f);
      const out = fixAll(text, { language: languageOf(f) }, 8, STRUCTURE_RULES).text;
      const safeLines = new Set(expected[f].filter((e) => e.endsWith(' safe')).map((e) => Number(e.split(' ')[0])));
      const a = text.split('\n');
      const b = out.split('\n');
      assert.equal(a.length, b.length, f);
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) assert.ok(safeLines.has(i + 1), `${f}:${i + 1} changed: ${a[i]} → ${b[i]}`);
    }
  });

  it('one duplicated ordinal in an otherwise right run is fixed in bulk; (四) becomes a fully correct （四）', () => {
    assert.equal(fixAll(read('30-defect-duplicate.txt'), { language: 'plaintext' }).text, read('30-defect-duplicate.txt').replace('2.布置会场', '3.布置会场'));
    // The punctuation fix is safe; the renumbering (a guess: is （三） missing?) is only offered, in standard form.
    const r = lint(read('32-defect-bracket.txt'), { language: 'plaintext' }, STRUCTURE_RULES).findings;
    assert.deepEqual(
      r.map((x) => [x.rule, x.fix?.kind, x.fix?.edits.map((e) => e.newText).join()]),
      [
        ['numbering-punctuation', 'safe', '（四）'],
        ['numbering-sequence', 'suggestion', '（三）'],
      ],
    );
  });
});

describe('the real CLI: check --fix on temp copies', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-structure-'));
    for (const f of files) fs.copyFileSync(path.join(DIR, f), path.join(dir, f));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('leaves every correct document byte-identical and applies only reviewed safe fixes', () => {
    const cli = path.join(REPO, 'dist', 'cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is built (npm test builds it first)');
    const r = spawnSync(process.execPath, [cli, 'check', '--fix', dir], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' } });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    for (const f of files) {
      const before = read(f);
      const after = fs.readFileSync(path.join(dir, f), 'utf8');
      if (!expected[f]) {
        assert.equal(after, before, `${f} changed`);
        continue;
      }
      const safeLines = new Set(expected[f].filter((e) => e.endsWith(' safe')).map((e) => Number(e.split(' ')[0])));
      const a = before.split('\n');
      const b = after.split('\n');
      assert.equal(a.length, b.length, f);
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) assert.ok(safeLines.has(i + 1), `${f}:${i + 1} changed: ${a[i]} → ${b[i]}`);
    }
    assert.equal(fs.readFileSync(path.join(dir, '30-defect-duplicate.txt'), 'utf8'), read('30-defect-duplicate.txt').replace('2.布置会场', '3.布置会场'));
  });
});
