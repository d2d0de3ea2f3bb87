/** core/fix-edits.ts: fix-all as minimal edits against the original text, equal to core fixAll. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, composePasses, fixAll, fixAllEdits } from '../../server/src/core';
import { DRAFT, seedText } from './fixture';

describe('fixAllEdits', () => {
  it('composes passes into edits on the original text', () => {
    const original = '一.总体要求\n（四）任务\n';
    const passes = [
      [{ start: 1, end: 2, newText: '、' }], // 一. → 一、
      [{ start: 7, end: 10, newText: '（一）' }, { start: 0, end: 0, newText: '#' }], // on the new text
      [{ start: 9, end: 10, newText: '一' }], // rewrite inside text inserted by the previous pass: no change
    ];
    const { edits, text } = composePasses(original, passes);
    assert.equal(applyEdits(original, edits).text, text);
    assert.equal(text, '#一、总体要求\n（一）任务\n');
    // minimal: nothing outside the changed characters
    assert.deepEqual(edits, [
      { start: 0, end: 0, newText: '#' },
      { start: 1, end: 2, newText: '、' },
      { start: 8, end: 9, newText: '一' },
    ]);
  });

  it('never splits a surrogate pair or a CRLF when trimming', () => {
    const original = 'a𠮷b\r\nc';
    const { edits, text } = composePasses(original, [[{ start: 1, end: 3, newText: '𠮾' }], [{ start: 4, end: 6, newText: '\n' }]]);
    assert.equal(applyEdits(original, edits).text, text);
    for (const e of edits) {
      for (const o of [e.start, e.end]) {
        const pair = /[\uD800-\uDBFF]/.test(original[o - 1] ?? '') && /[\uDC00-\uDFFF]/.test(original[o] ?? '');
        assert.ok(!pair && !(original[o - 1] === '\r' && original[o] === '\n'), `edit boundary ${o}`);
      }
    }
  });

  for (const [name, text] of [
    ['draft', DRAFT],
    ['draft with CRLF and 𠮷', '𠮷' + DRAFT.replace(/\n/g, '\r\n')],
    ['seed', seedText() ?? DRAFT],
  ] as const) {
    it(`matches core fixAll on the ${name}`, () => {
      for (const language of ['markdown', 'plaintext'] as const) {
        const ours = fixAllEdits(text, { language });
        const core = fixAll(text, { language });
        assert.equal(ours.text, core.text);
        assert.equal(applyEdits(text, ours.edits).text, core.text);
        assert.equal(applyEdits(text, ours.edits).skipped.length, 0);
        for (const e of ours.edits) assert.notEqual(text.slice(e.start, e.end), e.newText);
      }
    });
  }
});
