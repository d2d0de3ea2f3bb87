/**
 * A government site's information-disclosure panel (政府信息公开目录) pasted above the document it publishes: labels
 * (`索引号：` `主题分类：` `发文机构：` …) with their values, on one line or on the line under the label. The whole panel is
 * one kind of residue; its deletion is safe only where the panel is unambiguous (three labels or more, one of them the
 * portal's own, at the top of the page), offered elsewhere. A document's own 发文字号 and date lines, and a form's
 * labels without the portal's, are left alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

const PANEL_KIND = 'government information-disclosure panel';

/** The web-residue findings of `text`: 1-based line, message (English) and fix kind. */
function residue(text: string): Array<{ line: number; kind: string | undefined; en: string }> {
  return lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'web-residue')
    .map((f) => ({ line: text.slice(0, f.start).split('\n').length, kind: f.fix?.kind, en: f.message.en }));
}

const DOCUMENT = '关于印发某某方案的通知\n\n各区人民政府：\n\n现将方案印发给你们，请认真贯彻执行。\n\n市人民政府办公厅\n2024年3月5日\n';
const fix = (text: string) => fixAll(text, { language: 'plaintext', severities: { placeholder: 'off' } }, 8).text;

describe('web-residue: information-disclosure panel', () => {
  it('labels alone with their values under them, at the top: one kind, deleted by --fix', () => {
    const panel = '索引号：\n11440300MB2C92051X/2024-00123\n主题分类：\n综合政务\n发文机构：\n市人民政府办公厅\n发文字号：\n深府办〔2024〕5号\n发文日期：\n2024-03-05\n有效性：\n有效\n发布日期：\n2024-03-06\n内容概述：\n\n';
    const found = residue(panel + DOCUMENT);
    assert.deepEqual(found.map((f) => f.line), Array.from({ length: 15 }, (_, k) => k + 1));
    for (const f of found) {
      assert.ok(f.en.includes(PANEL_KIND), f.en);
      assert.equal(f.kind, 'safe');
    }
    assert.equal(fix(panel + DOCUMENT), DOCUMENT);
  });

  it('laid out with blank lines: the values between labels are the panel’s, the title after it is not', () => {
    const panel = '索引号：\n\n11440300MB2C92051X/2024-00123\n\n主题分类：\n\n综合政务\n\n发文字号：\n\n深府办〔2024〕5号\n\n内容概述：\n\n';
    assert.deepEqual(residue(panel + DOCUMENT).map((f) => [f.line, f.kind]), [1, 3, 5, 7, 9, 11, 13].map((l) => [l, 'safe']));
    assert.equal(fix(panel + DOCUMENT), DOCUMENT);
  });

  it('labels with their values on one line, under the panel heading', () => {
    const panel = '信息公开目录\n索 引 号：002489756/2024-00056\n主题分类：综合政务\\通知\n发布机构：青山县人民政府办公室\n发文字号：青政办发〔2024〕8号\n发布日期：2024-03-07\n\n';
    const found = residue(panel + DOCUMENT);
    assert.deepEqual(found.map((f) => [f.line, f.kind]), [1, 2, 3, 4, 5, 6].map((l) => [l, 'safe']));
    assert.equal(fix(panel + DOCUMENT), DOCUMENT);
  });

  it('below the title, the panel is only offered, the portal’s own labels too', () => {
    const text = '关于印发某某方案的通知\n\n主题分类：综合政务\n发文机构：市人民政府办公厅\n发文字号：深府办〔2024〕5号\n\n各区人民政府：\n\n现将方案印发给你们。\n';
    const found = residue(text);
    assert.deepEqual(found.map((f) => [f.line, f.kind]), [[3, 'suggestion'], [4, 'suggestion'], [5, 'suggestion']]);
    assert.ok(found.every((f) => f.en.includes(PANEL_KIND)));
    assert.equal(fix(text), text);
  });

  it('two labels only: offered, not deleted', () => {
    const text = '索引号：11440300MB2C92051X/2024-00123\n发文字号：深府办〔2024〕5号\n\n' + DOCUMENT;
    assert.deepEqual(residue(text).map((f) => [f.line, f.kind]), [[1, 'suggestion'], [2, 'suggestion']]);
    assert.equal(fix(text), text);
  });

  it('a lone label of the portal’s at the top of the page, over the title: offered, not deleted (tester2 r2i)', () => {
    const text = '索引号：001-2024-005\n\n' + DOCUMENT;
    assert.deepEqual(residue(text).map((f) => [f.line, f.kind]), [[1, 'suggestion']]);
    assert.equal(fix(text), text);
  });

  it('two labels in the body (`主题分类：财政`, `有效性：有效`): offered, not deleted (tester2 r2f)', () => {
    const text = '关于公布现行有效规范性文件目录的通知\n\n各区人民政府：\n\n经清理，《关于加强财政管理的通知》继续有效。\n\n主题分类：财政\n\n有效性：有效\n\n市人民政府\n\n2024年1月5日\n';
    assert.deepEqual(residue(text).map((f) => [f.line, f.kind]), [[7, 'suggestion'], [9, 'suggestion']]);
    assert.equal(fix(text), text);
  });

  it('the last label’s value is not taken when it reads as the title', () => {
    const text = '索引号：\n11440300MB2C92051X/2024-00123\n主题分类：\n综合政务\n内容概述：\n关于印发某某方案的通知\n\n各区人民政府：\n\n现将方案印发给你们。\n';
    assert.deepEqual(residue(text).map((f) => f.line), [1, 2, 3, 4, 5]);
  });
});

