/**
 * A fifteenth tester's correct documents (2026-12-02, /work/tester15): plain `--fix` deleted lines of 27 of her 77 as web
 * residue, and `--fix --fix-suggestions` more. The rule now reads where a line stands (`documentsOwnPlace` and the lead-in's
 * run in residue.ts): a field among the document's own fields, a flowchart's step between arrows, a Markdown heading over
 * the document's text, a list's items under its lead-in across blank lines, a sub-heading paired with its sibling, a
 * sentence of the body are the document's; a line a document may write amid its own lines, or alone on the page, is only
 * offered. Each case below is a minimal document in the shape of hers (the wording is this test's own); beside them, page
 * furniture of the same kinds that must still go under plain `--fix`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import type { Language } from '../../server/src/core/types';

const doc = (...lines: string[]) => lines.join('\n') + '\n';
/** Every web-residue finding as `line text<TAB>fix kind` (1-based line numbers). */
const found = (text: string, language: Language = 'plaintext'): string[] => {
  const r = lint(text, { language });
  return r.findings.filter((f) => f.rule === 'web-residue').map((f) => `${r.source.lineAt(f.start).index + 1}:${text.slice(f.start, f.end)}\t${f.fix?.kind}`);
};
/** Plain `--fix` leaves the document as it is. */
const untouched = (text: string, language: Language = 'plaintext') => {
  const r = fixAll(text, { language });
  assert.equal(r.text, text);
};
/** Neither reported nor changed. */
const clean = (text: string, language: Language = 'plaintext') => {
  assert.deepEqual(found(text, language), []);
  untouched(text, language);
};

