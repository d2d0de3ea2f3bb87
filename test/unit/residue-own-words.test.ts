/**
 * Lines of real documents that `--fix` deleted as web residue (a tester's round, 2026-12-02, tester4/ok/67–72): a trade
 * union's numbered headings with 会员 and 免费领取, a 公告's 特别声明 that says 您 or ends in ！, a speaker's sentences that
 * offer articles to 大家, a theory article's author note. Each stays; the site's lines of the same words are still residue.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResidue, residueText } from '../../server/src/core/residue';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

const kind = (line: string) => classifyResidue(residueText(line));
/** The web-residue findings of `line` in a short notice, as their fix kinds. */
const fixKinds = (line: string) =>
  lint(`关于开展读书活动的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n${line}\n\n特此通知。\n`, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'web-residue')
    .map((f) => f.fix?.kind);

describe('web-residue: a union’s numbered items name its members, a site’s giveaway names its own things', () => {
  const notice = [
    '关于开展2024年“工会会员服务月”活动的通知',
    '',
    '各基层工会：',
    '',
    '市总工会决定开展“工会会员服务月”活动。现将有关事项通知如下：',
    '',
    '一、活动内容',
    '',
    '（一）开通工会会员服务卡',
    '',
    '各基层工会要组织会员开通电子会员卡。',
    '',
    '（二）工会会员专享福利',
    '',
    '活动期间，会员可在定点商户享受九折优惠。',
    '',
    '（三）会员免费领取体检券',
    '',
    '每名会员可免费领取职工健康体检券1张。',
    '',
    '特此通知。',
    '',
  ].join('\n');
  it('the notice’s headings are not reported and --fix keeps them', () => {
    assert.deepEqual(lint(notice, { language: 'markdown' }).findings.filter((f) => f.rule === 'web-residue').map((f) => f.message.zh), []);
    assert.equal(fixAll(notice, { language: 'markdown', severities: { 'numbering-sequence': 'off' } }, 8).text, notice);
  });
  for (const line of ['（一）开通工会会员服务卡', '（二）工会会员专享福利', '（三）会员免费领取体检券']) {
    it(`not residue: ${line}`, () => assert.equal(kind(line), undefined));
  }
  for (const line of ['会员免费下载', '开通VIP会员', '微信扫码领取福利', '（一）会员免费下载', '1.开通VIP会员']) {
    it(`still residue: ${line}`, () => assert.notEqual(kind(line), undefined));
  }
});

describe('web-residue: a 公告’s 特别声明 about its own business is not a site’s disclaimer', () => {
  for (const line of [
    '特别声明：不动产登记不收取除法定费用外的任何费用，请您谨防上当受骗。',
    '特别声明：本次招聘不举办也不委托任何机构举办考试辅导培训班，谨防上当受骗！',
    '特别声明：本次招聘不举办也不委托任何机构举办考试辅导培训班，谨防上当受骗。',
  ]) {
    it(`not residue: ${line}`, () => {
      assert.equal(kind(line), undefined);
      assert.deepEqual(fixKinds(line), []);
    });
  }
  // With 您 about the site's content, or a word only a site says, the statement is the site's.
  for (const line of ['特别声明：您所阅读的内容仅供学习交流。', '声明：本文内容如侵犯了您的权益，请联系删除。', '声明：本站部分内容来源于网络，如有侵权请联系删除！']) {
    it(`still residue: ${line}`, () => assert.equal(kind(line), 'disclaimer'));
  }
});

describe('web-residue: ！ and ？ end a sentence as 。 does', () => {
  it('a sentence ending in ！ reads as the document’s', () => assert.equal(kind('特别声明：本次招聘不收取任何费用，谨防上当受骗！'), undefined));
  // The site's own lines that end in ！ or ？ stay residue by their words.
  for (const [line, k] of [
    ['欢迎来到某某秘书网！', 'banner'],
    ['以下是通知的写作格式相关资料，欢迎阅读!', 'blurb'],
    ['下面是小编为大家整理的范文，欢迎阅读！', 'blurb'],
    ['那么一份好的方案该怎样写呢？', 'blurb'],
  ] as const) {
    it(`still residue: ${line}`, () => {
      assert.equal(kind(line), k);
      assert.deepEqual(fixKinds(line), ['safe']);
    });
  }
  it('a public body’s welcome is no site banner', () => assert.equal(kind('欢迎访问青山市人民政府门户网站！'), undefined));
});

