import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli';
import { defaultOutput } from '../../server/src/export/cli';
import { paragraphs, unzipDocx } from '../helpers/docx';

async function cli(args: string[], lang = 'zh_CN.UTF-8') {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env: { LANG: lang } });
  return { code, out, err };
}

const DRAFT = ['关于做好XX镇防汛工作的通知', '', '各村（社区）：', '', '请各单位于本月底前报送材料。', ''].join('\n');

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

  it('writes DRAFT.docx beside the draft and reports the fonts it asked for', async () => {
    const p = write('notice.txt', DRAFT);
    const r = await cli(['export', p]);
    assert.equal(r.code, 0, r.err);
    const out = path.join(dir, 'notice.docx');
    assert.match(r.out, new RegExp(`已导出 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(r.out, /字体：标题 方正小标宋简体，正文 仿宋_GB2312，一级标题 黑体，二级标题 楷体_GB2312，页码 宋体/);
    const ps = paragraphs(unzipDocx(fs.readFileSync(out))['word/document.xml']);
    assert.equal(ps[0].text, '关于做好XX镇防汛工作的通知');
    assert.deepEqual(leftovers(), []);
  });

  it('refuses while error-severity findings remain, naming them; --force exports anyway', async () => {
    const p = write('errors.md', DRAFT);
    const out = path.join(dir, 'errors.docx');
    const r = await cli(['export', p, '--rule', 'placeholder=error']);
    assert.equal(r.code, 1);
    assert.match(r.err, /errors\.md:1:5 error .*\[placeholder\]/);
    assert.match(r.err, /仍有 1 处错误级问题，未导出/);
    assert.equal(fs.existsSync(out), false);
    const forced = await cli(['export', p, '--rule', 'placeholder=error', '--force']);
    assert.equal(forced.code, 0, forced.err);
    assert.ok(fs.existsSync(out));
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
    assert.match(r.err, /cannot write: ENOENT/);
  });

  it('reports bad usage and unreadable drafts with exit 2', async () => {
    assert.equal((await cli(['export'])).code, 2);
    assert.equal((await cli(['export', 'a.md', 'b.md'])).code, 2);
    const bad = await cli(['export', write('b.txt', DRAFT), '--font', 'colour=red']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--font colour=red/);
    const missing = await cli(['export', path.join(dir, 'none.md'), '--lang', 'en']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /cannot read: ENOENT/);
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
