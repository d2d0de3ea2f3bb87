/**
 * Template-site furniture of kinds the dev set lacked (tester round 5): a forum thread's and a Q&A page's own lines
 * (`#1楼`, BBCode, `顶`, `望采纳`, `本回答由网友推荐`), a page's comments (`游客：… [2026-02-03]`, `匿名发表 验证码： 提交`),
 * a WeChat account's header and closings (`微信公众号：公文写作宝典`, `转自：…`, `觉得有用就点赞、收藏、转发吧！`), and a
 * blog's or a site's header and widgets (`…的博客 > … > 正文`, `公文派 | 讲话稿 | 2026-11-02`, `大 中 小`, `（此处为广告位）`,
 * `第1页 下一页 尾页`, `相关热词搜索：…`, `联系QQ：… 投诉邮箱：…`). Each is checked with other sites' wording, and with
 * the real document's line of the same shape that must stay.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResidue, residueText, type ResidueKind } from '../../server/src/core/residue';
import { lint } from '../../server/src/core/lint';
import { webResidue } from '../../server/src/core/rules/web-residue';

const kindOf = (line: string) => classifyResidue(residueText(line));
const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings;

/** Each line is residue of `kind` (through the patterns' trigger characters, as a keystroke's lint reads it). */
function residue(kind: ResidueKind, lines: string[]): void {
  for (const line of lines) assert.equal(kindOf(line), kind, line);
}
/** No line is residue. */
function kept(lines: string[]): void {
  for (const line of lines) assert.equal(kindOf(line), undefined, line);
}

describe('web-residue: forum and Q&A pages (tester round 5)', () => {
  it('a thread’s floors, BBCode left alone, stock replies and its bar', () => {
    residue('post', [
      '#1楼',
      '＃12楼 笔墨春秋',
      '[table]',
      '[/table]',
      '[quote][b]',
      '[/QUOTE]',
      '顶',
      '帮顶！',
      'mark一下',
      '楼上好人，收藏了',
      '谢谢分享，正需要！',
      '感谢分享，学习了～',
      '快速回复 返回顶部 返回列表',
      '只看该作者 | 倒序浏览 | 显示全部楼层',
      '本帖来自：公文范文交流 > 社区工作',
      '公文写作论坛 - 范文交流区 - 【求助】谁有2026年度个人述职报告范文？',
      '知乎 · 公文写作 · 12 个回答',
      '赞同 83 \u200b 12 条评论 \u200b 分享 \u200b 收藏 \u200b 喜欢',
      '赞同 1.2万　326 条评论　分享',
    ]);
  });
  it('a document’s floor, reference, 顶格 and thanks stay', () => {
    kept([
      '会议地点：办公楼3楼第一会议室',
      '3楼会议室',
      '[1] 国务院办公厅.关于加强政务公开的意见[Z].2024.',
      '顶格书写',
      '感谢分享经验的各位同志。',
      '谢谢大家！',
      '感谢分享！',
      '举报电话：12388　举报邮箱：jb@qingshan.gov.cn',
      '青山社区 - 关于开展垃圾分类的通知',
      '关于市人大代表建议的回答',
      '赞同 12票，反对 0票',
    ]);
  });
  it('a Q&A answer’s closings and a blog owner’s reply, though they end like sentences', () => {
    residue('post', ['以上内容供参考，望采纳！', '仅供参考，望采纳。', '希望能帮到你，望采纳', '本回答由网友推荐', '本回答由专业人士认证', '博主回复：不客气，欢迎常来看看～', '楼主回复：已私信发你了。']);
  });
  it('a letter’s request to adopt its suggestions and an official’s reply stay', () => {
    kept(['以上建议，恳请采纳。', '以上意见供参考。', '主任回复：同意按此办理。', '管理员回复：您反映的问题已转交属地街道办理。', '具体安排请关注本号后续通知。', '本回答函自印发之日起施行。']);
  });
});

