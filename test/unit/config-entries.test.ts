/**
 * Bad configuration entries that used to be accepted without a word (README: one message per bad entry):
 * each is now named once with file, key and reason, and left out.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatProblem, globProblem, loadRcText, resolveDocument, validateConfig } from '../../server/src/config';
import { trailingCommas } from '../../server/src/config/rcfile';
import { main } from '../../server/src/cli';
import { tempFolder } from '../helpers/temp-folder';

const keys = (raw: unknown) => validateConfig(raw, 'f').problems.map((p) => `${p.key}: ${p.reason.en}`);

describe('configuration entries refused with a message', () => {
  it('a languages list emptied by its bad items falls back to the default (it would turn every check off)', () => {
    const { config, problems } = validateConfig({ languages: [''] }, 'f');
    assert.deepEqual(problems.map((p) => p.key), ['languages.0']);
    assert.equal(config.languages, undefined);
    assert.deepEqual(validateConfig({ languages: ['', 'plaintext'] }, 'f').config.languages, ['plaintext']);
  });

  it('wording entries must map non-empty words to words; the good entries stay', () => {
    const { config, problems } = validateConfig({ ruleOptions: { wording: { entries: { a: 5, '': 'x', 截止目前: '截至目前' } } } }, 'f');
    assert.deepEqual(config.ruleOptions, { wording: { entries: { 截止目前: '截至目前' } } });
    assert.deepEqual(problems.map((p) => p.reason.en), ['the key must not be empty', 'expected a string, got 5']);
  });

  it('a wrong value is named in the message, shortened when long', () => {
    const { problems } = validateConfig({ rules: { placeholder: 'eror' }, languages: 'word', allow: ['x'.repeat(100)], speakingRate: '200' }, 'f');
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p.reason]));
    assert.equal(byKey['rules.placeholder'].en, 'expected one of off|hint|info|warning|error, got "eror"');
    assert.equal(byKey['rules.placeholder'].zh, '应为 off|hint|info|warning|error 之一，实为 "eror"');
    assert.equal(byKey.languages.en, 'expected an array, got "word"');
    assert.equal(byKey.speakingRate.en, 'expected a number, got "200"');
    assert.equal(validateConfig({ rules: { placeholder: 'x'.repeat(100) } }, 'f').problems[0].reason.en, `expected one of off|hint|info|warning|error, got "${'x'.repeat(38)}…`);
  });

  it('globs that are malformed, absolute or climb out with ..; in ignore and in overrides', () => {
    assert.deepEqual(keys({ ignore: ['[', '/abs/**', '../x/*', 'C:\\\\x', '归档/**'], overrides: [{ files: ['a/../../b', '*.txt'], rules: {} }] }).map((k) => k.split(':')[0]), [
      'ignore.0',
      'ignore.1',
      'ignore.2',
      'ignore.3',
      'overrides.0.files.0',
    ]);
    assert.match(globProblem('[')!.en, /not valid/);
    assert.equal(globProblem('**/*.bak.md'), undefined);
    assert.equal(globProblem('..foo/*'), undefined, 'a name starting with dots is not ..');
    // a Windows folder separator matched nothing in silence: it is named, with the "/" form
    for (const g of ['归档\\**', '归档\\2023\\*.md', 'docs\\*.md']) assert.match(globProblem(g)!.en, /contains a backslash: folders in a glob are separated by "\/"/, g);
    assert.match(globProblem('归档\\**')!.zh, /含反斜杠/);
    assert.equal(globProblem('a\\[1\\].md'), undefined, 'an escaped bracket is an escape');
  });

  it('an rc file of null, or not UTF-8, is one problem for the whole file, without "the rest applies"', () => {
    for (const [text, re] of [
      ['null', /expected an object/],
      ['[1, 2]', /expected an object/],
      ['{"allow": ["\ufffd\ufffd"]}', /not UTF-8/],
      ['{ bad \ufffd', /not UTF-8/],
      // saved as UTF-16 ("Unicode" in Notepad), read as UTF-8: named UTF-16, not "GBK?"
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"ignore": ["归档/**"]}', 'utf16le')]).toString('utf8'), /is UTF-16 text; ignored: save it as UTF-8/],
      [Buffer.from('{"ignore": []}', 'utf16le').toString('utf8'), /is UTF-16 text/],
    ] as Array<[string, RegExp]>) {
      const { config, problems } = loadRcText(text, '/ws/.gongwenrc.json');
      assert.deepEqual(config, {});
      assert.equal(problems.length, 1, text);
      assert.match(problems[0].reason.en, re);
      assert.doesNotMatch(formatProblem(problems[0], false), /rest applies/);
    }
  });

  it('broken JSON is one message (the first error, counting the rest), not three', () => {
    const { problems } = loadRcText('{ bad json', '/ws/.gongwenrc.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0].reason.en, /^line 1, column 3: JSON syntax error: .+ \(and \d+ more after it\); what could be read applies$/);
    assert.doesNotMatch(formatProblem(problems[0], false), /this entry is ignored/);
  });

  it('a JSON syntax error says line and column apart and what is wrong in plain words, never the parser\'s code name', () => {
    // A trailing comma on the last line and no closing brace: the parser stops at the start of line 2.
    const { problems } = loadRcText('{ "allow": ["XX"], "foo": 1, \n', '/ws/.gongwenrc.json');
    assert.equal(formatProblem(problems[0], true), '/ws/.gongwenrc.json：第 2 行第 1 列：JSON 语法错误：应为属性名（用双引号括起）（其后另有 2 处）；能读出的设置照常生效');
    assert.equal(formatProblem(problems[0], false), '/ws/.gongwenrc.json: line 2, column 1: JSON syntax error: expected a property name in double quotes (and 2 more after it); what could be read applies');
    for (const [text, zh, en] of [
      ['{"a" 1}', /^第 1 行第 6 列：JSON 语法错误：属性名后应为冒号/, /^line 1, column 6: JSON syntax error: expected a colon/],
      ['{"allow": ["a" "b"]}', /^第 1 行第 16 列：JSON 语法错误：两项之间应有逗号/, /expected a comma/],
      ["{'allow': []}", /英文双引号/, /straight double quotes/],
      ['{"allow": ["x', /字符串没有以双引号结束/, /a string without its closing double quote/],
      ['{"allow": [}', /应为一个值/, /expected a value/],
      ['{"allow": ["\\q"]}', /反斜杠转义不对/, /a malformed backslash escape/],
    ] as Array<[string, RegExp, RegExp]>) {
      const p = loadRcText(text, 'f').problems[0];
      assert.match(p.reason.zh, zh, text);
      assert.match(p.reason.en, en, text);
      assert.doesNotMatch(p.reason.zh + p.reason.en, /Expected|Invalid|Unexpected/, text);
    }
  });

  it('a trailing comma is a JSON syntax problem at the comma (file, line, column, what to do); the values still apply; the server reads the same', () => {
    const text = '{\n  // 允许的词\n  "allow": ["XX", ],\n  "rules": { "placeholder": "off", /* 关 */ },\n}\n';
    assert.deepEqual(trailingCommas(text), [text.indexOf('", ]') + 1, text.indexOf(', /*'), text.lastIndexOf(',')]);
    const { config, problems } = loadRcText(text, '/ws/.gongwenrc.json');
    assert.equal(problems.length, 1);
    assert.equal(formatProblem(problems[0], false), '/ws/.gongwenrc.json: line 3, column 17: JSON syntax error: a comma after the last entry (JSON allows none there): delete it (and 2 more after it); what could be read applies');
    assert.equal(formatProblem(problems[0], true), '/ws/.gongwenrc.json：第 3 行第 17 列：JSON 语法错误：最后一项后面多了逗号（JSON 不允许），请删去（其后另有 2 处）；能读出的设置照常生效');
    assert.deepEqual(config.allow, ['XX']);
    assert.equal(config.rules?.placeholder, 'off');
    // the language server resolves a document's settings through the same reading: the same problem
    const server = resolveDocument({}, [{ path: '/ws/.gongwenrc.json', text }], '/ws/a.md', '/ws');
    assert.deepEqual(server.problems, problems);
    assert.equal(server.settings.rules.placeholder, 'off');
    // commas that are not trailing, commas in strings and comments, and a file without its closing brace are not trailing commas
    assert.deepEqual(trailingCommas('{"allow": ["a,]", "b"], "x": 1 // ,}\n}'), []);
    assert.deepEqual(trailingCommas('{ "allow": ["XX"], "foo": 1, \n'), []);
    assert.deepEqual(loadRcText('{"allow": ["a", "b"]}', 'f').problems, []);
  });

  it('problems come in the order of the file', () => {
    const { problems } = validateConfig({ allow: ['', 'a', '', 'b', '', '', '', '', '', '', ''], rules: { x: 'off' }, placeholderPatterns: ['(', 'a*a*b'] }, 'f');
    assert.deepEqual(problems.map((p) => p.key), ['allow.0', 'allow.2', 'allow.4', 'allow.5', 'allow.6', 'allow.7', 'allow.8', 'allow.9', 'allow.10', 'rules.x', 'placeholderPatterns.0', 'placeholderPatterns.1']);
  });
});

