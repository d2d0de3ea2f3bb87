/** `sameDiagnostics` decides when a pull is answered "unchanged": every shown field counts, `data`'s version and analysis do not. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sameDiagnostics } from '../../server/src/diagnostics';

const base = () => ({
  range: { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } },
  severity: 2 as const,
  code: 'placeholder',
  codeDescription: { href: 'https://example.invalid/rules.md#placeholder' },
  source: 'gongwen',
  message: '未填写的占位符“XX”',
  data: { version: 1, analysis: 'a.1', index: 0, rule: 'placeholder' },
});

describe('sameDiagnostics', () => {
  it('ignores the version and analysis in data, nothing else', () => {
    assert.ok(sameDiagnostics([base()], [{ ...base(), data: { version: 9, analysis: 'b.7', index: 0, rule: 'placeholder' } }]));
    assert.ok(sameDiagnostics([], []));
    const changes: Array<(d: ReturnType<typeof base>) => unknown> = [
      (d) => ({ ...d, range: { ...d.range, start: { line: 3, character: 3 } } }),
      (d) => ({ ...d, range: { ...d.range, end: { line: 4, character: 4 } } }),
      (d) => ({ ...d, range: { start: { line: 2, character: 2 }, end: d.range.end } }),
      (d) => ({ ...d, range: { start: d.range.start, end: { line: 3, character: 5 } } }),
      (d) => ({ ...d, severity: 1 }),
      (d) => ({ ...d, code: 'web-residue' }),
      (d) => ({ ...d, codeDescription: { href: 'https://example.invalid/other' } }),
      (d) => ({ ...d, source: 'other' }),
      (d) => ({ ...d, message: '未填写的占位符“××”' }),
      (d) => ({ ...d, data: { ...d.data, index: 1 } }),
      (d) => ({ ...d, data: { ...d.data, rule: 'web-residue' } }),
      (d) => ({ ...d, data: undefined }),
    ];
    for (const change of changes) {
      const other = change(base()) as any;
      assert.equal(sameDiagnostics([base()], [other]), false, JSON.stringify(other));
      assert.equal(sameDiagnostics([other], [base()]), false, JSON.stringify(other));
    }
    assert.equal(sameDiagnostics([base()], [base(), base()]), false, 'length');
  });
});
