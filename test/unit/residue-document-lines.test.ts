/**
 * Lines of real documents that `--fix` deleted as web-page residue (a tester's round, 2026-12-02, /work/tester2-repro):
 * numbered headings of the document's own structure and sentences that share words with page furniture. Each is
 * checked in a document as the tester wrote it: not reported as residue (or at most offered), and `--fix` leaves the
 * text as it is. Beside each, the furniture of the same kind that must still be caught.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { classifyResidue, residueText } from '../../server/src/core/residue';

const residue = (text: string) => lint(text, { language: 'markdown' }).findings.filter((f) => f.rule === 'web-residue');
const fixed = (text: string) => fixAll(text, { language: 'markdown' }, 8).text;
/** The 1-based lines reported as residue, each with its fix's kind. */
const calls = (text: string) => residue(text).map((f) => `${lint(text, { language: 'markdown' }).source.lineAt(f.start).index + 1}:${f.fix?.kind}`);

describe('web-residue: a numbered item of the document’s own sequence', () => {
  const r12 =
    '关于推进数字政府建设的实施意见\n\n各区人民政府：\n\n现提出如下意见。\n\n一、主要任务\n\n（一）实行A级景区门票限时免费\n\n（二）推行电子证照在线预览\n\n（三）完善政务服务评价和查看全文功能\n\n（四）推进政府文件原文下载服务\n\n二、保障措施\n\n（一）加强组织领导\n\n市人民政府\n\n2024年3月1日\n';
  const r10min = '关于举办征文活动的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n一、征文要求\n\n征文应紧扣主题。\n\n二、工作措施\n\n（一）加强组织领导\n\n（二）推行政务服务在线预览\n\n市委宣传部\n\n2024年3月1日\n';
  const r18 = '关于举办征文活动的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n一、作品要求\n\n（一）体裁：散文、诗歌均可\n\n（二）字数：3000字\n\n（三）格式：PDF　大小：10MB\n\n二、报送方式\n\n请以电子邮件报送。\n\n市委宣传部\n\n2024年3月1日\n';
  for (const [name, text] of [
    ['（二）推行电子证照在线预览, between （一） and （三）', r12],
    ['（二）推行政务服务在线预览, after （一）', r10min],
    ['（三）格式：PDF　大小：10MB, after （一） （二）', r18],
  ]) {
    it(`not residue, and --fix keeps it: ${name}`, () => {
      assert.deepEqual(calls(text), []);
      assert.equal(fixed(text), text);
    });
  }
  it('the numbering does not skip the item either (no false “（三） should be （二）”)', () => {
    const seq = lint(r12, { language: 'markdown' }).findings.filter((f) => f.rule === 'numbering-sequence');
    assert.deepEqual(seq, []);
  });
  it('第N条 items are a run too', () => {
    const text = '某某管理办法\n\n第一条　为规范管理，制定本办法。\n\n第二条　推行电子证照在线预览\n\n第三条　本办法自发布之日起施行。\n';
    assert.deepEqual(calls(text), []);
  });
  it('the same words on a line numbered alone (no run) are still furniture', () => {
    const text = '关于推进数字政府建设的实施意见\n\n各区人民政府：\n\n现提出如下意见。\n\n（二）在线预览\n\n市人民政府\n';
    assert.deepEqual(calls(text), ['7:safe']);
  });
  it('a run whose every item is furniture by its own words stays sure', () => {
    const text = '关于推进数字政府建设的实施意见\n\n正文。\n\n1.本文档共6页，可阅读全部6页。\n\n2.某某文档网站文档一经付费，不意味着购买了该文档的版权。\n';
    assert.deepEqual(calls(text), ['5:safe', '7:safe']);
  });
  it('numbered related-article titles under their header are still caught', () => {
    const text = '关于推进数字政府建设的实施意见\n\n正文。\n\n相关文章：\n\n1.推行电子证照在线预览\n\n2.数字政府建设心得体会\n\n3.政务服务工作总结\n';
    const got = calls(text);
    assert.deepEqual(got.map((c) => c.split(':')[0]), ['5', '7', '9', '11']);
    assert.equal(got[1], '7:safe', 'the item with furniture words, in a run all furniture, is sure again');
  });
  it('a download notice’s numbered items are still caught', () => {
    const text =
      '考勤管理办法\n\n正文。\n\n【下载声明】\n1. 本站所有习题类文档均不含答案。请谨慎下单，一旦售出，不予退换。\n2. 本站所有PPT文档均不包含音视频文件。\n3. 本页资料由用户自行上传，某某文库仅提供信息存储空间，如有侵权请联系删除。\n4. 请先查看预览内容，再自主决定是否下载。\n';
    assert.deepEqual(calls(text), ['5:safe', '6:suggestion', '7:suggestion', '8:safe', '9:suggestion']);
  });
});