describe('web-residue: a speaker’s sentences are no site editor’s blurb', () => {
  for (const line of ['今天，我们在这里举行读书分享会。下面，我给大家分享的是一篇文章：', '市委宣传部为大家精选了一批学习资料，希望这几篇文章对大家有所帮助！']) {
    it(`not residue: ${line}`, () => {
      assert.equal(kind(line), undefined);
      assert.deepEqual(fixKinds(line), []);
    });
  }
  it('a blurb with a site editor’s marks is deleted by --fix', () => {
    assert.deepEqual(fixKinds('以下是为大家精选的5篇文章，欢迎阅读'), ['safe']);
    assert.deepEqual(fixKinds('下面是小编为大家整理的工作总结，希望对大家有所帮助。'), ['safe']);
  });
  it('one without them is only offered for deletion', () => {
    assert.equal(kind('为大家整理了一些学习资料，希望对大家有所帮助'), 'blurb');
    assert.deepEqual(fixKinds('为大家整理了一些学习资料，希望对大家有所帮助'), ['suggestion']);
  });
});

describe('web-residue: an author’s note under an article is the article’s', () => {
  it('not residue', () => assert.equal(kind('（作者系中共某市委党校公共管理教研部副教授。本文观点仅代表作者个人，不代表所在单位。）'), undefined));
  for (const line of ['（本文观点仅代表作者个人，不代表本站立场。）', '作者系本站特约撰稿人，本文观点仅代表作者本人。']) {
    it(`still residue: ${line}`, () => assert.equal(kind(line), 'disclaimer'));
  }
});

/**
 * A template site's page (tester4/broken/b07): its article number and its usage tip under its tag were missed or read only
 * as a placeholder. Both are the site's; a journal's 文章编号 and an office's tip about its attachment are not.
 */
describe('web-residue: a template site’s article number and usage tip', () => {
  for (const [line, k] of [
    ['文章编号：GW20240516-0123', 'metadata'],
    ['文章编号：20240516', 'metadata'],
    ['【公文派】温馨提示：文中XX处请根据实际情况修改后使用。', 'template'],
    ['温馨提示：本范文仅为样稿，请根据实际情况修改后使用。', 'template'],
  ] as const) {
    it(`residue: ${line}`, () => {
      assert.equal(kind(line), k);
      assert.deepEqual(fixKinds(line), ['safe']);
    });
  }
  // A journal's 文章编号 (its ISSN and bracketed year, beside 中图分类号 and 文献标识码) is no template site's number: it is a journal
  // database's field (the tenth tester's pages, 2026-12-02), reported as such.
  for (const line of ['中图分类号：D630　文献标识码：A　文章编号：1671-1602(2020)06-0001-02', '文章编号：1671-1602(2020)06-0001-02']) {
    it(`a journal's field, not a template site's number: ${line}`, () => assert.equal(kind(line), 'journal'));
  }
  for (const line of [
    '温馨提示：附件模板请根据实际情况修改后使用。',
    '温馨提示：请携带身份证原件。',
  ]) {
    it(`not residue: ${line}`, () => {
      assert.equal(kind(line), undefined);
      assert.deepEqual(fixKinds(line), []);
    });
  }
});

describe('web-residue: a reading list in 《》 under 相关阅读 is the document’s', () => {
  const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue').map((f) => text.slice(f.start, f.end));
  it('相关阅读 above titles of laws in 《》 in a 学习计划: nothing reported', () => {
    const text = ['关于2024年理论学习的安排', '', '一、学习内容', '', '相关阅读', '', '《中国共产党纪律处分条例》', '', '《中国共产党党员教育管理工作条例》', '', '二、学习方式', '', '采取集中学习与个人自学相结合的方式。', ''].join('\n');
    assert.deepEqual(residue(text), []);
  });
  it('a site’s 相关阅读 over its pages’ titles (no 《》) is still residue', () => {
    const text = ['关于2024年理论学习的安排', '', '一、学习内容', '', '采取集中学习与个人自学相结合的方式。', '', '相关阅读', '', '2024年党支部学习计划范文', '', '2024年理论学习中心组学习计划', ''].join('\n');
    assert.ok(residue(text).includes('相关阅读'));
  });
});