describe('web-residue: a fifteenth tester’s correct documents keep their lines', () => {
  it('a field among the document’s own fields: 售价 of a 招标公告, 页数 of a book 征订, 领取方式 of a 惠民 notice', () => {
    clean(doc('关于某某设备采购项目的公开招标公告', '', '三、获取招标文件', '', '时间：2025年3月3日至3月10日', '', '方式：网上下载', '', '售价：0元', '', '四、提交投标文件截止时间'));
    clean(doc('关于征订《基层治理读本》的通知', '', '开本：32开', '', '页数：312页', '', '定价：45.00元', '', '请于3月20日前报送征订数量。'));
    clean(doc('关于发放防寒物资的通知', '', '领取地点：各村（社区）党群服务中心', '', '领取方式：凭身份证免费领取', '', '免费领取时间：2025年1月2日至1月20日，每天8:30—17:00', '', '请各村（社区）做好登记工作。'));
  });

  it('a flowchart’s steps between arrows, and a lead-in’s items across the blank lines of a spaced document', () => {
    clean(doc('三、办理流程', '', '注册', '', '↓', '', '登录', '', '↓', '', '提交申请'));
    clean(doc('第四条　投诉处理按照以下流程办理：', '', '举报', '', '↓', '', '受理'));
    clean(doc('（二）网络学习。党员利用以下平台开展学习：', '', '学习强国', '', '某某干部网络学院', '', '（三）专题研讨。'));
    clean(doc('各单位须报送以下表格：', '', '2026年部门预算表.xlsx', '', '2026年绩效目标表.xlsx', '', '2026年采购预算表.xlsx', '', '二、报送时间'));
  });

  it('Markdown headings over the document’s own text: 延伸阅读, 历史版本, 在线客服', () => {
    clean(doc('# 学习读本', '', '思考题：如何理解高质量发展？', '', '## 延伸阅读', '', '1. 《某某理论读本》，人民出版社2023年版。', '2. 《某某论述摘编》，中央文献出版社2022年版。'), 'markdown');
    clean(doc('# 政务云管理规范', '', '3.1　数据应当加密存储。', '', '## 历史版本', '', '| 版本 | 日期 |', '| --- | --- |', '| V1.0 | 2024年5月 |'), 'markdown');
    clean(doc('# 办事指南', '', '咨询电话：12345。', '', '### 在线客服', '', '政务服务网“智能客服”全天提供咨询服务。'), 'markdown');
    clean(doc('# 读书活动指南', '', '## 推荐阅读', '', '- 《乡土中国》（费孝通著，人民出版社）', '- 《红岩》（罗广斌、杨益言著，中国青年出版社）'), 'markdown');
  });

  it('a plain 延伸阅读 over a reading list: no residue, and the list keeps its level', () => {
    const text = doc('三、交流发言', '', '1.市科技局：关于建设实验室的思考', '', '2.东湖区：关于产业升级的思考', '', '延伸阅读', '', '1.《加快发展新质生产力》，《求是》2024年第11期。', '', '2.《因地制宜发展新质生产力》，《人民日报》2024年3月1日第9版。');
    clean(text);
    assert.deepEqual(lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-level').map((f) => f.message.zh), []);
  });

  it('short items of a list, a 留言/回复 pair, a 清理结果 公告’s fields, a 提案’s 相关资料', () => {
    clean(doc('二、采购清单', '', '（一）接待室家具', '', '沙发', '', '茶几', '', '书柜'));
    clean(doc('（一）关于某路口增设信号灯的建议', '', '留言', '', '某路口车流量大，行人过街不便，建议增设信号灯。', '', '回复', '', '经现场查勘，该路口已列入今年改造计划，预计年底前完成。', '', '（二）关于某小区停车难的反映'));
    clean(doc('一、继续有效的行政规范性文件（1件）', '', '1.某市农业农村局关于印发某某管理办法的通知', '', '发文字号：某农发〔2021〕6号', '', '有效性：继续有效', '', '特此公告。'));
    clean(doc('关于加快农村充电设施建设的提案', '', '（一）对建设运营企业给予运营补贴。', '', '相关资料：', '', '1.某市充电设施建设情况统计表', '', '2.外地经验做法摘编'));
  });

  it('sentences of the body and its notes', () => {
    clean(doc('致全村群众的一封信', '', '乡亲们有什么困难，可以直接到村委会找我。', '', '村民群众如有需要，请随时联系我。', '', '联系电话：13900000000'));
    clean(doc('一、线上办理', '', '申请人通过“浙里办”提交申请。', '', '申请人登录后查看审批进度，也可拨打12345查询。', '', '（二）线下办理'));
    clean(doc('六、收费标准', '', '不收费。您需要支付的费用仅为银行转账手续费（如有）。'));
    clean(doc('（三）市民可通过“某某交警”微信公众号了解管制路段。', '', '请扫描二维码查看管制路段示意图', '', '特此通告。'));
    clean(doc('某某承诺书（样式）', '', '承诺单位（盖章）', '', '2025年5月20日', '', '以上为示例，各单位应当根据本单位实际情况填写。', '', '四、工作要求'));
    clean(doc('学习材料汇编', '', '发展新质生产力要因地制宜，先立后破。', '', '（本文发表于2025年3月5日《光明日报》第6版）', '', '送：中心组成员'));
  });

  it('a line a document may write, alone on the page or amid its lines: only offered', () => {
    const report = doc('关于养老服务的调研报告', '', '（三）深化医养结合。支持医院与养老机构合作。', '', '（全文完）');
    assert.deepEqual(found(report), ['5:（全文完）\tsuggestion']);
    untouched(report);
    const notice = doc('关于做好冬季安全工作的通知', '', '各单位：', '', '请做好冬季安全工作。', '', '——完——');
    assert.deepEqual(found(notice), ['7:——完——\tsuggestion']);
    untouched(notice);
    const reprint = doc('学习材料汇编', '', '抓落实是党的政治路线的根本要求。', '', '来源：人民网', '', '因地制宜发展新质生产力');
    assert.deepEqual(found(reprint), ['5:来源：人民网\tsuggestion']);
    untouched(reprint);
    const release = doc('本报某市3月2日电（记者王丽）某港集装箱吞吐量首次突破500万标箱。', '', '（完）', '', '责任编辑：张华');
    assert.ok(found(release).every((f) => f.endsWith('suggestion')), found(release).join(' '));
    untouched(release);
  });
});

describe('web-residue: the same kinds of page furniture still go under plain --fix', () => {
  it('a related list’s heading and the site’s lines around it', () => {
    const page = doc('关于开展安全检查的通知 - 公文范文网', '发布时间：2026-03-02 09:12:45　阅读：1532', '', '各科室：', '', '为做好安全生产工作，现就有关事项通知如下。', '', '延伸阅读', '', '2026年安全生产工作总结', '', '安全生产月活动方案', '', '本站部分内容来自网络，如有侵权请联系删除。');
    const f = found(page);
    for (const n of [1, 2, 8, 14]) assert.ok(f.some((x) => x.startsWith(`${n}:`) && x.endsWith('\tsafe')), f.join(' | '));
    const md = doc('# 关于做好冬季安全工作的通知', '', '请做好冬季安全工作。', '', '## 推荐阅读', '', '- [冬季安全工作总结范文](https://www.fanwen-demo.com/a/1.html)', '- [安全生产讲话稿大全](https://www.fanwen-demo.com/a/2.html)');
    assert.ok(found(md, 'markdown').includes('5:推荐阅读\tsafe'), found(md, 'markdown').join(' | '));
    // A heading only a site's list has stays furniture over whatever stands under it.
    const wechat = doc('# 关于做好冬季安全工作的通知', '', '请做好冬季安全工作。', '', '## 往期推荐', '', '做好冬季安全工作的几点体会');
    assert.ok(found(wechat, 'markdown').includes('5:往期推荐\tsafe'), found(wechat, 'markdown').join(' | '));
  });

  it('login buttons, a sharing card’s fields, a forum’s buttons, closing marks beside other furniture', () => {
    assert.deepEqual(found(doc('某街道社区工作计划', '注册', '登录', '', '一、工作目标', '', '全年完成社区服务项目12个。', '', '上一篇：社区工作总结')).map((x) => x.split('\t')[1]), ['safe', 'safe', 'safe']);
    assert.deepEqual(found(doc('社区工作计划.docx', '页数：12页', '售价：5元', '下载券：3', '', '一、工作目标', '', '全年完成社区服务项目12个。')).map((x) => x.split('\t')[1]), ['safe', 'safe', 'safe', 'safe']);
    const forum = found(doc('某某方案', '', '一、工作目标', '', '全年完成社区服务项目12个。', '', '回复', '', '举报', '', '收藏', '', '沙发', '', '楼主好人'));
    assert.deepEqual(forum.map((x) => x.split('\t')[1]), ['safe', 'safe', 'safe', 'safe', 'safe']);
    const post = found(doc('关于召开年度总结会议的通知', '', '各部门：', '', '定于12月30日召开年度总结会议。', '', '（全文完）', '', '点赞　在看　分享', '', '扫码关注，领取更多公文模板'));
    assert.ok(post.includes('7:（全文完）\tsafe'), post.join(' | '));
    const credits = found(doc('关于做好冬季安全工作的通知', '', '各单位：', '', '请做好冬季安全工作。', '', '——完——', '', '来源：公文素材网', '', '责任编辑：小李'));
    assert.deepEqual(credits.map((x) => x.split('\t')[1]), ['safe', 'safe', 'safe']);
  });

  it('an AI answer’s offer, a paywall’s teaser under the title', () => {
    const chat = found(doc('好的，以下是为您起草的通知：', '', '关于做好冬季安全工作的通知', '', '各单位：', '', '请做好冬季安全工作。', '', '如需调整语气或补充内容，请随时告诉我。', '', '复制　重新生成'));
    assert.ok(chat.includes('9:如需调整语气或补充内容，请随时告诉我。\tsafe'), chat.join(' | '));
    const teaser = found(doc('2026年社区工作计划', '登录后查看完整内容。', '', '一、工作目标', '', '全年完成社区服务项目12个。', '', '本文档共3页，下载后查看全文'));
    assert.ok(teaser.includes('2:登录后查看完整内容。\tsafe'), teaser.join(' | '));
  });
});