describe('web-residue: comments under a page (tester round 5)', () => {
  it('a visitor’s comment with its date in brackets, the form, the link', () => {
    residue('comment', ['游客：写得不错，收藏了 [2026-02-03]', '访客123：能不能把全文发上来 [2026-02-05 21:14]', '匿名发表 验证码： 提交', '验证码：看不清换一张 提交', '评论 [发评论]', '网友评论 【我要评论】']);
  });
  it('a document’s dated item, its 验证码 instruction and its bracketed attachment stay', () => {
    kept(['来文：关于报送年度总结的通知 [2026-02-03]', '输入验证码后点击提交', '详见【附件】', '网友留言办理情况 [2026-02-03]']);
  });
});

describe('web-residue: a WeChat account’s header and closings (tester round 5)', () => {
  it('a writing account’s name, a reprint from an account, a source that is the web', () => {
    residue('source', ['微信公众号：公文写作宝典', '公众号：笔杆子训练营', '转自：某市机关党建', '来源：本文综合整理自网络，仅供学习参考', '出处：互联网', '来源：网络']);
  });
  it('an office’s own account, a reprint from a publication or a body, a source that merely starts with 网络 stay', () => {
    kept(['微信公众号：青山人社', '转自：《学习时报》', '转自：市委组织部', '来源：网络安全和信息化委员会办公室', '来源：国家统计局']);
  });
  it('its closing prompts, though they end like sentences', () => {
    residue('post', ['觉得有用就点赞、收藏、转发吧！', '觉得不错的话，点个在看吧～', '更多公文写作干货，欢迎关注本号！', '欢迎关注本号！', '更多范文模板，请关注我们。']);
  });
  it('a document’s sentences of the same words stay', () => {
    kept(['觉得有用的经验要及时总结推广。', '更多政策资料，请关注市政府门户网站。', '更多信息请关注青山发布。']);
  });
});

