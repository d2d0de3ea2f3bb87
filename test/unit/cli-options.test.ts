/**
 * `gongwen check` options (issue 9 §5): strict parsing with node:util parseArgs, --config and the
 * upward .gongwenrc.json search, --stdin/--stdin-filename, --format sarif (validated against the
 * official SARIF 2.1.0 schema shipped in @microsoft/jest-sarif, offline) and --fix-dry-run's diff.
 */
import { describe, it } from 'node:test';
import { tempFolder } from '../helpers/temp-folder';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import AjvDraft04 from 'ajv-draft-04';
import { applyPatch } from 'diff';
import { main } from '../../server/src/cli';
import { fixAll } from '../../server/src/core';

const DRAFT = ['关于做好XX镇防汛工作的通知', '', '各村（社区）：', '', '请XX镇各单位于本月底前报送材料。', '', '微信扫码领取福利', ''].join('\n');


/** A validator of SARIF 2.1.0 logs: the published schema (draft-04), its formats checked. */
function sarifValidator() {
  const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // the schema's patterns are written for non-Unicode regular expressions
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}
describe('gongwen check options', () => {
  const tmp = tempFolder('gongwen-cli-opts-');
  const write = tmp.write;

  async function cli(args: string[], opts: { stdin?: string | Buffer; cwd?: string; lang?: string } = {}) {
    let out = '';
    let err = '';
    const code = await main(args, {
      stdout: (s) => (out += s),
      stderr: (s) => (err += s),
      env: { LANG: opts.lang ?? 'en_US.UTF-8' },
      cwd: opts.cwd ?? tmp.dir(),
      ...(opts.stdin !== undefined ? { stdin: async () => Buffer.from(opts.stdin as string) } : {}),
    });
    return { code, out, err };
  }

  it('is strict: values on flags, unknown options, missing values and a severity-less --rule are usage errors', async () => {
    const p = write('u.txt', DRAFT);
    const cases: Array<[string[], RegExp]> = [
      [['check', '--fix=no', p], /--fix takes no value/],
      [['check', '--frobnicate', p], /unknown option --frobnicate/],
      [['check', p, '--format'], /--format needs a value/],
      [['check', '--format', 'xml', p], /text, json or sarif/],
      [['check', '--rule', 'placeholder', p], /--rule placeholder: the severity is missing/],
      [['check', '--rule', 'placeholder=', p], /the severity is missing/],
      [['check', '--rule', 'nope=off', p], /unknown rule "nope"/],
      [['check', '--fix', '--fix-dry-run', p], /exclude each other/],
      [['check', '--stdin', p], /--stdin takes no PATH/],
      [['check', '--stdin-filename', 'a.md', p], /needs --stdin/],
      [['check', '--config', path.join(tmp.dir(), 'missing.json'), p], /cannot read the configuration file/],
      [['check', '--fix-suggestions', p], /--fix-suggestions works only with --fix or --fix-dry-run/],
      [['check', '--fix-dry-run', '--format', 'json', p], /--fix-dry-run prints a unified diff and cannot be combined with --format json/],
      [['check', '--format', 'sarif', '--fix-dry-run', p], /cannot be combined with --format sarif/],
      [['check', '--stdin', '--fix', '--format', 'json'], /--stdin --fix prints the fixed text and cannot be combined with --format json/],
      [['check', '--format=sarif', '--fix', '--stdin'], /cannot be combined with --format sarif/],
      [['check', '-'], /to check standard input use --stdin/],
      [['check', '--fix', p, '-'], /to check standard input use --stdin/],
      [['check', '--stdin', '--stdin-filename', ''], /--stdin-filename must not be empty/],
    ];
    for (const [args, re] of cases) {
      // Standard input given (empty): a case that reached the check would not wait on the test's own stdin.
      const r = await cli(args, { stdin: '' });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re, args.join(' '));
      assert.match(r.err, /usage: gongwen --help/);
    }
    assert.equal(fs.readFileSync(p, 'utf8'), DRAFT, 'a usage error writes nothing (--fix-suggestions alone once rewrote the file)');
    for (const [args, re] of [
      [['rules', 'extra'], /unexpected argument "extra"/],
      [['rules', '--lang=fr'], /--lang must be zh or en/],
      [['rules', '--all'], /unknown option --all/],
    ] as Array<[string[], RegExp]>) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re);
    }
    assert.equal((await cli(['rules', '--lang', 'zh'])).code, 0);
    // `--` ends the options: a file named like an option is a path
    const dash = write('--odd.txt', DRAFT);
    const r = await cli(['check', '--', dash]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\[placeholder\]/);
  });

  it('finds .gongwenrc.json upward from each file\'s folder, the nearer file winning', async () => {
    write('rc/.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'error' } }));
    write('rc/sub/.gongwenrc.json', '{ // comments are fine\n "rules": {"web-residue": "off"} }');
    const a = write('rc/sub/a.txt', DRAFT);
    const r = await cli(['check', a]);
    assert.equal(r.code, 1, 'placeholder raised to error by the outer file');
    assert.doesNotMatch(r.out, /web-residue/);
    const outside = await cli(['check', a], { cwd: path.join(tmp.dir(), 'rc', 'sub') });
    assert.equal(outside.code, 0, 'the search stops at the current folder');
  });

  it('--config uses exactly that file; --rule on the command line wins over it', async () => {
    const cfg = write('cfg/gw.json', JSON.stringify({ rules: { placeholder: 'error' }, allow: [] }));
    const a = write('cfg/docs/a.txt', DRAFT);
    write('cfg/docs/.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'off' } }));
    assert.equal((await cli(['check', '--config', cfg, a])).code, 1, 'the searched file is not used');
    assert.equal((await cli(['check', a])).code, 0);
    assert.equal((await cli(['check', '--config', cfg, '--rule', 'placeholder=warning', a])).code, 0);
  });

  it('names a bad configuration entry once, applies the rest and skips ignored files', async () => {
    write('bad/.gongwenrc.json', JSON.stringify({ rules: { nope: 'error', 'web-residue': 'off' }, residuePatterns: ['(a+)+'], ignore: ['old/**'] }));
    write('bad/a.txt', DRAFT);
    write('bad/b.txt', DRAFT);
    write('bad/old/c.txt', DRAFT);
    const r = await cli(['check', path.join(tmp.dir(), 'bad')]);
    assert.equal(r.code, 0, r.err);
    const rc = path.join(tmp.dir(), 'bad', '.gongwenrc.json').split(path.sep).join('/');
    assert.equal(r.err.split(`${rc}: rules.nope: unknown rule "nope"`).length - 1, 1, r.err);
    assert.match(r.err, /residuePatterns\.0: pattern "\(a\+\)\+": it has nested quantifiers/);
    assert.doesNotMatch(r.out, /web-residue/);
    assert.doesNotMatch(r.out, /c\.txt/, 'ignored');
    assert.match(r.err, /2 file\(s\) checked/);
  });

  it('--stdin checks standard input, named by --stdin-filename (language, configuration)', async () => {
    const r = await cli(['check', '--stdin', '--stdin-filename', 'in.txt'], { stdin: DRAFT });
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^in\.txt:1:5 warning .*\[placeholder\]$/m);
    write('sin/.gongwenrc.json', JSON.stringify({ rules: { placeholder: 'error' } }));
    assert.equal((await cli(['check', '--stdin', '--stdin-filename', 'sin/x.md'], { stdin: DRAFT })).code, 1);
    const zh = await cli(['check', '--stdin'], { stdin: DRAFT, lang: 'zh_CN.UTF-8' });
    assert.match(zh.out, /^<标准输入>:1:5 /m);
    const bad = await cli(['check', '--stdin'], { stdin: Buffer.from([0xb9, 0xab, 0x58]) as unknown as string });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /UTF-8/);
  });

  it('--stdin --fix prints the fixed text, BOM kept, and nothing else on stdout', async () => {
    const input = '\ufeff' + DRAFT.replace(/\n/g, '\r\n');
    const r = await cli(['check', '--stdin', '--fix', '--stdin-filename', 'x.txt'], { stdin: input });
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '\ufeff' + fixAll(input.slice(1), { language: 'plaintext' }).text);
    assert.ok(r.out.startsWith('\ufeff'));
    assert.ok(!r.out.includes('微信扫码'));
  });

  it('--stdin --fix on an ignored input that is not UTF-8 fails (exit 2, nothing on stdout), never prints an empty text with exit 0', async () => {
    write('ign/.gongwenrc.json', JSON.stringify({ ignore: ['*.txt'] }));
    const gbk = Buffer.from([0xb9, 0xab, 0xce, 0xc4, 0x0a]); // 公文 in GBK
    const r = await cli(['check', '--stdin', '--fix', '--stdin-filename', 'ign/x.txt'], { stdin: gbk });
    assert.equal(r.code, 2, r.err);
    assert.equal(r.out, '');
    assert.match(r.err, /ign\/x\.txt: .*cannot read: .*UTF-8/);
    // A UTF-8 ignored input still passes through unchanged, with exit 0.
    const ok = await cli(['check', '--stdin', '--fix', '--stdin-filename', 'ign/y.txt'], { stdin: DRAFT });
    assert.equal(ok.code, 0, ok.err);
    assert.equal(ok.out, DRAFT);
  });

  it('--stdin --fix with a NUL in the text: exit 2, nothing on stdout, stderr says where the NUL is; --help says what --stdin --fix prints', async () => {
    const r = await cli(['check', '--stdin', '--fix'], { stdin: '关于做好工作的通知\n\n一、加强\u0000领导\n' });
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.match(r.err, /at line 3, character 5, so it looks like a binary file: if it is a text draft, delete the NUL character\(s\) and check again/);
    assert.match(r.err, /第 3 行第 5 个字符处有 NUL 字节（U\+0000）/);
    const help = await cli(['check', '--help']);
    assert.match(help.out, /with --stdin: print the fixed text on standard output/);
  });

  it('--fix-dry-run prints a unified diff that patches the file into what --fix writes, and writes nothing', async () => {
    const p = write('dry/a.md', DRAFT);
    const r = await cli(['check', '--fix-dry-run', p]);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.readFileSync(p, 'utf8'), DRAFT, 'untouched');
    const name = p.split(path.sep).join('/');
    const rel = name.replace(/^\/+/, '');
    assert.ok(r.out.startsWith(`--- a/${rel}\n+++ b/${rel}\n@@ `), r.out);
    assert.match(r.out, /^-微信扫码领取福利$/m);
    assert.doesNotMatch(r.out, /\[placeholder\]/, 'findings stay out of the diff');
    const patched = applyPatch(DRAFT, r.out);
    assert.notEqual(patched, false);
    await cli(['check', '--fix', p]);
    assert.equal(patched, fs.readFileSync(p, 'utf8'));
    const clean = write('dry/clean.md', '正文。\n');
    assert.equal((await cli(['check', '--fix-dry-run', clean])).out, '');
  });

  it('--fix-dry-run prints a diff GNU patch -p1 applies, for a file with a BOM and a path with spaces', async () => {
    const body = '\ufeff' + DRAFT;
    const p = write('sp ace/x y.md', body);
    const r = await cli(['check', '--fix-dry-run', p]);
    assert.equal(r.code, 0, r.err);
    const rel = p.split(path.sep).join('/').replace(/^\/+/, '');
    assert.ok(r.out.startsWith(`--- a/${rel}\t\n+++ b/${rel}\t\n`), r.out);
    // apply it with patch(1) to a copy laid out under another root, then compare with what --fix writes
    const root = tempFolder('gongwen-patch-').dir();
    const copy = path.join(root, rel);
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.writeFileSync(copy, body);
    const patched = spawnSync('patch', ['-p1', '-d', root], { input: r.out, encoding: 'utf8' });
    assert.equal(patched.status, 0, patched.stdout + patched.stderr);
    await cli(['check', '--fix', p]);
    const fixed = fs.readFileSync(p);
    assert.ok(fixed.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'BOM kept by --fix');
    assert.ok(fs.readFileSync(copy).equals(fixed), 'the patched copy is what --fix wrote');
  });

  it('--fix leaves a safe fix of an info finding (其它) and says so, naming the --rule that would apply it', async () => {
    const text = '其它工作照常开展。\n';
    const p = write('qita/a.md', text);
    const r = await cli(['check', '--fix', p]);
    assert.equal(fs.readFileSync(p, 'utf8'), text, 'info: left as written');
    assert.match(r.err, /0 fixed; 1 fix\(es\) of info or hint findings not applied \(--fix applies fixes at warning or error severity; to apply them add --rule wording\/qita=warning\)/);
    const raised = await cli(['check', '--fix', '--rule', 'wording/qita=warning', p]);
    assert.equal(fs.readFileSync(p, 'utf8'), '其他工作照常开展。\n');
    assert.doesNotMatch(raised.err, /not applied/);
  });

  it('--format sarif is valid SARIF 2.1.0 with UTF-16 columns, rule metadata and fixes', async () => {
    const p = write('sarif/报告 1.md', '𠮷XX同志：\n\n微信扫码领取福利\n');
    const r = await cli(['check', '--format', 'sarif', p]);
    assert.equal(r.code, 0, r.err);
    const log = JSON.parse(r.out) as Record<string, any>;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    // and the schema does catch a broken log
    assert.equal(validate({ ...log, version: '2.0.0' }), false);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.tool.driver.name, 'gongwen');
    const ph = run.results.find((x: any) => x.ruleId === 'placeholder');
    assert.deepEqual(ph.locations[0].physicalLocation.region, { startLine: 1, startColumn: 3, endLine: 1, endColumn: 5 });
    assert.equal(ph.locations[0].physicalLocation.artifactLocation.uri, 'sarif/%E6%8A%A5%E5%91%8A%201.md');
    assert.equal(ph.level, 'warning');
    assert.equal(run.tool.driver.rules[ph.ruleIndex].id, 'placeholder');
    const res = run.results.find((x: any) => x.ruleId === 'web-residue');
    assert.ok(res.fixes[0].artifactChanges[0].replacements.length >= 1);
    // no web link that leads nowhere (gongwen has no public address), and no local path in a report read elsewhere
    assert.ok(run.tool.driver.rules.every((r: any) => !('helpUri' in r)), 'no helpUri');
    assert.equal(run.tool.driver.informationUri, undefined);
    assert.doesNotMatch(r.out, /github\.com|rules\.md/);
    assert.deepEqual(run.invocations, [{ executionSuccessful: true }]);
    // configuration problems and unreadable files are reported in the log too, and it stays valid
    write('sarif2/.gongwenrc.json', '{"rules": {"nope": "off"}}');
    write('sarif2/a.md', '正文。\n');
    write('sarif2/b.md', Buffer.from([0xb9, 0xab, 0x58]));
    const bad = await cli(['check', '--format', 'sarif', path.join(tmp.dir(), 'sarif2')]);
    assert.equal(bad.code, 2);
    const badLog = JSON.parse(bad.out) as Record<string, any>;
    assert.ok(validate(badLog), JSON.stringify(validate.errors, null, 1));
    const inv = badLog.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.match(inv.toolConfigurationNotifications[0].message.text, /rules\.nope: unknown rule "nope"/);
    assert.match(inv.toolExecutionNotifications[0].message.text, /b\.md: .*UTF-8/);
  });

  it('--format json lists the files that could not be read or fixed under "errors", exactly when the exit code is 2', async () => {
    const d = path.join(tmp.dir(), 'jerr');
    write('jerr/a.md', '正文。\n');
    const gbk = write('jerr/b.md', Buffer.from([0xb9, 0xab, 0x58]));
    const ok = await cli(['check', '--format', 'json', path.join(d, 'a.md')]);
    assert.equal(ok.code, 0, ok.err);
    assert.deepEqual(Object.keys(JSON.parse(ok.out)), ['version', 'files'], 'no "errors" key on a run without one');
    const r = await cli(['check', '--format', 'json', d, path.join(d, 'missing.md')]);
    assert.equal(r.code, 2);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), [path.join(d, 'a.md')]);
    assert.deepEqual(json.errors.map((e: { path: string }) => e.path), [path.join(d, 'missing.md'), gbk]);
    assert.match(json.errors[0].message, /no such file/);
    assert.match(json.errors[1].message, /UTF-8/);
    // a fix that could not be written is an error of the report too (it was only on stderr)
    const ro = write('jerr2/ro.md', '正文。。\n');
    fs.chmodSync(ro, 0o444);
    const w = await cli(['check', '--format', 'json', '--fix', ro]);
    assert.equal(w.code, 2);
    assert.match(JSON.parse(w.out).errors[0].message, /read-only/);
    const sarif = await cli(['check', '--format', 'sarif', '--fix', ro]);
    assert.equal(sarif.code, 2);
    const inv = JSON.parse(sarif.out).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.match(inv.toolExecutionNotifications[0].message.text, /read-only/);
    assert.equal(inv.toolExecutionNotifications[0].level, 'error');
  });

  it('SARIF: a file named on the command line that the configuration skips is a note, and the run succeeds (exit 0)', async () => {
    write('skip/.gongwenrc.json', JSON.stringify({ ignore: ['a.md'] }));
    const p = write('skip/a.md', '正文。\n');
    const r = await cli(['check', '--format', 'sarif', p]);
    assert.equal(r.code, 0, r.err);
    const inv = JSON.parse(r.out).runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, true);
    assert.equal(inv.toolExecutionNotifications.length, 1);
    assert.equal(inv.toolExecutionNotifications[0].level, 'note');
    assert.match(inv.toolExecutionNotifications[0].message.text, /a\.md: .*ignore/);
  });

  it('--fix-dry-run describes the files as they are: an error-severity finding on disk exits 1, the summary counts it and how many the diff fixes', async () => {
    const p = write('dryexit/a.txt', '各单位要切实加强领导,确保落实。\n');
    const checked = await cli(['check', '--rule', 'punctuation-width=error', p]);
    assert.equal(checked.code, 1);
    const dry = await cli(['check', '--rule', 'punctuation-width=error', '--fix-dry-run', p]);
    assert.equal(dry.code, 1, 'the file still has the error: a dry run writes nothing');
    assert.match(dry.out, /^\+各单位要切实加强领导，确保落实。$/m);
    assert.match(dry.err, /^1 file\(s\) checked: 1 finding\(s\) \(1 error, 0 warning, 0 info, 0 hint\); 1 fixable \(not written\)$/m);
    assert.equal(fs.readFileSync(p, 'utf8'), '各单位要切实加强领导,确保落实。\n');
    // The counts are those of a plain check, whatever the fixes would leave.
    const q = write('dryexit/b.txt', DRAFT + '各单位要切实加强领导,确保落实。。\n');
    const plain = await cli(['check', q]);
    const dry2 = await cli(['check', '--fix-dry-run', q]);
    const counts = (err: string) => /checked: (\d+ finding\(s\) \([^)]*\))/.exec(err)?.[1];
    assert.equal(counts(dry2.err), counts(plain.err), dry2.err);
    assert.equal(dry2.code, plain.code);
  });

  it('-h and --help print the usage of every command, exit 0, whatever else is on the line', async () => {
    for (const [args, re] of [
      [['check', '--help'], /gongwen check \[选项 options\] PATH…/],
      [['check', '-h', '--fix', 'nowhere.md'], /--fix-dry-run/],
      [['rules', '--help'], /gongwen rules \[--lang zh\|en\]/],
      [['rules', '-h'], /List every rule/],
      [['lsp', '--help'], /gongwen lsp --stdio/],
      [['export', '--help'], /gongwen export DRAFT/],
      [['--help'], /gongwen check/],
    ] as Array<[string[], RegExp]>) {
      const r = await cli(args);
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
      assert.match(r.out, re, args.join(' '));
      assert.equal(r.err, '');
    }
    // After `--` it is a file name.
    const r = await cli(['check', '--', '--help']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--help: .*no such file/);
  });

  it('a broken rc file is named in --format json (configProblems); one named by --config fails the run (exit 2)', async () => {
    const rc = write('brc/a/.gongwenrc.json', '{ "rules": { "placeholder": "eror" }, "foo": 1,\n');
    const a = write('brc/a/x.md', '正文。\n');
    const dir = path.join(tmp.dir(), 'brc', 'a');
    const rcPath = rc.split(path.sep).join('/');
    // Found by the search: reported (stderr, JSON), the run still judged by its findings.
    const found = await cli(['check', '--format', 'json', dir]);
    assert.equal(found.code, 0, found.err);
    const json = JSON.parse(found.out);
    assert.equal(json.errors, undefined);
    assert.deepEqual(
      json.configProblems.map((p: { path: string; key: string }) => [p.path, p.key]),
      [[rcPath, ''], [rcPath, 'rules.placeholder'], [rcPath, 'foo']],
    );
    assert.match(json.configProblems[0].message, /line 2, column 1: JSON syntax error: expected a property name in double quotes/);
    assert.match(json.configProblems[1].message, /rules\.placeholder: expected one of off\|hint\|info\|warning\|error/);
    assert.match(found.err, /rules\.placeholder/);
    // Named by --config: exit 2 in every format, with an "errors" entry naming it (errors ⇔ exit 2).
    for (const format of ['text', 'json', 'sarif']) {
      const r = await cli(['check', '--format', format, '--config', rc, a]);
      assert.equal(r.code, 2, `${format}: ${r.err}`);
      assert.match(r.err, /rules\.placeholder: expected one of/);
      if (format === 'json') {
        const j = JSON.parse(r.out);
        assert.equal(j.configProblems.length, 3);
        assert.deepEqual(j.errors.map((e: { path: string }) => e.path), [rc]);
        assert.match(j.errors[0].message, /the configuration file named by --config has 3 problem\(s\)/);
      }
      if (format === 'sarif') assert.equal(JSON.parse(r.out).runs[0].invocations[0].executionSuccessful, false);
    }
    // Even when there is nothing to check, and each problem is said once.
    write('brc/empty/README', 'x');
    const none = await cli(['check', '--config', rc, path.join(tmp.dir(), 'brc', 'empty')]);
    assert.equal(none.code, 2);
    assert.equal(none.err.split('rules.placeholder').length - 1, 1, none.err);
    // A good --config file changes nothing.
    const good = write('brc/good.json', '{ "rules": { "placeholder": "error" } }');
    const ok = await cli(['check', '--format', 'json', '--config', good, a]);
    assert.equal(ok.code, 0, ok.err);
    assert.deepEqual(Object.keys(JSON.parse(ok.out)), ['version', 'files']);
  });

  it('--fix-dry-run writes Chinese file names as they are, and patch -p1 applies the diff', async () => {
    const body = '会议由XX主持:\n微信扫码领取福利\n';
    const p = write('会议/通知 一.txt', body);
    const q = write('会议/纪要.txt', body);
    const r = await cli(['check', '--fix-dry-run', p, q]);
    const relP = p.split(path.sep).join('/').replace(/^\/+/, '');
    const relQ = q.split(path.sep).join('/').replace(/^\/+/, '');
    assert.ok(r.out.includes(`--- a/${relP}\t\n+++ b/${relP}\t\n`), r.out);
    assert.ok(r.out.includes(`--- a/${relQ}\n+++ b/${relQ}\n`), r.out);
    assert.doesNotMatch(r.out, /\\[0-7]{3}/, 'no octal escapes');
    const root = tempFolder('gongwen-patch-zh-').dir();
    for (const rel of [relP, relQ]) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), body);
    }
    const patched = spawnSync('patch', ['-p1', '-d', root], { input: r.out, encoding: 'utf8' });
    assert.equal(patched.status, 0, patched.stdout + patched.stderr);
    await cli(['check', '--fix', p, q]);
    assert.equal(fs.readFileSync(path.join(root, relP), 'utf8'), fs.readFileSync(p, 'utf8'));
    assert.equal(fs.readFileSync(path.join(root, relQ), 'utf8'), fs.readFileSync(q, 'utf8'));
    assert.notEqual(fs.readFileSync(q, 'utf8'), body);
    // A name with a control character is still C-quoted (one header line each).
    const odd = write('ctl/a\tb.md', body);
    const c = await cli(['check', '--fix-dry-run', odd]);
    assert.match(c.out, /^--- "a\/.*a\\tb\.md"$/m);
  });

  it('a folder walk says how many folders it skipped (hidden ones, node_modules, dist, out) and --help lists them', async () => {
    for (const f of ['walk/2025/a.txt', 'walk/dist/a.txt', 'walk/out/a.txt', 'walk/.drafts/a.txt', 'walk/x/node_modules/a.txt']) write(f, '会议由XX主持。\n');
    const dir = path.join(tmp.dir(), 'walk');
    const en = await cli(['check', dir]);
    assert.match(en.err, /^1 file\(s\) checked: .*; 4 folder\(s\) skipped \(\.drafts, dist, out…; name one on the command line to check it\)$/m);
    const zh = await cli(['check', dir], { lang: 'zh_CN.UTF-8' });
    assert.match(zh.err, /；已跳过 4 个文件夹（\.drafts、dist、out…；要检查请在命令行上直接写出）$/m);
    // Named on the command line, a skipped folder is checked; nothing skipped, nothing said.
    const named = await cli(['check', path.join(dir, 'dist')]);
    assert.match(named.err, /^1 file\(s\) checked/m);
    assert.doesNotMatch(named.err, /skipped/);
    const help = await cli(['check', '--help']);
    assert.match(help.out, /node_modules, \.git, dist, out/);
  });

  it('the folders a walk skipped are listed in --format json ("skippedFolders") and in SARIF (note notifications at each folder, and the invocation\'s properties), the SARIF still valid', async () => {
    for (const f of ['walk2/2025/a.txt', 'walk2/dist/a.txt', 'walk2/.drafts/a.txt', 'walk2/x/node_modules/a.txt']) write(f, '会议由XX主持。\n');
    const cwd = tmp.dir();
    const walk = path.join(cwd, 'walk2');
    const json = await cli(['check', '--format', 'json', walk], { cwd });
    assert.equal(json.code, 0, json.err);
    const report = JSON.parse(json.out);
    assert.deepEqual(report.skippedFolders, [path.join(walk, '.drafts'), path.join(walk, 'dist'), path.join(walk, 'x', 'node_modules')]);
    assert.deepEqual(report.files.map((f: { path: string }) => f.path), [path.join(walk, '2025', 'a.txt')]);
    // nothing skipped: no key
    const none = await cli(['check', '--format', 'json', path.join(walk, '2025')], { cwd });
    assert.equal('skippedFolders' in JSON.parse(none.out), false);

    const sarif = await cli(['check', '--format', 'sarif', walk], { cwd });
    assert.equal(sarif.code, 0, sarif.err);
    const log = JSON.parse(sarif.out) as Record<string, any>;
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
    const inv = log.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, true);
    assert.deepEqual(inv.properties.skippedFolders, report.skippedFolders);
    const notes = inv.toolExecutionNotifications;
    assert.deepEqual(notes.map((n: any) => n.level), ['note', 'note', 'note']);
    assert.deepEqual(notes.map((n: any) => n.locations[0].physicalLocation.artifactLocation), [
      { uri: 'walk2/.drafts/', uriBaseId: '%SRCROOT%' },
      { uri: 'walk2/dist/', uriBaseId: '%SRCROOT%' },
      { uri: 'walk2/x/node_modules/', uriBaseId: '%SRCROOT%' },
    ]);
    assert.ok(notes[2].message.text.startsWith(`${path.join(walk, 'x', 'node_modules')}: `), notes[2].message.text);
    assert.match(notes[2].message.text, /not entered by the folder walk/);
  });

  it('the built binary reads standard input and writes SARIF', () => {
    const bin = path.join(__dirname, '..', '..', 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [bin, 'check', '--stdin', '--stdin-filename', 'a.md', '--format', 'sarif'], { input: DRAFT, encoding: 'utf8', cwd: tmp.dir() });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).version, '2.1.0');
  });
});
