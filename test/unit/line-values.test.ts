/**
 * `lineValues` (line-values.ts) keeps one array per memo table and updates it in place from one version
 * to the next. These cases check, after every version, that the array holds exactly what computing every
 * wanted line afresh gives (undefined for the others), and that only changed lines are computed: lines
 * inserted, deleted, split and joined, a change of line count at the top and at the end, a line that stops
 * or starts being wanted while its text stays the same, CRLF, undo to an older text, and a version asked twice.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SourceMemo } from '../../server/src/core/memo';
import { Source, type LineRecord } from '../../server/src/core/source';
import { lineValues } from '../../server/src/core/line-values';
import type { Line } from '../../server/src/core/types';
import { prng } from '../helpers/prng';

interface Run {
  memo: SourceMemo;
  record: LineRecord | undefined;
  /** How many times `compute` ran in the last version. */
  computed: number;
}

/** Wanted: a text line that does not start with `#` (so the wanted set changes with the text around a line in Markdown scopes). */
const wanted = (line: Line) => line.scope === 'text';

/** One version of the document through the session-like `run`; checks the values against a fresh computation. */
function version(run: Run, text: string, language: 'markdown' | 'plaintext' = 'markdown'): Array<string | undefined> {
  const source = new Source(text, language, run.record);
  run.record = source.lineRecord();
  run.memo.rotate();
  source.memo = run.memo;
  run.computed = 0;
  const values = lineValues(source, 'test.upper', wanted, (t) => {
    run.computed++;
    return `<${t.toUpperCase()}>`;
  });
  const fresh = new Source(text, language);
  const expected = fresh.lines.map((l) => (wanted(l) ? `<${fresh.lineText(l).toUpperCase()}>` : undefined));
  assert.equal(values.length, expected.length, `length for ${JSON.stringify(text)}`);
  for (let i = 0; i < expected.length; i++) assert.equal(values[i], expected[i], `line ${i} of ${JSON.stringify(text)}`);
  return values;
}

const newRun = (): Run => ({ memo: new SourceMemo(), record: undefined, computed: 0 });

test('lineValues: an edit inside one line computes that line only; the array is updated in place', () => {
  const run = newRun();
  const first = version(run, 'a\nb\nc\nd\ne');
  assert.equal(run.computed, 5);
  const second = version(run, 'a\nb\nxc\nd\ne');
  assert.equal(run.computed, 1);
  assert.equal(second, first, 'the same array, updated in place');
  version(run, 'a\nb\nxc\nd\ne');
  assert.equal(run.computed, 0, 'the same text again computes nothing');
  // The same source asked twice (as a rule does once per run it checks): the same values, nothing computed.
  const source = new Source('a\nb\nyc\nd\ne', 'markdown', run.record);
  run.memo.rotate();
  source.memo = run.memo;
  const compute = (t: string) => `<${t.toUpperCase()}>`;
  const once = [...lineValues(source, 'test.upper', wanted, compute)];
  const twice = lineValues(source, 'test.upper', wanted, () => assert.fail('computed again'));
  assert.deepEqual([...twice], once);
  assert.equal(once[2], '<YC>');
});

test('lineValues: lines inserted, deleted, split and joined at the top, the middle and the end', () => {
  const run = newRun();
  version(run, 'one\ntwo\nthree\nfour\nfive');
  version(run, 'zero\none\ntwo\nthree\nfour\nfive'); // a line inserted at the top
  assert.equal(run.computed, 1);
  version(run, 'one\ntwo\nthree\nfour\nfive'); // and removed
  assert.equal(run.computed, 0, 'the removed line was the only change; the others keep their values');
  version(run, 'one\ntwo\nthree\nfour\nfive\nsix\nseven'); // lines added at the end
  assert.equal(run.computed, 2);
  version(run, 'one\ntw\no\nthree\nfour\nfive\nsix\nseven'); // a line split
  version(run, 'one\ntwothree\nfour\nfive\nsix\nseven'); // lines joined
  version(run, 'one\nseven'); // most lines deleted
  version(run, ''); // everything deleted
  version(run, 'one\ntwo'); // and typed again
});

test('lineValues: a line whose text stays the same but stops or starts being wanted', () => {
  const run = newRun();
  version(run, 'a\nb\nc\nd');
  // A fence opened above makes the lines below code: not wanted any more, with their texts unchanged.
  version(run, '```\na\nb\nc\nd');
  version(run, 'a\nb\nc\nd'); // and closed again: wanted again
  version(run, 'a\n```\nb\nc\n```\nd');
  version(run, 'a\nb\nc\nd');
});

test('lineValues: CRLF, lone CR, and undo back to an older text', () => {
  const run = newRun();
  const texts = ['x\r\ny\r\nz', 'x\r\ny1\r\nz', 'x\ry1\rz', 'x\r\ny\r\nz', 'x\r\n\r\ny\r\nz', 'x\r\ny\r\nz'];
  for (const t of texts) version(run, t);
  version(run, texts[1], 'plaintext');
  version(run, texts[0], 'plaintext');
});

test('lineValues: random edits of lines (insert, delete, split, join, retype), compared with a fresh computation', () => {
  const rand = prng(9704);
  const words = ['一、总体要求', '（一）加强领导', '```', '正文内容。', '', '> 引用', '| a | b |', '1.工作安排', 'XX', '附件：1.名单'];
  for (let round = 0; round < 20; round++) {
    const run = newRun();
    let lines = Array.from({ length: 5 + Math.floor(rand() * 20) }, () => words[Math.floor(rand() * words.length)]);
    const history: string[] = [];
    for (let step = 0; step < 40; step++) {
      const r = rand();
      const at = Math.floor(rand() * (lines.length + 1));
      if (r < 0.25) lines.splice(at, 0, words[Math.floor(rand() * words.length)]);
      else if (r < 0.45 && lines.length > 0) lines.splice(Math.min(at, lines.length - 1), 1 + Math.floor(rand() * 3));
      else if (r < 0.6 && at < lines.length) lines.splice(at, 1, lines[at].slice(0, 2), lines[at].slice(2));
      else if (r < 0.7 && at + 1 < lines.length) lines.splice(at, 2, lines[at] + lines[at + 1]);
      else if (r < 0.9 && at < lines.length) lines[at] = words[Math.floor(rand() * words.length)] + lines[at];
      else if (history.length > 2) lines = history[Math.floor(rand() * history.length)].split('\n'); // undo to an older text
      const text = lines.join(rand() < 0.2 ? '\r\n' : '\n');
      history.push(lines.join('\n'));
      version(run, text, rand() < 0.8 ? 'markdown' : 'plaintext');
    }
  }
});
