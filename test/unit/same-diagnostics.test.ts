/** `sameDiagnostics` decides when a pull is answered "unchanged": every field counts, `data` (the finding index) too. */
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
  data: 0 as unknown,
});

describe('sameDiagnostics', () => {
  it('compares every field', () => {
    assert.ok(sameDiagnostics([base()], [base()]));
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
      (d) => ({ ...d, data: 1 }),
      (d) => ({ ...d, data: 10 }),
      (d) => ({ ...d, data: '0' }),
      (d) => ({ ...d, data: [0] }),
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

import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../server/src/analysis';
import { builtList, diagnosticsMatch, documentDiagnostics, MAX_DIAGNOSTICS } from '../../server/src/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { DRAFT } from '../protocol/fixture';
import { prng } from '../helpers/prng';

describe('diagnosticsMatch', () => {
  it('says what building the new diagnostics and comparing them says, over random edits, both locales, CRLF and astral text', () => {
    const random = prng(20261130);
    const pieces = ['的', '\n', '\r\n', 'XX', '𠮷', '一、', '（一）', '1.', ' ', '，', ',', '截止目前', '“', '附件：', ''];
    for (const locale of ['zh-cn', 'en']) {
      for (const start of [DRAFT, DRAFT.replace(/\n/g, '\r\n'), '𠮷' + DRAFT]) {
        const store = new AnalysisStore();
        let text = start;
        let doc = TextDocument.create('file:///m.md', 'markdown', 1, text);
        let items = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), locale);
        let equal = 0;
        let different = 0;
        for (let i = 0; i < 120; i++) {
          const at = Math.floor(random() * (text.length + 1));
          const del = random() < 0.3 ? Math.floor(random() * 4) : 0;
          const ins = pieces[Math.floor(random() * pieces.length)];
          text = text.slice(0, at) + ins + text.slice(at + del);
          doc = TextDocument.create('file:///m.md', 'markdown', doc.version + 1, text);
          const analysis = store.get(doc, DEFAULT_SETTINGS);
          const built = documentDiagnostics(doc, analysis, locale);
          const expected = sameDiagnostics(items, built);
          assert.equal(diagnosticsMatch(items, doc, analysis, locale), expected, `edit ${i} at ${at}`);
          if (expected) equal++;
          else different++;
          // the client holds the last full report: a new one only when they differ
          if (!expected) items = built;
        }
        assert.ok(equal > 10 && different > 10, `both outcomes exercised (${equal} equal, ${different} different)`);
      }
    }
  });

  it('over lists each built from the last one (as the server builds them), keeps their range lines and says what comparing says', () => {
    const random = prng(20261202);
    const pieces = ['的', '\n', '\r\n', 'XX', '𠮷', '一、', '（一）', ',', '，', '“', ''];
    for (const start of [DRAFT, DRAFT.replace(/\n/g, '\r\n')]) {
      const store = new AnalysisStore();
      let text = start;
      let doc = TextDocument.create('file:///c.md', 'markdown', 1, text);
      let items = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), 'zh-cn');
      let rebuilt = 0;
      for (let i = 0; i < 150; i++) {
        const at = Math.floor(random() * (text.length + 1));
        const del = random() < 0.3 ? Math.floor(random() * 4) : 0;
        text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + del);
        doc = TextDocument.create('file:///c.md', 'markdown', doc.version + 1, text);
        const analysis = store.get(doc, DEFAULT_SETTINGS);
        const matches = diagnosticsMatch(items, doc, analysis, 'zh-cn');
        // built from the held list first (the analysis's list is cached: a fresh build would be returned after)
        const next = documentDiagnostics(doc, analysis, 'zh-cn', items);
        assert.equal(matches, sameDiagnostics(items, next), `edit ${i} at ${at}`);
        const fresh = documentDiagnostics(TextDocument.create('file:///c.md', 'markdown', doc.version, text), new AnalysisStore().get(doc, DEFAULT_SETTINGS), 'zh-cn');
        assert.ok(sameDiagnostics(next, fresh), `edit ${i}: a list built from the last one is the list built afresh`);
        const lines = builtList(next)!.lines;
        const parts = builtList(next)!.parts;
        assert.equal(lines.length, 2 * parts.length);
        for (let k = 0; k < parts.length; k++) {
          assert.equal(lines[2 * k], next[k].range.start.line, `edit ${i}, item ${k} start line`);
          assert.equal(lines[2 * k + 1], next[k].range.end.line, `edit ${i}, item ${k} end line`);
        }
        if (!matches) {
          items = next;
          rebuilt++;
        }
      }
      assert.ok(rebuilt > 10, `lists rebuilt from the last one (${rebuilt})`);
    }
  });

  it('falls back to building the list when checking is off or the findings pass the cap', () => {
    const store = new AnalysisStore();
    const many = 'XX。'.repeat(MAX_DIAGNOSTICS + 10);
    const doc = TextDocument.create('file:///many.txt', 'plaintext', 1, many);
    const analysis = store.get(doc, DEFAULT_SETTINGS);
    const items = documentDiagnostics(doc, analysis, 'zh-cn');
    assert.equal(items.length, MAX_DIAGNOSTICS + 1, 'the cap and its "more" diagnostic');
    assert.ok(diagnosticsMatch(items, doc, analysis, 'zh-cn'));
    assert.equal(diagnosticsMatch(items.slice(1), doc, analysis, 'zh-cn'), false);
    const off = store.get(TextDocument.create('file:///off.txt', 'plaintext', 1, many), { ...DEFAULT_SETTINGS, enable: false });
    assert.ok(diagnosticsMatch([], doc, off, 'zh-cn'));
    assert.equal(diagnosticsMatch(items, doc, off, 'zh-cn'), false);
  });
});

