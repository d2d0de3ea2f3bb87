/**
 * Configured patterns can never hang a check (README: every check runs in time linear in the input):
 * shapes that backtrack polynomially are refused at configuration time, and what is accepted runs on
 * pieces of at most CONFIGURED_MAX_TEXT code units. The time limits are hang guards, not speed targets.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadRcText, lintOptionsOf, patternProblem, resolveDocument } from '../../server/src/config';
import { lint } from '../../server/src/core';
import { CONFIGURED_MAX_TEXT, configuredPieces } from '../../server/src/core/rules/placeholder';

describe('configured patterns: no backtracking without bound', () => {
  it('refuses backreferences and two long repeats that can share characters', () => {
    for (const p of ['a*a*b', 'a*a*a*a*b', 'a{1,30000}a{1,30000}b', '.*x.*y', '(?:ab)+(?:ab)+c', '\\d+\\D*\\d+']) {
      assert.match(patternProblem(p)?.en ?? 'accepted', /two unbounded or long repeats/, p);
    }
    assert.match(patternProblem('(a*)\\1*b')!.en, /backreference/);
    assert.match(patternProblem('(?<x>甲)\\k<x>')!.zh, /反向引用/);
  });

  it('refuses short repeats that multiply into many ways to match', () => {
    assert.match(patternProblem('a?a?a?a?a?a?a?a?b')!.en, /ways to match/);
    assert.match(patternProblem('(?:a|aa){1,10}a*x')!.en, /ways to match/);
    assert.match(patternProblem('.{0,9}.{0,9}.*x')!.en, /ways to match/);
  });

  it('keeps long repeats that cannot share characters, and ordinary patterns', () => {
    for (const p of ['\\d+年\\d+月', '[a-z]+\\d+', 'a+|b+', '【.*】', '^本文来源[:：].*', '\\d{1,4}年\\d{1,2}月\\d{1,2}日', '第.{1,20}条', '【[^】]{1,10}】']) {
      assert.equal(patternProblem(p)?.en, undefined, p);
    }
  });

  it('says that a star over alternatives repeats without bound (not "more than 10 times")', () => {
    assert.match(patternProblem('(x|x)*y')!.en, /without bound or more than 10 times/);
  });

  it('names the file and key of a refused pattern', () => {
    const { config, problems } = loadRcText('{"placeholderPatterns":["a*a*b","【[^】]{1,10}】"],"residuePatterns":["(a*)\\\\1*b"]}', '/ws/.gongwenrc.json');
    assert.deepEqual(config.placeholderPatterns, ['【[^】]{1,10}】']);
    assert.deepEqual(config.residuePatterns, []);
    assert.deepEqual(problems.map((p) => `${p.file}|${p.key}`), ['/ws/.gongwenrc.json|placeholderPatterns.0', '/ws/.gongwenrc.json|residuePatterns.0']);
  });
});

describe('configured placeholder patterns run on bounded pieces of a line', () => {
  it('cuts a long line after sentence ends into pieces of at most CONFIGURED_MAX_TEXT, covering it', () => {
    const line = '本次会议研究部署工作。'.repeat(200) + '😀'.repeat(300);
    const pieces = configuredPieces(line);
    assert.equal(pieces[0][0], 0);
    assert.equal(pieces.at(-1)![1], line.length);
    for (let k = 0; k < pieces.length; k++) {
      const [s, e] = pieces[k];
      assert.ok(e - s <= CONFIGURED_MAX_TEXT && e > s);
      if (k > 0) assert.equal(s, pieces[k - 1][1]);
      const c = line.charCodeAt(e - 1);
      assert.ok(!(c >= 0xd800 && c <= 0xdbff), 'no cut inside a surrogate pair');
    }
    assert.ok(pieces.slice(0, 3).every(([, e]) => line[e - 1] === '。'), 'cut after a sentence end');
  });

  it('finishes `【.*】` on a line of 20 000 【 and `[^x]*x` on 3000 characters (hang guard)', { timeout: 20_000 }, () => {
    const { settings } = resolveDocument({ placeholderPatterns: ['【.*】', 'a*b'] }, [], '/ws/a.md', '/ws');
    const r = lint('【'.repeat(20_000) + '\n本次会议' + 'a'.repeat(3000) + '!\n', lintOptionsOf(settings, 'markdown'));
    assert.equal(r.findings.filter((f) => f.rule === 'placeholder').length, 0);
  });

  it('finds a match in a piece after the first, and keeps ^ and $ for the line ends', () => {
    const long = '本次会议研究部署工作，'.repeat(80) + '请〈待填〉报送。'; // a line over CONFIGURED_MAX_TEXT
    const text = `${long}\n`;
    const r = lint(text, { language: 'markdown', extraPatterns: { placeholder: [/〈待填〉/gu, /^研究/gu, /工作，$/gu, /^本次/gu], residue: [] } });
    const found = r.findings.filter((f) => f.rule === 'placeholder').map((f) => [f.start, text.slice(f.start, f.end)]);
    assert.deepEqual(found, [
      [0, '本次'],
      [long.indexOf('〈待填〉'), '〈待填〉'],
    ]);
  });
});
