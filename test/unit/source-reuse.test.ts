/**
 * `Source` built with the previous version's lines (`LineRecord`, as a LintSession does) must give the
 * same lines and line texts as one built from scratch (which string objects it reuses cannot be seen
 * from JavaScript; the benchmark shows the effect).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { commonPrefixLength, commonSuffixLength, Source } from '../../server/src/core/source';
import type { Line } from '../../server/src/core/types';
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

/** Everything a Source gives that the lines reused from a previous version could change. */
function shape(s: Source, withParagraphs: boolean) {
  return {
    lines: s.lines.map((l) => ({ ...l })),
    texts: s.lines.map((l) => s.lineText(l)),
    eol: s.eol,
    bom: s.bomLength,
    paragraphs: withParagraphs ? s.paragraphs().map((p) => p.map((l) => l.index)) : undefined,
  };
}

/**
 * Paragraphs as `Source.paragraphs` documents them, written out independently: runs of consecutive
 * non-blank lines of one scope; a heading line is a paragraph of its own.
 */
function referenceParagraphs(lines: readonly Line[]): number[][] {
  const out: number[][] = [];
  for (const l of lines) {
    if (l.scope === 'blank') continue;
    const last = out[out.length - 1];
    const prevLine = lines[l.index - 1];
    const joins = last !== undefined && prevLine !== undefined && last[last.length - 1] === prevLine.index && prevLine.scope === l.scope && prevLine.headingLevel === 0 && l.headingLevel === 0;
    if (joins) last.push(l.index);
    else out.push([l.index]);
  }
  return out;
}

/** Build `text` on `prev`'s record and check it against a fresh Source, and that `prev` was not changed by it. */
function checkNext(prev: Source, text: string, language: 'markdown' | 'plaintext', withParagraphs = true): Source {
  const before = shape(prev, false);
  const next = new Source(text, language, prev.lineRecord());
  const fresh = new Source(text, language);
  assert.deepEqual(shape(next, withParagraphs), shape(fresh, withParagraphs));
  if (withParagraphs) assert.deepEqual(shape(fresh, true).paragraphs, referenceParagraphs(fresh.lines));
  // Lines and paragraphs shared with `prev` are never written.
  assert.deepEqual(shape(prev, false), before);
  // The paragraphs are made of the source's own line objects.
  if (withParagraphs) for (const p of next.paragraphs()) for (const l of p) assert.equal(l, next.lines[l.index]);
  return next;
}

const MD_PIECES = ['---', '...', '```', '~~~', '````', '<!--', '-->', '<!-- x -->', '| a | b |', '|---|---|', 'a | b', '> 引文', '# 标题', '## 二、', '**一、总体**', '正文内容。', '', '  ', '\t'];
const BREAKS = ['\n', '\n', '\n', '\r\n', '\r'];

test('Markdown scopes, headings and paragraphs built on the previous lines equal a fresh Source, line edit after line edit', () => {
  const rnd = prng(23);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  for (const language of ['markdown', 'plaintext'] as const) {
    for (let round = 0; round < 6; round++) {
      const lines = Array.from({ length: 60 }, () => pick(MD_PIECES));
      if (round % 2 === 0) lines[0] = '---';
      const join = (ls: string[]) => ls.map((l, i) => l + (i < ls.length - 1 ? pick(BREAKS) : '')).join('');
      let text = join(lines);
      let prev = new Source(text, language);
      prev.paragraphs();
      for (let i = 0; i < 200; i++) {
        // Whole-line edits: replace, insert or delete a line, or a character inside one.
        const at = Math.floor(rnd() * (text.length + 1));
        const r = rnd();
        const piece = r < 0.6 ? pick(MD_PIECES) + pick(BREAKS) : r < 0.8 ? pick(BREAKS) : pick(['x', '|', '#', '-', '`', '\ufeff']);
        const del = rnd() < 0.3 ? Math.floor(rnd() * 12) : 0;
        text = text.slice(0, at) + piece + text.slice(at + del);
        // Paragraphs asked for in some versions only: the next version reuses them only when they were built.
        prev = checkNext(prev, text, language, rnd() < 0.7);
      }
    }
  }
});

