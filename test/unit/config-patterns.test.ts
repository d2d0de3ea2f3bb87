/**
 * Configured patterns can never hang a check (README: every check runs in time linear in the input):
 * shapes that backtrack polynomially are refused at configuration time, and what is accepted runs on
 * pieces of at most CONFIGURED_MAX_TEXT code units. The time limits are hang guards, not speed targets.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadRcText, lintOptionsOf, patternProblem, resolveDocument } from '../../server/src/config';
import * as fs from 'node:fs';
import { fixAll, lint } from '../../server/src/core';
import { main } from '../../server/src/cli';
import { tempFolder } from '../helpers/temp-folder';
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

describe('configured patterns never take the document itself', () => {
  it('refuses a pattern that matches most ordinary lines of a 公文, for residue and placeholders alike', () => {
    for (const p of ['^.', '\\p{L}', '[\\u4e00-\\u9fff]', '\\S', '[^a-z]']) assert.match(patternProblem(p)?.en ?? 'accepted', /ordinary lines/, p);
    const { config, problems } = loadRcText('{"residuePatterns":["^."],"placeholderPatterns":["\\\\p{L}"]}', '/ws/.gongwenrc.json');
    assert.deepEqual([config.residuePatterns, config.placeholderPatterns], [[], []]);
    assert.deepEqual(problems.map((p) => p.key), ['residuePatterns.0', 'placeholderPatterns.0'], 'in the order of the file');
    for (const p of ['^本文来源[:：]', '来源', '。$', '某某']) assert.equal(patternProblem(p), undefined, p);
  });

  it('offers, never applies, deletions when configured residue patterns take most of the document', () => {
    const text = ['关于做好防汛工作的通知', '', '各村（社区）：', '', '请于本月底前报送材料。', '', '县应急管理局', ''].join('\n');
    const r = lint(text, { language: 'markdown', extraPatterns: { placeholder: [], residue: [/^./gu] } });
    const res = r.findings.filter((f) => f.rule === 'web-residue');
    assert.ok(res.length >= 3);
    assert.ok(res.every((f) => f.fix?.kind === 'suggestion'), 'all offered');
    assert.equal(fixAll(text, { language: 'markdown', extraPatterns: { placeholder: [], residue: [/^./gu] } }).text, text);
    // one configured line among several stays a safe fix
    const one = `${text}来源：某网站\n`;
    const r1 = lint(one, { language: 'markdown', extraPatterns: { placeholder: [], residue: [/^来源：/gu] } });
    assert.deepEqual(r1.findings.filter((f) => f.rule === 'web-residue').map((f) => f.fix?.kind), ['safe']);
  });

  it('--fix keeps the document when the rc file has residuePatterns ["^."] (refused, one message)', async () => {
    const tmp = tempFolder('gongwen-residue-all-');
    tmp.write('.gongwenrc.json', '{"residuePatterns":["^."]}');
    const body = '关于做好防汛工作的通知\n\n各村（社区）：\n\n请于本月底前报送材料。\n';
    const file = tmp.write('a.md', body);
    let err = '';
    const code = await main(['check', '--fix', '--lang', 'en', file], { stdout: () => {}, stderr: (s) => (err += s), env: {} });
    assert.equal(fs.readFileSync(file, 'utf8'), body);
    assert.equal(code, 0);
    assert.equal(err.match(/residuePatterns\.0: pattern "\^\.": it matches most ordinary lines/g)?.length, 1, err);
  });
});