describe('web-residue: a document’s own lines are no panel', () => {
  const cases = [
    // the 发文字号 standing alone under the title, the date line
    '深圳市人民政府办公厅关于印发某某方案的通知\n\n深府办〔2024〕5号\n\n各区人民政府，市政府直属各单位：\n\n现将方案印发给你们，请认真贯彻执行。\n\n深圳市人民政府办公厅\n2024年3月5日\n',
    // a 发文稿纸's labels: none of the portal's
    '发文稿纸\n\n发文字号：深府办〔2024〕5号\n成文日期：2024年3月5日\n印发日期：2024年3月6日\n\n标题：关于印发某某方案的通知\n',
    // an application for disclosure names the document it asks for
    '政府信息公开申请表\n\n信息名称：关于印发某某方案的通知\n文号：深府办〔2024〕5号\n发布机构：市人民政府办公厅\n\n申请人：张某\n',
    // a 发文稿纸 with the portal's labels among its fields (tester2 r2h)
    '发文稿纸\n\n签发：张三\n\n主办单位：办公室\n\n发文字号：湘政办发〔2024〕5号\n\n发文日期：2024年1月5日\n\n主题分类：综合政务\n\n有效性：有效\n\n标题：关于做好春节期间有关工作的通知\n',
    // a 规范性文件清理 list: one 有效性 line under each item (tester2 r2d)
    '关于规范性文件清理结果的公告\n\n经清理，现将有关事项公告如下。\n\n一、继续有效的文件\n\n1.《关于加强财政管理的通知》\n\n有效性：继续有效\n\n2.《关于规范收费的通知》\n\n有效性：废止\n\n市人民政府\n\n2024年1月5日\n',
    // a lone label line in the body
    '关于公布规范性文件目录的通知\n\n各单位：\n\n主题分类：财政\n\n现将目录公布如下。\n',
    // a 政府信息公开申请表: its labels empty, one of them over another label of the form (tester2 r2c)
    '政府信息公开申请表\n\n申请人信息\n\n姓名：张三\n\n证件类型：身份证\n\n发文字号：\n\n发文日期：\n\n所需信息的内容描述：\n\n内容概述：\n\n有效性：\n\n获取信息的方式：邮寄\n\n申请日期：2024年1月5日\n',
    // the same form as an attachment, after a Markdown table of its fields (tester2 r2j)
    '附件\n\n政府信息公开申请表\n\n索引号：\n\n所需信息名称：\n\n发文字号：\n\n有效性：\n',
    // a 信息公开规范 listing the fields of the panel under its lead-in (tester2 r2e)
    '市政府办公室关于印发《市政府信息公开工作规范》的通知\n\n各县（区）人民政府：\n\n现将有关事项通知如下。\n\n公开信息时应载明以下要素：\n\n索引号：由系统自动生成\n\n主题分类：按照主题词表选择\n\n发文机构：填写制发机关全称\n\n发文字号：填写完整\n\n发文日期：填写成文日期\n\n有效性：填写有效或失效\n\n市人民政府办公室\n\n2024年1月5日\n',
    // one label of the panel's in a sentence of the document
    '关于规范政府信息公开工作的通知\n\n各单位：\n\n公开的文件须标注发文字号、发布日期和有效性。\n\n特此通知。\n',
  ];
  for (const text of cases) {
    it(text.split('\n')[0], () => {
      assert.deepEqual(residue(text), []);
      assert.equal(fix(text), text);
    });
  }
});
