/**
 * The furniture of shops, paid courses and paywalls, comment sections, merged chat records, copy-append footers and
 * search-results pages (a sixteenth tester's kinds 1-3, 11 and 12, 2026-12-02, evening), in other sites' wording than the
 * tester's pages: read by its own words (`RESIDUE_PATTERNS`) or by its place (`callShopsAndCommentsByPlace`). And the lines of
 * real documents with the same words — a 纪要's `张明：……`, a notice's 联系人 and URL, a price in a sentence, a meeting's
 * agenda with its times, a title that starts with a platform's name — which must stay. All lines invented.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { classifyResidue, residueText, type ResidueKind } from '../../server/src/core/residue';

const kind = (line: string) => classifyResidue(residueText(line));

/** The 1-based lines reported as residue, each with its fix's kind. */
const calls = (text: string) => {
  const r = lint(text, { language: 'plaintext' });
  return r.findings.filter((f) => f.rule === 'web-residue').map((f) => `${r.source.lineAt(f.start).index + 1}:${f.fix?.kind}`);
};
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8).text;

describe('web-residue: shop, paywall, comment, chat, footer and search lines by their own words', () => {
  const cases: Array<[string, ResidueKind]> = [
    // Prices with a coupon or a buy button, sales and course counters.
    ['¥ 19.90　券后 ¥ 12.90', 'paywall'],
    ['￥299　立即购买', 'promo'],
    ['到手价 ¥49.9', 'paywall'],
    ['已拼 3.5万件　|　好评率 98%', 'byline'],
    ['已售 1.2万+　|　收藏 860', 'byline'],
    ['已更新24讲｜1.8万人学过', 'byline'],
    // Paywalls of paid columns, courses and articles.
    ['本文为付费内容', 'promo'],
    ['订阅专栏后即可阅读全文', 'promo'],
    ['本章剩余约3800字', 'paywall'],
    ['试读10%', 'paywall'],
    ['试听结束，购买后收听完整内容', 'paywall'],
    ['支付即视为同意《用户付费协议》', 'paywall'],
    ['赞赏码', 'paywall'],
    ['样稿到此结束，需要完整版请拍下后联系客服获取', 'paywall'],
    // A seller's terms and buttons, a drive's card.
    ['进店逛逛', 'promo'],
    ['问大家（36）', 'promo'],
    ['分享者：资料君　|　有效期：7天', 'promo'],
    ['该文件夹下还有 12 个文件', 'promo'],
    ['发货地：广东广州　运费：包邮', 'promo'],
    // Comment sections' headers.
    ['全部留言（126）', 'comment'],
    ['商品评价（1.2万+）', 'comment'],
    ['全部回应', 'comment'],
    ['回应请先 登录', 'comment'],
    // Chat records, copied pages' sources, search pages.
    ['——以上内容为合并转发的聊天记录——', 'im'],
    ['剪藏自：https://www.example-fanwen.com/a/20261118.html', 'source'],
    ['搜狗已为您找到约12,345条相关结果', 'related'],
    ['找到约 1,230,000 条结果 （用时 0.42 秒）', 'related'],
    ['约 86,300 个结果', 'related'],
    ['其他人还搜了', 'related'],
    ['网页快照', 'related'],
    ['上一页 1 2 3 4 5 … 下一页', 'pager'],
    ['网页　资讯　视频　图片　知道　文库　贴吧　地图　更多', 'breadcrumb'],
    // A listing's and a post's title tags, a shared note's header, a clipper's source field.
    ['述职报告 个人总结 电子版 wps可编辑', 'banner'],
    ['2026最新年终总结开头结尾金句（可直接使用）', 'banner'],
    ['新人必看！主持词范文直接抄', 'banner'],
    ['来自金山文档的分享', 'share'],
    ['来源：https://www.example-notes.cn/article/58213.html', 'source'],
  ];
  for (const [line, want] of cases) it(`${want}: ${line}`, () => assert.equal(kind(line), want));
});