import { isPositionOf } from '../../server/src/diagnostics';

describe('isPositionOf', () => {
  it('says what comparing with TextDocument.positionAt says: every offset, near misses, CRLF, lone CR, astral, edge lines', () => {
    const random = prng(97040);
    const alphabet = ['a', '中', '\n', '\r', '\r\n', '𠮷', '\n\n', ' '];
    const texts = ['', '\n', '\r\n', '\r', 'a', 'a\r\nb\rc\n', '\r\n\r\n', '𠮷\r'];
    for (let k = 0; k < 40; k++) texts.push(Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    let checked = 0;
    for (const text of texts) {
      let doc = TextDocument.create('file:///p.txt', 'plaintext', 1, text);
      // an incrementally updated document too (its line offsets are spliced, not recomputed)
      if (text.length > 2) doc = TextDocument.update(TextDocument.create('file:///p.txt', 'plaintext', 1, 'x' + text), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }], 2);
      assert.equal(doc.getText(), text);
      for (let o = -2; o <= text.length + 2; o++) {
        const p = doc.positionAt(o);
        assert.ok(isPositionOf(doc, p, o), `${JSON.stringify(text)} offset ${o}: its own position`);
        for (const [dl, dc] of [[0, 1], [0, -1], [1, 0], [-1, 0], [1, -1], [-1, 1], [0, 100], [5, 0]]) {
          const q = { line: p.line + dl, character: p.character + dc };
          assert.equal(isPositionOf(doc, q, o), q.line === p.line && q.character === p.character, `${JSON.stringify(text)} offset ${o} vs ${JSON.stringify(q)}`);
          checked++;
        }
        // a position that another offset maps to: equal exactly when both offsets map to it
        const other = Math.floor(random() * (text.length + 1));
        assert.equal(isPositionOf(doc, doc.positionAt(other), o), JSON.stringify(doc.positionAt(other)) === JSON.stringify(p));
      }
      assert.equal(isPositionOf(doc, { line: 0.5, character: 0 }, 0), false);
      assert.equal(isPositionOf(doc, { line: NaN, character: 0 }, 0), false);
    }
    assert.ok(checked > 1000);
  });
});
