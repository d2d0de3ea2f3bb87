/**
 * `Source` built with the previous version's lines (`LineRecord`, as a LintSession does) must give the
 * same lines and line texts as one built from scratch (which string objects it reuses cannot be seen
 * from JavaScript; the benchmark shows the effect).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { commonPrefixLength, commonSuffixLength, Source } from '../../server/src/core/source';
import { prng } from '../helpers/prng';

const PIECES = ['一、总体要求', '\n', '\r\n', '\r', '\n\n', '各单位要加强领导。', '```', '<!--', '-->', '𠮷', '\ufeff', '  ', '# 标题', '| a | b |', '|---|---|', '的'];

test('a Source built on the previous lines equals one built from scratch, edit after edit', () => {
  const rnd = prng(11);
  for (const language of ['markdown', 'plaintext'] as const) {
    let text = Array.from({ length: 300 }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join('');
    let prev = new Source(text, language);
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const del = rnd() < 0.3 ? Math.floor(rnd() * 6) : 0;
      text = text.slice(0, at) + (rnd() < 0.8 ? PIECES[Math.floor(rnd() * PIECES.length)] : '') + text.slice(at + del);
      const next = new Source(text, language, prev.lineRecord());
      const fresh = new Source(text, language);
      assert.deepEqual(next.lines, fresh.lines);
      for (const line of fresh.lines) assert.equal(next.lineText(next.lines[line.index]), fresh.lineText(line));
      prev = next;
    }
  }
});

test('common prefix and suffix lengths agree with a character loop', () => {
  const rnd = prng(5);
  for (let i = 0; i < 500; i++) {
    const base = 'ab的\n'.repeat(Math.floor(rnd() * 800));
    const at = Math.floor(rnd() * (base.length + 1));
    const other = base.slice(0, at) + (rnd() < 0.5 ? 'x' : '') + base.slice(at + (rnd() < 0.5 ? 1 : 0));
    let p = 0;
    while (p < Math.min(base.length, other.length) && base[p] === other[p]) p++;
    let s = 0;
    while (s < Math.min(base.length, other.length) - p && base[base.length - 1 - s] === other[other.length - 1 - s]) s++;
    assert.equal(commonPrefixLength(base, other), p);
    assert.equal(commonSuffixLength(base, other, p), s);
  }
});