describe('web-residue: document lines with the same words stay', () => {
  const DOCUMENT_LINES = [
    '　　联系人：局财务科　刘芳，电话：0745-2261538。',
    '　　每套教材单价39.9元，由学校统一征订，不得向学生收取其他费用。',
    '　　警惕网店“拍下秒发”“虚拟商品不退不换”等话术，谨防上当受骗。',
    '　　张明：今年入汛以来降雨偏多，建议提前转移危险区群众。',
    '　　同志们，我们要为基层一线的同志们点赞。',
    'ISBN：978-7-5000-0000-0',
    '网址：http://www.gov.cn/zhengce/content/2026-11/20/content_1234567.htm',
    '原文：http://www.gov.cn/zhengce/2026-11/20/content_1234567.htm',
    '附件：2026年度内部控制自我评价指标表',
    '　　留言办理情况：全年共受理群众留言126条，办结率100%。',
    '喜马拉雅山区生态保护情况的调研报告',
    '豆瓣酱生产企业食品安全专项检查方案',
    '2026年11月30日',
    '　　严禁材料直接抄，要结合实际写出特色。',
    '来源：http://www.stats.gov.cn/sj/zxfb/202611/t20261118_1234567.html',
  ];
  for (const line of DOCUMENT_LINES) it(`not residue: ${line.trim()}`, () => assert.equal(kind(line), undefined));
  it('inside a document: nothing is reported and --fix changes nothing', () => {
    const text = `关于做好2026年冬季网店消费提醒工作的通知\n各镇（街道）：\n${DOCUMENT_LINES.join('\n')}\n青山县市场监督管理局\n2026年12月1日\n`;
    assert.deepEqual(calls(text), []);
    assert.equal(fixed(text), text);
  });
});

describe('web-residue: a shop page, by words and by place', () => {
  const page = [
    '拼多多',
    '¥ 19.90　券后 ¥ 12.90',
    '已拼 3.5万件　|　好评率 98%',
    '店铺：材料小铺　|　进店逛逛',
    '关于开展2026年冬季消防安全大检查的通知',
    '各科室、各下属单位：',
    '　　为切实做好冬季消防安全工作，经研究，决定在全局范围内开展消防安全大检查。请各单位于12月15日前完成自查，并将自查报告报局办公室。',
    '　　联系人：张明，电话：0745-2261538。',
    '青山县应急管理局',
    '2026年12月1日',
    '——样稿到此结束，完整版拍下后联系客服发送——',
    '商品评价（1.2万）',
    '小王***：格式规范，拿来就能用',
    '阿*9：发货很快，好评',
    '客服　店铺　收藏　立即购买',
    '',
  ].join('\n');
  it('the platform atop the page and the shop lines are deleted; the buyers’ comments are offered', () => {
    assert.deepEqual(calls(page), ['1:safe', '2:safe', '3:safe', '4:safe', '11:safe', '12:safe', '13:suggestion', '14:suggestion', '15:safe']);
    const out = fixed(page);
    assert.ok(out.startsWith('关于开展2026年冬季消防安全大检查的通知\n'));
    for (const kept of ['　　联系人：张明，电话：0745-2261538。', '青山县应急管理局', '2026年12月1日', '小王***：格式规范，拿来就能用']) assert.ok(out.includes(kept), kept);
    for (const gone of ['拼多多', '券后', '进店逛逛', '样稿到此结束', '商品评价']) assert.ok(!out.includes(gone), gone);
  });
  it('a platform’s name alone atop a page with no other furniture is left, and a title that starts with one is no name', () => {
    const text = '豆瓣\n关于开展2026年冬季消防安全大检查的通知\n各科室：\n　　请各单位于12月15日前完成自查。\n青山县应急管理局\n2026年12月1日\n';
    assert.deepEqual(calls(text), []);
    const title = '喜马拉雅山区生态保护情况的调研报告\n　　为摸清生态保护底数，调研组于11月赴山区开展调研。\n点赞 12　评论 3　收藏\n';
    assert.deepEqual(calls(title), ['3:safe']);
  });
});

