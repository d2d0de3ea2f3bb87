// The command-line tool's promises about files, on real files in a temporary folder, mostly through the
// built binary (dist/cli.js): nothing lost, links and permissions kept, only regular files read, each once.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { collectFiles, decode, displayPath, firstInvalidUtf8, load, refusal, temporaryPath, utf16Kind, writeAtomically, FileError, MAX_FILE_BYTES, type FileProblem } from '../../server/src/cli-files';

const BIN = path.join(__dirname, '..', '..', 'dist', 'cli.js');
const RESIDUE = '微信扫码领取福利';
const BODY = '各单位要认真落实本通知要求。';
/** A draft with one line of web residue that `--fix` deletes (a safe fix at warning). */
const DRAFT = `关于做好防汛工作的通知\n\n${BODY}\n${RESIDUE}\n${BODY}\n`;
const FIXED = `关于做好防汛工作的通知\n\n${BODY}\n${BODY}\n`;

/** Run the built CLI; `timeout` is a hang guard, never an assertion about speed. */
function run(args: string[], opts: { cwd?: string; uid?: number; gid?: number; timeout?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8' }, timeout: opts.timeout ?? 60_000, cwd: opts.cwd, uid: opts.uid, gid: opts.gid });
  assert.equal(r.error, undefined, `CLI did not finish: ${r.error}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const tmpLeft = (dir: string) => fs.readdirSync(dir).filter((n) => n.includes('.gongwen-'));

describe('cli files', () => {
  let dir: string;
  let n = 0;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-files-'));
    fs.chmodSync(dir, 0o777); // lets the test run the CLI as another user
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  /** A fresh sub-folder per test. */
  const fresh = () => {
    const d = path.join(dir, `t${n++}`);
    fs.mkdirSync(d, { mode: 0o777 });
    fs.chmodSync(d, 0o777);
    return d;
  };

  describe('nothing lost: a file that moved on is not overwritten', () => {
    it('a save of the same size and mtime but other bytes (hash)', () => {
      const p = path.join(fresh(), 'a.txt');
      fs.writeFileSync(p, DRAFT);
      fs.utimesSync(p, 1_700_000_000, 1_700_000_000);
      const loaded = load(p);
      const theirs = DRAFT.replace('防汛', '抗旱'); // same byte length
      fs.writeFileSync(p, theirs);
      fs.utimesSync(p, 1_700_000_000, 1_700_000_000);
      assert.equal(fs.statSync(p).mtimeMs, loaded.snapshot.mtimeMs);
      assert.equal(fs.statSync(p).size, loaded.snapshot.size);
      assert.throws(() => writeAtomically(p, loaded, FIXED), (e: Error) => e instanceof FileError && /changed while it was being fixed/.test(e.message));
      assert.equal(fs.readFileSync(p, 'utf8'), theirs);
      assert.deepEqual(tmpLeft(path.dirname(p)), []);
    });

    it('a save that replaced the file (new inode) or appended to it', () => {
      const d = fresh();
      const p = path.join(d, 'b.txt');
      fs.writeFileSync(p, DRAFT);
      let loaded = load(p);
      fs.writeFileSync(path.join(d, 'new'), DRAFT);
      fs.renameSync(path.join(d, 'new'), p); // an editor's atomic save, same bytes
      assert.throws(() => writeAtomically(p, loaded, FIXED), /changed/);
      loaded = load(p);
      fs.appendFileSync(p, '补充一句。\n');
      assert.throws(() => writeAtomically(p, loaded, FIXED), /changed/);
      assert.equal(fs.readFileSync(p, 'utf8'), DRAFT + '补充一句。\n');
      assert.deepEqual(tmpLeft(d), []);
    });

    it('an unchanged file is replaced with exactly the fixed text', () => {
      const p = path.join(fresh(), 'c.txt');
      fs.writeFileSync(p, DRAFT);
      writeAtomically(p, load(p), FIXED);
      assert.equal(fs.readFileSync(p, 'utf8'), FIXED);
    });
  });

  describe('links and permissions kept', () => {
    it('a symbolic link is written through to its target and stays a link (named, and inside a folder)', () => {
      const d = fresh();
      fs.mkdirSync(path.join(d, 'real'));
      fs.mkdirSync(path.join(d, 'docs'));
      const target = path.join(d, 'real', 'target.txt');
      fs.writeFileSync(target, DRAFT);
      const link = path.join(d, 'docs', 'link.txt');
      fs.symlinkSync(path.relative(path.dirname(link), target), link);
      const r = run(['check', '--fix', path.join(d, 'docs')]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /1 file\(s\) checked/);
      assert.ok(fs.lstatSync(link).isSymbolicLink(), 'link kept');
      assert.equal(fs.readFileSync(target, 'utf8'), FIXED);
      // Named on the command line, through a link to the link.
      fs.writeFileSync(target, DRAFT);
      const outer = path.join(d, 'outer.txt');
      fs.symlinkSync(link, outer);
      const r2 = run(['check', '--fix', outer]);
      assert.equal(r2.code, 0, r2.err);
      assert.ok(fs.lstatSync(outer).isSymbolicLink() && fs.lstatSync(link).isSymbolicLink(), 'both links kept');
      assert.equal(fs.readFileSync(target, 'utf8'), FIXED);
      assert.deepEqual(tmpLeft(path.join(d, 'real')), []);
      assert.deepEqual(tmpLeft(path.join(d, 'docs')), []);
    });

    it('a file with two hard links is reported and left whole (the links stay one file)', () => {
      const d = fresh();
      const a = path.join(d, 'a.txt');
      fs.writeFileSync(a, DRAFT);
      fs.linkSync(a, path.join(d, 'b.md'));
      const r = run(['check', '--fix', a]);
      assert.equal(r.code, 2);
      assert.match(r.err, /2 hard links; fixes not written/);
      assert.equal(fs.readFileSync(a, 'utf8'), DRAFT);
      assert.equal(fs.statSync(a).nlink, 2);
      assert.equal(fs.statSync(a).ino, fs.statSync(path.join(d, 'b.md')).ino);
    });

    it('a read-only file is reported, not replaced (even for root)', () => {
      const p = path.join(fresh(), 'ro.txt');
      fs.writeFileSync(p, DRAFT);
      fs.chmodSync(p, 0o444);
      const ino = fs.statSync(p).ino;
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 2);
      assert.match(r.err, /read-only; fixes not written/);
      assert.equal(fs.readFileSync(p, 'utf8'), DRAFT);
      assert.equal(fs.statSync(p).mode & 0o7777, 0o444);
      assert.equal(fs.statSync(p).ino, ino);
    });

    it('the written file keeps its mode', () => {
      const p = path.join(fresh(), 'm.txt');
      fs.writeFileSync(p, DRAFT);
      fs.chmodSync(p, 0o640);
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 0, r.err);
      assert.equal(fs.readFileSync(p, 'utf8'), FIXED);
      assert.equal(fs.statSync(p).mode & 0o7777, 0o640);
    });

    it('refusal(): hard links, mode bits, another owner or a foreign group', () => {
      const me = 1000;
      const base = { nlink: 1, mode: 0o100644, uid: me, gid: 100 };
      assert.equal(refusal(base, me, [100]), undefined);
      assert.match(refusal({ ...base, nlink: 3 }, me, [100])!, /3 hard links/);
      assert.match(refusal({ ...base, mode: 0o100444 }, me, [100])!, /read-only/);
      assert.match(refusal({ ...base, mode: 0o100444 }, 0, [0])!, /read-only/, 'root respects a read-only file too');
      assert.equal(refusal({ ...base, uid: 4242, gid: 4242 }, 0, [0]), undefined, 'root can keep any owner');
      assert.match(refusal({ ...base, uid: 4242, mode: 0o100666 }, me, [100])!, /another user/);
      assert.match(refusal({ ...base, uid: 4242, mode: 0o100644 }, me, [100])!, /read-only/, 'not writable by us');
      assert.match(refusal({ ...base, gid: 555 }, me, [100])!, /group you are not in/);
      assert.equal(refusal({ ...base, mode: 0o100604 }, me, [100]), undefined, 'owner bits decide for the owner');
    });

    it('root keeps another user\'s ownership; another user who could not keep it is refused', { skip: !isRoot && 'creating a file owned by another user needs root' }, () => {
      const d = fresh();
      const p = path.join(d, 'owned.txt');
      fs.writeFileSync(p, DRAFT);
      fs.chownSync(p, 4242, 4343);
      fs.chmodSync(p, 0o664);
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 0, r.err);
      const st = fs.statSync(p);
      assert.deepEqual([st.uid, st.gid, st.mode & 0o7777], [4242, 4343, 0o664]);
      assert.equal(fs.readFileSync(p, 'utf8'), FIXED);
      // As `nobody`, a world-writable file owned by root: rewriting it would make it nobody's.
      const q = path.join(d, 'roots.txt');
      fs.writeFileSync(q, DRAFT);
      fs.chmodSync(q, 0o666);
      const r2 = run(['check', '--fix', q], { uid: 65534, gid: 65534 });
      assert.equal(r2.code, 2, r2.err);
      assert.match(r2.err, /another user/);
      assert.equal(fs.statSync(q).uid, 0);
      assert.equal(fs.readFileSync(q, 'utf8'), DRAFT);
      assert.deepEqual(tmpLeft(d), []);
    });
  });

  describe('interrupted runs leave no temporary file', () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      it(`${signal} during --fix on large files: each file whole (old or fixed), no temporary file`, async () => {
        const d = fresh();
        const big = (BODY + '\n').repeat(30_000) + RESIDUE + '\n'; // ≈1.3 MB each
        const names = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
        for (const name of names) fs.writeFileSync(path.join(d, name), big);
        const child = spawn(process.execPath, [BIN, 'check', '--fix', d], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (b) => (err += b));
        // Kill as soon as the first temporary file appears (an event, not a sleep).
        const watcher = fs.watch(d, (_event, name) => {
          if (name && name.includes('.gongwen-')) {
            watcher.close();
            child.kill(signal);
          }
        });
        const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
        const [code, sig] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
        clearTimeout(guard);
        watcher.close();
        assert.equal(sig, null, `the CLI handled ${signal} (${err})`);
        assert.equal(code, signal === 'SIGINT' ? 130 : 143, err);
        assert.match(err, /interrupted/);
        assert.deepEqual(tmpLeft(d), []);
        const fixedText = big.replace(RESIDUE + '\n', '');
        let fixedCount = 0;
        for (const name of names) {
          const now = fs.readFileSync(path.join(d, name), 'utf8');
          assert.ok(now === big || now === fixedText, `${name} is whole`);
          if (now === fixedText) fixedCount++;
        }
        assert.ok(fixedCount < names.length, 'the run was interrupted before the end');
      });
    }
  });

  describe('long file names', () => {
    it('--fix writes a file whose Chinese name takes most of the 255 bytes a name may have (the temporary name is cut to fit)', () => {
      const d = fresh();
      const name = `${'关于做好防汛工作的通知'.repeat(7)}（征求）.txt`; // 85 characters, 247 bytes
      assert.ok(Buffer.byteLength(name) > 240 && Buffer.byteLength(name) <= 255);
      const p = path.join(d, name);
      fs.writeFileSync(p, DRAFT);
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 0, r.err);
      assert.equal(fs.readFileSync(p, 'utf8'), FIXED);
      assert.deepEqual(tmpLeft(d), []);
    });

    it('temporaryPath keeps the name within 255 bytes, cut at a character boundary, in the target\'s folder', () => {
      for (const base of ['a.md', '关'.repeat(84) + '.md', '𠮷'.repeat(62) + '.txt']) {
        const t = temporaryPath(path.join('/x/y', base), '12345-deadbeef');
        assert.equal(path.dirname(t), '/x/y');
        const name = path.basename(t);
        assert.ok(Buffer.byteLength(name) <= 255, name);
        assert.ok(name.startsWith('.') && name.endsWith('.gongwen-12345-deadbeef.tmp'), name);
        assert.equal(Buffer.from(name, 'utf8').toString('utf8'), name, 'no half character');
        assert.ok(base.startsWith(name.slice(1, -'.gongwen-12345-deadbeef.tmp'.length)), name);
      }
      assert.equal(path.basename(temporaryPath('/x/a.md', '1')), '.a.md.gongwen-1.tmp', 'a short name is kept whole');
    });
  });

  describe('a BOM is only what the file started with', () => {
    it('deleting the line before an inner U+FEFF does not make it the BOM (file without BOM)', () => {
      // With web-residue/invisible off, the inner U+FEFF stays: the line before it must stay too.
      const dir = fresh();
      fs.writeFileSync(path.join(dir, '.gongwenrc.json'), JSON.stringify({ rules: { 'web-residue/invisible': 'off' } }));
      const p = path.join(dir, 'feff.txt');
      const text = `${RESIDUE}\n\ufeff${BODY}\n${RESIDUE}\n`;
      fs.writeFileSync(p, text);
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 0, r.err);
      const bytes = fs.readFileSync(p);
      assert.notDeepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'no BOM made');
      assert.equal(bytes.toString('utf8'), `${RESIDUE}\n\ufeff${BODY}\n`, 'the first residue line stays; the other goes');
      // By default web-residue/invisible deletes the inner U+FEFF in the same pass: then the residue line goes too.
      const q = path.join(fresh(), 'feff.txt');
      fs.writeFileSync(q, text);
      assert.equal(run(['check', '--fix', q]).code, 0);
      assert.equal(fs.readFileSync(q, 'utf8'), `${BODY}\n`);
    });

    it('a file with a BOM keeps exactly one BOM', () => {
      const p = path.join(fresh(), 'bom.txt');
      fs.writeFileSync(p, `\ufeff${RESIDUE}\n\ufeff${BODY}\n`);
      run(['check', '--fix', p]);
      const s = fs.readFileSync(p, 'utf8');
      assert.ok(s.startsWith('\ufeff') && !s.startsWith('\ufeff\ufeff'), JSON.stringify(s.slice(0, 3)));
    });

    it('the writer refuses text that would start with a U+FEFF the file did not start with', () => {
      const p = path.join(fresh(), 'w.txt');
      fs.writeFileSync(p, `${RESIDUE}\n\ufeff${BODY}\n`);
      assert.throws(() => writeAtomically(p, load(p), `\ufeff${BODY}\n`), /U\+FEFF/);
      assert.equal(fs.readFileSync(p, 'utf8'), `${RESIDUE}\n\ufeff${BODY}\n`);
      // With a BOM too: BOM + U+FEFF would read back as a BOM and a text starting with U+FEFF.
      fs.writeFileSync(p, `\ufeff${RESIDUE}\n\ufeff${BODY}\n`);
      assert.throws(() => writeAtomically(p, load(p), `\ufeff${BODY}\n`), /U\+FEFF/);
      const withBom = load(p);
      writeAtomically(p, withBom, `${BODY}\n`);
      assert.deepEqual([...fs.readFileSync(p).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM the file had is written back');
    });
  });

  describe('only regular files, each once', () => {
    it('a FIFO, /dev/zero and a FIFO named .txt in a folder are skipped with a message (no hang)', () => {
      const d = fresh();
      const fifo = path.join(d, 'pipe.txt');
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
      fs.writeFileSync(path.join(d, 'ok.txt'), DRAFT);
      const r = run(['check', fifo, '/dev/zero', d], { timeout: 30_000 });
      assert.equal(r.code, 2);
      assert.match(r.err, /pipe\.txt: .*not a regular file/);
      assert.match(r.err, /\/dev\/zero: .*not a regular file/);
      assert.match(r.out, /ok\.txt:4:1 /);
      assert.match(r.err, /1 file\(s\) checked/);
    });

    it('a file over the size limit is skipped with a message, unread', () => {
      const p = path.join(fresh(), 'huge.txt');
      fs.writeFileSync(p, '');
      fs.truncateSync(p, MAX_FILE_BYTES + 1); // sparse: no disk used
      assert.throws(() => load(p), /file too large/);
    });

    it('load() refuses a FIFO without blocking', () => {
      const fifo = path.join(fresh(), 'p.md');
      assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
      assert.throws(() => load(fifo), /not a regular file/);
    });

    it('a link to a folder is reported, not followed, so a loop ends', () => {
      const d = fresh();
      fs.writeFileSync(path.join(d, 'a.md'), DRAFT);
      fs.symlinkSync('.', path.join(d, 'loop'));
      const problems: FileProblem[] = [];
      assert.deepEqual(collectFiles([d], problems), [path.join(d, 'a.md')]);
      assert.equal(problems.length, 1);
      assert.match(`${problems[0].path}: ${problems[0].message}`, /loop: .*link to a folder, not followed/);
      assert.equal(problems[0].note, true);
    });

    it('a link to a folder met in a walk is said on stderr but fails nothing (exit 0); a broken link named .md still fails (exit 2)', () => {
      const d = fresh();
      fs.mkdirSync(path.join(d, 'v2'));
      fs.writeFileSync(path.join(d, 'v2', 'a.md'), FIXED);
      fs.symlinkSync('v2', path.join(d, 'latest'));
      const r = run(['check', d]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /latest: .*a link to a folder, not followed/);
      assert.match(r.err, /1 file\(s\) checked/);
      const json = run(['check', '--format', 'json', d]);
      assert.equal(json.code, 0, json.err);
      assert.equal(JSON.parse(json.out).errors, undefined);
      fs.symlinkSync('nowhere.md', path.join(d, 'broken.md'));
      assert.equal(run(['check', d]).code, 2);
    });

    it('the same file named relatively, absolutely and through a link is checked once', () => {
      const d = fresh();
      fs.writeFileSync(path.join(d, 'same.txt'), DRAFT);
      fs.symlinkSync('same.txt', path.join(d, 'alias.txt'));
      const r = run(['check', 'same.txt', path.join(d, 'same.txt'), 'alias.txt', '.'], { cwd: d });
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /1 file\(s\) checked/);
      assert.equal(r.out.trim().split('\n').length, 1, r.out);
      assert.match(r.out, /^same\.txt:4:1 /);
    });

    it('two hard links to one file in a folder are checked once', () => {
      const d = fresh();
      fs.writeFileSync(path.join(d, 'a.md'), DRAFT);
      fs.linkSync(path.join(d, 'a.md'), path.join(d, 'b.md'));
      const problems: FileProblem[] = [];
      assert.deepEqual(collectFiles([d, path.join(d, 'b.md')], problems), [path.join(d, 'a.md')]);
      assert.deepEqual(problems, []);
    });

    it('a broken link named .txt in a folder is reported', () => {
      const d = fresh();
      fs.symlinkSync('nowhere.txt', path.join(d, 'broken.txt'));
      const problems: FileProblem[] = [];
      assert.deepEqual(collectFiles([d], problems), []);
      assert.match(problems.map((p) => `${p.path}: ${p.message}`).join('\n'), /broken\.txt: .*broken link/);
    });
  });

  describe('encodings', () => {
    const utf16 = (s: string, be: boolean, bom: boolean) => {
      const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
      return be ? le.swap16() : le;
    };
    for (const be of [false, true]) {
      for (const bom of [true, false]) {
        const name = `UTF-16${be ? 'BE' : 'LE'}`;
        it(`${name} ${bom ? 'with' : 'without'} BOM is named as such, with advice to save as UTF-8`, () => {
          const buf = utf16(DRAFT + '请于本月底前报送。\n', be, bom);
          assert.equal(utf16Kind(buf), name);
          assert.throws(() => decode(buf), (e: Error) => e.message.includes(name) && /save it as UTF-8/.test(e.message) && !/binary/.test(e.message));
          const p = path.join(fresh(), 'u.txt');
          fs.writeFileSync(p, buf);
          const r = run(['check', '--fix', p]);
          assert.equal(r.code, 2);
          assert.match(r.err, new RegExp(`${name} text: save it as UTF-8`));
          assert.deepEqual(fs.readFileSync(p), buf, 'untouched');
        });
      }
    }

    it('short Latin-1 words are not called UTF-16 (pairs of their bytes read as CJK): no NUL pattern, no UTF-16; the message says the file is too short to tell', () => {
      for (const word of ['caf\xe9', 'r\xe9sum\xe9', 'tr\xe8s', 'ma\xf1ana', 'Z\xfcrich', 'fa\xe7ade']) {
        const buf = Buffer.from(word, 'latin1');
        assert.equal(utf16Kind(buf), undefined, word);
        assert.throws(
          () => decode(buf),
          // too short to tell; or, when the bytes also read as GB18030, the hedged "GBK or another legacy encoding"
          (e: Error) =>
            !/UTF-16(LE|BE) text/.test(e.message) &&
            (new RegExp(`at ${buf.length} bytes too short to tell which encoding`).test(e.message) || /GBK \(GB18030\) or another legacy encoding/.test(e.message)) &&
            /save it as UTF-8/.test(e.message),
          word,
        );
      }
      // through the CLI, with --fix: the file is named, exit 2, the file left byte for byte
      const d = fresh();
      const p = path.join(d, 'latin1.txt');
      const bytes = Buffer.from('caf\xe9', 'latin1');
      fs.writeFileSync(p, bytes);
      const r = run(['check', '--fix', p]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /latin1\.txt: .*too short to tell which encoding it is in/);
      assert.deepEqual(fs.readFileSync(p), bytes, 'untouched');
      assert.deepEqual(tmpLeft(d), []);
    });

    it('UTF-16 without a BOM needs NULs on one side of the code units: ASCII and line breaks give them, CJK alone does not', () => {
      const le = Buffer.from('a\n', 'utf16le');
      assert.equal(utf16Kind(le), 'UTF-16LE', 'two NULs, both high bytes');
      assert.equal(utf16Kind(Buffer.from(le).swap16()), 'UTF-16BE');
      assert.equal(utf16Kind(Buffer.from('a', 'utf16le')), undefined, 'one NUL is no pattern');
      // NULs on both sides in like numbers: binary, not text
      assert.equal(utf16Kind(Buffer.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44])), undefined);
      // Chinese text with line breaks: its 一 (U+4E00) puts NULs on the other side, fewer than the breaks do
      assert.equal(utf16Kind(Buffer.from('一、总体要求\n二、工作安排\n三、其他\n', 'utf16le')), 'UTF-16LE');
      // a pure CJK run without a BOM is not claimed (no evidence): it is not UTF-8 either, and is not decoded
      const cjk = Buffer.from('关于做好防汛工作的通知', 'utf16le');
      assert.equal(utf16Kind(cjk), undefined);
      assert.throws(() => decode(cjk), /UTF-8/);
      // a few bytes with NULs: too short to tell binary from UTF-16
      assert.throws(() => decode(Buffer.from([0x61, 0x00])), (e: Error) => /too short to tell a binary file from UTF-16 text without a BOM/.test(e.message));
    });

    it('a NUL byte is located: line and character in UTF-8 text (with the count), byte offset in binary data', () => {
      const one = (text: string | Buffer) => {
        try {
          decode(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
        } catch (e) {
          return (e as Error).message;
        }
        assert.fail('decoded');
      };
      const draft = '关于做好防汛工作的通知\n\n各单位：\n  请于本月\u0000底前报送。\n' + '各单位要认真落实本通知要求。\n'.repeat(4);
      const m = one(draft);
      assert.match(m, /^第 4 行第 7 个字符处有 NUL 字节（U\+0000），/);
      assert.match(m, /has a NUL byte \(U\+0000\) at line 4, character 7, so it looks like a binary file: if it is a text draft, delete the NUL character\(s\) and check again/);
      assert.match(one(draft + '\u0000'), /at line 4, character 7 \(2 in all\)/);
      // a BOM is not a character of the first line
      assert.match(one('\ufeff关于\u0000做好防汛工作的通知\n' + '各单位要认真落实本通知要求。\n'.repeat(4)), /at line 1, character 3,/);
      // not UTF-8: binary data, the first NUL by byte offset
      const bin = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0x13]), Buffer.alloc(80, 0x41)]);
      assert.match(one(bin), /looks like a binary file \(the first NUL byte is at byte offset 5\)/);
      // too short to tell from UTF-16: the offset is given too
      assert.match(one(Buffer.from([0x61, 0x62, 0x00, 0x63])), /has NUL bytes \(the first at byte offset 2\)/);
    });

    it('binary data, GBK and UTF-8 with and without BOM', () => {
      assert.throws(() => decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0x13])), /binary/);
      assert.throws(() => decode(Buffer.from([0xb9, 0xab, 0xce, 0xc4, 0x58, 0x58])), /GBK/);
      assert.deepEqual(decode(Buffer.from('\ufeff公文', 'utf8')), { text: '公文', bom: true });
      assert.deepEqual(decode(Buffer.from('公文\ufeff', 'utf8')), { text: '公文\ufeff', bom: false });
      assert.equal(utf16Kind(Buffer.from('plain ASCII, even length!', 'utf8')), undefined);
    });

    it('a file that is not UTF-8 is named as GBK when it reads as GB18030, else by the line and character where the bad bytes start; --fix leaves it byte for byte', () => {
      const gbk = Buffer.concat([Buffer.from('Title\n', 'utf8'), Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a])]); // 关于 in GBK
      assert.throws(() => decode(gbk), (e: Error) => /看起来是 GBK（GB18030）/.test(e.message) && /looks like Chinese text in GBK \(GB18030\)/.test(e.message) && /save it as UTF-8/.test(e.message));
      // UTF-8 text with a GBK line pasted in on line 3, after two characters: not called GBK, and located
      const mixed = Buffer.concat([Buffer.from('一、总体要求\n各单位。\n附件', 'utf8'), Buffer.from([0xb9, 0xd8]), Buffer.from('\n', 'utf8')]);
      assert.throws(() => decode(mixed), (e: Error) => !/GBK/.test(e.message) && /第 3 行第 3 个字符起/.test(e.message) && /from line 3, character 3/.test(e.message));
      // a file cut off inside a character, and Latin-1
      assert.throws(() => decode(Buffer.from([0xe5, 0x85, 0xac, 0xe6, 0x96])), /line 1, character 2/);
      assert.throws(() => decode(Buffer.from('caf\xe9 r\xe9sum\xe9\n', 'latin1')), /line 1, character 4/);
      for (const [name, buf] of [['gbk.txt', gbk], ['mixed.txt', mixed]] as const) {
        const p = path.join(fresh(), name);
        fs.writeFileSync(p, buf);
        const r = run(['check', '--fix', p]);
        assert.equal(r.code, 2);
        assert.match(r.err, /save it as UTF-8/);
        assert.deepEqual(fs.readFileSync(p), buf, 'untouched');
      }
    });

    it('firstInvalidUtf8 agrees with isUtf8: the bytes before it are UTF-8, and it is the length exactly when all are', () => {
      const pieces = [[0xe4, 0xb8, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0x41], [0xc3, 0xa9], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80], [0xe4, 0xb8]];
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
      for (let t = 0; t < 5000; t++) {
        const bytes: number[] = [];
        for (let k = next() % 5; k >= 0; k--) bytes.push(...pieces[next() % pieces.length]);
        const buf = Buffer.from(bytes);
        const at = firstInvalidUtf8(buf);
        assert.equal(at === buf.length, isUtf8(buf), buf.toString('hex'));
        assert.ok(isUtf8(buf.subarray(0, at)), buf.toString('hex'));
      }
    });

    it('a large UTF-8 file decodes to exactly its text (astral characters, U+FEFF inside, CRLF, every width of sequence)', () => {
      // Large enough for decode's fast path; each kind of character also lands across a 4 KiB boundary.
      const piece = '一、总体要求\r\n𠮷野家 café ×× 😀\ufeff（一）\u2028末尾\u0001\n';
      const text = piece.repeat(Math.ceil(70_000 / piece.length)) + '尾';
      const bytes = Buffer.from(text, 'utf8');
      assert.ok(bytes.length > 100_000);
      assert.deepEqual(decode(bytes), { text, bom: false });
      assert.deepEqual(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes])), { text, bom: true });
      // A file of nothing but the BOM-like character after a BOM keeps every U+FEFF but the first.
      const feffs = '\ufeff'.repeat(5000);
      assert.deepEqual(decode(Buffer.from('\ufeff' + feffs, 'utf8')), { text: feffs, bom: true });
      // Cut in the middle of a 4-byte sequence: not UTF-8, whatever the size.
      assert.throws(() => decode(bytes.subarray(0, bytes.indexOf(Buffer.from('𠮷', 'utf8'), 50_000) + 2)), /not valid UTF-8/);
    });
  });

  describe('output', () => {
    it('a file name with a newline is escaped in text output, kept raw in JSON', () => {
      const d = fresh();
      const p = path.join(d, 'a\nb.txt');
      fs.writeFileSync(p, DRAFT);
      const r = run(['check', d]);
      assert.equal(r.code, 0, r.err);
      for (const line of r.out.trimEnd().split('\n')) assert.match(line, /^.*a\\nb\.txt:\d+:\d+ /);
      const j = run(['check', '--format', 'json', d]);
      assert.equal(JSON.parse(j.out).files[0].path, p);
      assert.equal(displayPath('x\ty\u202ez\u0007'), 'x\\ty\\u{202e}z\\x07');
    });

    it('piped into head: no EPIPE stack trace, a quiet exit with 141 (the report was not all shown)', () => {
      const d = fresh();
      const p = path.join(d, 'many.txt');
      fs.writeFileSync(p, `各单位：\n${'请XX镇各单位报送材料。\n'.repeat(20_000)}`);
      const errFile = path.join(d, 'stderr');
      const r = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" check "$2" 2>"$3" | head -n 1; echo "status=${PIPESTATUS[0]}"', process.execPath, BIN, p, errFile], { encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.error, undefined);
      const [first, status] = r.stdout.trimEnd().split('\n');
      assert.match(first, /many\.txt:2:2 warning/);
      assert.equal(status, 'status=141');
      const err = fs.readFileSync(errFile, 'utf8');
      assert.doesNotMatch(err, /EPIPE|Error|at /);
      assert.doesNotMatch(err, /standard output closed/, 'quiet without --fix');
    });

    it('standard output closed in the middle of --fix: exit 141 and one line on stderr; every file whole (fixed or untouched), no temporary file', async () => {
      const d = fresh();
      // each file keeps findings after its fix (XX: a placeholder, no fix), so every file prints lines
      const text = `${DRAFT}${'请XX镇各单位报送材料。\n'.repeat(2000)}`;
      const fixedText = `${FIXED}${'请XX镇各单位报送材料。\n'.repeat(2000)}`;
      const names = Array.from({ length: 40 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
      for (const name of names) fs.writeFileSync(path.join(d, name), text);
      const child = spawn(process.execPath, [BIN, 'check', '--fix', d], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8' } });
      let err = '';
      child.stderr.on('data', (b) => (err += b));
      // the reader goes away after the first lines, as `head -n 1` does
      child.stdout.once('data', () => child.stdout.destroy());
      const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
      const [code, sig] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
      clearTimeout(guard);
      assert.equal(sig, null, err);
      assert.equal(code, 141, err);
      assert.match(err, /standard output closed: stopped; the fixes already written are whole, the other files are unchanged/);
      assert.doesNotMatch(err, /EPIPE|Error|at /);
      assert.deepEqual(tmpLeft(d), []);
      let fixedCount = 0;
      for (const name of names) {
        const now = fs.readFileSync(path.join(d, name), 'utf8');
        assert.ok(now === text || now === fixedText, `${name} is whole`);
        if (now === fixedText) fixedCount++;
      }
      assert.ok(fixedCount >= 1 && fixedCount < names.length, `stopped part-way: ${fixedCount} of ${names.length} fixed`);
    });
  });
});
