import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../server/src/cli';

async function cli(args: string[], env: Record<string, string> = { LANG: 'zh_CN.UTF-8' }) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env });
  return { code, out, err };
}

const DRAFT = ['关于做好XX镇防汛工作的通知', '', '各村（社区）：', '', '请XX镇各单位于本月底前报送材料。', '', '微信扫码领取福利', ''].join('\n');

describe('gongwen check', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };

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

  it('reports an unreadable file with exit 2 and still checks the others', async () => {
    const bad = write('e/bad.txt', Buffer.from([0xb9, 0xab, 0xce, 0xc4, 0x58, 0x58])); // GBK bytes
    write('e/good.txt', DRAFT);
    const r = await cli(['check', path.join(dir, 'e')]);
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
    const code = await main(['check', path.join(dir, 'p')], { stdout: () => {}, stderr: () => {}, env: {}, progress: (d, t) => calls.push([d, t]) });
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
      assert.match(r.err, /用法 Usage/);
    }
    const missing = await cli(['check', path.join(dir, 'missing.md')]);
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
});