describe('web-residue: a second-hand listing’s buttons', () => {
  it('a bare 留言 beside the sure 我想要 is offered; the same word as a document’s heading is left', () => {
    const page = '转转\n¥8\n述职报告 个人总结 电子版 wps可编辑\n卖家：写材料的老王\n2026年度个人述职报告\n　　一年来，我认真履行岗位职责，较好完成了各项工作任务。\n述职人：王某\n2026年12月5日\n留言\n我想要\n';
    assert.deepEqual(calls(page), ['1:safe', '2:safe', '3:safe', '4:safe', '9:suggestion', '10:safe']);
    const text = '关于网上留言办理情况的报告\n留言\n　　全年共受理群众留言126条，全部按时办结。\n县政府办公室\n2026年12月5日\n';
    assert.deepEqual(calls(text), []);
  });
});

describe('web-residue: comments by their place, never a 纪要’s speakers', () => {
  it('a 纪要’s `张明：……` lines above a page’s comment bar stay unflagged (the run meets the document’s own fields)', () => {
    const page = '全市防汛工作专题会议纪要\n时间：2026年6月12日\n地点：市政府第三会议室\n主持人：王强\n出席：李华、张明、刘芳\n张明：今年入汛以来降雨偏多，建议提前转移危险区群众。\n李华：同意张明同志的意见，水利部门要加密巡查。\n王强：会议议定，各地立即落实转移措施。\n点赞 12　评论 3　收藏\n写评论...\n';
    assert.deepEqual(calls(page), ['9:safe', '10:safe']);
    const out = fixed(page);
    for (const kept of ['张明：今年入汛以来', '李华：同意张明同志的意见', '王强：会议议定']) assert.ok(out.includes(kept), kept);
  });
  it('a 纪要 alone keeps every line', () => {
    const text = '全市防汛工作专题会议纪要\n时间：2026年6月12日\n主持人：王强\n张明：今年入汛以来降雨偏多。\n李华：同意。\n';
    assert.deepEqual(calls(text), []);
  });
  it('a discussion’s comments between its header and the page’s end are offered', () => {
    const page = '在全镇防汛工作动员会上的讲话\n同志们：\n　　今年入汛以来，防汛形势严峻。\n讨论区（88）\n上岸的小李：开头这段写得很标准\n阿强：结尾号召有力量\n';
    assert.deepEqual(calls(page), ['4:safe', '5:suggestion', '6:suggestion']);
    assert.ok(fixed(page).includes('上岸的小李：开头这段写得很标准'));
  });
});

describe('web-residue: a merged chat record', () => {
  const page = [
    '群聊的聊天记录',
    '李科长 10:02',
    '小周，把这份方案再过一遍，下午报给局里',
    '李科长 10:03',
    '[文件] 实施方案（修改稿）.docx　36KB',
    '关于开展全县农村人居环境整治“回头看”的实施方案',
    '　　为巩固农村人居环境整治成果，决定在全县开展“回头看”活动。',
    '县农业农村局',
    '2026年11月20日',
    '李科长 10:40',
    '可以，就这样报',
    '以上内容为合并转发的聊天记录',
    '',
  ].join('\n');
  it('the frame is deleted; the headers and the messages between them are offered; the document stays', () => {
    assert.deepEqual(calls(page), ['1:safe', '2:suggestion', '3:suggestion', '4:suggestion', '5:safe', '10:suggestion', '11:suggestion', '12:safe']);
    const out = fixed(page);
    for (const kept of ['关于开展全县农村人居环境整治“回头看”的实施方案', '县农业农村局', '2026年11月20日']) assert.ok(out.includes(kept), kept);
    assert.ok(!out.includes('合并转发') && !out.includes('[文件]'));
  });
  it('a meeting’s agenda with its times is no chat', () => {
    const text = '2026年全县统计工作会议议程\n报到　08:30\n开幕　09:00\n县统计局局长作工作报告　09:10\n分组讨论　10:00\n散会　11:30\n县统计局办公室\n2026年11月20日\n';
    assert.deepEqual(calls(text), []);
    // (Forwarded in a chat whose frame is sure, the agenda's rows are still no one's messages.)
    const forwarded = `[文件] 会议议程.docx　12KB\n${text}以上内容为合并转发的聊天记录\n`;
    assert.deepEqual(calls(forwarded), ['1:safe', '10:safe']);
  });
});

