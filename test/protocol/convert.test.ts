/** convert.ts: offsets ↔ LSP positions with CRLF, lone CR, a BOM kept in the text and astral characters. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isEditableOffset, rangeToOffsets, toOffset, toOffsetEdits, toPosition, toRange, toTextEdits } from '../../server/src/convert';
import { applyEdits } from '../../server/src/core';
import { applyTextEdits } from './lsp-client';

const doc = (text: string) => TextDocument.create('untitled:t', 'plaintext', 1, text);

describe('convert', () => {
  it('maps LF and CRLF line starts', () => {
    const lf = doc('一、总体\n（一）要求');
    assert.deepEqual(toPosition(lf, 5), { line: 1, character: 0 });
    const crlf = doc('一、总体\r\n（一）要求');
    assert.deepEqual(toPosition(crlf, 6), { line: 1, character: 0 });
    assert.deepEqual(toRange(crlf, 6, 9), { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
    assert.equal(toOffset(crlf, { line: 1, character: 3 }), 9);
    const cr = doc('甲\r乙');
    assert.deepEqual(toPosition(cr, 2), { line: 1, character: 0 });
  });

  it('counts UTF-16 units: 𠮷 is two', () => {
    const d = doc('𠮷XX镇\r\n𠮷𠮷XX');
    assert.deepEqual(toRange(d, 2, 4), { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
    assert.deepEqual(toRange(d, 11, 13), { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } });
    assert.deepEqual(rangeToOffsets(d, toRange(d, 11, 13)), { start: 11, end: 13 });
  });

  it('keeps a BOM as a character of line 0 (offsets are into the exact text)', () => {
    const d = doc('\uFEFF一、总体');
    assert.deepEqual(toPosition(d, 1), { line: 0, character: 1 });
    assert.deepEqual(toRange(d, 1, 3).end, { line: 0, character: 3 });
  });

  it('round-trips every offset that is not inside a CRLF', () => {
    const text = '\uFEFF一、𠮷\r\n\r\n（一）XX\n末行\r';
    const d = doc(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      assert.equal(toOffset(d, toPosition(d, o)), o, `offset ${o}`);
    }
  });

  it('converts edits exactly and refuses ones that split a surrogate pair or a CRLF', () => {
    const text = '甲𠮷乙\r\n丙';
    const d = doc(text);
    const edits = [
      { start: 0, end: 1, newText: '子' },
      { start: 3, end: 6, newText: '' }, // 乙 and the CRLF: joins the lines
    ];
    const te = toTextEdits(d, edits)!;
    assert.equal(applyTextEdits(text, te), applyEdits(text, edits).text);
    assert.deepEqual(toOffsetEdits(d, te), edits);
    assert.equal(toTextEdits(d, [{ start: 2, end: 2, newText: 'x' }]), undefined, 'inside 𠮷');
    assert.equal(toTextEdits(d, [{ start: 5, end: 5, newText: 'x' }]), undefined, 'between CR and LF');
    assert.equal(toTextEdits(d, [{ start: 0, end: 99, newText: '' }]), undefined, 'out of range');
    assert.equal(toTextEdits(d, [{ start: 3, end: 2, newText: '' }]), undefined, 'reversed');
    assert.equal(isEditableOffset(text, 0) && isEditableOffset(text, text.length), true);
  });
});

describe('clampRange (outline)', () => {
  it('keeps selectionRange inside range', async () => {
    const { clampRange } = await import('../../server/src/symbols');
    const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
    assert.deepEqual(clampRange(r(1, 2, 1, 5), r(0, 0, 3, 0)), r(1, 2, 1, 5));
    assert.deepEqual(clampRange(r(0, 0, 9, 9), r(1, 0, 3, 0)), r(1, 0, 3, 0));
    assert.deepEqual(clampRange(r(5, 0, 6, 0), r(1, 0, 3, 0)), r(3, 0, 3, 0));
  });
});
