/**
 * Template-site residue: whole lines that a 范文 site pastes around the text — its banner, the
 * byline with reading statistics, share and QR-code prompts, promotions, page navigation, the
 * editor's blurb, breadcrumbs, disclaimers, copyright and ICP lines, reprint sources, related links,
 * and a stray article id. Residue is a *whole line of site furniture*: a sentence in a real
 * document that mentions a QR code or cites a website is not residue, so most patterns also bound
 * the line's length or refuse a line that reads as a sentence.
 *
 * The list is curated and documented; each entry is tested in test/unit/residue.test.ts. Add a
 * pattern with a sample line there, and a real-document line it must not match.
 */

export type ResidueKind =
  | 'banner'
  | 'byline'
  | 'share'
  | 'promo'
  | 'pager'
  | 'blurb'
  | 'breadcrumb'
  | 'disclaimer'
  | 'copyright'
  | 'source'
  | 'related'
  | 'editor'
  | 'number';

/** How each kind is named in messages. */
export const RESIDUE_LABELS: Record<ResidueKind, { zh: string; en: string }> = {
  banner: { zh: '网站横幅或站名', en: 'site banner or name' },
  byline: { zh: '网页署名栏或阅读统计', en: 'page byline or reading statistics' },
  share: { zh: '扫码、分享或关注提示', en: 'scan, share or follow prompt' },
  promo: { zh: '下载、福利或全文推广', en: 'download, giveaway or read-more prompt' },
  pager: { zh: '翻页导航或页码', en: 'page navigation or page number' },
  blurb: { zh: '“小编”导语', en: "site editor's blurb" },
  breadcrumb: { zh: '网页位置导航', en: 'breadcrumb navigation' },
  disclaimer: { zh: '网站声明', en: 'site disclaimer' },
  copyright: { zh: '版权或备案信息', en: 'copyright or ICP licence line' },
  source: { zh: '转载来源或原文链接', en: 'reprint source or link' },
  related: { zh: '相关推荐链接', en: 'related-articles list' },
  editor: { zh: '责任编辑署名', en: 'web editor credit' },
  number: { zh: '孤立的长数字，多为文章编号', en: 'stray long number, likely an article id' },
};

interface Pattern {
  kind: ResidueKind;
  re: RegExp;
  /** Longest line (in UTF-16 units, after trimming) the pattern applies to. */
  max: number;
  /** When true, a line ending like a sentence (。！？；) is not residue. */
  notSentence?: boolean;
}

const TLD = '(?:com|cn|net|org|cc|top|vip|info|xyz|wang|site|me|tv|io|co|biz|ltd|club|work|online|shop|icu|ink|fun)';
const DOMAIN = `(?:https?:\\/\\/)?(?:[A-Za-z0-9-]+\\.)+${TLD}(?:\\.cn)?`;
/** Separators between a site name and its slogan. */
const SEP = '(?:——|—|--|－|-|_|\\||｜|·)';
/** Words of a template site's slogan or name. */
const SLOGAN = '(?:专注|专业|范文|素材|公文写作|写作网|文库|文档|下载|模板|首选|门户|资料网|欢迎)';
/** A labelled contact line in a real document is not a banner. */
const LABEL = '(?:网址|网站|官网|邮箱|电子邮箱|e-?mail|地址|主页|链接|网页|联系)[:：]';

/** Blurb cues: the site offering the text, hoping it helps, and words for the article itself. */
const BLURB_OFFER = '(?:为|给)(?:大家|您|你)(?:精心)?(?:整理|收集|搜集|精选|带来|推荐|分享)(?:了|的)';
const BLURB_HOPE = '(?:(?:希望|但愿).{0,6}(?:对|帮到|帮助)(?:大家|您|你)|仅供(?:大家)?参考|供(?:大家|您|你)参考|欢迎(?:大家)?(?:阅读|参考|借鉴|收藏|下载))';
const BLURB_ARTICLE = '(?:范文|文章|资料|相关内容|本文|全文|[一这几]篇)';

/**
 * The curated list, in order of precedence. Each line is tested against its trimmed text (indents,
 * Markdown list markers and emphasis removed).
 */