test('reused lines follow a scope change above or below them', () => {
  const body = Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? '' : `第${i}行正文。`));
  const cases: Array<[string, string]> = [
    // a fence opened above unchanged lines, then closed again
    [['前言', ...body].join('\n'), ['```', '前言', ...body].join('\n')],
    [['```', '代码', ...body].join('\n'), ['```', '代码', '```', ...body].join('\n')],
    // front matter closed far below line 0, then the closer removed
    [['---', 'title: x', ...body].join('\n'), ['---', 'title: x', ...body, '---'].join('\n')],
    [['---', 'title: x', ...body, '---', '正文'].join('\n'), ['---', 'title: x', ...body, '-', '正文'].join('\n')],
    // a comment opened and closed
    [[...body.slice(0, 10), '<!--', ...body.slice(10)].join('\n'), [...body.slice(0, 10), '<!-- -->', ...body.slice(10)].join('\n')],
    // a delimiter row added right below a row with bars: the row above becomes a table row
    [[...body.slice(0, 10), 'a | b', '正文'].join('\n'), [...body.slice(0, 10), 'a | b', '--|--', '正文'].join('\n')],
    [[...body.slice(0, 10), 'a | b', '--|--', 'c | d', '正文'].join('\n'), [...body.slice(0, 10), 'a | b', '--|--x', 'c | d', '正文'].join('\n')],
    // the delimiter row loses its bar: the rows after it stop being table rows
    [[...body.slice(0, 10), 'a | b', '--|--', 'c | d', 'e | f', '正文'].join('\n'), [...body.slice(0, 10), 'a | b', '-----', 'c | d', 'e | f', '正文'].join('\n')],
    // a lone CR that becomes CRLF, CRLF that becomes a lone CR
    [[...body.slice(0, 10)].join('\r') + '\r正文', [...body.slice(0, 10)].join('\r') + '\r\n正文'],
    [[...body.slice(0, 10)].join('\r\n'), [...body.slice(0, 10)].join('\r\n').replace(/\n([^\n]*)$/, '$1')],
    // a BOM added and removed; edits at offset 0 and at the end
    [body.join('\n'), '\ufeff' + body.join('\n')],
    ['\ufeff' + body.join('\n'), body.join('\n')],
    [body.join('\n'), '# ' + body.join('\n')],
    [body.join('\n'), body.join('\n') + '尾'],
    [body.join('\n'), body.join('\n') + '\n'],
    [body.join('\n') + '\n', body.join('\n') + '\n\n'],
    [body.join('\n'), body.join('\n').slice(0, -3)],
    [body.join('\n'), ''],
    ['', body.join('\n')],
    // the same text again
    [body.join('\n'), body.join('\n')],
  ];
  for (const language of ['markdown', 'plaintext'] as const) {
    for (const [a, b] of cases) {
      const first = new Source(a, language);
      first.paragraphs();
      const second = checkNext(first, b, language);
      // and back (undo), then a third text built on the undone one
      const third = checkNext(second, a, language);
      checkNext(third, b + '\n补充', language);
    }
  }
});

test('a language switch reuses no line object of the other language', () => {
  const text = ['# 一、总体要求', '', '| a | b |', '|---|---|', '```', '代码', '```', '正文。'].join('\n');
  const md = new Source(text, 'markdown');
  md.paragraphs();
  const plain = checkNext(md, text + '\n', 'plaintext');
  assert.ok(plain.lines.every((l, i) => l !== md.lines[i]));
  checkNext(plain, text + '\n\n', 'markdown');
});

test('undo to an older text built on a record two versions back', () => {
  const a = ['```', '代码', '```', '正文一', '', '正文二'].join('\n');
  const b = ['正文零', '```', '代码', '```', '正文一', '', '正文二'].join('\n');
  const v1 = new Source(a, 'markdown');
  v1.paragraphs();
  const v2 = checkNext(v1, b, 'markdown');
  checkNext(v1, b + '\n末', 'markdown');
  checkNext(v2, a, 'markdown');
});

test('unchanged leading lines are the previous version\'s objects, and so are their paragraphs', () => {
  const lines = Array.from({ length: 50 }, (_, i) => (i % 4 === 3 ? '' : `第${i}行。`));
  const a = lines.join('\n');
  const v1 = new Source(a, 'markdown');
  const p1 = v1.paragraphs();
  const at = a.indexOf('第30行');
  const v2 = checkNext(v1, a.slice(0, at) + '新' + a.slice(at), 'markdown');
  for (let i = 0; i < 30; i++) assert.equal(v2.lines[i], v1.lines[i]);
  assert.notEqual(v2.lines[30], v1.lines[30]);
  const p2 = v2.paragraphs();
  // paragraphs of lines 0-2, 4-6, …, 24-26 are kept; the one of 28-30 is rebuilt
  assert.equal(p2.filter((p, k) => p === p1[k]).length, 7);
}
);

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

test('commonWith gives the common prefix and suffix with the previous text and with any other', () => {
  const a = '甲乙丙\n丁戊己\n'.repeat(30);
  const b = a.slice(0, 50) + '新' + a.slice(52);
  const prev = new Source(a, 'plaintext');
  const next = new Source(b, 'plaintext', prev.lineRecord());
  for (const other of [a, b, '', a + '尾', '首' + a, b.slice(0, 100)]) {
    const pre = commonPrefixLength(other, b);
    const got = next.commonWith(other);
    assert.equal(got.pre, pre);
    assert.equal(got.suf, commonSuffixLength(other, b, pre));
  }
  // the edit replaced two characters at offset 50 by one
  assert.equal(next.commonWith(a).pre, 50);
  assert.equal(next.commonWith(a).suf, a.length - 52);
});
