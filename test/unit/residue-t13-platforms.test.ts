/**
 * Lines of real documents that share words with the app and site chrome of a thirteenth tester's pages (2026-12-02,
 * afternoon: OA and approval flows, 12345 and 留言板 case pages, 人大/政协/高校/医院 sites, learning platforms, member
 * centres and cloud drives, visitor counters). The patterns for that chrome key on what only the app shows (a clock time,
 * a progress fraction, a file's size, a button no document has, a status of a workflow); these lines have the words
 * without it and must stay unflagged, line by line and inside a document.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { classifyResidue, residueText } from '../../server/src/core/residue';

const DOCUMENT_LINES = [
  // Approval and OA words in a document's own fields and sentences.
  '审批编号：青发改审〔2026〕12号',
  '发起人：青山县青年志愿者协会',
  '发起单位：市文明办　　发起时间：2026年3月5日',
  '同意　反对　弃权',
  '抄送：市委办公室，市人大常委会办公室，市政协办公室。',
  '附件：1.春节值班安排表.xlsx',
  '　　请各单位于3月10日前通过协同办公系统报送，逾期视为放弃。',
  '　　审批流程结束后，由办公室统一归档。',
  '参会人员：全体党员',
  '　　年度积分排名前三的党支部给予通报表扬。',
  // 12345 and 留言 words in a reply or a report.
  '　　办理状态为“已办结”的工单，由热线中心统一回访。',
  '　　全年受理群众诉求12368件，回访满意率98.6%。',
  '评价：',
  '　　您反映的问题已收悉，现答复如下。',
  '满意　基本满意　不满意',
  // Institutional names and footers in a document.
  '白石市第一人民医院',
  '湘江职业技术学院',
  '白石市人大常委会办公室',
  '主办单位：白石市总工会',
  '承办单位：白石市体育中心',
  '技术支持电话：0791-88123456',
  '（图片由市委宣传部提供）',
  // Learning and member words in a notice or a plan.
  '　　学员须完成必修学时32学时，选修学时不少于10学时。',
  '课程：公文写作实务',
  '学员：张华',
  '作业要求：结合本职工作撰写学习心得，不少于1000字。',
  '　　作业提交后不可修改的，由班主任退回重做。',
  '　　截至目前，已有1200人报名参加。',
  '会员中心建设',
  '欢迎您参加本次活动！',
  '　　文件大小不超过10MB，格式为PDF。',
  // Visitor and credit words.
  '　　您是第一位走进新馆的读者。',
  'Powered by Innovation, Driven by Green',
];

describe('web-residue: document lines with the words of a thirteenth tester’s app chrome', () => {
  for (const line of DOCUMENT_LINES) {
    it(`not residue: ${line.trim()}`, () => assert.equal(classifyResidue(residueText(line)), undefined));
  }
  it('inside a document: nothing is reported and --fix changes nothing', () => {
    const text = `关于做好2026年度网上学习和政务服务工作的通知\n\n各单位：\n\n${DOCUMENT_LINES.join('\n\n')}\n\n白石市人民政府办公室\n\n2026年3月1日\n`;
    const found = lint(text, { language: 'markdown' }).findings.filter((f) => f.rule === 'web-residue');
    assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), []);
    assert.equal(fixAll(text, { language: 'markdown' }, 8).text, text);
  });
});

/** The 1-based lines reported as residue, each with its fix's kind. */
const calls = (text: string) => {
  const r = lint(text, { language: 'markdown' });
  return r.findings.filter((f) => f.rule === 'web-residue').map((f) => `${r.source.lineAt(f.start).index + 1}:${f.fix?.kind}`);
};

describe('web-residue: a site’s masthead and share targets, by their place', () => {
  const page = '青山市中心医院\n\n就医指南 | 预约挂号 | 科室导航 | 院务公开\n\n在护士节表彰大会上的讲话\n\n同志们：\n\n　　今天我们隆重集会。\n\n分享到：\n\n微信\n\n微博\n\nQQ空间\n';
  it('the name over the sure menu, and the targets under a sure 分享到：, are offered; --fix keeps them', () => {
    assert.deepEqual(calls(page), ['1:suggestion', '3:safe', '11:safe', '13:suggestion', '15:suggestion', '17:suggestion']);
    const fixed = fixAll(page, { language: 'markdown' }, 8).text;
    for (const kept of ['青山市中心医院', '微信', '微博', 'QQ空间']) assert.ok(fixed.includes(kept), kept);
    assert.ok(!fixed.includes('就医指南'));
  });
  it('the same name as a letterhead, or a table cell 微信 under a document’s own line, is not reported', () => {
    const text = '青山市中心医院\n\n关于开通微信预约挂号的通知\n\n各科室：\n\n　　自3月1日起开通以下预约渠道：\n\n微信\n\n微博\n\n特此通知。\n\n青山市中心医院\n\n2026年2月20日\n';
    assert.deepEqual(calls(text), []);
    assert.equal(fixAll(text, { language: 'markdown' }, 8).text, text);
  });
});

