import { describe, it } from 'node:test';
import { tempFolder } from '../helpers/temp-folder';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main, padColumns } from '../../server/src/cli';
import { RULES } from '../../server/src/core/rules/index';
import { pick } from '../../server/src/core/messages';
import type { Rule } from '../../server/src/core/types';

async function cli(args: string[], env: Record<string, string> = { LANG: 'zh_CN.UTF-8' }) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env });
  return { code, out, err };
}

const DRAFT = ['关于做好XX镇防汛工作的通知', '', '各村（社区）：', '', '请XX镇各单位于本月底前报送材料。', '', '微信扫码领取福利', ''].join('\n');

describe('gongwen check', () => {
  const tmp = tempFolder('gongwen-cli-');
  const write = tmp.write;

  it('prints path:line:col severity message [rule] with 1-based positions and exits 0 without errors', async () => {
    const p = write('a.txt', DRAFT);
    const r = await cli(['check', p]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:5 warning .*\\[placeholder\\]$`, 'm'));
    assert.match(r.out, /:7:1 warning .*\[web-residue\]$/m);
    assert.match(r.err, /检查了 1 个文件/);
  });

  it('exits 1 when a rule is raised to error, and --rule can turn a rule off', async () => {
    const p = write('b.txt', DRAFT);
    assert.equal((await cli(['check', '--rule', 'placeholder=error', p])).code, 1);
    const off = await cli(['check', '--rule=placeholder=off', p]);
    assert.equal(off.code, 0);
    assert.doesNotMatch(off.out, /\[placeholder\]/);
  });

  it('emits the documented JSON shape with 0-based UTF-16 positions', async () => {
    const p = write('c.md', '𠮷XX同志：\n');
    const r = await cli(['check', '--format', 'json', '--lang', 'en', p]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.files.length, 1);
    assert.equal(json.files[0].path, p);
    const d = json.files[0].diagnostics.find((x: { rule: string }) => x.rule === 'placeholder');
    assert.ok(d, 'placeholder finding');
    assert.deepEqual(d.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 4 } });
    assert.deepEqual(Object.keys(d).sort(), ['basis', 'message', 'range', 'rule', 'severity']);
    assert.match(d.message, /[A-Za-z]/);
  });

  it('--fix deletes residue, keeps CRLF and the BOM, and leaves the rest byte for byte', async () => {
    const crlf = '\ufeff' + DRAFT.replace(/\n/g, '\r\n');
    const p = write('d.txt', crlf);
    const r = await cli(['check', '--fix', p]);
    assert.equal(r.code, 0, r.err);
    const after = fs.readFileSync(p, 'utf8');
    assert.ok(after.startsWith('\ufeff'), 'BOM kept');
    assert.ok(!after.includes('微信扫码'), 'residue removed');
    assert.equal(after.replace(/\r\n/g, ''), crlf.replace(/\r\n/g, '').replace('微信扫码领取福利', ''));
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF introduced');
    assert.doesNotMatch(r.out, /web-residue/);
  });

  it('--fix leaves a suggestion (a 发文字号\'s two-digit year) alone; --fix-suggestions applies it', async () => {
    const text = '根据市政办发[24]6号和市政办发[2023]7号执行。\n';
    const p = write('suggest.txt', text);
    assert.equal((await cli(['check', '--fix', p])).code, 0);
    // The safe fix (the brackets) applies; the year, a guess of the century, stays as written.
    assert.equal(fs.readFileSync(p, 'utf8'), '根据市政办发[24]6号和市政办发〔2023〕7号执行。\n');
    assert.equal((await cli(['check', '--fix', '--fix-suggestions', p])).code, 0);
    assert.equal(fs.readFileSync(p, 'utf8'), '根据市政办发〔2024〕6号和市政办发〔2023〕7号执行。\n');
  });

  it('reports an unreadable file with exit 2 and still checks the others', async () => {
    const bad = write('e/bad.txt', Buffer.from([0xb9, 0xab, 0xce, 0xc4, 0x58, 0x58])); // GBK bytes
    write('e/good.txt', DRAFT);
    const r = await cli(['check', path.join(tmp.dir(), 'e')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /bad\.txt.*UTF-8/);
    assert.match(r.out, new RegExp(`good\\.txt:1:5 `));
    assert.equal(fs.readFileSync(bad).length, 6, 'unreadable file untouched');
  });

  it('never writes a file it cannot parse with --fix', async () => {
    const bad = write('f.txt', Buffer.from([0xff, 0xfe, 0x00, 0x58]));
    const r = await cli(['check', '--fix', bad]);
    assert.equal(r.code, 2);
    assert.deepEqual([...fs.readFileSync(bad)], [0xff, 0xfe, 0x00, 0x58]);
  });

  it('reports progress over several files, ending at the total', async () => {
    for (const n of ['p/1.md', 'p/2.md', 'p/3.txt']) write(n, DRAFT);
    const calls: Array<[number, number]> = [];
    const code = await main(['check', path.join(tmp.dir(), 'p')], { stdout: () => {}, stderr: () => {}, env: {}, progress: (d, t) => calls.push([d, t]) });
    assert.equal(code, 0);
    assert.deepEqual(calls, [
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('exits 2 on bad usage with a clear message', async () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'x'], ['check', '--rule', 'nope=warning', 'x'], ['check', '--rule', 'placeholder=loud', 'x'], ['frobnicate']]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      // one line naming what is wrong, then where the usage is (not the 25-line usage itself)
      assert.equal(r.err.trimEnd().split('\n').length, 2, r.err);
      assert.match(r.err, /\n用法见 \/ usage: gongwen --help\n$/);
      assert.doesNotMatch(r.err, /选项 Options/);
    }
    assert.match((await cli(['check', '--rule', 'nope=warning', 'x'])).err, /unknown rule "nope" \(gongwen rules lists them\)/);
    const missing = await cli(['check', path.join(tmp.dir(), 'missing.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /missing\.md/);
  });

  it('the built binary runs (dist/cli.js)', () => {
    const bin = path.join(__dirname, '..', '..', 'dist', 'cli.js');
    const p = write('g.txt', DRAFT);
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', p], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout).files[0].diagnostics.length >= 2);
  });

  it('the summary uses the settings\' words (错误/警告/信息/提示) and counts info and hint apart', async () => {
    // `1、` is an info finding (numbering-punctuation/arabic-dunhao); XX is a placeholder, lowered to hint.
    const p = write('s.txt', ['各单位：', '', '1、加强领导。', '2、落实责任。', '', '请XX镇报送。', ''].join('\n'));
    const zh = await cli(['check', '--rule', 'placeholder=hint', p]);
    assert.match(zh.err, /检查了 1 个文件：3 处问题（错误 0，警告 0，信息 2，提示 1）/);
    const en = await cli(['check', '--rule', 'placeholder=hint', '--lang', 'en', p]);
    assert.match(en.err, /1 file\(s\) checked: 3 finding\(s\) \(0 error, 0 warning, 2 info, 1 hint\)/);
  });

  it('one file\'s failure (a stack overflow while fixing) is reported and the other files are still fixed', async () => {
    const overflow = (): number => overflow() + 1;
    const boom: Rule = {
      meta: { id: 'test-boom', name: { zh: '测试', en: 'test' }, basis: '实务', defaultSeverity: 'warning', fixable: true, description: { zh: '测试', en: 'test' }, example: { wrong: '', right: '' } },
      check(ctx) {
        if (!ctx.text.includes('BOOM')) return;
        ctx.report({
          message: { zh: '测试', en: 'test' },
          start: 0,
          end: 1,
          fix: {
            title: { zh: '测试', en: 'test' },
            kind: 'safe',
            get edits(): never {
              return overflow() as never;
            },
          },
        });
      },
    };
    const rules = RULES as Rule[];
    rules.push(boom);
    try {
      const bad = write('iso/a-bad.txt', 'BOOM\n' + DRAFT);
      const good = write('iso/b-good.txt', DRAFT);
      const r = await cli(['check', '--fix', '--lang', 'en', path.join(tmp.dir(), 'iso')]);
      assert.equal(r.code, 2);
      assert.match(r.err, /a-bad\.txt: 内部错误，已跳过 \/ internal error, skipped: Maximum call stack size exceeded/);
      assert.ok(!fs.readFileSync(good, 'utf8').includes('微信扫码'), 'the other file was fixed');
      assert.equal(fs.readFileSync(bad, 'utf8'), 'BOOM\n' + DRAFT, 'the failing file is untouched');
      assert.match(r.err, /2 file\(s\) checked/);
    } finally {
      rules.splice(rules.indexOf(boom), 1);
    }
  });
});

describe('gongwen rules', () => {
  /** Terminal columns, independently of the product: CJK ideographs and full-width forms take 2. */
  const columns = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);

  for (const lang of ['zh', 'en'] as const) {
    it(`aligns the description column by display width (${lang}), wide bases such as 实务 included`, async () => {
      const r = await cli(['rules', '--lang', lang]);
      assert.equal(r.code, 0);
      const lines = r.out.trimEnd().split('\n');
      const descriptions = RULES.flatMap((rule) => [pick(rule.meta.description, lang), ...Object.values(rule.meta.subChecks ?? {}).map((m) => pick(m.description, lang))]);
      assert.equal(lines.length, descriptions.length);
      const starts = lines.map((line, i) => {
        assert.ok(line.endsWith(descriptions[i]), line);
        return columns(line.slice(0, line.length - descriptions[i].length));
      });
      assert.ok(lines.some((l) => l.includes('实务')), 'a wide basis is listed');
      assert.equal(new Set(starts).size, 1, `description columns: ${[...new Set(starts)].join(', ')}`);
    });
  }

  it('padColumns pads by terminal columns', () => {
    assert.equal(padColumns('实务', 6), '实务  ');
    assert.equal(padColumns('GB/T 9704', 6), 'GB/T 9704');
    assert.equal(padColumns('𠮷a', 4), '𠮷a ');
  });
});

describe('the built binary loads a library only on the path that needs it', () => {
  const tmp = tempFolder('gongwen-cli-lazy-');
  const bin = path.join(__dirname, '..', '..', 'dist', 'cli.js');

  /** Run dist/cli.js with a preload that records every module request; returns the output and the requests. */
  function traced(args: string[], cwd: string) {
    const trace = path.join(tmp.dir(), `trace-${Math.random().toString(36).slice(2)}.txt`);
    const hook = tmp.write(
      'trace.cjs',
      [
        "const Module = require('node:module');",
        'const seen = new Set();',
        'const load = Module._load;',
        'Module._load = function (request) { seen.add(request); return load.apply(this, arguments); };',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.GONGWEN_TRACE, [...seen].join('\\n')));",
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', GONGWEN_TRACE: trace } });
    assert.equal(r.error, undefined);
    const loaded = fs.readFileSync(trace, 'utf8').split('\n');
    return { code: r.status, out: r.stdout, err: r.stderr, lazy: loaded.filter((m) => /cli-lib\/|crypto|^\.\/(?:export-cli|server)\.js$|docx/.test(m)).sort() };
  }

  it('a check without rc file, globs, patterns or fixes loads none of dist/cli-lib/, node:crypto, the Word export or the server', () => {
    const p = tmp.write('plain/a.txt', DRAFT);
    const r = traced(['check', '--format', 'json', p], path.dirname(p));
    assert.equal(r.code, 0, r.err);
    assert.ok(JSON.parse(r.out).files[0].diagnostics.length >= 2);
    assert.deepEqual(r.lazy, []);
  });

  it('an rc file with an unknown rule, a backtracking pattern and an ignore glob: validated, reported, applied', () => {
    const dir = path.dirname(tmp.write('rc/.gongwenrc.json', JSON.stringify({ rules: { nope: 'off' }, placeholderPatterns: ['(a+)+'], ignore: ['skip/*.txt'] })));
    tmp.write('rc/skip/b.txt', DRAFT);
    tmp.write('rc/a.txt', DRAFT);
    const r = traced(['check', '.'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /rules\.nope: unknown rule "nope"/);
    assert.match(r.err, /placeholderPatterns\.0: pattern "\(a\+\)\+": it has nested quantifiers/);
    assert.match(r.out, /^a\.txt:1:5 warning/m);
    assert.doesNotMatch(r.out, /b\.txt/);
    assert.deepEqual(r.lazy, ['./cli-lib/ajv.js', './cli-lib/picomatch.js', './cli-lib/safe-regex2.js']);
  });

  it('--fix-dry-run prints the diff (jsdiff), --fix writes through a random temporary name (node:crypto), rules align columns (string-width)', () => {
    const p = tmp.write('fix/a.txt', DRAFT);
    const dry = traced(['check', '--fix-dry-run', 'a.txt'], path.dirname(p));
    assert.match(dry.out, /^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n@@ /m);
    assert.match(dry.out, /^-微信扫码领取福利$/m);
    assert.deepEqual(dry.lazy, ['./cli-lib/diff.js']);
    const fix = traced(['check', '--fix', 'a.txt'], path.dirname(p));
    const fixed = fs.readFileSync(p, 'utf8');
    assert.doesNotMatch(fixed, /微信扫码/, fix.err);
    assert.ok(fixed.startsWith(DRAFT.slice(0, DRAFT.indexOf('材料。') + 3)), fixed);
    assert.deepEqual(fix.lazy, ['node:crypto']);
    const rules = traced(['rules', '--lang', 'en'], tmp.dir());
    assert.match(rules.out, /^numbering-punctuation {16}warning {2}GB\/T 15834 {2}Ordinal punctuation/m);
    assert.deepEqual(rules.lazy, ['./cli-lib/string-width.js']);
  });
});
