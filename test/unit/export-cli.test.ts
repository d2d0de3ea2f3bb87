import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli';
import { defaultOutput } from '../../server/src/export/cli';
import { paragraphs, unzipDocx } from '../helpers/docx';

async function cli(args: string[], lang = 'zh_CN.UTF-8', cwd?: string) {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env: { LANG: lang }, ...(cwd ? { cwd } : {}) });
  return { code, out, err };
}

/** A finished draft: nothing blocks its export. */
const DRAFT = ['关于做好城关镇防汛工作的通知', '', '各村（社区）：', '', '请各单位于本月底前报送材料。', ''].join('\n');
/** The same with an unfilled placeholder (a warning by default) on line 1. */
const DRAFT_XX = DRAFT.replace('城关镇', 'XX镇');

describe('gongwen export', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const leftovers = () => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('refuses an empty draft (spaces, line breaks, a BOM) with a message, and writes nothing', async () => {
    for (const [name, content] of [['empty.txt', ''], ['blank.md', '\n  \n\u3000\n'], ['bom.txt', '\uFEFF\n']]) {
      const p = write(name, content);
      const r = await cli(['export', p]);
      assert.equal(r.code, 2, name);
      assert.match(r.err, /是空的，未导出/);
      assert.ok(!fs.existsSync(p.replace(/\.(txt|md)$/, '.docx')), `${name}: no .docx`);
    }
    const en = await cli(['export', write('empty2.txt', '')], 'en_US.UTF-8');
    assert.match(en.err, /is empty; nothing exported/);
  });

  it('refuses a folder, saying it is a folder and that export takes one file (not a FIFO or device)', async () => {
    const folder = path.join(dir, '草稿');
    fs.mkdirSync(folder);
    const zh = await cli(['export', folder]);
    assert.equal(zh.code, 2);
    assert.match(zh.err, /是目录（文件夹）；export 只导出一个草稿文件/);
    assert.doesNotMatch(zh.err, /FIFO/);
    const en = await cli(['export', folder], 'en_US.UTF-8');
    assert.match(en.err, /is a folder \(directory\); export takes one draft file/);
    assert.ok(!fs.existsSync(`${folder}.docx`));
  });

  it('writes DRAFT.docx beside the draft and reports the fonts it asked for', async () => {
    const p = write('notice.txt', DRAFT);
    const r = await cli(['export', p]);
    assert.equal(r.code, 0, r.err);
    const out = path.join(dir, 'notice.docx');
    assert.match(r.out, new RegExp(`已导出 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(r.out, /字体：标题 方正小标宋简体，正文 仿宋_GB2312，一级标题 黑体，二级标题 楷体_GB2312，页码 宋体/);
    const ps = paragraphs(unzipDocx(fs.readFileSync(out))['word/document.xml']);
    assert.equal(ps[0].text, '关于做好城关镇防汛工作的通知');
    assert.deepEqual(leftovers(), []);
  });

  it('refuses a draft with an unfilled XX (a warning by default), naming it; --force exports anyway', async () => {
    const p = write('xx.md', DRAFT_XX);
    const out = path.join(dir, 'xx.docx');
    const r = await cli(['export', p]);
    assert.equal(r.code, 1);
    assert.match(r.err, /xx\.md:1:5 warning .*\[placeholder\]/);
    assert.match(r.err, /草稿仍有 1 处须处理的问题（未填占位符）/);
    assert.match(r.err, /未填占位符 1 处（第 1 行）/);
    assert.match(r.err, /未导出；请先处理，或加 --force 仍然导出/);
    assert.equal(fs.existsSync(out), false);
    assert.deepEqual(leftovers(), []);
    const en = await cli(['export', p, '--lang', 'en']);
    assert.equal(en.code, 1);
    assert.match(en.err, /未填占位符 Unfilled placeholder: 1 \(line 1\)/);
    assert.match(en.err, /not exported\. Deal with them, or pass --force/);
    const forced = await cli(['export', p, '--force']);
    assert.equal(forced.code, 0, forced.err);
    assert.ok(fs.existsSync(out));
    // Forced through, the placeholder stays visible in the Word file for the reader to fill in.
    assert.equal(paragraphs(unzipDocx(fs.readFileSync(out))['word/document.xml'])[0].text, '关于做好XX镇防汛工作的通知');
  });

  it('refuses on error severity of any rule, and counts per rule with their first lines', async () => {
    const text = ['关于做好XX镇防汛工作的通知', '', '各村（社区）：', '', '请XX村和XX社区于本月底前报送材料。', '', '下面是小编为大家整理的范文，欢迎阅读。', ''].join('\n');
    const p = write('many.txt', text);
    const r = await cli(['export', p]);
    assert.equal(r.code, 1);
    assert.match(r.err, /草稿仍有 4 处须处理的问题（未填占位符、网页残留）/);
    assert.match(r.err, /未填占位符 3 处（第 1、5 行）/);
    assert.match(r.err, /网页残留 1 处（第 7 行）/);
  });

  it('refuses a draft with web residue at any severity on', async () => {
    const text = DRAFT + '\n下面是小编为大家整理的范文，欢迎阅读。\n';
    const p = write('residue.txt', text);
    const r = await cli(['export', p, '--rule', 'web-residue=hint', '--lang', 'en']);
    assert.equal(r.code, 1);
    assert.match(r.err, /\[web-residue\]/);
    assert.match(r.err, /网页残留 Web page residue: 1 \(line 7\)/);
    assert.equal(fs.existsSync(path.join(dir, 'residue.docx')), false);
  });

  it('does not block on a rule the user turned off (flag or rc file), nor on warnings of other rules', async () => {
    const p = write('off.md', DRAFT_XX);
    const r = await cli(['export', p, '--rule', 'placeholder=off']);
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.existsSync(path.join(dir, 'off.docx')));
    const sub = path.join(dir, 'rc-off');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, '.gongwenrc.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    fs.writeFileSync(path.join(sub, 'a.md'), DRAFT_XX);
    const rc = await cli(['export', path.join(sub, 'a.md')], 'zh_CN.UTF-8', dir);
    assert.equal(rc.code, 0, rc.err);
    // Nor in a draft the configuration leaves unchecked.
    fs.writeFileSync(path.join(sub, '.gongwenrc.json'), JSON.stringify({ ignore: ['归档/**'] }));
    fs.mkdirSync(path.join(sub, '归档'));
    fs.writeFileSync(path.join(sub, '归档', 'old.md'), DRAFT_XX);
    const ignored = await cli(['export', path.join(sub, '归档', 'old.md')], 'zh_CN.UTF-8', dir);
    assert.equal(ignored.code, 0, ignored.err);
    // An ordinary warning (a half-width comma in Chinese text) does not block.
    const warn = write('warn.md', DRAFT.replace('请各单位', '请各单位,'));
    const w = await cli(['export', warn]);
    assert.equal(w.code, 0, w.err);
  });

  it('takes the fonts of the rc file (export.fonts), --font over them, and --config', async () => {
    const sub = path.join(dir, 'rc-fonts');
    fs.mkdirSync(path.join(sub, 'inner'), { recursive: true });
    fs.writeFileSync(path.join(sub, '.gongwenrc.json'), JSON.stringify({ export: { fonts: { body: '仿宋', title: '华文中宋' } } }));
    fs.writeFileSync(path.join(sub, 'inner', '.gongwenrc.json'), JSON.stringify({ export: { fonts: { heading1: '方正黑体_GBK' } } }));
    const draft = path.join(sub, 'inner', 'd.md');
    fs.writeFileSync(draft, DRAFT);
    const r = await cli(['export', draft], 'zh_CN.UTF-8', dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /字体：标题 华文中宋，正文 仿宋，一级标题 方正黑体_GBK，二级标题 楷体_GB2312/);
    const ps = paragraphs(unzipDocx(fs.readFileSync(path.join(sub, 'inner', 'd.docx')))['word/document.xml']);
    assert.equal(ps[0].runs[0].fonts.eastAsia, '华文中宋');
    const over = await cli(['export', draft, '--force', '--font', 'body=楷体'], 'zh_CN.UTF-8', dir);
    assert.equal(over.code, 0, over.err);
    assert.match(over.out, /标题 华文中宋，正文 楷体，/);
    const cfg = path.join(dir, 'only.json');
    fs.writeFileSync(cfg, JSON.stringify({ export: { fonts: { title: '小标宋' } } }));
    const explicit = await cli(['export', draft, '--force', '--config', cfg], 'zh_CN.UTF-8', dir);
    assert.equal(explicit.code, 0, explicit.err);
    assert.match(explicit.out, /标题 小标宋，正文 仿宋_GB2312，一级标题 黑体，/);
    const bad = path.join(dir, 'bad-fonts.json');
    fs.writeFileSync(bad, JSON.stringify({ export: { fonts: { body: '' } } }));
    // A --config file with problems is told as check tells it (each problem, then the count), exit 2, nothing exported.
    fs.rmSync(path.join(sub, 'inner', 'd.docx'));
    const b = await cli(['export', draft, '--force', '--config', bad], 'zh_CN.UTF-8', dir);
    assert.equal(b.code, 2, b.err);
    assert.match(b.err, /bad-fonts\.json: export\.fonts\.body：不能为空/);
    assert.match(b.err, /--config 指定的配置文件有 1 处问题，未导出/);
    assert.equal(b.out, '');
    assert.equal(fs.existsSync(path.join(sub, 'inner', 'd.docx')), false);
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{"rules": {"nope": "off"}');
    const chk = await cli(['check', draft, '--config', broken], 'en_US.UTF-8', dir);
    const exp = await cli(['export', draft, '--config', broken], 'en_US.UTF-8', dir);
    assert.equal(chk.code, 2);
    assert.equal(exp.code, 2, exp.err);
    const lines = (err: string, prefix: string) => err.split('\n').filter((l) => l.startsWith(prefix) && l.includes('broken.json: ')).map((l) => l.slice(prefix.length));
    // the same problems, in the same words
    assert.deepEqual(lines(exp.err, 'gongwen export: ').slice(0, 2), lines(chk.err, 'gongwen: ').slice(0, 2));
    assert.match(exp.err, /line 1, column 26: JSON syntax error: expected a closing brace/);
    assert.match(exp.err, /rules\.nope: unknown rule "nope"/);
    assert.match(exp.err, /the configuration file named by --config has 2 problem\(s\); not exported/);
    assert.equal(fs.existsSync(path.join(sub, 'inner', 'd.docx')), false);
    const missing = await cli(['export', draft, '--config', path.join(dir, 'none.json')], 'en_US.UTF-8', dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read the configuration file \(ENOENT\)/);
  });

  it('reads the draft as check does: GBK, UTF-16 and binary files get a clear message, exit 2, and no .docx', async () => {
    const gbk = write('gbk.txt', '');
    // 关于 in GBK: not UTF-8.
    fs.writeFileSync(gbk, Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a]));
    const r = await cli(['export', gbk]);
    assert.equal(r.code, 2);
    assert.match(r.err, /gbk\.txt: 无法读取 \/ cannot read: 不是 UTF-8，看起来是 GBK（GB18030）等旧编码的中文文本：请“另存为”UTF-8 编码后再导出 \/ .* and export again/);
    assert.equal(fs.existsSync(path.join(dir, 'gbk.docx')), false);
    const utf16 = path.join(dir, 'u16.md');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]));
    const u = await cli(['export', utf16]);
    assert.equal(u.code, 2);
    assert.match(u.err, /UTF-16LE/);
    assert.equal(fs.existsSync(path.join(dir, 'u16.docx')), false);
    const bin = write('nul.md', '关于\u0000');
    const n = await cli(['export', bin]);
    assert.equal(n.code, 2);
    assert.match(n.err, /looks like a binary file/);
    assert.equal(fs.existsSync(path.join(dir, 'nul.docx')), false);
    // A NUL inside a text draft: located, and the user is told to export again (not to check again, as `check` says).
    const nulText = write('nul-text.md', '关于做好防汛工作的通知\n\n各村：\n\n请\u0000按时报送防汛物资清单和值班安排表。\n');
    const t = await cli(['export', nulText]);
    assert.equal(t.code, 2);
    assert.match(t.err, /第 5 行第 2 个字符处有 NUL 字节（U\+0000），看起来是二进制文件：若这是文字稿，请删去这些字符后再导出 \/ has a NUL byte \(U\+0000\) at line 5, character 2, .*delete the NUL character\(s\) and export again/);
    assert.doesNotMatch(t.err, /检查|check again/);
    assert.equal(fs.existsSync(path.join(dir, 'nul-text.docx')), false);
    // A UTF-8 BOM is not text: the title is the first paragraph without it.
    const bom = write('bom.txt', '\ufeff' + DRAFT);
    assert.equal((await cli(['export', bom])).code, 0);
    assert.equal(paragraphs(unzipDocx(fs.readFileSync(path.join(dir, 'bom.docx')))['word/document.xml'])[0].text, '关于做好城关镇防汛工作的通知');
    assert.deepEqual(leftovers(), []);
  });

  it('never replaces an existing file without --force; with it, replaces it', async () => {
    const p = write('keep.txt', DRAFT);
    const out = write('keep.docx', 'precious');
    const r = await cli(['export', p, '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /keep\.docx exists; pass --force/);
    assert.equal(fs.readFileSync(out, 'utf8'), 'precious');
    const forced = await cli(['export', p, '--force']);
    assert.equal(forced.code, 0, forced.err);
    assert.equal(fs.readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(leftovers(), []);
  });

  it('keeps the permissions of a file it replaces with --force', async () => {
    const p = write('ro.txt', DRAFT);
    const out = write('ro.docx', 'old');
    fs.chmodSync(out, 0o444);
    const r = await cli(['export', p, '--force']);
    assert.equal(r.code, 0, r.err);
    assert.equal(fs.statSync(out).mode & 0o777, 0o444);
    assert.equal(fs.readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
    assert.deepEqual(leftovers(), []);
  });

  it('refuses an output name that does not end in .docx, and writes nothing', async () => {
    const p = write('named.txt', DRAFT);
    for (const name of ['named-out.txt', 'named-out', 'named.docx.md']) {
      const r = await cli(['export', p, '-o', path.join(dir, name), '--lang', 'en', '--force']);
      assert.equal(r.code, 2, name);
      assert.match(r.err, /is not a \.docx name/);
      assert.equal(fs.existsSync(path.join(dir, name)), false, name);
    }
    const zh = await cli(['export', p, '-o', path.join(dir, 'x.txt')]);
    assert.match(zh.err, /不是 \.docx 文件名/);
    const upper = await cli(['export', p, '-o', path.join(dir, 'UPPER.DOCX')]);
    assert.equal(upper.code, 0, upper.err);
    assert.deepEqual(leftovers(), []);
  });

  it('takes -o and --font', async () => {
    const p = write('fonts.txt', DRAFT);
    const out = path.join(dir, 'sub-out.docx');
    const r = await cli(['export', p, '-o', out, '--font', 'body=仿宋', '--font', 'title=华文中宋']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /标题 华文中宋，正文 仿宋，/);
    const ps = paragraphs(unzipDocx(fs.readFileSync(out))['word/document.xml']);
    assert.equal(ps[0].runs[0].fonts.eastAsia, '华文中宋');
  });

  it('leaves nothing when the output folder does not exist', async () => {
    const p = write('nowhere.txt', DRAFT);
    const r = await cli(['export', p, '-o', path.join(dir, 'missing', 'x.docx'), '--lang', 'en']);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write: its folder does not exist \(ENOENT\)/);
    const zh = await cli(['export', p, '-o', path.join(dir, 'missing', 'x.docx')]);
    assert.match(zh.err, /无法写入: 所在文件夹不存在 \(ENOENT\)/);
    assert.equal(fs.existsSync(path.join(dir, 'missing')), false);
  });

  it('names a folder given as the output a folder, with or without --force, and writes nothing', async () => {
    const p = write('folder.txt', DRAFT);
    const out = path.join(dir, 'a-folder');
    fs.mkdirSync(out);
    for (const extra of [[], ['--force']]) {
      const r = await cli(['export', p, '-o', out, '--lang', 'en', ...extra]);
      assert.equal(r.code, 2);
      assert.match(r.err, /a-folder is a folder; name a \.docx file with -o/);
      assert.doesNotMatch(r.err, /pass --force/);
    }
    assert.deepEqual(fs.readdirSync(out), []);
    assert.deepEqual(leftovers(), []);
  });

  it('states usage errors in both languages, as check does: unknown options, missing values, a --rule without its severity', async () => {
    const p = write('usage.txt', DRAFT);
    const cases: Array<[string[], RegExp]> = [
      [['export', p, '--bogus'], /未知选项 --bogus \/ unknown option --bogus/],
      [['export', p, '--font'], /--font 缺少取值 \/ --font needs a value/],
      [['export', p, '--force=yes'], /--force 不带取值 \/ --force takes no value/],
      [['export', p, '--rule', 'placeholder'], /--rule placeholder: the severity is missing/],
      [['export', p, '--rule', 'nope=off'], /unknown rule "nope"/],
    ];
    for (const [args, re] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, re, args.join(' '));
      assert.doesNotMatch(r.err, /To specify a positional argument|argument missing|unknown rule "placeholder"/, args.join(' '));
    }
  });

  it('exports a draft whose long Chinese name leaves little room in the 255 bytes a file name may have', async () => {
    const p = write(`${'关于做好防汛工作的通知'.repeat(7)}（征求）.md`, DRAFT); // the .docx name is 248 bytes
    const r = await cli(['export', p, '--force']);
    assert.equal(r.code, 0, r.err);
    assert.ok(fs.existsSync(p.replace(/\.md$/, '.docx')));
    assert.deepEqual(leftovers(), []);
  });

  it('reports bad usage and unreadable drafts with exit 2', async () => {
    assert.equal((await cli(['export'])).code, 2);
    assert.equal((await cli(['export', 'a.md', 'b.md'])).code, 2);
    const bad = await cli(['export', write('b.txt', DRAFT), '--font', 'colour=red']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--font colour=red/);
    const missing = await cli(['export', path.join(dir, 'none.md'), '--lang', 'en']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read: .*ENOENT/);
    const same = await cli(['export', write('same.docx', 'x'), '-o', path.join(dir, 'same.docx')]);
    assert.equal(same.code, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'same.docx'), 'utf8'), 'x');
    const binary = write('bin.md', '\u0000\u0001');
    assert.equal((await cli(['export', binary])).code, 2);
  });

  it('names the output after the draft', () => {
    assert.equal(defaultOutput(path.join('a', '通知.md')), path.join('a', '通知.docx'));
    assert.equal(defaultOutput('README'), 'README.docx');
  });
});