describe('web-residue: copy-append footers', () => {
  it('a writing platform’s footer under a speech is deleted whole', () => {
    const page = '在全市作风建设大会上的讲话\n同志们：\n　　今天召开全市作风建设大会，主要任务是动员全市上下进一步转变作风。\n作者：青山写材料\n链接：https://www.zhihu.com/question/51234567/answer/2876543210\n来源：知乎\n著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。\n';
    assert.deepEqual(calls(page), ['4:safe', '5:safe', '6:safe', '7:safe']);
    assert.equal(fixed(page), '在全市作风建设大会上的讲话\n同志们：\n　　今天召开全市作风建设大会，主要任务是动员全市上下进一步转变作风。\n');
  });
  it('a report quoting a post’s link and platform, without the footer’s rights line, keeps them', () => {
    const text = '关于近期涉我县网络舆情的分析报告\n县委网信办：\n　　11月以来，网上出现一篇涉及我县的帖文，具体情况如下：\n作者：某网民\n链接：https://www.zhihu.com/question/51234567\n来源：知乎\n　　该帖文阅读量较小，未形成热点。\n县委宣传部舆情中心\n2026年11月30日\n';
    assert.deepEqual(calls(text), []);
    assert.equal(fixed(text), text);
  });
  it('a blog’s separator over its sure copy-append notice goes with it; a notice citing a public site’s address stays', () => {
    const page = '关于开展数字乡村建设情况调研的报告\n　　现将调研情况报告如下。\n县委农办调研组\n————————————————\n版权声明：本文为CSDN博主「写材料的人」的原创文章，遵循CC 4.0 BY-SA版权协议，转载请附上原文出处链接及本声明。\n';
    assert.deepEqual(calls(page), ['4:safe', '5:safe']);
    const notice = '关于公布2026年第一批政务服务事项清单的通知\n各乡镇人民政府：\n　　清单全文详见县政府门户网站。\n网址：http://www.qingshan.gov.cn/zwgk/2026/1118.html\n青山县人民政府办公室\n2026年11月18日\n';
    assert.deepEqual(calls(notice), []);
  });
});

describe('web-residue: a search-results page', () => {
  const page = [
    '百度一下',
    '百度为您找到相关结果约2,360,000个',
    '年终工作总结开头怎么写',
    '　　2026年，在局党组的坚强领导下，我们紧紧围绕年度目标任务，扎实推进各项工作，取得了明显成效。',
    '其他人还搜了',
    '年终总结开头简短大气',
    '个人年终总结结尾',
    '2026年11月3日　年终总结：今年以来，在局党组的正确领导下……',
    '百度快照',
    '1 2 3 4 5 6 7 8 9 10 下一页 >',
    '',
  ].join('\n');
  it('the engine’s lines are deleted; its suggestions and a result’s snippet are offered', () => {
    assert.deepEqual(calls(page), ['1:safe', '2:safe', '5:safe', '6:suggestion', '7:suggestion', '8:suggestion', '9:safe', '10:safe']);
    const out = fixed(page);
    assert.ok(out.includes('年终工作总结开头怎么写') && out.includes('年终总结开头简短大气'));
    assert.ok(!out.includes('百度快照') && !out.includes('下一页'));
  });
});