export const RESIDUE_PATTERNS: readonly Pattern[] = [
  // A bare domain on its own line (`SUCAI198.COM`, `www.xxx.com/`); a URL with a path may be a citation.
  { kind: 'banner', re: new RegExp(`^${DOMAIN}\\/?$`, 'i'), max: 60 },
  // A domain with a site name or slogan: `SUCAI198.COM —— 专注党建行政公文写作范文`, `公文素材库 - www.x.net`.
  {
    kind: 'banner',
    re: new RegExp(`^(?!${LABEL}).*(?:${SEP}\\s*${DOMAIN}|${DOMAIN}\\s*${SEP}|${SLOGAN}.*${DOMAIN}|${DOMAIN}.*${SLOGAN})`, 'i'),
    max: 60,
    notSentence: true,
  },

  // Bylines: reading statistics are never document text.
  { kind: 'byline', re: /预计阅读时长|阅读时长\s*\d|共计\s*\d+\s*个?字|(?:全文|本文)共?\s*\d+\s*个?字|加入收藏|收藏本站|设为首页|\d+\s*(?:次浏览|人浏览|人阅读|次阅读|人看过|次下载)|(?:浏览|阅读|点击|下载)(?:次数|量)\s*[:：]|字号\s*[:：]?\s*[【\[［]?\s*大\s*中\s*小|【字体[:：]|(?:发布者|上传者|上传人)\s*[:：]|发表于\s*\d{4}|本文已影响\s*\d+\s*人|热度\s*[:：]\s*\d|查看人数\s*[:：]?\s*\d|版权反馈|^(?:所属栏目|栏目|所属分类|分类)\s*[:：]/, max: 150 },
  // Two or more byline fields on one line: `作者：admin 时间：2023-05-06 来源：本站`. A bare
  // `时间：` or `日期：` is not counted: meeting notices have `时间：2024-05-06 14:00` lines.
  { kind: 'byline', re: /^(?=(?:.*?(?:\badmin\b|作者\s*[:：]|发布(?:时间|日期)\s*[:：]|更新(?:时间|日期)\s*[:：]|来源\s*[:：]|编辑\s*[:：]|浏览\s*[:：]|阅读\s*[:：]|点击\s*[:：]|(?:^|\s)分享(?:\s|$)|评论\s*[:：(（]|\d{4}[-/]\d{1,2}[-/]\d{1,2})){2})/i, max: 150 },

  // QR codes, sharing, following.
  { kind: 'share', re: /^(?:微信|手机|用手机|打开微信)?(?:扫码|扫一扫|扫描二维码|长按识别二维码|长按二维码)$/, max: 20 },
  { kind: 'share', re: /(?:扫码|扫一扫|扫描二维码|二维码|长按识别).{0,12}(?:领取|分享|关注|下载|阅读|查看|福利|打开|公众号|小程序|朋友圈|加群|进群|获取|免费|更多|收听)|(?:领取|分享|关注|下载|阅读|查看|福利|获取).{0,6}(?:扫码|扫一扫|二维码)/, max: 30, notSentence: true },
  { kind: 'share', re: /^(?:分享到|分享至|转发到|分享)\s*[:：]?\s*(?:微信|微博|QQ|朋友圈|QQ空间|新浪微博|腾讯微博|豆瓣)/i, max: 60 },
  { kind: 'share', re: /^(?=.*[^\d\s|｜/·,，])(?:(?:分享|收藏|点赞|在看|评论|转发|举报|打印|关闭|复制|微信|微博|QQ空间|QQ|朋友圈|赞|踩|返回|下载|相关|纠错|投稿|反馈|\d+)[\s|｜/·,，]*){2,}$/i, max: 40 },
  { kind: 'share', re: /^收藏网址\s*[:：]/, max: 60 },
  { kind: 'share', re: /^(?:点赞|在看|举报|收藏|分享|评论|打印本页|打印本文|打印此文|关闭窗口|关闭本页|一键复制|复制全文|复制本文|收藏本文|手机版|电脑版|手机阅读)$/, max: 10 },
  { kind: 'share', re: /^(?:欢迎)?关注(?:我们|本站|公众号|微信公众号|官方微信|官方微博)/, max: 20, notSentence: true },

  // Downloads, giveaways, read-more.
  { kind: 'promo', re: /领取福利|免费领取|福利领取|免费下载|立即下载|下载文档|文档下载|下载本文|原文下载|下载word|word版?下载|付费下载|开通(?:VIP|会员)|VIP(?:专享|会员)|会员专享|还剩\s*\d+\s*页未读|继续阅读|展开全文|阅读全文|查看全文|全文阅读|点击(?:查看|下载|阅读|进入|这里|此处|获取)|文档贡献者|内容来自(?:用户|网友)|用户上传|网友上传|网友投稿|下载地址\s*[:：]|全文预览已结束|^文档简介$|^资源描述$/i, max: 40, notSentence: true },

  // Breadcrumbs.
  { kind: 'breadcrumb', re: /^(?:当前位置|當前位置|您的位置|您现在的位置|你的位置|你现在的位置|现在位置|所在位置)\s*[:：]|^(?:首页|首頁|主页|网站首页)\s*[>＞›»→]/, max: 120 },
  // `首页 理论教育 通用公文写作的基本要求`: a breadcrumb with spaces for separators.
  { kind: 'breadcrumb', re: /^(?:首页|首頁|网站首页)\s+(?!上一页|下一页|尾页|末页|\d)\S{2,10}\s+\S/, max: 60, notSentence: true },

  // Page navigation and page numbers.
  { kind: 'pager', re: /^[（(【\[]?第\s*\d+\s*[/／]\s*\d+\s*页[)）】\]]?$/, max: 20 },
  { kind: 'pager', re: /^[（(【\[]?(?:第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页)[)）】\]]?$/, max: 24 },
  { kind: 'pager', re: /^(?:上一篇|下一篇|上一页|下一页|上一章|下一章|上一节|下一节|返回列表|返回首页|返回目录|返回顶部|返回上一页|首页|尾页|末页)(?:\s*[:：>»]|\s|$)/, max: 80 },
  { kind: 'pager', re: /^(?:[\d\s]+|首页|上一页)+\s*(?:下一页|尾页|>>|»)$/, max: 60 },
  { kind: 'pager', re: /^[—–－-]\s*\d{1,3}\s*[—–－-]$/, max: 10 },

  // The site editor's blurb: `下面是小编为大家整理的……，希望对大家有所帮助！`. A speech may well say
  // `希望对大家今后的工作有所帮助` or `为大家准备了学习材料`, so a blurb needs 小编, or an offering
  // phrase together with a hope/reference phrase or a word for the article itself.
  { kind: 'blurb', re: /小[编編](?:为|為|给|給|精心|整理|推荐|推薦|带来|帶來|分享|收集|搜集|特意|在此|就)|小[编編].{0,12}(?:整理|收集|搜集|推荐|推薦|分享|介绍|介紹|带来|帶來|归纳|歸納|精选|準備|准备)|^【(?:导语|导读)】/, max: 200 },
  { kind: 'blurb', re: new RegExp(`^(?=.*?${BLURB_OFFER})(?=.*?(?:${BLURB_HOPE}|${BLURB_ARTICLE}))|^(?=.*?${BLURB_HOPE})(?=.*?${BLURB_ARTICLE})`), max: 200 },
  // A short standalone `欢迎阅读！` / `欢迎大家参考借鉴。`
  { kind: 'blurb', re: /^(?:欢迎|敬请)(?:大家|您)?(?:阅读|参考|借鉴|收藏|下载|分享)(?:[与和、及]?(?:借鉴|参考|收藏|阅读|下载))?[。！!]?$/, max: 14 },

  // Disclaimers.
  { kind: 'disclaimer', re: /^(?:【)?(?:声明|免责声明|版权声明|版权说明|特别声明)(?:】)?\s*[:：]|本站.{0,20}(?:来自|来源于|源于|转载自|收集于)(?:网络|互联网)|如有侵权|侵权(?:请)?(?:联系|删除|告知)|侵删|版权归(?:原)?作者|转载请(?:注明|保留)|仅代表作者(?:本人|个人)?(?:的)?观点|不代表本站/, max: 200 },

  // Document-sharing sites' own sentences: `《…》由会员分享，可在线阅读，更多相关《…》请在XX上搜索。`
  { kind: 'promo', re: /由(?:会员|用户|网友)(?:分享|上传|提供)|请在.{1,12}上搜索|本文档由.{0,10}(?:提供|上传)|收益归属内容提供方|举报或认领/, max: 200 },

  // Copyright and licence lines.
  { kind: 'copyright', re: /copyright|©|\(c\)\s*\d{4}|all rights reserved|^版权所有|版权所有\s*[©(（]|ICP\s*[备证]|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP|公网安备|网安备\s*\d/i, max: 200 },

  // Reprint sources and links of portals (not `来源：国家统计局` under a table).
  { kind: 'source', re: /^(?:文章|本文|信息|内容)?(?:来源|出处|转自|来自)\s*[:：]\s*\S*(?:网|网站|新闻网|客户端|公众号|微信|微博|头条|app|\.com|\.cn|\.net)\s*$/i, max: 60 },
  { kind: 'source', re: /^本文(?:来源|来自|转自)|^本文由.{0,20}(?:整理|发布|原创|提供|编辑|收集|上传|推荐)|^(?:本文|文章|原文)(?:地址|链接|网址)\s*[:：]|^原标题\s*[:：]|^(?:文章|内容)?来源于网络/, max: 150 },

  // Template and document-sharing site names.
  { kind: 'banner', re: /(?:范文网|范文大全|素材网|公文网|写作网|文秘网|秘书网|资料网|百度文库|腾讯文库|人人文库|金锄头文库|豆丁网|道客巴巴|原创力文档|文库网|三一办公|docin\.com|doc88\.com|book118\.com)/i, max: 30, notSentence: true },

  // Related links and tags.
  { kind: 'related', re: /^[【\[［]?(?:相关推荐|相关文章|相关阅读|相关范文|相关资料|相关专题|猜你喜欢|推荐阅读|延伸阅读|热门推荐|热门文章|热门范文|热门搜索|最新文章|最新范文|精选范文|精彩推荐|更多精彩|更多相关|更多范文|为你推荐|为您推荐|推荐访问|拓展阅读|扩展阅读|大家都在看|看了本文的人还看了|网友都在看|相关标签|tag标签|标签|tags?|本文目录)[】\]］]?(?:\s*[:：>»]|\s|$)/i, max: 100 },
  { kind: 'related', re: /^更多.{0,20}(?:请访问|请关注|尽在|访问|点击|查看)/, max: 60 },

  // Web editor credits (not the `撰稿：` `审核：` sign-off of a briefing).
  { kind: 'editor', re: /^[（(]?(?:责任编辑|责编|网络编辑|小编|文章录入|录入)\s*[:：]/, max: 40 },
];

/** Sentence-final punctuation: such a line reads as prose. */
const SENTENCE_END = /[。！？；!?;]$/;

/**
 * Decoration around site furniture: emoji and other supplementary-plane characters, arrows, stars
 * and pointers (`👉 点击查看`, `▲返回顶部`, `🎁领取福利`). Ignored at either end of a line.
 */
const DECORATION = /^(?:[\s\u3000\u00a0\u200b-\u200d\ufeff\u{10000}-\u{10FFFF}\u2190-\u21ff\u25b2-\u25bf\u25c0-\u25c5\u2600-\u27bf\ufe0f])+|(?:[\s\u3000\u00a0\u200b-\u200d\ufeff\u{10000}-\u{10FFFF}\u2190-\u21ff\u25b2-\u25bf\u25c0-\u25c5\u2600-\u27bf\ufe0f])+$/gu;

/** The line's own text: without indents, decoration, Markdown list markers and emphasis, zero-width marks. */
export function residueText(raw: string): string {
  // Fast path (most lines): nothing to trim when neither end can be decoration, markup or space.
  if (raw === '' || (!maybeTrimmed(raw.charCodeAt(0)) && !maybeTrimmed(raw.charCodeAt(raw.length - 1)))) return raw;
  return raw
    .replace(DECORATION, '')
    .replace(/^(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?/, '')
    .replace(/(?:\*\*|__)$/, '')
    .replace(DECORATION, '');
}

/** Could this character be trimmed by residueText: ASCII, spaces, zero-width, surrogates, symbols? */
function maybeTrimmed(c: number): boolean {
  return (
    c < 0x80 ||
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x200b && c <= 0x200d) ||
    c === 0xfeff ||
    c === 0xfe0f ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x25b2 && c <= 0x25c5) ||
    (c >= 0x2600 && c <= 0x27bf)
  );
}

/** The kind of residue a line is by the curated patterns, or undefined. `t` is `residueText(raw)`. */
export function classifyResidue(t: string): ResidueKind | undefined {
  if (t === '') return undefined;
  for (const p of RESIDUE_PATTERNS) {
    if (t.length > p.max) continue;
    if (p.notSentence && SENTENCE_END.test(t)) continue;
    if (p.re.test(t)) return p.kind;
  }
  return undefined;
}

/** A line that is only a long number (`221381`, a site's article id). */
export const LONG_NUMBER = /^\d{5,12}$/;
/** Shapes of phone numbers: a mobile number or one with an area code. */
export const PHONE_SHAPE = /^(?:1[3-9]\d{9}|0\d{9,11})$/;
/** A label line before a number makes it data: `联系电话：`, `邮政编码：`. */
export const NUMBER_LABEL = /[:：]$|电话|手机|传真|邮编|邮政编码|联系|账号|帐号|号码|编号|代码|QQ|微信号|身份证|卡号|金额|合计|总计|电邮/i;
