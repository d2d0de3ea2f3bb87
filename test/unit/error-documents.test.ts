/**
 * Documents with real errors of the punctuation, number, date, 发文字号 and document-type kinds
 * (test/error-documents/): half-width marks in Chinese text, `2026年05月31日`, `青政办发[2026]7号`, `党的20大`, `。。`,
 * straight quotes, an unclosed bracket, a wrong 附件说明, `请示报告`, a 报告 asking for approval, a 函 closing
 * `特此通知`, `...`, `三、四天`, `2026-2028年`, full-width digits, `进一步进一步`, a title in 书名号 — written by a
 * proofreader, each file's planted errors described in expectations.json (`planted`). Run with every rule at its
 * default severity:
 * - the findings are exactly those listed (file, 1-based line, severity key, covered text), none missing and none
 *   added, and each has the listed fix kind: `safe` only where the fix rests on no guess, `suggestion` where it
 *   does, null where the writer must decide;
 * - after the safe fixes (`--fix`) no finding with a safe fix is left, and every suggestion and unfixable finding
 *   is still there (a safe fix must not hide them). An info finding's safe fix (`其它`, `1、`) is not applied in
 *   bulk by design (`appliesInBulk`: a form many offices tolerate), so it counts with the findings that stay.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { appliesInBulk, fixAll } from '../../server/src/core/autofix';
import type { Language, OffsetEdit } from '../../server/src/core/types';

const DIR = path.join(__dirname, '..', 'error-documents');

interface Expected {
  file: string;
  line: number;
  rule: string;
  excerpt: string;
  fix: 'safe' | 'suggestion' | null;
}

function read(file: string): { text: string; language: Language } {
  return { text: fs.readFileSync(path.join(DIR, file), 'utf8'), language: file.endsWith('.md') ? 'markdown' : 'plaintext' };
}

/** A finding as listed, with its offset and whether `--fix` applies its fix. */
type Found = Expected & { at: number; bulk: boolean };

function found(text: string, language: Language): Found[] {
  const r = lint(text, { language });
  assert.deepEqual(r.errors, []);
  return r.findings.map((f) => ({ file: '', line: r.source.lineAt(f.start).index + 1, rule: f.severityKey, excerpt: text.slice(f.start, f.end), fix: f.fix?.kind ?? null, at: f.start, bulk: appliesInBulk(f) }));
}

/** `offset` of the text `fixAll` started from, carried through its passes (a deleted line of web residue moves what follows up). */
function carried(offset: number, passes: readonly OffsetEdit[][]): number {
  for (const edits of passes) {
    let moved = offset;
    for (const e of edits) {
      if (e.end <= offset) moved += e.newText.length - (e.end - e.start);
      else if (e.start < offset) moved -= offset - e.start;
    }
    offset = moved;
  }
  return offset;
}

describe('documents with errors', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const { planted, findings } = JSON.parse(fs.readFileSync(path.join(DIR, 'expectations.json'), 'utf8')) as { planted: Record<string, string>; findings: Expected[] };

  it('are all there, each with its planted errors described', () => {
    assert.ok(files.length >= 15, `${files.length} documents`);
    for (const f of files) assert.ok((planted[f] ?? '').length > 20, `${f}: describe its errors`);
  });

  it('get exactly the listed findings, each with its fix kind', () => {
    for (const file of files) {
      const { text, language } = read(file);
      const got = found(text, language).map(({ at: _at, bulk: _bulk, ...e }) => ({ ...e, file }));
      assert.deepEqual(got, findings.filter((e) => e.file === file), file);
    }
  });

  it('keep every suggestion and unfixable finding, and no safe one, after the safe fixes (LF and CRLF)', () => {
    for (const file of files) {
      const { text, language } = read(file);
      for (const t of [text, text.replace(/\n/g, '\r\n')]) {
        const { text: fixed, passes } = fixAll(t, { language });
        const after = found(fixed, language);
        assert.deepEqual(after.filter((e) => e.bulk), [], `${file}: a safe fix left behind`);
        const lineOf = (offset: number) => fixed.slice(0, offset).split('\n').length;
        const kept = found(t, language).filter((e) => !e.bulk).map((e) => `${e.rule} ${lineOf(carried(e.at, passes))}`).sort();
        assert.deepEqual(after.filter((e) => !e.bulk).map((e) => `${e.rule} ${e.line}`).sort(), kept, `${file}: suggestions and unfixable findings after --fix`);
      }
    }
  });
});