describe('web-residue: a numbered reading list, and a site’s list that stops at the document’s heading', () => {
  const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue').map((f) => text.slice(f.start, f.end));
  it('推荐阅读： / 相关链接： over numbered titles in 《》 in a notice: nothing reported', () => {
    for (const header of ['推荐阅读：', '相关链接：']) {
      const text = ['关于开展读书月活动的通知', '一、活动内容', `　　${header}`, '　　1.《乡土中国》', '　　2.《平凡的世界》', '　　二、活动要求', '　　各单位要精心组织。', ''].join('\n');
      assert.deepEqual(residue(text), [], header);
    }
  });
  it('a site’s 推荐阅读 over numbered titles without 《》 is still residue', () => {
    const text = ['关于开展读书月活动的通知', '　　各单位要精心组织。', '推荐阅读：', '1. 2026年读书月活动方案范文', '2. 读书月活动总结（精选）', ''].join('\n');
    const r = residue(text);
    assert.ok(r.includes('推荐阅读：') && r.some((s) => s.includes('读书月活动总结（精选）')), String(r));
  });
  it('a site’s list ends at the document’s heading (`三、…`) and at its indented paragraphs', () => {
    const text = ['2026年机关党支部工作计划', '　　二、加强思想建设', '　　坚持理论学习中心组学习制度。', '推荐阅读：', '1. 2026年党建工作要点（全文）', '2. 党支部书记抓党建述职报告范文', '　　三、加强组织建设', '　　严格落实“三会一课”制度', ''].join('\n');
    const r = residue(text);
    assert.ok(r.some((s) => s.includes('党支部书记抓党建述职报告范文')), String(r));
    assert.ok(!r.some((s) => s.includes('三、加强组织建设') || s.includes('三会一课')), String(r));
  });
  it('a line of related documents after 相关文档： is residue whole, not its label alone', () => {
    const text = ['关于做好安全生产大检查工作的通知', '　　各单位要认真开展检查。', '相关文档：安全生产月活动方案 | 安全生产工作总结 | 应急演练方案', ''].join('\n');
    assert.deepEqual(residue(text), ['相关文档：安全生产月活动方案 | 安全生产工作总结 | 应急演练方案']);
  });
});

describe('web-residue: the page’s tagged copy of the title above the document’s, furniture between', () => {
  const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue').map((f) => text.slice(f.start, f.end));
  const body = ['　　本学期，我校坚持“安全第一、预防为主”的方针，认真落实安全工作责任制。', '　　一、健全安全工作机制', '　　成立以校长为组长的安全工作领导小组。', ''];
  it('the same title untagged over a sharing page’s card and again under it: neither copy is reported', () => {
    const text = ['2026年学校安全工作总结', '文档 | 2026-07-12 | 评分 4.5 (208人已评) | 2页 | 856人已下载', '举报 | 全屏 | 放大 | 缩小', '2026年学校安全工作总结', ...body].join('\n');
    assert.ok(!residue(text).includes('2026年学校安全工作总结'));
  });
  it('with a site’s tag (`(完整版)`) over a byline: residue', () => {
    const text = ['2026年纪检监察工作要点(完整版)', '发布时间：2026-02-22 阅读：1872 次 | 免费下载', '2026年纪检监察工作要点', ...body].join('\n');
    assert.ok(residue(text).includes('2026年纪检监察工作要点(完整版)'));
  });
  it('a title typed twice with nothing between, or over a subtitle, is not residue', () => {
    assert.deepEqual(residue(['2026年学校安全工作总结', '2026年学校安全工作总结', ...body].join('\n')), []);
    assert.deepEqual(residue(['2026年学校安全工作总结（摘要）', '——在全县教育工作会议上的报告', '2026年学校安全工作总结', ...body].join('\n')), []);
  });
});