describe('web-residue: sentences and lines of the document that share words with furniture', () => {
  const kind = (line: string) => classifyResidue(residueText(line));
  /** [document line, furniture of the kind its words were taken for that is still caught]. */
  const PAIRS: Array<[string, string, string]> = [
    ['征文应紧扣主题，全文3000字以内，本文不超过5000字为宜。', '全文共3200字', 'byline'],
    ['数据来源：市统计局，统计截止时间2024-03-31', '作者：admin 来源：本站 时间：2023-05-06', 'byline'],
    ['考试时间：2024-06-15 09:00:00至11:00:00', '发布时间：2023-05-06 10:12:33', 'byline'],
    ['报名截止时间：2024-06-15 17:00:00', '2023-05-06 10:12:33', 'byline'],
    ['转载作品请注明出处。', '转载时请务必注明出处', 'disclaimer'],
    ['扫码下载报名表', '扫描二维码下载', 'share'],
    ['如您需要补充其他材料，请告诉我们，我们可以为您提供帮助。', '如果您需要修改语气或调整篇幅，请告诉我。', 'chat'],
  ];
  for (const [line, furniture, k] of PAIRS) {
    it(`not residue: ${line}`, () => assert.equal(kind(line), undefined));
    it(`still ${k}: ${furniture}`, () => assert.equal(kind(furniture), k));
  }

  const cases: Array<[string, string]> = [
    [
      'r10: a length limit',
      '关于举办2024年“书香机关”征文活动的通知\n\n各单位：\n\n为推进机关文化建设，决定举办征文活动。现将有关事项通知如下。\n\n一、征文要求\n\n征文应紧扣主题，全文3000字以内，本文不超过5000字为宜。\n\n二、其他事项\n\n请各单位将作品报送至电子邮箱。\n\n市委宣传部\n\n2024年3月1日\n',
    ],
    [
      'r17: a data source and an exam time',
      '关于2024年一季度经济运行情况的报告\n\n市人民政府：\n\n现将一季度经济运行情况报告如下。\n\n一、主要指标\n\n全市地区生产总值增长5.6%。\n\n数据来源：市统计局，统计截止时间2024-03-31\n\n二、考试安排\n\n考试时间：2024-06-15 09:00:00至11:00:00\n\n特此报告。\n\n市统计局\n\n2024年4月10日\n',
    ],
    ['r18: a reprint rule of a 征文 notice', '关于举办征文活动的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n一、报送方式\n\n转载作品请注明出处。\n\n市委宣传部\n\n2024年3月1日\n'],
    [
      'r15: the caption of the notice’s own QR code',
      '关于举办全市政务服务技能竞赛的通知\n\n各区政务服务中心：\n\n现将有关事项通知如下。\n\n一、竞赛时间\n\n时间：2024年5月10日上午9:00\n\n二、报名方式\n\n请扫描下方二维码报名\n\n扫码下载报名表\n\n三、联系方式\n\n联系人：王五\n\n湘潭市政务服务中心\n\n2024年4月20日\n',
    ],
    [
      'r22: a reply letter’s offer of help',
      '政府信息公开申请答复书\n\n湘潭政公开〔2024〕15号\n\n张三：\n\n本机关于2024年3月1日收到您提交的政府信息公开申请。现答复如下：\n\n您申请公开的《关于某项目审批情况的说明》属于本机关公开范围，现予公开，详见附件。\n\n如您需要补充其他材料，请告诉我们，我们可以为您提供帮助。\n\n如您对本答复不服，可以自收到本答复之日起60日内申请行政复议。\n\n附件：关于某项目审批情况的说明\n\n湘潭市人民政府办公室\n\n2024年3月15日\n',
    ],
    [
      'r13: the attachments’ file names',
      '关于申报2024年度科技计划项目的通知\n\n各有关单位：\n\n申报单位填写《项目申报书》（见附件1），并报送电子版。\n\n附件：1.项目申报书\n\n      2.预算表\n\n市科学技术局\n\n2024年3月1日\n\n附件1\n\n项目申报书\n\n项目申报书.docx\n\n附件2\n\n预算表\n\n2024年度项目预算表.xlsx\n',
    ],
  ];
  for (const [name, text] of cases) {
    it(`${name}: not reported, --fix keeps the text`, () => {
      assert.deepEqual(calls(text), []);
      assert.equal(fixed(text), text);
    });
  }

  it('r2h: a 发文稿纸’s 主办单位 field beside fields read as a disclosure panel is no site footer', () => {
    // (The panel's own calls — `主题分类：` `有效性：` in a 发文稿纸 — are another matter; only line 5 is asserted here.)
    const text =
      '发文稿纸\n\n签发：张三\n\n主办单位：办公室\n\n发文字号：湘政办发〔2024〕5号\n\n发文日期：2024年1月5日\n\n主题分类：综合政务\n\n有效性：有效\n\n标题：关于做好春节期间有关工作的通知\n\n各市州人民政府：\n\n现将有关事项通知如下。\n\n湖南省人民政府办公厅\n\n2024年1月5日\n';
    assert.deepEqual(calls(text).filter((c) => c.startsWith('5:')), []);
    assert.match(fixed(text), /\n主办单位：办公室\n/);
  });
  it('a file name on a page with no attachments is still a sharing site’s file card', () => {
    const text = '社区议事规则\n\n第一条　为规范议事，制定本规则。\n\n社区议事规则汇编.docx\n\n上传人：某某\n';
    assert.deepEqual(calls(text), ['5:safe', '7:safe']);
  });
  it('a portal footer’s 主办单位 beside its copyright line is still offered, as the footer’s', () => {
    const text = '关于做好春节期间有关工作的通知\n\n各单位：\n\n请认真落实。\n\n主办单位：青山县人民政府办公室\n版权所有：青山县人民政府 © 2024\n';
    const got = residue(text);
    assert.deepEqual(got.map((f) => f.fix?.kind), ['suggestion', 'safe']);
    assert.match(got[0].message.en, /copyright or ICP licence line/);
  });
});