describe('web-residue: a blog’s or a site’s header and widgets (tester round 5)', () => {
  it('the breadcrumb to the post, the site with section and date, a file card, a titled byline', () => {
    residue('breadcrumb', ['半亩方塘的博客 > 工作总结 > 正文', '某某专栏 › 讲话稿', '写作之家 » 心得体会 » 正文', '某某的空间 > 日志 > 正文']);
    residue('byline', ['公文派 | 讲话稿 | 2026-11-02', '写作之家｜工作总结｜2026/7/6', '标题：市图书馆2026年工作总结 | 发布：2026-12-28 | 阅读(312)']);
    // a file card with its page count is the sharing page's metadata, read counts or not
    residue('metadata', ['致老同志的慰问信 | 共2页 | 1.2万次阅读', '[文档] 2026年春节慰问信 | 共2页 | 1.2万次阅读', '[文档] 2026年春节慰问信 | 共2页', '【PDF】某某实施方案 | 12页']);
  });
  it('a document’s lines of the same shapes stay', () => {
    kept([
      '数值 > 100 时，按正文第三条处理',
      '公文结构：版头 > 主体 > 正文',
      '版头 > 主体 > 正文',
      '市图书馆 > 三楼阅览室',
      '张三 | 办公室 | 2026-11-02',
      '标题：关于开展安全生产大检查的通知',
      '公众号全年推送文章300篇，累计获得1.2万次阅读',
      '【通知】关于召开年度总结会议的通知',
    ]);
  });
  it('the font-size switch, an ad slot, a QR prompt to read on the phone, a pager with the page’s number', () => {
    residue('share', ['大 中 小', '字号：【大】 【中】 【小】', '扫一扫，手机看文章', '扫码用手机阅读', '如果觉得《政务简报范文》对你有帮助，请分享给好友']);
    residue('promo', ['（此处为广告位）', '【广告】', '此处为广告位']);
    residue('pager', ['第1页 下一页 尾页', '首页 上一页 第2页 下一页 末页']);
  });
  it('a document’s 大中小, its QR code for a form, its advertising spaces, its page reference stay', () => {
    kept(['大、中、小型企业', '扫码报名：请用手机扫描下方二维码', '广告位', '户外广告位招租公告', '见第3页', '如果觉得《条例》理解有困难，可咨询司法所。']);
  });
  it('the site’s tag lines, its complaint contact beside a QQ, a sharing site’s slogan, the uploader’s note', () => {
    residue('related', ['相关热词搜索：述职报告 村党支部书记 抓基层党建', '本文标签：七一表彰大会主持词 主持词 七一']);
    // a sharing site's tags of the document are its metadata
    residue('metadata', ['文档标签：述职述廉报告', '系统标签：述职 述廉 报告 2026 个人']);
    residue('service', ['联系QQ：10000001  投诉邮箱：kf@wenmi-demo.com', 'QQ：12345678 侵权邮箱：a@b.com']);
    residue('banner', ['知识共享，知识变现', '原创文档 海量文档免费下载']);
    residue('disclaimer', ['【村党支部书记述职报告】由精品范文网会员“笔墨春秋”投稿，本站仅提供存储服务。', '本平台只提供存储空间']);
  });
  it('a notice’s own QQ and tip-off address, a plan’s 知识变现, a clue a member gave stay', () => {
    kept(['联系QQ：12345678', '举报邮箱：jb@qingshan.gov.cn', '推动知识变现', '推动数据共享，促进知识变现', '经查，该线索由工会会员“张某”提供。', '热门标签功能需进一步完善。']);
  });
  it('a QQ and complaint line without service hours is only offered; a floor and a 望采纳 are deleted safely', () => {
    const text = ['关于做好防汛工作的通知', '', '各单位：', '', '　　现将有关事项通知如下。', '', '联系QQ：10000001  投诉邮箱：kf@wenmi-demo.com', '#1楼', '以上内容供参考，望采纳！', ''].join('\n');
    const fs = findings(text);
    const at = (s: string) => fs.find((f) => text.slice(f.start, f.end).includes(s));
    assert.equal(at('#1楼')?.fix?.kind, 'safe');
    assert.equal(at('望采纳')?.fix?.kind, 'safe');
    assert.ok(at('联系QQ') !== undefined);
    assert.equal(fs.length, 3, fs.map((f) => text.slice(f.start, f.end)).join(' / '));
  });
});

describe('web-residue: a Q&A page’s request and an answerer’s preface (tester round 5)', () => {
  const at = (text: string, s: string) => findings(text).find((f) => text.slice(f.start, f.end).includes(s));
  it('under a floor or an answer’s byline on a page with the thread’s own lines: offered', () => {
    const text = [
      '#1楼',
      '楼主  发表于 2026-1-8 21:14:03',
      '各位大神，年底要写述职报告，求个范文参考，感谢！',
      '沙发  发表于 2026-1-8 21:35:47',
      '给你一篇我去年写的，名字单位自己改：',
      '2026年度个人述职报告',
      '　　按照局党组的统一安排，现将本人2026年度思想、工作情况报告如下。',
      '以上内容供参考，望采纳！',
      '',
    ].join('\n');
    assert.equal(at(text, '求个范文')?.fix?.kind, 'suggestion');
    assert.equal(at(text, '给你一篇')?.fix?.kind, 'suggestion');
    assert.equal(at(text, '2026年度个人述职报告'), undefined);
  });
  it('a speech’s own offer, a document’s salutation under a byline, a page without a thread’s lines: kept', () => {
    const speech = ['在读书分享会上的发言', '', '发布时间：2026-04-01 09:12:33', '给大家分享一篇文章：', '各位领导、同志们：', '　　今天我想谈谈读书的体会。', ''].join('\n');
    assert.equal(at(speech, '给大家分享'), undefined);
    const page = ['#1楼', '发布时间：2026-04-01 09:12:33', '各位领导、同志们：', '　　今天我想谈谈读书的体会。', ''].join('\n');
    assert.equal(at(page, '各位领导'), undefined);
  });
});