describe('web-residue: a 12345 case’s fields, by their place', () => {
  it('beside the case page’s sure calls they are offered; --fix keeps them', () => {
    // (With a page's furniture of another kind: the case fields alone are a document's too — see below.)
    const page = '首页 > 互动交流 > 正文\n\n工单编号：GD20260302000873\n\n诉求类型：建议\n\n诉求内容：\n\n办理状态：已办结\n\n关于增设公交站点的答复\n\n　　您的建议收悉，现答复如下。\n';
    // (`办理状态：` right above the 答复's title is at the document's edge: offered, as a 通报's own field line there would be.)
    assert.deepEqual(calls(page), ['1:safe', '3:safe', '5:suggestion', '7:suggestion', '9:suggestion']);
    const fixed = fixAll(page, { language: 'markdown' }, 8).text;
    assert.ok(fixed.includes('诉求类型：建议') && fixed.includes('诉求内容：') && fixed.includes('办理状态：已办结'));
  });
  it('a report quoting a case in the same fields is not reported', () => {
    const text = '关于2026年2月12345热线典型案例的通报\n\n各镇（街道）：\n\n　　现将典型案例通报如下。\n\n诉求类型：投诉\n\n诉求内容：小区路灯长期不亮。\n\n答复内容：已协调物业更换线路。\n\n回复单位：东湖街道办事处\n\n市12345热线办公室\n\n2026年3月1日\n';
    assert.deepEqual(calls(text), []);
    assert.equal(fixAll(text, { language: 'markdown' }, 8).text, text);
  });
});

describe('web-residue: a platform’s field lines stand only beside furniture of another kind', () => {
  it('a 12345 通报 and a training notice that write such fields of their own keep them (a fourteenth tester’s documents)', () => {
    const text = '关于2026年11月12345热线工单办理情况的通报\n\n各镇（街道）：\n\n　　现将典型工单通报如下。\n\n工单编号：QS2026110800123\n\n来电时间：2026-11-08 10:03\n\n办理状态：已办结\n\n回访结果：满意\n\n学员：王晓峰　学号：20261201\n\n参会人员签到：已签到28人\n\n青山县12345热线办公室\n\n2026年11月30日\n';
    assert.deepEqual(calls(text), []);
    assert.equal(fixAll(text, { language: 'markdown' }, 8).text, text);
  });
});

describe('web-residue: an approval app’s headings and fields, by their place', () => {
  it('beside the app’s sure steps they are offered; --fix keeps them', () => {
    const page = '首页 > 协同办公 > 正文\n\n关于购置办公设备的请示\n\n局办公室：\n\n　　妥否，请批示。\n\n审批流程\n\n周婷　发起审批　03-14 10:05\n\n赵强（副局长）　已同意　03-14 15:20\n\n流程结束\n';
    assert.deepEqual(calls(page), ['1:safe', '9:suggestion', '11:safe', '13:safe', '15:suggestion']);
    const fixed = fixAll(page, { language: 'markdown' }, 8).text;
    assert.ok(fixed.includes('审批流程') && fixed.includes('流程结束'));
  });
  it('a 制度 heading its section 审批流程, and a form’s 正文： field, are not reported', () => {
    const text = '青山县机关公务用车管理办法\n\n第一章　总则\n\n审批流程\n\n　　用车须经分管领导审批。\n\n发文稿纸\n\n发文标题：关于做好春节值班工作的通知\n\n正文：\n\n　　见附件。\n\n青山县机关事务服务中心\n\n2026年3月1日\n';
    assert.deepEqual(calls(text), []);
    assert.equal(fixAll(text, { language: 'markdown' }, 8).text, text);
  });
});

describe('web-residue: a tool’s field pattern never reads a sentence of the document, even on a page', () => {
  it('a sentence that opens with such a field is the document’s (a fourteenth tester’s training notice)', () => {
    const text = '首页 > 学习平台 > 正文\n\n关于开展网络培训的通知\n\n各单位：\n\n　　学习进度：65%，未达到进度要求的学员由所在单位督促。\n\n　　以上译文由机器翻译初稿经人工审校形成，已消除机器翻译常见错误。\n';
    assert.deepEqual(calls(text), ['1:safe']);
  });
});

describe('web-residue: a tool’s field lines between the document’s own sentences are offered, even on a page', () => {
  it('a training notice’s roster under a site’s breadcrumb is not deleted by --fix', () => {
    const text = '首页 > 通知公告 > 正文\n\n关于举办公文写作培训班的通知\n\n各单位：\n\n　　现将参训学员名单通知如下。\n\n学员：王晓峰　学号：20261201\n\n学员：李红　学号：20261202\n\n　　请各位学员按时参加。\n\n青山县委办公室\n\n2026年11月30日\n';
    assert.deepEqual(calls(text), ['1:safe', '9:suggestion', '11:suggestion']);
    const fixed = fixAll(text, { language: 'markdown' }, 8).text;
    assert.ok(fixed.includes('学员：王晓峰　学号：20261201') && !fixed.includes('首页 > 通知公告'));
  });
  it('such a line right under the title, or just above the 署名, is offered too (the edges of the document)', () => {
    const text = '首页 > 通知公告 > 正文\n\n关于2026年11月12345热线工单办理情况的通报\n\n办理状态：已办结\n\n各镇（街道）：\n\n　　现将典型工单通报如下，请各单位举一反三。\n\n回访结果：满意\n\n青山县12345热线办公室\n\n2026年11月30日\n';
    assert.deepEqual(calls(text), ['1:safe', '5:suggestion', '11:suggestion']);
    const fixed = fixAll(text, { language: 'markdown' }, 8).text;
    assert.ok(fixed.includes('办理状态：已办结') && fixed.includes('回访结果：满意') && !fixed.includes('首页 > 通知公告'));
  });
  it('between two lines of the page’s furniture, or of a tool’s paste with no sentence beside it, it is still deleted', () => {
    const page = '首页 > 通知公告 > 正文\n\n办理状态：已办结\n\n【打印】【关闭】\n\n关于路灯问题的答复\n\n　　您反映的问题已办结。\n';
    assert.deepEqual(calls(page).slice(0, 2), ['1:safe', '3:safe']);
  });
});