describe('the command line says what it did not read or check', () => {
  async function cli(args: string[], cwd: string) {
    let out = '';
    let err = '';
    const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env: { LANG: 'en_US.UTF-8' }, cwd });
    return { code, out, err };
  }

  it('an rc "file" that is a folder, and a GBK-encoded rc file', async () => {
    const tmp = tempFolder('gongwen-rc-odd-');
    fs.mkdirSync(path.join(tmp.dir(), 'd', '.gongwenrc.json'), { recursive: true });
    const a = tmp.write('d/a.md', '正文。\n');
    assert.match((await cli(['check', a], tmp.dir())).err, /d\/\.gongwenrc\.json: cannot be read: is a folder, not a file/);
    tmp.write('g/.gongwenrc.json', Buffer.concat([Buffer.from('{"allow": ["'), Buffer.from([0xb9, 0xab, 0xce, 0xc4]), Buffer.from('"]}')]));
    const g = tmp.write('g/a.md', '正文。\n');
    const r = await cli(['check', g], tmp.dir());
    assert.equal(r.err.match(/is not UTF-8 text/g)?.length, 1, r.err);
  });

  it('a trailing comma in a --config file fails the run like any syntax problem (exit 2, file, line, column); in a found rc file it is told', async () => {
    const tmp = tempFolder('gongwen-rc-comma-');
    const rc = tmp.write('c.json', '{\n  "allow": ["XX",]\n}\n');
    const a = tmp.write('a.md', '正文。\n');
    const r = await cli(['check', '--config', rc, a], tmp.dir());
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /c\.json: line 2, column 17: JSON syntax error: a comma after the last entry \(JSON allows none there\): delete it; what could be read applies/);
    tmp.write('d/.gongwenrc.json', '{"rules": {"placeholder": "off",}}');
    const found = await cli(['check', tmp.write('d/a.md', '会议由XX主持。\n')], tmp.dir());
    assert.equal(found.code, 0, found.err);
    assert.match(found.err, /\.gongwenrc\.json: line 1, column 32: JSON syntax error: a comma after the last entry/);
    assert.match(found.err, /0 finding/, 'the rule is still off');
  });

  it('a file named on the command line that the configuration ignores is named, and counted in the summary', async () => {
    const tmp = tempFolder('gongwen-ignored-');
    tmp.write('.gongwenrc.json', '{"ignore": ["归档/**"]}');
    const old = tmp.write('归档/old.md', '会议由XX主持。\n');
    const r = await cli(['check', old], tmp.dir());
    assert.equal(r.code, 0);
    assert.match(r.err, /old\.md: .*not checked: matched by an "ignore" glob/);
    assert.match(r.err, /0 file\(s\) checked.*; 1 skipped by the configuration/);
    // languages without markdown (an editor may check other language ids as plain text): the CLI says it skipped the file
    tmp.write('c/.gongwenrc.json', '{"languages": ["cobol"]}');
    const c = await cli(['check', tmp.write('c/a.md', '正文。\n')], tmp.dir());
    assert.match(c.err, /a\.md: .*not checked: "languages" of the configuration does not include markdown/);
    // in a folder walk, no line per file, only the count
    const walk = await cli(['check', tmp.dir()], tmp.dir());
    assert.doesNotMatch(walk.err, /not checked/);
    assert.match(walk.err, /2 skipped by the configuration/);
  });
});
