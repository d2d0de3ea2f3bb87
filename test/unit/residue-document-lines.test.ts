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
