/**
 * Rows of a table written with bars in a document's body (`姓名 | 材料 | 日期`, `| 张三 | 工作总结 | 2026-01-05 |`) are
 * the document's own text: web-residue must never delete them (the closing note of 2026-12-02 found
 * `姓名 | 工作总结 | 2026-01-05` deleted by a safe fix as a site's byline). Beside them, the bylines and bars of
 * fields that are a page's, which must still be caught.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

type Language = 'plaintext' | 'markdown';
/** The 1-based lines reported as residue, each with its fix's kind. */
const calls = (text: string, language: Language = 'plaintext') => {
  const r = lint(text, { language });
  return r.findings.filter((f) => f.rule === 'web-residue').map((f) => `${r.source.lineAt(f.start).index + 1}:${f.fix?.kind}`);
};
const fixed = (text: string, language: Language = 'plaintext') => fixAll(text, { language }, 8).text;

const doc = (body: string) => `关于报送2025年度工作总结的通知\n\n各科室：\n\n现将有关材料汇总如下。\n\n${body}\n\n特此通知。\n\n某某局办公室\n2026年1月10日\n`;

describe('web-residue: rows of a table written with bars', () => {
  const tables: Array<[string, string]> = [
    ['a header over rows, site-section words in a cell', '姓名 | 材料 | 日期\n张三 | 工作总结 | 2026-01-05\n李四 | 述职报告 | 2026-01-06'],
    ['two rows alone', '张三 | 工作总结 | 2026-01-05\n李四 | 心得体会 | 2026-01-06'],
    ['rows with two dates (a byline’s two fields by shape)', '姓名 | 提交时间 | 审核时间\n张三 | 2026-01-05 | 2026-01-08\n李四 | 2026-01-05 10:00:00 | 2026-01-08 09:30:00'],
    ['a header of byline words (作者 | 来源 | 日期)', '作者 | 来源 | 日期\n张三 | 本站 | 2026-01-05'],
    ['a cell that reads as a reading count', '单位 | 浏览量 | 阅读量\n办公室 | 123 | 45\n财务科 | 1.2万次阅读 | 3'],
    ['a Markdown table in a text file, its rule row too', '| 姓名 | 材料 | 日期 |\n| --- | --- | --- |\n| 张三 | 工作总结 | 2026-01-05 |'],
    ['two columns closed by a bar (a cell of a credit’s words)', '事项 | 说明 |\n来源 | 县级财政预算 |\n审核 | 市财政局 |'],
  ];
  for (const [name, body] of tables) {
    for (const language of ['plaintext', 'markdown'] as const) {
      it(`not residue, and --fix keeps it (${language}): ${name}`, () => {
        const text = doc(body);
        assert.deepEqual(calls(text, language), []);
        assert.equal(fixed(text, language), text);
      });
    }
  }

  it('a lone row in the body that names a column first is no site byline', () => {
    const text = doc('姓名 | 工作总结 | 2026-01-05');
    assert.deepEqual(calls(text), []);
    assert.equal(fixed(text), text);
  });
  it('a lone line of a site byline’s shape below the top of the page is only offered', () => {
    const text = doc('张三 | 工作总结 | 2026-01-05');
    assert.deepEqual(calls(text), ['7:suggestion']);
    assert.equal(fixed(text), text);
  });

  it('the site’s byline under the title is still deleted', () => {
    assert.deepEqual(calls('公文派 | 讲话稿 | 2026-11-02\n在全县经济工作会议上的讲话\n\n同志们：\n\n今天我们召开会议。\n'), ['1:safe']);
    assert.deepEqual(calls('在全县经济工作会议上的讲话\n公文派 | 讲话稿 | 2026-11-02\n\n同志们：\n\n今天我们召开会议。\n'), ['2:safe']);
  });
  it('bylines of labelled fields are still deleted, one line or two adjacent', () => {
    const text = '关于报送工作总结的通知\n作者：张三 | 来源：某某网 | 2026-01-05\n发布时间：2026-01-05 | 浏览次数：123\n\n各单位：\n\n现将有关事项通知如下。\n';
    assert.deepEqual(calls(text), ['2:safe', '3:safe']);
    assert.deepEqual(calls(doc('作者：张三 | 来源：某某网 | 2026-01-05')), ['7:safe']);
    assert.deepEqual(calls(doc('发布时间：2026-01-05 | 浏览次数：123')), ['7:safe']);
  });
  it('a WeChat article’s credits, one a line with a bar between two cells, are still caught', () => {
    const text = '在全县经济工作会议上的讲话\n\n同志们：\n\n今天我们召开会议。\n\n来源 | 县委组织部干部科\n编辑 | 王悦\n审核 | 周航\n';
    assert.deepEqual(calls(text).map((c) => c.split(':')[0]), ['7', '8', '9']);
  });
  it('a site’s footer of bars, rows of equal cells furniture by their own words, is still caught', () => {
    const text = '在全县经济工作会议上的讲话\n\n同志们：\n\n今天我们召开会议。\n\n关于我们 | 联系我们 | 网站地图\nCopyright © 2024 某某范文网 | 京ICP备12345678号 | 公网安备33010002000001号\n';
    assert.deepEqual(calls(text).map((c) => c.split(':')[0]), ['7', '8']);
  });
  it('a lone bar on its lines is still noise', () => {
    const text = doc('|\n|');
    assert.deepEqual(calls(text).map((c) => c.split(':')[0]), ['7', '8']);
  });
});
