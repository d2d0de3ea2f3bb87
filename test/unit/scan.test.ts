/**
 * Windowed regex scans (core/text/scan.ts): `forEachMatchIn` must report exactly the matches that
 * `re.exec` over the whole text reports starting in the window, for the rules' kinds of pattern
 * (lookbehind before the window, lookahead after it, `\s?` across a line break, runs, empty matches),
 * on windows cut anywhere, with long lines, CRLF and lone CR.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { forEachMatchIn } from '../../server/src/core/text/scan';
import { prng } from '../helpers/prng';

/** Every match of `re` in `text` starting in [from, to), by exec over the whole text. */
function reference(re: RegExp, text: string, from: number, to: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    out.push([m.index, m[0]]);
  }
  return out;
}

function scanned(re: RegExp, text: string, from: number, to: number): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  forEachMatchIn(re, text, from, to, (m) => out.push([m.index, m[0]]));
  return out;
}

const PATTERNS = [
  /(?<![\d.\-/A-Za-z])(\d{4})(年?)\s?([-~–－〜])\s?(\d{4})年/g,
  /([[【（(〔［﹝〖])(\d{4}|\d{2})([\]】）)〕］﹞〗])\s?(第?)(0*)(\d{1,5})号/g,
  /、(以及|和(?![谐平睦美解气善顺蔼衷声])|或(?!许)|及(?![时時早格第]))/g,
  /\.{3,}|。{3,}|·{3,}|．{3,}|…+/g,
  /(?:…+|\.{3,}|。{3,}|·{3,})(等等|等)/g,
  /(?<![。，、；：])[。，、；：]{2}(?![。，、；：])/g,
  /[“”‘’《》（）【】〔〕]/g,
  /x*/g,
];

const PIECES = ['2020', '-', '2024年', '\n', '\r\n', '\r', ' ', '〔2024〕', '\n1号', '0', '、和谐', '、和', '...', '……', '等', '。。', '“', '）', '的', '工作', 'x', '国发'];

function randomText(rnd: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += PIECES[Math.floor(rnd() * PIECES.length)];
  return s;
}

test('a windowed scan gives exactly the matches of a whole-text scan that start in the window', () => {
  const rnd = prng(7);
  let windows = 0;
  for (let round = 0; round < 60; round++) {
    // Long texts, so that the searched prefix is shorter than the text in most windows.
    const text = randomText(rnd, 400 + Math.floor(rnd() * 3000));
    for (let w = 0; w < 20; w++) {
      const from = Math.floor(rnd() * text.length);
      const to = Math.min(text.length, from + Math.floor(rnd() * 200));
      for (const re of PATTERNS) assert.deepEqual(scanned(re, text, from, to), reference(re, text, from, to), `${re} in [${from}, ${to}) of round ${round}`);
      windows++;
    }
  }
  assert.equal(windows, 1200);
});

test('a match that crosses the window end, a line break or a long line is found whole', () => {
  const filler = '的'.repeat(5000);
  // The match starts in the window and its two `\s?` cross two line breaks.
  const text = `${filler}\n2020\n-\n2024年${filler}\n${filler}`;
  const from = filler.length - 5;
  const to = filler.length + 2;
  const range = PATTERNS[0];
  assert.deepEqual(scanned(range, text, from, to), [[filler.length + 1, '2020\n-\n2024年']]);
  // A run of dots longer than the margin, on the window's own line: one match, whole.
  const dots = '.'.repeat(6000);
  const long = `${filler}\n甲${dots}等\n${filler}`;
  const at = filler.length + 2;
  assert.deepEqual(scanned(PATTERNS[4], long, filler.length + 1, at + 1), [[at, `${dots}等`]]);
  assert.deepEqual(scanned(PATTERNS[3], long, filler.length + 1, at + 1), [[at, dots]]);
});

test('the callback may move lastIndex on, as in an exec loop over the whole text', () => {
  const text = '、和、和、和\n'.repeat(2000);
  const re = PATTERNS[2];
  const seen: number[] = [];
  forEachMatchIn(re, text, 0, 12, (m) => {
    seen.push(m.index);
    re.lastIndex = m.index + 4; // skip the next one
  });
  // matches at 0, 2, 4 (line 1), 7, 9, 11 (line 2): skipping from 0 to 4, then from 4 to 8 lands on 9
  assert.deepEqual(seen, [0, 4, 9]);
});
