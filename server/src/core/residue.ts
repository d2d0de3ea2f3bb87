/**
 * Template-site residue: whole lines that a 范文 site pastes around the text — its banner, the
 * byline with reading statistics, share and QR-code prompts, promotions, page navigation, the
 * editor's blurb, breadcrumbs, disclaimers, copyright and ICP lines, reprint sources, related links,
 * and a stray article id. Residue is a *whole line of site furniture*: a sentence in a real
 * document that mentions a QR code or cites a website is not residue, so most patterns also bound
 * the line's length or refuse a line that reads as a sentence.
 *
 * The list is curated and documented; each entry is tested in test/unit/residue.test.ts. Add a
 * pattern with a sample line there, and a real-document line it must not match, and give it its `any`
 * characters (test/unit/residue-triggers.test.ts checks them against every sample).
 */

import { wholeLineEmphasis, type Source } from './source';
import type { Line } from './types';
import { detach } from './memo';
import { lineValues } from './line-values';
import { DATE_LINE } from './text/parts';
import { parseMarker } from './numbering/markers';
import { isBibliographyText } from './text/bibliography';
import { parseChineseNumeral } from './numbering/numerals';

export type ResidueKind =
  | 'banner'
  | 'byline'
  | 'share'
  | 'promo'
  | 'pager'
  | 'page-number'
  | 'blurb'
  | 'breadcrumb'
  | 'disclaimer'
  | 'copyright'
  | 'source'
  | 'related'
  | 'editor'
  | 'number'
  | 'metadata'
  | 'disclosure'
  | 'collection'
  | 'paywall'
  | 'comment'
  | 'post'
  | 'notice'
  | 'noise'
  | 'export'
  | 'caption'
  | 'chat'
  | 'template'
  | 'software'
  | 'service'
  | 'im'
  | 'journal'
  | 'gov-site'
  | 'configured';

/** How each kind is named in messages. */
export const RESIDUE_LABELS: Record<ResidueKind, { zh: string; en: string }> = {
  banner: { zh: '网站横幅或站名', en: 'site banner or name' },
  byline: { zh: '网页署名栏或阅读统计', en: 'page byline or reading statistics' },
  share: { zh: '扫码、分享或关注提示', en: 'scan, share or follow prompt' },
  promo: { zh: '下载、福利或全文推广', en: 'download, giveaway or read-more prompt' },
  pager: { zh: '翻页导航或页码', en: 'page navigation or page number' },
  'page-number': { zh: '打印或导出文档的页码', en: 'page number of the printed or exported document' },
  blurb: { zh: '“小编”导语', en: "site editor's blurb" },
  breadcrumb: { zh: '网页位置导航', en: 'breadcrumb navigation' },
  disclaimer: { zh: '网站声明', en: 'site disclaimer' },
  copyright: { zh: '版权或备案信息', en: 'copyright or ICP licence line' },
  source: { zh: '转载来源或原文链接', en: 'reprint source or link' },
  related: { zh: '相关推荐链接', en: 'related-articles list' },
  editor: { zh: '责任编辑署名', en: 'web editor credit' },
  number: { zh: '孤立的数字，多为页码或文章编号', en: 'stray number (page number or article id)' },
  metadata: { zh: '文档分享网站的文档信息', en: 'document-sharing metadata' },
  disclosure: { zh: '政府信息公开目录信息', en: 'government information-disclosure panel' },
  collection: { zh: '合集标题或篇目序号', en: 'collection header or item number' },
  paywall: { zh: '付费、登录或打赏提示', en: 'paywall, login or tipping prompt' },
  comment: { zh: '评论或投稿栏', en: 'comment or submission widget' },
  post: { zh: '论坛、问答或公众号帖文的套话', en: "forum, Q&A or WeChat post's stock line" },
  notice: { zh: '下载须知', en: 'download notice' },
  noise: { zh: '防复制乱码或孤立符号', en: 'anti-copy noise or stray symbol' },
  export: { zh: '笔记软件导出的属性行', en: 'note-app export property' },
  caption: { zh: '正文中重复的标题（图片说明或分页处）', en: 'title repeated in the body' },
  chat: { zh: 'AI 对话的问答语或界面文字', en: 'AI-chat framing or interface text' },
  template: { zh: '文档模板或演示文稿模板的固定文字', en: 'document or slide template text' },
  software: { zh: '软件水印、格式转换或转发留下的文字', en: 'software watermark, conversion or forwarding text' },
  service: { zh: '网站客服联系方式', en: "site's customer-service contact" },
  im: { zh: '群聊消息的框架（发送人和时间、已读、撤回、图片占位）', en: 'group-chat frame (sender and time, read receipts, recalls, image stubs)' },
  journal: { zh: '期刊数据库的论文信息', en: "journal database's article data" },
  'gov-site': { zh: '政府网站的页面栏目', en: "government site's page furniture" },
  configured: { zh: '与配置的残留模式相符', en: 'matches a configured residue pattern' },
};

interface Pattern {
  kind: ResidueKind;
  re: RegExp;
  /** Longest line (in UTF-16 units, after trimming) the pattern applies to. */
  max: number;
  /** When true, a line ending like a sentence (。！？；) is not residue. */
  notSentence?: boolean;
  /**
   * When true, the pattern reads a field or a label a document writes too (a 12345 通报's `工单编号：`, a training notice's
   * `学员：…　学号：…`, a 纪要's `已签到28人`): its calls stand only on a page that shows furniture of another kind as well.
   */
  corroborate?: boolean;
  /**
   * Characters of which every match holds at least one (one per alternative of the pattern, both cases
   * under the `i` flag; all in the BMP): a line with none of them is not tested (see `classifyResidue`).
   * Undefined: every line of a fitting length is tested.
   */
  any?: string;
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
/** The sections a template site files its texts under (its category bar: `范文大全 | 公文写作 | 工作总结 | 心得体会`). */
const SITE_SECTION = '(?:范文大全|範文大全|范文|範文|公文写作|公文范文|工作总结|工作计划|工作报告|心得体会|讲话稿|演讲稿|发言稿|述职报告|思想汇报|实习报告|调研报告|调查报告|自查报告|整改报告|申请书|入党申请书|自我鉴定|自我介绍|策划书|活动方案|合同范本|合同协议|主持词|致辞|求职信|辞职报告|事迹材料|先进事迹|读后感|观后感|规章制度|条据书信|祝福语|个人简历|党团范文|党课讲稿|教学设计|教案|作文|承诺书|倡议书|感谢信|检讨书|首页|首頁)';

/**
 * A file name on its own line (`某某方案.docx`): a sharing site's file card — or, under the document's attachments,
 * the attachment's own file (see `classifyLinesOnce`). Not an attachment line (`附件：…`, `1.…`), not a link.
 */
/**
 * A template site's byline of its name, the section and the date (`公文派 | 讲话稿 | 2026-11-02`). A table's header or row
 * may hold the same three (`姓名 | 工作总结 | 2026-01-05`): a first cell that names a column is none of a site's, and
 * below the top of the page the call is only offered (see `classifyLinesOnce`).
 */
const SITE_SECTION_BYLINE = new RegExp(`^(?!(?:姓名|序号|编号|单位|部门|名称|项目|类别|类型|内容|材料|文件|文种|日期|时间|备注|科室|岗位|职务)\\s*[|｜])[^|｜\\s]{2,12}\\s*[|｜]\\s*${SITE_SECTION}\\s*[|｜]\\s*\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}$`);
const FILE_NAME_LINE = /^(?!附件|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）]|[^:：]{0,10}(?:下载|下載|地址|链接|網址|网址)\s*[:：]|.*(?:https?:\/\/|www\.))[^\s，。：:；;！？!?]\S.{0,100}\.(?:docx?|pdf|pptx?|xlsx?|wps)$/i;

/**
 * The curated list, in order of precedence. Each line is tested against its trimmed text (indents,
 * Markdown list markers and emphasis removed).
 */
export const RESIDUE_PATTERNS: readonly Pattern[] = [
  // Document-sharing sites: the document's card (`上传人：`, `文档编号：`, `格式：DOCX`, `页数：18`,
  // `大小：31KB`), its page thumbnails (`某某方案 _第3页`) and the headers of the preview.
  // (A controlled document's own number, `文档编号：QS-SP-ZY-001` over `版本号：` and `生效日期：`, is a code of letters and hyphens;
  // a sharing site numbers its files with digits.)
  { kind: 'metadata', re: /^(?!(?:文档编号|文檔編號)\s*[:：]\s*[A-Z]{1,8}(?:[-/][A-Za-z0-9]{1,10}){1,6}$)(?:上传人|上传者|上傳人|上传时间|上传日期|上傳時間|文档编号|文檔編號|文档大小|文件大小|文档页数|资源描述|資源描述|资源简介|内容提示|文档简介|文档介绍|内容预览|內容預覽|扩展数据|擴展數據|扩展资料|擴展資料|目录\/提纲|目錄\/提綱|文档(?:热度|星级)|下载积分|所需积分|贡献者等级|贡献者|贡献时间|上传用户|上传会员)\s*(?:[（(][^)）]{0,6}[)）])?\s*[:：]/, max: 60, any: ':：' },
  // A card of two or more short fields and nothing else: `格式：doc　页数：4页　大小：25KB`, a rating `4.5分（12人评价）`.
  { kind: 'metadata', re: /^[^\s:：]{0,4}(?:格式|页数|頁數|大小|星级|热度|积分|评分|上传时间|上传日期|下载次数|浏览次数|收藏次数)\s*[:：]\s*[^\s:：，,。；;\u3400-\u9fff]{0,12}[页頁分字次人]?(?:[\s\u3000|｜]+[^\s:：]{0,4}(?:格式|页数|頁數|大小|星级|热度|积分|评分|上传时间|上传日期|下载次数|浏览次数|收藏次数)\s*[:：]\s*[^\s:：，,。；;\u3400-\u9fff]{0,12}[页頁分字次人]?)+[\s\u3000|｜]*$|\d(?:\.\d)?\s*分\s*[（(]\s*\d+\s*人评(?:价|分)[)）]/, max: 100, any: ':：评' },
  { kind: 'metadata', re: /^(?:页数|頁數)\s*[:：]\s*\d+\s*页?$/, max: 20, any: ':：' },
  // A rating whose stars the trimming removed (`推荐度：★★★★☆`), a counter left empty, the file's format.
  { kind: 'metadata', re: /^(?:推荐度|推荐指数|推荐星级|热度|人气|点击数|阅读数|浏览数|浏览次数)\s*[:：]$|^(?:本)?文档为\s*\.?(?:docx?|pdf|pptx?|txt|wps)\s*格式/i, max: 20, any: ':：格' },
  { kind: 'metadata', re: /^(?:大小|文件大小)\s*[:：]\s*\d+(?:\.\d+)?\s*[KMG]B$/i, max: 24, any: ':：' },
  { kind: 'metadata', re: /^(?:ID|文档ID|资源ID)\s*[:：]\s*\d{4,}$/i, max: 24, any: ':：' },
  // A template site's article number (`文章编号：GW20240516-0123`): letters and digits, no more. A journal's 文章编号 carries its
  // year in brackets (`1671-1602(2020)06-0001-02`) and stands beside 中图分类号 and 文献标识码: not this.
  { kind: 'metadata', re: /^(?:文章编号|文章ID|稿件编号)\s*[:：]\s*[A-Za-z]{0,8}[-_]?\d[\d-]{3,24}$/i, max: 40, any: ':：' },
  // A government site's open-information card above a published document (`索引号：…/2024-00123`, `主题分类：综合政务`,
  // `有效性：有效`): the portal's catalogue, not the document. (`公开方式：主动公开` is printed in documents; not here.)
  { kind: 'disclosure', re: /^(?:索\s*引\s*号|信息索引号|主题分类|组配分类|体裁分类|服务对象分类|有效性)\s*[:：]/, max: 80, any: ':：' },
  { kind: 'metadata', re: /^(?:标签|標籤|tags?)\s*[:：]$/i, max: 10, any: ':：' },
  // A file name on its own line (`某某方案.docx`), not an attachment line (`附件：…`, `1.…`), not a link (`下载地址：http://…/baobiao.xls`,
  // `报表下载：baobiao.xls`: the document's own address for its form, which a sharing site's file card never labels so).
  // (Its trigger: the extension's first letter — every match ends in one — is rarer in Chinese text than a `.`.)
  { kind: 'metadata', re: FILE_NAME_LINE, max: 110, any: 'dpxwDPXW' },
  { kind: 'pager', re: /[_＿]\s*第\s*\d{1,4}\s*页$/, max: 100, any: '_＿' },
  { kind: 'pager', re: /^(?:Page|P\.)\s*\d{1,4}(?:\s*[-–—]\s*\S.*)?$/, max: 80, any: 'P' },

  // Collections: `…（精选8篇）`, `…最新12篇`, item headers `篇一`, `…篇1`, `…范文第1篇`, `[例文1]`.
  { kind: 'collection', re: /[（(【\[](?:(?:精选|精選|通用|专业|專業|优选|優選|热门|熱門|最新|实用|實用|推荐|推薦|优秀|優秀|经典|經典|精品|合集|汇编|彙編)\s*(?:\d{1,3}|[一二三四五六七八九十两多]{1,3})|多)\s*篇[)）】\]]$/, max: 80, notSentence: true, any: '篇' },
  { kind: 'collection', re: /(?:^|[\s\u3000])篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$|^篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:\s*[:：]|\s|$)|[^\s第\d]篇\s*\d{1,3}$|\S{2}\s?第\s*\d{1,3}\s*篇$|^第\s*\d{1,3}\s*篇$/, max: 80, notSentence: true, any: '篇' },
  { kind: 'collection', re: /^[【\[［](?:例文|范文|範文|范例|範例|样文|樣文)\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[】\]］]/, max: 60, any: '【[［' },
  // A collection's item in brackets (`【篇1】某某通知`, `[篇二]`) and its header's count (`某某倡议书（共7篇）`;
  // not a prize list's `一等奖（共3篇）`, nor a numbered heading).
  { kind: 'collection', re: /^[【\[［]第?\s*(?:篇\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇)[】\]］]|^(?![（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])[^\s，。；：:]{2,40}(?<!奖|作品|论文|文章|稿件)[（(]共\s*\d{1,3}\s*篇[)）]$/, max: 80, notSentence: true, any: '篇' },
  // A converted file's furniture: a slide's number (`第1张幻灯片`), a running header or footer that ends with the page
  // (`某某讲话稿 第 1 页`, `某某文件　　第 1 页 共 3 页`, after a gap), a preview's bare page count (`1页`), a browser's
  // print footer (`file:///C:/…/某某.htm  2026/3/5`). A document cites a page inside a sentence (`见第3页`), never so.
  { kind: 'page-number', re: /^第\s*\d{1,3}\s*张幻灯片$|^\S.{0,60}?[\s\u3000]+第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*页$/, max: 80, notSentence: true, any: '灯页' },
  { kind: 'software', re: /^file:\/\/\/\S+(?:[\s\u3000]+\d{4}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?$/i, max: 200, any: 'fF' },
  // A document-sharing page's card: its labels (`文档贡献者：`, `文档标签：`, `系统标签：`, `审核时间：`), its empty blurb
  // (`暂无简介`), its header over the preview (`文档介绍`), two of the file's fields opening a line (`文档格式：.doc   文档页数：3页 …`;
  // a call for entries sets `格式：JPG　大小：不超过5MB`),
  // the uploader's note (`本文档由 某某 于 2026-07-12 上传`).
  { kind: 'metadata', re: /^(?:文档贡献者|文档ID|文档标签|系统标签|文档分类|审核时间|分享于)\s*[:：]|^(?:暂无简介|暂无描述|暂无介绍|文档介绍|文档描述)$|^文档(?:格式|页数|大小)\s*[:：]\s*\.?[A-Za-z0-9.]{1,8}\s*[页KMGBkb]{0,2}[\s\u3000|｜]+文档(?:格式|页数|大小|热度)\s*[:：]\s*\d|^本(?:文档|资料|文章|范文|模板)由\s*\S.{0,30}?\s*于\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*上传/, max: 100, any: ':：介简描传' },
  // A sharing page's file card between bars (`[文档] 某某慰问信 | 共2页 | 1.2万次阅读`, `文档 | 2026-07-12 | 2页 | 856人已下载`)
  // and its viewer's toolbar (`举报 | 全屏 | 放大 | 缩小`). A Markdown table row opens with its bar.
  { kind: 'metadata', re: /^[^|｜](?=.*[|｜]).*(?:[|｜]\s*共?\s*\d{1,4}\s*页\s*[|｜]|\d+\s*人已(?:下载|评价?|阅读|浏览|收藏))|^(?:举报|全屏|放大|缩小|打印)(?:\s*[|｜]\s*(?:举报|全屏|放大|缩小|打印|下载|分享|收藏)){2,}$/, max: 100, any: '|｜' },
  // A cut text's note in place of the rest (`……………………余下全文…………………………`, `……（中间部分省略，完整内容请下载附件）`), a paid
  // document's gate (`本文档为付费文档，下载请先登录`), members' price (`会员免费 | 非会员 ¥3.00`), a template's sales line
  // (`本模板共1页，Word格式，可编辑。`). A document's own `（略）` names no part and no download; nor does an excerpt's elision
  // note whose bracket closes on it (`（中间部分从略）` in a 简报's 摘编 of a speech): the site's note goes on to the download.
  { kind: 'paywall', re: /^[…\.。·]{2,}\s*(?:余下|以下|剩余|其余)(?:全文|内容|部分)\s*[…\.。·]*$|^[…\.。\s]*[（(【\[]\s*中间(?:部分|内容)?(?:已)?(?:省略|略去|从略)(?!\s*[)）】\]][…\.。\s]*$)|^(?:本|该|此)?(?:文档|资料)为(?:付费|VIP|会员)(?:专享)?(?:文档|资料|内容)|^(?:VIP|会员)(?:免费|专享)\s*[|｜/]\s*(?:非会员|非VIP|普通用户)\s*[:：]?\s*[¥￥]\s*\d{1,3}(?:\.\d{1,2})?$|^本(?:模板|文档|范文|资料)共\s*\d{1,3}\s*页[，,、]?\s*(?:word|wps|pdf|ppt|docx?)\s*格式/i, max: 60, any: '余以剩其中付费¥￥共' },
  // A page title with the sharing site's suffix (`某某要点(完整版)_word文档在线阅读与下载_免费文档`).
  { kind: 'banner', re: /[_｜|]\s*(?:word|pdf|ppt|doc)?(?:文档)?在线(?:阅读|预览)(?:与|和|及)?(?:免费)?下载|[_｜|]\s*免费(?:文档|范文|下载)$/i, max: 140, any: '_｜|' },

  // Paywalls, login prompts, tipping widgets.
  { kind: 'paywall', re: /想阅读完|想閱讀完|您需要(?:先)?(?:登[陆录錄陸]|支付|付费|購買|购买|开通|開通)(?!的)|登[陆录錄陸]后(?:查看|阅读|下载|可见)|^(?:登[陆录錄陸]|注册|註冊)(?:\s*[/|｜]?\s*(?:注册|註冊|登[陆录錄陸]))?$|仅供站内会员|本页约\s*\d+|(?<!全文)预览(?:已)?结束|^请?选择打赏|^赏赞$|打赏作者|(?:尚未有人|还没有人|暂无人)(?:打赏|赞赏|赏赞)|請?赞赏(?:鼓励|支持|作者)|^[¥￥]\s*\d+(?:\.\d{1,2})?(?:\s*[/／]\s*(?:月|年|季|次|篇)(?:[\s\u3000].{0,20})?)?$|查看更多\s*(?:>>|》|»)|上传文档赚钱|^微信扫$|^分享(?:到|至)?\s*[:：]$/, max: 40, any: '想需登册冊员约结赏¥￥多赚扫享' },
  // A document-sharing site's teaser over a cut page (`本页内容仅展示部分，完整版请下载后查看>>>`).
  // Without the page named, the cut is told by what it asks (download, pay) and names no attachment of the document's
  // (`此处仅展示部分，完整名单请下载附件` is a notice's).
  { kind: 'paywall', re: /(?:本页|本文(?!件)|本文档|此文档|该文档|文档|页面|预览)(?:内容)?(?:仅|只)(?:展示|显示|预览|提供|展现)了?(?:部分|前\s*\d+\s*页)|^(?!.*附件).*(?:仅|只)(?:展示|显示|预览|展现)了?部分(?:内容)?(?![\u3400-\u9fff]).{0,12}(?:下载|付费|购买|开通|VIP|会员)|试读已?结束|(?:剩余|其余|后续)(?:内容|部分)已?(?:隐藏|折叠).{0,10}(?:下载|付费|购买|开通|登录)|(?:完整版|完整文档|完整内容|全文)请?(?:下载|付费|购买)后(?:查看|阅读)\s*(?:>>|》|»|→)/, max: 60, any: '仅只>》»→试剩其后' },
  // A cut page's notice that the rest is behind a download (`未完待续，请下载完整文档`, `以上为部分内容，下载后查看完整版`): it names
  // the cut (未完待续, 部分内容, 节选, 篇幅有限) and what the site sells (下载, 完整版, VIP). Not a notice's pointer to its own
  // attachment or to a public body's site (`以上为部分内容，完整名单请下载附件`, `……全文请登录市政府网站下载`), nor an excerpt's note that
  // the issued text prevails (`以上为节选内容，完整版请以正式印发文件为准。`: a 简报's, pointing to the document, selling nothing).
  { kind: 'paywall', re: /^[…\.。\s—\-－·]*[（(【\[]?\s*(?:未完(?:[，,、]?待续|(?=[，,、\s）)]))|此处省略\s*\d*\s*字|(?:以上|上述|此处|本页|当前|这里|本文|文档)(?:内容)?(?:为|是|仅为|只是|仅|只)?(?:文档|文章|本文|全文)?的?(?:部分|节选|片段|摘选|预览)(?:内容|文字|章节|页面)?|(?:由于|因)?(?:内容|篇幅)(?:较长|过长|太长|较多|有限|所限|限制)|(?:查看|阅读|获取|浏览)(?:完整版|完整文档|完整内容|全部内容|全文))(?![^。！？]*(?:附件|网站|官网|门户|政府|平台|为准|印发))[^。！？]{0,16}?(?:下载(?:后|即可)?(?:可|即可)?(?:查看|阅读|看|浏览|获取)|下载(?:完整|全文|全部|原文|文档|word)|完整版|完整文档|完整内容|全部内容|VIP|会员|付费|购买)/i, max: 60, any: '未以上此本当这文内篇由因查阅获浏' },
  // A page's pager in words (`……（全文共8页，当前为第1页）`, `当前第2页，共5页`).
  { kind: 'pager', re: /^[…\.。\s]*[（(【\[]?\s*(?:(?:全文|本文|文档)?共\s*\d+\s*页\s*[，,、/／]?\s*当前(?:为|是|在)?第\s*\d+\s*页|当前(?:为|是|在)?第\s*\d+\s*页\s*[，,、/／]?\s*(?:全文|本文|文档)?共\s*\d+\s*页)\s*[)）】\]]?$/, max: 30, any: '当' },
  // A site's customer service by QQ or WeChat (`客服QQ：123456789（工作日9:00-18:00）`, `微信客服：gw_kefu01`): a template or
  // sharing site's, which a notice to citizens rarely gives (its 咨询电话 is no such line). Sure with the service hours
  // (`SERVICE_HOURS`) or beside other residue; alone only offered (see `classifyLinesOnce`).
  { kind: 'service', re: /^(?:如有(?:疑问|问题|需要)[，,]?\s*)?请?(?:(?:在线|官方|人工|联系|咨询|售后|VIP|会员|文档|下载)?(?:客服(?:QQ|qq|微信|企鹅号)|(?:QQ|qq|微信)(?:在线)?客服)(?:号码?|群)?|(?:在线|联系|咨询)?客服\s*[:：]?\s*(?:QQ|qq|微信))\s*[:：]?\s*[A-Za-z0-9_-]{5,20}(?:\s*[/／、]\s*[A-Za-z0-9_-]{5,20})*(?:[\s\u3000|｜,，、;；]+(?:客服)?(?:QQ|qq|微信|电话|热线)(?:客服)?(?:号码?)?\s*[:：]?\s*[A-Za-z0-9_-]{5,20})*(?:[\s\u3000]*[（(][^（）()]{0,24}[)）]|[\s\u3000]+(?:工作|服务|在线)?时间\s*[:：]?[^（）()]{0,24})?$/, max: 80, any: '客' },
  { kind: 'comment', re: /(?:^|[\s\u3000|｜【\[［(（])(?:我来说两句|写评论|暂无评论|發表評論|发表评论|我要评论|网友评论|我要投稿)|^评论区$|\d*\s*条评论$|^评论\s*[(（]?\d*[)）]?$|评论\s*[(（]\d+[)）]|写下(?:你|您)的评论|^说点什么吧?[.。…]*$|^(?:热门|最新|全部|精彩)评论|评论公约|查看评论|\d+\s*条回复|[\s\u3000]\d+\s*评论$/, max: 60, any: '句评評稿么复' },
  { kind: 'promo', re: /(?:下载|打开|安装|尽在|就在)\s*(?:[“"「][^”"」]{1,10}[”"」])?\s*\S{0,6}?(?:APP|App|app|客户端)|^已有\s*\d+\s*人(?:购买|下载|付费)(?:了)?(?:此文|本文|此文档|该文档|过)?$|下载券|\d+\s*积分下载|^售价\s*[:：]|^请先登[录陆]|投稿咨询|订阅咨询|^(?:在线客服|联系客服|客服热线)$/, max: 60, notSentence: true, any: 'Aa客券积售登咨人' },

  // Bylines: a timestamp to the second, a counter, a site as the author, the site's editor. A time an event starts or
  // ends is the document's, however precise: after the event's label (`考试时间：`, `截止时间：`) or as a range
  // (`09:00:00至11:00:00`), or the moment data are counted up to (`数据统计截至2026-06-30 23:59:59`); a page's post time
  // (`发布时间：2023-05-06 10:12:33`) is none of these.
  { kind: 'byline', re: /^(?![^:：]{0,12}(?:考试|会议|报名|活动|开始|结束|截止|报到|举办|培训|比赛|竞赛|开放|办理|受理|申报|缴费|答辩|面试|笔试)(?:时间|日期|时段)?\s*[:：])(?![^:：]{0,11}[\u4e00-\u9fff](?<!发布|首发|更新|发表|上传|录入|修改|添加|创建|编辑|发帖|回复|浏览|访问|出版)(?:时间|日期|时段)\s*[:：])(?![^:：]*?(?:截至|截止(?:到|至)?|统计至)[\s\u3000]*\d{4}[-/.年])(?!.*\d{1,2}:\d{2}:\d{2}\s*(?:至|到|[-—–~～－])\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+)?\d{1,2}:\d{2}).*?(?:^|\D)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}:\d{2}/, max: 100, notSentence: true, any: ':' },
  { kind: 'byline', re: /(?:已被|被)?(?:浏览|瀏覽|阅读|閱讀|查看)\s*[:：]?\s*\d+\s*次$|^字[数數]\s*[:：]\s*\d+\s*字?$|人[气氣]\s*[:：]\s*[\d.]+|(?:發佈於|发布于)\s*[:：]|^作者\s*[:：]\s*\S{1,12}(?:网|網|站)$|本站小[编編]|字[数數]\s*\d+.{0,6}[阅閱][读讀]\s*\d+/, max: 100, notSentence: true, any: '次人:：小字' },
  { kind: 'byline', re: /^\|\s*[A-Za-z0-9_]{2,20}$/, max: 24, any: '|' },
  // Posted from a client: `来自 iPhone客户端`.
  { kind: 'byline', re: /来自\s*\S{0,16}(?:客户端|网页版|iPhone|iPad|Android)$/, max: 60, notSentence: true, any: '端版ed' },
  // An account's post time relative to now: `青山文旅　昨天`, `某某笔记　3小时前`.
  { kind: 'byline', re: /^(?![^\s]*?(?:时间|日期|截止|报到|开始|结束|会议|活动|考试|报名|举办|期限))[^\s，。：:；;、]{1,16}[\s\u3000]+(?:昨天|前天|今天|刚刚|\d+\s*(?:分钟|小时|天)前)(?:[\s\u3000]+\d{1,2}:\d{2})?$/, max: 30, any: '昨前今刚' },
  // An online document's edit note: `最近编辑：某某 3分钟前`, `上次修改：今天 10:42`.
  { kind: 'byline', re: /^(?:最近|最后|上次)(?:编辑|修改|更新)(?:于|时间)?\s*[:：]?\s*\S{0,12}?\s*(?:\d+\s*(?:秒|分钟|小时|天)前|刚刚|(?:今天|昨天)\s*\d{1,2}:\d{2})$/, max: 30, any: '前刚:' },
  // A post's time to the minute with the account's name (`2024-03-12 07:45·某某笔记`, `某某发布　2024-06-03 18:00`,
  // `24-6-12 09:30 来自 微博网页版`), or the date of an answer (`2023-04-06 回答`). A meeting's `时间：` has its label.
  { kind: 'byline', re: /^(?:(?![^\s]*?(?:时间|日期|截止|报到|开始|结束|会议|活动|考试|报名|举办|期限))[^\s\d，。：:；;、]{1,16}[\s\u3000]+)?(?:\d{4}|\d{2})[-/.]\d{1,2}[-/.]\d{1,2}[\s\u3000]+\d{1,2}:\d{2}(?:[\s\u3000]*[·・|｜][\s\u3000]*[^\s，。]{1,16}|[\s\u3000]+来自[\s\u3000]*\S{1,16})$|^(?![^\s]*?(?:时间|日期|截止|报到|开始|结束|会议|活动|考试|报名|举办|期限))[^\s\d，。：:；;、]{1,16}[\s\u3000]+\d{4}-\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}$|^\d{4}-\d{1,2}-\d{1,2}(?:[\s\u3000]*(?:回答|提问|发表)|[\s\u3000]+发布)$/, max: 50, notSentence: true, any: ':答问布表' },
  // A web byline's date with padded digits and a clock (`2024年05月09日 10:12　青山日报`): a document writes `2024年5月9日`.
  { kind: 'byline', re: /^\d{4}年(?:0\d月\d{2}日|\d{1,2}月0\d日)[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?(?:[\s\u3000]+\S{1,16})?$/, max: 40, any: ':' },
  // A post's author as a mention: `@写材料的老周`.
  { kind: 'byline', re: /^@[^\s@]{2,20}$/, max: 21, any: '@' },
  // A count of readers who liked the text: `198 人赞同了该文章`.
  { kind: 'byline', re: /^\d[\d,.]*\s*[万wk]?\s*人(?:赞同|点赞|喜欢|收藏|看过|觉得很赞)了?(?:该|这篇|此)?(?:文章|回答|内容|笔记)?$/, max: 30, any: '人' },
  // A line of topic tags: `#公文写作# #年终总结#`.
  { kind: 'related', re: /^(?:#[^#\s]{1,20}#[\s\u3000]*)+$|^#[^#\s]{1,20}(?:[\s\u3000]+#[^#\s]{1,20})+$/, max: 100, any: '#' },
  // A self-media account's byline: `百家号　04-12 10:21　关注`, `强国号　2024-02-18`.
  { kind: 'byline', re: /^(?:百家号|头条号|网易号|搜狐号|企鹅号|大鱼号|强国号|一点号|澎湃号)(?:[\s\u3000]+\S|\s*[·・]\s*\S{1,6}\s*[>＞]?$)/, max: 40, notSentence: true, any: '号' },
  // A counter on its own: `被浏览 1,046,772`, `赞同 1.3 万`, `阅读 (2638)`, `粉丝：8.6万`.
  { kind: 'byline', re: /^(?:被|已)?(?:浏览|瀏覽|阅读|閱讀|查看|点击|關注者|关注者|赞同|获赞|粉丝|阅读量|浏览量|点击量)\s*[:：]?\s*[(（]?\s*\d[\d,.]*\s*(?:[万萬wWkK]|千)?\s*[)）]?\s*次?$|[\s\u3000]粉丝\s*[:：]\s*\d[\d.]*\s*[万w]?$/, max: 40, notSentence: true, any: '浏瀏阅閱查点關关赞获粉' },
  // Where and when a post went up: `发表于浙江`, `发布于 2023-10-02 09:15`, `编辑于昨天`, `IP 属地浙江`, `原创 某某发布 2024-03-18`.
  { kind: 'byline', re: /[于於](?<=(?:发表|发布|編輯|编辑|更新|發表|發佈|贡献)[于於])\s*[:：]?\s*(?:\d{4}[-/.年]\d{1,2}|\d{1,2}[-/.]\d{1,2}\s|\d{1,2}:\d{2}|昨天|今天|前天|\d+\s*(?:分钟|小时|天)前|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|台湾)|IP\s*(?:属地|屬地)\s*[:：]?\s*(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|台湾|海外|未知)|^原创(?:\s+\S|\s*\d{4}[-/.]\d)/, max: 80, notSentence: true, any: '于於P原' },

  // Navigation: `位置：首页 > …`, `您的位置首页文书`, `好总结网 > 工作总结 > …`, menus.
  { kind: 'breadcrumb', re: /^(?:您的|你的|您|你)?(?:当前|當前|现在|現在)?的?位置\s*(?:[:：]\s*)?(?:首页|首頁|主页)|^(?:您的|你的|您|你)?(?:当前|當前|现在|現在|所在)?的?位置\s*[:：]\s*[^>＞›»，。]{1,20}[>＞›»]|^(?:当前位置|當前位置|您的位置|你的位置|您的当前位置|你的当前位置)\s*[:：]?$|^(?:您的|你的)当前位置\s*[:：]/, max: 120, any: '位' },
  { kind: 'breadcrumb', re: /^[^>＞›»。，！？]{0,12}(?:首页|首頁|网|網|范文|範文|百科|大全|文库|文庫|论坛|論壇|贴吧)\s*[>＞›»](?:[^>＞›»]{1,40}[>＞›»]){1,}[^>＞›»]{1,60}$/, max: 140, notSentence: true, any: '>＞›»' },
  { kind: 'breadcrumb', re: /^(?=.*(?:首页|首頁|范文大全|範文大全))(?:[\u3400-\u9fff]{2,6}[\s\u3000]+){3,}[\u3400-\u9fff]{2,6}$/, max: 120, any: '首范範' },
  // A template site's category bar: short labels separated by bars or spaces (`范文大全 | 公文写作 | 工作总结 | 心得体会`),
  // three or more of them the sections such a site files its texts under. A document never lines up kinds of text
  // without numbers or punctuation; a table row of them would name other things too.
  { kind: 'breadcrumb', re: new RegExp(`^(?=(?:[\\u3400-\\u9fff]{2,7}(?:[\\s\\u3000]*[|｜/·][\\s\\u3000]*|[\\s\\u3000]+)){3,}[\\u3400-\\u9fff]{2,7}(?:\\s*(?:>>|»|》|>))?$)(?:.*?(?<![\\u3400-\\u9fff])${SITE_SECTION}(?![\\u3400-\\u9fff])){3}`), max: 80, any: ' \u3000|｜/·' },
  { kind: 'breadcrumb', re: /^(?:手機版|電腦版|网站导航|網站導航|网站地图|網站地圖)$/, max: 10, any: '版航图圖' },
  // A site's own name before one level: `百度贴吧 > 公文写作吧`, `豆丁网 > 办公文档`.
  { kind: 'breadcrumb', re: /^(?:百度贴吧|百度文库|百度知道|豆丁网?|道客巴巴|原创力文档|个人图书馆|360doc|网易|搜狐|新浪|腾讯)\S{0,4}\s*[>＞›»]\s*\S/i, max: 60, any: '百豆道原个3网搜新腾' },

  // Site names and slogans: `某某文摘网-腹有诗书气自华`, `实施方案--知识百科`, `欢迎来到某某秘书网！`.
  // Not a title with its subtitle after a 破折号 (`织密民生保障网——在全市民政工作会议上的讲话`, `推进数字政府建设——打造一流
  // 政务服务网`): a site's name runs into its slogan with a hyphen, a bar or one dash, never `——`; nor a speech's subtitle,
  // nor a slogan's `打造…网` (a site's name before 网 is short and no verb phrase).
  { kind: 'banner', re: /^(?!.*——)(?!.*[—－-]\s*在.{2,30}上的(?:讲话|发言|致辞|报告|主持词|总结))[^\s，。,、!！?？:：]{1,10}(?:(?<!互联|物联|车联|电|水|管|路|光|天|法|渔|气|热|交通|铁路|公路|骨干|局域|广域|城域|专|内|外|卫星|输电|配电|供水|排水|雨水|污水|燃气|供热|通信|电信|移动|联通)网|網|文库|文庫|百科)\s*(?:—|--|－|-|_|\||｜|·)\s*[^，。,、!！?？]{2,16}$/, max: 40, any: '网網库庫科' },
  { kind: 'banner', re: /^(?!.*——)[^，。,、!！?？]{2,16}\s*(?:—|--|－|-|_|\||｜)\s*(?:[^\s，。,!！?？]{0,8}(?:文库|文庫|百科|公文|范文|範文|模板)|(?!打造|建设|建好|构建|推进|织密|织牢|筑牢|守护|共建|创建|争创|健全|完善|加快|深化|编织|织就|打通|畅通|建成)[^\s，。,!！?？]{0,6}(?:(?<!互联|物联|车联|电|水|管|路|光|天|法|渔|气|热|交通|铁路|公路|骨干|局域|广域|城域|专|内|外|卫星|输电|配电|供水|排水|雨水|污水|燃气|供热|通信|电信|移动|联通)网|網))$/, max: 40, any: '—-－_|｜' },
  { kind: 'banner', re: /^欢迎(?:来到|光临|访问|來到|光臨|訪問)\s*\S{1,14}(?:网|網|站|文库|平台)[!！。]?$/, max: 24, any: '欢' },
  { kind: 'banner', re: new RegExp(`^\\S{2,12}(?:网|網)\\s+${'(?:https?:\\/\\/)?(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,6}'}\\/?$`, 'i'), max: 60, any: '.' },

  // The site's closing lines: `希望以上内容对您有所帮助。`, `…的有关信息介绍如下：`
  // The site's lead-in that asks how to write the kind of text it is about to give.
  { kind: 'blurb', re: /(?:那么|那麼)[^，。,]{0,16}(?:该|應|应|要)?(?:怎么写|怎样写|如何写|怎麼寫|怎樣寫)呢[?？]$/, max: 200, any: '呢' },
  { kind: 'blurb', re: /^(?:希望|但愿)(?:以上|上述|本文|这些|這些).{0,24}(?:帮助|幫助|参考|參考)|的有关信息介绍如下/, max: 200, any: '希但息' },
  { kind: 'disclaimer', re: /本文内容仅供预览|下载后的文档与|下载前请确认/, max: 200, any: '览载' },
  { kind: 'pager', re: /^.{2,}[（(]第\s*\d+\s*[/／]\s*\d+\s*页[)）]$/, max: 80, notSentence: true, any: '页' },
  // Spam that hijacked a template page (lottery and gambling titles).
  { kind: 'banner', re: /(?:彩票|足彩|博彩|娱乐城|娛樂城|体育投注|真人娱乐).{0,12}[_|｜-].{0,16}(?:推荐|推薦|官网|官網|平台|网|網|娱乐|娛樂)$/, max: 40, notSentence: true, any: '彩娱娛体' },
  // (The site's own phrase `转载请注明出处`, not a rule the document sets for what it names: `转载作品请注明出处。`.)
  { kind: 'disclaimer', re: /作者原创|原创作品[,，]?\s*(?:转载|未经)|^本文标题\s*[:：]|转载(?:时|[,，]\s*|本文|此文|文章|本站文章)?请(?:务必|一定)?注明(?:出处|来源)|如若转载|版权归本站|原创文章[,，]\s*作者/, max: 200, any: '创题载版' },

  // A bare domain on its own line (`SUCAI198.COM`, `www.xxx.com/`); a URL with a path may be a citation.
  { kind: 'banner', re: new RegExp(`^${DOMAIN}\\/?$`, 'i'), max: 60, any: '.' },
  // A domain with a site name or slogan: `SUCAI198.COM —— 专注党建行政公文写作范文`, `公文素材库 - www.x.net`.
  {
    kind: 'banner',
    re: new RegExp(`^(?![^:：]{0,4}${LABEL}).*(?:(?<![A-Za-z0-9@._-])${SEP}\\s*${DOMAIN}|${DOMAIN}\\s*${SEP}|${SLOGAN}.*${DOMAIN}|${DOMAIN}.*${SLOGAN})`, 'i'),
    max: 60,
    notSentence: true,
    any: '.',
  },

  // Bylines: reading statistics are never document text. (A limit on a length is a rule of the document's: `全文3000字以内`.)
  { kind: 'byline', re: /预计阅读时长|阅读时长\s*\d|共计\s*\d+\s*个?字(?!以内|以下|以上|左右|之内|内|为宜|为限)|(?:全文|本文)(?:共计|共|约|大约)?\s*\d+\s*个?字(?!以内|以下|以上|左右|之内|内|为宜|为限)|建议阅读(?:时间|时长)?\s*\d+\s*分钟|加入收藏|收藏本站|设为首页|\d+\s*(?:次浏览|人浏览|人阅读|次阅读|人看过|次下载)|(?:浏览|阅读|点击|下载|瀏覽|閱讀|點擊)(?:次数|次數|量)\s*[:：]|字号\s*[:：]?\s*[【\[［]?\s*大\s*中\s*小|【字体[:：]|(?:发布者|上传者|上传人)\s*[:：]|发表于\s*\d{4}|本文已影响\s*\d+\s*人|热度\s*[:：]\s*\d|查看人数\s*[:：]?\s*\d|版权反馈|^(?:所属栏目|当前栏目|栏目|所属分类|分类)\s*[:：]/, max: 150, any: '阅共字藏设浏看载:：表影版閱瀏點' },
  // Two or more byline fields on one line: `作者：admin 时间：2023-05-06 来源：本站`. A bare
  // `时间：` or `日期：` is not counted: meeting notices have `时间：2024-05-06 14:00` lines.
  { kind: 'byline', re: /^(?!.*\d{4}-\d{1,2}-\d{1,2}[\s\u3000]*实施$)(?=(?:.*?(?:\badmin\b|作者\s*[:：]|发布(?:时间|日期)\s*[:：]|更新(?:时间|日期)\s*[:：]|(?<![\u3400-\u9fff])(?:文章|信息|稿件)?来源\s*[:：]|编辑\s*[:：]|浏览\s*[:：]|阅读\s*[:：]|点击\s*[:：]|(?:浏览|阅读)\s+\d|(?:查看|回复)\s*[:：]\s*\d|发[布表]于|(?:發佈|發布|更新)(?:日期|時間)\s*[:：]|(?:點閱|瀏覽|點擊)(?:次數|數)?\s*[:：]|(?:^|\s)分享(?:\s|$)|评论\s*[:：(（]|\d{4}[-/]\d{1,2}[-/]\d{1,2})){2})/i, max: 150, any: 'dD:：享评-/' },

  // QR codes, sharing, following.
  { kind: 'share', re: /^(?:微信|手机|用手机|打开微信)?(?:扫码|扫一扫|扫描(?:下方|上方|图中)?的?二维码|长按(?:识别|扫描)?(?:图中|下方|上方)?的?二维码)(?:关注|识别)?$/, max: 20, any: '扫按' },
  // (Not when what the code gives is the document's own form: `扫码下载报名表` under a notice's `报名方式`.)
  { kind: 'share', re: /(?:扫码|扫一扫|扫描二维码|二维码|长按识别).{0,12}(?:领取|分享|关注|下载|阅读|浏览|查看|福利|打开|公众号|小程序|朋友圈|加群|进群|获取|免费|更多|收听)(?![^\s，。,；;]{0,8}?(?:报名表|申请表|登记表|申报表|回执|表格|附件|简章|指南|须知|承诺书|推荐表|汇总表|示意图|路线图|平面图|位置图|分布图|导览图|地图))|(?:领取|分享|关注|下载|阅读|查看|福利|获取).{0,6}(?:扫码|扫一扫|二维码)/, max: 30, notSentence: true, any: '扫维按' },
  // A prompt to open the app: `打开某某新闻 查看精彩图片`.
  // A cloud drive's share (`链接：https://pan.baidu.com/s/… 提取码：k9x2`) or a link to a document-sharing site's page
  // (`链接地址：https://max.book118.com/html/…`): the page's download furniture, never a document's own address.
  { kind: 'share', re: /(?:提取码|提取碼|访问码)\s*[:：]\s*[A-Za-z0-9]{4}(?![A-Za-z0-9])|(?:https?:\/\/)?(?:[\w-]+\.)*(?:pan\.baidu\.com|book118\.com|docin\.com|doc88\.com|wenku\.baidu\.com|360doc\.com|renrendoc\.com|jinchutou\.com|taodocs\.com|xiexiebang\.com|mianfeiwendang\.com|wenkunet\.com)\/\S*/i, max: 160, any: '提访pbBdDw3rRjtTxXmM' },
  { kind: 'share', re: /^打开\S{0,8}\s*(?:查看|阅读|看)(?:精彩|更多){0,2}(?:图片|全文|内容|视频)/, max: 30, any: '打' },
  // A mobile share text: `复制此链接，打开微信即可查看`, `复制打开抖音，看看…`, `复制链接用浏览器打开`; a prompt to open the
  // text in an app (`App内打开`, `在金山文档中打开`). A notice's `请复制链接在浏览器中打开报名。` reads as its own sentence.
  { kind: 'share', re: /复制(?:此|该|这段|本条|整段)?(?:链接|口令|这段话|内容|消息|文字|话)?.{0,6}?打开(?:微信|抖音|快手|淘宝|支付宝|小红书|微博|浏览器|QQ|今日头条|头条|APP|App|app)|(?:复制|拷贝)链接(?:后)?(?:用|在|到)浏览器(?:中)?打开|^(?!请|附件)(?:在|用)?\s*\S{0,8}?(?:App|APP|app|客户端)\s*(?:内|中|里)?打开$|^在\S{2,8}文档中打开$/, max: 200, any: '复拷开' },
  // A request to like, share or follow (`别忘了点个赞和在看哦`, `喜欢的朋友请点赞关注`, `觉得有用就转发一下吧`), Jianshu's
  // tip widget (`小礼物走一走，来简书关注我`), the font-size switch (`【大】【中】【小】`).
  { kind: 'share', re: /^(?:别忘了|记得|喜欢的(?:朋友|话|小伙伴)?[，,]?(?:请|就|可以)?|觉得(?:不错|有用|有帮助|好)(?:的话)?[，,]?(?:请|就)?|动动(?:小)?手指)(?:给|帮)?(?:我们|小编|作者)?\s*(?:点(?:个|一下)?赞|点亮|在看|关注|转发|分享|收藏|三连)|^请(?:点(?:个|一下)?赞|点亮)|小礼物走一走|来简书关注我|(?:文档|文件)已(?:由所有者)?设置为(?:仅查看|只读|仅评论)|^[【\[［]大[】\]］]\s*[【\[［]中[】\]］]\s*[【\[［]小[】\]］]$/, max: 30, notSentence: true, any: '别记喜觉动请礼简【[［设' },
  // A picture credit to the web (`图片来源：网络`, `配图来自网络`): a WeChat article's, never a document's.
  { kind: 'source', re: /^(?:图片|图文|视频|素材|配图|封面)(?:来源|来自|源自)(?:于)?\s*[:：|｜]?\s*(?:网络|互联网|网图|视觉中国|摄图网|图虫|包图网|千库网)/, max: 30, any: '来自' },
  // WeChat's closing widgets: `分享给更多人看到`, `3人划线`.
  { kind: 'share', re: /^分享给(?:更多|身边)(?:的)?(?:人|朋友|小伙伴)|^\d*\s*人划线$/, max: 20, notSentence: true, any: '分划' },
  // A prompt to follow an account for free material, a sentence or not: `关注公众号，免费领取更多资料。`.
  { kind: 'share', re: /^关注.{0,12}(?:公众号|服务号|订阅号).{0,24}(?:领取|回复).{0,12}(?:资料|福利|范文|模板|文档|素材|[Ww]ord)/, max: 60, any: '关' },
  { kind: 'share', re: /^(?:分享到|分享至|转发到|分享)\s*[:：]?\s*(?:微信|微博|QQ|朋友圈|QQ空间|新浪微博|腾讯微博|豆瓣|Facebook|Line|Twitter|Plurk)/i, max: 60, any: '享转' },
  // A row of widgets with their counts (`收藏0 支持0 反对0`, `赞(352)　踩(3)`): words, numbers and bracketed numbers,
  // each number read whole (`(?![\d,.])`) and no space shared by two readings, so a long row cannot backtrack.
  { kind: 'share', re: /^(?![\d\s|｜/·,，、┊.()（）万w\-－…⋯\u2190-\u21ff\u2600-\u27bf\u2b50\ufe0f\ud83c-\ud83e\udc00-\udfff]*$)(?:(?:[【\[［]?(?:复制链接|复制本文链接|复制本页链接|复制本文网址|复制网址|分享到[:：]|分享至[:：]|一键分享[:：]|打印本文|打印此文|打印本页|关闭窗口|加入收藏|大\s*中\s*小|分享|收藏|点赞|在看|评论|转发|转载|转藏|举报|打印|全屏|关闭|复制|重新生成|重新回答|朗读|只看楼主|只看该作者|倒序浏览|微信好友|微信|腾讯微博|新浪微博|微博|QQ好友和群|QQ好友|QQ空间|QQ|朋友圈|赞同|赞|踩|支持|反对|喜欢|献花|回复|收起|阅读|返回|下载|相关|纠错|投稿|在线投稿|反馈|意见反馈|书签|版权申诉|申诉|手机版|电脑版|网站地图|联系我们|关于我们|广告合作|帮助中心|隐私政策|用户协议|免责声明|点击数[:：]?|我要纠错|返回顶部|添加评论|使用道具|以文找文|协作|充值中心|客服中心|个人中心|会员中心|我的VIP|阅读量|点赞数|收藏数|评论数|转发数|浏览量|有用|没用|其他回答|\+1|侵权投诉|充值|我的收藏|我的下载|上传文档|开通会员|已赞过|已踩过|关注问题|写回答|邀请回答|馆藏|转藏到我的图书馆|隐私声明|法律声明|资源地图|友情链接|网站客服|投诉|赏|打赏|赞赏|网站声明|网站导航|设为首页|无障碍|长者模式|关怀版|在线阅读|下载全文|全文下载|立即下载|在线预览|写文章|注册|登录|登陆|推荐给好友|我要打印|打印此页)[】\]］]?|\d[\d,.]*(?![\d,.])(?:\s*[万wkK])?|[(（]\s*\d[\d,.]*\s*[)）]|…{1,2}|⋯)(?:[\s|｜/·,，、┊\-－\u2190-\u21ff\u2600-\u27bf\u2b50\ufe0f]|[\ud83c-\ud83e][\udc00-\udfff])*){2,}$/i, max: 60, any: '享藏赞看评转报印屏闭制新微Qq圈踩支反喜花复收阅返载相错稿馈签诉版图联关广帮隐协免链窗小击答朗楼只览纠顶添道找充客个员V量数用没他声设障长怀读写册登陆' },
  { kind: 'share', re: /^收藏网址\s*[:：]/, max: 60, any: '收' },
  { kind: 'share', re: /^(?:点赞|在看|举报|收藏|分享|评论|打印本页|打印本文|打印此文|关闭窗口|关闭本页|一键复制|复制全文|复制本文|收藏本文|收藏本页|手机版|电脑版|手机阅读|阅读原文|喜欢|关注|收起|楼主|沙发|板凳|回复|发表|转藏|献花|换一换|关闭预览|添加评论|设为星标|赞赏支持|文本预览|查看图片|查看原图|收起全文|侵权投诉|版权投诉|举报该文档|追问|最佳答案|满意回答|推荐答案|已赞过|已踩过|其他类似问题|预览时标签不可点|关注该公众号|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|写留言|精选留言|知道了|隐藏此楼|查看此楼|隐藏此楼查看此楼|申请入驻|学习强国|百家号|网易号|头条号|搜狐号|笔记灵感|仅我可编辑|申请编辑权限|保存到我的文档|生成副本|导出为\s*(?:Word|PDF)|我要举报|查看更多|打赏|已关注|关注(?:他|她|作者|博主)|申请转载|满意答案|提问者采纳|收起d|限时特惠|暂无认证|高级模式|使用道具|转藏到我的图书馆|我要纠错|以文找文|收起回复|推荐给(?:好友|朋友)|全文完|我来答|历史版本|\+1|[[【［]复制链接[\]】］])$/, max: 10, any: '赞看报藏享评印闭制版阅欢关起楼沙板复表换览标赏图诉档问答踩点号个言道驻强灵只仅权副导载采惠证式具馆错找+荐完' },
  // A forum's floor (`2楼　2023-11-02 21:40`), a generated user name (`贴吧用户_5aK7dP`), a folded post, a count alone (`回复(5)`).
  { kind: 'comment', re: /^\d{1,4}\s*楼[\s\u3000]*(?:\d{4}-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$|发表于)|^(?:贴吧用户|匿名用户|网友)_[A-Za-z0-9]{4,}$|疑似违规.{0,6}(?:折叠|隐藏|屏蔽)|已被系统折叠|^(?:回复|转发|点赞|收藏|分享)\s*[(（]\s*\d+\s*[)）]$|^发表(?:我的|你的|您的)(?:看法|评论|观点)$/, max: 40, any: '楼户友违叠复发赞藏享' },
  // Q&A pages: the answerer, the adoption rate, the rating prompt, the answer count.
  // A Q&A page's question to its reader on a line of its own (a question mark ends it: read before the sentence test of `comment`).
  { kind: 'post', re: /^(?:你|您)对这个回答的评价是[?？]$|^这个(?:回答|答案)(?:对(?:你|您))?有帮助吗[?？]$/, max: 20, any: '对帮' },
  { kind: 'comment', re: /^回答者\s*[:：]|采纳率\s*[:：]?\s*\d|(?:你|您)对这个回答的评价|这个(?:回答|答案)(?:对(?:你|您))?有帮助吗|^\d+\s*(?:条|个)回答$|查看全部\s*\d+\s*(?:个|条)回答|仅代表网友(?:个人)?(?:意见|观点)|与本站立场无关/, max: 60, any: '回纳评帮答网站' },
  // A Q&A page's and a forum's own lines: `问题补充：`, `提问者：`, `追问：`, the answerer `热心网友　2级`, a level badge
  // `[LV.4]`, `签到天数: 56 天`, `码龄6年`, the edit note `本帖最后由 某 于 2023-9-25 14:30 编辑`, `感谢楼主分享`, a request `求一篇…`.
  { kind: 'comment', re: /^(?:问题补充|提问者)\s*[:：]|^(?:全部|其他|更多)(?:\d+条)?回答\s*[(（]?\d*[)）]?$|^(?:热心网友|匿名用户)(?:[\s\u3000]+\S{1,8})?$|^[[［]?LV\.?\s*\d{1,2}[\]］]?$|^签到天数\s*[:：]\s*\d+\s*天$|^码龄\s*\d+\s*年$|^本帖最后由\s*\S.{0,20}于\s*\d{4}-\d{1,2}-\d{1,2}|(?:感谢|谢谢|多谢)楼主|(?:该|此|本)?(?:帖子?|主题)已被(?:管理员|版主)|^回复\s*#?\d+\s*\S{1,20}\s*的帖子$|^[【\[［](?:原创|转载|分享|求助|讨论|精华|置顶)[】\]］]\s*\S|(?:关注|登录)(?:后)?才(?:可以|能)(?:评论|回复|留言|查看)|^(?:求|跪求|急求)\s*(?:一篇|一份|一个)\S{2,30}$/, max: 60, any: '问提热匿VL签码帖楼求该此本主回【[［关登全其更' },
  // A forum thread's own lines, any board's: the floor (`#1楼`), BBCode tags left alone on a line (`[table]`, `[/quote]`),
  // the stock replies (`顶`, `楼上好人，收藏了`, `谢谢分享，正需要！`), the bar under the thread (`快速回复 返回顶部 返回列表`),
  // the board a post came from (`本帖来自：某某交流 > 社区工作`), a thread's title with the board's tag (`某某论坛 - 范文交流区 -
  // 【求助】…`), a Q&A page's count (`知乎 · 公文写作 · 12 个回答`) and an answer's bar (`赞同 83　12 条评论　分享　收藏`). A document numbers its floors `3楼` in an address, with no `#`.
  { kind: 'post', re: /^[#＃]\d{1,4}\s*楼(?:[\s\u3000]|$)|^(?:\[\/?(?:table|tr|td|th|quote|code|hide|list|align|font|size|color|b|i|u|s|img|url|email|attach|media|indent|float|p)(?:=[^\]\s]{0,40})?\]\s*)+$|^(?:顶|顶顶|顶一下|帮顶|顶起|顶上去|mark|mark一下|收藏了|马克一下)[!！~～。.]*$|^楼上(?:好人|正解|说得对|同求)|楼主(?:好人|威武|辛苦了|万岁|厚道)|^(?:谢谢|感谢|多谢)(?:分享|您的分享)[，,!！~～\s]*(?:正需要|正好需要|收藏了?|学习了|mark|用得上|很实用)[!！~～。]*$|^(?:快速回复|回复|举报|只看该作者|只看楼主|倒序浏览|显示全部楼层|返回列表|返回顶部|发表回复)(?:[\s\u3000|｜]+(?:快速回复|回复|举报|只看该作者|只看楼主|倒序浏览|显示全部楼层|返回列表|返回顶部|发表回复|引用|评分|收藏|分享))+$|^本帖(?:来自|转自|发布于|所属)\s*[:：]|^\S{2,12}(?:论坛|贴吧|吧)\s*[-—|｜>＞]\s*.{0,20}[【\[［](?:求助|原创|转载|分享|讨论|精华|置顶)[】\]］]|[·・|｜]\s*\d+\s*(?:个|条)回答$|^赞同\s*\d[\d.,]*\s*[万kK]?(?:[\s\u3000\u200b]+(?:\d+\s*条评论|分享|收藏|喜欢|举报|感谢|收起|添加评论))+$/i, max: 80, any: '#＃[顶mM藏马楼谢复举只倒显返帖坛吧答赞' },
  // A page's comments: a visitor's with its date in brackets (`游客：写得不错，收藏了 [2026-02-03]`), the comment form
  // (`匿名发表 验证码： 提交`), its link (`评论 [发评论]`). A document's dated item names its sender and its matter, not a 游客.
  { kind: 'comment', re: /^(?:游客|访客|匿名用户)\S{0,12}?\s*[:：].{1,60}[\[［]\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\]］]$|^(?:匿名发表|匿名评论|游客发表)|验证码\s*[:：]?[\s\u3000]*(?:看不清\S{0,6}[\s\u3000]*)?(?:提交|发表|发布)$|[\[［【]\s*(?:发评论|发表评论|我要评论|写评论)\s*[\]］】]$/, max: 80, any: '游访匿验]］】' },
  // A blog's or a Q&A page's stock closings, which end like sentences (so a kind that `readsAsDocumentText` does not read):
  // the answerer's `以上内容供参考，望采纳！`, `本回答由网友推荐`, the owner's reply (`博主回复：不客气～`), and a WeChat account's
  // `觉得有用就点赞、收藏、转发吧！`, `更多公文写作干货，欢迎关注本号！`. A letter of suggestions asks `恳请采纳`, never after 供参考.
  { kind: 'post', re: /供(?:你|您|楼主)?参考[，,。！!]?\s*(?:望|请|求)采纳|^(?:希望)?(?:能)?(?:帮到|帮助到)(?:你|您)[，,]\s*(?:望|请|求)采纳|^本回答由\S{1,12}(?:推荐|认证|提供)$|^(?:博主|楼主|版主)回复\s*[:：]|^觉得(?:有用|不错|有帮助|好)(?:的话)?[，,]?(?:就|请)?(?:给个|点个)?(?:点赞|赞|收藏|转发|分享|在看)(?:[、，,和与及]?(?:点赞|收藏|转发|分享|在看|关注))*(?:一下)?吧?[!！~～。]*$|^更多.{0,12}(?:干货|范文|素材|资料|模板|技巧|好文)[，,]?\s*(?:欢迎|请|敬请)?关注(?:本号|本公众号|我们)[!！~～。]*$|^(?:欢迎|请|敬请)?(?:大家)?关注本号[!！~～。]*$/, max: 60, any: '纳答复觉注' },
  // A WeChat account's own header and reprint credit: a writing account's name (`微信公众号：公文写作宝典`), a reprint's origin
  // (`转自：某市机关党建`; a 学习材料 reprints from an outlet or a body, `转自：人民网`, `转自：《学习时报》`, `转自：市委组织部`), a source that is the web (`来源：本文综合整理自网络`).
  // A notice's own account (`微信公众号：青山人社`) names an office, not a writing account.
  { kind: 'source', re: /^(?:微信)?公众号\s*[:：]\s*\S{0,12}(?:写作|公文|范文|文秘|秘书|材料|笔杆|文稿|文案|素材)\S{0,8}$|^转自\s*[:：]\s*[^\s《》〈〉，。]{1,15}(?<![网報报社台刊志院部委局厅办府会])$|^(?:来源|出处)\s*[:：]\s*(?:本文)?(?:综合)?(?:整理|摘编|编辑|转载|选编|摘录)?(?:自|于)?(?:网络|互联网|网上)(?:资料|素材|公开资料)?(?![\u3400-\u9fff])/, max: 40, any: '众转网' },
  // A blog's or a site's header: the breadcrumb from the site to the post (`半亩方塘的博客 > 工作总结 > 正文`; a format guide's
  // `公文结构：版头 > 主体 > 正文` starts with no site), the site, section and date
  // (`公文派 | 讲话稿 | 2026-11-02`), a file card (`[文档] 某某慰问信 | 共2页 | 1.2万次阅读`), a titled byline (`标题：… | 发布：…`).
  { kind: 'breadcrumb', re: /^[^>＞›»。，！？:：\s]{1,16}(?:网|站|博客|首页|首頁|频道|文库|专栏|论坛|社区|空间|吧|之家|大全)\s*[>＞›»](?:[^>＞›»]{1,40}[>＞›»])*\s*正文$|^[^>＞›»。，！？\s]{1,12}(?:的博客|博客|专栏)\s*[>＞›»]\s*\S/, max: 100, any: '>＞›»' },
  { kind: 'byline', re: SITE_SECTION_BYLINE, max: 100, any: '|｜' },
  { kind: 'byline', re: new RegExp(`^标题\\s*[:：][^|｜]{1,60}[|｜]\\s*(?:发布|时间|日期|作者|阅读|浏览|来源)|[|｜]\\s*[\\d.]+\\s*[万wk]\\s*(?:次阅读|次浏览|人阅读|人浏览|次下载|人看过)$`), max: 100, any: '|｜标' },
  { kind: 'metadata', re: /^[【\[［](?:文档|文檔|doc|docx|pdf|word|ppt|txt)[】\]］]\s*\S.{0,60}[|｜]/i, max: 100, any: '【[［' },
  // The page's widgets and plugs: the font-size switch (`大 中 小`), an ad slot (`（此处为广告位）`), a QR prompt to read on the
  // phone (`扫一扫，手机看文章`), a pager with the page's number (`第1页 下一页 尾页`), the site's tag lines (`相关热词搜索：…`,
  // `本文标签：…`), a complaint contact beside a QQ (`联系QQ：… 投诉邮箱：…`), a sharing site's slogan (`知识共享，知识变现`).
  { kind: 'share', re: /^(?:字号|字体)?\s*[:：]?\s*[【\[［(（]?大[】\]］)）]?[\s\u3000]+[【\[［(（]?中[】\]］)）]?[\s\u3000]+[【\[［(（]?小[】\]］)）]?$|^(?:扫一扫|扫码|扫描二维码)[，,\s\u3000]*(?:用)?手机(?:看|阅读|浏览|打开)|^如果?觉得《[^》]{1,60}》(?:对(?:你|您)有(?:所)?帮助|不错|有用)[，,]?\s*(?:请|就|欢迎)?(?:分享|转发|推荐)给/, max: 100, any: '小扫觉' },
  { kind: 'promo', re: /^[（(【\[［](?:此处为|此处是|这里是)?广告(?:位|位招租|招租|栏)?[)）】\]］]$|^(?:此处为|此处是|这里是)广告位?$/, max: 12, any: '广' },
  { kind: 'pager', re: /^(?=.*第\s*\d+\s*页)(?:(?:第\s*\d+\s*页|首页|上一页|\d+)[\s\u3000]*)+(?:下一页|尾页|末页)(?:[\s\u3000]*(?:下一页|尾页|末页))*$/, max: 60, any: '页' },
  { kind: 'related', re: /^(?:相关热词搜索|相关热词|热词搜索|相关搜索|本文标签|本页标签|文档标签|系统标签|热门标签|搜索热词)\s*[:：]\s*\S/, max: 100, any: '词搜签' },
  { kind: 'service', re: /^(?:联系|客服|站长|商务|合作)?(?:QQ|qq)\s*[:：]\s*\d{5,12}[\s\u3000]+(?:投诉|举报|侵权|版权)(?:邮箱|电话|QQ|qq)\s*[:：]/, max: 80, any: 'Qq' },
  { kind: 'banner', re: /^[^，。！？\s]{2,8}[，,\s\u3000]+(?:知识变现|海量(?:文档|范文|资料)(?:免费)?(?:下载|分享)?)[!！]?$/, max: 20, any: '知海' },
  // A sharing site's note of who uploaded the text, the member named in quotes (`【…】由某某范文网会员“某某”投稿，本站仅提供存储
  // 服务。`; without the name, `由会员上传分享` is the promo's below).
  { kind: 'disclaimer', re: /由\S{0,12}(?:网|站|平台|文库)(?:会员|用户|网友)\s*[“"「][^”"」]{1,16}[”"」]\s*(?:投稿|上传)|(?:本站|本网站|本平台)(?:仅|只)提供(?:信息)?存储(?:空间|服务)/, max: 200, any: '稿传储' },
  // A WeChat article's follow prompt: `点击蓝字 关注我们`, `点击上方“某某发布”，关注我们吧！`.
  { kind: 'share', re: /^(?:点击?|戳)(?:上方|下方|上面|顶部|文末|左上角|右上角|标题下)?.{0,14}?(?:蓝字|蓝色字|名片|关注我们|关注我|加关注|一键关注|设为星标|星标|[“"「]?阅读原文|[“"「]关注[”"」])|^欢迎(?:大家)?(?:转发|点赞|关注|留言)(?:[、和与及]?(?:转发|分享|点赞|关注|留言|收藏|在看))*[!！~。]?$|^欢迎(?:大家|您)?在(?:评论区|留言区|文末|下方)(?:留言|评论)(?:讨论|交流|分享|互动)?[!！~。]?$/, max: 30, any: '点戳欢' },
  // Its engagement prompt: `点个“在看”`, `分享、点赞、在看，三连支持一下`.
  { kind: 'share', re: /[“"「‘]在看[”"」’]|点(?:个|一下|亮)?\s*[“"「]?在看|(?<!键)三连支持/, max: 40, any: '在连' },
  { kind: 'share', re: /^(?:欢迎)?关注(?:我们|本站|公众号|微信公众号|官方微信|官方微博)/, max: 20, notSentence: true, any: '关' },

  // Downloads, giveaways, read-more.
  // (A public body's facility open for free, `全县A级景区限时免费开放`, is no site's offer.)
  // A template site's closing offer in brackets: `【下载本文档，可以自由复制内容或自由编辑修改内容，更多精彩文章，期待你的好评和关注，我将一如既往为您服务】`.
  { kind: 'promo', re: /^[【\[［]下载本文档[，,].{0,80}(?:复制|编辑|修改).{0,80}[】\]］]$/, max: 120, any: '【[［' },
  { kind: 'promo', re: /领取福利|免费领取|福利领取|免费下载|立即下载|下载文档|文档下载|下载本文|原文下载|下载word|word版?下载|付费下载|开通\S{0,4}?(?:VIP|会员)|VIP(?:专享|会员)|会员专享|(?:还剩|剩余|剩下)\s*\d+\s*页未读|VIP价|\d+\s*金币|继续阅读|展开全文|阅读全文|查看全文|全文阅读|点击(?:查看|下载|阅读|进入|这里|此处|获取|收藏|关注|分享)|文档贡献者|内容来自(?:用户|网友)|用户上传|网友上传|网友投稿|下载地址\s*[:：]|全文预览已结束|^文档简介$|^资源描述$|^[【\[［]?(?:下载全文|全文下载)[】\]］]?$|立即购买|在线预览|预览全文|立即开通|限时免费(?!开放|参观|游览|入园|入馆|乘坐|乘车|停车|体检)|获取完整版|文档价格\s*[:：]|全文共\s*\d+\s*页/i, max: 40, notSentence: true, any: '领载开Vv享剩阅展看击贡内传稿览简描购余下币限获价共' },

  // Breadcrumbs.
  { kind: 'breadcrumb', re: /^(?:当前位置|當前位置|您的位置|您现在的位置|你的位置|你现在的位置|现在位置|所在位置)\s*[:：]|^(?![返回])\S{0,6}(?:首页|首頁|主页)\s*[>＞›»→]/, max: 120, any: '位页頁' },
  // `首页 理论教育 通用公文写作的基本要求`: a breadcrumb with spaces for separators.
  { kind: 'breadcrumb', re: /^(?:首页|首頁|网站首页)\s+(?!上一页|下一页|尾页|末页|\d)\S{2,10}\s+\S/, max: 60, notSentence: true, any: '首' },

  // Page navigation and page numbers.
  { kind: 'pager', re: /^[（(【\[]?第\s*\d+\s*[/／]\s*\d+\s*页[)）】\]]?$/, max: 20, any: '第' },
  { kind: 'pager', re: /^[（(【\[]?(?:第\s*\d+\s*页\s*[,，/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/／]?\s*第\s*\d+\s*页)[)）】\]]?$/, max: 24, any: '第' },
  { kind: 'pager', re: /^(?:[«»‹›<>]\s*)?(?:上一条|下一条|上一篇文章|下一篇文章|上一篇|下一篇|前一篇|后一篇|上一页|下一页|上一章|下一章|上一节|下一节|上一則|下一則|上一條|下一條|上一頁|下一頁|回上一頁|回上一页|回首頁|回首页|回頁首|返回列表|返回首页|返回目录|返回顶部|返回上一页|首页|尾页|末页)(?:\s*[:：>»]|\s|$)/, max: 80, notSentence: true, any: '篇页章节返則條頁回条' },
  { kind: 'pager', re: /^(?:[\d\s]|首页|上一页)+(?:下一页|尾页|末页|>>|»)(?:\s*(?:下一页|尾页|末页|>>|»))*$/, max: 60, any: '页>»' },
  // A page number alone (`第2页`), and a portal's way back (`返回某某，查看更多`).
  { kind: 'pager', re: /^[（(【\[]?第\s*\d{1,4}\s*页[)）】\]]?$|^返回\S{1,6}[，,]\s*查看更多$/, max: 16, any: '第返' },
  // A page number between dashes (`— 1 —`, `－2－`): the shape GB/T 9704-2012 §7.5 gives a printed document's 页码,
  // left on a line of its own when the text is copied out of a Word file or a PDF. The page's layout, not its text.
  { kind: 'page-number', re: /^[—–－-]\s*\d{1,3}\s*[—–－-]$/, max: 10, any: '—–－-' },

  // The site editor's blurb: `下面是小编为大家整理的……，希望对大家有所帮助！`. A speech may well say
  // `希望对大家今后的工作有所帮助` or `为大家准备了学习材料`, so a blurb needs 小编, or an offering
  // phrase together with a hope/reference phrase or a word for the article itself.
  { kind: 'blurb', re: /小[编編](?:为|為|给|給|精心|整理|推荐|推薦|带来|帶來|分享|收集|搜集|特意|在此|就)|小[编編].{0,12}(?:整理|收集|搜集|推荐|推薦|分享|介绍|介紹|带来|帶來|归纳|歸納|精选|準備|准备)|^【(?:导语|导读)】/, max: 200, any: '小导' },
  { kind: 'blurb', re: new RegExp(`^(?=.*?${BLURB_OFFER})(?=.*?(?:${BLURB_HOPE}|${BLURB_ARTICLE}))|^(?=.*?${BLURB_HOPE})(?=.*?${BLURB_ARTICLE})`), max: 200, any: '为给希但供欢' },
  // A short standalone `欢迎阅读！` / `欢迎大家参考借鉴。`
  { kind: 'blurb', re: /^(?:欢迎|敬请)(?:大家|您)?(?:阅读|参考|借鉴|收藏|下载|分享)(?:[与和、及]?(?:借鉴|参考|收藏|阅读|下载))?[。！!]?$/, max: 14, any: '欢敬' },

  // Disclaimers.
  // A site's customer-service notice about its text (`温馨提示：如果您对本文有任何疑问，请联系客服。`): only a site asks
  // its reader to take a question about 本文 or 本文档 to 客服 or 站长 (a notice to citizens names its own hotline).
  // After the blurbs: a site's lead-in that also points to 客服 stays a blurb.
  { kind: 'disclaimer', re: /(?:(?:如果|如|若)(?:您|你)?对(?:本文(?!件)|本文档|本资料|本站|该文档|此文档)(?:内容)?有(?:任何)?(?:疑问|问题|异议|意见|建议)|(?:本站|本文档|文档下载|下载文档|下载券|VIP会员)[^。！？]{0,16}?(?:联系|咨询))[^。！？]{0,12}?(?:在线|人工)?(?:客服|站长|网站管理员)/, max: 80, any: '客站' },
  { kind: 'disclaimer', re: /^(?:【)?(?:声明|免责声明|版权声明|版权说明|特别声明|平台声明|聲明|免責聲明|版權聲明)(?:】)?\s*[:：]|观点仅代表作者|(?:本站|本平台|本网站|本网|文库|平台|网站)\s*(?:仅|只)提供信息存储(?:空间|服务)|轉載請註明|本站.{0,20}(?:来自|来源于|源于|转载自|收集于)(?:公开)?(?:网络|互联网)|如有侵权|侵权(?:请)?(?:联系|删除|告知)|侵删|版权归(?:原)?作者|转载请(?:注明|保留)|仅代表作者(?:本人|个人)?(?:的)?观点|不代表本站|未经(?:授权|许可|允许|同意)[，,]?\s*(?:禁止|不得|严禁|请勿)(?:转载|复制|摘编|镜像)/, max: 200, any: ':：网侵版载观表储轉未' },
  // The same statement in English under a self-media page.
  { kind: 'disclaimer', re: /provides? information storage services?|self-media platform/i, max: 300, any: 'fF' },

  // Sharing sites' prompts, a sentence or not: `该用户很懒，什么也没介绍`, `本文档共6页，可阅读全部6页。`,
  // `想预览更多内容，点击免费在线预览全文`, `10 积分`, `更多精彩内容请持续关注本站。`
  { kind: 'promo', re: /用户很懒|抢鲜体验|本文档共\s*\d+\s*页|可阅读全部\s*\d+\s*页|文档一经付费|不意味着购买了该文档|点击鼠标右键|购买后(?:即可|可)?(?:阅读|查看|下载)|本文为付费内容|下载后.{0,6}\d+\s*小时内删除|想预览更多|在线预览全文|请?(?:持续|继续)关注本站|WAP端浏览|浏览体验不佳|下载源文件到本机|^\d+\s*(?:积分|下载券|金币|财富值|下载币|文库币)$/, max: 120, any: '懒档阅鼠购付删览站积券币值W抢' },
  // Document-sharing sites' own sentences: `《…》由会员分享，可在线阅读，更多相关《…》请在XX上搜索。`
  { kind: 'promo', re: /由(?:会员|用户|网友)(?:分享|上传|提供)|请在.{1,12}上搜索|本文档由.{0,10}(?:提供|上传)|收益归属内容提供方|举报或认领/, max: 200, any: '由搜益领' },

  // Copyright and licence lines.
  { kind: 'copyright', re: /copyright|©|\(c\)\s*\d{4}|all rights reserved|^版权所有|版权所有\s*[©(（]|ICP\s*[备证]|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP|公网安备|网安备\s*\d|网站标识码\s*[:：]?\s*\d{6,}/i, max: 200, any: 'yY©(gG版备证Pp标' },

  // Reprint sources and links of portals (not `来源：国家统计局` under a table).
  { kind: 'source', re: /^(?:文章|本文|信息|内容)?(?:来源|出处|转自|来自)\s*[:：]\s*\S*(?:网|网站|新闻网|客户端|公众号|微信|微博|头条|app|\.com|\.cn|\.net)\s*$/i, max: 60, any: '来处转' },
  { kind: 'source', re: /^本文(?:来源|来自|转自)|^本文由.{0,20}(?:整理|发布|原创|提供|编辑|收集|上传|推荐|贡献)|^(?:本文|文章|原文)(?:地址|链接|网址)\s*[:：]|^原标题\s*[:：]|^(?:文章|内容)?来源于网络/, max: 150, any: '本址链题络' },

  // A library site's filing (`来自：某某的书斋 > 《公文范本》`), a news app's tip line (`新闻报料：021-…`).
  { kind: 'source', re: /^来自\s*[:：]\s*\S.{0,20}[>＞]\s*[《〈]|^\S{0,8}?(?:新闻)?报料(?:热线|电话|邮箱)?\s*[:：]/, max: 60, any: '来料' },
  // An account's id after its name: `某某研究（ID：abc123）`.
  { kind: 'source', re: /^[^，。；！？,;!?]{0,30}[（(]\s*(?:微信)?(?:ID|微信号)\s*[:：]\s*[A-Za-z][\w-]{3,}\s*[)）]$/, max: 60, any: 'I号' },
  // A closing mark: `- END -`.
  { kind: 'noise', re: /^[-—–_=~·\s]*(?:THE\s+)?END[-—–_=~·\s]*$|^[-—–_=~·]+\s*(?:全文)?完\s*[-—–_=~·]+$/, max: 16, any: 'E完' },
  // Template text: a slide master's prompt, the closing slide, an editable-document label.
  // A template site's usage tip, perhaps under its tag (`【公文派】温馨提示：文中XX处请根据实际情况修改后使用。`): it speaks of the
  // sample text (文中, 范文) to be filled in before use. (`附件模板请根据实际情况修改后使用` is an office's, about its attachment.)
  { kind: 'template', re: /^(?:[【\[［][^】\]］]{2,8}[】\]］]\s*)?(?:温馨提示|友情提示|使用提示|使用说明|小贴士)\s*[:：]\s*(?:文中|本文(?!件)|本范文|范文|範文|范本)[^。！!]{0,24}(?:修改|替换|填写|调整|完善)(?:后|即可)(?:使用|套用)/, max: 60, any: '示明士' },
  { kind: 'template', re: /单击此处编辑母版|编辑母版(?:标题|文本)样式|^(?:谢谢观看|感谢观看|THANK\s*YOU)[!！。.]?$|^[【\[［]?(?:本文档|本资料|文档|资料|word)?(?:可编辑|可修改|可复制)(?:版|word版?)?[】\]］]?(?:[，,\s]|$)|^[【\[［]?精品文档|值得下载/i, max: 40, any: '母谢感Tt编改复精值' },
  // AI-chat pastes: the turn labels, the assistant's opening and closing offers, the generated-content note. The assistant
  // speaks as 我; an office answering a citizen as 我们 (`如您需要补充其他材料，请告诉我们，我们可以为您提供帮助。`).
  { kind: 'chat', re: /^(?:你说|您说|(?:ChatGPT|Copilot|Claude|Gemini|Kimi|DeepSeek|豆包|文心一言|通义千问|智谱清言|讯飞星火)\s*(?:说|said))\s*[:：]?$/i, max: 24, any: '说d' },
  { kind: 'chat', re: /^(?:好的|当然|当然可以|没问题)[，,！!。~]\s*(?=.{0,80}您).{0,40}?(?:以下是|下面是|这是|为您|给您)|^(?:好的|好|当然|当然可以|没问题|可以)[，,！!。~]\s*我(?:来|已|将|这就)?(?:为|给|帮)(?:你|您)(?:起草|撰写|写|拟|整理|生成|准备|修改|润色)|^(?:根据|按照)(?:你|您)的(?:要求|需求|描述)[，,]\s*(?:我)?(?:已)?(?:为|给|帮)(?:你|您)(?:起草|撰写|写|拟|整理|生成|准备)|^(?:以下|下面)是(?:我)?(?:为您|给您|根据您|为你|给你|根据你)|^(?:以下|下面)是(?:一份|一篇|一个|一则)[^。]{0,40}(?:可直接使用|按需修改|可根据需要修改|供(?:你|您)参考)[^。]{0,20}[:：]$|^已?(?:深度)?思考\s*[（(]?\s*(?:(?:用时|耗时)\s*)?\d+\s*秒|^我(?:已|已经)?(?:根据|按照)(?:你|您)的(?:要求|需求|描述|提纲|要点)|^已深度思考$|^需要我(?:再|还)?(?:帮|为|给)(?:你|您).{0,40}吗[?？]$|(?:可直接使用|可直接套用|可直接复制)[)）]?[:：]$/, max: 150, any: '好当没您思需直可根按以下' },
  { kind: 'chat', re: /(?:如果?(?:您|你(?!们))(?:还)?需要|(?:如果?(?:还)?需要|如需|若需)(?=.*(?:您|你(?!们)))).{0,30}(?:修改|调整|补充|润色|扩写|扩展|完善|优化|版本|篇幅|语气|字数|风格|内容).{0,30}(?:告诉我(?!们)|我可以(?:帮|为)?(?:您|你)|我(?:可以)?再(?:帮|为)(?:您|你))|(?:如有需要|如有其他需要|如果有需要|如果需要|如需)[，,]?\s*我(?:可以|还可以|也可以|能)(?:继续|再)?(?:帮|为|给)?(?:您|你(?!们))|替换(?:方括号|中括号|括号)中的内容|^以上(?:是|为|仅为|只是)(?:一个|一篇|一份)?(?:示例|范例|样例)[，,。]|(?:以上)?内容(?:由|为)\s*AI\s*生成|由人工智能生成/, max: 250, any: '您括I智例你' },
  // More of an AI chat: the model's name alone (`ChatGPT 4o`), the user's request (`帮我写一份…`), the offer of more
  // (`要不要我再帮你…？`), the closing note (`以上内容仅供参考，请结合实际情况修改完善。`), the generated mark, the search note.
  { kind: 'chat', re: /^(?:请)?(?:帮我|给我|替我)(?:写|起草|拟|撰写|生成|整理|润色|修改|改写)(?:一份|一篇|一个|个|份|篇|下)?\S[^。]*$|^(?:要不要|需不需要|是否需要)我(?!们).{0,40}[?？]$|^以上(?:内容|范文|文章|稿件|示例|模板)(?:仅供参考|供参考|仅作参考)[，,。]?\s*(?:请|可|您可|你可)?(?:以)?(?:结合|根据)(?:实际|自身|具体|本单位)|^(?:AI|人工智能)\s*生成$|^(?:好的|当然|没问题)[，,！!。~]\s*(?:这是|以下是|下面是)(?:我)?(?:根据|按照|为)(?:你|您)|你(?!们)可以根据(?:本单位|实际|具体|自己的?实际|需要)[^。]{0,20}(?:补充|修改|调整|增删|删减)|^这份(?:发言稿|讲话稿|稿件|通知|方案|材料|文稿|主持词|致辞)约?\d+字|由\S{0,8}(?:大模型|AI|人工智能)\s*生成$|^重新生成$|^(?:希望|但愿)(?:这份|这篇|这个|以上|上述)[^。！]{0,16}?(?:能够|能)?(?:满足|符合|帮到|帮助到|对)(?:您|你(?!们))|(?:将|把)\s*(?:【】|\[\]|［］|方括号|中括号|括号)\s*(?:中|内|里|处)?的?(?:内容|部分|文字)?(?:替换|修改|填写|更换)|^[（(]?注\s*[:：]\s*以上(?:主持词|讲话稿|发言稿|范文|稿件|文稿|模板|示例|致辞|演讲稿)\S{0,12}(?:可|请)(?:根据|结合)(?:实际|具体)|^(?:ChatGPT|Claude|Gemini|Kimi|DeepSeek|豆包)\s*也?可能会?(?:犯错|出错)|^(?:已)?(?:搜索|参考)(?:了)?\s*[|｜]?\s*(?:参考\s*)?\d+\s*(?:篇|个)(?:资料|网页|来源)$/, max: 80, any: 'CGKD豆文通智讯腾帮给替要需是以AI人参搜希但将把注好当没你这由重' },
  // Software's marks: a scanner app's or a converter's watermark (`扫描全能王 创建`, `Evaluation Warning: … Spire.Doc`,
  // `Created with an evaluation copy of Aspose.Words`), a forwarded mail's header and a phone's signature (`发自我的iPhone`),
  // a cloud drive's share note (`通过百度网盘分享的文件：`, `--来自百度网盘超级会员v5的分享`).
  { kind: 'software', re: /扫描全能王|CamScanner|\d+亿人都在用的扫描\s*App|Evaluation Warning\s*:|evaluation copy of Aspose|[Cc]reated with Spire\.|Spire\.(?:Doc|PDF|XLS|Presentation) for|本文档由\S{0,12}(?:转换|生成)|由\s*\S{0,10}(?:PDF|pdf)转(?:Word|word)\S{0,6}转换|^[-—=\s]*(?:转发的邮件|原始邮件|Original Message|Forwarded message)[-—=\s]*$|^(?:发件人|From)\s*[:：].{0,60}@|^(?:收件人|To|Cc)\s*[:：].{0,40}<[^<>@\s]+@[^<>\s]+>|^(?:发自|发送自)\s*(?:我的)?\s*(?:iPhone|iPad|Android|华为|HUAWEI|荣耀|小米|OPPO|vivo|魅族|手机|网易邮箱|QQ邮箱)\S{0,12}$|^来自\s*(?:我的\s*\S{1,10}|iPhone\S{0,8}|iPad\S{0,8}|Android\S{0,8})$|^(?:来自|分享自)\s*WPS\s*Office\S{0,6}$|^[-—]{1,3}\s*来自\S{2,20}的分享$|^通过\S{2,10}分享的(?:文件|内容|链接)\s*[:：]/, max: 200, any: '扫C亿EeSs本由转原OF发收T来分享通' },
  // Word's HTML leftovers pasted as text: `Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE`, style definitions.
  { kind: 'noise', re: /^Normal\s+0\s+[\d.]+\s*(?:磅|pt)?\s+\d|\b(?:EN-US|ZH-CN|X-NONE)(?:\s+(?:EN-US|ZH-CN|X-NONE)){2}|mso-[a-z-]+\s*:|MsoNormal|Style Definitions|<!--\s*\[if|<!\[endif\]|MicrosoftInternetExplorer\d/, max: 400, any: 'NEZXmMS<' },
  // Template and document-sharing site names.
  { kind: 'banner', re: /(?:范文网|范文大全|素材网|公文网|写作网|文秘网|秘书网|资料网|百度文库|腾讯文库|人人文库|金锄头文库|豆丁网|道客巴巴|原创力文档|文库网|三一办公|docin\.com|doc88\.com|book118\.com|豆丁|个人图书馆|360doc|新浪博客|网易博客)/i, max: 30, notSentence: true, any: '范素公写秘资库丁巴档办.馆博' },
  // A WeChat page's header: the account's name twice (`某某发布　某某发布`).
  { kind: 'banner', re: /^([\u4e00-\u9fffA-Za-z]{2,12})[ \u3000]+\1$/, max: 30, any: ' \u3000' },
  // A blog's or column's name (`某某的博客`), a slogan (`某某 - 专业的公文写作平台`), the mobile site (`手机版请访问…`).
  { kind: 'banner', re: /^(?:简书|知乎|百度知道|搜狗问问|悟空问答|百度经验|百度文库)$|^[^\s，。,、]{1,12}的(?:博客|个人图书馆|专栏)$|^[^\s，。,、]{2,10}\s*(?:——|—|--|－|-|_|\||｜|·)\s*(?:专业|专注|一站式|首选|领先|最大|中国最大|全国)\S{0,12}(?:平台|网站|门户|网|文库|社区)$|^(?:手机版|移动版|手机用户)(?:请)?(?:访问|浏览|打开)/, max: 40, notSentence: true, any: '博馆栏—-－_|｜·手移简知搜悟百' },

  // Related links and tags.
  { kind: 'related', re: /^[【\[［]?(?:相关推荐|相关文章|相关阅读|相关范文|相关资料|相关专题|猜你喜欢|推荐阅读|延伸阅读|热门推荐|热门文章|热门范文|热门搜索|最新文章|最新范文|精选范文|精彩推荐|更多精彩|更多相关|更多范文|为你推荐|为您推荐|推荐访问|拓展阅读|扩展阅读|大家都在看|看了本文的人还看了|网友都在看|相关标签|tag标签|标签|tags?|本文目录|往期(?:推荐|回顾|精选|精彩|文章|阅读|热文|好文){1,2}|精彩回顾|相关文档|相似文档|类似文章|猜您喜欢|(?:你|您)可能(?:也|还)?(?:喜欢|感兴趣)|作者最新文章|热门文档|相关资源|相关下载|阅读了该文档的用户还阅读了(?:这些文档)?|(?:该)?文档被以下专辑收录|被以下(?:专题|专辑|文集|专栏)收(?:入|录)|推荐阅读更多(?:精彩)?(?:内容|文章)?|本文关键词|文章关键词|本页关键词|热点推荐|相关解读|相关链接|附件下载(?=\s*[:：]$)|喜欢此内容的人还喜欢|(?:文章|本文)?被以下专栏收录|文章标签|个人分类|所属专栏)(?:推荐)?[】\]］]?(?:\s*[:：>»，,]|\s|$)/i, max: 100, any: '相猜推延热最精更为拓扩看签tT录往似喜兴阅辑被键附个所' },
  // (Not a notice's own pointer to its office's information: `更多招聘信息请关注“青山人社”公众号。`.)
  { kind: 'related', re: /^更多(?!(?:招聘|考试|报名|政策|办事|服务|活动|政务|工作|防汛|通知|公告|培训|就业)(?:信息|资讯|动态|详情))(?=.{0,20}(?:请访问|请关注|尽在|就在|访问|点击|查看|扫描|扫码|添加|加入))/, max: 60, any: '更' },

  // A page's counters side by side (`关注者 1,283　被浏览 356,902`, `阅读 2.3万　点赞 86`) and a post's place in an account's
  // collection (`收录于 · 公文写作那些事`, `收录于合集 #公文写作 12个`).
  { kind: 'byline', re: /^(?:(?:被|已)?(?:浏览|阅读|关注者|赞同|获赞|粉丝|点赞|收藏|评论|转发|在看)(?:量|数)?\s*[:：]?\s*\d[\d,.]*\s*(?:[万wWkK]|千)?\s*次?(?:[\s\u3000|｜·]+|$)){2,}$/, max: 60, notSentence: true, any: '浏阅关赞获粉点藏评转看' },
  { kind: 'related', re: /^收录于(?:合集|话题|专栏|专辑)?\s*[·・:：#]\s*\S.{0,30}$|^收录于(?:合集|话题|专栏|专辑)\s*\S.{0,30}$/, max: 40, notSentence: true, any: '收' },
  // A tender site's contact masked for visitors who are not members (`联系人：郑**　电话：0790-62*****`): the number's tail starred.
  { kind: 'paywall', re: /^联系人\s*[:：]\s*\S{1,8}[\s\u3000]+(?:联系)?电话\s*[:：]\s*[\d-]{3,}\*{3,}$/, max: 50, any: '*' },
  // Word's comment and revision balloons pasted with the text (`批注 [A1]: 请核实`, `删除了: 各部门……`, `设置了格式: 字体: 仿宋`).
  { kind: 'software', re: /^批注\s*\[[A-Za-z]{1,6}\d{1,3}\]\s*[:：]|^(?:删除了|插入了|已删除|已插入|已移动\s*\(插入\)|已移动\s*\(删除\)):\s|^(?:设置了格式|带格式的|带格式表格|已设置格式)\s*[:：]\s*(?:字体|缩进|段落|行距|居中|左|右|两端对齐|突出显示|字体颜色|下划线|加粗|倾斜|编号|项目符号)/, max: 200, any: '批删插已设带' },
  // A creator's byline on a news app (`2026-09-03 18:27 江西 教育领域创作者`): time, place, the app's badge.
  { kind: 'byline', re: /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2})[\s\u3000]+\d{1,2}:\d{2}(?:[\s\u3000]+\S{2,8})?[\s\u3000]+\S{0,10}(?:领域创作者|优质创作者|领域作者|优质作者|创作者)$/, max: 50, any: '者' },
  // A group chat copied with its notice (WeChat, DingTalk, QQ): a recalled message, read receipts, an image or file stub.
  { kind: 'im', re: /^\S{1,16}撤回了一条消息(?:\s*重新编辑)?$|^已读\s*\d{1,5}[\s\u3000]*[|｜·,，]?[\s\u3000]*未读\s*\d{1,5}$|^(?:\d{1,5}人)?(?:已读|未读)$|^\[(?:图片|语音|视频|文件|表情|动画表情|链接|位置|名片|红包|转账|聊天记录|小程序)\]$/, max: 30, any: '撤读[' },
  // An online document's status and sharing bar (`最近编辑：刘晓 今天 10:42　已保存到云端`, `仅我的好友可查看　分享　协作`).
  { kind: 'software', re: /^最近(?:编辑|修改|更新)(?:者|人|时间)?\s*[:：]?\s*\S{1,10}[\s\u3000]+(?:今天|昨天|前天|刚刚|\d{1,2}分钟前|\d{1,2}[-/月]\d{1,2}日?|\d{4}-\d{1,2}-\d{1,2})|(?:^|[\s\u3000])(?:已保存到云端|已保存到云文档|已自动保存|保存中…*)$|^(?:仅我(?:的好友)?|所有人|获得链接的人|组织内的人|企业内)可(?:查看|编辑|评论)(?:[\s\u3000]+(?:分享|协作|编辑|评论|权限设置))*$/, max: 60, any: '最保可' },
  // Site shapes of a third tester's pages (2026-12-02, evening): a prompt to follow for more 范文, a tip jar, a
  // forum's floor numbers, a reader's counters and the document's download count, a source that is the net, what others searched,
  // a visitor counter, a follow button, a link bar whose links are joined by dashes.
  { kind: 'share', re: /(?:获取|领取|下载|查看)更多(?:范文|资料|模板|材料|文章).{0,12}(?:关注|搜索|添加|扫码)|^[+＋]\s*关注$/, max: 40, any: '更关' },
  { kind: 'paywall', re: /(?:觉得|感觉)(?:这篇|本篇|本文|文章|内容).{0,12}(?:有帮助|有用|不错).{0,8}(?:打赏|赞赏)/, max: 50, any: '赏' },
  { kind: 'post', re: /^\d{1,4}\s*楼(?:[\s\u3000]+(?:沙发|板凳|地板|藤椅|楼主))?$|^[（(【\[]?全文完[)）】\]]?$/, max: 12, notSentence: true, any: '楼完' },
  { kind: 'metadata', re: /^本文档已被(?:下载|浏览|阅读|收藏|打印)\s*\d+\s*次$/, max: 24, any: '档' },
  { kind: 'source', re: /^(?:材料|资料|文章|内容|图片|素材)?来源\s*[:：]\s*(?:网络|互联网|网上)(?:[，,]\s*[^。！？]{0,16})?$/, max: 30, any: '源' },
  { kind: 'related', re: /^(?:大家都在搜|相关搜索|猜你想搜|相似文献)\s*(?:[:：]|$)/, max: 40, any: '搜献' },
  { kind: 'byline', re: /(?:您是|你是)本站第\s*\d+\s*位(?:访问者|访客)|(?:^|[\s\u3000])阅\s*\d+[\s\u3000]+转\s*\d+$/, max: 60, any: '站阅' },
  { kind: 'software', re: /^仅可(?:查看|阅读)[，,\s\u3000]*申请编辑权限$/, max: 16, any: '仅' },
  // Shapes of a tenth tester's pages (2026-12-02, afternoon) that no document has:
  // - a journal database's article page (知网, 万方): its toolbar (`知网节　CAJ下载　PDF下载`, `在线阅读　下载　引用　导出`), the
  //   fields only a journal prints (中图分类号, 文献标识码, an ISSN-shaped 文章编号, 修回日期, 年，卷(期), a page range, the
  //   citation format with `[J]`). A research report carries 【摘要】 and 【关键词】 of its own (and a reference's DOI wrapped
  //   onto a line), a 征文 notice a 收稿 date, a subscription notice a 刊名, a 论文汇编 its 作者简介: those, the authors and
  //   the references are called only beside these (see `callByPlace`);
  // - a news site's furniture: the font-size switch (`小字号`, `字体：小 中 大`), the bracketed correction and editor credits
  //   (`【纠错】`, `[责任编辑:王磊]`: a 简报's 版尾 brackets no credit), `分享让更多人看到`, `参与互动`, an outlet's
  //   `某某网版权所有`, a self-media platform's statement (`本文为澎湃号作者或机构在澎湃新闻上传并发布…仅提供信息发布平台`),
  //   the audio player (`听新闻`, `AI朗读`, `00:00 / 03:12`), `阅读下一篇：`, a breadcrumb with `>>` ending in 正文, a padded
  //   byline date and clock before `| 来源：`, the footer's link bar (`关于光明网 | 联系我们 | 法律声明`);
  // - a government site's furniture: the 适老化 bar (`无障碍 | 长者模式 | 繁體 | English`), the site's name and its .gov.cn
  //   domain, `【我为政府网站找错】`, `网站支持IPv6　党政机关`, `相关附件：无`, `关联解读：`, `文字解读 | 图片解读` (kind `gov-site`,
  //   which `readsAsDocumentText` does not read: a portal's furniture names the government and its .gov.cn domain, as a
  //   document naming its own site does, so those words cannot clear it; every pattern is anchored whole-line);
  // - print and PDF leftovers: a page number between ASCII hyphens (`- 2 -`, read as `2 -` once the list marker is trimmed)
  //   or middle dots (`·23·`), a browser's print header (`2024/5/6 10:12　　标题-单位`) and footer (`https://…html　　1/1`);
  // - a browser's transcoding banner (`本页面由夸克浏览器转码`, `已为您开启极速模式`) and a search engine's cache banner
  //   (`这是 Google 对 … 的缓存`, `您查询的关键词已被标亮：`).
  { kind: 'journal', re: /^(?=(?:.*?(?:知网节|CAJ下载|PDF下载|整本下载|分页下载|HTML阅读|引用|导出)))(?:(?:知网节|CAJ下载|PDF下载|整本下载|分页下载|HTML阅读|在线阅读|下载|引用|收藏|分享|导出|打印|关注)[\s\u3000|｜]*){3,}$/, max: 80, any: '知CP整分H引导' },
  { kind: 'journal', re: /^(?:(?:中图分类号|中图法分类号|文献标识码|文献标志码)\s*[:：]\s*[A-Z]|文章编号\s*[:：]\s*\d{4}-\d{3}[\dX]\s*[（(]\d{4}[)）]|(?:修回日期|在线出版日期|网络出版日期)\s*[:：]\s*\d{4}[-年./]|[【\[]?年\s*[,，]\s*卷\s*[(（]期[)）]\s*(?:[】\]]|[:：])|(?:下载|被引)\s*[:：]\s*\d+[\s\u3000]*(?:页码|页数|大小)\s*[:：]|页\s*数\s*[:：]\s*\d{1,3}\s*[（(]\d{1,4}\s*[-–—]\s*\d{1,4}[)）]$|(?:引用本文格式|本文引用格式|引用本文|引文格式)\s*[:：].{2,200}\[[JMCDNR]\])/i, max: 300, any: ':：卷' },
  { kind: 'share', re: /^(?:(?:大|中|小|默认)字号[\s\u3000|｜]*){1,4}$|^(?:字体|字号)\s*[:：]?\s*[【\[［(（]?小[】\]］)）]?[\s\u3000]+[【\[［(（]?中[】\]］)）]?[\s\u3000]+[【\[［(（]?大[】\]］)）]?$/, max: 30, any: '号小' },
  { kind: 'editor', re: /^[【\[［]纠错[】\]］]|^[【\[［]\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fff·、\s]{2,12}[】\]］]$/, max: 40, any: '【[［' },
  { kind: 'share', re: /^分享让更多(?:的)?人(?:看到|知道|了解)$|^参与互动(?:\s*[(（]\d+[)）])?$|^(?:听新闻|AI\s*朗读|朗读本文|收听本文|点击收听)$|^00:00\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/, max: 16, any: '分参听朗收0' },
  { kind: 'copyright', re: /^[\u4e00-\u9fffA-Za-z·]{1,12}(?:网|網|新闻|日报|报社|电视台|客户端)\s*版权所有(?:[，,]\s*(?:未经|禁止|不得|严禁)[^。]{0,24})?。?$/, max: 60, any: '版' },
  { kind: 'disclaimer', re: /仅(?:提供信息发布平台|代表该作者或机构的?观点)|上传并发布[，,]\s*仅代表/, max: 300, any: '仅' },
  { kind: 'pager', re: /^(?:阅读|查看|浏览)[上下]一篇\s*[:：]?/, max: 60, any: '篇' },
  { kind: 'breadcrumb', re: /^[^>＞›»\s。，！？:：]{1,16}(?:网|網|频道)(?:[\s\u3000]*(?:>>|[>＞›»])[\s\u3000]*[^>＞›»\s。，！？][^>＞›»。，！？]{0,16}?)*[\s\u3000]*(?:>>|[>＞›»])[\s\u3000]*正文$/, max: 80, any: '>＞›»' },
  { kind: 'byline', re: /^\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?[\s\u3000|｜]*(?:来源|作者|编辑)\s*[:：]\s*\S/, max: 80, any: ':' },
  { kind: 'breadcrumb', re: /^(?=(?:.*?(?:联系我们|关于我们|关于\S{1,6}网|法律声明|网站地图|广告服务|隐私政策|招聘|意见反馈|网站声明|版权声明|服务条款)){3})[^|｜]{1,12}(?:[\s\u3000]*[|｜][\s\u3000]*[^|｜]{1,12}){3,}$/, max: 120, any: '|｜' },
  { kind: 'gov-site', re: /^(?=.*(?:无障碍|长者模式|关怀版|适老化|繁體|繁体))(?:(?:无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|适老化(?:版|模式)?|繁體版?|繁体版?|简体版?|English|ENGLISH|EN|登录|注册|个人中心|邮箱|手机版|智能问答)[\s\u3000|｜/·]*){3,}$/, max: 80, any: '无长关适繁' },
  { kind: 'gov-site', re: /^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|局|委员会|委|厅|办公室|网)(?:门户网站|网站)?[\s\u3000]+(?:https?:\/\/)?www\.[a-z0-9.-]+\.gov\.cn\/?$/i, max: 80, any: 'wW' },
  { kind: 'gov-site', re: /^[【\[［]?我为政府网站找错[】\]］]?$/, max: 12, any: '我' },
  { kind: 'gov-site', re: /^(?:本)?网站(?:已)?支持\s*IPv6(?:[\s\u3000]+党政机关(?:网站)?)?$|^党政机关(?:网站)?[\s\u3000]+(?:本)?网站(?:已)?支持\s*IPv6$/, max: 30, any: 'Pp' },
  { kind: 'gov-site', re: /^(?:相关附件\s*[:：]\s*(?:无|暂无)$|(?:关联解读|关联文件|关联政策|关联信息)\s*[:：])|^(?:(?:文字|图片|图解|视频|动漫|音频|专家|媒体|H5)解读[\s\u3000|｜/]*){2,}$/, max: 100, any: ':：读' },
  { kind: 'page-number', re: /^[·・]?\s*\d{1,4}\s*[·・]$|^\d{1,3}\s+[-－]$/, max: 10, any: '·・-－' },
  { kind: 'software', re: /^\d{4}\/\d{1,2}\/\d{1,2}[\s\u3000]+(?:[上下]午)?\d{1,2}:\d{2}(?:[\s\u3000]{2,}|\t)\S.{0,100}[-_|｜—][^\s\-_|｜—]{2,30}$|^(?:https?|file):\/\/\S+(?:[\s\u3000]{2,}|\t)(?:\d{1,3}\s*\/\s*\d{1,3}|第\s*\d{1,3}\s*页\s*[,，]?\s*共\s*\d{1,3}\s*页)$/i, max: 220, any: '/' },
  { kind: 'software', re: /^本?页面?由\S{0,10}(?:浏览器|搜索)\S{0,4}转码|^\S{0,8}(?:浏览器|百度|夸克|UC)已?为(?:您|你)\S{0,4}(?:转码|智能排版)|^已为(?:您|你)(?:开启|打开|进入)\S{0,6}(?:极速|省流|阅读|无图|简洁)模式|网页转码服务$|^(?:(?:查看原网页|退出阅读模式|退出转码|退出极速模式)[\s\u3000|｜]*)+$|^这是\s*(?:Google|谷歌|Bing|必应|360|搜狗)\s*对\s*\S+\s*的缓存|^当前页(?:面)?在此期间可能已经更改|^(?:(?:完整版本|纯文字版本|查看源代码)[\s\u3000]*){2,}$|要在此页面上快速找到您的搜索字词|^您查询的关键词(?:已被标亮|仅在)|百度和网页\s*\S{0,200}?\s*的?作者无关|百度快照谨为/i, max: 150, any: '码排模原退缓改版源搜询百' },
  // Shapes of a thirteenth tester's pages (2026-12-02, afternoon) that no document has on a line of its own: the chrome of
  // the app or site a text was copied out of, told by the app's own words — a clock time, a progress fraction, a file's
  // size, a button bar, a status only a workflow shows. A document states a date, not `11-25 09:12`; names a file as its
  // 附件, never with `（12.6KB）　下载　预览`; and its fields end with their value, never with stars or `已办结`.
  // - an OA, approval-flow or 党建-platform record: the approval number (digits only), the initiator's or submitter's line
  //   with a clock time, the flow's steps (`张华（科长）　已同意　11-25 10:03`), the cc line without a colon (a 版记 writes
  //   `抄送：`), the status after `审批 ·`, the system's name with a version, the meeting card's `已归档`, a photo's camera name
  //   (`IMG_20261115_150532.jpg`), the attendance and points lines, a file card with its size, the read counters;
  { kind: 'software', re: /^审批编号\s*[:：]\s*\d{10,24}$|^(?:发起人|提交人)\s*[:：]?\s*[\u4e00-\u9fff·]{2,8}[\s\u3000]+(?:所在部门\s*[:：]|\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})\s*\d{1,2}:\d{2}$)|^(?:发起时间|提交时间|审批时间)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^[\u4e00-\u9fff·]{2,8}(?:[（(][\u4e00-\u9fff]{1,8}[)）])?[\s\u3000]+(?:发起审批|提交|已?同意|已?拒绝|已?转交|已?退回|已撤回|已审批)[\s\u3000]+\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?:[\s\u3000]+「[^」]{1,40}」)?$|^[\u4e00-\u9fff·]{2,8}[（(][\u4e00-\u9fff]{1,8}[)）][\s\u3000]+审批中$|^抄送人[\s\u3000]+[\u4e00-\u9fff·、，,\s\u3000]{2,40}$|^[\u4e00-\u9fff]{2,12}审批\s*[·・]\s*(?:已通过|已拒绝|已撤销|审批中|已撤回)$|^(?:钉钉|飞书|企业微信)\s*[·・]\s*(?:审批|公告|工作台|OA审批)$|^[\u4e00-\u9fff]{0,10}(?:协同办公|OA|办公自动化)(?:系统|平台)\s*V\d{1,2}(?:\.\d{1,2}){1,3}$|^会议类型\s*[:：].{1,20}状态\s*[:：]\s*(?:已归档|待审核|已审核)/, max: 80, any: '审发提抄钉飞企办会AO同拒转退撤', notSentence: true, corroborate: true },
  { kind: 'software', re: /^(?:IMG|DSC|VID|PXL|MVIMG)_\d{8}_\d{6}(?:_\d{1,3})?\.(?:jpe?g|png|heic|mp4)$|^参会人员签到\s*[:：]\s*已签到\s*\d+\s*人|^积分\s*[+＋]\s*\d{1,4}$|^(?!附件)[^\s，。：:；;]\S{0,60}\.(?:docx?|xlsx?|pptx?|pdf|wps|zip|rar)[\s\u3000]*[（(]?\d{1,4}(?:\.\d{1,2})?\s*[KMG]B[)）]?(?:[\s\u3000]+(?:下载|预览|保存到网盘|分享|用WPS打开|打开))*$|^已读\s*[（(]\d{1,6}[)）][\s\u3000]*未读\s*[（(]\d{1,6}[)）]$/i, max: 90, any: 'IiDdVvPpMmBb参积读', notSentence: true, corroborate: true },
  // - a button or tab bar of an app (space- or bar-separated) holding a button that only an app has: `同意　拒绝　转交　更多`,
  //   `提交审核　　返回列表`, `保存草稿　　提交作业`, `下载　　保存到网盘　　分享　　用WPS打开`, `编辑　|　删除　|　导出PDF`,
  //   `放大　缩小　全屏` (a document's ballot reads `同意　反对　弃权`: no 转交, no 拒绝 beside it);
  { kind: 'software', re: /^(?=.*(?:转交|提交审核|返回列表|保存草稿|提交作业|保存到网盘|用WPS打开|导出PDF|下载PDF|一键复制))(?:(?:同意|拒绝|转交|更多|提交审核|返回列表|保存草稿|提交作业|下载|预览|保存到网盘|分享|用WPS打开|编辑|删除|导出PDF|下载PDF|下载Word|一键复制|打印|转发|收藏|关闭|评论|纠错)[\s\u3000|｜]*){2,}$|^(?:(?:放大|缩小|全屏|退出全屏|旋转|适合宽度|适合页面)[\s\u3000|｜]*){3,}$/i, max: 60, any: '转提返保用导下一放缩全退旋适', notSentence: true, corroborate: true },
  // - a learning platform's chrome (学习通, 干部网络学院): the assignment's brief with a deadline to the minute, the time left,
  //   the hours as a fraction, the word counter, the upload hint, the warning after 提交, the learner's card with a 学号, the
  //   course with its term, the task points and progress, the preview note, the help line, the tab bar, the site's name,
  //   and the breadcrumbs of these apps (`我的学习 > …`, `审批 > 我发起的 > …`), a record's photo count (`会议照片（3）`);
  { kind: 'software', re: /^作业要求\s*[:：].{0,60}截止(?:时间|日期)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}$|^剩余时间\s*[:：]\s*(?:\d{1,3}\s*天\s*)?\d{1,2}:\d{2}:\d{2}$|^(?:必修|选修)学时\s*[:：]\s*\d{1,3}(?:\.\d)?\s*\/\s*\d{1,3}|^字数统计\s*[:：]\s*\d{1,6}$|^上传附件\s*[（(]\s*支持|^提交后(?:将)?不可(?:修改|撤回)|^学员\s*[:：]\s*[\u4e00-\u9fff·]{2,8}[\s\u3000]+学号\s*[:：]\s*\d{6,}|^课程\s*[:：].{1,30}[（(]\d{4}\s*[春夏秋冬][)）]$|^任务点[\s\u3000]+已完成\s*\d{1,3}\s*\/\s*\d{1,3}$|^本页为文档预览[，,]\s*共\s*\d{1,4}\s*页$|^学习进度\s*[:：]\s*\d{1,3}(?:\.\d)?%|^有问题[？?]\s*在讨论区|^(?:视频|文档|讨论\s*[(（]\d+[)）]|章节测验|作业|资料)(?:[\s\u3000]+(?:视频|文档|讨论\s*[(（]\d+[)）]|章节测验|作业|资料)){2,}$|^(?:超星)?学习通$|^(?:我的学习|章节|工作台|信息中心|我的文件)\s*[>＞]\s*\S|^审批\s*[>＞]\s*(?:我发起的|待我审批|我审批的|已审批|抄送我的)|^(?:会议照片|活动照片|现场照片)\s*[（(]\d{1,3}[)）]$/, max: 80, any: '作剩必选字上提学课任本有视文讨章资我工信审会活现', notSentence: true, corroborate: true },
  // - a 12345, 留言板 or 政务服务 case page: the case's number, its status and the citizen's rating (stars, 满意 words), the site's
  //   own buttons and counters; what a reply document says of the case is in its own sentences;
  { kind: 'gov-site', re: /^来电时间\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|^工单编号\s*[:：]\s*[A-Z]{0,4}\d{10,20}$|^办理状态\s*[:：]\s*(?:已办结|已回复|办理中|已受理|待受理|待回复|已转办)$|^回访结果\s*[:：]\s*(?:非常满意|基本满意|满意|不满意|非常不满意)$|^(?:网友|群众|市民)?评价\s*[:：]\s*(?:[★☆]{3,5}|非常满意|基本满意|满意|不满意|非常不满意)$|^满意度\s*[:：][\s\u3000]*(?:解决程度|办理态度|办理速度)\s*[★☆]|^(?:解决程度|办理态度|办理速度|服务态度)\s*[★☆]{3,5}[\s\u3000]+(?:解决程度|办理态度|办理速度|服务态度)|^本事项好差评$|^办理人次\s*[:：]\s*\d+[\s\u3000]+满意率\s*[:：]|^我也要留言$|^扫码手机办理$|^留言对象\s*[:：].{1,30}留言类型\s*[:：]/, max: 80, any: '工办回评满解服本我扫留来', notSentence: true, corroborate: true },
  // - the site's own chrome on a 人大, 政协, 高校, 医院 or OA site: a bar of its menu (`学校首页 | 学院概况 | 机构设置 | …`,
  //   `患者服务 | 预约挂号 | …`, `我的门户 | 公文管理 | 流程中心 | …`) holding two of its sections, a site name ending in 网
  //   (`东林县政协网`: a document signs as the 政协, never as its site), the footer's `主办：…　技术支持：…`, a news credit in
  //   brackets (`（图文：宣传部　编辑：刘洋）`);
  { kind: 'breadcrumb', re: /^(?=(?:.*?(?:学校首页|学院首页|学院概况|学校概况|学校简介|机构设置|招生就业|教育教学|校务公开|患者服务|预约挂号|专家介绍|科室导航|就医指南|健康宣教|院务公开|人大概况|政协概况|代表工作|委员风采|提案工作|协商议政|我的门户|公文管理|流程中心|信息中心|知识中心|我的收藏|我的下载|积分充值|开具发票)){2})[^|｜\s]{2,8}(?:[\s\u3000]*[|｜][\s\u3000]*[^|｜\s]{2,8}){3,}$/, max: 80, any: '|｜', notSentence: true, corroborate: true },
  { kind: 'banner', re: /^[\u4e00-\u9fff]{2,16}(?:政协网|人大网|人大常委会网|人大信息网|政协信息网)$|^主办\s*[:：]\s*\S{2,30}[\s\u3000]+技术支持\s*[:：]\s*\S{2,30}$|^[（(](?:图文|摄影|图片|文字)\s*[:：]\s*[\u4e00-\u9fff·、]{2,16}[\s\u3000]+(?:编辑|责编|审核|校对)\s*[:：]\s*[\u4e00-\u9fff·、]{2,12}[)）]$/, max: 70, any: '网技图摄文', notSentence: true, corroborate: true },
  // - a member or paywall page, a cloud drive (知乎盐选, 百度网盘, a 公文 site's member centre): the centre's name, the
  //   greeting with `[退出]`, the reading progress in percent, the buyers' count, the drive's name;
  { kind: 'paywall', re: /^[\u4e00-\u9fffA-Za-z]{2,10}\s*[·・|｜]?\s*会员中心$|^欢迎(?:您|你)[，,]?\s*\S{1,24}[\s\u3000]*[\[【［(（]?(?:退出|注销)(?:登录)?[\]】］)）]?$|^已读\s*\d{1,3}(?:\.\d)?\s*%$|^已有\s*[\d,，.]+\s*[万]?\s*人(?:购买|订阅|付费|开通)$|^(?:百度网盘|百度云盘|阿里云盘|夸克网盘|天翼云盘|115网盘)$/, max: 40, any: '会欢已网盘', notSentence: true, corroborate: true },
  // - the one-line counters and credits a site prints under every page: a visitor counter without 本站
  //   (`您是第 1028746 位访客`) and a host's credit `Powered by … on …` (a forum's `Powered by Discuz!` is a `post` below).
  { kind: 'byline', re: /^(?:您是|你是)(?:本站|本网站)?第\s*[\d,]+\s*位(?:访问者|访客|浏览者)|^Powered\s+by\s+\S{1,20}(?:\s+\S{1,12}){0,2}\s+on\s+[A-Za-z][\w.-]{1,20}(?:\s+[\w.-]{1,20})?$/i, max: 60, any: '您你Pp', notSentence: true, corroborate: true },
  // Shops, paid courses and paywalls, comment sections, copy-append footers and search-results pages (a sixteenth tester's
  // pages, 2026-12-02, evening: 淘宝, 闲鱼, 小鹅通, a paid WeChat article, 夸克网盘, 知识星球, 豆瓣, 简书, 有道云笔记, 百度). Each reads
  // what only the shop, the platform or the search engine prints: a price with its coupon or buy button (`¥ 39.90　券后 ¥ 29.90`,
  // `¥99.00　立即订阅`), sales and course counters (`月销 600+　|　累计评价 1862`, `已更新30期｜3526人已学习`, `想要 23　|　浏览 418`),
  // the paywall's cut (`以下内容为付费内容，购买专栏后可继续学习`, `本节剩余约2600字`, `付费阅读　试读30%`, `付费即表示同意《…协议》`),
  // a seller's terms (`——样稿到此结束，完整版拍下后联系客服发送——`, `卖家承诺24小时内发货`, `进店逛逛`, `问大家（12）`), a drive's
  // share card (`分享者：…　|　有效期：永久有效`), a comment section's header (`留言（48）`, `讨论区（326）`, `最赞回应`, `回应请先 登录`),
  // a merged chat record's closing line, a copied page's source link (`原文：http://…`, not a public body's site), the search
  // engine's count, its pager and its tabs (`百度为您找到相关结果约1,000,000个`, `1 2 3 … 10 下一页 >`, `全部　图片　视频　资讯…`).
  // A document prices things in sentences (`每套单价39.9元`) and counts in its own words; it prints none of these lines. Lines
  // that a document may write as well (`我想要`, `买家秀`, `星主 某某`, `某某与某某的聊天记录`, `展开全部`) stand only beside other
  // furniture (`corroborate`); the bare platform name atop the page, the comments under a comment header, the chat's own
  // messages and the search engine's suggestions are told by their place (`callShopsAndCommentsByPlace`).
  { kind: 'paywall', re: /^[¥￥]\s*\d{1,6}(?:\.\d{1,2})?\s*(?:元|起)?(?:[\s\u3000|｜]+(?:券后|到手价?|折后价?|活动价|限时价|促销价|会员价|拼单价|秒杀价|包邮|立即订阅|立即购买|立即抢购|付费阅读|购买专栏|订阅专栏|购买课程|开通会员|立即学习)\s*(?:[¥￥]\s*\d{1,6}(?:\.\d{1,2})?)?)+$|^(?:券后|到手价?|拼单价|秒杀价)\s*[:：]?\s*[¥￥]\s*\d{1,6}(?:\.\d{1,2})?$/, max: 60, any: '¥￥' },
  { kind: 'byline', re: /^(?=.*(?:月销|已售|已拼|销量|累计评价|想要|好评率|回复率|人付款|人已买|芝麻信用|已更新|人已学习|人学过|人在学|人已订阅))(?:(?:月销量?|已售|已拼|总销量|销量|累计评价|评价|想要|浏览|好评率|回复率|收藏|人气|已更新)\s*[:：]?\s*\d[\d.,]*\s*[万wWkK]?\+?\s*(?:%|％|件|人|条|次|期|讲|节|集|课)?|\d[\d.,]*\s*[万w]?\+?\s*人(?:付款|已买|想要|收藏|购买|已学习|学过|在学|已订阅|订阅)|芝麻信用(?:极好|优秀|良好|很好))(?:[\s\u3000|｜·]+(?:(?:月销量?|已售|已拼|总销量|销量|累计评价|评价|想要|浏览|好评率|回复率|收藏|人气|已更新)\s*[:：]?\s*\d[\d.,]*\s*[万wWkK]?\+?\s*(?:%|％|件|人|条|次|期|讲|节|集|课)?|\d[\d.,]*\s*[万w]?\+?\s*人(?:付款|已买|想要|收藏|购买|已学习|学过|在学|已订阅|订阅)|芝麻信用(?:极好|优秀|良好|很好)))*$/, max: 60, any: '销售拼量评想率人芝更', corroborate: true },
  { kind: 'paywall', re: /^(?:以下|本|该|此)(?:内容|文章|回答|章节|部分)?(?:为|是)付费内容|^试(?:看|听)(?:已)?结束|(?:购买|订阅|解锁)(?:本?专栏|本?课程|本课|本?专辑|会员|全集|本书)后(?:即?可)?(?:继续)?(?:查看|收听|观看|阅读|学习)|^本(?:节|章|篇|讲|集|文)剩余约?\s*\d{2,6}\s*字$|^付费阅读(?:[\s\u3000|｜]+试读\s*\d{1,3}\s*%)?$|^试读\s*\d{1,3}\s*%$|^(?:付费|购买|支付|订阅)即(?:表示|视为|代表)(?:您)?(?:已阅读并)?同意《|^(?:作者的)?赞赏码$|^试看中$|^(?:免费)?试看\s*\d{1,3}\s*分钟|样稿到此结束|(?:拍下|下单)后?(?:请)?联系客服(?:发送|发货|获取)|限时优惠(?:仅剩|还剩)\s*\d{1,3}\s*天/, max: 60, notSentence: true, any: '以本该此买阅订锁剩付试赞看样客优' },
  // (A seller's note may end like a sentence: `……拍下秒发网盘链接，虚拟物品不退不换。`; a 消费提示 quoting such terms names the
  // 商家 or warns the 消费者.)
  { kind: 'paywall', re: /^(?!.*(?:消费者|商家|卖家|警惕|谨防|提醒|注意|投诉|举报|不法|诈骗|骗|虚假|违法|监管|查处|依法))(?=.*(?:拍下|下单))(?=.*(?:秒发|自动发货|不退不换)).{4,80}$/, max: 80, any: '拍下', corroborate: true },
  { kind: 'promo', re: /进店逛逛|^问大家\s*[(（]\s*\d{1,5}\s*[)）]$|^卖家承诺\s*\d{1,3}\s*小时内?发货$|^【样稿(?:展示|预览|参考)】|本店(?:往期)?(?:原创)?(?:样稿|代写)|^发货地?\s*[:：]\s*\S{2,10}[\s\u3000|｜]+(?:快递|运费)\s*[:：]|^该文件夹下还有\s*\d{1,5}\s*个文件$|^分享者\s*[:：].{1,30}有效期\s*[:：]|^(?:客服|店铺|收藏|购物车)(?:[\s\u3000|｜]+(?:客服|店铺|收藏|购物车|加入购物车|立即购买|领券购买|进店)){2,}$/, max: 60, any: '逛问卖样本该分客店藏购发' },
  { kind: 'promo', re: /^(?:宝贝|商品)(?:详情|描述)\s*[:：]?$|^买家秀$|^(?:我想要|聊一聊)$|^(?:星主|圈主|群主|楼主|博主|主播|UP主)[\s\u3000]+[^\s\u3000，。：:]{1,16}$|^展开全部$|^卖家\s*[:：]\s*[^\s\u3000，。：:]{1,16}$|^(?!上一(讲|集|节|课|期)[\s\u3000|｜]+下一\1$)(?:上一(?:讲|集|课|题)|下一(?:讲|集|课|题))(?:[\s\u3000|｜]+(?:上一|下一)(?:讲|集|课|题))*$/, max: 24, any: '贝品买想聊主展卖上下', corroborate: true },
  { kind: 'comment', re: /^(?:留言|回应|讨论区|全部留言|精选留言|全部回应|学员留言|宝贝评价|商品评价)\s*[(（]\s*\d[\d.]{0,6}\s*[万wk]?\+?\s*[)）]$|^(?:最赞回应|最新回应|全部回应|你的回应|我来回应)$|^回应请先\s*登录|^回应(?:[\s\u3000|｜]+(?:删除|举报|赞|引用|回复)){1,4}$/, max: 60, any: '留回讨全精学宝商最你我' },
  // (A host's remark between the text's parts, `星主点评：……。`, ends like a sentence: read as a post's line, not as a comment.)
  { kind: 'post', re: /^(?:星主|圈主|群主|小编|博主|楼主|UP主|主播)点评\s*[:：]/, max: 80, any: '点' },
  // A listing's or a post's title with the seller's tags (`【原创代写】… 当天交稿`, `… 电子版 word可改`, `…（全文可直接套用）`, `…模板直接抄`):
  // a document's title names its matter, never how to copy it.
  { kind: 'banner', re: /^【[^】]{0,4}代写[^】]{0,4}】|(?:当天|当日|24小时|加急)交稿$|电子版[\s\u3000]+(?:word|wps|docx?)?\s*可(?:改|编辑|修改)$|[（(](?:全文|模板)?(?:可)?直接(?:套用|使用|抄|复制)[)）]$|(?:模板|范文|格式|全文)直接抄$/i, max: 80, notSentence: true, any: '【稿电（(抄' },
  { kind: 'share', re: /^来自(?:有道云笔记|印象笔记|腾讯文档|金山文档|石墨文档|WPS|飞书|钉钉|百度网盘|夸克网盘|阿里云盘|微信读书|知乎|简书)\S{0,4}的分享$/, max: 24, any: '来' },
  { kind: 'im', re: /^[-—\s]*以上(?:内容)?(?:为|是)合并转发的聊天记录[-—\s]*$/, max: 30, any: '以' },
  { kind: 'im', re: /^[^\s，。：:]{1,12}(?:和|与)[^\s，。：:]{1,12}的聊天记录$|^群聊的聊天记录$/, max: 30, any: '录', corroborate: true },
  { kind: 'source', re: /^(?:原文|原文地址|原网址|原网页|网页原文|来源网址|来源链接|剪藏自|收藏自)\s*[:：]\s*(?:https?:\/\/|www\.)(?![^\s\/]*\.(?:gov|edu|org)(?:\.[a-z]{2})?(?:[\/:]|$))\S+$/i, max: 200, any: '原来剪收网' },
  // (`来源：` with a bare address is a clipper's field too — `来源：https://www.example.cn/article/…` — but a document may cite its source so: beside other furniture only.)
  { kind: 'source', re: /^来源\s*[:：]\s*(?:https?:\/\/|www\.)(?![^\s\/]*\.(?:gov|edu|org)(?:\.[a-z]{2})?(?:[\/:]|$))\S+$/i, max: 200, any: '来', corroborate: true },
  { kind: 'related', re: /^(?:大家还在搜|其他人还搜了|其他人还在搜|人们还搜索了|相关搜索词|热门搜索词)\s*[:：]?$|^(?:百度|搜狗|360搜索|必应)?(?:已)?为(?:您|你)找到(?:相关结果)?约?\s*[\d,，]+\s*(?:个|条)(?:相关)?(?:结果|网页)?$|^找到约?\s*[\d,，]+\s*(?:条|个)结果|^约\s*[\d,，]+\s*个结果$|^(?:百度快照|网页快照)$|^合集\s*#[^#\s]{1,20}\s*\d{1,4}$/, max: 40, any: '大其人相热为找快合约' },
  { kind: 'pager', re: /^(?:[<＜‹«]\s*)?(?:上一页[\s\u3000]+)?(?:\d{1,3}[\s\u3000]+){2,}(?:(?:…|\.{3})[\s\u3000]+)?下一页\s*[>＞›»]?$/, max: 60, any: '页' },
  { kind: 'breadcrumb', re: /^(?=(?:.*?(?:网页|资讯|贴吧|文库|地图|笔记|视频|图片|知道|采购|学术)){4})(?:全部|网页|图片|视频|资讯|新闻|笔记|地图|贴吧|文库|知道|百科|采购|学术|翻译|更多|经验|音乐|问答|购物)(?:[\s\u3000|｜]+(?:全部|网页|图片|视频|资讯|新闻|笔记|地图|贴吧|文库|知道|百科|采购|学术|翻译|更多|经验|音乐|问答|购物)){4,}$/, max: 60, any: '网资贴文地笔视图知采学' },
  // Web editor credits (not the `撰稿：` `审核：` sign-off of a briefing).
  { kind: 'editor', re: /^[（(]?(?:责任编辑|责编|网络编辑|小编|文章录入|录入|本期(?:编辑|责编|校对|排版|美编))\s*[:：]/, max: 40, any: ':：' },
  // A review credit of a WeChat account (`初审：某某`, `终审：某某`): a 版尾 names 审核 and 签发, not these.
  { kind: 'editor', re: /^(?:初审|复审|终审)\s*[:：|｜]\s*[\u4e00-\u9fff·]{2,4}$/, max: 12, any: ':：|｜' },
  // A WeChat account's credits: `图片 | 某某`, `责编｜某某` (a bar never separates a 版尾's names), and a
  // line of credits that names a media role (`编辑：… 审核：… 监制：…`, `初审：… 终审：…`).
  { kind: 'editor', re: /^(?:图片|图文|文字|文案|摄影|视频|排版|美编|编辑|责编|审核|监制|出品|策划|统筹|作者|来源|校对|初审|复审|终审|一审|二审|三审|主编|设计)\s*[|｜丨]\s*\S/, max: 60, any: '|｜丨' },
  { kind: 'editor', re: /^(?=(?:图片|图文|文字|文案|摄影|视频|排版|美编|编辑|责编|审核|监制|出品|策划|统筹|作者|来源|校对|初审|复审|终审|一审|二审|三审|主编|设计)\s*[:：])(?=.*(?:监制|出品|排版|美编|终审|复审|初审|三审|二审|一审|摄影|视频|统筹|策划)\s*[:：])(?:(?:图片|图文|文字|文案|摄影|视频|排版|美编|编辑|责编|审核|监制|出品|策划|统筹|作者|来源|校对|初审|复审|终审|一审|二审|三审|主编|设计)\s*[:：]\s*[^\s:：|｜]{1,12}[\s\u3000|｜]*){2,}$/, max: 80, any: '制品排美审摄视统策' },
  // Shapes of two testers' blind pages (2026-12-02, afternoon): a reader's comment under a numbered handle (`网友123：说得好！`),
  // a forum's stock praise, a Q&A site's rating prompt, a chat's recall and file stubs in brackets, a bar of bracketed
  // actions (`[点赞(16)] [收藏] [分享到微博]`), a post's time with the poster's province (IP属地: `3天前 · 浙江`,
  // `2026-05-06　浙江　回复　赞3`), a microblog's `来自` line, a prompt to an AI (`你好，请帮我写一份……`), an AI's offer to go on
  // (`如需调整格式……，请随时告诉我。`), a follow-for-the-file prompt (`关注后私信“清廉”免费获取`), a lone `广告` tag.
  { kind: 'post', re: /^(?:网友|用户|游客|访客)[A-Za-z0-9_]{2,12}\s*[:：]\s*\S.{0,40}$|^(?:写得(?:不错|很好|真好|太好了?|真不错)|好文|干货满满?|太实用了|非常实用|楼主辛苦了?)[，,!！~～。]?\s*(?:收藏了?|mark(?:一下)?|马克一下|学习了|已收藏|点赞|顶)?[!！~～。]*$/i, max: 50, any: '网用游访对写好干太非楼' },
  { kind: 'im', re: /^[\[［]\S{0,16}撤回了一条消息[\]］]$|^\[文件\]\s*\S.{0,80}\.(?:docx?|xlsx?|pdf|pptx?|wps|zip|rar|txt)(?:\s+\d+(?:\.\d+)?\s*[KMG]?B)?$/i, max: 100, any: '撤[' },
  { kind: 'share', re: /^(?:[\[［【](?:点赞|赞|收藏|分享|转发|评论|举报|打印|关闭|推荐|分享到\S{1,6})\s*(?:[(（]\d+[)）])?[\]］】][\s\u3000]*){2,}$/, max: 60, any: '[［【' },
  { kind: 'byline', re: /^(?:[^\s，。；：:]{2,16}[\s\u3000]+)?(?:(?:\d{4}-)?\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|\d{1,2}\s*(?:分钟|小时|天)前|(?:昨天|前天|刚刚)(?:\s*\d{1,2}:\d{2})?)[\s\u3000]*(?:[·・|｜][\s\u3000]*)?(?:IP属地\s*[:：]?\s*)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(?:[\s\u3000]+(?:回复|赞\s*\d*|举报|分享))*$|^(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}[\s\u3000]+来自[\s\u3000]*\S.{0,30}$|^(?:匿名用户|热心网友|网友|游客)\S{0,12}[\s\u3000]+\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$/, max: 60, any: '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青台蒙桂藏宁新港澳海肃西东南北来匿热网游' },
  { kind: 'chat', re: /^(?:你好|您好)[，,！!]?\s*(?:请)?(?:帮我|给我|替我)(?:写|起草|拟|撰写|生成|整理|润色|修改|改写)|(?:如需|如果需要|若需|如有需要)[^。]{0,30}[，,]\s*(?:请)?随时(?:告诉|联系)我(?!们)[。！!]?$/, max: 120, any: '好随' },
  { kind: 'promo', re: /私信\S{0,12}(?:免费)?(?:获取|领取)|^广告$|^点击\S{0,8}(?:获取|领取|下载|查看)更多(?:范文|模板|素材|资料|文章)|^点击(?:右上角|上方|下方|文末|底部)\S{0,6}[“"]?关注/, max: 80, any: '私广点' },
  // Shapes of a tenth tester's pages (2026-12-02, afternoon) that apps and sites print around a text and a document never
  // writes: a reading app's note export (`12个笔记`, `>> 2024/05/06发表想法`, `来自微信读书`); a meeting recorder's transcript
  // header (`说话人 1　00:01:23`, `时长 01:12:36`); a writing assistant's and an editor's status lines (`已检查 3 处问题　　一键修改`,
  // `字数：386　　段落：10`, `页面：1/3　　字数：1892`, a zoom control `100%　－　＋`); a sharing site's claim and upload
  // disclaimers (`…请点此认领！`, `…所有资源均是用户自行上传分享，仅供网友学习交流…`, `申明敬告：本站不保证…`), its card with
  // bars (`字数：2356 | 更新：2024-03-10 | 编号：…`) and its AI bar (`全文免费阅读（共3页）`, `本文由 AI 生成摘要：…`); an AI
  // answer's search count, generated-content note, offer and follow-up header (`已阅读 8 个网页`, `回答由AI生成，请注意核实`,
  // `需要我把它调整为红头文件格式吗？`, `你可能还想问：`, `推荐追问`); a row made only of app buttons (`复制　|　重新生成　|　分享　|
  // 导出Word`, `回复　　解决`, `流程跟踪 | 打印 | 关闭 | 下载正文`, `投币　收藏　分享`) — a document names a button inside a
  // sentence, in quotes, never as a bare row of them; an online editor's space path (`知识库 / 办公室 / …`), a comment's
  // mention (`@王主任 …`, no sentence end), WPS revision and comment balloons with a name and a time (`张明　2024-05-06 10:12　删除:
  // …`, `王芳　批注[2]: …`, `格式已更改: 字体: …`), a file's saved state in the title bar; a forum's print view (`Powered by
  // Discuz! X3.4`, `某某论坛 (http://…)`, `---- 标题 (http://…)`, `[打印本页]`, `原帖由 某 于 2024-3-22 09:15 发表` (not a report's `原帖由网民“青山居民”于…发表`: a forum prints the user's name bare), a thread title
  // asking for help `标题: 求助：…`); a mail's English header (`Sent: Monday, …`, `Subject: RE: …`), its confidentiality
  // notice, a client's closing mark (`—— 来自QQ邮箱 ——`), a signature of name, office and phone between bars, an attachment
  // card with its size (`….docx (32.5K)`); WeChat's accessibility string (`轻点两下取消赞`), `，选择留言身份`, `作者头像`,
  // `喜欢作者`, `修改于2024年05月06日`, `作者提示：`, `个人观点，仅供参考`; an OA page's attachment list (`附件列表：….xls`);
  // bilibili's `一键三连`, `bilibili 专栏`, `本文禁止转载或摘编` and its byline of counters; a reading app's share text
  // (`我在学习强国看到一篇好文章，推荐给你：…`). What these frame (a transcript's words, a comment's text, a quoted post, an
  // export's title, an OA 收文处理单's fields, an AI answer's sources and suggested questions) is residue only by its place:
  // see `classifyLinesOnce` (offered, never applied).
  { kind: 'export', re: /^\d{1,4}\s*个笔记$|^(?:>>\s*)?\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\s*发表想法$|^[-—–]*\s*来自(?:微信读书|掌阅|多看阅读|豆瓣阅读|豆瓣读书|京东读书|网易蜗牛读书|得到)(?:\s*App)?\s*[-—–]*$|^(?:-\s*)?您在(?:第\s*\d{1,4}\s*页|位置\s*#?\d{1,6}(?:-\d{1,6})?)\S{0,8}的(?:标注|笔记|书签)/i, max: 60, any: '笔想来您' },
  { kind: 'software', re: /^(?:说话人|发言人)\s*\d{1,2}[\s\u3000]+(?:\d{1,2}:)?\d{1,2}:\d{2}$|^[^。，！？；]{0,30}[\s\u3000]时长[\s\u3000]*\d{1,2}:\d{2}:\d{2}(?:[\s\u3000]+[^。，！？；\s\u3000]{1,8}(?:[\s\u3000]*\d{1,4})?)?$/, max: 60, any: '说发时' },
  { kind: 'software', re: /^(?:已检查|已检测|检测到|发现|共)\s*\d{1,4}\s*(?:处|个|条)(?:问题|错误|错别字|建议|待优化|待修改)[\s\u3000]+(?:一键修改|一键纠错|全部采纳|全部修改|一键优化|查看详情)$|^字数\s*[:：]\s*\d{1,6}[\s\u3000]+(?:段落|字符|字符数|行数)\s*[:：]\s*\d|预计阅读(?:时间|时长)\s*[:：]?\s*\d{1,3}\s*分钟$|^页面\s*[:：]\s*\d{1,4}\s*[/／]\s*\d{1,4}[\s\u3000]+字数\s*[:：]\s*\d|^\d{2,3}%[\s\u3000]+[-－—][\s\u3000]+[+＋]$|^第\s*\d{1,4}\s*页[，,]?\s*共\s*\d{1,4}\s*页[\s\u3000]+\d{1,6}\s*个字/, max: 80, any: '检测发共字阅页%第' },
  { kind: 'disclaimer', re: /请?点(?:此|击)认领|(?:如果|若)您是本文档(?:的)?原作者|所有资源均(?:是|为)用户自行上传(?:分享)?[，,]\s*仅供(?:网友|用户|大家)?(?:学习|参考)|仅对用户上传内容的表现方式做保护处理|查看预览时可能会?(?:显示)?(?:错乱|异常)|^申明敬告\s*[:：]|本站不保证\S{0,10}(?:文档|资料|资源)|直接下载产生的\S{0,4}问题/, max: 160, any: '领者均护预申保接' },
  { kind: 'metadata', re: /^文档属性\s*[:：]\s*(?:编号|页数|大小|格式|发布时间|上传时间)|^(?=[^|｜]{0,24}[|｜])(?=.{0,60}(?:字数|更新)\s*[:：])(?:字数|更新|编号)\s*[:：]\s*[^\s|｜]{1,20}(?:\s*[|｜]\s*(?:字数|更新|编号|浏览|下载|页数)\s*[:：]\s*[^\s|｜]{1,20}){1,4}$/, max: 80, any: '属|｜' },
  { kind: 'promo', re: /^全文免费阅读(?:[（(]共\s*\d{1,4}\s*页[)）])?$|^免费阅读全文$/, max: 20, any: '免' },
  { kind: 'chat', re: /^(?:本文|全文|文档)?由\s*AI\s*生成(?:的)?(?:摘要|总结|导读)\s*[:：]|^AI\s*(?:摘要|总结|导读)\s*[:：]|^(?:已)?(?:阅读|浏览|检索|搜索到|找到)(?:了)?\s*\d{1,3}\s*(?:个|篇)(?:相关)?(?:网页|来源|搜索结果)$|^(?:以上|本)?(?:内容|回答|答案|结果|文本|摘要)(?:均|皆|全部)?(?:由|为|系)\s*(?:AI|人工智能|大模型|通义千问|通义|文心一言|豆包|Kimi|腾讯元宝|元宝|DeepSeek|ChatGPT|智谱清言|讯飞星火)\s*生成[，,]\s*(?:内容)?(?:仅供参考|请注意核实|请仔细甄别|请注意甄别|请谨慎(?:使用|参考)|请核实)\S{0,6}$|(?:^|[\s\u3000])AI\s*生成[，,]\s*仅供参考$|^需要我(?!们)[^。！？]{0,40}吗[?？]$|^(?:你|您)(?:可能还|可能|还)(?:想|要)(?:问|了解|知道)\s*[:：]?$|^(?:推荐追问|猜你想问|相关追问|继续追问|大家还在问|你还可以问|您还可以问)\s*[:：]?$/, max: 60, any: 'A阅览检搜找生需问解道' },
  { kind: 'share', re: /^(?:分享|复制|复制链接|复制全文|收藏|举报|侵权举报|纠错|下载|导出|导出Word|导出为Word|导出PDF|导出为PDF|打印|关闭|回复|解决|评论|点赞|投币|转发|再试一次|重试|重新生成|重新回答|朗读|权限设置|协作|···|…|⋯|仅(?:你|我|自己)可(?:编辑|查看|阅读|评论)|一键修改|一键改写|一键生成PPT|生成PPT|总结全文|AI\s?(?:智能助手|助手|改写|续写|扩写|润色|写作|总结|校对)|智能纪要|文字记录|一键转换为Word|转换为Word|保存到手机|分享给好友|发送到手机|保存到网盘|流程跟踪|下载正文|查看正文|查看流程|拼写检查|文档校对|一键三连|充电|在看|留言|听过)(?:(?:[\s\u3000]*[|｜·・/][\s\u3000]*|[\s\u3000]+)(?:分享|复制|复制链接|复制全文|收藏|举报|侵权举报|纠错|下载|导出|导出Word|导出为Word|导出PDF|导出为PDF|打印|关闭|回复|解决|评论|点赞|投币|转发|再试一次|重试|重新生成|重新回答|朗读|权限设置|协作|···|…|⋯|仅(?:你|我|自己)可(?:编辑|查看|阅读|评论)|一键修改|一键改写|一键生成PPT|生成PPT|总结全文|AI\s?(?:智能助手|助手|改写|续写|扩写|润色|写作|总结|校对)|智能纪要|文字记录|一键转换为Word|转换为Word|保存到手机|分享给好友|发送到手机|保存到网盘|流程跟踪|下载正文|查看正文|查看流程|拼写检查|文档校对|一键三连|充电|在看|留言|听过)){1,9}$/, max: 80, any: '享制藏报错载导印闭复决评赞币转试新读限协·…⋯仅键P结A纪记存送流正检校充看言听' },
  { kind: 'breadcrumb', re: /^(?=.{0,60}(?:知识库|云文档|我的文档|我的空间|团队空间|共享空间|个人空间|共享文件夹|我的云盘|文档库))[^\s/／:：，。]{1,20}(?:[\s\u3000]*[/／][\s\u3000]*[^\s/／:：，。]{1,20}){1,5}$/, max: 80, any: '/／' },
  { kind: 'comment', re: /^@[^\s@]{1,12}[\s\u3000]+\S.{0,60}$/, max: 80, notSentence: true, any: '@' },
  { kind: 'share', re: /(?:若|如果|如)(?:有|觉得有)(?:收获|帮助|用)[，,]?\s*(?:就|请|欢迎)?(?:点个|点一下|点)(?:赞|在看)/, max: 30, any: '赞看' },
  { kind: 'software', re: /\.(?:docx?|wps|xlsx?|pptx?|et|dps)[\s\u3000]*[—–-]+[\s\u3000]*(?:文档)?(?:已保存|已自动保存|保存中|正在保存|未保存)|^(?:腾讯文档|金山文档|石墨文档|飞书文档|钉钉文档|WPS云文档|语雀)[\s\u3000·・]+(?:已保存|已同步|保存中…*|正在保存…*)$|^[\u4e00-\u9fffA-Za-z]{1,12}[\s\u3000]+\d{4}-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]+(?:删除|插入|已删除|已插入|删除了|插入了|格式已更改|设置格式|带格式的|批注)\s*[:：]|^(?:格式已更改|已更改格式|格式更改)\s*[:：]\s*(?:字体|缩进|段落|行距|居中|两端对齐|字号|加粗|倾斜|下划线)|^[\u4e00-\u9fffA-Za-z]{0,12}[\s\u3000]*批注\s*[\[［]\s*[A-Za-z]{0,6}\d{1,3}\s*[\]］]\s*[:：]/, max: 200, any: '保同删插格设带批' },
  { kind: 'post', re: /^Powered by\s+(?:Discuz|phpwind|DedeCMS|WordPress|vBulletin|dvbbs|PHPCMS|Z-Blog|Typecho|PbootCMS|EmpireCMS)\b.{0,20}$|^Powered by\s+\S{2,20}\s+[Xv]?\d+(?:\.\d+)+$|^\S{1,16}(?:论坛|BBS|贴吧)\s*[(（]https?:\/\/[^\s)）]+[)）]$|^\S{1,16}\s*[(（]https?:\/\/(?:bbs|club|forum)\.[^\s)）]+[)）]$|^-{2,6}\s*\S.{0,60}?\s*[(（]https?:\/\/[^\s)）]*(?:forum|thread|bbs|archiver|tid=)[^\s)）]*[)）]$|^原帖由(?!\s*网民\s*[“"「])\s*\S.{0,20}?\s*于\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}\s*)?发表$|^引用\s*第?\s*\d{1,4}\s*楼\S{0,20}于\S.{0,30}发表的|^以下是引用\S{1,20}在\S.{0,30}的发言|^Originally Posted by\s+\S|^查看完整版本\s*[:：]|^[\[［【](?:打印本页|打印本帖|关闭窗口|返回顶部|收藏本帖|返回列表)[\]］】]$|^(?:标题|主题)\s*[:：]\s*(?:[【\[［](?:求助|急求|分享|讨论)[】\]］]|(?:求助|急求)\s*[:：])/i, max: 120, any: 'Pp论Bb贴(（-原引以Oo查[［【标主' },
  { kind: 'software', re: /^Sent\s*:\s*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+\S.{0,40}$|^Subject\s*:\s*(?:RE|Re|FW|Fw|Fwd|FWD|答复|回复|转发)\s*[:：]|^This (?:e-?mail|message)\b.{0,200}?(?:confidential|privileged|intended (?:solely|only))|^(?:此|本)(?:邮件|电子邮件)(?:及其附件)?(?:含有|包含|可能含有|可能包含)\S{0,20}(?:保密|机密|秘密)信息|仅限于发送给上面地址中列出的个人或群组|^[-—–]+\s*来自\s*\S{1,10}(?:邮箱|邮件|Mail)\S{0,4}\s*[-—–]*$|^On\s.{5,80}\swrote:$|于\s*\d{4}年\d{1,2}月\d{1,2}日\S{0,12}\s*\d{1,2}:\d{2}\s*写道\s*[:：]$|^(?:CONFIDENTIALITY NOTICE|DISCLAIMER)\s*:|如果?您(?:并)?不是(?:本邮件的)?(?:指定|预期)?收件人|^(?:普通附件|超大附件)\s*(?:[(（]\s*\d{1,2}\s*[)）])?$|^[\u4e00-\u9fff]{2,4}\s*[|｜]\s*\S{2,30}\s*[|｜]\s*(?:电话|手机|Tel|T|M)\s*[:：]?\s*[\d-]{7,}$|^(?!附件|[（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])\S.{0,80}\.(?:docx?|xlsx?|pdf|pptx?|wps|zip|rar|ofd)\s*[(（]\s*\d+(?:\.\d+)?\s*[KMG]B?\s*[)）]$/, max: 300, any: 'ST此本仅来|｜(（O道CD收附' },
  { kind: 'share', re: /轻点两下取消(?:赞|在看)|^[，,]?\s*选择留言身份$|^(?:作者头像|公众号头像|喜欢作者|赞赏作者)$|^(?:bilibili|哔哩哔哩|B站)\s*专栏$/i, max: 60, any: '轻留头喜赏Bb哔' },
  // (Read before the sentence test: bilibili's prompt ends like one, `一键三连支持一下UP主吧！`.)
  { kind: 'post', re: /一键三连|(?:支持|关注)一下\s*UP\s*主/i, max: 40, any: '键Uu' },
  // A sharing or writing site's name with its slogan (`某某 · 专注体制内写作`, `某某 · 专业AI写作助手`, `某某 —— 分享你的文档`); a
  // title's subtitle after `——` is no slogan of a tool.
  { kind: 'banner', re: /^[^\s，。、：:]{2,10}\s*(?:·|・|\||｜|-|—)\s*(?:专注|专业)\S{0,10}(?:写作|助手)$|^[^\s，。、：:]{2,10}\s*(?:——|—|·|-)\s*分享(?:你|您)的(?:文档|资料|知识)$/, max: 30, notSentence: true, any: '作手享' },
  { kind: 'byline', re: /^修改于\s*\d{4}年\d{1,2}月\d{1,2}日$|^(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)\s*\d{1,2}:\d{2}(?:[\s\u3000]+(?:阅读|浏览|点赞|评论|收藏|转发|投币|播放)\s*\d[\d.]*\s*[万wWkK]?){1,4}$|^[^\s\u3000，。：:]{2,16}[\s\u3000]+[+＋]?\s*关注$/, max: 60, any: '修阅览赞评藏转币播关' },
  { kind: 'disclaimer', re: /^(?:作者提示\s*[:：]\s*)?个人观点[，,]\s*仅供参考$|^作者提示\s*[:：]/, max: 40, any: '观提' },
  { kind: 'copyright', re: /^本文(?:禁止|谢绝|未经(?:作者)?授权禁止)转载(?:或摘编|、摘编)?$/, max: 20, any: '本' },
  { kind: 'related', re: /^附件列表\s*[:：]\s*\S.{0,80}\.(?:docx?|xlsx?|pdf|wps|ofd|et|zip|rar)$/i, max: 100, any: '列' },
  { kind: 'share', re: /^我(?:在|正在)\S{2,12}(?:看到|发现|读到|阅读)(?:了)?(?:一篇|这篇)\S{0,6}(?:文章|内容)[，,]\s*(?:推荐|分享)给(?:你|您)/, max: 300, any: '我' },
  // Tool and app chrome pasted with a sample text (a thirteenth tester's pages, 2026-12-02): a phone's status bar
  // (`9:41 5G 87%`: a time, a network, a battery), a clipboard manager's entries (`10:42　来自 微信`, `Win + V 打开剪贴板`), a
  // chat window's header, input bar, sticker codes and new-message divider (`<　某某群(386)　…`, `按住 说话`, `[强]`,
  // `以下为新消息`, a group notice's `已确认 108　未确认 18`); a blog's or 知乎 column's counters and buttons (`随笔 - 86  文章 - 0`,
  // `刷新评论`, `首发于某某`, `暂无留言`, `已无更多数据`, 公众号's `Original 某某`); note apps' export properties (Notion's
  // `Created: 2026年…`, `Status: 进行中`; Obsidian's front matter `aliases: [...]`, `created: 2026-06-20`, callouts
  // `> [!note]`, a line that is only a `[[link]]`; 印象笔记's `剪藏时间：`, `在印象笔记中打开`); an encyclopedia entry's
  // chrome (`本词条由…审核`, `词条统计`, `编辑次数：58次历史版本`, `[引用日期2026-05-12]`, `播报`, `上传视频`); OCR and voice-input
  // tools (`[语音识别结束]`, `长按说话，松开结束`, `识别准确率 97%`, `置信度 92%`, `录音文件已保存至：`, a camera file name
  // `IMG_20261126_101532.jpg`, a line of only `:`, `` `. `` or `丨`, which no text and no Markdown fence is); translation tools (`以上结果来自机器翻译`, `复制译文`,
  // `译文质量反馈`, `中文 ⇄ 英语`, `显示原文和译文`, `翻译服务：智谱…`, a translator's name alone); a slide export's labels
  // (`幻灯片 3`, `第 5 张，共 5 张`, `备注页`). A document never writes these on a line of their own: it names a tool in a
  // sentence, labels its own fields in Chinese, and its English lines (a bilingual text) are whole English sentences,
  // not an English property name over a Chinese value. Lines that are furniture only by their place (a sender's name, a
  // tag, `编辑` alone, `原文`/`译文`, `备注：`, the English translation itself) are not read here.
  { kind: 'im', re: /^\d{1,2}:\d{2}[\s\u3000\u2060]+(?:5G|4G|3G|LTE|WiFi|Wi-Fi|HD)(?:[\s\u3000\u2060]+(?:5G|4G|HD|LTE))?[\s\u3000\u2060]+\d{1,3}%$|^\d{1,2}:\d{2}[\s\u3000]+来自[\s\u3000]+(?:微信|企业微信|QQ|TIM|钉钉|飞书|WPS(?:\s*Office)?|Microsoft\s+\S{2,12}|Google\s+Chrome|Chrome|Edge|Safari|Firefox|浏览器|记事本|Word|Excel)$|^\d{1,2}:\d{2}[\s\u3000]+(?:图片|截图|链接|文件)$|^剪贴板历史(?:记录)?$|^Win\s*\+\s*V\s*打开剪贴板$|^固定[\s\u3000]+删除$|^[<＜‹][\s\u3000]*[^\s<＜]{1,20}[(（]\d{1,4}[)）][\s\u3000]*(?:…|⋯|···|\.{3})?$|^(?:按住|长按|点击|轻触)[\s\u3000]*说话(?:[，,][\s\u3000]*松开(?:结束|发送))?(?:[\s\u3000]+[^\s\u3000\u3400-\u9fff]{1,2}){0,4}$|^(?:\[(?:强|弱|握手|胜利|抱拳|OK|微笑|呲牙|玫瑰|鼓掌|偷笑|捂脸|奸笑|机智|加油|合十|庆祝|爱心|心碎|耶|让我看看|旺柴|社会社会)\]){1,6}$|^[-—\s]*以下(?:为|是)新消息[-—\s]*$|^已确认\s*\d{1,5}[\s\u3000]+未确认\s*\d{1,5}$|^群公告[\s\u3000]*[·・][\s\u3000]*\S{1,30}群[(（]\d{1,5}[)）]$/, max: 40, any: ':剪W固<＜‹说[以已群', notSentence: true, corroborate: true },
  { kind: 'byline', re: /^随笔\s*-\s*\d+\s+文章\s*-\s*\d+|^刷新评论(?:刷新页面)?(?:返回顶部)?$|^首发于[\s\u3000]*[^\s《》“”"，。,.：:]{2,20}$|^(?:暂无留言|暂无评论|已无更多数据|没有更多数据了?)$|^Original[\s\u3000]+[\u4e00-\u9fff][^\s，。]{1,19}$|^园龄\s*[:：]\s*\d{1,2}年|^新随笔$/, max: 40, any: '随刷首暂已没O园新', notSentence: true, corroborate: true },
  { kind: 'export', re: /^(?:Created|Last Edited|Last edited time|Created time|Date Created)\s*:\s*\d{4}(?:年|[-/])|^(?:Status|Owner|Assignee|Tags|Category|Created by|Last edited by)\s*:\s*[\u4e00-\u9fff]|^(?:aliases|cssclass(?:es)?)\s*:\s*\[|^(?:created|modified)\s*:\s*\d{4}-\d{1,2}-\d{1,2}|^>?\s*\[!(?:note|tip|info|warning|abstract|summary|quote|example|important|caution|todo|question|success|failure|danger|bug)\][-+]?(?:\s|$)|^\[\[[^\[\]]{1,40}\]\]$|^>\s*\S.{0,50}\[\[[^\[\]]{1,40}\]\]|^印象笔记\s*[·・]\s*剪藏$|^剪藏(?:时间|日期)\s*[:：]|^在(?:印象笔记|Evernote|有道云笔记|Notion|Obsidian)(?:中|里)打开$|^用印象笔记剪藏/i, max: 80, any: 'CcLlDdSsOoAaTtMm>[印剪在用', notSentence: true, corroborate: true },
  { kind: 'metadata', re: /^本词条由\S.{0,40}(?:审核|编写|提供)|^词条统计$|^编辑次数\s*[:：]\s*\d+\s*次|^最近更新\s*[:：]\s*\S{1,20}\s*[（(]\d{4}-\d{1,2}-\d{1,2}[)）]$|\[引用日期\d{4}-\d{1,2}-\d{1,2}\]$|^(?:播报|上传视频)$|^编辑[\s\u3000]+播报$/, max: 120, any: '本词编最[播上', corroborate: true },
  { kind: 'software', re: /^[\[［【]语音(?:识别|输入|转写)(?:结束|完成|中)[\]］】]$|^录音文件已保存(?:至|到)|(?:语音转写|录音|转写)[\s\u3000]+时长\s*\d{1,2}:\d{2}(?::\d{2})?$|^识别(?:准确率|置信度)\s*[:：]?\s*\d{1,3}(?:\.\d{1,2})?%$|^识别完成[，,]\s*共识别\s*\d+\s*(?:行|字)|^点击编辑(?:[\s\u3000]*[|｜][\s\u3000]*(?:导出|分享|复制))+$|^复制全文[\s\u3000]+导出(?:Word|PDF|TXT)(?:[\s\u3000]+校对模式)?$|^(?:讯飞语记|讯飞听见|录音转文字助手|图片转文字)$|^IMG_\d{8}_\d{6}\.(?:jpe?g|png|heic)$|^(?::|`\.|丨)$/i, max: 80, any: '[［【录语音转识点复讯图Ii:`丨', notSentence: true, corroborate: true },
  { kind: 'software', re: /^(?:以上)?(?:结果|内容|译文)(?:来自|由)机器翻译|^(?:复制译文|译文质量反馈|仅显示译文|显示译文)$|^显示原文和译文|^文本翻译[\s\u3000]+文档翻译|^(?:中文|英语|英文|自动检测(?:语言)?|简体中文)\s*[⇄⇌↔⟷]\s*(?:中文|英语|英文|简体中文|日语)$|^翻译(?:服务|引擎|模型)\s*[:：]\s*(?:智谱|DeepL|Google|谷歌|百度|有道|微软|Microsoft|腾讯|OpenAI|GPT|ChatGPT|DeepSeek|通义|Kimi|彩云)|^(?:有道翻译|百度翻译|谷歌翻译|DeepL翻译|沉浸式翻译|腾讯翻译君|彩云小译|搜狗翻译)$/, max: 60, any: '以结内译复仅显文中英自简翻有百谷D沉腾彩搜', notSentence: true, corroborate: true },
  { kind: 'template', re: /^幻灯片\s*\d{1,3}$|^第\s*\d{1,3}\s*张\s*[,，/／]?\s*共\s*\d{1,3}\s*张$|^备注页$/, max: 20, any: '幻张备', notSentence: true, corroborate: true },
  // Tools and readers of a sixteenth tester's pages (2026-12-02), each in other tools' wording too. Sure where no document
  // writes the line; `corroborate` where a document might (a bare button word, a field, a heading): such calls stand only on a
  // page with furniture of another kind. What these frame (an AI answer's list of sources, a question bank's 【解析】, an
  // e-book's 版权信息 fields and `ISBN：`, a player's chapter marks, a form's bare field names) is read by its place in
  // `callToolsAndReadersByPlace`, offered only.
  // AI assistants: the answer being written (`正在为你生成答案…`), the input box (`问我任何问题...`, `在这里输入提示`, `给 Copilot
  // 发送消息`), the panel's use count (`本次使用消耗 1 次 AI 权益，剩余 19 次`), any model's generated-content note (`内容由讯飞星火
  // 大模型生成，请仔细甄别`), the rating question (`纪要对你有帮助吗？`), the more-sources mark (`+2 更多`), the opening with its
  // citation marks (`当然！下面是一份讲话稿提纲，供你参考¹²：`), the restyle bar (`调整：更正式　更简洁　更详细`), the note on the
  // draft addressed to the user (`以上发言稿可根据您的任职经历……补充具体内容。`).
  { kind: 'chat', re: /^正在(?:为(?:你|您))?(?:生成|思考|搜索|查找|检索|整理|分析|阅读)(?:答案|回答|回复|内容|网页|相关网页|资料|结果)?中?\s*(?:…{1,2}|\.{3,6}|⋯)$|^(?:问我任何问题|有(?:什么)?问题[，,]?\s*尽管问我?|在(?:这里|此处?)输入(?:提示词?|问题|你的问题|您的问题|消息|指令)|给\s*(?:Copilot|ChatGPT|Gemini|Claude|Kimi|DeepSeek|豆包|元宝|文心一言|通义千问|通义|智谱清言|讯飞星火)\s*发送消息|向\s*(?:AI|Copilot|ChatGPT|Gemini|Claude|Kimi|DeepSeek|豆包|元宝|文心一言|通义千问|通义|智谱清言|讯飞星火)\s*提问)\s*(?:…{1,2}|\.{2,6}|⋯)?$|^(?:本次)?(?:使用)?消耗\s*\d{1,4}\s*(?:次|个|点)\s*(?:AI)?\s*(?:权益|次数|额度|积分|算力|点数)|^(?:以上|本)?(?:内容|回答|答案|结果|文本|文章)(?:均|皆|全部)?(?:由|为|系)\s*[^\s，,。]{0,14}?(?:大模型|AI|人工智能|模型|智能助手)\s*(?:生成|创作|撰写)[，,]\s*(?:内容)?(?:仅供参考|请注意(?:核实|甄别)|请仔细(?:甄别|核查|核实)|请谨慎(?:使用|参考)|请核实|不代表\S{0,6}立场|请以官方(?:信息|发布)为准)|^(?:纪要|总结|摘要|回答|这个回答|本次回答|内容|以上内容|结果|本次纪要|本次总结|这条回答)对(?:你|您)有(?:帮助|用)吗[?？]|^[+＋]\s*\d{1,2}\s*更多$|^(?:当然|好的|没问题|可以)[！!，,。]\s*(?:以下|下面|这)是.{2,40}?[，,]\s*供(?:你|您)参考[¹²³⁴⁵⁶⁷⁸⁹⁰]*[:：]$|^调整\s*[:：]\s*更\S{1,3}(?:[\s\u3000]+更\S{1,3}){1,4}$|^以上(?:发言稿|讲话稿|致辞|主持词|演讲稿|稿件|文稿|范文|初稿)可(?:以)?(?:根据|结合)(?:您|你)的/, max: 80, any: '正问有在给向消本使内回答结文纪总摘这+＋当好没可调以' },
  // Lines of an assistant's panel a document might hold as words (a guideline quoting a model's warning, a training page
  // listing an app's buttons): a model's warning that it errs (`Gemini 可能会显示不准确的信息……请仔细核查其回答。`), the reply
  // buttons (`保留　弃用　重写`, `插入　替换　重试`), one button alone (`修改回答`, `显示草稿`, `停止生成`), a writing panel's tools
  // (`起草　|　续写　|　扩写　|　润色　|　改写`), the user's instruction
  // (`指令：写一篇……`), the sources header (`了解详细信息:`, `来源 15`), a search panel's modes and tabs (`简洁　深入　研究`,
  // `大纲　脑图　相关事件`, a recorder's `AI小助手　章节　发言人　待办`).
  { kind: 'chat', re: /^(?=.*(?:弃用|重写|替换原文|插入到文档|插入文档|采纳|重试))(?:保留|弃用|重写|替换|替换原文|插入|插入到文档|插入文档|采纳|完成|取消|重试|重新生成|继续写|复制|调整)(?:[\s\u3000|｜]+(?:保留|弃用|重写|替换|替换原文|插入|插入到文档|插入文档|采纳|完成|取消|重试|重新生成|继续写|复制|调整)){2,5}$|^(?:修改回答|显示草稿|隐藏草稿|停止生成|继续生成|编辑回答|重新回答)$|^(?=.*(?:续写|扩写|缩写|润色))(?:起草|续写|扩写|缩写|润色|改写|总结|翻译|排版)(?:[\s\u3000|｜]+(?:起草|续写|扩写|缩写|润色|改写|总结|翻译|排版)){3,7}$|^(?:指令|提示词|Prompt)\s*[:：]\s*(?:请)?(?:帮我)?(?:写|起草|拟|撰写|生成)(?:一份|一篇|一个|个|份|篇)|^(?:了解详细信息|详细了解)\s*[:：]$|^(?:来源|参考来源|引用来源|参考网页|搜索来源)\s*[（(]?\d{1,3}[)）]?$|^(?=.*(?:脑图|相关事件|AI小助手|待办|发言人|深入|思维导图))(?:简洁|深入|研究|快速|专业|大纲|脑图|思维导图|相关事件|相关人物|相关组织|时间线|AI小助手|章节|发言人|待办|摘要|要点)(?:[\s\u3000|｜]+(?:简洁|深入|研究|快速|专业|大纲|脑图|思维导图|相关事件|相关人物|相关组织|时间线|AI小助手|章节|发言人|待办|摘要|要点)){2,6}$/, max: 100, any: '弃重替插采修显隐停继编续扩缩润指提P了详来参引搜脑相A待发深思', notSentence: true, corroborate: true },
  // A model's warning that it errs, ending as a sentence (`Gemini 可能会显示不准确的信息（……），因此请仔细核查其回答。`, Copilot's
  // `AI 生成的内容可能不正确。`): only beside
  // other furniture (a guideline on the use of AI may open a paragraph so).
  { kind: 'chat', re: /^(?:Gemini|Copilot|ChatGPT|Claude|Kimi|DeepSeek|豆包|元宝|文心一言|通义千问|通义|智谱清言|讯飞星火)\s*(?:也)?可能会?(?:显示|生成|给出|出现|提供|犯错|出错)|^AI\s*生成的内容可能(?:不正确|有误|不准确|存在错误)/, max: 100, any: 'GCKD豆元文通智讯A', corroborate: true },
  // Question banks and how-tos: a bank's use count and toolbar (`全站正确率：-　|　易错项：…`, `收藏本题　|　纠错　|　笔记`, `上一题　下一题`,
  // `我的答案　未作答`, `第4题　|　应用文写作　|　25分`, `题库 > 申论 > …`, `讨论区（326）`, `留言（48）`); 百度经验's sections and
  // counters (`工具/原料`, `方法/步骤`, `分步阅读`, `听语音`, `有得(0)`, `我有疑问(0)`, `投票(32)　已投票(32)`) and its notes (`经验内容仅供参考，
  // 如果您需解决具体问题……`, `作者声明：本篇经验系本人依照真实经历原创……`). A bank's 【参考答案】 and 【解析】 are read by their place.
  { kind: 'post', re: /^经验内容仅供参考|本篇经验系本人|^全站正确率\s*[:：]|^(?:易错项|平均正确率)\s*[:：].{0,16}[|｜]/, max: 120, any: '经本全易平' },
  { kind: 'post', re: /^(?=.*(?:本题|纠错|解析|笔记))(?:收藏本题|收藏|纠错|笔记|做笔记|查看解析|隐藏解析|答题卡|分享|报错|讨论)(?:[\s\u3000|｜]+(?:收藏本题|收藏|纠错|笔记|做笔记|查看解析|隐藏解析|答题卡|分享|报错|讨论)){2,5}$|^(?:上一题|下一题)(?:[\s\u3000|｜]+(?:上一题|下一题|交卷|答题卡|提交答案|返回题库))*$|^我的答案[\s\u3000:：]*(?:未作答|未答|暂未作答|暂无)?$|^第\s*\d{1,3}\s*题[\s\u3000]*[|｜].{1,20}[|｜][\s\u3000]*\d{1,3}(?:\.\d)?\s*分$|^题库\s*[>＞]|^(?:讨论区|评论区|留言区|讨论|留言|笔记|问答)\s*[（(]\d{1,6}[)）]$|^(?:工具\/原料|方法\/步骤|分步阅读|听语音)$|^(?:有得|我有疑问|投票|已投票)\s*[（(]\d{1,6}[)）](?:[\s\u3000]+(?:有得|我有疑问|投票|已投票|收藏|分享)\s*(?:[（(]\d{1,6}[)）])?){0,4}$/, max: 60, any: '题纠析笔我第讨评留问工方分听有投已', notSentence: true, corroborate: true },
  // E-book readers: the licence line (`本书由某某出版社授权微信读书电子版制作与发行`), the reading progress (`阅读进度 38%`), a
  // passage's counters (`想法 23`, `划线 5`). The header fields (`书名：`, `ISBN：`), a reader's buttons and page count and a
  // Kindle file's separators are read by their place.
  { kind: 'export', re: /^本书由\S{1,30}授权\S{0,16}?(?:制作(?:与|和|并|及)?发行|发行)|^阅读进度\s*[:：]?\s*\d{1,3}(?:\.\d{1,2})?%$/, max: 60, any: '本阅', notSentence: true },
  { kind: 'export', re: /^(?:想法|划线|书签)\s*\d{1,5}$|^(?:已读|读完)\s*\d{1,3}(?:\.\d)?%$/, max: 12, any: '想划书已读', notSentence: true, corroborate: true },
  // Audio platforms: the episode's counters (`播放 2.3万　|　时长 09:16`), the player's speed (`1.0X　倍速`), a bar with `订阅`
  // (`订阅　分享　下载`), a recorder's header row (`某某调度会　|　2026/11/25 15:00-15:48　|　时长 48分钟`).
  { kind: 'software', re: /^(?:播放|播放量|收听|收听量|播放次数)\s*[:：]?\s*\d+(?:\.\d+)?\s*[万亿]?\s*次?(?:[\s\u3000]*[|｜·・][\s\u3000]*|[\s\u3000]+)(?:时长|评论|订阅|更新|节目)|^\d(?:\.\d{1,2})?\s*[Xx×][\s\u3000]*倍速$|^倍速[\s\u3000]*[:：]?\s*\d(?:\.\d{1,2})?\s*[Xx×]$/, max: 60, any: '播收倍' },
  { kind: 'software', re: /^(?=.*订阅)(?:订阅|已订阅|分享|下载|收藏|评论|点赞|播放列表)(?:[\s\u3000|｜]+(?:订阅|已订阅|分享|下载|收藏|评论|点赞|播放列表)){2,5}$|^.{2,40}?[\s\u3000]*[|｜][\s\u3000]*\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+\d{1,2}:\d{2}(?:\s*[-–~—]\s*\d{1,2}:\d{2})?[\s\u3000]*[|｜][\s\u3000]*时长\s*[:：]?\s*\d{1,3}\s*(?:分钟|小时|min)|^已?播放\s*\d+(?:\.\d+)?\s*[万亿]?\s*次$/, max: 90, any: '订时播', notSentence: true, corroborate: true },
  // A course's or an album's navigation (`上一讲　下一讲`, `上一集　下一集`), an editor's empty template text (`在此处输入正文内容，可以直接
  // 替换文字`), an H5 invitation's map prompt (`长按识别二维码　一键导航`).
  { kind: 'pager', re: /^上一(讲|集|节|课|期)[\s\u3000|｜]+下一\1$/, max: 16, any: '上' },
  { kind: 'template', re: /^(?:在此处?|请在此处?)输入(?:正文|标题|文字)(?:内容)?[，,]\s*可以?直接替换(?:文字|内容)?$/, max: 30, any: '在请' },
  { kind: 'share', re: /^长按识别(?:图中)?二维码[\s\u3000]+(?:一键导航|查看地图|导航到这里|一键报名)$/, max: 20, any: '长' },
  // A mind map's bar (`思维导图　|　分享　|　导出`): a document names the view in a sentence.
  { kind: 'software', re: /^(?=.*(?:思维导图|大纲视图|脑图))(?:思维导图|大纲视图|大纲|脑图|分享|导出|协作|演示|全屏)(?:[\s\u3000|｜]+(?:思维导图|大纲视图|大纲|脑图|分享|导出|协作|演示|全屏)){1,5}$/, max: 40, any: '思视脑', notSentence: true, corroborate: true },
  // Office and editor chrome: Word's tracked-change balloons (`删除的内容: 38`, `答复 [WL3]: 同意，已改`); Word Online's status bar
  // (`文本预测：开`, `辅助功能：调查`, `给 Microsoft 提供反馈`); Notion's empty-block prompts (`Type '/' for commands`, `Add a property`);
  // a mind-map's `+ 添加子主题` and its sign-up line (`登录幕布，创建你的第一个文档`); an editor's English section header
  // (`PREVIOUS RECOMMENDATIONS`).
  { kind: 'software', re: /^(?:删除的内容|插入的内容|移动的内容|已删除的内容|已移动的内容)\s*[:：]|^(?:答复|回复)\s*\[[A-Za-z]{1,6}\d{1,3}\]\s*[:：]|^(?:文本预测|辅助功能|拼写检查|语法检查)\s*[:：]\s*(?:开|关|调查|一切就绪|良好|不可用|已启用|已关闭)$|^(?:给|向)\s*(?:Microsoft|微软|WPS|金山办公)\s*(?:提供|发送)反馈$|^Type\s+['‘’"]\/['‘’"]\s+for commands|^Press\s+['‘’"]?\/['‘’"]?\s+for commands|^Add a (?:property|comment|page|block|cover|icon)$|^添加(?:子主题|同级主题|子节点|同级节点)$|^(?:登录|注册|下载)\S{1,8}[，,]\s*(?:免费)?(?:创建|开始|写下)(?:你|您)的第一(?:个|篇|份|张)|^(?:PREVIOUS|RECOMMENDED|RELATED|MORE|HOT|LATEST)\s+(?:RECOMMENDATIONS?|ARTICLES?|READING|POSTS?|NEWS|STORIES)$/, max: 200, any: '删插移已答回文辅拼语给向TPA添登注下RMHL' },
  // Status and panel lines a document might hold as words: Word's word count and language (`512 个字`, `中文(中国)`), its
  // ribbon (`文件　开始　插入　布局　引用　审阅　视图　帮助`), its sharing bar (`编辑 ▾　　共享　　注释`), Notion's properties
  // separated by a tab (`Created by⇥王晓燕`, `Status⇥Done`), a toggle (`会前材料（点击展开）`), an editor's column tag of a
  // word in capitals over its Chinese (`JIANGHUA　讲话精选`).
  { kind: 'software', re: /^\d{1,6}\s*个字$|^(?:中文|英语|英文|English)\s*[（(](?:中国|简体|繁体|美国|英国|United States|China|PRC)[)）]$|^(?:文件|开始|插入|布局|设计|引用|邮件|审阅|视图|帮助|页面布局|绘图|章节|工具|会员专享)(?:[\s\u3000]+(?:文件|开始|插入|布局|设计|引用|邮件|审阅|视图|帮助|页面布局|绘图|章节|工具|会员专享)){4,12}$|^编辑[\s\u3000]*[▾▼]?[\s\u3000]+共享(?:[\s\u3000]+(?:注释|批注|评论))?$|^(?:Created by|Created time|Created|Last edited time|Last edited by|Tags|Status|Owner|Assignee|Date|Property)\t+\S|[（(]点击(?:展开|收起|折叠)[)）]$/, max: 80, any: '字中英E文开插布设引邮审视帮页绘章工会编CLTSOADP点', notSentence: true, corroborate: true },
  { kind: 'post', re: /^[A-Z]{4,16}[\s\u3000]+[\u4e00-\u9fff]{2,8}$/, max: 30, any: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', notSentence: true, corroborate: true },
  // Digital newspapers: the page's edition line (`2026年11月27日　星期五　第03版：要闻`, `第03版　要闻`), the jump lines (`（下转第四版）`,
  // `（上接第1版）`), the page's credits (`本版责编：李娟　美编：张涛　校对：王芳`), the page navigation (`上一版　下一版　|　版面导航　|
  // 往期回顾`, `本版标题导航`) and the view controls (`放大　缩小　默认`). A 简报 cites an article `（见《某某日报》第3版）` in a sentence;
  // a 内刊 signs its own page `本版编辑：`, so the credits stand only beside other furniture.
  { kind: 'pager', re: /^[（(](?:下转|上接|转|接|转至|续)第?\s*[一二三四五六七八九十\d]{1,3}\s*版[)）]$|^(?=.*(?:上一版|下一版|版面导航|往期回顾|本版标题导航|版面概览))(?:上一版|下一版|版面导航|往期回顾|本版标题导航|版面概览|PDF版|返回目录|上一期|下一期)(?:[\s\u3000|｜]+(?:上一版|下一版|版面导航|往期回顾|本版标题导航|版面概览|PDF版|返回目录|上一期|下一期)){1,6}$|^(?:本版标题导航|版面导航|版面概览)$/, max: 80, any: '下上转接续版往' },
  { kind: 'editor', re: /^本版(?:责编|责任编辑|编辑|主编)\s*[:：]|^(?:责编|责任编辑)\s*[:：]\s*\S{2,4}[\s\u3000]+美编\s*[:：]/, max: 60, any: '本责', corroborate: true },
  { kind: 'banner', re: /^(?:\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期[一二三四五六日天])?[\s\u3000]*)?第\s*[A-Z]?[0０]\d\s*版\s*[:：]?[\s\u3000]*[\u4e00-\u9fff]{2,8}$|^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期[一二三四五六日天])?[\s\u3000]*第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?[\s\u3000]*[\u4e00-\u9fff]{2,8}$|^(?:放大|缩小|默认|还原)(?:[\s\u3000|｜]+(?:放大|缩小|默认|还原|全屏)){2,4}$/, max: 40, any: '第日放缩默还', notSentence: true, corroborate: true },
  // Forms and 意见征集 pages: the form's fields with 验证码 (`姓名：　　　联系电话：　　　验证码：`), its state (`征集状态：进行中`), the H5
  // maker's footer (`易企秀提供技术支持　|　我也要免费制作`); its buttons and cues a document might hold as words (`我要留言`, `点击报名`,
  // `提交　重置`, `留言须知`, `征集结果反馈：征集结束后公布`, `上滑查看更多`). The bare field names under a cue are read by their place.
  { kind: 'comment', re: /^(?=.*验证码)(?:[\u4e00-\u9fff]{2,6}\s*[:：][\s\u3000]*){2,6}$|^征集状态\s*[:：]\s*(?:进行中|已结束|已截止|未开始|征集中)$|^\S{1,12}提供技术支持[\s\u3000]*[|｜][\s\u3000]*我也要(?:免费)?制作$|^我也要免费制作$|^看不清[？?，,]?\s*换一张$/, max: 60, any: '验征我看' },
  { kind: 'comment', re: /^我要(?:留言|评论|提问|咨询|报名|投诉|建言|提建议|纠错|写信)$|^(?:点击|立即|马上)(?:报名|提交|留言|参与)$|^留言须知$|^(?=.*(?:重置|清空|提交))(?:提交|重置|取消|确定|保存|返回|清空)(?:[\s\u3000|｜]+(?:提交|重置|取消|确定|保存|返回|清空)){1,3}$|^(?:征集结果反馈|意见反馈情况|意见采纳情况|采纳情况)\s*[:：]\s*(?:征集结束后公布|暂无|待公布|尚未公布)$|^(?:上滑|向上滑动|下滑|向下滑动)(?:查看更多|翻页|继续阅读|进入)?$/, max: 30, any: '我点立马留提重清征意采上向下', notSentence: true, corroborate: true },
  // The page's own address under labels only a page gives itself (`本页地址：…`, `本页链接：…`, a blog's `永久链接：http…`,
  // `固定链接：http…`); `本文链接：`, `原文链接：` are read above. A document names a site it means (`网址：`, `详见链接：`).
  { kind: 'source', re: /^(?:本页|本頁)(?:地址|链接|鏈接|网址|網址)\s*[:：]|^(?:永久|固定)(?:链接|鏈接|地址)\s*[:：]\s*(?:https?:\/\/|www\.)/i, max: 150, any: '页頁永固' },
];

/** Whether any curated pattern asks for corroboration (`Pattern.corroborate`). */
const CORROBORATED_PATTERNS = RESIDUE_PATTERNS.some((p) => p.corroborate === true);
/** Their indices in `RESIDUE_PATTERNS`, in order. */
const CORROBORATED_AT: readonly number[] = RESIDUE_PATTERNS.flatMap((p, k) => (p.corroborate === true ? [k] : []));

/**
 * Is the first curated pattern that reads `t` (a line's residue text, as `classifyResidue` tries them: in order, within its
 * length, not a sentence where it says so) one that asks for corroboration?
 */
function needsCorroboration(t: string): boolean {
  if (t.length === 0) return false;
  const sentence = isSentenceEnd(t.charCodeAt(t.length - 1));
  const fits = (p: Pattern) => t.length <= p.max && !(p.notSentence === true && sentence);
  // (The few patterns that ask first: most called lines match none of them. Only when one
  // does are the patterns before it asked, as `classifyResidue` would have.)
  for (const k of CORROBORATED_AT) {
    const p = RESIDUE_PATTERNS[k];
    if (!fits(p) || !p.re.test(t)) continue;
    for (let j = 0; j < k; j++) {
      const q = RESIDUE_PATTERNS[j];
      if (q.corroborate !== true && fits(q) && q.re.test(t)) return false;
    }
    return true;
  }
  return false;
}

/**
 * Decoration around site furniture: emoji and other supplementary-plane characters, arrows, stars
 * and pointers (`👉 点击查看`, `▲返回顶部`, `🎁领取福利`). Ignored at either end of a line.
 */
const DECORATION = /^(?:[\s\u3000\u00a0\u200b-\u200d\ufeff\u{10000}-\u{10FFFF}\u2190-\u21ff\u25b2-\u25bf\u25c0-\u25c5\u2600-\u27bf\ufe0f])+|(?:[\s\u3000\u00a0\u200b-\u200d\ufeff\u{10000}-\u{10FFFF}\u2190-\u21ff\u25b2-\u25bf\u25c0-\u25c5\u2600-\u27bf\ufe0f])+$/gu;

/** The line's own text: without indents, decoration, Markdown list markers and emphasis (a whole-line wrapper of any form, `wholeLineEmphasis`), zero-width marks. */
export function residueText(raw: string): string {
  // Fast path (most lines): nothing to trim when neither end can be decoration, markup or space.
  if (raw.length === 0 || (!maybeTrimmed(raw.charCodeAt(0)) && !maybeTrimmed(raw.charCodeAt(raw.length - 1)))) return raw;
  // An indented line of Chinese text (`　　一、…。`): only the indent goes. Both ends are checked to be
  // characters no step below removes (CJK punctuation, ideographs, full-width forms), so the four
  // replacements would strip exactly the indent.
  let k = 0;
  for (let c = raw.charCodeAt(0); c === 0x3000 || c === 0x20 || c === 0x09 || c === 0xa0; c = raw.charCodeAt(++k));
  if (k > 0 && k < raw.length && plainWide(raw.charCodeAt(k)) && plainWide(raw.charCodeAt(raw.length - 1))) return raw.slice(k);
  const item = raw.replace(DECORATION, '').replace(/^(?:[-*+]\s+|[•·●▪◦]\s*|\d+[.)]\s+)?/, '');
  // The item's text wrapped whole in emphasis of any form the checker reads (`*来源：新华网*`, `***责任编辑：王五***`,
  // `_…_`: `wholeLineEmphasis`, as the content start reads an unmarked line); else a leading `**`/`__` and a trailing one.
  const n = wholeLineEmphasis(item, 0, item.length, true);
  const text = n > 0 ? item.trimEnd().slice(n, -n) : item.replace(/^(?:\*\*|__)/, '').replace(/(?:\*\*|__)$/, '');
  return text.replace(DECORATION, '');
}

/** CJK punctuation (after U+3000), an ideograph or a full-width form: nothing residueText trims. */
function plainWide(c: number): boolean {
  return (c > 0x3000 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xffef);
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
    c === 0x2022 ||
    c === 0xb7 ||
    c === 0x25cf ||
    c === 0x25aa ||
    c === 0x25e6 ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x25b2 && c <= 0x25c5) ||
    (c >= 0x2600 && c <= 0x27bf)
  );
}

/** The kind of residue a line is by the curated patterns, or undefined. `t` is `residueText(raw)`. */
export function classifyResidue(t: string): ResidueKind | undefined {
  // (Lengths, not comparisons with '': those are compiled for the kinds of string seen so far, and a line
  // of another kind — a slice, a flat copy — would throw the compiled code away.)
  if (t.length === 0) return undefined;
  const list = applicable(t.length, isSentenceEnd(t.charCodeAt(t.length - 1)));
  if (list.length === 0) return undefined;
  // Which patterns' `any` characters the line holds (a bit per pattern, in four words): one pass over the text
  // instead of a scan of it by every regex (most lines hold none of most patterns' characters).
  let h0 = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  const bits = TRIGGER_BITS;
  for (let i = 0; i < t.length; i++) {
    const x = TRIGGER_INDEX[t.charCodeAt(i)];
    if (x !== 0) {
      h0 |= bits[4 * x];
      h1 |= bits[4 * x + 1];
      h2 |= bits[4 * x + 2];
      h3 |= bits[4 * x + 3];
    }
  }
  return testPatterns(t, list, h0, h1, h2, h3);
}

/**
 * `classifyResidue(t)` given trigger words `h0`…`h3` (see `TRIGGER_INDEX`) of a text that holds `t` (the whole
 * line `t` was trimmed from: its words hold at least `t`'s bits, so a pattern is tested at least when
 * `classifyResidue` tests it, and a pattern tested beyond those cannot match, lacking all its `any` characters).
 */
function classifyResidueWith(t: string, h0: number, h1: number, h2: number, h3: number): ResidueKind | undefined {
  if (t.length === 0) return undefined;
  const list = applicable(t.length, isSentenceEnd(t.charCodeAt(t.length - 1)));
  if (list.length === 0) return undefined;
  return testPatterns(t, list, h0, h1, h2, h3);
}

/** The kind of the first pattern of `list` whose trigger bit is in `h0`…`h3` (or that has none) and that matches `t`. */
function testPatterns(t: string, list: readonly Compiled[], h0: number, h1: number, h2: number, h3: number): ResidueKind | undefined {
  for (let k = 0; k < list.length; k++) {
    const p = list[k];
    if (p.bit !== 0 && ((p.word === 0 ? h0 : p.word === 1 ? h1 : p.word === 2 ? h2 : h3) & p.bit) === 0) continue;
    if (p.re.test(t)) return readsAsDocumentText(t, p.kind) || isMention(t, p.re, p.kind) ? undefined : p.kind;
  }
  return undefined;
}

/**
 * A document's title in the standard shape (`关于查处“付费下载”侵权盗版行为的通报`): never residue by the words in it — a
 * site's copy of a title carries its tag or its name (`…的通知（精选3篇）`, `…的通知 - 某某网`), which this shape excludes.
 */
const DOCUMENT_TITLE_LINE = /^关于[^。！？!?]{2,80}的[\u4e00-\u9fff]{0,4}(?:通知|通报|决定|决议|意见|报告|请示|批复|函|复函|纪要|公告|通告|命令|议案|方案|办法|规定|细则|实施细则|规划|计划|总结|提示|消费提示|提醒|警示|倡议书)$|^[^，。；：:！？!?\s]{4,40}(?:管理办法|实施办法|暂行办法|办法|规定|实施细则|细则|条例|章程|管理制度)$/;

/**
 * A phrase in quotation marks long enough to be a mention, not a button's label (`“VIP会员自动续费”`, `“扫码关注、点赞转发”`:
 * five characters or more; `点击“阅读原文”` quotes the label a site's prompt points to).
 */
const QUOTED_MENTION = /“[^“”\n]{5,60}”/g;

/**
 * Does pattern `re` (of `kind`) match line `t` only by words inside a quotation (`QUOTED_MENTION`: `近期接到多起关于
 * “VIP会员自动续费”的投诉。`)? Then the document speaks of the furniture's words; it is no furniture. Only for the kinds a
 * document may word as its own (`PROSE_KINDS`).
 */
export function isMention(t: string, re: RegExp, kind: ResidueKind): boolean {
  if (!PROSE_KINDS.has(kind) || !t.includes('“')) return false;
  const unquoted = t.replace(QUOTED_MENTION, '“”');
  return unquoted !== t && !re.test(unquoted);
}

/**
 * Kinds whose patterns are words a document may also use in its own text (`声明：` `推荐阅读：` `全文共…字`
 * `ICP备案` `希望…有所帮助` `免费下载` `扫码领取`): a line that reads as the document's own text is not residue.
 */
const PROSE_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['disclaimer', 'related', 'byline', 'copyright', 'blurb', 'promo', 'share', 'banner', 'comment']);

/**
 * What only a web page says of itself, its files and its readers: with one of these, a sentence is still
 * furniture (`声明：本站部分内容来自网络，如有侵权请联系删除。`, `希望本文对您有所帮助。`, `欢迎来到某某秘书网！`, `点击上方“某某发布”，关注我们吧！`). `SITE_SELF_CORE` and the
 * words a document also says of its own members, readers and text (`会员`, `您`, `本文`: `SITE_SELF_SOFT`).
 */
const SITE_SELF_CORE =
  /本站|本网|小[编編]|网友|站长|本平台|文库|文庫|范文|範文|下载券|积分|VIP|[侵删]删|联系(?:我们)?删除|侵权(?:请|必删|联系)|如有侵权[，,]?\s*(?:请|联系|告知|立即)|转载|轉載|原作者|来源于?(?:网络|互联网)|来自(?:网络|互联网)|公众号|二维码|扫码关注|加入收藏|收藏本站|设为首页|阅读时长|\badmin\b|预览|預覽|下载[前后後]|(?:用户|网友)上传|付费|信息存储空间|信息发布平台|平台声明|抢鲜体验|©|copyright|^欢迎(?:来到|光临|访问|來到|光臨|訪問)(?!.*(?:政府|\.gov))|关注我们吧?[!！~]*$|点击(?:上方|下方)?蓝字|私信\S{0,12}(?:免费)?(?:获取|领取)|(?:获取|领取)更多(?:范文|模板|素材|资料)|点击(?:右上角|上方|下方|文末|底部)\S{0,6}[“"]?关注/i;
/**
 * Does `t` (a line's residue text) speak as a site does (`SITE_SELF`: 本站, 小编, 公众号, 二维码, 转载, 范文…, and 您, 本文,
 * 会员, which a document says too)?
 */
export function namesTheSite(t: string): boolean {
  return SITE_SELF.test(t);
}

/** The words of `SITE_SELF` a union's notice (`会员`), a polite office (`您`) or an author (`本文`) says too. */
const SITE_SELF_SOFT = /会员|會員|本文(?!件)|您/;
const SITE_SELF = new RegExp(`${SITE_SELF_CORE.source}|${SITE_SELF_SOFT.source}`, 'i');

/**
 * The site's own things, which its giveaway names (`1.会员免费下载`, `（一）微信扫码领取福利`): with one of these a numbered line
 * that says 会员 or 您 stays the site's; without (`（三）会员免费领取体检券`) it is an item of a union's notice.
 */
/** A step of a list of steps: `第一步：`, `第3步 `. */
const STEP_ORDINAL = /^第[一二三四五六七八九十\d]{1,3}步[:：、\s\u3000]/;
/** Where a text was printed: a paper's or a journal's name in 《》 with its page or issue (`发表于……《人民日报》第9版`). */
const PRINTED_IN = /(?:发表于|刊发于|刊登于|刊于|原载)[^，。《]{0,16}《[^《》]{1,20}》(?:[\s\u3000]*第?\s*\d{1,3}\s*版|[\s\u3000]*\d{4}\s*年\s*第\s*\d{1,3}\s*期)/;
/** A notice's field of receiving a thing (`领取方式：`, `免费领取时间：`, `领取地点：`). */
const RECEIPT_FIELD = /^(?:免费)?领取(?:方式|时间|地点|对象|范围|条件|数量|标准|办法|流程)\s*[:：]/;
/** Getting a thing in person at an office: `携带身份证到游客服务中心免费领取`, `到村委会领取`. */
const IN_PERSON = /(?:到|至|前往|在)[^，。；：:\s]{1,20}(?:服务中心|中心|窗口|大厅|服务站|服务点|服务台|办事处|售票处|柜台|村委会|居委会|营业厅)(?:免费)?(?:领取|办理|兑换)/;
const SITE_THINGS = /下载|下載|文档|文檔|扫码|掃碼|公众号|積分|金币|APP|客户端|点击|點擊/i;
/** What a site's disclaimer speaks of besides the site: its content, the rights in it. A 公告's 特别声明 speaks of the office's business. */
const SITE_CONTENT = /内容|版权|版權|作品|文章|资料|著作权|侵权|转载/;
/** An author's note under an article (`（作者系……副教授。本文观点仅代表作者个人，不代表所在单位。）`): the article's own. */
const AUTHOR_NOTE = /^[（(]?\s*作者(?:系|为|是|单位|簡介|简介)/;
/**
 * A site editor's marks in a blurb (`下面是小编为大家整理的……`, `以下是……的相关资料，欢迎阅读！`, `精选6篇`): with one, the
 * blurb is the site's even as a sentence; so is its lead-in asking how to write the kind of text (`那么一份好的方案该
 * 怎样写呢？`). A speaker says `我推荐……，供大家参考。` and `希望以上几点体会对大家有所帮助。`
 * too, so those are no marks here.
 */
const BLURB_SITE_MARK = /小[编編]|本站|本网|(?:^|[，,。！!？?\s])(?:以下|下面)(?:是|為|为)|精选\s*\d+\s*篇|(?:欢迎|敬请)(?:大家)?(?:阅读|参考|借鉴|收藏|下载|分享)[。！!]?$|希望.{0,10}对(?:你|您)|(?:怎么|怎样|如何|怎麼|怎樣)(?:写|寫)呢[?？]$/;
/**
 * The shapes of the site's own blurbs besides its marks (`BLURB_SITE_MARK`): its header (`【导语】`), its closing hope and offer (`希望以上内容……`, `……的有关信息介绍如下`, `仅供参考`).
 * (A line that reads as the document's is no blurb at all: `readsAsDocumentText` first.)
 */
const BLURB_SITE_SHAPE = /^【(?:导语|导读)】|^(?:希望|但愿)(?:以上|上述|本文|这些|這些)|的有关信息介绍如下|仅供(?:大家)?参考/;
/** A speaker's own words in a line a blurb pattern read (`下面，我给大家分享的是一篇文章：`): the speech's, not a site editor's. */
const SPEAKER = /我/;

/**
 * Is a line `classifyResidue` called a `blurb` the site's by its own words (`BLURB_SITE_MARK`, `BLURB_SITE_SHAPE`, or a
 * word only a site says of itself)? Else its deletion is only offered: a speech's `为大家精选了一批学习资料` reads the same.
 */
export function blurbBySite(t: string): boolean {
  return SITE_SELF.test(t) || BLURB_SITE_MARK.test(t) || BLURB_SITE_SHAPE.test(t);
}

/**
 * The document naming itself by its kind (`本公告由……同步发布，各媒体转载请注明来源。`, `本通知自印发之日起施行`): a statement of the
 * document's own about where it is published and on what terms, not a site's notice (a site says 本站, 本文, 本文档).
 */
const DOCUMENT_SELF = /本(?:公告|通告|通知|通报|文件|办法|规定|决定|意见|报告|简报|公报|细则|条例|章程|纪要|方案)/;
/**
 * Words of a disclaimer that only a site says, even of a text it calls 本文件 (`本文件来源于网络，如有侵权请联系删除`): with one,
 * `DOCUMENT_SELF` does not make the line the document's.
 */
const SITE_ONLY = /本站|本网(?!站)|小[编編]|网友|站长|本平台|文库|文庫|范文|範文|下载|下載|积分|VIP|侵权|侵删|删除|(?:来源|来自)于?(?:网络|互联网)|原作者|付费|会员|用户|上传|仅供|观点|版权归/i;

/** A 层次序号 or 第X条 opening the line: an item of the document's own structure. */
const DOCUMENT_ORDINAL = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|第[一二三四五六七八九十百\d]{1,5}[条章节])/;

/** A web address in a line: `http://…`, `https://…`, `www.…`. */
const LINK = /https?:\/\/|www\./i;
/** A link to a file (`http://tjj.example.gov.cn/attach/2024/baobiao.xls`): a form or an attachment a document offers. */
const FILE_LINK = /(?:https?:\/\/|www\.)[^\s\u3000]*\/[^\s\u3000\/]+\.(?:docx?|xlsx?|et|pdf|ofd|wps|pptx?|zip|rar|7z)(?![A-Za-z0-9])/i;
/** A label for a link: `下载地址：`, `下载链接：`, `网址：`. */
const LINK_LABEL = /^[^:：]{0,8}(?:下载|下載|地址|链接|鏈接|网址|網址)\s*[:：]/;
/** A public body's, a school's or an organisation's domain: `.gov.cn`, `.gov`, `.edu.cn`, `.org`, `.org.cn`. */
const PUBLIC_DOMAIN = /\.(?:gov|edu|org)(?:\.[a-z]{2})?(?![A-Za-z0-9-])/i;
/** Words by which a line of prose refers to a link under it: `请从市统计局网站下载。`, `详见以下链接：`. */
const LINK_REFERENCE = /下载|下載|网站|網站|网址|網址|链接|鏈接|网页|登录|登陆|访问|查询|获取|附件|详见|如下/;

/** A cut page's note alone on its line: `未完待续`, `（未完待续）`, `——未完待续——`, `未完，待续`, `待续`. */
const UNFINISHED = /^[（(【\[〔—\-－…\.。·\s]*(?:未完[，,、\s]?待续|待续)[）)】\]〕—\-－…\.。·！!\s]*$/;
/** A bare link label and its address: `链接地址：https://…`, `链接：http://…` (read beside furniture only). */
const CARD_LINK = /^(?:链接地址|链接|鏈接|鏈接地址)\s*[:：]\s*(?:https?:\/\/|www\.)\S+$/i;

/** A `.gov.cn` or `.org.cn` address: a public body's site named in its own document, not a template site. */
const PUBLIC_SITE = /\.gov\.cn|\.org\.cn|政府(?:门户)?网站(?!标识码)/i;

/**
 * Does `t`, a line a curated pattern of `kind` matched, read as the document's own text rather than page
 * furniture? A disclaimer in which the document names itself by its kind (`DOCUMENT_SELF`: `本公告由……同步发布，各媒体转载请
 * 注明来源。`) is its own unless it holds a word only a site says (`SITE_ONLY`). Else never with a word only a site says
 * of itself (`SITE_SELF`), but for the words a document says too
 * (`SITE_SELF_SOFT`) where the document says them: an author's note (`（作者系……。本文观点仅代表作者个人……）`), a numbered
 * item naming none of the site's things (`（三）会员免费领取体检券`, `SITE_THINGS`), a 公告's 特别声明 that says 您 of the
 * office's business, not of content (`SITE_CONTENT`). Else: a numbered item of the document (`（一）免费下载电子证照`,
 * `三、文档下载`, `2.点击进入…栏目`), a speaker's sentence a blurb pattern read (`下面，我给大家分享的是一篇文章：`) without a
 * site editor's marks (`BLURB_SITE_MARK`), a sentence of at least 10 characters ending in 。 ！ ？ ； or ……
 * (`特别声明：本次招聘不收取任何费用……！`, `修订后的《办法》共6章38条，全文共5600字。`, `希望以上几点体会对大家的
 * 工作有所帮助。`), a line naming a public body's site (`报名表下载：www.qingshan.gov.cn/xz`) or announcing the
 * document's own matter (`现将……介绍如下：`), an entry of a reference list (`isBibliographyText`), or its contact person (`投稿咨询：0791-86123456，联系人：王老师`). Only the kinds in `PROSE_KINDS` are read so.
 */
export function readsAsDocumentText(t: string, kind: ResidueKind): boolean {
  if (DOCUMENT_TITLE_LINE.test(t)) return true;
  // A reprint's note of the paper and page it was printed in (`（本文发表于2024年6月1日《人民日报》第9版）`): a 学习材料's.
  if (kind === 'byline' && PRINTED_IN.test(t)) return true;
  // A notice's field of how and when a thing is handed out (`免费领取时间：2024年12月1日至12月31日`): no site's giveaway.
  if (kind === 'promo' && RECEIPT_FIELD.test(t)) return true;
  if (!PROSE_KINDS.has(kind)) return false;
  if (kind === 'disclaimer' && DOCUMENT_SELF.test(t) && !SITE_ONLY.test(t)) return true;
  if (SITE_SELF_CORE.test(t)) return false;
  // A step of a manual's list (`第二步：点击下载“来文正文”`) and a way to get a thing in person at an office's counter
  // (`领取方式：携带身份证到游客服务中心免费领取`): the document's instructions, in no site's words.
  if ((kind === 'promo' || kind === 'share') && !SITE_SELF_SOFT.test(t) && (STEP_ORDINAL.test(t) || IN_PERSON.test(t))) return true;
  if (SITE_SELF_SOFT.test(t)) {
    const article = /本文(?!件)/.test(t);
    const member = /会员|會員/.test(t);
    if (kind === 'disclaimer' && AUTHOR_NOTE.test(t)) return !member && !/您/.test(t);
    if (DOCUMENT_ORDINAL.test(t)) return !article && !SITE_THINGS.test(t);
    if (kind !== 'disclaimer' || article || member || SITE_CONTENT.test(t)) return false;
  }
  if (DOCUMENT_ORDINAL.test(t)) return true;
  if (kind === 'blurb') {
    if (BLURB_SITE_MARK.test(t)) return false;
    if (SPEAKER.test(t)) return true;
  }
  // `[4] 国务院办公厅. 关于….(2022-06-23)[2024-01-05].`: a reference-list entry, whose two dates are no byline's.
  if (isBibliographyText(t)) return true;
  if (PUBLIC_SITE.test(t)) return true;
  if (/^现将|联系人\s*[:：]/.test(t)) return true;
  return t.length >= 10 && endsSentence(t);
}

/**
 * Does `t` end as a sentence of prose: 。 ！ ？ ； (a half-width ! ? ; too), or the ellipsis …… (one … alone is a site's
 * cut title: `关于加强基层治理的实施意…`)?
 */
function endsSentence(t: string): boolean {
  return isSentenceEnd(t.charCodeAt(t.length - 1)) || t.endsWith('……');
}

/** Is `c` sentence-final punctuation (。！？；!?;): a line ending in one reads as prose. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
}

/** A curated pattern as `classifyResidue` tests it. */
interface Compiled {
  readonly re: RegExp;
  readonly kind: ResidueKind;
  /**
   * The pattern's word (0–3) and bit in the line's trigger bits (see `TRIGGER_INDEX`) when it has `any`
   * characters; bit 0 when it has none (tested on every line). Each of the first 128 patterns with `any`
   * characters has a bit of its own (beyond, bits are shared: a shared bit only tests a pattern more often).
   */
  readonly word: number;
  readonly bit: number;
}

/**
 * `TRIGGER_INDEX[c]`: 0 when UTF-16 unit `c` is no pattern's `any` character, else `x`, whose patterns' bits are
 * `TRIGGER_BITS[4x]` … `TRIGGER_BITS[4x + 3]` (words 0–3). A bit per pattern, not one shared by several
 * patterns: a line is tested against a pattern only when it holds one of that pattern's own characters
 * (on the 10 MB benchmark text 91,000 regex tests instead of 247,000 with 31 shared bits; same results).
 */
const TRIGGER_INDEX = new Uint16Array(0x10000);
let TRIGGER_BITS = new Int32Array(4 * 64);
const COMPILED: ReadonlyMap<Pattern, Compiled> = (() => {
  const out = new Map<Pattern, Compiled>();
  let k = 0;
  let chars = 0;
  for (const p of RESIDUE_PATTERNS) {
    let word = 0;
    let bit = 0;
    if (p.any !== undefined) {
      word = (k >> 5) & 3;
      bit = 1 << (k & 31);
      k++;
      for (let i = 0; i < p.any.length; i++) {
        const c = p.any.charCodeAt(i);
        if (TRIGGER_INDEX[c] === 0) {
          TRIGGER_INDEX[c] = ++chars;
          if (4 * chars + 4 > TRIGGER_BITS.length) {
            const grown = new Int32Array(TRIGGER_BITS.length * 2);
            grown.set(TRIGGER_BITS);
            TRIGGER_BITS = grown;
          }
        }
        TRIGGER_BITS[4 * TRIGGER_INDEX[c] + word] |= bit;
      }
    }
    out.set(p, { re: p.re, kind: p.kind, word, bit });
  }
  return out;
})();

/**
 * Length buckets whose edges are the patterns' own bounds: within a bucket every pattern applies to
 * every length or to none, so the applicable list is precomputed (in order of precedence) for each
 * bucket and for lines that do or do not end like a sentence.
 */
const BUCKETS = [...new Set(RESIDUE_PATTERNS.map((p) => p.max))].sort((a, b) => a - b);
const BY_BUCKET: Array<[Compiled[], Compiled[]]> = BUCKETS.map((edge) => {
  const fits = RESIDUE_PATTERNS.filter((p) => p.max >= edge);
  return [fits.map((p) => COMPILED.get(p)!), fits.filter((p) => !p.notSentence).map((p) => COMPILED.get(p)!)];
});
const NO_PATTERNS: readonly Compiled[] = [];
/** The patterns, in order of precedence, that apply to a line of this length. */
function applicable(length: number, sentence: boolean): readonly Compiled[] {
  let b = 0;
  while (b < BUCKETS.length && length > BUCKETS[b]) b++;
  return b < BUCKETS.length ? BY_BUCKET[b][sentence ? 1 : 0] : NO_PATTERNS;
}

/** A line that is only a long number (`221381`, a site's article id). */
export const LONG_NUMBER = /^\d{5,12}$/;
/** Shapes of phone numbers: a mobile number or one with an area code. */
export const PHONE_SHAPE = /^(?:1[3-9]\d{9}|0\d{9,11})$/;
/**
 * The lines that follow a 份号 in a 版头 (GB/T 9704-2012 §7.2.1–7.2.5): 密级和保密期限 (`机密★1年`),
 * 紧急程度 (`特急`), 发文机关标志 (`青山县人民政府文件`) or 发文字号 (`青府发〔2025〕9号`).
 */
const MASTHEAD_AFTER_COPY_NUMBER = /^(?:(?:绝密|机密|秘密)(?:[\s\u3000]*★[\s\u3000]*\S{0,8})?|特[\s\u3000]*急|加[\s\u3000]*急|特提|平急)(?:[\s\u3000]+\S{1,12})?$|^[^\s，。：:；]{2,30}文件$|^[\u4e00-\u9fff]{1,16}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号/;

/**
 * Is `t`, the document's first line, its 份号 (GB/T 9704-2012 §7.2.1: six Arabic digits on the first
 * line of the 版头) — six digits followed (`after`, the next non-blank line's residue text) by a 版头
 * element? Then it is not a stray article id.
 */
export function isCopyNumber(t: string, after: string | undefined): boolean {
  return /^\d{6}$/.test(t) && after !== undefined && MASTHEAD_AFTER_COPY_NUMBER.test(after);
}

/** A sign-off or review named in a credit line: `签发：`, `审核：`, `终审：` (a 简报's 版尾 names some; a web page's credit may too). */
const SIGN_OFF = /(?:签发|审核|审签|审稿|撰稿|核稿|初审|复审|终审|一审|二审|三审)[\s\u3000]*[:：]/;
/** The title or issue line of a 简报 (`青山工作简报`, `第5期`, `2025年第3期`), read near the top. */
const BRIEFING_HEAD = /简报(?:[（(][^（()）]{1,12}[)）])?$|^(?:\d{4}年)?第[\s\u3000]*[0-9０-９一二三四五六七八九十百〇]{1,4}[\s\u3000]*期(?:[（(][^（()）]{1,12}[)）])?$/;
/** A 简报's distribution line in its 版尾: `报：市委办公室`, `送：`, `发：`. */
const BRIEFING_DISTRIBUTION = /^(?:本期)?(?:报|送|发|报送|分送)[\s\u3000]*[:：]/;
/** A 简报's credit line in its 版尾: `本期责任编辑：李明`, `编辑：`, `审核：`, `签发：`. */
const BRIEFING_CREDIT = /^(?:本期)?(?:责任编辑|编辑|责编|校对|审核|签发|供稿)[\s\u3000]*[:：]/;

/**
 * Does a document read as a 简报 (实务: title `…简报`, an issue line `第N期`, distribution lines `报：`
 * `送：` `发：` at its end)? `facts`: the classifier's facts per 0-based line (undefined for lines it did
 * not read). Its 责任编辑 and 签发 lines are then its 版尾, not a web page's credit. Linear.
 */
function readsAsBriefing(facts: ReadonlyArray<LineFacts | undefined>): boolean {
  for (let i = 0, seen = 0; i < facts.length; i++) {
    const t = facts[i]?.t;
    if (t === undefined || t === '') continue;
    if (seen++ < 6 && BRIEFING_HEAD.test(t)) return true;
    if (BRIEFING_DISTRIBUTION.test(t)) return true;
  }
  return false;
}

/** A review credit of its own: `终审：`, `初审：` (a WeChat account's, unless the document's credit lines surround it). */
const REVIEW_CREDIT = /^(?:初审|复审|终审|一审|二审|三审)[\s\u3000]*[:：]/;
/** A credit line of a document's own 版尾 or of a bulletin: `编辑：王芳`, `审核：李强`, `供稿：县农业农村局`, `签发：孙立`. */
const DOCUMENT_CREDIT = /^(?:编辑|审核|审签|签发|撰稿|供稿|核稿|校对|主编|编审|拟稿|审稿|初审|复审|终审|一审|二审|三审)[\s\u3000]*[:：][\s\u3000]*[\u4e00-\u9fff·]/;

/** Is `f` (a line's facts, undefined when not read) a credit line no curated pattern calls furniture (`编辑：王芳`)? */
function isDocumentCredit(f: LineFacts | undefined): boolean {
  return f !== undefined && f.kind === undefined && DOCUMENT_CREDIT.test(f.t);
}

/**
 * Is 0-based line `i` at the very end of the document, with at most three credit lines after it (`credit(j)`)?
 * `next`: the nearest non-blank line after each line (-1 at the end).
 */
function endsInCredits(i: number, next: Int32Array, credit: (j: number) => boolean): boolean {
  let j = next[i];
  for (let k = 0; j >= 0 && k < 3 && credit(j); k++) j = next[j];
  return j < 0;
}

/**
 * The lead of a news release (实务: the 导语 opens with the date or a dateline): `3月10日，`, `2025年3月10日上午，`,
 * `近日，`, `本报讯（记者…）`, `新华社北京3月10日电`.
 */
const NEWS_LEAD = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|早上|凌晨)?|近日|日前|连日来|本报讯)[，,（(]|^(?:新华社|本报)\S{0,6}\d{1,2}月\d{1,2}日电|^[\u4e00-\u9fff]{2,8}讯[（(]/;

/**
 * Does a document read as a news release (新闻稿): does one of its first five non-blank lines open as a news lead
 * (`NEWS_LEAD`)? `facts`: the classifier's facts per 0-based line. Its closing credit lines may then be its own. Bounded.
 */
function readsAsNewsRelease(facts: ReadonlyArray<LineFacts | undefined>): boolean {
  for (let i = 0, seen = 0; i < facts.length && seen < 5; i++) {
    const t = facts[i]?.t;
    if (t === undefined || t === '') continue;
    seen++;
    if (NEWS_LEAD.test(t)) return true;
  }
  return false;
}

/** A label line before a number makes it data: `联系电话：`, `邮政编码：`. */
export const NUMBER_LABEL = /[:：]$|电话|手机|传真|邮编|邮政编码|联系|账号|帐号|号码|编号|代码|QQ|微信号|身份证|卡号|金额|合计|总计|电邮/i;

// ---------------------------------------------------------------------------------------------
// The line classifier: the curated vocabulary above, then the page's structure.

/**
 * How a residue call was made:
 * - `sure`: the line is furniture by its own words (a curated pattern: `上传人：`, `下一页`,
 *   `（精选8篇）`); deleting it rests on no guess.
 * - `likely`: the call rests on context — position at the top of the page, membership of a block
 *   (the titles under `相关文章`, the items of a `【下载声明】`), residue on both sides, a relation to
 *   another line (a collection's item header, the title repeated in the body), or a shape that is
 *   furniture on a web page but could in rare documents be text (a lone `83` page number).
 */
export type ResidueCertainty = 'sure' | 'likely';

/** One line (or the tail of one line) classified as residue. */
export interface ResidueCall {
  /** 0-based line index. */
  line: number;
  kind: ResidueKind;
  certainty: ResidueCertainty;
  /**
   * Set when only the end of the line is residue (anti-copy noise or a site tag appended to a real
   * sentence), or its start, or (`inside`) a sentence between sentences of the document's own: UTF-16
   * offsets `[start, end)` into the source text to delete. Undefined: the whole line.
   */
  part?: { start: number; end: number; inside?: boolean };
  /**
   * With a `part` that closes the line: residue opening the same line as well (`【免费下载】` before a title that ends in
   * `（本文来自XX文库）`), reported and deleted on its own: UTF-16 offsets `[start, end)` into the source text, its kind
   * and certainty. The text between the two stays.
   */
  head?: { start: number; end: number; kind: ResidueKind; certainty: ResidueCertainty };
}

/** A table of contents' heading: `目录`, `目　　录`, a standard's `目次`. */
const CONTENTS_HEADING = /^目[\s\u3000]*[录次]$/;
/** A contents entry's shape: a title, a gap, its page (`临川市城市绿化管理办法　　第3页`), no `共N页`. */
const TOC_ENTRY = /^\S.*?[\s\u3000]+第\s*\d{1,4}\s*页$/;
/** Most lines between a contents heading and an entry under it. */
const TOC_LINES = 60;
/** A count of words as a form's field: `字数：3215字`. */
const WORD_COUNT_FIELD = /^字[数數]\s*[:：]/;
/** A form's field filled in: a label of ideographs, its colon, a value. */
const FORM_FIELD = /^[\u4e00-\u9fff]{2,8}[\s\u3000]*[:：][\s\u3000]*\S/;
/** Labels of a sharing site's card or a page's counters: beside one of these, `字数：` is the card's. */
const CARD_LABEL = /^[^\s:：]{0,4}(?:格式|页数|頁數|大小|星级|热度|积分|评分|上传|上傳|下载|下載|浏览|阅读|閱讀|收藏|点击|人气|评论|发布|發佈|更新|时间|日期|来源|分类|标签|贡献)/;
/** A sentence pointing to a QR code printed with the document: `见下方二维码`, `扫描下方二维码`, `二维码如下`. */
const QR_POINTER = /(?:见|详见|扫描|扫)(?:下方|下面|以下|如下|附后|文末)的?二维码|二维码(?:见下|如下|附后)/;
/** What a site's scan prompt asks (`扫描二维码，关注公众号`, `扫码下载APP`, `扫码领取资料`): never a notice's own QR code. */
const SITE_QR = /关注|公众号|下载|下載|领取|福利|免费|小程序|朋友圈|加群|进群|更多|APP|客户端|阅读原文|分享|收听/i;

/** An instruction to install an app named in quotes, and nothing more: `请下载“赣服通”APP`. */
const NAMED_APP = /^请?(?:下载|安装)(?:并登录|并注册)?\s*[“"「][^”"」]{1,10}[”"」]\s*(?:APP|App|app|客户端)$/;

/** Longest line (UTF-16 units) the classifier reads; a longer line is prose. */
export const RESIDUE_MAX_LINE = 400;

/** Sentence punctuation anywhere in a line: a title or a menu has none. */
const SENTENCE_MARK = /[，。；！？,;!?]/;
/** Words of a site about its files and users (download notices, preview notes). */
const SITE_VOCAB = /本站|本网|下载|下載|上传|上傳|文档|文檔|资源|資源|用户|用戶|会员|會員|VIP|PPT|word|WinRAR|OFFICE|预览|預覽|售出|退换|作品|著作权|图标|侵权/i;
/** An ordinal at the line start (numbered items of a notice, or of a document). */
const ORDINAL_START = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．])/;
/**
 * A part of a long document at the line start, beyond `DOCUMENT_ORDINAL`'s 第X条/章/节: `第二部分`, `第三篇`, `第一编`,
 * `第二款`, and numerals written with 零/〇/两 (`第一〇二条`).
 */
const LARGER_PART = /^第[一二三四五六七八九十百零〇两\d]{1,4}[章节条款部分篇编]/;
/** A label waiting for a value: `配套讲稿：`, `关 键 词：` (a salutation is not one). */
const HEADER_COLON = /^(?!各|尊敬|亲爱|親愛|同志|女士|先生)[\u3400-\u9fff][\u3400-\u9fff\s\u3000]{1,9}[:：]$/;
/** A block of related-article titles starts here: `相关文章：`, `【某某讲话】相关文章:`, `范文热点`. */
/** A site's tag after the page's copy of a title: `(完整版)`, `（摘要）`, `【精选】`. */
const PAGE_TITLE_TAG = /^\s*[（(【\[](?:完整版|摘要|精选|精品|最新版?|word版|可编辑|通用版|全文|范文|优秀范文|\S{0,4}篇)[)）】\]]$/i;
/** A heading of the first two levels (`一、`, `（一）`, GB/T 9704 §7.3.3): a site numbers its lists with digits or bullets. */
const LEVEL_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;
/**
 * A lead-in that introduces what follows (`格式如下：`): four ideographs or more, and no colon but the one that ends the
 * line. `t` ends with a colon (`endsInColon`). (One pass: the regex it replaces backtracked over long lines.)
 */
function isOwnLeadIn(t: string): boolean {
  let ideographs = 0;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 0xff1a || c === 0x3a) return false;
    if (c >= 0x4e00 && c <= 0x9fff) ideographs++;
  }
  return ideographs >= 4;
}
/** A browser's print header's shape: the date and time it printed, then the page's title (`2024/5/6 10:12　　标题`). */
const PRINT_HEADER_ROW = /^\d{4}\/\d{1,2}\/\d{1,2}[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]+\S/;
/** Words of a report on what people say online (its title): 舆情, 网民, 留言, 帖子, 问政… */
const OPINION_WORDS = /舆情|网民|网友|留言|帖子|跟帖|问政|民意|信箱/;
/** Words of a site's list header that the classifier left uncalled (`会议纪要范文相关推荐：`, `相关文件：`): it introduces the site's list. */
const SITE_LIST_HEADER = /相关|推荐|阅读|热门|精选|猜你|更多|下载|分享|链接/;
/**
 * Words no document's sample holds: a sharing site's of itself (`本站`, `小编`, `范文`, `文库`, `下载券`, `VIP`), its ads and its fold, a
 * Kindle clipping's location line (`- 您在位置 #1032-1040的标注 | …`, after a clipping that ended in a colon).
 */
const UNQUOTED = /本站|小编|小編|范文|範文|文库|文庫|下载券|VIP|广告|展开全文|阅读全文|页未读|^(?:-\s*)?您在(?:位置|第\s*\d)/i;
/** A field a document fills in (`售价：0元`, `领取方式：凭身份证免费领取`, `页数：486页`): a short label, a colon, a value. */
const OWN_FIELD = /^[\u4e00-\u9fff]{2,8}[\s\u3000]*[:：][\s\u3000]*[^\s\u3000:：]/;
/** A short word of Chinese alone on its line (`沙发`, `茶几`, `注册`): an item of a list, a step, or a site's button. */
const SHORT_WORD = /^[\u4e00-\u9fff]{1,8}$/;
/** Words of a copyright or reprint notice a document on 转载 or 版权 names in its title. */
const COPYRIGHT_SUBJECT = ['转载', '版权', '著作权'];

/** A how-to's title: a 办事指南, an 操作指南 or 操作说明, a 使用手册. */
const GUIDE_TITLE = /(?:办事|操作|服务|使用|申报|办理)(?:指南|说明|手册)$|(?:指南|操作说明|使用手册)$/;

/**
 * A line's shape: its runs of ideographs, digits and letters each one `w`, its spaces one space, its other marks kept
 * (`发言人1　00:01:26` and `发言人2　00:03:10` are both `w w:w:w`; `批注 [A1]: 请…` is `w [w]: w`, `删除了: 各部门…。` is `w: w。`).
 */
function lineShape(t: string): string {
  return t.replace(/[\p{L}\p{N}]+/gu, 'w').replace(/[\s\u3000]+/g, ' ');
}

/** Words only a page says of itself, its files and its readers: a call with one of these stays where it is (`documentsOwnPlace`). */
const SITE_ONLY_WORDS = /本站|本网(?!站)|小[编編]|网友|站长|文库|文庫|范文|範文|下载|下載|积分|VIP|侵权|侵删|转载|轉載|付费|会员|會員|上传|上傳|原作者|(?:来源|来自)于?(?:网络|互联网)|广告|展开全文|阅读全文|页未读|本文档|文档|©|copyright/i;
/** A field's value only a page gives: a link, a clock time, a path (`本文地址：http…`, `时间：2024-5-6 11:02`, `位置：首页 > …`). */
const SITE_FIELD_VALUE = /https?:|www\.|\d{1,2}:\d{2}|[>＞›»]/i;
/** A header of the materials a document lists under its text (`相关资料：`, `相关文件：`). */
const MATERIALS_HEADER = /^相关(?:资料|文件|政策)\s*[:：]?$/;
/** The closing mark of a report or a release (`（全文完）`, `——完——`), which a post prints too. */
const CLOSING_MARK = /^(?:[（(]全文完[)）]|[—－]{1,2}[\s\u3000]*(?:全文)?完[\s\u3000]*[—－]{1,2})$/;
/** The headings a document gives its own reading list or links (`延伸阅读`, `推荐阅读`, `相关链接`), as a site heads its list. */
const OWN_SECTION_HEADING = /^(?:延伸|拓展|扩展|推荐|相关)(?:阅读|链接|资料|文件|政策)$/;
/** Kinds whose call of a field (`售价：免费`, `来源：人民网`) a document's own field may be. */
const AMBIGUOUS_FIELD_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['promo', 'source', 'paywall']);
/** Kinds whose call of a whole sentence a document's sentence may be (`村民群众如有需要，请随时联系我。`). */
const AMBIGUOUS_SENTENCE_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['chat', 'paywall', 'promo', 'related', 'share']);
/** An AI answer's offer to rework the text it gave (`希望对您有所帮助`, `我可以帮您…`, `请随时告诉我`). */
const AI_OFFER = /帮(?:您|你)|告诉我|有所帮助|(?:您|你)有帮助|为(?:您|你)(?:修改|调整|生成|撰写|起草|写|整理|润色)/;
/** A text flowchart's arrow on a line of its own, between two steps (`↓`, `⬇`, `︾`). */
const FLOW_ARROW = /^[\s\u3000]*[↓⬇︾⇩∨][\s\u3000]*$/;
/** Words by which a lead-in says that what follows is what it names (`各单位要用好以下平台：`, not the salutation `各位代表：`). */
const INTRODUCES = /以下|如下|下列/;
/** An article, chapter or section of the document's own numbering (`第四条　…`, `第二章　总则`): never a 篇 of a collection. */
const DOCUMENT_ARTICLE = /^第[一二三四五六七八九十百零〇两\d]{1,5}[条章节](?![一二三四五六七八九十\d])/;
/**
 * A line that is one title in 《》 (a book, a law, a document), perhaps numbered (`1.《乡土中国》`, `（二）《…》`) and closed by
 * a mark: an item of a reading list.
 */
const BOOK_TITLE_LINE = /^(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）.．、]\s*)?《[^《》]{1,60}》(?:第[一二三四五六七八九十\d]{1,3}[卷册辑])?(?:[（(][^（）()]{0,30}(?:著|编|译|出版社)[^（）()]{0,20}[)）]|[，,][^。；;]{0,40}(?:出版社|年版|\d{4}\s*年\s*第\s*\d{1,3}\s*期)[^。；;]{0,10})?[。；;，,、]?$/;

const RELATED_HEADER = /^(?:【[^】]{1,60}】)?(?:范文|範文|文章|本站|网站|更多|热门|熱門)?(?:相关文章|相關文章|相关阅读|相關閱讀|相关推荐|相關推薦|相关范文|热点|熱點|热门文章|热门范文|推荐阅读|猜你喜欢|猜您喜欢|(?:你|您)可能(?:也|还)?(?:喜欢|感兴趣)|更多相关|延伸阅读|为你推荐|为您推荐|往期(?:推荐|回顾|精选|精彩|文章|阅读|热文|好文){1,2}|相关文档|类似文章(?:\s*更多)?|作者最新文章)\s*[:：]?$/;
/** A download notice's header: `【下载声明】`, `下载须知：`. */
// (Not `温馨提示：` alone: a notice's own tips open so — `温馨提示：` / `请通过官方渠道下载App……`.)
const NOTICE_HEADER = /^[【\[［]?(?:下载声明|下載聲明|下载须知|下載須知|下载说明|下载提示|下载帮助)[】\]］]?\s*[:：]?$/;
/** Items on a note-app export's property lines (`type`, `status`, `slug` …). */
const EXPORT_PROPERTIES = /^(?:type|status|date|slug|summary|tags?|category|icon|password|origin|url|title|author|created|updated|cover|draft)$/i;
/** A title with the number of texts the page collects: `<title>最新12篇`, `<title>-11篇`. */
const COLLECTION_COUNT = /^(?![（(]?[一二三四五六七八九十\d]{1,3}[、.．)）])[^\s，。,；;！？!?]{4,40}?(?:最新|精选|精選|合集|汇编|彙編|[-—_])?(?<![第\s\d])\d{1,8}篇$/;
/** A line ending in a kind of document is a title, not furniture. */
const DOCUMENT_KIND = /(?:通知|通报|报告|報告|请示|批复|意见|决定|决议|命令|公告|通告|公报|函|纪要|方案|计划|规划|总结|讲话|讲话稿|发言|致辞|主持词|办法|规定|细则|制度|条例|章程|守则|倡议书|申请|证明|心得|体会|演讲稿|汇报|提纲|材料|写法|写作|范文|范例|模板|格式|大全|记录)$/;
/** Single nav words a page shows above its text. */
const TOP_NAV = /^(?:范文|範文|图片|圖片|信息公开|信息公開|今天[:：]?|首页|首頁|导航|導航|菜单|菜單|搜索|更多)$/;

/** Only printable ASCII, tabs and ideographic spaces. */
const NOISE_CHARS = /^[\x20-\x7e\t\u3000]+$/;

/** A pipe-table row: `|` at both ends and at least three in all. */
const TABLE_ROW = /^[ \t\u3000]*\|(?:[^|]*\|){2,}[ \t\u3000]*$/;

/** A character of `NOISE_CHARS`. */
function isNoiseChar(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || c === 0x09 || c === 0x3000;
}

/**
 * Anti-copy noise: short ASCII tokens with symbols (`; q [+ k3 @ |2 n) w`). At least four tokens of
 * one to three characters, at least two symbols, no word of four letters.
 */
function isAsciiNoise(s: string): boolean {
  if (s.length < 7 || !isNoiseChar(s.charCodeAt(0)) || !NOISE_CHARS.test(s)) return false;
  // A row of a pipe table with its cells left empty (`|  |  |  |`, the writing rows of a 回执 in a .txt): a table's, not noise.
  if (TABLE_ROW.test(s)) return false;
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 4) return false;
  let symbols = 0;
  let words = 0;
  for (const tok of tokens) {
    if (tok.length > 3 || !/^[!-~]+$/.test(tok)) return false;
    for (const ch of tok) if (!/[A-Za-z0-9]/.test(ch)) symbols++;
    // Words of two or three letters, perhaps before a comma or full stop (`on`, `May`, `6.` is none): English.
    if (/^[A-Za-z]{2,3}[.,;:!?]?$/.test(tok)) words++;
  }
  return symbols >= 2 && words < 2;
}

/**
 * The residue of a document, line by line, as UTF-16 line indices (0-based). Pure and linear in the
 * text's length. Only `text`-scope lines are read (code, tables, quotes, front matter are never
 * residue). See docs/notes/web-residue.md for the features. Computed once per Source (the
 * numbering model and the web-residue rule both ask); callers must not change the map.
 */
export function classifyLines(source: Source): Map<number, ResidueCall> {
  let calls = classified.get(source);
  if (!calls) classified.set(source, (calls = classifyLinesOnce(source)));
  return calls;
}

const classified = new WeakMap<Source, Map<number, ResidueCall>>();

/**
 * `classifyResidue(t)` for the text `t` of a line, through the session's memo (`source.memo`) when some
 * pattern can apply to a text of that length (the others are undefined at once, without hashing `t`).
 */
function lineKind(source: Source, t: string): ResidueKind | undefined {
  if (t === '' || t.length > LONGEST_PATTERN) return undefined;
  return source.memo ? source.memo.table<ResidueKind | undefined>('residue.classifyResidue').get(t, classifyResidue) : classifyResidue(t);
}

/** The longest text any curated pattern applies to (`classifyResidue` is undefined beyond it). */
const LONGEST_PATTERN = Math.max(...RESIDUE_PATTERNS.map((p) => p.max));

/**
 * Per `text`-scope line of `source`: `classifyResidue(residueText(raw))`, `raw` being the line's text from
 * its content start (`contentStart` to `end`), what the document model asks of every line. Read from what
 * the classifier read of the line when it has (see `classifyLines`: its facts hold that very text and its
 * kind), else computed; undefined for a line that holds the document's own text besides a residue phrase
 * (`documentTextIn`). The function is valid for `source` only; it never throws.
 */
export function contentResidueKinds(source: Source): (line: Line) => ResidueKind | undefined {
  const facts = factsOfSource(source);
  return (line) => {
    const f = facts?.[line.index];
    // The facts' kind is that of the text without a noise tail; with one, the whole text is asked.
    // A line holding the document's own text besides a site notice (`split`) is no residue line.
    if (f !== undefined) return f.split !== undefined ? undefined : f.tail === 0 ? f.kind : lineKind(source, f.t);
    return wholeLineKind(source, residueText(source.text.slice(line.contentStart, line.end)));
  };
}

/**
 * `lineKind`, but undefined for a text that holds the document's own text besides its residue phrase (`documentTextIn`:
 * a quoted phrase, a notice appended to a sentence; `bracketPlugs`: a banner before a title): such a line is no residue
 * line, as `classifyLines` reads it.
 */
function wholeLineKind(source: Source, t: string): ResidueKind | undefined {
  const kind = lineKind(source, t);
  // (a title between brackets of residue, `【免费下载】关于……的通知`, is no residue line either: `bracketPlugs`)
  return kind !== undefined && (documentTextIn(t) !== undefined || (atBracket(t) && bracketPlugs(t) !== undefined)) ? undefined : kind;
}

/**
 * `classifyResidue(t)` for a line's text `t` (`residueText` of some part of the line), through the
 * session's memo: what the document model asks of a line whose content start follows more than indentation.
 * Undefined for a line that holds the document's own text besides a residue phrase (`documentTextIn`).
 */
export function lineResidueKind(source: Source, t: string): ResidueKind | undefined {
  return wholeLineKind(source, t);
}

/** The smallest offset in `t` where one of `res` (flags `gu`, shared: reset here) matches, or -1. */
function firstMatchAt(res: readonly RegExp[], t: string): number {
  let first = -1;
  for (const re of res) {
    re.lastIndex = 0;
    const m = re.exec(t);
    re.lastIndex = 0;
    if (m && (first < 0 || m.index < first)) first = m.index;
  }
  return first;
}

// Bits of `LineFacts.flags` (bits 0–7, computed with the facts) and `LineFacts.more()` (all bits, the
// others computed on first use): tests of a line's own text that the classifier's passes read.
/** `附件` opens the line: the attachments begin. */
const F_ATTACHMENT = 1 << 0;
/** A lone symbol or anti-copy noise. */
const F_NOISE = 1 << 1;
/** `LONG_NUMBER`. */
const F_LONG_NUMBER = 1 << 2;
/** A short number (`83`, `246 247`) that is not a year. */
const F_SHORT_NUMBER = 1 << 3;
/** `PHONE_SHAPE`. */
const F_PHONE = 1 << 8;
/** `NUMBER_LABEL`: a number under this line is data. */
const F_NUMBER_LABEL = 1 << 9;
/** Only digits, spaces and number punctuation. */
const F_NUMERIC = 1 << 10;
/** `COLLECTION_COUNT` without sentence punctuation. */
const F_COLLECTION_COUNT = 1 << 11;
/** `TOP_NAV`. */
const F_TOP_NAV = 1 << 12;
/** A bare date or a user name (a byline at the top of the page). */
const F_TOP_BYLINE = 1 << 13;
/** `SENTENCE_MARK`. */
const F_SENTENCE_MARK = 1 << 14;
/**
 * A cue of its own the first pass acts on: a curated kind, a noise tail or an injected English word; or words injected at
 * the line's ordinal, which a later pass reads (set with `flags`).
 */
const F_CUE = 1 << 29;
/** `SENTENCE_MARK` outside round brackets (a related-article title may hold some inside). */
const F_SENTENCE_OUTSIDE_BRACKETS = 1 << 15;
/** `RELATED_HEADER`. */
const F_RELATED_HEADER = 1 << 4;
/** Opens like a related-articles header (`相关…`, `【推荐…`). */
const F_RELATED_START = 1 << 16;
/** `NOTICE_HEADER`. */
const F_NOTICE_HEADER = 1 << 5;
/** `ORDINAL_START` on the line's raw text (from its content start). */
const F_ORDINAL = 1 << 7;
/** `SITE_VOCAB`. */
const F_SITE_VOCAB = 1 << 17;
/** `HEADER_COLON`. */
const F_HEADER_COLON = 1 << 18;
/** Three or more short words separated by spaces (a menu). */
const F_WORDS = 1 << 19;
/** A label and a short value (`时间：2019-03-16`). */
const F_LABEL_VALUE = 1 << 20;
/** A property name of a note-app export (one ASCII word). */
const F_EXPORT_WORD = 1 << 6;
/** `EXPORT_PROPERTIES`. */
const F_EXPORT_PROPERTY = 1 << 21;
/** Reads as a sentence: ends like one, or has sentence punctuation before its last character. */
const F_SENTENCE_LIKE = 1 << 22;
/** Ends with a colon. */
const F_COLON_END = 1 << 23;
/** Opens with a bracket. */
const F_BRACKET_START = 1 << 24;
/** Only ideographs. */
const F_IDEOGRAPHS = 1 << 25;
/** `DOCUMENT_KIND`. */
const F_DOCUMENT_KIND = 1 << 26;
/** A salutation (`各位…`, `同志们：`). */
const F_SALUTATION = 1 << 27;
/** Money, a bare number or ASCII, or a label (the shapes a line between residue lines takes). */
const F_NEIGHBOUR_SHAPE = 1 << 28;
/** `SITE_CONTACT`. */
const F_SITE_CONTACT = 1 << 30;

/** `附件` opens the line (the attachments begin): `附件`, `附件1`, `附件：`. */
const ATTACHMENT_START = /^附件(?:\s*\d|\s*[:：]|\s|$)/;
/** The heading of an attachment alone on its line (`附件`, `附件2`), over the attachment's title. */
const ATTACHMENT_HEAD = /^附件\s*\d{0,2}$/;
/** A lone symbol (`|`, `#`, `~` …). */
const LONE_SYMBOL = /^[|#/\\~^@]$/;
/** A short number (`83`, `246 247`), and a year (not a page number). */
const SHORT_NUMBER = /^\d{1,4}(?:\s+\d{1,4})?$/;
const YEAR = /^(?:19|20)\d\d$/;
/** A property name of a note-app export (one ASCII word). */
const EXPORT_WORD = /^[A-Za-z][A-Za-z_-]{1,15}$/;
/** An English word injected before a Chinese line (`loading  （一）…`). */
const INJECTED_HEAD = /^[A-Za-z]{3,12}[ \u3000]{2,}(?=[\u3400-\u9fff(（])/;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Can `ORDINAL_START` match a text starting with `c`: an ASCII digit, `（`, `(` or 一 … 十? */
function ordinalStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0xff08 || c === 0x28 || isCnDigit(c);
}

/** 一 二 三 四 五 六 七 八 九 十. */
function isCnDigit(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/**
 * What the classifier reads of one line, all of it a pure function of the line's text from its
 * content start (offsets relative to that start): kept per line text in `Source.memo`, so a keystroke
 * pays for the lines it changed, and the passes over the document test bits instead of running
 * regexes. The bits most lines need are computed at once (`flags`); the rest, which only lines near
 * residue or at the top of the page need, on first use (`more()`), so a one-off lint without a memo
 * does not pay for them on every line.
 */
class LineFacts {
  /** `residueText` of the raw text. */
  readonly t: string;
  /** The text given to the curated patterns: `t`, or `t` without its noise tail. */
  readonly kt: string;
  /** `classifyResidue(kt)`. */
  readonly kind: ResidueKind | undefined;
  /** `noiseTail(t)`: length of junk appended to a sentence, 0 when none. */
  readonly tail: number;
  /** Where that junk ends in the raw text (relative to the content start). */
  readonly tailEnd: number;
  /**
   * Set when the line is residue by a curated pattern (`kind`) yet holds document text besides the residue
   * (see `documentTextIn`): the residue part's offsets in the raw text (relative to the content start), and
   * whether its words alone make it a site's (`sure`).
   */
  readonly split?: {
    readonly start: number;
    readonly end: number;
    readonly sure: boolean;
    readonly inside: boolean;
    /** Residue opening the line too, when the split part closes it (`bracketPlugs`: `【免费下载】…（本文来自XX文库）`). */
    readonly head?: { readonly start: number; readonly end: number; readonly sure: boolean; readonly kind: ResidueKind };
  };
  /**
   * A line residue as a whole whose pattern matched after a clause of the document's own (`textBeforeMatch`), or a
   * blurb without a site editor's marks (`blurbBySite`): its deletion rests on a guess.
   */
  readonly mixed: boolean = false;
  /** An English word injected before a Chinese line: where it starts in the raw text, and its length (0: none). */
  readonly headAt: number;
  readonly headLength: number;
  /**
   * Words injected at a line's ordinal (`injectedAtOrdinal`): where they start in the raw text and their length (0: none).
   * Residue only when sibling lines show the ordinal without them (see `classifyLinesOnce`).
   */
  readonly wordAt: number = 0;
  readonly wordLength: number = 0;
  /** F_* bits 0–7 (F_ATTACHMENT, F_NOISE, F_LONG_NUMBER, F_SHORT_NUMBER, F_RELATED_HEADER, F_NOTICE_HEADER, F_EXPORT_WORD, F_ORDINAL). */
  readonly flags: number;
  private lazy = -1;
  private lazyShapes = -1;

  /**
   * `raw`: the line's text from its content start; `indent`: `contentStart - start` of the line (the
   * memo's key is the whole line); `keep`: the facts outlive this version of the text (detach strings);
   * `triggers`: when given, the trigger words of `raw` (see `TRIGGER_INDEX`) at `triggers[at]` … `triggers[at + 3]`.
   */
  constructor(raw: string, readonly indent: number, keep: boolean, triggers?: Int32Array, at = 0) {
    const r = residueText(raw);
    const t = (this.t = keep ? detach(r) : r);
    if (t.length === 0) {
      this.kt = t;
      this.kind = undefined;
      this.tail = this.tailEnd = this.headAt = this.headLength = 0;
    } else {
      const tail = (this.tail = noiseTail(t));
      const kt = tail > 0 ? t.slice(0, t.length - tail).trimEnd() : t;
      this.kt = keep ? detach(kt) : kt;
      let kind = triggers === undefined ? classifyResidue(kt) : classifyResidueWith(kt, triggers[at], triggers[at + 1], triggers[at + 2], triggers[at + 3]);
      this.tailEnd = tail > 0 ? raw.lastIndexOf(t[t.length - 1]) + 1 : 0;
      // A line that holds the document's own text besides a residue phrase: the phrase quoted as the object of a
      // sentence (`连“本文来源于网络……”字样都未删除。`) is no residue at all; a site notice before or after a sentence
      // (`……通知如下。（本文来自公文库，转载请注明出处）`) is residue alone, the sentence stays.
      // (A line no pattern calls residue is asked too when it ends in a bracket: `……。（本文来源于网络，仅供学习参考）`.)
      let d: ReturnType<typeof documentTextIn> = undefined;
      const asked = tail === 0 && (kind !== undefined || endsInBracket(kt) || endsInPlug(kt));
      if (asked) {
        d = documentTextIn(kt);
        if (d === 'quoted') kind = undefined;
        else if (d !== undefined && (kind !== undefined || d.to === kt.length)) {
          const s = kt.slice(d.from, d.to);
          const from = d.to === kt.length ? raw.lastIndexOf(s) : raw.indexOf(s);
          if (from >= 0) {
            this.split = { start: from, end: from + s.length, sure: d.sure, inside: d.from > 0 && d.to < kt.length };
            kind = d.kind;
          }
        }
      }
      // Brackets of residue at one end of the line or both, around the document's text (`【免费下载】关于……的通知`,
      // `……通知如下（本文来自公文库）`): only the brackets go, each with its own edit (`bracketPlugs`).
      if (tail === 0 && this.split === undefined && d !== 'quoted' && atBracket(kt)) {
        const b = bracketPlugs(kt);
        const at = b === undefined ? -1 : raw.indexOf(kt);
        if (b !== undefined && at >= 0) {
          const main = b.tail ?? b.head!;
          const head = b.tail !== undefined ? b.head : undefined;
          this.split = {
            start: at + main.start,
            end: at + main.end,
            sure: main.sure,
            inside: false,
            head: head && { start: at + head.start, end: at + head.end, sure: head.sure, kind: head.kind },
          };
          kind = main.kind;
        }
      }
      // A clause of the document's before the phrase, in the same sentence (`……通知如下，本文来自公文库，转载请注明
      // 出处。`): the line is not cut, but its deletion is only offered.
      // (Only a notice's kinds: a blurb, a pager or a byline speaks of the page around the text, whole.)
      if (asked && kind !== undefined && NOTICE_KINDS.has(kind) && this.split === undefined && d !== 'quoted') this.mixed = textBeforeMatch(kt, kind);
      // A blurb without a site editor's marks (`为大家精选了一批学习资料，希望……有所帮助`) may be a speaker's: offered too.
      else if (kind === 'blurb' && this.split === undefined && !blurbBySite(kt)) this.mixed = true;
      this.kind = kind;
      // (`INJECTED_HEAD` opens with a Latin letter: no other line is searched.)
      const head = isAsciiLetter(t.charCodeAt(0)) ? INJECTED_HEAD.exec(t) : null;
      this.headAt = head ? raw.indexOf(head[0]) : 0;
      this.headLength = head ? head[0].length : 0;
      if (kind === undefined && tail === 0) {
        const w = injectedAtOrdinal(t);
        const from = w === undefined ? -1 : raw.indexOf(t);
        if (w !== undefined && from >= 0) {
          this.wordAt = from + w.start;
          this.wordLength = w.end - w.start;
        }
      }
    }
    // Each test below is asked only of a text whose first character its pattern can start with.
    const c0 = t.length > 0 ? t.charCodeAt(0) : -1;
    let f = 0;
    if (c0 === 0x9644 /* 附 */ && ATTACHMENT_START.test(t)) f |= F_ATTACHMENT;
    if ((t.length === 1 && LONE_SYMBOL.test(t)) || isAsciiNoise(t)) f |= F_NOISE;
    if (c0 >= 0x30 && c0 <= 0x39) {
      if (LONG_NUMBER.test(t)) f |= F_LONG_NUMBER;
      if (SHORT_NUMBER.test(t) && !YEAR.test(t)) f |= F_SHORT_NUMBER;
    }
    if (RELATED_HEADER.test(t)) f |= F_RELATED_HEADER;
    if (NOTICE_HEADER.test(t)) f |= F_NOTICE_HEADER;
    if (isAsciiLetter(c0) && EXPORT_WORD.test(t)) f |= F_EXPORT_WORD;
    if (raw.length > 0 && ordinalStart(raw.charCodeAt(0)) && ORDINAL_START.test(raw)) f |= F_ORDINAL;
    if (this.kind !== undefined || this.tail > 0 || this.headLength > 0 || this.wordLength > 0) f |= F_CUE;
    this.flags = f;
  }

  /** All F_* bits: `flags` and the others, computed on first use. */
  more(): number {
    if (this.lazy >= 0) return this.lazy;
    const t = this.t;
    let f = this.flags;
    if (PHONE_SHAPE.test(t)) f |= F_PHONE;
    if (NUMBER_LABEL.test(t)) f |= F_NUMBER_LABEL;
    if (NUMERIC_ONLY.test(t)) f |= F_NUMERIC;
    const mark = SENTENCE_MARK.test(t);
    if (mark) f |= F_SENTENCE_MARK;
    if (mark && SENTENCE_MARK.test(t.replace(BRACKETED, ''))) f |= F_SENTENCE_OUTSIDE_BRACKETS;
    if (COLLECTION_COUNT.test(t) && !mark) f |= F_COLLECTION_COUNT;
    if (TOP_NAV.test(t)) f |= F_TOP_NAV;
    if (ISO_DATE.test(t) || USER_NAME.test(t)) f |= F_TOP_BYLINE;
    if (RELATED_START.test(t)) f |= F_RELATED_START;
    if (SITE_VOCAB.test(t)) f |= F_SITE_VOCAB;
    if (HEADER_COLON.test(t)) f |= F_HEADER_COLON;
    if (SHORT_WORDS.test(t)) f |= F_WORDS;
    if (LABEL_VALUE.test(t)) f |= F_LABEL_VALUE;
    if (EXPORT_PROPERTIES.test(t)) f |= F_EXPORT_PROPERTY;
    if (SENTENCE_FINAL.test(t) || SENTENCE_MARK.test(t.slice(0, -1))) f |= F_SENTENCE_LIKE;
    if (COLON_FINAL.test(t)) f |= F_COLON_END;
    if (BRACKET_OPEN.test(t)) f |= F_BRACKET_START;
    if (IDEOGRAPHS_ONLY.test(t)) f |= F_IDEOGRAPHS;
    if (DOCUMENT_KIND.test(t)) f |= F_DOCUMENT_KIND;
    if (SALUTATION.test(t)) f |= F_SALUTATION;
    if (NEIGHBOUR_SHAPE.test(t)) f |= F_NEIGHBOUR_SHAPE;
    if (SITE_CONTACT.test(t)) f |= F_SITE_CONTACT;
    return (this.lazy = f);
  }

  /**
   * S_* bits: the shapes the classifier's later passes test on short lines (a portal card's field, an AI
   * answer's notes header, a model's or an app's name, a running header), computed on first use and kept
   * with the facts (so a keystroke tests them again only on the line it changed).
   */
  shapes(): number {
    if (this.lazyShapes >= 0) return this.lazyShapes;
    const t = this.t;
    let s = 0;
    if (GOV_CARD_FIELD.test(t)) s |= S_GOV_CARD_FIELD;
    if (t.length <= PANEL_LINE && PANEL_FIELD.test(t)) s |= S_PANEL_FIELD;
    if (AI_NOTES_HEADER.test(t)) s |= S_AI_NOTES_HEADER;
    if (MODEL_NAME.test(t)) s |= S_MODEL_NAME;
    if (APP_NAME.test(t)) s |= S_APP_NAME;
    if (RUNNING_HEADER.test(t) && t.split(WIDE_GAP).length === 2) s |= S_RUNNING_HEADER;
    return (this.lazyShapes = s);
  }
}

// Bits of `LineFacts.shapes()`.
/** `GOV_CARD_FIELD`. */
const S_GOV_CARD_FIELD = 1 << 0;
/** `AI_NOTES_HEADER`. */
const S_AI_NOTES_HEADER = 1 << 1;
/** `MODEL_NAME`. */
const S_MODEL_NAME = 1 << 2;
/** `APP_NAME`. */
const S_APP_NAME = 1 << 3;
/** `RUNNING_HEADER` with exactly one wide gap (two parts). */
const S_RUNNING_HEADER = 1 << 4;
/** `PANEL_FIELD`. */
const S_PANEL_FIELD = 1 << 5;

// The tests of `LineFacts.more()`, made once (a regex literal in a method is a new object per call).
const NUMERIC_ONLY = /^[\d\s.,，、%％-]+$/;
const BRACKETED = /[（(][^（）()]*[)）]/g;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$/;
// Not a standard's or a product's code in capitals and digits (`DB3601`, the 地方标准 code on a standard's cover).
const USER_NAME = /^(?=.*\d)(?![A-Z]{1,5}\d+$)[A-Za-z][A-Za-z0-9_]{3,19}$/;
const RELATED_START = /^[【\[［]?(?:相关|猜你|猜您|你可能|您可能|更多相关|延伸|推荐|热门|往期|类似|作者最新)/;
const SHORT_WORDS = /^(?:[^\s，。,;；]{1,8}[\s\u3000]+){2,}[^\s，。,;；]{1,8}$/;
const LABEL_VALUE = /^[\u3400-\u9fff]{1,6}\s*[:：]\s*[\d\-/.:A-Za-z\s]{0,24}$/;
/**
 * A line ending as a sentence: 。 ！ ； ;. Not ？: a page's title is often a question (`会议通知类公文如何撰写?`), and the
 * caption pass reads titles by this.
 */
const SENTENCE_FINAL = /[。！；;]$/;
const COLON_FINAL = /[:：]$/;
const BRACKET_OPEN = /^[【\[［〔(（]/;
const IDEOGRAPHS_ONLY = /^[\u3400-\u9fff]+$/;
const SALUTATION = /^(?:各|尊敬|亲爱|親愛|同志|女士|先生)|们[:：]$/;
const NEIGHBOUR_SHAPE = /^[¥￥$]|^[\d\s.:/-]+$|^[!-~\s]+$|[:：]$/;
/**
 * A contact or source line that a site puts in its footer and a real document may also hold (a 征文 notice's
 * `投稿邮箱：`, a training notice's `QQ群：`, `来源：` under a table): residue only beside site furniture.
 */
const SITE_CONTACT = /^(?:投稿[/、]合作|商务合作|广告合作|合作请联系|投稿邮箱|投稿信箱|投稿地址|(?:官方|读者|交流|粉丝|学习|资料|范文)?(?:QQ|qq)(?:交流|读者|官方|学习)?群|微信号|客服微信|客服QQ|客服电话|客服热线|客服邮箱|在线客服|加群|进群|用户名|昵称|验证码|功能介绍|主办(?:单位)?|承办(?:单位)?|技术支持|网站标识码|(?:文章|信息|内容)?来源)\s*[:：]?/;
/** A `SITE_CONTACT` line of a site's footer (who runs the site), reported as the footer's copyright and licence lines are. */
const SITE_FOOTER = /^(?:主办|承办|技术支持|网站标识码)/;
/** An event's organisers, one to a line, as a notice lists them: `主办单位：白石市体育局`, `承办单位：…`, `协办单位：…`. */
const ORGANISER_FIELD = /^(?:主办|承办|协办|支持|指导)单位\s*[:：]\s*\S/;
/** Kinds of site furniture beside which a `SITE_CONTACT` line is the site's too (not a page number, not noise). */
const SITE_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['share', 'promo', 'editor', 'source', 'byline', 'related', 'disclaimer', 'copyright', 'banner', 'comment', 'chat', 'paywall', 'blurb', 'breadcrumb', 'metadata', 'disclosure', 'notice', 'template', 'service']);
/** Service hours after a customer-service contact: `（工作日9:00-18:00）`, `周一至周五 8:30～17:30`. */
const SERVICE_HOURS = /\d{1,2}(?:[:：]\d{2}|点)\s*[-—–~～至到]\s*\d{1,2}(?:[:：]\d{2}|点)/;

/**
 * The labels of a government site's information-disclosure panel (政府信息公开目录, above a document it publishes), as
 * `PANEL_FIELD` (at a line's start) and `PANEL_LABELS` (every label of a line, group 1) read them.
 */
const PANEL_LABEL_WORDS =
  '索[\\s\\u3000]*引[\\s\\u3000]*号|信息索引号|主题分类|组配分类|体裁分类|服务对象分类|信息分类|是否有效|主[\\s\\u3000]*题[\\s\\u3000]*词|发文机构|发布机构|发文机关|所属机构|发文单位|发文字号|文[\\s\\u3000]*号|发文日期|成文日期|发布日期|印发日期|生效日期|废止日期|公开日期|有[\\s\\u3000]*效[\\s\\u3000]*性|时效性|内容概述|内容摘要|摘[\\s\\u3000]*要|信息名称|文件名称|名[\\s\\u3000]*称|标[\\s\\u3000]*题|公开方式|公开范围|公开时限|关[\\s\\u3000]*键[\\s\\u3000]*词|浏览次数|访问量';
/** A line opening with a panel label and its colon: `索引号：11440300MB2C92051X/2024-00123`, `发文机构：`. */
const PANEL_FIELD = new RegExp(`^(?:${PANEL_LABEL_WORDS})[\\s\\u3000]*[:：]`);
/** Every panel label on a line (a panel laid out as a table: `索引号：…　主题分类：…`): the label in group 1. */
const PANEL_LABELS = new RegExp(`(?:^|[\\s\\u3000|｜])(${PANEL_LABEL_WORDS})[\\s\\u3000]*[:：]`, 'g');
/** A panel label alone, its value on the next line: `发文机构：`. */
const PANEL_LABEL_ONLY = new RegExp(`^(${PANEL_LABEL_WORDS})[\\s\\u3000]*[:：]$`);
/**
 * The labels only a portal's panel carries: a document's own lines, a 发文稿纸 and a 政府信息公开申请表 (`信息名称：`,
 * `文号：`, `发布机构：`) carry none.
 */
const PORTAL_LABEL = /^(?:索引号|信息索引号|主题分类|组配分类|体裁分类|服务对象分类|信息分类|有效性|是否有效|时效性|内容概述)$/;
/** A form's title: its labels (`主题分类：` `有效性：` of a 发文稿纸, `索引号：` of an application) are the form's fields. */
const FORM_TITLE = /^(?:发文稿纸|发文单|发文审批单|\S{0,30}(?:申请表|登记表|审批表|呈批表|审签单|征求意见表))$/;
/** The heading a portal sets above the panel. */
const PANEL_HEADING = /^(?:政府)?信息公开(?:目录|信息|专栏)?$/;
/** Longest line read as a field of the panel. */
const PANEL_LINE = 80;

/**
 * A government site's information-disclosure table copied one cell per line: a label alone (`索引号`, `主题分类`,
 * `有效性`, the words `PANEL_LABEL_WORDS` names, no colon), its value on the next line, label after label.
 */
const BARE_PANEL_LABEL = new RegExp(`^(?:${PANEL_LABEL_WORDS})$`);
/**
 * Lines a journal database prints around its sure fields (`journal` calls): the abstract and keywords (`摘　要：`,
 * `【关键词】`), the authors with their superscript numbers (`王　明1　李　红2`), their affiliations with postcodes
 * (`（1.某某研究室，浙江　青山　311300；…）`), `DOI：10.…`, `基金项目：`, `作者：`, `作者单位：`, `作者简介：`, `刊名：`, `收稿日期：`, `分类号：`, the
 * database's name, `相关文献`.
 * A research report has its own 【摘要】 and 【关键词】: only beside a sure journal field are these the database's.
 */
const JOURNAL_NEAR = /^(?:[【\[](?:摘\s*要|关\s*键\s*词|作\s*者|机\s*构|刊\s*名|出\s*处|基\s*金|分\s*类\s*号|DOI)[】\]]|DOI\s*[:：]\s*10\.\d{4,9}\/\S+$|(?:摘\s*要|关\s*键\s*词|基金项目|基金资助|作\s*者|作者单位|作者简介|通讯作者|分类号|刊\s*名|专\s*辑|专\s*题|收稿日期|录用日期|在线公开时间|网络首发地址|Abstract|Key\s*words)\s*[:：]|(?:[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}[ \u3000]?\d(?:[,，]\d)*[\s\u3000]*){1,8}$|[（(](?:\d[.．])?[^（）()]{2,150}\d{6}[^（）()]{0,150}[)）]$|(?:万方数据知识服务平台|万方数据|中国知网|维普(?:网|资讯|期刊)?|相关文献|相似文献|引证文献|参考文献)$)/i;
/** The fields an author's manuscript carries too: its classification codes and its article number. */
const MANUSCRIPT_FIELD = /^(?:中图分类号|中图法分类号|文献标识码|文献标志码|文章编号)\s*[:：]/;
/** A reference list's heading (`参考文献：`) and its entries (`[1] 李明.…[J].…`). */
const REFERENCES_HEADING = /^(?:参考文献|主要参考文献)\s*[:：]?$/;
const REFERENCE_ENTRY = /^[\[［]\d{1,3}[\]］]/;
/** A self-media platform's or a site's statement heading on its own line, above the statement (`特别声明`). */
const STATEMENT_HEADING = /^(?:特别声明|免责声明|声明)$/;
/** A news site's or outlet's name (`青山新闻网`, `青山日报`): the page's masthead when it opens the page over sure furniture. */
/** An institution's or platform's site name (a thirteenth tester's pages): 人大, 政协, a hospital, a college, a cadres' online
 * college, a 党建 platform, a 12345 hotline, a 留言板. */
const SITE_MASTHEAD = /^(?:\d{5})?[\u4e00-\u9fff]{0,16}(?:人大常委会|政协|人民医院|医院|中医院|学院|大学|网络学院|党建云平台|党建平台|政务服务网|便民热线|留言板)$/;
/** A field of a 12345 or 留言板 case page. */
const CASE_FIELD = /^(?:诉求类型|诉求标题|诉求内容|答复内容|留言标题|留言内容|回复机构|回复单位|回复内容)\s*[:：]/;
/** A heading or field of an approval or OA app's record. */
const FLOW_FIELD = /^(?:审批中|审批流程|审批记录|流程结束|流程记录|方案名称|方案正文|正文\s*[:：]|(?:公告|发文|通知)标题\s*[:：])/;
/** A share target named alone on its line. */
const SHARE_TARGET = /^(?:微信|微信好友|朋友圈|微博|新浪微博|腾讯微博|QQ|QQ空间|QQ好友|豆瓣|今日头条|抖音|钉钉|企业微信)$/;
const OUTLET_NAME = /^[\u4e00-\u9fff]{2,10}(?:新闻网|新闻客户端|融媒体中心|日报|晚报|电视台)$/;
/** The title of a study material that reprints texts (`理论学习中心组学习材料`, `学习参考资料`). */
const STUDY_MATERIAL = /学习材料|学习资料|学习参考|学习参阅|参阅材料|学习文件选编|学习辑要/;
/** The length of the full text and where it is: the attachment (`（全文共8页，详见附件）`). */
const FULL_TEXT_IN_ATTACHMENT = /^[（(]?全文共\s*\d+\s*页[，,]\s*(?:详见|请见|见)附件[)）。]?$/;
/** A table's cell or a label of its own line: ideographs, perhaps an ordinal in brackets (`第二十条第（五）项`), no sentence. */
const CELL_LABEL = /^[\u4e00-\u9fff（）()]+$/;
/** What a number under it is the number of: a hotline, a phone line. */
const HOTLINE_NAME = /热线|专线|电话|号码/;
/** A field of a schedule, its label a time's (`报到时间　2024-06-03 14:00`, `会议时间　…`). */
const TIME_FIELD = /^[\u4e00-\u9fff]{0,6}(?:时间|日期|时段)[\s\u3000]/;
/** A news office that signs its own release (`青山县人民政府新闻办公室`), which may close with the wire's `（完）`. */
const NEWS_OFFICE = /(?:新闻办公室|新闻办|新闻中心|新闻发布中心|融媒体中心|宣传部)$/;
/** A news wire's closing mark `（完）` on its own line. */
const WIRE_END = /^[（(]完[)）]$/;
/** A site's attachment list after the 落款 (`附件：` / `1.某某标准.docx` / `2.某某表.xlsx`): its heading and its file items. */
const DOWNLOAD_HEADING = /^(?:附件|附件下载|相关附件)\s*[:：]?$/;
const DOWNLOAD_ITEM = /^\d{1,2}[.．、]\s*\S.{0,100}\.(?:docx?|xlsx?|et|pdf|ofd|wps|pptx?|zip|rar)$/i;
/** A 发文字号 alone on its line (`青政办发〔2024〕21号`): repeated beside a page number, a PDF's running header. */
const ISSUE_NUMBER_LINE = /^[\u4e00-\u9fff]{1,16}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号$/;
/**
 * A news wire's lead before a document it republishes (`新华社北京5月6日电　经国务院同意，……印发《……》。全文如下：`): the
 * agency's dateline and the words that hand over to the text.
 */
const WIRE_LEAD = /^(?:新华社|中新社|中新网|人民网|央视网|新华网|光明网|中国新闻网|人民日报|[\u4e00-\u9fff]{2,10}(?:日报|晚报|新闻网|融媒体中心|电视台))[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电[\s\u3000]*\S.{0,240}(?:(?:全文|原文)(?:如下|附后)|以下为全文)[:：。]$/;

/**
 * What the place-based passes (`callByPlace`, `callToolChromeByPlace`) read and write, for lines by 0-based index: each
 * line's facts and trimmed length (0: blank), the previous and next non-blank line (-1: none), the calls so far (`callAt`,
 * `isCalled` for a whole-line call, the map itself) and `set` to add one.
 */
interface PlacePass {
  readonly facts: ReadonlyArray<LineFacts | undefined>;
  readonly tlen: Int32Array;
  readonly prev: Int32Array;
  readonly next: Int32Array;
  readonly callAt: (i: number) => ResidueCall | undefined;
  readonly set: (i: number, kind: ResidueKind, certainty: ResidueCertainty) => void;
  readonly isCalled: (i: number) => boolean;
  readonly calls: ReadonlyMap<number, ResidueCall>;
}

/**
 * Calls of residue told by its place on the page rather than by its words alone (the tenth tester's pages, 2026-12-02):
 * - the one-cell-per-line disclosure table above the title: three labels or more alternating with their values, one of
 *   them the portal's own (`PORTAL_LABEL`), nothing but furniture above (sure, as the panel with colons is); under the
 *   document, with nothing of its own below, offered; between its lines, a table of the document's: left;
 *   the same as tab-separated rows without colons; an outlet's name opening the page over sure furniture (offered);
 * - a journal database's lines (`JOURNAL_NEAR`) next to its sure fields, and the reference list of a page that has such
 *   fields: offered;
 * - `特别声明` alone over a sure site statement, `（完）` right under the 成文日期 (not a news office's own), a site's attachment list of file names
 *   after the 成文日期, a repeated 发文字号 beside a page number, a running header whose parts swap sides, a news wire's lead
 *   before the text it hands over to: offered.
 */
function callByPlace(source: Source, pass: PlacePass): void {
  const { facts, tlen, prev, next, callAt, set, isCalled, calls } = pass;
  const n = source.lines.length;
  const text = (i: number): string | undefined => (i >= 0 && tlen[i] > 0 ? facts[i]!.t : undefined);
  const free = (i: number) => i >= 0 && tlen[i] > 0 && callAt(i) === undefined;
  // A portal's name with its .gov.cn domain and a browser's print header (`2024/5/6 10:12　　标题-单位`) head the page; below
  // the document's first line of its own the same shapes may be the document's (a notice's closing line naming its site,
  // a log's row): offered there.
  let start = 0;
  while (start < n && !free(start)) start++;
  let lastFree = n - 1;
  while (lastFree >= 0 && !free(lastFree)) lastFree--;
  /**
   * Where a table of the portal's (lines `first` … `last`) stands: 'top' above the document (only furniture over it), 'end'
   * under it (nothing of the document's below, and no lead-in of the document's right above: `应载明以下要素：`), else
   * undefined — a table of the document's own (a 政务公开 standard's fields and their rules).
   */
  const placeOf = (first: number, last: number): 'top' | 'end' | undefined => {
    let top = true;
    for (let k = prev[first], seen = 0; k >= 0; k = prev[k], seen++) {
      if (seen >= 20 || !isCalled(k)) {
        top = false;
        break;
      }
    }
    if (top) return 'top';
    if (lastFree > last) return undefined;
    const above = text(prev[first]);
    if (above === undefined || !free(prev[first])) return 'end';
    // (Nor under the title of the document's attachment, `附件` / `政府信息公开目录著录要素表`: the table is the attachment.)
    const heading = text(prev[prev[first]]);
    return /[:：]$/.test(above) || (heading !== undefined && free(prev[prev[first]]) && ATTACHMENT_HEAD.test(heading)) ? undefined : 'end';
  };
  // (The calls so far, read once: most lines have none; the passes below that start from a call start from these.)
  const sureJournal: number[] = [];
  let marks = false;
  for (const c of calls.values()) {
    const i = c.line;
    if (!marks && isPageMark(c)) marks = true;
    if (c.part !== undefined || c.certainty !== 'sure') continue;
    if (c.kind === 'journal') sureJournal.push(i);
    else if (i > start && ((c.kind === 'gov-site' && /\.gov\.cn\/?$/i.test(facts[i]!.t)) || (c.kind === 'software' && /^\d{4}\/\d{1,2}\/\d{1,2}[\s\u3000]/.test(facts[i]!.t)))) c.certainty = 'likely';
  }
  sureJournal.sort((a, b) => a - b);
  // An author's manuscript prints its own 中图分类号, 文献标识码 and 文章编号 under its 摘要 and 关键词; only a database's page adds
  // what a manuscript never has (its toolbar, download counts, 引用本文格式, 网络出版日期): without one of those, these are offered.
  if (sureJournal.length > 0 && sureJournal.every((i) => MANUSCRIPT_FIELD.test(facts[i]!.t))) {
    for (const i of sureJournal) calls.get(i)!.certainty = 'likely';
  }
  // The one-cell-per-line disclosure table.
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0 || tlen[i] > 12 || !BARE_PANEL_LABEL.test(facts[i]!.t)) continue;
    const members: number[] = [];
    let labels = 0;
    let filled = 0;
    let portal = false;
    let j = i;
    for (; j >= 0 && tlen[j] > 0 && tlen[j] <= 12 && BARE_PANEL_LABEL.test(facts[j]!.t) && members.length < 60; ) {
      labels++;
      members.push(j);
      if (PORTAL_LABEL.test(facts[j]!.t.replace(/[\s\u3000]/g, ''))) portal = true;
      const v = next[j];
      const vt = text(v);
      // (The last label's value is not taken when it reads as the document's title, `有效性` / `关于……的通知`: the table may
      // have ended on an empty cell; under `标题` or `名称` the title is the table's copy.)
      const after = text(next[v]);
      const last = after === undefined || !(after.length <= 12 && BARE_PANEL_LABEL.test(after));
      const titleLike = vt !== undefined && !/^(?:标[\s\u3000]*题|名[\s\u3000]*称|信息名称|文件名称)$/.test(facts[j]!.t) && (namesDocumentKind(vt, facts[v]!.more()) || DOCUMENT_TITLE_LINE.test(vt) || vt.endsWith('文件'));
      if (vt !== undefined && vt.length <= 60 && !(tlen[v] <= 12 && BARE_PANEL_LABEL.test(vt)) && !SENTENCE_MARK.test(vt.replace(/[、，,]/g, '')) && !(last && titleLike)) {
        members.push(v);
        filled++;
        j = next[v];
      } else j = v;
    }
    const place = labels >= 3 && portal && filled >= 2 ? placeOf(i, members[members.length - 1]) : undefined;
    if (place !== undefined) {
      for (const k of members) {
        const c = callAt(k);
        if (c === undefined) set(k, 'disclosure', place === 'top' ? 'sure' : 'likely');
        else if (c.part === undefined) c.kind = 'disclosure';
      }
    }
    if (members.length > 0) i = members[members.length - 1];
  }
  // The same table as rows of tab-separated cells without colons (`索引号⇥1133…/2024-00187⇥主题分类⇥城乡建设`): every other
  // cell a label, three labels or more, one the portal's own.
  const tabs = source.text.includes('\t');
  for (let i = 0; tabs && i < n; i++) {
    if (tlen[i] <= 0 || !facts[i]!.t.includes('\t') || !free(i)) continue;
    const rows: number[] = [];
    let labels = 0;
    let portal = false;
    for (let j = i; free(j) && facts[j]!.t.includes('\t') && rows.length < 20; j = next[j]) {
      const cells = facts[j]!.t.split('\t').map((c) => c.trim()).filter((c) => c !== '');
      if (cells.length < 2 || cells.length % 2 !== 0 || !cells.every((c, k) => k % 2 === 1 || (c.length <= 12 && BARE_PANEL_LABEL.test(c)))) break;
      rows.push(j);
      for (let k = 0; k < cells.length; k += 2) {
        labels++;
        if (PORTAL_LABEL.test(cells[k].replace(/[\s\u3000]/g, ''))) portal = true;
      }
    }
    const place = labels >= 3 && portal ? placeOf(i, rows[rows.length - 1]) : undefined;
    if (place !== undefined) for (const k of rows) set(k, 'disclosure', place === 'top' ? 'sure' : 'likely');
    if (rows.length > 0) i = rows[rows.length - 1];
  }
  // An outlet's name opening the page right over sure furniture (`青山新闻网` / `听新闻`): its masthead.
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0) continue;
    const q = callAt(next[i]);
    if (prev[i] < 0 && free(i) && tlen[i] <= 14 && OUTLET_NAME.test(facts[i]!.t) && q !== undefined && q.certainty === 'sure' && q.part === undefined && !isPageMark(q)) set(i, 'banner', 'likely');
    break;
  }
  // An institution's or platform's site name opening the page right over sure furniture (`白石市人大常委会` / its menu,
  // `干部网络学院` / `我的学习 > …`, `12345政务服务便民热线` / `首页 > 热线公开`): its masthead. The same name heads or signs
  // a document (a letterhead, a 落款), so only offered, and only over a sure call (a correct document has none).
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0) continue;
    const q = callAt(next[i]);
    if (prev[i] < 0 && free(i) && tlen[i] <= 20 && SITE_MASTHEAD.test(facts[i]!.t) && q !== undefined && q.certainty === 'sure' && q.part === undefined && !isPageMark(q)) set(i, 'banner', 'likely');
    break;
  }
  // The share targets a page lists one per line under its sure `分享到：` (`微信` / `微博` / `QQ空间`): offered (alone, a
  // table's cell may read `微信`).
  for (let i = 0; i < n; i++) {
    const c = callAt(i);
    if (c === undefined || c.certainty !== 'sure' || c.part !== undefined || !/^分享(?:到|至)?\s*[:：]$/.test(facts[i]!.t)) continue;
    for (let j = next[i], k = 0; j >= 0 && k < 8 && free(j) && SHARE_TARGET.test(facts[j]!.t); j = next[j], k++) set(j, 'share', 'likely');
  }
  // A 12345 or 留言板 case's own fields (`诉求类型：投诉`, `诉求内容：`, `答复内容：`, `留言标题：…`, `回复机构：…`) beside the
  // case page's sure calls (`工单编号：…`, `办理状态：已办结`) or beside each other so: offered (a report on the hotline
  // quotes a case in the same fields, with no page chrome beside them). Likewise an approval app's headings and fields
  // (`审批中`, `发文标题：…`, `正文：`, `审批流程`, `审批记录`, `流程结束`) beside its sure steps: a 制度 may head a section
  // `审批流程`, with no app beside it.
  for (const order of [1, -1]) {
    for (let k = 0; k < n; k++) {
      const i = order === 1 ? k : n - 1 - k;
      if (tlen[i] <= 0 || tlen[i] > 60 || !free(i)) continue;
      const kind = CASE_FIELD.test(facts[i]!.t) ? 'gov-site' : FLOW_FIELD.test(facts[i]!.t) ? 'software' : undefined;
      if (kind === undefined) continue;
      const side = callAt(order === 1 ? prev[i] : next[i]);
      if (side !== undefined && side.part === undefined && !isPageMark(side)) set(i, kind, 'likely');
    }
  }
  // A journal database's page: its lines beside the sure fields, and its reference list.
  const near = (i: number) => free(i) && tlen[i] <= 300 && JOURNAL_NEAR.test(facts[i]!.t);
  // (Each line is walked over at most once each way: a walk stops at a line an earlier walk that way reached.)
  for (const step of sureJournal.length > 0 ? [prev, next] : []) {
    const walked = new Set<number>();
    for (const i of sureJournal) {
      for (let j = step[i]; j >= 0 && !walked.has(j) && (near(j) || callAt(j)?.kind === 'journal'); j = step[j]) {
        walked.add(j);
        if (free(j)) set(j, 'journal', 'likely');
      }
    }
  }
  for (let i = 0; sureJournal.length > 0 && i < n; i++) {
    if (!free(i) || tlen[i] > 10 || !REFERENCES_HEADING.test(facts[i]!.t)) continue;
    const entries: number[] = [];
    for (let j = next[i]; free(j) && entries.length < 200 && (REFERENCE_ENTRY.test(facts[j]!.t) || isBibliographyText(facts[j]!.t)); j = next[j]) entries.push(j);
    if (entries.length === 0) continue;
    set(i, 'journal', 'likely');
    for (const j of entries) set(j, 'journal', 'likely');
  }
  // The first line of each 发文字号 (a running header repeats the document's own, which comes first; only beside a page
  // number is a copy the header's).
  const firstIssueNumber = new Map<string, number>();
  for (let i = 0; marks && i < n; i++) {
    const t = text(i);
    if (t !== undefined && t.length <= 40 && t.charCodeAt(t.length - 1) === 0x53f7 /* 号 */ && !firstIssueNumber.has(t) && ISSUE_NUMBER_LINE.test(t)) firstIssueNumber.set(t, i);
  }
  for (let i = 0; i < n; i++) {
    // (Only short lines, and beyond six characters only a repeated 发文字号, can be any of these.)
    if (tlen[i] <= 0 || tlen[i] > 40 || (tlen[i] > 6 && firstIssueNumber.size === 0) || !free(i)) continue;
    const t = facts[i]!.t;
    const below = callAt(next[i]);
    if (tlen[i] <= 4 && STATEMENT_HEADING.test(t)) {
      if (below !== undefined && below.kind === 'disclaimer' && below.certainty === 'sure') set(i, 'disclaimer', 'likely');
    } else if (tlen[i] <= 3 && WIRE_END.test(t)) {
      // (The wire's closing mark of a story the page reprints: named as the reprint's. Under the date and the signature of a
      // news office, `青山县人民政府新闻办公室` / `2024年5月10日` / `（完）`, it closes the office's own 通稿: left.)
      const above = text(prev[i]);
      const signer = above !== undefined ? text(prev[prev[i]]) : undefined;
      if (above !== undefined && DATE_LINE.test(above) && !(signer !== undefined && free(prev[prev[i]]) && NEWS_OFFICE.test(signer))) set(i, 'source', 'likely');
    } else if (tlen[i] <= 6 && DOWNLOAD_HEADING.test(t)) {
      const above = text(prev[i]);
      if (above === undefined || !DATE_LINE.test(above)) continue;
      const items: number[] = [];
      for (let j = next[i]; free(j) && items.length < 30 && DOWNLOAD_ITEM.test(facts[j]!.t); j = next[j]) items.push(j);
      if (items.length === 0) continue;
      set(i, 'related', 'likely');
      for (const j of items) set(j, 'related', 'likely');
    } else if ((firstIssueNumber.get(t) ?? i) < i && (isPageMark(callAt(prev[i])) || isPageMark(below))) set(i, 'pager', 'likely');
  }
  // A running header whose two parts swap sides from odd to even pages (`某某公报　　2024年第5期` / `2024年第5期　　某某公报`),
  // a copy beside a page number: every copy is the header. (The same line repeated is read with the running headers below.)
  const sides = new Map<string, number[]>();
  for (let i = 0; marks && i < n; i++) {
    if (tlen[i] < 6 || tlen[i] > 60 || !free(i) || !(facts[i]!.shapes() & S_RUNNING_HEADER)) continue;
    const parts = facts[i]!.t.split(WIDE_GAP);
    const key = parts[0] < parts[1] ? `${parts[0]}\t${parts[1]}` : `${parts[1]}\t${parts[0]}`;
    const at = sides.get(key);
    if (at) at.push(i);
    else sides.set(key, [i]);
  }
  for (const at of sides.values()) {
    if (at.length < 2 || !at.some((i) => isPageMark(callAt(prev[i])) || isPageMark(callAt(next[i])))) continue;
    const first = facts[at[0]]!.t;
    if (at.every((i) => facts[i]!.t === first)) continue;
    for (const i of at) set(i, 'pager', 'likely');
  }
  const wire = source.text.includes('日电');
  let study: boolean | undefined;
  const reprintsForStudy = (): boolean => {
    for (let i = start, k = 0; i >= 0 && i < n && k < 3; i = next[i], k++) if (free(i) && tlen[i] <= 40 && STUDY_MATERIAL.test(facts[i]!.t)) return true;
    return lastFree >= 0 && tlen[lastFree] <= 30 && /编印$/.test(facts[lastFree]!.t);
  };
  for (let i = 0; wire && i < n; i++) {
    if (tlen[i] < 12 || tlen[i] > 300) continue;
    const t = facts[i]!.t;
    const c = t.charCodeAt(t.length - 1);
    if ((c !== 0xff1a /* ： */ && c !== 0x3a && c !== 0x3002 /* 。 */) || !t.includes('日电') || !free(i) || !WIRE_LEAD.test(t)) continue;
    // (A 学习材料 exists to reprint the text, its lead with it: `理论学习中心组学习材料` / `2024年第6期` / … / `县委办公室编印`.)
    if (text(next[i]) !== undefined && !(study ??= reprintsForStudy())) set(i, 'source', 'likely');
  }
  callToolChromeByPlace(n, pass, free);
  callToolsAndReadersByPlace(source, n, pass, free);
}

/** An AI answer's sources header, sure by its words: Copilot's `了解详细信息:`, 秘塔's `来源 15`. */
const AI_SOURCES_HEADER = /^(?:了解详细信息|详细了解)\s*[:：]$|^(?:来源|参考来源|引用来源|参考网页|搜索来源)\s*[（(]?\d{1,3}[)）]?$/;
/** A source of an AI answer, numbered: a bare domain (`1. gov.cn`) or a page's title and its site (`2. 某某总结 - 范文网`). */
const AI_SOURCE_ITEM = /^(?:(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,6}|\S.{1,60}?[\s\u3000]+[-–—_|｜][\s\u3000]+[^\s-–—_|｜]{2,16})$/;
/** A numbered item's marker on the raw line (`1. `, `2、`, `[3]`). */
const NUMBERED = /^\s*(?:\d{1,2}[.、．]\s*|[\[［]\d{1,2}[\]］]\s*)/;
/** A question bank's or a reader's sure chrome (`RESIDUE_PATTERNS`). */
const BANK_CHROME = /本题|纠错|上一题|下一题|我的答案|正确率|题库|^第\s*\d{1,3}\s*题|工具\/原料|方法\/步骤|经验内容仅供参考|本篇经验/;
const READER_CHROME = /^本书由|阅读进度|^(?:想法|划线|书签)\s*\d|^(?:已读|读完)\s*\d|您在(?:第\s*\d|位置)|来自(?:微信读书|掌阅|多看阅读|豆瓣阅读|京东读书)/;
/** A player's or a recorder's sure chrome (`RESIDUE_PATTERNS`): the counters, the speed, the position, a speaker's stamp. */
const AUDIO_CHROME = /^(?:播放|播放量|收听|收听量|播放次数)\s*[:：]?\s*\d|倍速|^\d{1,2}:\d{2}(?::\d{2})?\s*[/／]\s*\d{1,2}:\d{2}|^(?:说话人|发言人)\s*\d|时长/;
/** A bank's or a book's heading in brackets: the answer, the analysis, the points tested, the comment, the example. */
const BANK_HEADING = /^[【\[［](?:参考答案|答案|标准答案|解析|答案解析|试题解析|考点|考点分析|点评|评析|写作提示|思路点拨|审题|范例|例文|题目)[】\]］](?:[\s\u3000]+\S.{0,30})?$|^(?:参考答案|答案解析|试题解析)$/;
/** Such a heading over a comment on the text (its lines under it are the bank's or the book's, not the document). */
const COMMENT_HEADING = /^[【\[［](?:解析|答案解析|试题解析|考点分析|点评|评析|写作提示|思路点拨|审题)[】\]］]$/;
/** A Kindle clipping's location line (`- 您在位置 #1032-1040的标注 | 添加于 …`), and the book's title over it (`书名 (作者)`). */
const KINDLE_LOCATION = /^(?:-\s*)?您在(?:第\s*\d{1,4}\s*页|位置\s*#?\d{1,6})[^|｜]{0,24}?的(?:标注|笔记|书签)/;
const KINDLE_TITLE = /^[^\s：:。；，]\S.{0,70}[)）]$/;
/** An AI answer's header of follow-up questions that the chat patterns do not read (`相关问题`, `大家都在问`). */
const FOLLOW_UPS = /^(?:相关问题|相关搜索|大家都在问|延伸问题|相关推荐问题)$/;
/** A 申论 bank's question over its answer (`假定你是某镇党委书记，请根据给定资料，写一篇……`): a training material may set it too. */
const BANK_QUESTION = /^(?:假定|假如|假设)(?:你|您)是[^，,。]{2,30}[，,]\s*请(?:根据|结合|参考)给定资料/;
/** A reader's buttons alone: `划线`, `写想法`, `书签`. */
const READER_BUTTON = /^(?:划线|写想法|想法|书签|加书签|添加书签|查看想法|朗读|听书|AI问书)$/;
/** A book's copyright page fields (`书名：`, `ISBN：`) and its heading `版权信息`. */
const BOOK_FIELD = /^(?:版权信息|书名|作者|著者|译者|出版社|出版发行|出版|ISBN|书号|定价|版次|字数|责任编辑|数字编辑)(?:\s*[:：].{0,60})?$/;
/** A page counter of a reader or a chat (`37 / 212`, `1/30`). */
const PAGE_OF = /^(\d{1,4})\s*[/／]\s*(\d{1,4})$/;
/** A chapter mark under a player (`00:00 讲稿开头`, `03:42 第二部分`): a time and a short title. */
const CHAPTER_MARK = /^(\d{1,2}):(\d{2})(?::\d{2})?[\s\u3000]+[^\s，。；：:\d][^，。；]{1,15}$/;
/** A player's or a recorder's headings alone: `文稿`, `声音简介`, `会议章节`, `待办事项`, `播放`. */
const AUDIO_HEADING = /^(?:文稿|文字稿|音频文稿|讲稿原文|声音简介|节目简介|单集简介|会议章节|章节速览|智能章节|播放|试看中|试听中|待办事项|待办|会议待办|待办清单)$/;
/** An H5 page's sure chrome (`RESIDUE_PATTERNS`): its swipe prompt, its maker's footer. */
const H5_CHROME = /上滑|向上滑动|提供技术支持|我也要免费制作/;
/** An item of a recorder's to-do list: a box and the task. */
const TODO_ITEM = /^[□☐■☑✅]\s*\S/;
/** A sign-up or comment form's cue (`RESIDUE_PATTERNS`): `点击报名`, `我要留言`. */
const FORM_CUE = /^(?:我要(?:留言|评论|提问|咨询|报名|投诉|建言|提建议|写信)|(?:点击|立即|马上)(?:报名|提交|留言|参与)|留言须知)$/;
/** A form's field name alone (`姓名`, `单位`, `联系电话`), perhaps with a colon, and its button. */
const FORM_FIELD_NAME = /^(?:姓名|性别|单位|工作单位|所在单位|职务|联系电话|电话|手机|手机号|手机号码|邮箱|电子邮箱|身份证号|验证码|留言标题|留言内容|意见建议|备注|提交|提交报名)\s*[:：]?$/;

/**
 * Tool and reader chrome told by its place (a sixteenth tester's pages, 2026-12-02), all offered:
 * - an AI answer's numbered sources under its sure sources header (`了解详细信息:` / `1. gov.cn`, `来源 15` / `1. 某某总结 - 范文网`),
 *   and on an AI answer's page its page counter (`1/30`) and `相关问题` with the questions under it;
 * - on a question bank's page its question (`假定你是……，请根据给定资料，写一篇……`); on a question bank's or a reader's page
 *   (sure chrome of its own), the headings in brackets (`【参考答案】`, `【解析】`, `【评析】`,
 *   `【范例】`) and the comment under one (its lines up to the next call or heading): a training material writes its own
 *   【参考答案】, with no bank beside it; a reader's buttons (`划线`, `写想法`, `书签`) and its page counter (`37 / 212`); the
 *   copyright page's fields next to the sure licence line (`版权信息`, `书名：…`, `ISBN：…`; a 读书 speech cites an ISBN, never
 *   beside a reader's licence line); a Kindle file's `==========`, the book's title over each sure location line and the note
 *   under a `…的笔记` line;
 * - on a player's or a recorder's page, its chapter marks from `00:00` on (`00:00 讲稿开头`, `03:42 第二部分`; a 议程 starts at
 *   no 00:00), its headings alone (`文稿`, `声音简介`, `会议章节`, `待办事项`), the blurb under `声音简介` and the to-do items
 *   under `待办事项`; on an H5 page (its swipe prompt, its maker's footer), `音乐` alone;
 * - on a how-to's page, `END` alone and the `注意事项` block after it; on a page whose end is a status bar, a zoom `100%`
 *   among its last calls; under a newspaper's `本版标题导航`, the page's titles; under a form's cue (`点击报名`, `我要留言`),
 *   its bare field names (`姓名`, `单位`, `联系电话`) and `提交`.
 * The same words are a document's elsewhere, so nothing is sure.
 */
function callToolsAndReadersByPlace(source: Source, n: number, pass: PlacePass, free: (i: number) => boolean): void {
  const { facts, tlen, prev, next, callAt, set, calls } = pass;
  const text = (i: number): string | undefined => (i >= 0 && tlen[i] > 0 ? facts[i]!.t : undefined);
  const sure = (i: number) => {
    const c = i >= 0 ? callAt(i) : undefined;
    return c !== undefined && c.part === undefined && c.certainty === 'sure';
  };
  let chat = false;
  let bank = false;
  let reader = false;
  let audio = false;
  let howTo = false;
  let kindle = false;
  let h5 = false;
  let any = false;
  const starts: number[] = [];
  for (const c of calls.values()) {
    if (c.part !== undefined || c.certainty !== 'sure' || tlen[c.line] <= 0) continue;
    const t = facts[c.line]!.t;
    any = true;
    if (c.kind === 'chat') chat = true;
    if (BANK_CHROME.test(t)) bank = true;
    if (/工具\/原料|方法\/步骤|经验内容仅供参考|本篇经验/.test(t)) howTo = true;
    if (READER_CHROME.test(t)) reader = true;
    if (c.kind === 'export' && KINDLE_LOCATION.test(t)) kindle = true;
    if (H5_CHROME.test(t)) h5 = true;
    if (AUDIO_CHROME.test(t) && (c.kind === 'software' || c.kind === 'pager' || c.kind === 'byline')) audio = true;
    if ((c.kind === 'chat' && AI_SOURCES_HEADER.test(t)) || (c.kind === 'pager' && /标题导航$/.test(t)) || (c.kind === 'comment' && FORM_CUE.test(t))) starts.push(c.line);
  }
  if (!any) return;
  for (const i of starts) {
    const t = facts[i]!.t;
    if (AI_SOURCES_HEADER.test(t)) {
      for (let j = next[i], k = 0; free(j) && k < 12 && tlen[j] <= 80 && NUMBERED.test(source.lineText(source.lines[j])) && AI_SOURCE_ITEM.test(text(j)!); j = next[j], k++) set(j, 'chat', 'likely');
    } else if (/标题导航$/.test(t)) {
      // The page's titles, to the next call or the page's end, each short and no sentence.
      const titles: number[] = [];
      let j = next[i];
      for (; free(j) && titles.length < 12 && tlen[j] <= 40 && !/[。；！]$/.test(text(j)!); j = next[j]) titles.push(j);
      if (j < 0 || !free(j)) for (const k of titles) set(k, 'pager', 'likely');
    } else if (FORM_CUE.test(t)) {
      for (let j = next[i], k = 0; free(j) && k < 10 && FORM_FIELD_NAME.test(text(j)!); j = next[j], k++) set(j, 'comment', 'likely');
    }
  }
  let lastDoc = -1;
  for (let i = n - 1; i >= 0 && lastDoc < 0; i--) if (free(i) && !/^\d{2,3}%$/.test(facts[i]!.t)) lastDoc = i;
  let inChapters = false;
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0) continue;
    const t = facts[i]!.t;
    if (audio) {
      const m = CHAPTER_MARK.exec(t);
      if (m !== null && (free(i) || (inChapters && callAt(i)?.part === undefined))) {
        if (m[1] === '00' && m[2] === '00') inChapters = true;
        if (inChapters && free(i)) set(i, 'software', 'likely');
        continue;
      }
      inChapters = false;
    }
    if (howTo && t === 'END') {
      // A how-to's end of its steps, and the notes block after it up to its own furniture.
      set(i, 'post', 'likely');
      const j = next[i];
      if (free(j) && text(j) === '注意事项') {
        const block = [j];
        let k = next[j];
        for (; free(k) && block.length < 4 && tlen[k] <= 60; k = next[k]) block.push(k);
        if (k < 0 || !free(k)) for (const m of block) set(m, 'post', 'likely');
      }
      continue;
    }
    if (kindle && /的笔记/.test(t) && KINDLE_LOCATION.test(t)) {
      // A Kindle note's text under its location line, up to the separator.
      const note: number[] = [];
      let j = next[i];
      for (; free(j) && note.length < 3 && tlen[j] <= 120 && !/^={5,}$/.test(text(j)!); j = next[j]) note.push(j);
      if (j >= 0 && /^={5,}$/.test(text(j) ?? '')) for (const k of note) set(k, 'export', 'likely');
    }
    if (!free(i)) continue;
    if (chat && FOLLOW_UPS.test(t)) {
      // The follow-up header of an AI answer and its questions under it (a document's heading `相关问题` heads statements).
      const asks: number[] = [];
      for (let j = next[i]; free(j) && asks.length < 6 && tlen[j] <= 40 && /[?？]$/.test(text(j)!); j = next[j]) asks.push(j);
      if (asks.length > 0) for (const k of [i, ...asks]) set(k, 'chat', 'likely');
    } else if (audio && AUDIO_HEADING.test(t)) {
      set(i, 'software', 'likely');
      // The episode's blurb under its heading, up to the next of the page's lines (`声音简介` / `今天给大家读一篇……` / `文稿`).
      if (/简介$/.test(t)) {
        const blurb: number[] = [];
        let j = next[i];
        for (; free(j) && blurb.length < 3 && tlen[j] <= 120 && !AUDIO_HEADING.test(text(j)!); j = next[j]) blurb.push(j);
        if (j >= 0 && !free(j) || AUDIO_HEADING.test(text(j) ?? '')) for (const k of blurb) set(k, 'software', 'likely');
      }
      if (/待办/.test(t)) for (let j = next[i], k = 0; free(j) && k < 12 && tlen[j] <= 80 && TODO_ITEM.test(source.lineText(source.lines[j]).trim()); j = next[j], k++) set(j, 'software', 'likely');
    } else if ((bank || reader) && BANK_HEADING.test(t)) {
      set(i, 'post', 'likely');
      if (COMMENT_HEADING.test(t)) {
        for (let j = next[i], k = 0; free(j) && k < 3 && tlen[j] <= 160 && !BANK_HEADING.test(text(j)!); j = next[j], k++) set(j, 'post', 'likely');
      }
    } else if (h5 && /^(?:音乐|背景音乐|音乐开关)$/.test(t)) set(i, 'share', 'likely');
    else if (bank && BANK_QUESTION.test(t)) set(i, 'post', 'likely');
    else if (reader && READER_BUTTON.test(t)) set(i, 'export', 'likely');
    else if ((reader || chat) && PAGE_OF.test(t)) {
      const m = PAGE_OF.exec(t)!;
      if (Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])) set(i, reader ? 'export' : 'chat', 'likely');
    } else if (reader && tlen[i] <= 70 && BOOK_FIELD.test(t)) {
      // The copyright page: a run of its fields touching the sure licence line.
      let up = i;
      while (prev[up] >= 0 && tlen[prev[up]] <= 70 && free(prev[up]) && BOOK_FIELD.test(text(prev[up])!)) up = prev[up];
      let down = i;
      while (next[down] >= 0 && tlen[next[down]] <= 70 && free(next[down]) && BOOK_FIELD.test(text(next[down])!)) down = next[down];
      const licence = (j: number) => sure(j) && /^本书由/.test(text(j)!);
      if (licence(prev[up]) || licence(next[down])) for (let j = up; j >= 0 && j <= down; j = next[j]) set(j, 'export', 'likely');
    } else if (kindle && (/^={5,}$/.test(t) || KINDLE_LOCATION.test(t))) set(i, 'export', 'likely');
    else if (kindle && tlen[i] <= 80 && KINDLE_TITLE.test(t) && next[i] === i + 1 && KINDLE_LOCATION.test(text(next[i]) ?? '')) set(i, 'export', 'likely');
    else if (i > lastDoc && /^\d{2,3}%$/.test(t) && prev[i] >= 0 && callAt(prev[i]) !== undefined && callAt(prev[i])!.kind === 'software') set(i, 'software', 'likely');
  }
}

/** A slide export's label (`幻灯片 3`), sure by its words (`RESIDUE_PATTERNS`). */
const SLIDE_LABEL = /^幻灯片\s*\d{1,3}$/;
/** A speaker-notes heading alone: `备注：`, `备注`. */
const NOTES_HEADING = /^备注\s*[:：]?$/;
/** An encyclopedia entry's sure chrome (`RESIDUE_PATTERNS`): its review line, statistics, edit count, dated references. */
const ENTRY_CHROME = /^本词条由|^词条统计$|^编辑次数|\[引用日期/;
/** An encyclopedia entry's buttons beside its sections: `编辑`, `讨论`, `收藏`, `锁定`, `义项`. */
const ENTRY_BUTTON = /^(?:编辑|讨论|收藏|锁定|义项)$/;
/** A clipboard manager's sure chrome (`RESIDUE_PATTERNS`): its title, its shortcut, an entry's source app. */
const CLIPBOARD_CHROME = /剪贴板|来自/;
/** A clipboard manager's buttons and marks alone: `全部清除`, `已固定`, an entry's `···` menu. */
const CLIPBOARD_BUTTON = /^(?:全部清除|清除全部|已固定|·{2,3}|⋯)$/;
/** A translation tool's sure chrome (`RESIDUE_PATTERNS`): its machine-translation note, its buttons and views. */
const TRANSLATOR_CHROME = /机器翻译|译文|^文本翻译|[⇄⇌↔⟷]|^翻译(?:服务|引擎|模型)|翻译(?:君)?$|小译$/;

/**
 * Tool chrome told by its place (a thirteenth tester's pages, 2026-12-02), all offered:
 * - on a page with a slide export's sure label, `备注：` alone under a slide (the nearest call above it is the slide's
 *   label) and its lines up to the next call (at most four, and a call must follow): the speaker's notes;
 * - on a page with an encyclopedia entry's sure chrome, `编辑`, `讨论`, `收藏`, `锁定`, `义项` alone, and `参考资料` right
 *   over a dated reference (`[引用日期…]`): the entry's buttons and its reference heading;
 * - on a page with a translation tool's sure chrome, `原文`, `译文` and `双语对照` alone: the tool's panes and view;
 * - on a page with a clipboard manager's sure chrome, `全部清除`, `已固定` and `···` alone: its buttons and pins.
 * A document has each of these lines (a table's 备注, an editor's credit, a bilingual text's headings), never beside such
 * chrome; the words alone are no tool's, so nothing is sure.
 */
function callToolChromeByPlace(n: number, pass: PlacePass, free: (i: number) => boolean): void {
  const { facts, tlen, prev, next, callAt, set, calls } = pass;
  let slide = false;
  let entry = false;
  let translator = false;
  let clipboard = false;
  for (const c of calls.values()) {
    if (c.part !== undefined || c.certainty !== 'sure' || tlen[c.line] === 0) continue;
    const t = facts[c.line]!.t;
    if (c.kind === 'template' && SLIDE_LABEL.test(t)) slide = true;
    else if (c.kind === 'metadata' && ENTRY_CHROME.test(t)) entry = true;
    else if (c.kind === 'software' && TRANSLATOR_CHROME.test(t)) translator = true;
    else if (c.kind === 'im' && CLIPBOARD_CHROME.test(t)) clipboard = true;
  }
  if (!slide && !entry && !translator && !clipboard) return;
  for (let i = 0; i < n; i++) {
    if (tlen[i] === 0 || tlen[i] > 4 || !free(i)) continue;
    const t = facts[i]!.t;
    if (slide && NOTES_HEADING.test(t)) {
      let k = prev[i];
      for (let seen = 0; k >= 0 && free(k) && seen < 12; k = prev[k], seen++);
      const above = k >= 0 ? callAt(k) : undefined;
      if (above === undefined || above.part !== undefined || !SLIDE_LABEL.test(facts[k]!.t)) continue;
      const notes: number[] = [];
      let j = next[i];
      for (; j >= 0 && free(j) && notes.length < 5; j = next[j]) notes.push(j);
      if (notes.length > 4 || j < 0 || callAt(j) === undefined) continue;
      set(i, 'template', 'likely');
      for (const m of notes) if (tlen[m] <= 120) set(m, 'template', 'likely');
    } else if (entry && ENTRY_BUTTON.test(t)) set(i, 'metadata', 'likely');
    else if (entry && t === '参考资料') {
      const below = next[i];
      const c = below >= 0 ? callAt(below) : undefined;
      if (c !== undefined && c.certainty === 'sure' && /\[引用日期/.test(facts[below]!.t)) set(i, 'metadata', 'likely');
    } else if (translator && (t === '原文' || t === '译文' || t === '双语对照')) set(i, 'software', 'likely');
    else if (clipboard && CLIPBOARD_BUTTON.test(t)) set(i, 'im', 'likely');
  }
}

/**
 * A platform's or an app's bare name (`知识星球`, `小鹅通`, `喜马拉雅`, `淘宝网`, `闲鱼`, `豆瓣`, `幕布`, `粉笔`, `易企秀`, `百度一下`,
 * `CSDN`, `Copilot`, `Word`), or the paid tag `付费`, alone on the page's first line: its header, which no document opens with
 * (a title names its matter: `喜马拉雅山区生态保护情况的调研报告`, never the platform alone).
 */
const PLATFORM_NAME = /^(?:知识星球|小鹅通|荔枝微课|千聊|喜马拉雅(?:FM)?|蜻蜓FM|懒人听书|淘宝网?|天猫|京东|拼多多|闲鱼|转转|熊猫办公|千图网|包图网|摄图网|豆瓣(?:小组)?|幕布|美篇|网易云课堂|腾讯课堂|千库网|觅知网|稿定设计|创客贴|百度文库|百度知道|百度经验|道客巴巴|豆丁网|原创力文档|粉笔(?:公考)?|华图在线|中公教育|易企秀|MAKA|兔展|百度一下|百度|夸克|小红书|CSDN|简书|知乎|微博|新浪微博|抖音|快手|哔哩哔哩|腾讯会议|飞书会议|135编辑器|秀米(?:编辑器)?|Inoreader|Feedly|(?:Microsoft\s+)?Copilot|WPS\s*AI|(?:Microsoft\s+)?Word|Notion|秘塔AI搜索|微信读书|掌阅|付费)(?:\s*(?:App|APP|app|客户端|网页版))?$/;
/** A comment's line: a short handle, `回复` another handle, a colon and the words (`晴***8：很专业……`, `老周 回复 晨星：……`); not a document's field label. */
const COMMENT_LINE = /^(?!(?:联系人|联系电话|电话|手机|传真|邮箱|地址|附件|时间|地点|主持人|主持|记录人|记录|出席|列席|缺席|主题|议题|备注|注|说明|日期|单位|部门|姓名|职务|网址|邮编|发言人|问|答)\s*[:：])[^\s:：，。、；;！？!?“”《》（）()【】]{1,12}(?:[\s\u3000]+回复[\s\u3000]+[^\s:：，。]{1,12})?\s*[:：]\s*\S.{0,119}$/;
/** A comment section's header (`留言（48）`, `讨论区（326）`, `最赞回应`, `买家秀`, `评论 126`): where the comments start. */
const COMMENTS_HEADER = /^(?:(?:评论|留言|回应|讨论区|全部留言|精选留言|全部回应|全部评论|学员留言|宝贝评价|商品评价)\s*[(（]?\s*\d[\d.]{0,6}\s*[万wk]?\+?\s*[)）]?|最赞回应|最新回应|全部回应|热门评论|最新评论|全部评论|精彩评论|买家秀)$/;
/** Kinds of the furniture a comment section holds between its comments (a comment's time, its buttons, the box to write one). */
const COMMENT_SIDE: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['comment', 'byline', 'share', 'post', 'promo']);
/** A chat message's header with the time alone (`王主任 09:14`), read only on a page with a chat record's sure frame. */
const IM_TIME_HEADER = /^(?![\u4e00-\u9fff]{0,6}(?:时间|日期|时段|报到|签到|开始|结束|开幕|闭幕|会议|早餐|午餐|晚餐|用餐|午休|休会|散会|茶歇|讨论|发言|讲话|致辞|汇报|报告|总结|颁奖|合影|参观|考察|调研|集合|出发|返回|入场|退场)[\s\u3000])[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_·]{0,7}[\s\u3000]+(?:[上下]午)?\d{1,2}:\d{2}(?::\d{2})?$/;
/** A listing's or a post's button alone (`留言`, `收藏`, `客服`, `查看详情`): the page's only beside its sure buttons. */
const BARE_BUTTON = /^(?:留言|收藏|客服|店铺|查看详情|查看全部|查看更多|展开全文)$/;
/** A shop's or a post's sure buttons and bars (`我想要`, `聊一聊`, `加入购物车　立即购买`, `点赞 86　评论 12　收藏`). */
const BUTTON_BESIDE: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['promo', 'share', 'comment']);
/** A search engine's sure header over its suggestions (`大家还在搜`, `相关搜索`). */
const SEARCH_SUGGESTIONS = /^(?:大家还在搜|大家都在搜|其他人还搜了|其他人还在搜|人们还搜索了|相关搜索|相关搜索词|猜你想搜)\s*[:：]?$/;
/** A search engine's own lines (its count of results, its snapshot link, its pager): the page is a results page. */
const SEARCH_PAGE = /为(?:您|你)找到|找到约?\s*[\d,，]+|快照$|下一页|^大家还在搜|^相关搜索/;
/** A result's snippet: its date, a gap, the first words and the ellipsis where the engine cut them. */
const RESULT_SNIPPET = /^\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})[\s\u3000]+\S.{3,120}(?:…|\.{3})$/;
/** A copy-append footer's link to the post on a writing platform (`链接：https://www.jianshu.com/p/…`). */
const PLATFORM_LINK = /^(?:链接|鏈接)\s*[:：]\s*https?:\/\/(?:[\w-]+\.)*(?:jianshu\.com|zhihu\.com|juejin\.cn|segmentfault\.com|cnblogs\.com|csdn\.net|douban\.com|xiaohongshu\.com|xhslink\.com|bilibili\.com|toutiao\.com|weibo\.com|360doc\.com|youdao\.com)\/\S*$/i;
/** The same footer's author above the link, and the platform named as the source under it (`来源：简书`, `来源：知乎`). */
const FOOTER_AUTHOR = /^作者\s*[:：]\s*[^\s:：，。]{1,24}$/;
const FOOTER_SOURCE = /^来源\s*[:：]\s*(?:简书|知乎|稀土掘金|掘金|思否|SegmentFault|博客园|CSDN|豆瓣|小红书|哔哩哔哩|bilibili|今日头条|微博|个人图书馆|有道云笔记)$/i;
const FOOTER_RIGHTS = /^著作权归作者所有/;
/** A separator line of dashes or rules (`————————————————`), as a blog prints above its copy-append notice. */
const RULE_LINE = /^[—\-－_=─━]{6,}$/;
/** A blog's copy-append notice under that separator (`版权声明：本文为CSDN博主「…」的原创文章……`). */
const BLOG_NOTICE = /博主|原创文章|原文出处|原文链接|转载请/;

/**
 * Shops, comment sections, chat records, copy-append footers and search-results pages told by their place (a sixteenth
 * tester's pages, 2026-12-02, evening):
 * - a platform's bare name on the page's first line (`PLATFORM_NAME`): sure with sure furniture among the lines above the
 *   document's first sentence, offered on a page with sure furniture elsewhere, else left;
 * - comments (`COMMENT_LINE`: `晨星：星主，……`, `晴***8：很专业……`) next to a comment section's sure header or box (`留言（48）`,
 *   `最赞回应`, `买家秀`, `写评论...`), in a run that only the section's furniture bounds: offered. A 纪要's or a 访谈's `张明：我认为……`
 *   is never read alone: it stands in the document, not in a run between a comment header and the page's chrome;
 * - a chat record's headers with the time alone (`王主任 09:14`), two or more on a page whose chat frame is sure (`[文件] ….docx`,
 *   `以上内容为合并转发的聊天记录`), and a message of one or two lines between two such headers (or before the frame's closing
 *   line): offered. The document forwarded in the chat (under a header, running on to the next) is left;
 * - the search engine's suggestions under `大家还在搜` (short lines, no sentence) and a result's dated snippet ending in `…` on
 *   a results page: offered;
 * - a writing platform's copy-append footer (`作者：…` / `链接：https://www.jianshu.com/p/…` / `来源：简书` / `著作权归作者所有……`):
 *   the link with the platform named under it or the rights line, sure; a blog's separator right above its sure
 *   copy-append notice (`————————————————` / `版权声明：本文为CSDN博主……`): sure.
 */
function callShopsAndCommentsByPlace(n: number, pass: PlacePass & { readonly unset: (i: number) => void }): void {
  const { facts, tlen, prev, next, callAt, set, calls, unset } = pass;
  const text = (i: number): string | undefined => (i >= 0 && tlen[i] > 0 ? facts[i]!.t : undefined);
  const free = (i: number) => i >= 0 && tlen[i] > 0 && callAt(i) === undefined;
  const whole = (i: number) => i >= 0 && callAt(i) !== undefined && callAt(i)!.part === undefined;
  const sureWhole = (i: number) => whole(i) && callAt(i)!.certainty === 'sure';
  let sure = false;
  let im = false;
  let search = false;
  const commentAnchors: number[] = [];
  const noticeLines: number[] = [];
  for (const c of calls.values()) {
    if (c.part !== undefined || c.certainty !== 'sure' || tlen[c.line] <= 0) continue;
    sure = true;
    const t = facts[c.line]!.t;
    if (c.kind === 'im') im = true;
    else if (c.kind === 'comment') commentAnchors.push(c.line);
    else if (c.kind === 'promo' && COMMENTS_HEADER.test(t)) commentAnchors.push(c.line);
    if ((c.kind === 'related' || c.kind === 'pager') && SEARCH_PAGE.test(t)) search = true;
    if ((c.kind === 'disclaimer' || c.kind === 'copyright' || c.kind === 'source') && BLOG_NOTICE.test(t)) noticeLines.push(c.line);
  }
  // A writing platform's copy-append footer (on any page: the link and the platform's name are its own words).
  for (let i = 0; i < n; i++) {
    if (!free(i) || tlen[i] > 200 || !PLATFORM_LINK.test(facts[i]!.t)) continue;
    const block = [i];
    const a = prev[i];
    if (free(a) && FOOTER_AUTHOR.test(facts[a]!.t)) block.unshift(a);
    let named = false;
    let rights = false;
    for (let j = next[i], k = 0; j >= 0 && k < 2; j = next[j], k++) {
      const t = text(j);
      if (t === undefined) break;
      if (FOOTER_SOURCE.test(t)) {
        named = true;
        if (free(j)) block.push(j);
      } else if (FOOTER_RIGHTS.test(t)) {
        rights = true;
        // (Its first sentence, `著作权归作者所有。`, reads as a document's own; in the footer the whole line is the platform's.)
        if (callAt(j)?.part !== undefined) unset(j);
        if (free(j)) block.push(j);
      } else break;
    }
    // (A report on posts online may quote one's link and platform, `链接：…` / `来源：知乎`: without the footer's rights line, only
    // offered, and only on a page with other furniture.)
    if (rights || (named && sure)) for (const k of block) set(k, 'source', rights ? 'sure' : 'likely');
  }
  if (!sure) return;
  // The platform's name atop the page (under a phone's status bar or other furniture only).
  let first = 0;
  while (first < n && (tlen[first] === 0 || whole(first))) first++;
  if (first < n && free(first) && tlen[first] <= 24 && PLATFORM_NAME.test(facts[first]!.t)) {
    let top = false;
    for (let j = next[first], k = 0; j >= 0 && k < 10 && !top; j = next[j], k++) {
      const t = text(j);
      if (t === undefined || (free(j) && (tlen[j] > 60 || SENTENCE_MARK.test(t)))) break;
      top = sureWhole(j);
    }
    set(first, 'banner', top ? 'sure' : 'likely');
  }
  // A bare button right beside the page's sure buttons or bars.
  for (let i = 0; i < n; i++) {
    if (!free(i) || tlen[i] > 4 || !BARE_BUTTON.test(facts[i]!.t)) continue;
    const beside = (j: number) => sureWhole(j) && BUTTON_BESIDE.has(callAt(j)!.kind) && tlen[j] <= 30;
    if (beside(prev[i]) || beside(next[i])) set(i, 'share', 'likely');
  }
  // Comments beside their section's furniture, walked from each sure anchor both ways.
  const comment = (j: number) => free(j) && tlen[j] <= 130 && COMMENT_LINE.test(facts[j]!.t);
  for (const a of commentAnchors.sort((x, y) => x - y)) {
    for (const step of [next, prev]) {
      const run: number[] = [];
      let j = step[a];
      for (let k = 0; j >= 0 && k < 30; j = step[j], k++) {
        if (comment(j)) run.push(j);
        else if (!(whole(j) && COMMENT_SIDE.has(callAt(j)!.kind))) break;
      }
      if (run.length === 0) continue;
      const beyond = step[run[run.length - 1]];
      // (The run ends at the section's furniture, at the page's edge, or at one short last line of the page: `下一题`.)
      const bounded = beyond < 0 || whole(beyond) || (step === next && free(beyond) && tlen[beyond] <= 10 && next[beyond] < 0 && !SENTENCE_MARK.test(facts[beyond]!.t));
      if (bounded) for (const k of run) set(k, 'comment', 'likely');
    }
  }
  // A chat record's headers with the time alone, and the messages between them.
  if (im) {
    const headers: number[] = [];
    for (let i = 0; i < n; i++) if (free(i) && tlen[i] >= 4 && tlen[i] <= 24 && IM_TIME_HEADER.test(facts[i]!.t)) headers.push(i);
    if (headers.length >= 2) {
      const isHeader = new Set(headers);
      for (const h of headers) set(h, 'im', 'likely');
      for (const h of headers) {
        const body: number[] = [];
        let j = next[h];
        for (; free(j) && body.length < 3 && tlen[j] <= 120; j = next[j]) body.push(j);
        // (Only a message that the next header, the frame or the page's end closes, one or two lines long.)
        const closed = j < 0 || isHeader.has(j) || (whole(j) && callAt(j)!.kind === 'im');
        if (body.length > 0 && body.length <= 2 && closed) for (const k of body) set(k, 'im', 'likely');
      }
    }
  }
  // A results page's suggestions and snippets.
  if (search) {
    // (The snippets first: a list of suggestions may end at one.)
    for (let i = 0; i < n; i++) {
      const t = text(i);
      if (t !== undefined && free(i) && tlen[i] <= 140 && RESULT_SNIPPET.test(t) && (whole(prev[i]) || whole(next[i]) || (free(next[i]) && RESULT_SNIPPET.test(facts[next[i]]!.t)))) set(i, 'related', 'likely');
    }
    for (let i = 0; i < n; i++) {
      const t = text(i);
      if (t === undefined || !whole(i) || !SEARCH_SUGGESTIONS.test(t)) continue;
      const items: number[] = [];
      let j = next[i];
      for (; free(j) && items.length < 12 && tlen[j] <= 30 && !SENTENCE_MARK.test(facts[j]!.t); j = next[j]) items.push(j);
      if (items.length >= 2 && (j < 0 || whole(j))) for (const k of items) set(k, 'related', 'likely');
    }
  }
  // A blog's separator above its copy-append notice.
  for (const i of noticeLines) {
    const p = prev[i];
    if (free(p) && RULE_LINE.test(facts[p]!.t)) set(p, 'source', 'sure');
  }
}

/** A field of a government site's open-information card (besides those `RESIDUE_PATTERNS` knows by name). */
const GOV_CARD_FIELD = /^(?:文\s*号|发文字号|发文机关|成文日期|发布日期|印发日期|生效日期|废止日期|名\s*称|标\s*题|信息名称|所属机构|发布机构|时效性|发布时间)\s*[:：]/;
/** The header of an AI answer's notes on its text (Markdown emphasis may remain after `residueText`). */
const AI_NOTES_HEADER = /^(?:\*\*)?(?:注意事项|说明|注|备注|使用说明|修改建议|写作要点|温馨提示|补充说明|使用提示)(?:\*\*)?\s*[:：]$/;
/** An AI answer's note on the whole text it wrote: `（注：以上内容可根据实际情况调整）`, `注：以上仅供参考，请结合实际修改`. */
const AI_CLOSING_NOTE = /^[（(]?注\s*[:：]\s*以上(?:内容|文字|稿件)?(?:仅供参考[，,]?)?(?:可|请|您可|你可)(?:以)?(?:根据|结合)(?:实际|具体|自身)/;
/** Words of advice to the writer: each item of those notes holds one. */
const ADVICE = /可|请|根据|结合|替换|填写|酌情|建议|注意/;
/** An AI model's name alone, perhaps with its version (`ChatGPT 4o`, `Kimi`, `通义千问`). */
const MODEL_NAME = /^(?:ChatGPT|GPT-?4o?|Claude|Gemini|Kimi|DeepSeek|豆包|文心一言|通义千问|智谱清言|讯飞星火|腾讯元宝)(?:\s*[A-Za-z0-9.-]{1,12})?$/;
/** A news app's or an online office suite's name alone. */
const APP_NAME = /^(?:腾讯文档|金山文档|石墨文档|飞书文档|飞书云文档|有道云笔记|印象笔记|今日头条|稻壳儿|WPS\s*Office|WPS\s*云文档|新浪新闻|网易新闻|腾讯新闻|搜狐新闻|凤凰新闻|澎湃新闻)$/;
/** A field of a government site's annual report that names the site itself (a footer never does). */
const SITE_REPORT_FIELD = /^(?:网站名称|首页网址|网站网址|网站域名)\s*[:：]/;


/** A count of pages alone on its line (`2页`), no 第. */
const PAGE_COUNT = /^\d{1,3}\s*页$/;
/** The name of a material to hand in (`申请表`, `营业执照复印件`, `项目可行性研究报告`), no sentence mark in it. */
const MATERIAL_NAME = /^[^，。；：:,;！？!?]{2,30}(?:表|书|件|证|单|函|照|材料|复印件|清单|报告|方案|说明|证明|协议|合同|名册|明细|文件)$/;

/**
 * A group chat's message header: the sender (a name, perhaps with a title in brackets) and the day and time it was sent
 * (`王主任 11-20 09:15`, `李明 昨天 18:02`). A time alone is not enough: a schedule's `报到　08:30` has the same shape.
 */
const IM_HEADER = /^[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_·]{0,11}(?:[（(][^（）()]{1,10}[)）])?[\s\u3000]+(?:(?:\d{4}[-/])?\d{1,2}[-/]\d{1,2}[\s\u3000]+|(?:昨天|前天|星期[一二三四五六日天]|周[一二三四五六日])[\s\u3000]*)(?:[上下]午)?\d{1,2}:\d{2}(?::\d{2})?$/;
/** A short reply in a group chat (`收到`, `收到请回复`, `好的`, `1`): residue only beside the chat's frame. */
const IM_REPLY = /^(?:收到|已收到|收到请回复|收到请回复收到|收到，?谢谢|好的|好|已阅|已读|1|＋1|\+1|OK|ok|👌)[!！。~～]*$/;
/** A note app's property exported as a row of two tab-separated cells (`Created by⇥王晓燕`, `Last edited time⇥…`). */
const NOTE_APP_PROPERTY = /^(?:Created by|Created time|Created|Last edited time|Last edited by|Tags|Status|Owner|Assignee|Date|Property)\t+\S/;
/** A forwarded mail's separator, and the fields of its header. */
const MAIL_SEPARATOR = /^[-—=\s]*(?:转发的邮件|原始邮件|Original Message|Forwarded message)[-—=\s]*$/;
const MAIL_FIELD = /^(?:发件人|收件人|抄送|发送时间|时间|日期|主题|From|To|Cc|Sent|Date|Subject)\s*[:：]/i;
/**
 * A running header's shape: two parts apart by a wide gap (three or more spaces, or tabs), each without a gap of
 * its own (a table's header row, repeated on each page, has three or more cells).
 */
const RUNNING_HEADER = /^[^\s\u3000](?:[^\t]*?[^\s\u3000])?(?:[ \u3000]{3,}|\t+)[^\s\u3000](?:.*[^\s\u3000])?$/;
/** A gap as `RUNNING_HEADER` reads one. */
const WIDE_GAP = /[ \u3000]{3,}|\t+/g;
/** A call of a page number or a pager (beside which a repeated line is a running header). */
const isPageMark = (c: ResidueCall | undefined): boolean => c !== undefined && (c.kind === 'pager' || c.kind === 'page-number');
/**
 * An asker's request or an answerer's preface on a Q&A page or a forum thread: `求个范文`, `谁有`, `有没有…？`, `大神`, `给你一篇`,
 * `分享一篇`, `名字单位自己改`, `大家轻拍`; a question (ending in ？). Read only under such a page's own lines (see `classifyLinesOnce`).
 */
const FORUM_ASK_OR_PREFACE = /求(?:个|一篇|一份|一个)|谁有|有没有|大神|(?:给你|给您|分享|发)(?:一篇|一份|一个|个)|(?:自己|自行)(?:改|修改)|轻拍|[?？]$/;
/** Kinds of sure furniture between which a short name is the account's (not page numbers, noise or captions). */
const ACCOUNT_NEIGHBOURS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['share', 'byline', 'comment', 'paywall', 'promo', 'banner', 'breadcrumb', 'editor', 'source', 'disclaimer', 'copyright', 'chat']);
/** A name ending like a body or place (`青山县林业局`, `第一中学`): a signature or an addressee, not an account. */
const BODY_NAME = /(?:局|委|办|院|厅|部|会|府|处|室|所|站|中心|公司|集团|支部|大队|中队|街道|社区|村|镇|乡|县|市|区|省|校|学|医院|银行|团|队|馆|台|社|组|科|股|庭|监狱|军|连|营)$/;

/**
 * Does a line (its text `t` and its `LineFacts.more()` bits `m`) name a kind of document, as the second line of a
 * title does (`行政处罚决定书`, `工作方案`): short, no sentence punctuation, ending in a kind (`DOCUMENT_KIND`) or in 书.
 */
function namesDocumentKind(t: string | undefined, m: number): boolean {
  return t !== undefined && t.length >= 2 && t.length <= 30 && !(m & F_SENTENCE_MARK) && ((m & F_DOCUMENT_KIND) !== 0 || t.endsWith('书'));
}

/**
 * A line of a document's own structure of parts, chapters and articles: `第十章 构建…`, `第一条 为了…`, `第二节 …`, or a
 * part heading without a colon (`第一篇 总则`).
 */
const PART_STRUCTURE = /^第[一二三四五六七八九十百零〇两\d]{1,5}[章条节]|^第[一二三四五六七八九十\d]{1,3}篇[ \t\u3000]+\S/;

/** A collection's item header before a name: `第一篇:<name>`, `第2篇：<name>` (the name in group 1). */
const ITEM_HEADER = /^第(?:[一二三四五六七八九十]{1,3}|\d{1,3})篇[ \t\u3000]*[:：][ \t\u3000]*(\S.*)$/;

/** A title of a document with a collection's item number after it: the title (group 1) names a kind of document. */
const TITLED_ITEM = /^(\S.{3,}?)[ \t\u3000]*篇[ \t\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})$/;
/** Words that end a site's collection title rather than a document's (`工作总结范文`). */
const SITE_TITLE_END = /(?:范文|範文|范例|模板|大全|格式|写法|写作)$/;
/** The item number after a title, from `篇` (with the spaces before it). */
const ITEM_NUMBER = /^[ \t\u3000]*篇[ \t\u3000]*(?:\d{1,3}|[一二三四五六七八九十]{1,3})/;

/**
 * Where the item number of `<title> 篇1` lies in `raw` (the line from its content start; `t`, its `residueText`):
 * `[start, end)` relative to `raw`, from the spaces before `篇` to the number's end; undefined when the line is
 * not a document's title (one naming a kind of document, not a site's collection, not numbered) with such a number.
 */
function titledItemSuffix(raw: string, t: string): { start: number; end: number } | undefined {
  // (numbered, `1.<title> 篇一` is the collection's list of items, not a title)
  const m = ORDINAL_START.test(t) ? null : TITLED_ITEM.exec(t);
  if (!m) return undefined;
  const title = m[1].trimEnd();
  if (!DOCUMENT_KIND.test(title) || SITE_TITLE_END.test(title) || SENTENCE_MARK.test(title)) return undefined;
  const at = raw.lastIndexOf('篇');
  if (at <= 0) return undefined;
  let start = at;
  while (start > 0 && /[ \t\u3000]/.test(raw[start - 1])) start--;
  const n = ITEM_NUMBER.exec(raw.slice(start));
  return n && start > 0 ? { start, end: start + n[0].length } : undefined;
}

/** The facts of a blank line. */
const BLANK_FACTS = new LineFacts('', 0, true);

/** A cell of a table's rule row (`---`, `:--:`). */
/** Two or more of a WeChat article's credits on a line, each a word and a name after a bar (`图片｜网络　文字｜某某办`). */
const CREDIT_ROW = /^(?:图片|图|文字|文|编辑|审核|校对|排版|供稿|责编|美编|撰稿|摄影|视频|设计|统筹|监制)[\s\u3000]*[|｜][\s\u3000]*[^\s|｜]{2,16}(?:[\s\u3000]+(?:图片|图|文字|文|编辑|审核|校对|排版|供稿|责编|美编|撰稿|摄影|视频|设计|统筹|监制)[\s\u3000]*[|｜][\s\u3000]*[^\s|｜]{2,16}){1,4}$/;
const RULE_CELL = /^[ \t\u3000]*:?-{2,}:?[ \t\u3000]*$/;
/** A cell that opens with a label (`上传人：…`, `审核时间：…`): a row of such cells is a site's card of fields, not a table's. */
const LABEL_CELL = /^[ \t\u3000]*[\u3400-\u9fffA-Za-z]{1,8}[ \t\u3000]*[:：]/;

/**
 * The cells of `text[start, end)` read as a row of a table written with bars (`姓名 | 材料 | 日期`, `| 张三 | 2026-01-05 |`,
 * `|---|---|`): how many cells it has (one bar at either end closes the row and opens no cell), negated for a rule row;
 * 0 for a line that is no such row — without two cells of text or a rule, of two cells without a bar at an end, or with
 * a cell that opens with a label.
 * Linear in the line's length.
 */
function barRowCells(text: string, start: number, end: number): number {
  let bars = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c) bars++;
  }
  if (bars === 0) return 0;
  let row = text.slice(start, end).trim();
  const length = row.length;
  if (row.startsWith('|') || row.startsWith('｜')) row = row.slice(1);
  if (row.endsWith('|') || row.endsWith('｜')) row = row.slice(0, -1);
  const cells = row.split(/[|｜]/);
  // (A WeChat article's credits, two or more to a line: `图片｜网络　文字｜某某办`, `编辑｜李晓　审核｜王强`. No table's row.)
  if (CREDIT_ROW.test(row)) return 0;
  // Two cells with a bar between them alone are as often a WeChat credit (`编辑 | 王悦`, `来源 | 县委组织部`, one a line):
  // such a row is a table's only when a bar closes it too (`| 要素 | 写法 |`, `要素 | 写法 |`).
  if (cells.length < 2 || (cells.length === 2 && row.length === length)) return 0;
  if (cells.every((c) => RULE_CELL.test(c))) return -cells.length;
  let filled = 0;
  for (const c of cells) {
    if (LABEL_CELL.test(c)) return 0;
    if (c.trim() !== '') filled++;
  }
  return filled >= 2 ? cells.length : 0;
}

/**
 * The kinds a table's row may be taken for by its shape alone: a byline (`张三 | 工作总结 | 2026-01-05`, two dates in a
 * row), an editor's credit (`作者 | 来源 | 日期`), a file card (`通知 | 共2页 | …`), noise (a rule row `| --- |`, a cell
 * `1.2万次阅读 | 3` read as a noise tail). A row furniture by other words (`关于我们 | 联系我们 | 网站地图`, `Copyright © … |
 * 京ICP备…`) makes its block a site's bars, not a table.
 */
const TABLE_MISREAD: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['byline', 'editor', 'metadata', 'noise']);

/**
 * Marks in `rows` (1, by 0-based line) the rows of the tables written with bars in `source`'s text lines: two or more
 * adjacent lines (no blank line between) that read as rows (`barRowCells`) with the same number of cells, one of them
 * not a rule row, and none of them furniture by its own words of a kind a table's row is never taken for
 * (`furniture(i)`: a site's footer of two bars, `关于我们 | 联系我们 | 网站地图` over `Copyright © … | 京ICP备…`, stays
 * furniture). A site never prints its byline (`公文派 | 讲话稿 | 2026-11-02`) or its bars of fields as a table's rows; a
 * document's table (`姓名 | 材料 | 日期` over its rows) is its own text, whatever its cells hold. Entries of other lines
 * are left as they were. One pass over the lines that hold a bar.
 */
function markTableRows(source: Source, rows: Uint8Array, furniture: (i: number) => boolean): void {
  const text = source.text;
  if (text.indexOf('|') < 0 && text.indexOf('｜') < 0) return;
  const lines = source.lines;
  let runStart = -1;
  let runCells = 0;
  let runHasRow = false;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= 2 && runHasRow) {
      let site = false;
      for (let k = runStart; k < end && !site; k++) site = furniture(k);
      if (!site) rows.fill(1, runStart, end);
    }
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const cells = line.scope === 'text' && line.end - line.contentStart <= RESIDUE_MAX_LINE ? barRowCells(text, line.contentStart, line.end) : 0;
    if (cells === 0) {
      close(i);
      continue;
    }
    if (runStart >= 0 && Math.abs(cells) !== runCells) close(i);
    if (runStart < 0) {
      runStart = i;
      runCells = Math.abs(cells);
      runHasRow = false;
    }
    if (cells > 0) runHasRow = true;
  }
  close(lines.length);
}

/** A `text` line short enough for the classifier to read. */
const readable = (line: Line) => line.scope === 'text' && line.end - line.contentStart <= RESIDUE_MAX_LINE;

/**
 * The facts of `line` (a readable line) from its text `whole` (from the line's start); `triggers`: the trigger
 * words of every line (`lineTriggers`), when known.
 */
function factsOf(whole: string, line: Line, keep: boolean, triggers?: Int32Array): LineFacts {
  const indent = line.contentStart - line.start;
  return new LineFacts(indent === 0 ? whole : whole.slice(indent), indent, keep, triggers, 4 * line.index);
}

/**
 * The trigger words (see `TRIGGER_INDEX`) of each readable line's text from its content start, four per line
 * (line i at `4i` … `4i + 3`; zeros for the other lines), in one pass over the source's text: what
 * `classifyResidue` would compute line by line from the trimmed copies, read here from the flat text in one
 * loop (which V8 optimizes early on, where a call per line runs unoptimized for the first thousands of lines).
 */
function lineTriggers(source: Source): Int32Array {
  const lines = source.lines;
  const text = source.text;
  const out = new Int32Array(4 * lines.length);
  const bits = TRIGGER_BITS;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (!readable(line)) continue;
    let h0 = 0;
    let h1 = 0;
    let h2 = 0;
    let h3 = 0;
    for (let i = line.contentStart, end = line.end; i < end; i++) {
      const x = TRIGGER_INDEX[text.charCodeAt(i)];
      if (x !== 0) {
        h0 |= bits[4 * x];
        h1 |= bits[4 * x + 1];
        h2 |= bits[4 * x + 2];
        h3 |= bits[4 * x + 3];
      }
    }
    out[4 * li] = h0;
    out[4 * li + 1] = h1;
    out[4 * li + 2] = h2;
    out[4 * li + 3] = h3;
  }
  return out;
}

/**
 * A line's 层次序号 as the sequence check of `classifyLinesOnce` reads it: `key` names the way it is numbered (the
 * marker family of `parseMarker`, or `第X条` / `第X章` / `第X节`), `value` its ordinal (1-based), `level` its rank
 * (smaller: higher in the structure; a higher item ends a run of lower ones).
 */
interface SequenceMarker {
  key: string;
  value: number;
  level: number;
}

/** `第X条`, `第X章`, `第X节` opening a line (the value in group 1, the unit in group 2). */
const ARTICLE_ORDINAL = /^第([一二三四五六七八九十百零〇两]{1,5}|\d{1,3})([条章节])/;
const ARTICLE_LEVEL: Record<string, number> = { 章: -3, 节: -2, 条: -1 };

/** The ordinal opening `line` (at its structure start), or undefined. */
function sequenceMarker(source: Source, line: Line): SequenceMarker | undefined {
  if (line.scope !== 'text') return undefined;
  const text = source.text;
  const at = source.structureStart(line);
  if (at >= line.end) return undefined;
  const a = text.charCodeAt(at) === 0x7b2c /* 第 */ ? ARTICLE_ORDINAL.exec(text.slice(at, Math.min(line.end, at + 10))) : null;
  if (a) {
    const value = /^\d/.test(a[1]) ? Number(a[1]) : parseChineseNumeral(a[1]);
    return value > 0 ? { key: a[2], value, level: ARTICLE_LEVEL[a[2]] } : undefined;
  }
  const m = parseMarker(text, at, line.end);
  // (`第一，` is a run-in ordinal of a paragraph, below every level: it ends no run)
  return m ? { key: m.family, value: m.value, level: m.family === 'di' ? 9 : m.level } : undefined;
}

/** How many prose lines the sequence check looks over, each way, for the next item of a run. */
const RUN_GAP = 40;

/**
 * Is line `i`, numbered `m`, an item of a run of the document's own (see `classifyLinesOnce`): does a run of items
 * numbered like it (same `key`, consecutive values: the item before, the one before that …, and the items after)
 * hold at least one item for which `free(j)` (no call) is true? Each way the scan looks over at most `RUN_GAP`
 * lines between two items and stops at an item of a higher level (`（二）` after `二、` starts another run) or at
 * a break in the values. `prev`/`next`: the nearest non-blank line each way (-1 at an end).
 */
function inDocumentRun(
  i: number,
  m: SequenceMarker,
  markerAt: (j: number) => SequenceMarker | undefined,
  prev: Int32Array,
  next: Int32Array,
  free: (j: number) => boolean,
): boolean {
  for (const step of [-1, 1]) {
    const link = step < 0 ? prev : next;
    let want = m.value + step;
    for (let j = link[i], gap = 0; j >= 0 && gap < RUN_GAP && want > 0; j = link[j], gap++) {
      const o = markerAt(j);
      if (o === undefined) continue;
      if (o.level < m.level) break;
      if (o.key !== m.key) continue;
      if (o.value !== want) break;
      if (free(j)) return true;
      want += step;
      gap = -1;
    }
  }
  return false; // (no run, or every item of it is called: furniture)
}

// What the app and site shapes of a tenth tester's pages frame (see the block of RESIDUE_PATTERNS headed so and the
// pass in `classifyLinesOnce` that reads them).
/** A reading app's export header and marks (`12个笔记`, `>> 2024/05/06发表想法`, `来自微信读书`). */
const NOTES_MARK = /个笔记$|发表想法$|^[-—–]*\s*来自/;
/** The book over a reading app's export: its title in 《》, its author (`王明　著`). */
const NOTES_HEAD = /^《[^《》]{1,40}》$|^[^\s\u3000，。：:]{1,12}[\s\u3000]+(?:著|编著|主编|编|译)$/;
/** A chapter of a reading app's export (`◆ 第四章　讲话稿`): a bullet a document may use too, so only beside the export. */
const NOTES_CHAPTER = /^◆\s*\S.{0,30}$/;
/** The attribution under a passage of the export (`——王明《机关公文写作范例大全》`): the book's title captured. */
const NOTES_ATTRIBUTION = /^[-—]{1,2}\s*[^\s《》]{0,12}《([^《》]{1,40})》$/;
/** A transcript's speaker header (`说话人 1　00:01:23`). */
const SPEAKER_HEADER = /^(?:说话人|发言人)\s*\d/;
/**
 * A record's title (`……口述史访谈记录`, `……听证会笔录`, `……值班记录`, `……工作日志`): the document is itself the record of what was
 * said or done, its speakers' headers and its entries' times its own (a twelfth tester's correct documents, 2026-12-02).
 */
const RECORD_TITLE = /(?:记录|笔录|实录|纪要|日志)$/;
/** A report on posts online (`网络舆情专报`, `关于……的舆情快报`): it quotes a post with its time, its IP属地 and its reach. */
const POSTS_REPORT_TITLE = /舆情|网情/;
/** A labelled field of a block of fields (`发帖账号：山水青山`, `IP属地：浙江`, `浏览量：1.2万`). */
const LABELLED_FIELD = /^[\u4e00-\u9fffA-Za-z]{2,8}[\s\u3000]*[:：][\s\u3000]*\S/;
/** A log's entry header: a date and a clock time alone on the line (`2024年06月18日 08:00`). */
const LOG_TIME = /^\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*\d{1,2}:\d{2}$/;
/** A speaker's cue to change slides (`第1张幻灯片`), and the words by which a document speaks of its slides itself. */
const SLIDE_CUE = /^第\s*\d{1,3}\s*张幻灯片$/;
const SLIDES_NAMED = /幻灯片|演示文稿/;
/** An AI answer's header of suggested questions (`你可能还想问：`, `推荐追问`). */
const FOLLOW_UP_HEADER = /(?:问|了解|知道)\s*[:：]?$/;
/** An AI answer's header of its sources (`参考资料`, `参考来源：`): in a document the header of its own list, so only on a chat page. */
const SOURCES_HEADER = /^(?:参考资料|参考来源|引用来源|参考链接|搜索来源|信息来源|资料来源|来源)\s*[:：]?$/;
/** An item of such a list: `1. …`, `[2] …`, `（3）…`. */
const SOURCE_ITEM = /^(?:\d{1,2}[.、．]|\[\d{1,2}\]|[（(]\d{1,2}[)）])\s*\S/;
/** The user's request at the top of an AI chat without `帮我` (`写一篇乡镇2024年第一季度工作情况汇报`): no sentence end. */
const CHAT_PROMPT = /^(?:请)?(?:写|起草|拟写|撰写|生成)(?:一份|一篇|一个|一则|份|篇|个)\S[^。！？!?]{2,60}$/;
/** An AI answer's note on the slots it left (`注：文中“XX”处请根据实际情况填写。`): a real notice may say so of its form, so only on a chat page. */
const CHAT_SLOT_NOTE = /^[（(]?注\s*[:：]\s*(?:文中|本文(?!件)|范文)[^。]{0,30}(?:根据|结合)(?:实际|具体)/;
/** A comment section's header with its count (`评论（3）`, `评论 58`, `12 条评论`). */
const COMMENT_COUNT = /^评论\s*[(（]?\s*\d{1,5}\s*[)）]?$|\d+\s*条评论$/;
/** A forum's quote header (`原帖由 某 于 … 发表`, `引用第3楼…`, `以下是引用…`). */
const QUOTE_HEADER = /^(?:原帖由|引用\s*第?\s*\d|以下是引用)/;
/** A forum's label over a quote or a reply (`引用：`). */
const QUOTE_LABEL = /^(?:引用|回复|Quote)\s*[:：]?$/i;
/** A thread's title field (`标题: …`, `主题：…`): a document's field too (`主题：情暖重阳`), so only beside a post's lines. */
const THREAD_TITLE = /^(?:标题|主题)\s*[:：]\s*\S/;
/** A floor's header: a floor number, a post time (`发表于：`, `时间: …`). */
const FLOOR_HEADER = /楼|发表于|时间\s*[:：]/;
/** A mail's signature between bars (`王明 | 某局办公室 | 电话：…`), the last line of its body. */
const MAIL_SIGNATURE = /[|｜].*[|｜]/;
/** A mail's subject field, the last of its header. */
const MAIL_SUBJECT = /^(?:Subject|主题)\s*[:：]/i;
/** A mail client's attachment header (`附件(1)`), over its file card (`….docx (32.5K)`). */
const MAIL_ATTACHMENTS = /^附件\s*[(（]\s*\d{1,2}\s*[)）]$/;
/** A mail client's file card: the file and its size. */
const FILE_SIZE = /\.[A-Za-z]{2,4}\s*[(（]\s*\d+(?:\.\d+)?\s*[KMG]B?\s*[)）]$/;
/** An account's or a recipient's name: a short run of ideographs. */
const SHORT_NAME = /^[\u4e00-\u9fff]{2,12}$/;
/** An OA system's 收文 form over a received document: its title (`收文处理单`). */
const OA_FORM_TITLE = /^(?:收文处理单|收文处理笺|收文阅办单|收文办理单|收文登记单|来文处理单|文件处理单|文件处理笺|公文处理单|阅文处理单|来文阅办单)$/;
/** A field only the receiving office's form has: its register number. */
const OA_RECEIPT_FIELD = /^(?:收文登记号|收文编号|收文号|收文序号)\s*[:：]/;
/**
 * The 收文 form's fields, filled in: what the receiving office wrote about the document. A 请示 or a 签报 printed from an OA
 * system carries `拟办意见：` and `领导批示：` of its own; those are read as the form's only under a 收文 form's title or
 * register number, above the received document.
 */
const OA_FIELD = /^(?:收文登记号|收文编号|收文号|收文序号|来文单位|来文机关|来文字号|来文文号|收文日期|办理时限|办结时限|紧急程度|缓急程度|秘密等级|拟办意见|领导批示|批示意见|阅办意见|承办意见|办理意见|承办单位|承办科室)\s*[:：]\s*\S/;
/** An OA platform's name over its form (`青山县协同办公平台`). */
const OA_PLATFORM = /^\S{0,16}(?:协同办公平台|协同办公系统|办公自动化系统|政务协同平台|电子公文系统|公文交换系统|OA系统)$/;
/** A byline's author field at the top of a page (`作者：青山县融媒体中心`). */
const TOP_AUTHOR = /^作者\s*[:：]\s*[^\s:：]{2,20}$/;
/** An online editor's word count alone (`共 1286 字`). */
const EDITOR_WORD_COUNT = /^共\s*\d{2,6}\s*字$/;
/** A header over a sharing site's notes (`温馨提示：`): a notice's own tips open so too, so only over the site's notes. */
const TIPS_HEADER = /^(?:温馨提示|友情提示|下载提示|特别提示|重要提示)\s*[:：]$/;
/** The kinds a sharing site's notes under `TIPS_HEADER` are read as. */
const TIPS_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['disclaimer', 'notice', 'paywall', 'promo', 'metadata']);
/** Apps and tools whose name heads a pasted page (at its top only: a document may list them). */
const TOOL_NAME = /^(?:钉钉文档|钉钉|语雀|飞书妙记|飞书文档|秘塔写作猫|写作猫|微信读书|爱问共享资料|文库小程序|bilibili|哔哩哔哩|ChatGLM|GLM-4|腾讯元宝|Kimi智能助手)$/i;

function classifyLinesOnce(source: Source): Map<number, ResidueCall> {
  const userPatterns = source.residuePatterns;
  const lines = source.lines;
  const n = lines.length;
  const calls = new Map<number, ResidueCall>();
  // What the classifier knows of each line: undefined for a line it does not read (another scope, or
  // too long to be furniture: it still counts as prose), BLANK_FACTS (t '') for a blank line; a line
  // of decoration only also has t ''.
  const facts: Array<LineFacts | undefined> = new Array(n);
  if (scratch.prose.length < n) scratch = newScratch(n * 2);
  const prose = scratch.prose;
  prose.fill(0, 0, n);
  // The rows of a table written with bars are the document's own text: read as prose, never as residue.
  const tableRows = scratch.tableRows;
  tableRows.fill(0, 0, n);
  // Per line, beside the facts (the passes below test these first and read a line's facts only when they
  // may act on it): the length of its text `t` (-1 without facts), and its `flags` (0 without facts).
  const tlen = scratch.tlen;
  const fl = scratch.fl;
  // Without a memo every line's facts are computed now: their trigger words come from one pass over the text.
  // (With one, the facts of a line are a function of its text alone, kept across versions: computed line by line.)
  const triggers = source.memo === undefined ? lineTriggers(source) : undefined;
  const read = lineValues(source, source.language === 'markdown' ? 'residue.lineFacts.md' : 'residue.lineFacts', readable, (whole, line) => factsOf(whole, line, source.memo !== undefined, triggers));
  markTableRows(source, tableRows, (i) => {
    const kind = read[i]?.kind;
    return kind !== undefined && !TABLE_MISREAD.has(kind);
  });
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    tlen[i] = -1;
    fl[i] = 0;
    if (line.scope === 'blank') {
      facts[i] = BLANK_FACTS;
      tlen[i] = 0;
      fl[i] = BLANK_FACTS.flags;
    } else if (!readable(line) || tableRows[i]) prose[i] = 1;
    else {
      let f = read[i]!;
      // The facts are the text's; a line whose content starts elsewhere (not expected) gets its own.
      if (f.indent !== line.contentStart - line.start) f = factsOf(source.lineText(line), line, false);
      facts[i] = f;
      tlen[i] = f.t.length;
      fl[i] = f.flags;
      if (f.t.length > 0) prose[i] = 1;
    }
  }
  const texts = (i: number): string | undefined => facts[i]?.t;
  const moreOf = (i: number): number => (i >= 0 ? (facts[i]?.more() ?? 0) : 0);
  // The nearest non-blank line before and after each line (any scope), in two linear passes.
  const prev = scratch.prev;
  const next = scratch.next;
  for (let i = 0, last = -1; i < n; i++) {
    prev[i] = last;
    if (prose[i]) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    next[i] = last;
    if (prose[i]) last = i;
  }
  // The calls by line, as an array beside the map (which keeps the order in which they were made).
  const byLine = scratch.byLine;
  byLine.fill(undefined, 0, n);
  // Per line: 0 no call yet, 1 a call of the whole line, 2 a call of a part of it (what most passes test first).
  const called = scratch.called;
  called.fill(0, 0, n);
  const callAt = (i: number): ResidueCall | undefined => (i >= 0 ? byLine[i] : undefined);
  // Once each line is read by its own words (`placing`), the passes that call lines by their place (a block under a header,
  // a line between two calls, a run under a frame) never take a line that opens the document's own numbering: a 层次序号
  // heading (`五、实施时间`, `（二）…`) or an article, chapter or section (`第四条　网站页面底部统一标注版权声明：`). Such a line
  // is the document's structure whatever stands beside it (a tester's correct documents, 2026-12-02: a list of a 方案's
  // features swept the next heading in; an article between two formats the regulation prescribes was taken as a credit).
  let placing = false;
  const opensNumbering = (i: number, anyKind = false): boolean => {
    const f = facts[i];
    if (f === undefined || (!anyKind && f.kind !== undefined) || f.t === '') return false;
    const head = source.text.slice(lines[i].contentStart, Math.min(lines[i].end, lines[i].contentStart + 8));
    if (!LEVEL_HEADING.test(head) && !DOCUMENT_ARTICLE.test(head)) return false;
    // (A copy of a heading above it, `一、从我做起…` quoted in a forum's reply under the 倡议书, is the quote's, not the numbering.)
    for (let j = 0; j < i; j++) if (tlen[j] === f.t.length && facts[j]!.t === f.t) return false;
    return true;
  };
  // (`outline`: a block that repeats the document's headings by what it is, a site's generated outline up to its closing `……`.)
  const set = (i: number, kind: ResidueKind, certainty: ResidueCertainty, part?: ResidueCall['part'], outline = false) => {
    if (called[i] !== 0) return;
    if (placing && !outline && part === undefined && kind !== 'configured' && opensNumbering(i)) return;
    const c: ResidueCall = { line: i, kind, certainty, part };
    byLine[i] = c;
    called[i] = part === undefined ? 1 : 2;
    calls.set(i, c);
  };
  const isCalled = (i: number) => i >= 0 && called[i] === 1;
  /** How many tab-separated cells 0-based line `i` holds (0 for a line without a tab between two of its words). */
  const tabCells = (i: number): number => {
    if (i < 0 || i >= n) return 0;
    const raw = source.lineText(lines[i]).trim();
    if (!raw.includes('\t')) return 0;
    const cells = raw.split(/\t+/).filter((c) => c.trim() !== '');
    return cells.length >= 2 ? cells.length : 0;
  };
  /** Is a field naming the site itself (`网站名称：`, `首页网址：`) within six lines above or below 0-based line `i`, in its block? */
  const amongSiteReportFields = (i: number): boolean => {
    for (const step of [prev, next]) {
      for (let j = step[i], k = 0; j >= 0 && k < 6 && Math.abs(j - i) <= 6; j = step[j], k++) {
        if (tlen[j] > 0 && SITE_REPORT_FIELD.test(texts(j)!)) return true;
      }
    }
    return false;
  };
  /** Is 0-based line `i` a line of the document (not called) that introduces what follows: text ending in a colon? */
  const introducedBy = (i: number) => i >= 0 && tlen[i] >= 4 && called[i] === 0 && /[：:]$/.test(texts(i)!);
  /** Does 0-based line `i` open with a label of an information-disclosure panel (`PANEL_FIELD`)? */
  const isPanelField = (i: number) => i >= 0 && tlen[i] > 0 && tlen[i] <= PANEL_LINE && (facts[i]!.shapes() & S_PANEL_FIELD) !== 0;
  /**
   * Is the first line after line `i` (blank lines aside) a title in 《》 alone (`BOOK_TITLE_LINE`), and so is the one after
   * it when it is not a 层次序号 heading? A reading list's start: a site lists its pages by their own titles, not in 《》.
   */
  const readingListAfter = (i: number): boolean => {
    const a = next[i];
    if (a < 0 || facts[a] === undefined || !BOOK_TITLE_LINE.test(facts[a]!.t)) return false;
    const b = next[a];
    return b < 0 || facts[b] === undefined || BOOK_TITLE_LINE.test(facts[b]!.t) || (fl[b] & F_ORDINAL) !== 0;
  };
  /** Is line `j` a short cell of a table's or a label's (`行政许可`, `政务服务便民热线`): ideographs only, no call? */
  const isCellLabel = (j: number): boolean => j >= 0 && tlen[j] >= 2 && tlen[j] <= 16 && called[j] === 0 && CELL_LABEL.test(texts(j)!);
  /** A lone number is a page number or an article id unless it reads as data: a phone, a labelled value, a column. */
  const isStrayNumber = (i: number, inAttachment: boolean) => {
    if (inAttachment || moreOf(i) & F_PHONE) return false;
    const p = moreOf(prev[i]);
    if (p & F_NUMBER_LABEL) return false;
    // A number under the name of what it numbers: a hotline (`政务服务便民热线` / `12345`), or a row of a table pasted one cell
    // per line (`本年处理决定数量` / `行政许可` / `1862`: the row's label over its value, another cell over the label).
    if (isCellLabel(prev[i]) && (HOTLINE_NAME.test(texts(prev[i])!) || isCellLabel(prev[prev[i]]))) return false;
    return !(p & F_NUMERIC) && !(moreOf(next[i]) & F_NUMERIC);
  };

  // Does the document read as a 简报 (its title, its issue line, its distribution lines)? Asked only of a
  // document with a credit line, then read once.
  let briefing: boolean | undefined;
  const isBriefing = () => (briefing ??= readsAsBriefing(facts));
  // Does it read as a news release (a dated lead)? Asked as rarely, read once.
  let release: boolean | undefined;

  /**
   * Is some line before line `i` one of the document's body: not called and either ending a clause or a lead-in
   * (`各科室：`, `现将有关材料汇总如下。`) or a line of prose the classifier does not read (a long paragraph, a table's
   * row)? Asked in the first pass below, of lines in order, once the lines before `i` have been read: the lines are
   * looked at once each over the pass (`bodyFrom` moves forward only).
   */
  let bodyFrom = 0;
  let bodyAbove = false;
  const belowBody = (i: number): boolean => {
    for (; !bodyAbove && bodyFrom < i; bodyFrom++) {
      const j = bodyFrom;
      if (prose[j] && called[j] === 0 && (facts[j] === undefined || moreOf(j) & (F_SENTENCE_MARK | F_COLON_END))) bodyAbove = true;
    }
    return bodyAbove;
  };

  /**
   * Is line `i` (a table of contents' entry) under a contents heading (`目录`, `目　　录`): the lines between are entries
   * or short headings of the table (no sentence), at most `TOC_LINES` of them?
   */
  const underContentsHeading = (i: number): boolean => {
    for (let j = prev[i], k = 0; j >= 0 && k < TOC_LINES; j = prev[j], k++) {
      const u = facts[j];
      if (u === undefined || u.t === '') return false;
      if (CONTENTS_HEADING.test(u.t)) return true;
      if (!(u.kind === 'page-number' && TOC_ENTRY.test(u.t)) && (u.t.length > 40 || moreOf(j) & F_SENTENCE_MARK)) return false;
    }
    return false;
  };
  /** Is line `j` a filled-in field of a form (`作者：李红梅`): a label and its value, no residue, no card's or counter's label? */
  const isFormField = (j: number): boolean => {
    const u = j >= 0 ? facts[j] : undefined;
    return u !== undefined && u.kind === undefined && u.t.length <= 60 && FORM_FIELD.test(u.t) && !CARD_LABEL.test(u.t);
  };
  /** Is line `j` a field of a card or a page's counter (`页数：18页`, `阅读：1024次`), or residue by its own words? */
  const isCardSide = (j: number): boolean => {
    const u = j >= 0 ? facts[j] : undefined;
    return u !== undefined && (u.kind !== undefined || CARD_LABEL.test(u.t));
  };
  /** Is line `j` a lead-in of the document's own (no call), ten characters or more ending in a colon (`……文件名为：`)? */
  const isLeadIn = (j: number): boolean => j >= 0 && called[j] === 0 && facts[j] !== undefined && facts[j]!.kind === undefined && tlen[j] >= 10 && (moreOf(j) & F_COLON_END) !== 0;
  /**
   * Is line `j` a lead-in of the document's own that introduces a sample under it (`……依次设置以下栏目：`, `格式如下：`, `常见诈骗话术：`):
   * no call, no residue by its words, four ideographs or more before the colon that ends it, no salutation (`各位代表：`; but
   * `各单位要用好以下平台：` introduces), no short header of a site's list (`会议纪要范文相关推荐：`, `相关文件：`; `页脚设置以下链接：`
   * introduces), no field of a disclosure panel.
   */
  const ownLeadIn = (j: number): boolean =>
    j >= 0 && called[j] === 0 && tlen[j] >= 5 && endsInColon(facts[j]!.t) && facts[j]!.kind === undefined && isOwnLeadIn(facts[j]!.t) && (!(moreOf(j) & F_SALUTATION) || INTRODUCES.test(facts[j]!.t)) && !(tlen[j] <= 12 && SITE_LIST_HEADER.test(facts[j]!.t) && !INTRODUCES.test(facts[j]!.t)) && !isPanelField(j);
  // (The last character tested first: the regular expression runs on the few lines that end in a colon.)
  const endsInColon = (t: string): boolean => {
    const c = t.charCodeAt(t.length - 1);
    return c === 0xff1a /* ： */ || c === 0x3a;
  };
  /** Is line `j` a sentence of the document's (no call) that points to a QR code (`考点分布图见下方二维码。`)? */
  const pointsToQrCode = (j: number): boolean => j >= 0 && called[j] === 0 && facts[j] !== undefined && facts[j]!.kind === undefined && QR_POINTER.test(facts[j]!.t);

  // The document's first line (0-based; -1: no line is prose), found once: its title where it has one.
  let firstProse: number | undefined;
  const firstProseLine = (): number => {
    if (firstProse === undefined) {
      firstProse = -1;
      for (let k = 0; k < n && firstProse < 0; k++) if (prose[k]) firstProse = k;
    }
    return firstProse;
  };
  // The document's title: its first line (undefined when that line is not read). Asked only of lines a pattern called.
  const documentTitle = (): string | undefined => {
    const k = firstProseLine();
    return k >= 0 ? facts[k]?.t : undefined;
  };
  /**
   * Is the document a record titled so (`RECORD_TITLE`) whose lines from the title to its first speaker's header are its
   * labelled fields (`访谈对象：…`, two or more) and the row with the length? Read once.
   */
  let record: boolean | undefined;
  const isRecord = (): boolean => {
    if (record !== undefined) return record;
    record = false;
    const t0 = documentTitle();
    if (t0 === undefined || t0.length > 60 || !RECORD_TITLE.test(t0)) return record;
    const first = firstProseLine();
    let fields = 0;
    for (let j = next[first], k = 0; j >= 0 && k < 12; j = next[j], k++) {
      const u = facts[j];
      if (u === undefined || u.t === '') return record;
      if (u.kind === 'software' && SPEAKER_HEADER.test(u.t)) {
        record = fields >= 2;
        return record;
      }
      if (u.kind === undefined && FORM_FIELD.test(u.t)) fields++;
      else if (!(u.kind === 'software' && u.t.includes('时长'))) return record;
    }
    return record;
  };
  /** Does a line of the document's own (no pattern's) speak of its slides? Read once. */
  let slides: boolean | undefined;
  const speaksOfSlides = (): boolean => {
    if (slides !== undefined) return slides;
    slides = false;
    for (let k = 0; k < n && !slides; k++) {
      const u = facts[k];
      if (u !== undefined && u.kind === undefined && u.t.length <= 200 && SLIDES_NAMED.test(u.t) && !SLIDE_CUE.test(u.t)) slides = true;
    }
    return slides;
  };
  /**
   * Is line `i` a labelled field in a block of three or more (adjacent lines, each a field), one of them the document's
   * (no pattern's, no card's label: `发帖账号：山水青山`), right under a heading of the document's (`一、帖文基本信息`)?
   */
  const inFieldBlockUnderHeading = (i: number): boolean => {
    const field = (j: number) => j >= 0 && j < n && tlen[j] > 0 && tlen[j] <= 60 && LABELLED_FIELD.test(texts(j)!);
    if (!field(i)) return false;
    let top = i;
    while (field(top - 1) && i - top < 12) top--;
    let bottom = i;
    while (field(bottom + 1) && bottom - i < 12) bottom++;
    if (bottom - top < 2) return false;
    let own = false;
    for (let j = top; j <= bottom && !own; j++) own = facts[j]!.kind === undefined && !CARD_LABEL.test(texts(j)!);
    const head = top - 1;
    return own && head >= 0 && tlen[head] > 0 && tlen[head] <= 40 && called[head] === 0 && facts[head]!.kind === undefined && LEVEL_HEADING.test(texts(head)!);
  };
  /** How many lines are a log's entry header (`LOG_TIME`) with a sentence of the entry right under it. Read once. */
  let logs: number | undefined;
  const logEntries = (): number => {
    if (logs !== undefined) return logs;
    logs = 0;
    for (let k = 0; k < n; k++) {
      if (tlen[k] <= 0 || tlen[k] > 20 || !LOG_TIME.test(texts(k)!)) continue;
      const q = next[k];
      const u = q >= 0 ? facts[q] : undefined;
      if (u !== undefined && u.kind === undefined && u.t.length >= 6 && SENTENCE_FINAL.test(u.t)) logs++;
    }
    return logs;
  };

  // 1. Each line by its own words.
  let inAttachment = false;
  const shortNumbers: number[] = [];
  let rank = 0; // how many non-blank lines came before (the top of the page is where furniture sits)
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    const line = lines[i];
    if (f === undefined) {
      if (prose[i] && !inAttachment && /^[\s\u3000]*附件/.test(source.text.slice(line.contentStart, line.contentStart + 8))) inAttachment = true;
      if (prose[i]) rank++;
      continue;
    }
    if (tlen[i] === 0) continue;
    const top = rank < 3;
    const top2 = rank < 4;
    rank++;
    const flags = fl[i];
    if (flags & F_ATTACHMENT) inAttachment = true;
    // Below the top of the page, without configured patterns, a line with none of these cues is left as it is.
    if (!top2 && userPatterns.length === 0 && (flags & (F_CUE | F_NOISE | F_LONG_NUMBER | F_SHORT_NUMBER)) === 0) continue;
    const t = f.t;
    // The configuration's own residue patterns (`residuePatterns`): the writer named these lines. A
    // match at the line's start (`^本文来源[:：]`) names how the line opens: sure, a safe fix. A match
    // inside the line (`来源` in `项目资金来源为市级财政预算。`) may be a sentence of the draft that
    // happens to hold the words: the deletion is only offered. So is a line the document's structure
    // reads, whatever matched: a heading (`一、` `（一）` `1.` `第一条`) or an addressee or salutation
    // (`各单位：`) — a pattern such as `^\d+\.` or `^各` written too widely must not delete them.
    if (userPatterns.length > 0) {
      const at = firstMatchAt(userPatterns, t);
      if (at >= 0) {
        const structural = (flags & F_ORDINAL) !== 0 || DOCUMENT_ORDINAL.test(t) || LARGER_PART.test(t) || (f.more() & F_SALUTATION) !== 0;
        set(i, 'configured', at === 0 && !structural ? 'sure' : 'likely');
        continue;
      }
    }
    // Junk appended to a sentence: judge the sentence without it; only the junk goes.
    const tail = f.tail;
    const kind = f.kind;
    if (kind !== undefined) {
      if (kind === 'editor' && isBriefing()) continue; // a 简报's 版尾, not the web page's credit
      // A pointer to the attachment that holds the whole text (`（全文共8页，详见附件）` in a 征求意见 公告): the document's, as
      // `以上为部分内容，完整名单请下载附件查看。` is; a site's pager says `全文共8页` to sell the rest.
      if (kind === 'promo' && t.includes('附件') && FULL_TEXT_IN_ATTACHMENT.test(t)) continue;
      // A file name under the document's attachments (`附件1` / `项目申报书` / `项目申报书.docx`): the attachment's file.
      if (kind === 'metadata' && inAttachment && FILE_NAME_LINE.test(f.kt)) continue;
      // A review credit (`终审：赵刚`) among the document's own credit lines (`编辑：王芳`, `审核：李强`): the 版尾 of a bulletin.
      if (kind === 'editor' && REVIEW_CREDIT.test(t) && (isDocumentCredit(facts[prev[i]]) || isDocumentCredit(facts[next[i]]))) continue;
      // A document's title with a collection's item number after it (`在全县经济工作会议上的讲话 篇1`): the title is
      // the draft's own (often its only one); only the number goes.
      if (kind === 'collection') {
        const suffix = titledItemSuffix(source.text.slice(line.contentStart, line.end), t);
        if (suffix !== undefined) {
          set(i, 'collection', 'sure', { start: line.contentStart + suffix.start, end: line.contentStart + suffix.end });
          continue;
        }
      }
      // A label of an information-disclosure panel (`主题分类：财政`, `有效性：有效`) is the panel's only among its other labels,
      // which the panel pass below reads; alone it may be a line of the document (a 清理 list's `有效性：继续有效`).
      if (kind === 'disclosure') continue;
      // A path under the document's line that introduces it (`入会操作路径如下：` / `腾讯会议 > 加入会议 > 输入会议号`,
      // `操作路径为：` / `首页>个人中心>修改密码`): steps in an app or a portal the document tells its readers to take.
      if (kind === 'breadcrumb' && introducedBy(prev[i])) continue;
      // A site's licence numbers among the fields of its annual report (`网站名称：` `首页网址：` `主办单位：` / `网站标识码：…`
      // `ICP备案号：…`, the form 国办 requires of every government site): the form's fields; a footer names no 网站名称.
      if (kind === 'copyright' && amongSiteReportFields(i)) continue;
      // A row of a table pasted with tabs (`VIP会员⇥200元/年⇥含付费下载额度50次`) beside another row of as many cells: the
      // document's table, as a table written with bars is.
      // (Not a note app's properties, `Created by⇥王晓燕` / `Status⇥Done`: its export's rows of English names, read as such.)
      if (tabCells(i) >= 2 && (tabCells(i - 1) === tabCells(i) || tabCells(i + 1) === tabCells(i)) && !NOTE_APP_PROPERTY.test(t)) continue;
      // `2页` right under a material's name (`申请表` / `2页` / `营业执照复印件` / `1页`, a list of materials pasted from a table):
      // how many pages to hand in, not a page's number.
      if (kind === 'page-number' && PAGE_COUNT.test(t) && i > 0 && tlen[i - 1] > 0 && tlen[i - 1] <= 30 && MATERIAL_NAME.test(texts(i - 1)!)) continue;
      // An entry of a table of contents under its heading (`目　　录` / `临川市城市绿化管理办法　　第3页`): the compilation's
      // own text, each title with its page; a running header has no such heading above it.
      // (Not the document's own title with a page, `青山县规范性文件汇编（2024）　　　　第1页` under the 目录 of that 汇编: a contents
      // never lists the whole it opens; that is the running header of page 1, as its copies on the later pages are.)
      if (kind === 'page-number' && TOC_ENTRY.test(t) && underContentsHeading(i) && t.replace(/[\s\u3000]+第\s*\d{1,4}\s*页$/, '') !== documentTitle()) continue;
      // A field of a form the document fills in (`作品名称：《……》` / `字数：3215字` / `作者：李红梅`): a 文库 card's count stands
      // among the card's own fields (`页数：` `格式：` `阅读：`), a form's among fields of the form.
      // With a field of the form on one side only (the form's last field, a blank line under it) and no card's field on the
      // other, the line may be either: its deletion is offered.
      let formSide = false;
      if (kind === 'byline' && WORD_COUNT_FIELD.test(t)) {
        const a = isFormField(prev[i]);
        const b = isFormField(next[i]);
        if (a && b) continue;
        formSide = (a && !isCardSide(next[i])) || (b && !isCardSide(prev[i]));
      }
      // A scan prompt for the document's own matter right under the sentence that points to its QR code (`考点分布图见下方
      // 二维码。` / `扫描二维码查看考点分布`): the notice's; a site's prompt asks to follow, download or claim (`SITE_QR`).
      if (kind === 'share' && /二维码|扫码|扫一扫/.test(t) && !SITE_QR.test(t) && pointsToQrCode(prev[i])) continue;
      // What the document's own lead-in names on the next line (`推荐表请从市总工会网站下载，文件名为：` / `“……”征文推荐表.xlsx`;
      // `各单位也可通过手机报送：` / `请下载“赣服通”APP`): the file it means, the app it asks its readers to use.
      if (((kind === 'metadata' && FILE_NAME_LINE.test(f.kt)) || (kind === 'promo' && NAMED_APP.test(t))) && isLeadIn(prev[i])) continue;
      // A record's own lines (a twelfth tester's correct documents, 2026-12-02): the speakers' headers of an interview's or a
      // hearing's record (`发言人1　00:00:15`, `发言人2　14:20`) and the row of its header with the length (`访谈方式　面对面　　时长　01:12:36`)
      // when the document is titled as the record and its labelled fields (`访谈对象：` `听证时间：`) lead to the first speaker;
      // a recorder's transcript sits under a tool's name or below the minutes' own text.
      if (kind === 'software' && (SPEAKER_HEADER.test(t) || t.includes('时长')) && isRecord()) continue;
      // A slide cue (`第1张幻灯片`) in a speech the document itself says goes with slides (`（配合幻灯片使用）`).
      if (kind === 'page-number' && SLIDE_CUE.test(t) && speaksOfSlides()) continue;
      // A post's metadata as a field of the document's own block of labelled fields under its heading (`一、帖文基本信息` /
      // `发帖账号：山水青山` / `发帖时间：…` / `IP属地：浙江` / `浏览量：1.2万`): the report's fields; a page's card follows no heading.
      if (kind === 'byline' && inFieldBlockUnderHeading(i)) continue;
      // A log's entry times (`2024年06月18日 08:00` over each entry's sentence, twice or more): a 值班记录's own, when titled so;
      // else offered (a page's byline stands once).
      let quoted = false;
      if (kind === 'byline' && LOG_TIME.test(t) && logEntries() >= 2) {
        if (RECORD_TITLE.test(documentTitle() ?? '')) continue;
        quoted = true;
      }
      // A report on posts online quotes them with their metadata (`发布时间：5月6日22:40　　IP属地：浙江`): the same shape as the
      // page's byline, so offered, never applied.
      if (kind === 'byline' && POSTS_REPORT_TITLE.test(documentTitle() ?? '')) quoted = true;
      // A site notice before or after a sentence of the document's own: only the notice goes (`documentTextIn`).
      if (f.split !== undefined) {
        const part = { start: line.contentStart + f.split.start, end: line.contentStart + f.split.end };
        set(i, kind, f.split.sure ? 'sure' : 'likely', f.split.inside ? { ...part, inside: true } : part);
        const head = f.split.head;
        if (head !== undefined && byLine[i] !== undefined) {
          byLine[i]!.head = { start: line.contentStart + head.start, end: line.contentStart + head.end, kind: head.kind, certainty: head.sure ? 'sure' : 'likely' };
        }
        continue;
      }
      // A credit that also names the one who signed the text off may be a 版尾 the rules above did not recognise: offered, not applied.
      // A customer-service line without its hours may be a notice's own contact: offered (sure beside other residue: below).
      // A site's byline by its shape alone (`公文派 | 讲话稿 | 2026-11-02`) sits under the title, above the document's
      // body; below a line of the body the same shape may be a line of the document's own (`张三 | 工作总结 | 2026-01-05`): offered.
      const shapeOnly = kind === 'byline' && SITE_SECTION_BYLINE.test(t) && belowBody(i);
      set(i, kind, (kind === 'editor' && SIGN_OFF.test(t)) || f.mixed || (kind === 'service' && !SERVICE_HOURS.test(t)) || shapeOnly || formSide || quoted ? 'likely' : 'sure');
      continue;
    }
    if (tail > 0) {
      const end = line.contentStart + f.tailEnd;
      set(i, 'noise', 'likely', { start: end - tail, end });
      continue;
    }
    if (flags & F_NOISE) {
      set(i, 'noise', 'sure');
      continue;
    }
    if (flags & F_LONG_NUMBER) {
      if (isStrayNumber(i, inAttachment) && !(rank === 1 && isCopyNumber(t, texts(next[i])))) set(i, 'number', 'sure');
      continue;
    }
    if (flags & F_SHORT_NUMBER) {
      // A page number (`83`, `246 247`); numbers in a sequence (`1`, `2`, `3` as headings) are the
      // document's own, checked once every line is read.
      if (isStrayNumber(i, inAttachment)) shortNumbers.push(i);
      continue;
    }
    // A collection's header at the top of the page: `<title>最新12篇`, `<title>-11篇` (further down,
    // `撰写调研报告5篇` is the writer's own count).
    if (top2 && f.more() & F_COLLECTION_COUNT) {
      set(i, 'collection', 'likely');
      continue;
    }
    if (top && f.more() & (F_TOP_NAV | F_TOP_BYLINE)) {
      set(i, f.more() & F_TOP_NAV ? 'breadcrumb' : 'byline', 'likely');
      continue;
    }
    // An English word injected before a Chinese line (`loading  （一）…`): only the word goes.
    if (f.headLength > 0) {
      const at = line.contentStart + f.headAt;
      set(i, 'noise', 'likely', { start: at, end: at + f.headLength });
      continue;
    }
  }

  if (shortNumbers.length > 0) {
    const values = new Set(shortNumbers.map((i) => Number(texts(i)!.split(/\s+/)[0])));
    for (const i of shortNumbers) {
      const parts = texts(i)!.split(/\s+/).map(Number);
      const v = parts[0];
      if (parts.length === 1 && (values.has(v - 1) || values.has(v + 1))) continue;
      set(i, 'number', 'likely');
    }
  }
  // Words injected at a line's ordinal (`最难忘的风景()一般每月…`, `第一条椭圆的面积 学习对象`): residue when a sibling shows the
  // ordinal without them — one of the three lines each way opening with a bracketed ordinal (after an injected English word
  // too: `expand  ()成员…`), or, for an article, another article of the document with its heading apart. Offered: the words
  // are told by their place alone.
  let articles: number | undefined;
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0 || called[i] !== 0 || (fl[i] & F_CUE) === 0) continue;
    const f = facts[i]!;
    if (f.wordLength === 0) continue;
    let sibling = false;
    if (f.t.charCodeAt(0) === 0x7b2c /* 第 */) {
      if (articles === undefined) {
        articles = 0;
        for (let k = 0; k < n && articles < 2; k++) if (tlen[k] > 0 && tlen[k] <= 20 && texts(k)!.charCodeAt(0) === 0x7b2c && ARTICLE_HEADING.test(texts(k)!)) articles++;
      }
      sibling = articles >= 2;
    } else {
      const opens = (j: number) => {
        const u = facts[j];
        return u !== undefined && u.t !== '' && BRACKETED_ORDINAL.test(u.headLength > 0 ? u.t.slice(u.headLength).trimStart() : u.t);
      };
      for (let j = prev[i], k = 0; j >= 0 && k < 3 && !sibling; j = prev[j], k++) sibling = opens(j);
      for (let j = next[i], k = 0; j >= 0 && k < 3 && !sibling; j = next[j], k++) sibling = opens(j);
    }
    if (!sibling) continue;
    const at = lines[i].contentStart + f.wordAt;
    set(i, 'noise', 'likely', f.t.charCodeAt(0) === 0x7b2c ? { start: at, end: at + f.wordLength, inside: true } : { start: at, end: at + f.wordLength });
  }
  // A numbered item of the document's own sequence (`（一）…` / `（二）推行电子证照在线预览` / `（三）…`) is never furniture by
  // its words alone: a curated pattern read one line, and the numbering reads the line as an item between its
  // siblings. When a sibling of its run (the items numbered the same way before and after it, consecutive values)
  // is no residue, the run is the document's and the call is dropped (the numbering keeps the item; a block of
  // furniture below — a related-article list under its header, a download notice — may still call it, on context).
  // A run whose every item is furniture by its own words (`1.本文档共6页…` / `2.…一经付费…`) stays sure.
  // (Once the blocks are read, a dropped item whose run turned out to be all furniture is called again: see below.)
  const markers = new Map<number, SequenceMarker | null>();
  const markerAt = (j: number): SequenceMarker | undefined => {
    let m = markers.get(j);
    if (m === undefined) markers.set(j, (m = sequenceMarker(source, lines[j]) ?? null));
    return m ?? undefined;
  };
  const dropped: Array<{ call: ResidueCall; marker: SequenceMarker }> = [];
  for (const c of calls.values()) {
    if (c.part !== undefined || c.certainty !== 'sure' || facts[c.line]?.kind !== c.kind) continue;
    const m = markerAt(c.line);
    if (m !== undefined && inDocumentRun(c.line, m, markerAt, prev, next, (j) => called[j] === 0)) dropped.push({ call: c, marker: m });
  }
  for (const { call } of dropped) {
    calls.delete(call.line);
    byLine[call.line] = undefined;
    called[call.line] = 0;
  }

  // Corroboration: the patterns of a tool's or a platform's fields (`corroborate`) read lines a document writes too; without a
  // call of another kind (sure, or part of a line) anywhere on the page, their calls go (a 12345 通报 quoting 工单编号 and
  // 回访结果, a training notice's roster, a 纪要's 已签到 line: a fourteenth tester's correct documents lost such lines).
  // (Asked again once every pass has run: a later pass may call such a line by its cue, or offer its neighbours of the
  // same kind; those offers go with it.)
  const corroborate = () => {
    let needs: number[] | undefined;
    let other = false;
    for (const c of calls.values()) {
      if (c.part === undefined && needsCorroboration(facts[c.line]?.kt ?? '')) (needs ??= []).push(c.line);
      else if (c.certainty === 'sure' || c.part !== undefined) other = true;
    }
    if (needs === undefined) return;
    if (other) {
      // On a page, such lines with the document's own lines on both sides, one of them a sentence (`现将参训学员名单通知如下。` /
      // `学员：王晓峰　学号：…` / `请各位学员按时参加。`; right under its title, above `各镇（街道）：`; between its last sentence
      // and its 署名), may be its own: offered, not deleted. Deleted where they touch the page's furniture or its edge, or
      // stand between headings with no sentence beside them (a slide export's `幻灯片 4`).
      const set = new Set(needs);
      const own = (j: number) => j >= 0 && called[j] === 0 && tlen[j] > 0;
      const ownSentence = (j: number) => own(j) && /[。；！？：:]$/.test(texts(j)!);
      for (const i of needs) {
        let up = prev[i];
        while (up >= 0 && set.has(up)) up = prev[up];
        let down = next[i];
        while (down >= 0 && set.has(down)) down = next[down];
        const c = calls.get(i);
        if (c !== undefined && c.certainty === 'sure' && own(up) && own(down) && (ownSentence(up) || ownSentence(down))) c.certainty = 'likely';
      }
      return;
    }
    const kinds = new Set(needs.map((i) => calls.get(i)!.kind));
    for (const c of [...calls.values()]) {
      if (!needs.includes(c.line) && !(c.certainty === 'likely' && kinds.has(c.kind))) continue;
      calls.delete(c.line);
      byLine[c.line] = undefined;
      called[c.line] = 0;
    }
  };
  if (CORROBORATED_PATTERNS) corroborate();

  // 2. Blocks and relations.
  placing = true;
  // A government site's information-disclosure panel (政府信息公开目录): its labels (`索引号：` `主题分类：` `发文机构：` …), each
  // with its value on the same line or on the line under it. Two labels or more, one of them the portal's own (`索引号`,
  // `主题分类`, `有效性` …): the panel, labels and values. Sure (a safe fix) when it holds three labels or more at the top
  // of the page, before the title (only furniture above it); elsewhere offered. A document's own `发文字号` or date line
  // carries no label, and a 发文稿纸's labels (`发文字号：` `印发日期：`) none of the portal's.
  for (let i = 0; i < n; i++) {
    if (!isPanelField(i)) continue;
    const members: number[] = [];
    const labels = new Set<string>();
    let portal = false;
    let j = i;
    for (; j >= 0 && j < n && isPanelField(j) && members.length < 80; ) {
      const t = texts(j)!;
      members.push(j);
      PANEL_LABELS.lastIndex = 0;
      for (let m = PANEL_LABELS.exec(t); m !== null; m = PANEL_LABELS.exec(t)) {
        const label = m[1].replace(/[\s\u3000]/g, '');
        labels.add(label);
        if (PORTAL_LABEL.test(label)) portal = true;
      }
      // A label alone: its value is the line under it, when that line ends the entry (a blank line, another label or
      // the end follows). The last label's value is not taken when it reads as the title or the salutation
      // (`内容概述：` then `关于印发某某方案的通知`): the panel may have ended there. Laid out with blank lines (label,
      // blank, value, blank, label), a value is only taken between two labels.
      const close = j + 1 < n && tlen[j + 1] > 0;
      const v = close ? j + 1 : next[j];
      if (PANEL_LABEL_ONLY.test(t) && v >= 0 && tlen[v] > 0 && called[v] !== 2 && !isPanelField(v)) {
        const after = next[v];
        const ends = close ? after < 0 || after > v + 1 || isPanelField(after) : isPanelField(after);
        const label = PANEL_LABEL_ONLY.exec(t)![1].replace(/[\s\u3000]/g, '');
        const summary = /^(?:内容概述|内容摘要|摘要|概述)$/.test(label);
        const mv = moreOf(v);
        const fits = tlen[v] <= (summary ? 200 : 60) && (summary || !(mv & F_SENTENCE_LIKE)) && !(mv & F_SALUTATION);
        const titleLike = !/^(?:标题|名称|信息名称|文件名称)$/.test(label) && (namesDocumentKind(texts(v), mv) || /文件$/.test(texts(v)!));
        if (ends && fits && !(titleLike && (after < 0 || !isPanelField(after)))) {
          members.push(v);
          j = after;
          continue;
        }
      }
      j = next[j];
    }
    // Not a panel: a form's labels with no value (`有效性：` `索引号：` of a 政府信息公开申请表, the line under a label another
    // label of the form: `所需信息的内容描述：`), nor the document's own list of
    // the fields under its lead-in (`公开信息时应载明以下要素：` then `主题分类：按照主题词表选择`).
    const filled = members.some((k) => !/[:：]$/.test(texts(k)!));
    const lead = prev[i] >= 0 && called[prev[i]] === 0 && /[:：]$/.test(texts(prev[i]) ?? '') && !isPanelField(prev[i]);
    // Nor the fields of a form under its title (`发文稿纸`, `政府信息公开申请表`), whatever their values.
    let form = false;
    for (let k = prev[i], seen = 0; k >= 0 && seen < 30 && !form; k = prev[k], seen++) form = tlen[k] > 0 && tlen[k] <= 40 && FORM_TITLE.test(texts(k)!);
    // Nor the fields under an item of the document's own numbered list (`1.临江市农业农村局关于……的通知` / `发文字号：临农发〔2020〕15号`
    // / `有效性：继续有效`): a 清理结果 公告 gives each document it lists its 文号 and 有效性, as a portal gives its one document.
    const item = prev[i] >= 0 && called[prev[i]] === 0 && tlen[prev[i]] > 0 && ORDINAL_START.test(texts(prev[i])!) && DOCUMENT_KIND.test(texts(prev[i])!);
    if (item) {
      if (members.length > 0) i = members[members.length - 1];
      continue;
    }
    // The panel's heading above it (`信息公开目录`, `政府信息公开`).
    const heading = prev[i] >= 0 && called[prev[i]] === 0 && PANEL_HEADING.test(texts(prev[i]) ?? '');
    // At the top of the page: only furniture above it.
    let top = true;
    for (let k = prev[heading ? prev[i] : i], seen = 0; k >= 0; k = prev[k], seen++) {
      if (seen >= 20 || !isCalled(k)) {
        top = false;
        break;
      }
    }
    // A lone label of the portal's at the top of the page (`索引号：001-2024-005` over the title) is offered.
    if (((labels.size >= 2 && portal) || (labels.size === 1 && portal && top)) && filled && !lead && !form) {
      if (heading) members.unshift(prev[i]);
      const sure = top && labels.size >= 3;
      for (const k of members) {
        const c = callAt(k);
        if (c === undefined) set(k, 'disclosure', sure ? 'sure' : 'likely');
        else if (c.part === undefined) {
          // (a line called by its shape or its words, `2024-03-05` at the top, `浏览次数：`: the panel's, one kind; a line sure
          // by its own words stays sure)
          c.kind = 'disclosure';
          if (sure) c.certainty = 'sure';
        }
      }
    }
    if (members.length > 0) i = members[members.length - 1];
  }
  callByPlace(source, { facts, tlen, prev, next, callAt, set, isCalled, calls });
  const collectionTitles: string[] = [];
  for (const c of calls.values()) {
    if (c.kind !== 'collection') continue;
    const t = texts(c.line)!;
    const base = t.replace(/[（(【\[][^（(【\[]*篇[)）】\]]$/, '').replace(/(?:最新|精选|精選|合集|汇编|彙編|[-—_\s])?\d{1,8}篇$/, '').trim();
    if (base.length >= 4 && base !== t) collectionTitles.push(base);
  }
  if (collectionTitles.length > 0) {
    // A title relates to a collection's when one is a prefix of the other: sets of the titles and of
    // their prefixes keep this linear however many collections a page holds.
    const bases = new Set(collectionTitles);
    const basePrefixes = new Set<string>();
    for (const b of collectionTitles) for (let k = 4; k <= Math.min(b.length, 80); k++) basePrefixes.add(b.slice(0, k));
    const titleRelated = (s: string) => {
      if (s.length < 4 || s.length > 80) return false;
      if (basePrefixes.has(s)) return true; // s is a prefix of (or equal to) a collection title
      for (let k = 4; k < s.length; k++) if (bases.has(s.slice(0, k))) return true; // a collection title is a prefix of s
      return false;
    };
    for (let i = 0; i < n; i++) {
      const t = texts(i);
      if (t === undefined || t === '' || t.length > 80 || called[i] !== 0) continue;
      // A collection's item header: `第一篇：<title>`, `<title> 1`.
      const di = /^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*(.+)$/.exec(t);
      const num = /^(.+?)\s*\d{1,2}$/.exec(t);
      if ((di && titleRelated(di[1])) || (num && titleRelated(num[1]))) set(i, 'collection', 'likely');
    }
  }
  // A sharing site's item header without a collection title (`第一篇:湖南省人民政府办公厅文件`, xiexiebang.com): `第N篇`
  // and a colon before the name of a document (a kind of document, `…文件`, `…书`). When the next line repeats the
  // name, the line goes; else only `第一篇:` goes and the name stays (it may be the document's own first line). A
  // structure heading (`第一篇 总则`, `第二篇：坚持创新驱动发展`) names no document; a sentence is no header. Nor is any `第N篇：`
  // of a document built of 篇, 章 and 条 (a 规划纲要's `第四篇：优化国土空间规划` over `第十章 …`). Without a sign that the page is
  // a collection (its title `（精选N篇）`, the next line repeating the name, sure furniture beside the line), the header's
  // removal is only offered: `第五篇：深化改革开放的实施方案` may be a part of the document's own.
  let structured: boolean | undefined;
  const isStructured = () => {
    if (structured === undefined) {
      structured = false;
      for (let k = 0; k < n && !structured; k++) {
        const u = tlen[k] > 0 ? texts(k)! : undefined;
        if (u !== undefined && u.charCodeAt(0) === 0x7b2c && PART_STRUCTURE.test(u)) structured = true;
      }
    }
    return structured;
  };
  const sureBeside = (k: number) => {
    const c = callAt(k);
    return c !== undefined && c.part === undefined && c.certainty === 'sure';
  };
  for (let i = 0; i < n; i++) {
    if (tlen[i] < 7 || tlen[i] > 80 || called[i] !== 0 || texts(i)!.charCodeAt(0) !== 0x7b2c /* 第 */) continue;
    const m = ITEM_HEADER.exec(texts(i)!);
    if (!m) continue;
    const name = m[1];
    if (SENTENCE_MARK.test(name) || !(DOCUMENT_KIND.test(name) || /(?:文件|书)$/.test(name))) continue;
    if (isStructured()) continue;
    const after = texts(next[i]);
    if (after !== undefined && after.replace(/[\s\u3000]/g, '') === name.replace(/[\s\u3000]/g, '')) {
      set(i, 'collection', 'sure');
      continue;
    }
    const line = lines[i];
    const raw = source.text.slice(line.contentStart, line.end);
    const at = raw.indexOf(name);
    const collection = collectionTitles.length > 0 || sureBeside(prev[i]) || sureBeside(next[i]);
    if (raw.charCodeAt(0) === 0x7b2c && at > 0) set(i, 'collection', collection ? 'sure' : 'likely', { start: line.contentStart, end: line.contentStart + at });
    else set(i, 'collection', 'likely');
  }
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0) continue;
    const c = callAt(i);
    // No header is this long; an uncalled line that is no header starts nothing.
    if (c === undefined && (tlen[i] > 70 || (fl[i] & (F_RELATED_HEADER | F_NOTICE_HEADER)) === 0)) continue;
    const f = facts[i]!;
    const t = f.t;
    const flags = f.flags;
    // Titles of books, laws and documents in 《》 under the header (`相关阅读` / `《中国共产党纪律处分条例》`): a reading
    // list of the document's own (a 学习计划's); a site lists its pages by their titles, without 《》.
    // (So under a header the table alone calls, `相关链接：`.)
    if ((flags & F_RELATED_HEADER || (c?.kind === 'related' && c.part === undefined && HEADER_COLON.test(t))) && (c === undefined || c.part === undefined) && readingListAfter(i)) {
      if (c !== undefined) {
        calls.delete(i);
        byLine[i] = undefined;
        called[i] = 0;
      }
      continue;
    }
    // Related-article titles under their header: short lines without sentence punctuation.
    if ((c?.kind === 'related' || (c === undefined && flags & F_RELATED_HEADER)) && (c === undefined || flags & F_RELATED_HEADER || f.more() & F_RELATED_START)) {
      if (c === undefined) set(i, 'related', 'sure');
      const items: number[] = [];
      // (The list ends at a heading of the document's, `三、加强组织建设`, and at a line indented otherwise than its first
      // item: the document's own paragraphs resume.)
      const indent = (j: number) => lines[j].contentStart - lines[j].start;
      const contentOf = (j: number) => source.text.slice(lines[j].contentStart, Math.min(lines[j].end, lines[j].contentStart + 8));
      // A header with its one item after the colon (`相关链接：某某局网站`) heads no list; a list ends at a date line, the
      // 成文日期, with the 署名 above it (a notice's end under its own `相关链接：`).
      const inline = /[:：]\s*\S/.test(t);
      for (let j = next[i]; !inline && j >= 0 && items.length < 40; j = next[j]) {
        const u = facts[j];
        if (u === undefined || u.t === '' || u.t.length > 50 || u.more() & F_SENTENCE_OUTSIDE_BRACKETS) break;
        if (LEVEL_HEADING.test(u.t) || (items.length > 0 && indent(j) !== indent(items[0]))) break;
        // A numbered list ends at a title of the document's shape without a number (`1.` `2.` `3.` / `关于……的实施方案`).
        if (items.length > 0 && DOCUMENT_TITLE_LINE.test(u.t) && ORDINAL_START.test(contentOf(items[0])) && !ORDINAL_START.test(contentOf(j))) break;
        if (DATE_LINE.test(u.t)) {
          if (items.length > 0 && items[items.length - 1] === prev[j]) items.pop();
          break;
        }
        items.push(j);
      }
      // One title under the header is the article itself (a section label above it), not a list.
      // (An item whose tag alone was called, `【精品】某某公司工作总结`, is the list's title whole.)
      if (items.length >= 2) {
        for (const j of items) {
          if (called[j] === 2) {
            calls.delete(j);
            byLine[j] = undefined;
            called[j] = 0;
          }
          set(j, 'related', 'likely');
        }
      }
    }
    // A download notice: its header, then the numbered items that speak of the site and its files.
    if (c === undefined && flags & F_NOTICE_HEADER) set(i, 'notice', 'sure');
    const ci = callAt(i)?.kind;
    if (ci === 'notice' || ci === 'metadata') {
      for (let j = next[i], k = 0; j >= 0 && k < 40; j = next[j], k++) {
        const u = facts[j];
        if (u === undefined || u.t === '') break;
        const prevCall = callAt(prev[j]);
        if (callAt(j) !== undefined) {
          if (callAt(j)!.part !== undefined) break;
          continue;
        }
        const uf = u.more();
        if (uf & F_ORDINAL && uf & F_SITE_VOCAB && prevCall !== undefined && prevCall.part === undefined) set(j, 'notice', 'likely');
        else if (uf & F_HEADER_COLON) set(j, 'notice', 'likely');
        else if (prevCall !== undefined && moreOf(prev[j]) & F_HEADER_COLON && uf & (F_SITE_VOCAB | F_WORDS)) set(j, 'notice', 'likely');
        // A label and a short value beside document metadata: `时间：2019-03-16`.
        else if (prevCall?.kind === 'metadata' && uf & F_LABEL_VALUE) set(j, 'metadata', 'likely');
        // A field of a government site's open-information card beside its other fields: `文号：…`, `发文机关：…`.
        else if (ci === 'metadata' && prevCall !== undefined && prevCall.part === undefined && u.t.length <= 70 && u.shapes() & S_GOV_CARD_FIELD) set(j, 'metadata', 'likely');
        else break;
      }
    }
  }
  // A portal card's fields above its first named field (`名　　称：…` over `索 引 号：…`), read bottom-up.
  for (let i = n - 1; i >= 0; i--) {
    if (tlen[i] <= 0 || tlen[i] > 70 || called[i] !== 0 || !(facts[i]!.shapes() & S_GOV_CARD_FIELD)) continue;
    const q = callAt(next[i]);
    if ((q?.kind === 'metadata' || q?.kind === 'disclosure') && q.part === undefined) set(i, q.kind, 'likely');
  }
  // The description on a document-sharing page starts `1、<title><title><first words>…` within two
  // lines of its header (the title may stand between).
  // (The calls made before each of these two loops, in order: the loop adds calls after them, no call
  // is removed. Read by count instead of a copy of the map.)
  let before = calls.size;
  for (const c of calls.values()) {
    if (before-- === 0) break;
    const i = c.line;
    if (c.kind !== 'metadata' || !/^(?:资源描述|資源描述|文档简介|内容预览|內容預覽)\s*[:：]$/.test(texts(i) ?? '')) continue;
    for (let j = next[i], k = 0; j >= 0 && k < 2; j = next[j], k++) {
      if (/^1[、.．]/.test(source.text.slice(lines[j].contentStart, lines[j].contentStart + 2))) {
        set(j, 'metadata', 'likely');
        break;
      }
    }
  }
  // A site's generated outline (`目录/提纲：……`): the headings it repeats, up to the `……` that closes
  // it. Without that closing line the outline's end is unknown, and nothing is called.
  before = calls.size;
  for (const c of calls.values()) {
    if (before-- === 0) break;
    const i = c.line;
    if (c.kind !== 'metadata' || !/^(?:目录\/提纲|目錄\/提綱|文章目录|本文目录)\s*[:：]/.test(texts(i) ?? '')) continue;
    const outline: number[] = [];
    for (let j = next[i]; j >= 0 && outline.length < 60; j = next[j]) {
      const u = texts(j);
      if (u === undefined || u.length > 60) break;
      if (/^(?:…{1,3}|\.{3,6})$/.test(u)) {
        for (const k of outline) set(k, 'metadata', 'likely', undefined, true);
        set(j, 'metadata', 'likely');
        break;
      }
      outline.push(j);
    }
  }
  // A forwarded mail's header under its separator (`---- 转发的邮件 ----`): `发件人：` `发送时间：` `主题：` … up to
  // the first other line.
  before = calls.size;
  for (const c of calls.values()) {
    if (before-- === 0) break;
    if (c.kind !== 'software' || !MAIL_SEPARATOR.test(texts(c.line) ?? '')) continue;
    for (let j = next[c.line], k = 0; j >= 0 && k < 8; j = next[j], k++) {
      const u = texts(j);
      if (u === undefined || !MAIL_FIELD.test(u)) break;
      set(j, 'software', 'likely'); // (a field already called keeps its call)
    }
  }
  // An AI answer's notes on the text it wrote (`说明：` / `注意事项：` and numbered advice: `1. 文中XX处请根据实际填写；`),
  // beside its chat lines: offered, not applied.
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0 || tlen[i] > 14 || called[i] !== 0 || !(facts[i]!.shapes() & S_AI_NOTES_HEADER)) continue;
    const items: number[] = [];
    let j = next[i];
    for (; j >= 0 && items.length < 8; j = next[j]) {
      const u = texts(j);
      const c = callAt(j);
      if (u === undefined || u === '' || u.length > 80 || (c !== undefined && c.kind !== 'chat') || !(fl[j] & F_ORDINAL)) break;
      items.push(j); // (an item already called keeps its call)
    }
    if (items.length === 0 || !items.every((k) => ADVICE.test(texts(k)!))) continue;
    if (callAt(j)?.kind !== 'chat' && callAt(prev[i])?.kind !== 'chat') continue;
    set(i, 'chat', 'likely');
    for (const k of items) set(k, 'chat', 'likely');
  }
  // An AI answer's closing note on what it wrote (`（注：以上内容可根据实际情况调整）`) in a document with sure chat lines: as
  // sure as the chat's own closing notes (`以上内容仅供参考，请结合实际…`); without them, the same note may be a real
  // document's word to its readers.
  let chat = false;
  for (const c of calls.values()) if (c.kind === 'chat' && c.certainty === 'sure') chat = true;
  for (let i = 0; chat && i < n; i++) if (tlen[i] > 0 && tlen[i] <= 80 && callAt(i) === undefined && AI_CLOSING_NOTE.test(texts(i)!)) set(i, 'chat', 'sure');
  // A group chat's message headers (`王主任 11-20 09:15`) and the short replies under them (`收到`, `收到请回复`): where the text
  // holds a sure frame of a chat (a recall, read receipts, an image stub) or two headers. A header alone is a name and a time.
  const imHeaders: number[] = [];
  let im = false;
  for (const c of calls.values()) if (c.kind === 'im' && c.certainty === 'sure') im = true;
  for (let i = 0; i < n; i++) {
    if (tlen[i] < 6 || tlen[i] > 40 || called[i] !== 0) continue;
    // A header ends with its time (`09:15`, `09:15:02`): the colon tested first, the pattern only where it stands.
    const t = texts(i)!;
    // (A field of a notice's schedule, `报到时间　2024-06-03 14:00`, is a label and its value, no one's message.)
    if ((t.charCodeAt(t.length - 3) === 0x3a || t.charCodeAt(t.length - 6) === 0x3a) && IM_HEADER.test(t) && !TIME_FIELD.test(t)) imHeaders.push(i);
  }
  if (im || imHeaders.length >= 2) {
    for (const i of imHeaders) set(i, 'im', 'likely');
    for (let i = 0; i < n; i++) {
      if (tlen[i] <= 0 || tlen[i] > 12 || called[i] !== 0 || !IM_REPLY.test(texts(i)!)) continue;
      const p = callAt(prev[i]);
      const q = callAt(next[i]);
      if ((p !== undefined && p.kind === 'im') || (q !== undefined && q.kind === 'im')) set(i, 'im', 'likely');
    }
  }
  // A PDF's running header (`某某公报　　　　2024年第3期`): a line with a wide gap, repeated, one of its copies beside a page number.
  // A Word file's running header of one part (`某某集团内部资料　注意保密`): any short line, repeated, every copy beside a page number.
  const headers = new Map<string, number[]>();
  let pageMarks = false;
  for (const c of calls.values()) if (isPageMark(c)) pageMarks = true;
  const besidePageMark = (i: number) => isPageMark(callAt(prev[i])) || isPageMark(callAt(next[i]));
  // Only the lines that may be a header: of a running header's shape (one copy beside a page number is enough), or
  // beside a page number themselves (every copy must be) — not every short line at every keystroke.
  for (let i = 0; pageMarks && i < n; i++) {
    if (tlen[i] < 4 || tlen[i] > 60 || called[i] !== 0) continue;
    if (!(tlen[i] >= 6 && facts[i]!.shapes() & S_RUNNING_HEADER) && !besidePageMark(i)) continue;
    const t = texts(i)!;
    if (fl[i] & F_ORDINAL || facts[i]!.more() & F_SENTENCE_MARK) continue;
    const at = headers.get(t);
    if (at) at.push(i);
    else headers.set(t, [i]);
  }
  // The first line that reads as a sentence (a mark of one in it): a copy before it is the document's title, not a header.
  let firstSentence = 0;
  while (pageMarks && firstSentence < n && !(tlen[firstSentence] >= 10 && facts[firstSentence]!.more() & F_SENTENCE_MARK)) firstSentence++;
  for (const at of headers.values()) {
    if (at.length < 2) continue;
    const wide = tlen[at[0]] >= 6 && (facts[at[0]]!.shapes() & S_RUNNING_HEADER) !== 0;
    if (wide ? !at.some(besidePageMark) : !at.every(besidePageMark)) continue;
    // A first copy before any sentence is the document's title under page 1's mark; the header repeats it on later pages.
    for (const i of at) if (wide || i !== at[0] || i > firstSentence) set(i, 'pager', 'likely');
  }
  // Note-app export: three or more property names on lines of their own.
  for (let i = 0; i < n; ) {
    let j = i;
    let known = 0;
    let count = 0;
    for (; j < n && (tlen[j] === 0 || (tlen[j] > 0 && fl[j] & F_EXPORT_WORD)); j++) {
      if (tlen[j] > 0) {
        count++;
        if (facts[j]!.more() & F_EXPORT_PROPERTY) known++;
      }
    }
    if (count >= 3 && known >= 2) {
      for (let k = i; k < j; k++) if (texts(k) !== '') set(k, 'export', 'likely');
      // The author's name right under the properties (`王 明`): a byline of the export.
      // (the page title may stand between).
      for (let a = j < n && prose[j] ? j : next[j - 1], k = 0; a >= 0 && k < 2; a = next[a], k++) {
        const u = texts(a);
        if (u !== undefined && /^[\u3400-\u9fff](?:[ \u3000]?[\u3400-\u9fff]){1,3}$/.test(u)) {
          set(a, 'byline', 'likely');
          break;
        }
      }
    }
    i = j === i ? i + 1 : j;
  }
  // The page title repeated in the body (an image caption, a page break): a line equal to the
  // page's title (the first short line without punctuation), after prose has begun.
  let title: string | undefined;
  let sentences = 0;
  for (let i = 0, seen = 0; i < n; i++) {
    if (!prose[i]) continue;
    seen++;
    // No title among the first six prose lines: there is none, and nothing below is a caption.
    if (title === undefined && seen > 6) break;
    // Past the summary's reach, once three sentences came after the title, only a line of its length may repeat it.
    if (title !== undefined && seen > 10 && sentences >= 3 && tlen[i] !== title.length) continue;
    const f = facts[i];
    const t = f?.t;
    if (title !== undefined && t !== undefined && called[i] === 0 && seen <= 10 && t.length > title.length + 10 && t.startsWith(title) && !SENTENCE_MARK.test(t[title.length])) {
      // The page's summary: the title run into the first words of the text.
      set(i, 'caption', 'likely');
      continue;
    }
    if (f === undefined || t === undefined || t.length > 60 || f.more() & F_SENTENCE_LIKE) {
      sentences++;
      continue;
    }
    if (called[i] !== 0) continue;
    if (title === undefined) {
      if (t.length >= 6 && !(f.more() & (F_COLON_END | F_BRACKET_START))) {
        // A title in two lines, the issuing body over the kind of document (`青川市市场监督管理局` / `行政处罚决定书`):
        // the body's name comes back at the end as the 署名, the document's signature, not as a caption.
        if (BODY_NAME.test(t) && namesDocumentKind(texts(next[i]), moreOf(next[i]))) break;
        // A body's name alone (the 发文机关标志 of a 信函格式 over its 发文字号, or a long title's first line `青禾市财政局` over
        // `关于……的复函`, GB/T 9704-2012 §7.2.1, §10.1): it comes back as the 署名 (§7.3.5), not as a caption; the title is below.
        if (BODY_NAME.test(t) && t.length <= 24) continue;
        title = t;
        sentences = 0;
      }
    } else if (sentences >= 3 && t === title) set(i, 'caption', 'likely');
  }
  // The page's heading over the document's title, with the site's tag and only its furniture between (`某某要点(完整版)` /
  // `发布时间：…` / `某某要点`): the upper copy is the page's. Among the page's first lines; never without furniture between.
  // (The same title twice, untagged, is left: which copy is the page's is a guess, and the first reads as the title.)
  for (let i = 0, seen = 0; i < n && seen < 6; i++) {
    if (!prose[i]) continue;
    seen++;
    if (called[i] !== 0 || tlen[i] < 4 || tlen[i] > 60) continue;
    let between = 0;
    let j = next[i];
    for (; j >= 0 && between < 4 && called[j] === 1; j = next[j]) between++;
    if (between === 0 || j < 0 || called[j] !== 0) continue;
    const t = texts(i)!;
    const u = texts(j);
    if (u !== undefined && u.length >= 4 && t.startsWith(u) && PAGE_TITLE_TAG.test(t.slice(u.length))) set(i, 'caption', 'likely');
  }

  // A news app's, an online office suite's or an AI model's name alone (`新浪新闻`, `腾讯文档`, `ChatGPT 4o`): the page's
  // banner at the top of the page (or, for a model, beside its chat lines); elsewhere it may be an item of the
  // document's own list (the platforms a report names, the tools a notice allows).
  for (let i = 0, seen = 0; i < n; i++) {
    if (!prose[i]) continue;
    seen++;
    if (tlen[i] <= 0 || tlen[i] > 24 || called[i] !== 0) continue;
    const shapes = facts[i]!.shapes();
    const model = (shapes & S_MODEL_NAME) !== 0;
    if (!model && !(seen <= 3 && shapes & S_APP_NAME)) continue;
    if (model && !(seen <= 3 || callAt(prev[i])?.kind === 'chat' || callAt(next[i])?.kind === 'chat')) continue;
    set(i, model ? 'chat' : 'banner', 'likely');
  }
  // What the app and site shapes of a tenth tester's pages frame (2026-12-02, afternoon), each read only where a line
  // sure by its own words shows the frame, and offered, never applied (the lines are a document's words elsewhere):
  // a reading app's export (the book over `N个笔记`, its `◆` chapters, the reader's thought under `发表想法`, the passage's
  // attribution to that book), a transcript's words under its speaker header, an AI answer's suggested questions and its
  // list of sources, the user's request at the top, its note on the slots it left, the title on the card of the document it made; a comment section to the page's end; a
  // forum's thread title, quote label, quoted post and short replies; a mail's other header fields, its body between the
  // subject and a signature, its attachment header; an account's name between lines of the page; an OA system's 收文 form
  // above the received document (its title, platform and fields — `拟办意见：`, `领导批示：` only there); an author under
  // the top byline; an editor's word count; a sharing site's `温馨提示：` over its notes; a tool's name atop the page.
  {
    const free = (j: number) => j >= 0 && called[j] === 0 && tlen[j] > 0;
    const whole = (j: number) => j >= 0 && called[j] === 1;
    const sureWhole = (j: number) => whole(j) && byLine[j]!.certainty === 'sure';
    let notes = false;
    let chatPage = false;
    let forumPage = false;
    let mailPage = false;
    const anchors: number[] = [];
    for (const c of calls.values()) {
      if (c.part !== undefined || c.certainty !== 'sure') continue;
      const t = texts(c.line) ?? '';
      if (c.kind === 'export' && NOTES_MARK.test(t)) notes = true;
      else if (c.kind === 'chat') chatPage = true;
      else if (c.kind === 'post') forumPage = true;
      else if (c.kind === 'software' && MAIL_FIELD.test(t)) mailPage = true;
      if (c.kind === 'export' || c.kind === 'software' || c.kind === 'chat' || c.kind === 'comment' || c.kind === 'post') anchors.push(c.line);
    }
    // The first line of the document's body: uncalled prose with a sentence's mark (or too long to read).
    let firstBody = 0;
    while (firstBody < n && !(prose[firstBody] && called[firstBody] === 0 && (facts[firstBody] === undefined || moreOf(firstBody) & F_SENTENCE_MARK))) firstBody++;
    const titles = new Set<string>();
    // Does the page have no body of its own beside a transcript's spoken lines (the lines right under its sure speakers'
    // headers)? Then those lines are the document. A body: an uncalled line ending a statement (`会议研究了近期工作。`; not a
    // tool's question `纪要对你有帮助吗？`) outside the spoken lines. Read once, on a page with a speaker's header.
    let spokenOnly: boolean | undefined;
    const transcriptIsDocument = (): boolean => {
      if (spokenOnly !== undefined) return spokenOnly;
      const spoken = new Set<number>();
      for (const a of anchors) {
        if (callAt(a)!.kind !== 'software' || !SPEAKER_HEADER.test(texts(a)!)) continue;
        for (let j = a + 1, k = 0; j < n && k < 3 && free(j) && tlen[j] <= 200; j++, k++) spoken.add(j);
      }
      spokenOnly = true;
      for (let j = 0; j < n && spokenOnly; j++) {
        if (!prose[j] || called[j] !== 0 || spoken.has(j) || tlen[j] === 0) continue;
        if (facts[j] === undefined || (tlen[j] >= 6 && /[。；！!]$/.test(texts(j)!))) spokenOnly = false;
      }
      return spokenOnly;
    };
    for (const i of anchors) {
      const t = texts(i)!;
      const kind = callAt(i)!.kind;
      if (kind === 'export' && /个笔记$/.test(t)) {
        // The book's title and author over the export's header, up to the top of the page.
        const head: number[] = [];
        let j = prev[i];
        for (; free(j) && head.length < 2 && tlen[j] <= 40 && NOTES_HEAD.test(texts(j)!); j = prev[j]) head.push(j);
        if (head.length > 0 && (j < 0 || whole(j))) {
          for (const k of head) {
            set(k, 'export', 'likely');
            const m = /^《([^《》]+)》$/.exec(texts(k)!);
            if (m) titles.add(m[1]);
          }
        }
      } else if (kind === 'export' && /发表想法$/.test(t)) {
        if (free(next[i]) && tlen[next[i]] <= 120) set(next[i], 'export', 'likely');
      } else if (kind === 'software' && SPEAKER_HEADER.test(t)) {
        // The speaker's words: the lines right under the header, up to a blank line or the next call — a transcript appended
        // to the document (a 纪要 above it, the recording's text below). Where the transcript is all the page has of its own
        // (a 腾讯会议 智能纪要 of a speech: a sixteenth tester's page), its spoken lines are the document: only the stamps go.
        if (transcriptIsDocument()) continue;
        for (let j = i + 1, k = 0; j < n && k < 3 && free(j) && tlen[j] <= 200; j++, k++) set(j, 'software', 'likely');
      } else if (kind === 'chat' && FOLLOW_UP_HEADER.test(t)) {
        for (let j = next[i], k = 0; free(j) && k < 6 && tlen[j] <= 40 && !/[。；;]$/.test(texts(j)!); j = next[j], k++) set(j, 'chat', 'likely');
      } else if (kind === 'comment' && COMMENT_COUNT.test(t)) {
        // The comments: every line from the header to the page's end, when all are short (none of a document's paragraphs).
        const rest: number[] = [];
        let j = next[i];
        for (; j >= 0 && rest.length < 12 && tlen[j] > 0 && tlen[j] <= 60; j = next[j]) rest.push(j);
        if (j < 0) for (const k of rest) if (called[k] === 0) set(k, 'comment', 'likely');
      } else if (kind === 'post' && QUOTE_HEADER.test(t)) {
        // The quoted post and the reply under it, up to the next floor or the page's end.
        const quote: number[] = [];
        let j = next[i];
        for (; free(j) && quote.length < 4 && tlen[j] <= 120; j = next[j]) quote.push(j);
        if (j < 0 || whole(j)) for (const k of quote) set(k, 'post', 'likely');
      } else if (kind === 'software' && MAIL_SUBJECT.test(t)) {
        // The mail's body under its header, when a signature closes it.
        const body: number[] = [];
        let j = next[i];
        for (; free(j) && body.length < 4; j = next[j]) body.push(j);
        if (body.length > 0 && sureWhole(j) && byLine[j]!.kind === 'software' && MAIL_SIGNATURE.test(texts(j)!)) for (const k of body) set(k, 'software', 'likely');
      }
    }
    for (let i = 0, seen = 0; i < n; i++) {
      if (!prose[i]) continue;
      seen++;
      if (!free(i) || tlen[i] > 120) continue;
      const p = prev[i];
      const q = next[i];
      // (Most lines of a document: no frame on the page reads them, no call beside them, below the top.)
      if (!notes && !chatPage && seen > 6 && !whole(p) && !whole(q)) continue;
      const t = texts(i)!;
      if (notes) {
        if (NOTES_CHAPTER.test(t)) {
          set(i, 'export', 'likely');
          continue;
        }
        const m = NOTES_ATTRIBUTION.exec(t);
        if (m && titles.has(m[1])) {
          set(i, 'export', 'likely');
          continue;
        }
      }
      if (chatPage) {
        if (seen <= 4 && whole(p) && CHAT_PROMPT.test(t)) {
          set(i, 'chat', 'likely');
          continue;
        }
        if (CHAT_SLOT_NOTE.test(t)) {
          set(i, 'chat', 'likely');
          continue;
        }
        // The card of the document the answer made (`关于…的通知` / `已生成文档，点击查看` / `关于…的通知`): the title over the
        // card's line, which the document repeats under it.
        if (whole(q) && SITE_KINDS.has(byLine[q]!.kind) && next[q] >= 0 && texts(next[q]) === t) {
          set(i, 'chat', 'likely');
          continue;
        }
        // (An item's number is read from the line: the text the classifier reads has lost a list marker, `1. `.)
        const item = (j: number) => SOURCE_ITEM.test(source.text.slice(lines[j].contentStart, Math.min(lines[j].end, lines[j].contentStart + 8)));
        // (An item another pattern called already, `1. 某某要点 - 某某网` as a site's banner, stays so and the list goes on.)
        if (SOURCES_HEADER.test(t) && (free(q) || whole(q)) && item(q)) {
          set(i, 'chat', 'likely');
          for (let j = q, k = 0; (free(j) || whole(j)) && k < 10 && tlen[j] <= 100 && item(j); j = next[j], k++) set(j, 'chat', 'likely');
          continue;
        }
      }
      if (forumPage) {
        const post = (j: number) => whole(j) && (byLine[j]!.kind === 'post' || byLine[j]!.kind === 'byline');
        if ((THREAD_TITLE.test(t) || QUOTE_LABEL.test(t)) && tlen[i] <= 60 && (post(p) || post(q))) {
          set(i, 'post', 'likely');
          continue;
        }
        // A short reply under a floor's header, the last line before the next floor or the page's end.
        if (tlen[i] <= 40 && whole(p) && (byLine[p]!.kind === 'byline' || byLine[p]!.kind === 'post') && FLOOR_HEADER.test(texts(p)!) && (q < 0 || whole(q))) {
          set(i, 'post', 'likely');
          continue;
        }
      }
      if (mailPage) {
        const mailBeside = (j: number) => whole(j) && byLine[j]!.kind === 'software' && MAIL_FIELD.test(texts(j)!);
        if (MAIL_FIELD.test(t) && (mailBeside(p) || mailBeside(q))) {
          set(i, 'software', 'likely');
          continue;
        }
        if (MAIL_ATTACHMENTS.test(t) && whole(q) && FILE_SIZE.test(texts(q)!)) {
          set(i, 'software', 'likely');
          continue;
        }
      }
      // An account's name (`公文研习社`) between two lines of the page sure by their own words, below the document's body
      // (at the top the same place holds the document's title).
      if (i > firstBody && SHORT_NAME.test(t) && sureWhole(p) && sureWhole(q) && SITE_KINDS.has(byLine[p]!.kind) && SITE_KINDS.has(byLine[q]!.kind) && !(moreOf(i) & (F_DOCUMENT_KIND | F_SALUTATION)) && !BODY_NAME.test(t) && !t.startsWith('附件')) {
        set(i, 'banner', 'likely');
        continue;
      }
      if (seen <= 4 && TOP_AUTHOR.test(t) && ((sureWhole(p) && (byLine[p]!.kind === 'source' || byLine[p]!.kind === 'byline')) || (sureWhole(q) && (byLine[q]!.kind === 'source' || byLine[q]!.kind === 'byline')))) {
        set(i, 'byline', 'likely');
        continue;
      }
      if (seen <= 6 && EDITOR_WORD_COUNT.test(t) && (whole(p) || whole(q))) {
        set(i, 'software', 'likely');
        continue;
      }
      if (TIPS_HEADER.test(t) && whole(q) && TIPS_KINDS.has(byLine[q]!.kind)) {
        set(i, 'notice', 'likely');
        continue;
      }
      if (seen <= 3 && tlen[i] <= 24 && TOOL_NAME.test(t)) set(i, 'banner', 'likely');
    }
    // An OA system's 收文 form at the top of the page: its platform, title, fields and toolbar, down to the received
    // document; a form with its title or its register number.
    let form = false;
    const wrapper: number[] = [];
    for (let j = 0, k = 0; j < n && k < 12; j++) {
      if (!prose[j]) continue;
      const t = texts(j);
      if (t === undefined) break;
      const title = OA_FORM_TITLE.test(t);
      if (title || OA_RECEIPT_FIELD.test(t)) form = true;
      if (!(title || whole(j) || (tlen[j] <= 120 && OA_FIELD.test(t)) || (k === 0 && tlen[j] <= 30 && OA_PLATFORM.test(t)))) break;
      wrapper.push(j);
      k++;
    }
    if (form && wrapper.length >= 3) for (const j of wrapper) if (called[j] === 0) set(j, 'software', 'likely');
  }
  callShopsAndCommentsByPlace(n, {
    facts,
    tlen,
    prev,
    next,
    callAt,
    set,
    isCalled,
    calls,
    unset: (i) => {
      calls.delete(i);
      byLine[i] = undefined;
      called[i] = 0;
    },
  });
  // 3. Neighbours: a short line between residue lines that carries a cue of its own.
  // At the top of the page a short label between residue lines is the site's section banner
  // (`党建工作专栏`) — unless it names a kind of document, when it is the page's title.
  for (let i = 0, seen = 0; i < n && seen < 5; i++) {
    if (!prose[i]) continue;
    seen++;
    const f = facts[i];
    if (f === undefined || called[i] !== 0 || f.t.length < 2 || f.t.length > 8 || f.more() & (F_SENTENCE_MARK | F_DOCUMENT_KIND) || !(f.more() & F_IDEOGRAPHS)) continue;
    if (isCalled(prev[i]) && isCalled(next[i])) set(i, 'banner', 'likely');
  }
  // An account's name (`青山发布`, `某某笔记`) on the first line above its byline, or between two lines of sure furniture
  // (`轻触阅读原文` / name / `向上滑动看下一个`): a short run of ideographs that names no kind of document and no body.
  for (let i = 0; i < n; i++) {
    if (tlen[i] < 2 || tlen[i] > 8 || called[i] !== 0) continue;
    const p = callAt(prev[i]);
    const q = callAt(next[i]);
    if (q === undefined || q.certainty !== 'sure' || q.part !== undefined) continue;
    const first = prev[i] < 0 && q.kind === 'byline';
    if (!first && (p === undefined || p.certainty !== 'sure' || p.part !== undefined || !ACCOUNT_NEIGHBOURS.has(p.kind) || !ACCOUNT_NEIGHBOURS.has(q.kind))) continue;
    const m = facts[i]!.more();
    if (!(m & F_IDEOGRAPHS) || m & (F_DOCUMENT_KIND | F_SALUTATION) || BODY_NAME.test(texts(i)!)) continue;
    set(i, 'banner', 'likely');
  }
  // A Q&A page's or a forum thread's own words around the text it carries (tester round 5): the asker's request
  // (`各位大神，年底要写述职报告，求个范文参考，感谢！`, `有没有好的……材料可以参考？`) and the answerer's preface (`给你一篇我去年写的，
  // 名字单位自己改：`, `分享一篇我自己的研讨发言提纲，大家轻拍。`), on the line right under a floor, a post's byline or the page's
  // header. Only on a page with a post or comment line sure by its own words (`#1楼`, `望采纳`, `12 个回答`); offered, since a
  // speech says `给大家分享一篇文章：` too.
  let forum = false;
  for (const c of calls.values()) if ((c.kind === 'post' || c.kind === 'comment') && c.certainty === 'sure' && c.part === undefined) forum = true;
  for (let i = 0; forum && i < n; i++) {
    if (tlen[i] < 4 || tlen[i] > 60 || called[i] !== 0) continue;
    const p = callAt(prev[i]);
    if (p === undefined || p.part !== undefined || (p.kind !== 'post' && p.kind !== 'comment' && p.kind !== 'byline')) continue;
    const t = texts(i)!;
    // (Not a salutation: `各位领导：`; the asker's `各位大神，…求个范文` is no salutation line.)
    if (DOCUMENT_ORDINAL.test(t) || (facts[i]!.more() & F_SALUTATION && /[:：]$/.test(t)) || !FORUM_ASK_OR_PREFACE.test(t)) continue;
    set(i, 'post', 'likely');
  }
  // A site's contact or source line right beside its other furniture (`微信号：…` under a QR prompt, `来源：…`
  // over a credits line): offered, since a real document may hold the same line.
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0 || tlen[i] > 60 || called[i] !== 0) continue;
    const p = callAt(prev[i]);
    const q = callAt(next[i]);
    // (Not beside a field of an information-disclosure panel: a form's fields stand there — a 发文稿纸's `主办单位：办公室`
    // between `签发：` and `发文字号：` — and a portal's footer stands below the document, not by its panel.)
    const site = (c: ResidueCall | undefined) => c !== undefined && c.part === undefined && c.kind !== 'disclosure' && SITE_KINDS.has(c.kind);
    if (!site(p) && !site(q)) continue;
    if (!(facts[i]!.more() & F_SITE_CONTACT)) continue;
    const footer = SITE_FOOTER.test(texts(i)!);
    // (Not the last of an event's organisers, `主办单位：白石市体育局` / `承办单位：白石市体育中心` above a share bar: the
    // line on its other side, the document's own, names an organiser too.)
    const other = site(p) ? next[i] : prev[i];
    if (footer && other >= 0 && called[other] === 0 && tlen[other] > 0 && ORGANISER_FIELD.test(texts(other)!)) continue;
    set(i, footer ? 'copyright' : 'share', 'likely');
  }
  // A customer-service line (`客服QQ：…`) beside other furniture of the site is the site's: sure. (Beside another such line,
  // when that one is sure: `微信客服：…` under `客服QQ：…（工作日9:00-18:00）`; two rounds carry it either way.)
  const siteBeside = (q: ResidueCall | undefined) => q !== undefined && q.part === undefined && SITE_KINDS.has(q.kind) && (q.kind !== 'service' || q.certainty === 'sure');
  for (let round = 0; round < 2; round++) {
    for (const c of calls.values()) {
      if (c.kind !== 'service' || c.certainty !== 'likely' || c.part !== undefined) continue;
      if (siteBeside(callAt(prev[c.line])) || siteBeside(callAt(next[c.line]))) c.certainty = 'sure';
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < n; i++) {
      if (tlen[i] <= 0 || tlen[i] > 20 || called[i] !== 0) continue;
      if (!isCalled(prev[i]) || !isCalled(next[i])) continue;
      const m = facts[i]!.more();
      if (m & F_SENTENCE_MARK) continue;
      if (!(m & F_SALUTATION) && m & (F_NEIGHBOUR_SHAPE | F_SITE_VOCAB)) set(i, callAt(prev[i])!.kind, 'likely');
    }
  }
  // A credit line at the very end of a news release (`3月10日，我县召开…` … `责任编辑：陈静`) may be the release's own:
  // its deletion is offered, not applied — unless furniture that is sure by its own words stands beside it.
  for (const c of calls.values()) {
    if (c.kind !== 'editor' || c.certainty !== 'sure' || c.part !== undefined) continue;
    const furniture = (j: number) => callAt(j)?.certainty === 'sure' && callAt(j)!.kind !== 'editor';
    if (furniture(prev[c.line]) || furniture(next[c.line]) || !endsInCredits(c.line, next, (j) => callAt(j)?.kind === 'editor' || isDocumentCredit(facts[j]))) continue;
    if ((release ??= readsAsNewsRelease(facts))) c.certainty = 'likely';
  }
  // A numbered item dropped above (its run seemed the document's) whose run the blocks have since called whole (the
  // notes of an AI answer, a download notice's items): the run is furniture, and the item sure by its own words again.
  for (const { call, marker } of dropped) {
    if (inDocumentRun(call.line, marker, markerAt, prev, next, (j) => called[j] !== 1)) continue;
    const now = callAt(call.line);
    if (now === undefined) set(call.line, call.kind, 'sure');
    else if (now.part === undefined) {
      now.kind = call.kind;
      now.certainty = 'sure';
    }
  }
  // A cut page's last words and a page card's link (the closing note of 2026-12-02, evening). `未完待续` alone on a line
  // (`（未完待续）`, `——未完待续——`) with nothing after it but furniture: the page was cut there. It names nothing the site
  // sells (the paywall pattern's `未完待续，请下载完整文档` does) and a 简报 may run an article in parts: offered, never in a
  // briefing, never above the document's own text. A bare `链接地址：https://…` (not a public body's site) right under a
  // line of furniture that is sure by its own words (`本文标题：….doc` on a sharing page's card): the card's link, sure as
  // a customer-service line beside furniture is. Under the document's own text the same label may give readers an
  // address (`链接地址：https://…gov.cn`): left alone.
  for (let i = 0; i < n; i++) {
    if (tlen[i] <= 0 || tlen[i] > 150 || called[i] !== 0) continue;
    const t = texts(i)!;
    // (Both tested only where their words stand: the loop visits every line at every keystroke.)
    if (tlen[i] <= 16 && t.includes('待续') && UNFINISHED.test(t)) {
      let j = next[i];
      while (j >= 0 && isCalled(j)) j = next[j];
      if (j < 0 && !isBriefing()) set(i, 'paywall', 'likely');
      continue;
    }
    const c0 = t.charCodeAt(0);
    if ((c0 === 0x94fe /* 链 */ || c0 === 0x93c8 /* 鏈 */) && CARD_LINK.test(t) && !PUBLIC_DOMAIN.test(t)) {
      const p = callAt(prev[i]);
      if (p !== undefined && p.part === undefined && p.certainty === 'sure' && SITE_KINDS.has(p.kind)) set(i, 'source', 'sure');
    }
  }
  // A link the document gives its readers (`下载地址：http://…/attach/2024/baobiao.xls` under `报表模板请从市统计局网站
  // 下载。`): a link to a file or to a public body's or an organisation's site, or a link or a link's label (`下载地址：`,
  // to be filled) under a line of the document's prose that speaks of it, may be the document's own address: its
  // deletion is offered, not applied. Not when furniture stands beside it (the link is then part of the page's
  // furniture) or the line speaks of the site itself (`本站`, `范文`).
  for (const c of calls.values()) {
    if (c.certainty !== 'sure' || c.part !== undefined || c.kind === 'configured' || tlen[c.line] <= 0) continue;
    const t = texts(c.line)!;
    if (!(LINK.test(t) || LINK_LABEL.test(t)) || SITE_SELF.test(t)) continue;
    const p = prev[c.line];
    const q = next[c.line];
    if (isCalled(p) || (q >= 0 && callAt(q)?.certainty === 'sure' && callAt(q)!.part === undefined)) continue;
    const referred = p >= 0 && called[p] === 0 && tlen[p] > 0 && moreOf(p) & (F_SENTENCE_LIKE | F_COLON_END) && LINK_REFERENCE.test(texts(p)!);
    if (referred || FILE_LINK.test(t) || PUBLIC_DOMAIN.test(t)) c.certainty = 'likely';
  }
  // A 简报 prints its own `相关链接：` and its 版尾's distribution (`报：` `送：` `发：`): in a briefing a related-list
  // call is only offered, and a distribution or credit line (`本期责任编辑：李明`) is no related item at all.
  if (isBriefing()) {
    for (const c of [...calls.values()]) {
      if (c.kind !== 'related' || c.part !== undefined) continue;
      const t = texts(c.line) ?? '';
      // (Nor is its own `【相关链接】` over one paragraph a list's header: a section label of the 简报.)
      const label = tlen[c.line] <= 10 && /^【[^】]+】$|[:：]$/.test(t) && callAt(next[c.line])?.kind !== 'related';
      if (BRIEFING_DISTRIBUTION.test(t) || BRIEFING_CREDIT.test(t) || label) calls.delete(c.line);
      else if (c.certainty === 'sure') c.certainty = 'likely';
    }
  }
  // What the document introduces itself: the lines right under a lead-in of its own ending in a colon (`页面底部标注以下字样：` /
  // `网站支持IPv6`, `格式如下：` / `编辑：陈静　审核：王建国　监制：李红梅`, `常见诈骗话术：` / `私信客服免费领取补贴`) are the sample
  // it quotes — the features a 改版 notice names, the format a 管理办法 prescribes, the words a 反诈 notice warns of — not
  // the page's furniture. A call that place or a curated pattern offered (likely) is dropped there; a line sure by words no
  // document quotes stays called. The run ends at a blank line, the document's next heading or article, its next lead-in,
  // or a sentence of its own (`其中，“长者模式”放大字体和按钮……`); six lines at most.
  const quotedSample = (j: number): void => {
    const c = callAt(j);
    // (A labelled link stays called, its deletion offered: the document's own address, `链接：https://pan.baidu.com/…`, is
    // no sample; a row of its table that opens with a site's address, `https://www.qingshan.gov.cn/　　3/120`, is.)
    if (c === undefined || c.part !== undefined || c.kind === 'configured' || (LINK.test(texts(j)!) && (c.kind === 'share' || LINK_LABEL.test(texts(j)!)))) return;
    // (Nor a line sure by words no document quotes: a sharing site speaking of itself, its ads and its fold.)
    if (c.certainty === 'sure' && UNQUOTED.test(texts(j)!)) return;
    calls.delete(j);
    byLine[j] = undefined;
    called[j] = 0;
  };
  for (let i = 0; i < n; i++) {
    if (!ownLeadIn(i)) continue;
    // A document that sets a blank line between all its paragraphs (the lines above and under the lead-in and under its
    // first item blank) sets one between its items too (`利用以下平台：` / `` / `学习强国` / `` / `浙江干部网络学院`): one blank line at a time
    // goes on with the run there; so does a text flowchart's arrow between its steps (`按照以下流程办理：` / `举报` / `↓` /
    // `受理`), in any document (a tester's correct documents, 2026-12-02).
    const spaced = i + 1 < n && lines[i + 1].scope === 'blank' && (i === 0 || lines[i - 1].scope === 'blank') && next[i] >= 0 && next[i] + 1 < n && lines[next[i] + 1].scope === 'blank';
    for (let j = i + 1, k = 0; j < n && k < 8; j++) {
      const u = facts[j];
      if (u !== undefined && u.t === '' && (lines[j].scope === 'blank' ? spaced && lines[j - 1].scope !== 'blank' : FLOW_ARROW.test(source.lineText(lines[j])))) continue;
      k++;
      // (A page's mark, `第2页`, ends it: the page broke there, and the mark is the file's. A bar of a site's sections,
      // `首页 | 政务公开 | 政务服务`, called with the pagers, numbers no page.)
      if (u === undefined || u.t === '' || opensNumbering(j, true) || (isPageMark(callAt(j)) && /\d/.test(u.t))) break;
      if (called[j] === 0) {
        if (moreOf(j) & F_COLON_END || /[。；;！？!?]$/.test(u.t)) break;
        continue;
      }
      quotedSample(j);
    }
  }
  // 3. The document's own place (a fifteenth tester's correct documents, 2026-12-02). A curated pattern reads one line by
  // its words; where the line stands shows whose it is. Last of the passes, on the calls they leave:
  // - a step of a text flowchart (`注册` / `↓` / `登录`): an arrow above or below it (blank lines aside) — the document's;
  // - a Markdown heading with the document's own text under it (`## 延伸阅读` over its reading list, `## 历史版本` over its
  //   table, `### 在线客服` over its channel): the document's structure (a page pasted into Markdown heads the site's list
  //   with it, and the list is called);
  // - a field among the document's own fields (`方式：在线获取` / `售价：0元`; `开本：16开` / `页数：486页` / `定价：88.00元`):
  //   the document's form; so is a short word over the document's own short words (`沙发` / `茶几` / `边几`, a procurement
  //   list's items); and a short label over a paragraph, as its sibling label stands over the paragraph above (`留言` / `回复`);
  // - `相关资料：` and its items on a page with no other furniture: the materials a 提案 lists;
  // - a call sure by its words alone whose words a document may write (`ambiguous`: a heading of its own reading list
  //   `延伸阅读`, a field `售价：免费` or `来源：人民网`, a sentence, a closing mark `（全文完）` `——完——`), with the document's
  //   own lines directly above and below it or as the only call on the page: offered, not deleted — and a chat's or a
  //   paywall's sentence amid the body that addresses no 您 or 你 (`申请人登录后查看办理进度，也可拨打12345查询。`,
  //   `村民群众如有需要，请随时联系我。`) is the document's. Never a line that speaks as only a site does (`本站`, `范文`,
  //   `下载`, `VIP`…: `SITE_ONLY_WORDS`).
  // Measured on every labelled page set: no residue line lost its call, none lost its safe fix.
  const documentsOwnPlace = (): void => {
    const own = (j: number) => j >= 0 && called[j] === 0 && prose[j] === 1;
    const drop = (i: number) => {
      calls.delete(i);
      byLine[i] = undefined;
      called[i] = 0;
    };
    const arrowBeside = (i: number): boolean => {
      for (const step of [-1, 1]) {
        let j = i + step;
        while (j >= 0 && j < n && lines[j].scope === 'blank') j += step;
        if (j >= 0 && j < n && FLOW_ARROW.test(source.lineText(lines[j]))) return true;
      }
      return false;
    };
    const field = (j: number) => own(j) && tlen[j] > 0 && tlen[j] <= 60 && OWN_FIELD.test(texts(j)!) && !CARD_LABEL.test(texts(j)!) && !SITE_FIELD_VALUE.test(texts(j)!);
    const word = (j: number) => own(j) && tlen[j] > 0 && tlen[j] <= 8 && SHORT_WORD.test(texts(j)!);
    const paragraph = (j: number) => own(j) && (tlen[j] < 0 || (tlen[j] >= 20 && /[。！？]$/.test(texts(j)!)));
    for (const c of [...calls.values()]) {
      if (c.part !== undefined || c.kind === 'configured' || tlen[c.line] <= 0) continue;
      const i = c.line;
      const t = texts(i)!;
      if (SITE_ONLY_WORDS.test(t)) continue;
      if (arrowBeside(i) && tlen[i] <= 12) drop(i);
      // (Not a heading only a site's list has: `## 猜你喜欢`, `## 往期推荐` over items the patterns left.)
      else if (lines[i].headingLevel > 0 && own(next[i]) && (!RELATED_HEADER.test(t) || OWN_SECTION_HEADING.test(t))) drop(i);
      else if (tlen[i] <= 60 && OWN_FIELD.test(t) && !SITE_FIELD_VALUE.test(t) && (c.kind === 'promo' ? field(prev[i]) || field(next[i]) : c.kind === 'metadata' && field(prev[i]) && field(next[i]))) drop(i);
      else if (tlen[i] <= 4 && SHORT_WORD.test(t) && own(prev[i]) && word(next[i]) && word(next[next[i]])) drop(i);
      // A short label over a paragraph, as its sibling label stands over the paragraph above (`留言` / `……建议尽快增设遮雨棚。` /
      // `回复` / `经现场查勘，……`): the document's sub-heading.
      else if (tlen[i] <= 4 && SHORT_WORD.test(t) && paragraph(next[i]) && paragraph(prev[i]) && word(prev[prev[i]]) && tlen[prev[prev[i]]] <= 4) drop(i);
    }
    // What a document may write word for word: a short heading or word, a field, a sentence, a closing mark.
    const ambiguous = (c: ResidueCall, t: string): boolean => {
      if (SHORT_WORD.test(t) && t.length <= 6) return c.kind === 'related' && OWN_SECTION_HEADING.test(t);
      if (OWN_FIELD.test(t) && t.length <= 40) return AMBIGUOUS_FIELD_KINDS.has(c.kind) && !SITE_FIELD_VALUE.test(t);
      if (t.length >= 10 && /[。！？]$/.test(t)) return AMBIGUOUS_SENTENCE_KINDS.has(c.kind) && !AI_OFFER.test(t);
      return (c.kind === 'post' || c.kind === 'noise') && CLOSING_MARK.test(t);
    };
    // `相关资料：` (`相关文件：`, `相关政策：`) over a list is how a 提案 or a report names the materials it lists under its text
    // (`1.临江市2023年……统计表`) as often as a site heads its list: on a page with no other furniture, the header and its items
    // are the document's.
    let onlyMaterials = calls.size > 0;
    let header = false;
    for (const c of calls.values()) {
      if (c.kind !== 'related' || c.part !== undefined) onlyMaterials = false;
      else if (tlen[c.line] > 0 && MATERIALS_HEADER.test(texts(c.line)!)) header = true;
    }
    if (onlyMaterials && header) for (const c of [...calls.values()]) drop(c.line);
    let sure = 0;
    for (const c of calls.values()) if (c.certainty === 'sure' || c.part !== undefined) sure++;
    const lone = sure === 1 && calls.size === 1;
    for (const c of [...calls.values()]) {
      if (c.part !== undefined || c.certainty !== 'sure' || c.kind === 'configured' || tlen[c.line] <= 0) continue;
      const i = c.line;
      const t = texts(i)!;
      if (SITE_ONLY_WORDS.test(t) || !ambiguous(c, t)) continue;
      // (Not right under the title, where a page's teaser or byline stands: `2026年社区工作计划` / `登录后查看完整内容。`.)
      const amid = own(prev[i]) && own(next[i]) && prev[i] !== firstProseLine();
      // A sentence of the body that addresses no reader as a chat or a site does (no 您, no 你): the document's (`村民群众如有
      // 需要，请随时联系我。` in a 驻村书记's open letter, `以上为示例，各单位应当根据本单位实际情况填写。` under a sample).
      if (amid && (c.kind === 'chat' || c.kind === 'paywall') && /[。！？]$/.test(t) && !/[您你]/.test(t)) drop(i);
      else if (amid || lone) c.certainty = 'likely';
    }
    amidOnly();
  };
  // A page whose every sure call stands amid the document's own lines (an eighteenth tester's correct documents, 2026-12-02):
  // each sure line, or the run of called lines it stands in, has a line of the document's own right above it and right
  // below it, and no sure line speaks as only a site does (`SITE_ONLY_WORDS`). The page then shows no furniture at its
  // edges, where a pasted page carries it: the calls read the document's own record — a 录音整理稿's stamps
  // (`发言人1　00:01:26` over each speech, between its 说明 and its 整理 line), an archive list's rows (`市政府第25次常务会议
  // 时长 01:25:30`), the figures of each item a report lists (`《一图读懂……》` / `阅读 12.6万　点赞 3200`), a field among the
  // document's fields (`页数：212页`), a revision history (`修改于2023年6月1日`), a table's row (`C类（信用风险较高）　关注`),
  // the buttons a speech names (`点赞　转发　评论`), a 办事指南's headings (`工具/原料`, `方法/步骤`). Offered, not deleted.
  // A page with furniture at its top or foot (a 腾讯会议 paste's `会议录制` header, a video site's bar under its title)
  // keeps its safe fixes: one sure call not amid the document's lines keeps them all.
  const amidOnly = (): void => {
    const own = (j: number) => j >= 0 && called[j] === 0 && prose[j] === 1 && tlen[j] > 0;
    const head = firstProseLine();
    const named = head >= 0 && called[head] === 0 && tlen[head] > 0 ? texts(head)! : '';
    const title = moreOf(head) & F_DOCUMENT_KIND ? named : '';
    // (Words only a site says are the document's subject when its title names them: a 规定 on how 转载 is credited quotes
    // the notice `商业转载请联系作者获得授权……`, a 通知 on the 版权页 prescribes `版权所有　侵权必究`.)
    const subject = (t: string): boolean => {
      for (const w of COPYRIGHT_SUBJECT) if (t.includes(w) && title.includes(w)) return true;
      return false;
    };
    const sure: ResidueCall[] = [];
    for (const c of calls.values()) {
      if (c.certainty !== 'sure' && (c.part === undefined || c.head?.certainty !== 'sure')) continue;
      if (c.kind === 'configured' || tlen[c.line] <= 0) return;
      const t = texts(c.line)!;
      // (A part of a line, a site's plug run onto a paragraph, only where the title names its words.)
      if ((SITE_ONLY_WORDS.test(t) || c.part !== undefined) && !subject(t)) return;
      sure.push(c);
    }
    if (sure.length === 0) return;
    // A 办事指南 or 操作说明 (its title says so) heads its parts `工具/原料` and `方法/步骤` and may close them `END`, as a how-to
    // site does: there each sure call amid its lines is offered, of whatever kind (its materials list's `已安装“公积金”客户端的
    // 手机` reads as a download prompt), and the last line too when the document's own line stands above it.
    const guide = GUIDE_TITLE.test(named);
    if (!guide) {
      // (One kind of furniture, one shape repeated: a page's print marks, `第 1 页` … `第 2 页`, stand amid the text it breaks;
      // a Word export's `批注 [A1]: …`, `删除了: …`, `设置了格式: …` amid its text are of one kind, three shapes.)
      if (sure.some((c) => c.kind !== sure[0].kind || isPageMark(c))) return;
      const shape = lineShape(texts(sure[0].line)!);
      if (sure.some((c) => lineShape(texts(c.line)!) !== shape)) return;
      // (A shape repeated: two sure lines of it, or a line of the document's own of the same shape, `B类（信用风险一般）　常规`
      // over `C类（信用风险较高）　关注`, `页数：36` above `页数：58`. A lone line of furniture amid the text, `文章编号：…`, stays sure.)
      if (sure.length < 2 && !sure.some((c) => c.part !== undefined || subject(texts(c.line)!))) {
        let twin = false;
        for (let j = 0; j < n && !twin; j++) twin = j !== sure[0].line && own(j) && lineShape(texts(j)!) === shape && shape !== 'w';
        if (!twin) return;
      }
    }
    for (const c of sure) {
      let up = prev[c.line];
      while (up >= 0 && isCalled(up)) up = prev[up];
      let down = next[c.line];
      while (down >= 0 && isCalled(down)) down = next[down];
      // (Not right under the title, where a page's byline stands, `作者：…　阅读 3562`, but in a 办事指南 its first heading.)
      if (!own(up) || (up === head && !guide) || !(own(down) || (guide && down < 0))) return;
    }
    for (const c of sure) {
      c.certainty = 'likely';
      if (c.head !== undefined) c.head.certainty = 'likely';
    }
  };
  // A browser's print header (`2024/5/6 10:12　　标题-单位`) stands once on a page; below the document's first line, rows of
  // that shape one under another (`2024/5/6 10:12　　收到仿冒邮件-某单位` / `2024/5/6 10:20　　运行恶意程序-某单位`) are a
  // table of the document's, a 通报's 时间线.
  const timedRow = (j: number): boolean => j >= 0 && tlen[j] > 0 && PRINT_HEADER_ROW.test(texts(j)!);
  for (const c of [...calls.values()]) {
    if (c.kind !== 'software' || c.certainty !== 'likely' || c.part !== undefined || !timedRow(c.line)) continue;
    if (timedRow(prev[c.line]) || timedRow(next[c.line])) quotedSample(c.line);
  }
  // A report on what people say online (`关于……网络舆情的分析报告`, `……网络问政事项办理情况的报告`, `网民留言办理情况`) quotes the
  // posts and their data in its body (`网友abc123：……`, `3天前 · 浙江`): between its first sentence and its last own line
  // (the page's furniture stands above the title or below the 落款), a post, comment or byline line is the report's quote.
  const head = firstProseLine();
  if (head >= 0 && called[head] === 0 && tlen[head] > 0 && tlen[head] <= 60 && OPINION_WORDS.test(texts(head)!) && (moreOf(head) & F_DOCUMENT_KIND) !== 0) {
    let last = -1;
    for (let i = n - 1; i > head && last < 0; i--) if (prose[i] && called[i] === 0) last = i;
    let body = false;
    for (let i = next[head]; i >= 0 && i < last; i = next[i]) {
      const c = callAt(i);
      if (c === undefined) {
        if (facts[i] === undefined || moreOf(i) & (F_SENTENCE_MARK | F_COLON_END)) body = true;
        continue;
      }
      if (body && (c.kind === 'post' || c.kind === 'comment' || c.kind === 'byline')) quotedSample(i);
    }
  }
  documentsOwnPlace();
  if (CORROBORATED_PATTERNS) corroborate();
  lastFacts = { source, facts };
  // The scratch table lets go of the calls (they live as long as the map).
  byLine.fill(undefined, 0, n);
  return calls;
}

/**
 * Working tables of `classifyLinesOnce` by line, shared by every run (a run ends before the next begins
 * and keeps none of them): as long as twice the longest document seen, so a keystroke allocates none.
 * Each run sets `prose`, `tableRows`, `byLine` and `called` empty over its lines; `prev`, `next`, `tlen` and `fl` are written in full.
 */
interface Scratch {
  prose: Uint8Array;
  tableRows: Uint8Array;
  prev: Int32Array;
  next: Int32Array;
  byLine: Array<ResidueCall | undefined>;
  called: Uint8Array;
  tlen: Int32Array;
  fl: Int32Array;
}

function newScratch(n: number): Scratch {
  return { prose: new Uint8Array(n), tableRows: new Uint8Array(n), prev: new Int32Array(n), next: new Int32Array(n), byLine: new Array<ResidueCall | undefined>(n).fill(undefined), called: new Uint8Array(n), tlen: new Int32Array(n), fl: new Int32Array(n) };
}

let scratch = newScratch(256);

/**
 * For the last source classified: what the classifier read of each 0-based line (undefined for the lines
 * it did not read). One slot, read during the same analysis (by the document model), not a WeakMap keyed by
 * the source: V8's scavenger keeps a WeakMap's values alive until a full collection, so every version's
 * array was copied by the next scavenge. For another source the readers compute what they need.
 */
let lastFacts: { source: Source; facts: ReadonlyArray<LineFacts | undefined> } | undefined;

/** The classifier's facts for `source`'s lines, if it was the last source classified. */
function factsOfSource(source: Source): ReadonlyArray<LineFacts | undefined> | undefined {
  return lastFacts !== undefined && lastFacts.source === source ? lastFacts.facts : undefined;
}

/**
 * `residueText` of 0-based line `index`'s text from its content start (`contentStart` to `end`): the
 * classifier's, when it has read the line (see `classifyLines`), else computed.
 */
export function lineResidueText(source: Source, index: number): string {
  const f = factsOfSource(source)?.[index];
  if (f !== undefined) return f.t;
  const line = source.lines[index];
  return residueText(source.text.slice(line.contentStart, line.end));
}

/**
 * Length of a junk tail appended to a real sentence: ASCII noise (`…的通知。; q [+ k3 @ |2`) or a
 * site tag after the sentence's end (`…再创佳绩。（某某范文网）`); 0 when none.
 */
function noiseTail(t: string): number {
  // From the end back to the last ideograph or Chinese punctuation (a surrogate pair counts as an
  // ideograph): what follows it is the candidate tail. One backward pass, no regex backtracking.
  let i = t.length;
  while (i > 0) {
    const c = t.charCodeAt(i - 1);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xdc00 && c <= 0xdfff) || isTailStop(c)) break;
    i--;
  }
  if (i > 0 && i < t.length && isAsciiNoise(t.slice(i))) return t.slice(i).trimStart().length;
  // The tag opens with a bracket: without one in the last 24 units there is nothing to match.
  // (Searched forward from there: `lastIndexOf` would read the whole line back from its end when it has none.)
  const from = Math.max(0, t.length - 24);
  if (t.indexOf('（', from) < 0 && t.indexOf('(', from) < 0) return 0;
  const tag = SITE_TAG.exec(t.length > 24 ? t.slice(-24) : t);
  // A source credited after a sentence (`。（来源：新华网）`, `（摘自人民网）`) is the text's, as in a 简报 or
  // study material; a template site's own tag (`（来源：某某范文网）`) is not.
  if (tag && SOURCE_CREDIT.test(tag[1]) && !/范文|範文|文库|文庫/.test(tag[1])) return 0;
  return tag ? tag[1].length : 0;
}

/** Opening and closing brackets and quotation marks a segment of `documentTextIn` keeps together. */
const OPENERS = '（(【[［“‘「『《';
const CLOSERS = '）)】]］”’」』》';
/** Quotation marks whose content a sentence may quote (`连“本文来源于网络”字样都未删除`). */
const QUOTES = /[“‘「『][^“”‘’「」『』]*[”’」』]/g;
/**
 * What a page asks its reader to do: a line that asks it around a quoted word is the page's prompt
 * (`点击下方“阅读原文”，查看更多精彩内容。`), not a sentence quoting the phrase.
 */
const READER_ACTION = /点击|点开|戳|查看|关注|长按|识别|扫描|扫一扫|分享|转发|收藏|订阅|阅读|回复|留言|领取|登录|注册/;
/** Ideographs: a sentence of the document's own has some. */
const HAN = /[\u3400-\u9fff]/g;
/**
 * Words only a site says of itself, its files and its readers (narrower than `SITE_SELF`: no `您`, which a
 * document says to its reader too): text holding one is no sentence of the document's own.
 */
const SITE_WORDS = /本站|本网|小[编編]|网友|站长|本平台|文库|文庫|范文|範文|下载|下載|上传|上傳|会员|會員|VIP|预览|預覽|侵权|侵删|转载|轉載|原创|本文(?!件)|来源于?(?:网络|互联网)|来自(?:网络|互联网)|公众号|二维码|扫码|积分|付费|仅供(?:学习)?(?:参考|交流)|版权/i;

/**
 * Words injected before a bracketed ordinal (`最难忘的风景（三）一般每月…`; group 1): not a label a document puts there
 * (`附件（一）`), not a reference to an item (`前款第（一）项`, `按（二）的规定`: the words end in 第, 按 …, or 项, 的 … follows).
 */
const WORD_BEFORE_ORDINAL = /^(?!附件|附表|附图|其中|例如|包括|注)([\u4e00-\u9fff]{1,9}[^\P{Script=Han}第款条项本前后上下见同按依照据和及或与至到])(?:\(\)|（）|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])(?=[\u4e00-\u9fff])(?![项目款条号点的之中至到和及或])/u;
/** Words injected between an article's number and its heading (`第一条椭圆的面积 学习对象`; group 1). */
const WORD_AFTER_ARTICLE = /^第[一二三四五六七八九十百零〇两\d]{1,5}条([\u4e00-\u9fff]{2,10})[ \u3000]+[\u4e00-\u9fff]{2,10}$/;
/** A line opening with a bracketed ordinal, perhaps emptied by the site (`（二）`, `()`): a sibling for `WORD_BEFORE_ORDINAL`. */
const BRACKETED_ORDINAL = /^(?:\(\)|（）|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])/;
/** An article's number and its short heading apart (`第二条 组织管理`): a sibling for `WORD_AFTER_ARTICLE`. */
const ARTICLE_HEADING = /^第[一二三四五六七八九十百零〇两\d]{1,5}条[ \u3000]+[\u4e00-\u9fff]{2,10}$/;

/**
 * Anti-scraping words injected at a line's ordinal (实务: a template site scatters unrelated words through the text it
 * serves): before a bracketed ordinal that opens the line's item (`最难忘的风景()一般每月…`), or between an article's
 * number and its heading (`第一条椭圆的面积 学习对象`). `[start, end)` of the words in `t` (a line's residue text), or
 * undefined. Only a shape: the classifier calls them residue when sibling lines show the same ordinal without such words.
 * Asked only of a line opening with an ideograph and holding a bracket or `条` near its start: one regex at most.
 */
function injectedAtOrdinal(t: string): { start: number; end: number } | undefined {
  const c0 = t.charCodeAt(0);
  if (c0 === 0x7b2c /* 第 */) {
    const a = t.length <= 40 ? WORD_AFTER_ARTICLE.exec(t) : null;
    if (a === null) return undefined;
    const start = t.indexOf(a[1]);
    return { start, end: start + a[1].length };
  }
  if (c0 < 0x4e00 || c0 > 0x9fff) return undefined;
  let bracket = false;
  for (let i = 2, end = Math.min(t.length, 11); i < end && !bracket; i++) bracket = t.charCodeAt(i) === 0xff08 || t.charCodeAt(i) === 0x28;
  if (!bracket) return undefined;
  const m = WORD_BEFORE_ORDINAL.exec(t);
  return m ? { start: 0, end: m[1].length } : undefined;
}

/**
 * Does `t` open or close with a bracket (`【…`, `…）`, `…）。`) or hold a bar near its start (`某某范文网 | …`): a line
 * `bracketPlugs` may split? A few character tests.
 */
function atBracket(t: string): boolean {
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  return a === 0x3010 || a === 0x5b || a === 0xff3b || isPlugClose(z) || (isSentenceEnd(z) && isPlugClose(t.charCodeAt(t.length - 2))) || barNearStart(t);
}

/** Does `t` end in a closing round bracket after a sentence end (`……。（本文来源于网络）`): a notice `documentTextIn` may find? */
function endsInBracket(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (c !== 0xff09 && c !== 0x29) return false;
  const open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
  return open > 0 && closesSegment(t[open - 1]);
}

/**
 * Does `t` end in a site's plug after a sentence end, with no break (`……重要内容。更多精彩内容请关注本站`): a last sentence
 * that is residue by its own words and holds a word only a site says (`SITE_WORDS`), a notice `documentTextIn` may find?
 * (A plug naming no site, `……。更多信息请访问市人社局网站`, may be the document's pointer: not asked.) Linear in `t`.
 */
function endsInPlug(t: string): boolean {
  let i = t.length - 2;
  while (i > 0 && !closesSegment(t[i])) i--;
  if (i <= 0) return false;
  const last = t.slice(i + 1).trim();
  // (An office points its readers to its own account too: `更多详情请关注“某某发布”微信公众号。` is not asked.)
  return last.length >= 4 && SITE_WORDS.test(last.replace(/公众号|二维码|扫码/g, '')) && classifyResidue(last) !== undefined;
}

/** Is `c` a sentence end a segment of `documentTextIn` closes after: 。！？；!?;? */
function closesSegment(c: string): boolean {
  return c === '。' || c === '！' || c === '？' || c === '；' || c === '!' || c === '?' || c === ';';
}

/**
 * The sentences of `t` (a line's residue text) as `[start, end)` offsets: each ends after a sentence end (。！？；)
 * outside brackets and quotation marks (a bracketed notice after a sentence is a segment of its own); the last
 * one may end without. Linear.
 */
function segments(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (OPENERS.includes(c)) depth++; else if (CLOSERS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && closesSegment(c)) {
      let j = i + 1;
      while (j < t.length && CLOSERS.includes(t[j]) && !'）)】]］'.includes(t[j])) j++;
      out.push([start, j]);
      start = j;
      i = j - 1;
    }
  }
  if (start < t.length) out.push([start, t.length]);
  return out;
}

/**
 * Does the first curated pattern of `kind` that matches `t` match after clauses of the document's own: whole
 * clauses (ending in ，。；：or a space) before the match, with eight ideographs or more, no residue and no word only
 * a site says (`为进一步加强作风建设，现就有关事项通知如下，` before `本文来自公文库，转载请注明出处。`)? Patterns that
 * match from the line's start (most) never do. Bounded: one pattern run, at most `CLAUSES_BACK` residue tests.
 */
function textBeforeMatch(t: string, kind: ResidueKind): boolean {
  for (const p of RESIDUE_PATTERNS) {
    if (p.kind !== kind || t.length > p.max) continue;
    const m = (p.re.global || p.re.sticky ? new RegExp(p.re.source, p.re.flags.replace(/[gy]/g, '')) : p.re).exec(t);
    if (m === null) continue;
    // The longest run of whole clauses before the match that reads as the document's own.
    // (At most `CLAUSES_BACK` clause ends are tried: a line of many short clauses costs no more.)
    for (let b = m.index, tried = 0; b > 0 && tried < CLAUSES_BACK; b--) {
      if (!CLAUSE_END.test(t[b - 1])) continue;
      tried++;
      const x = t.slice(0, b).trim();
      if ((x.match(HAN)?.length ?? 0) < 8) return false;
      if (!SITE_WORDS.test(x) && classifyResidue(x) === undefined) return true;
    }
    return false;
  }
  return false;
}
/** The kinds of a site's notice a sentence may carry appended (`textBeforeMatch`): disclaimers, sources, copyright. */
const NOTICE_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['disclaimer', 'source', 'copyright']);
/** How many clause ends `textBeforeMatch` tries before the match. */
const CLAUSES_BACK = 8;
/** A mark that ends a clause: ，。；：and their half-width forms, a space. */
const CLAUSE_END = /[，,。；;：:\s]/;

/** A bracket crediting the text's source, perhaps naming the text: `（来源：人民网）`, `（本文来源：市政府办公室）`. */
const BRACKET_CREDIT = /^[（(](?:本文|信息|资料|数据|稿件|文章|图片)?(?:来源|來源|来自|摘自|转自|引自|选自|据)/;

/** The residue kind of a segment of `documentTextIn` by its own words (a bracketed one's by its content too), or undefined. */
function segmentKind(s: string): ResidueKind | undefined {
  const x = s.trim();
  if (x === '') return undefined;
  const kind = classifyResidue(x);
  if (kind !== undefined) return kind;
  if ('（(【[［'.includes(x[0]) && '）)】]］'.includes(x[x.length - 1])) {
    // A source credited after a sentence (`（来源：人民网）`, `（本文来源：市政府办公室）`) is the text's, as in `noiseTail`;
    // a template site's, the web's or one with a site's notice is not (`（本文来源于网络，仅供学习参考）`).
    if (BRACKET_CREDIT.test(x) && !/范文|範文|文库|文庫|网络|互联网|侵权|转载|轉載|仅供/.test(x)) return undefined;
    return classifyResidue(x.slice(1, -1).trim());
  }
  return undefined;
}

/**
 * Does `s` read as sentences of the document's own: eight ideographs or more, ending in a sentence end (perhaps
 * before closing marks), no residue, no word only a site says? (A title before `（精选3篇）` is a collection's header.)
 */
function isDocumentSentence(s: string): boolean {
  const x = s.trim();
  let e = x.length;
  while (e > 0 && CLOSERS.includes(x[e - 1])) e--;
  return e > 0 && closesSegment(x[e - 1]) && (x.match(HAN)?.length ?? 0) >= 8 && classifyResidue(x) === undefined && !SITE_WORDS.test(x);
}

/**
 * Does `t`, the residue text of a line a curated pattern called residue, also hold the document's own text?
 * - `'quoted'`: the residue words stand inside quotation marks (“…” ‘…’ 「…」 『…』) as the object of a sentence of
 *   the document's (`一是……连“本文来源于网络，仅供学习参考，如有侵权请联系删除”字样都未删除。`): without the quoted
 *   parts the line is no residue, still a sentence (`isDocumentSentence`) and asks the reader to do nothing
 *   (`READER_ACTION`: `点击下方“阅读原文”，查看更多精彩内容。` is a page's prompt). The line is no residue.
 * - `{ from, to, sure }`: the line is sentences (segments: see `segments`), those at its end (or its start) residue
 *   by their own words, the others the document's own sentences (`isDocumentSentence`): `[from, to)` of `t` is the
 *   residue part to delete, the rest stays. `sure` (a safe fix) when that part holds a word only a site says of
 *   itself (`本文` `转载` `侵权` `本站` …: `（本文来自公文库，转载请注明出处）`, `本文由用户上传，如有侵权请联系删除`); else
 *   its deletion is only offered. Residue between two sentences of the document's is offered too.
 * - undefined: the line is residue as a whole (every sentence residue, no sentence of the document's, or a site's
 *   blurb, whose other sentences are its lead-in).
 * Basis: 实务 (a 通报 quotes the words it criticises; a site appends its notice to a sentence). Linear in `t`.
 */
export function documentTextIn(t: string): 'quoted' | { from: number; to: number; sure: boolean; kind: ResidueKind } | undefined {
  if (/[“‘「『]/.test(t)) {
    const outside = t.replace(QUOTES, '');
    if (outside !== t && isDocumentSentence(outside) && !READER_ACTION.test(outside)) return 'quoted';
  }
  const segs = segments(t);
  if (segs.length < 2) return undefined;
  const kinds = segs.map(([a, b]) => segmentKind(t.slice(a, b)));
  const residue = kinds.map((k) => k !== undefined);
  // A site's blurb (`……。那么一份好的方案该怎样写呢？下面是小编……`) speaks around the text it offers: its other
  // sentences are the site's lead-in, not the document's.
  if (!residue.includes(true) || !residue.includes(false) || kinds.includes('blurb')) return undefined;
  // The document's own sentences: every segment that is no residue.
  if (!isDocumentSentence(segs.filter((_, j) => !residue[j]).map(([a, b]) => t.slice(a, b)).join(''))) return undefined;
  let h = 0;
  while (residue[h]) h++;
  let k = segs.length;
  while (residue[k - 1]) k--;
  let from: number;
  let to: number;
  if (k < segs.length) [from, to] = [segs[k][0], t.length];
  else if (h > 0) [from, to] = [0, segs[h - 1][1]];
  // Residue between sentences of the document's: the first residue sentence, offered.
  else {
    const m = residue.indexOf(true);
    return { from: segs[m][0], to: segs[m][1], sure: false, kind: kinds[m]! };
  }
  // (Spaces between the text and the notice go with the notice.)
  const kind = kinds[k < segs.length ? k : 0]!;
  while (from > 0 && /\s/.test(t[from - 1])) from--;
  return { from, to, sure: SITE_WORDS.test(t.slice(from, to)), kind };
}

/** What `bracketPlugs` finds: the residue opening and closing a line, as `[start, end)` of the text it read. */
interface BracketPlugs {
  head?: { start: number; end: number; kind: ResidueKind; sure: boolean };
  tail?: { start: number; end: number; kind: ResidueKind; sure: boolean };
}

/** Longest bracket `bracketPlugs` reads at either end of a line (brackets included). */
const PLUG_MAX = 40;
/** Kinds a bracket opening a line may be: a banner of the site's offer (`【免费下载】`, `【精品文档】`, `【VIP专享】`). */
const HEAD_PLUG_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['promo', 'template', 'paywall', 'banner']);
/** Kinds a bracket closing a line may be: a site's plug (`（本文来自某某文库）`, `（转载请注明出处）`, `（免费下载）`). */
const TAIL_PLUG_KINDS: ReadonlySet<ResidueKind> = new Set<ResidueKind>(['source', 'disclaimer', 'copyright', 'banner', 'promo', 'template', 'paywall']);
/**
 * A plug crediting the text to a site (`本文来自公文库`, `本文来源于某某网`, `转自某某公文网`): a name ending like a site's (库,
 * 网, 站, 平台), `本文` (group 1) perhaps before. Which site it names is a guess unless `TEMPLATE_SITE` says.
 */
const SITE_CREDIT = /^(本文|本篇|此文|该文)?(?:文章|内容)?(?:来自|来源于?|转自|转载自|出自|摘自|选自)\s*[:：]?\s*\S{1,20}?(?:库|庫|网|網|站|平台)$/;
/** Words that make a plug a template or sharing site's (not a news site's or a public body's): its deletion is safe. */
const TEMPLATE_SITE = /文库|文庫|范文|範文|公文库|公文网|素材|写作|文秘|秘书|资料网|文档|模板|百科|本站|转载|轉載|侵权|侵删|下载|下載|会员|VIP|网络|互联网|仅供/i;

/**
 * Residue in brackets at one end of a line or at both, around the document's own text with no sentence end before a
 * closing plug: a banner before a title (`【免费下载】关于……的通知`), a site's plug run onto a title or a sentence
 * (`……通知如下（本文来自公文库）`), or both (`【免费下载】关于……的通知（本文来自XX文库）`). `t`: a line's residue text.
 * - head: a bracket of at most `PLUG_MAX` units opening `t` whose words are a site's offer (`HEAD_PLUG_KINDS`); sure.
 * - tail: a bracket closing `t` that credits the text to a site (`SITE_CREDIT`) or is a site's notice by its own words
 *   (`TAIL_PLUG_KINDS` and a word only a site says, `SITE_WORDS`); sure when its words name a template site (`TEMPLATE_SITE`),
 *   else only offered (`（本文来自某某网）` may be a reprint's credit).
 * What stays between them must read as the document's: four ideographs or more, no residue, no word only a site says (a
 * collection's header `讲话稿（精选3篇）` and a file card stay whole lines). Undefined when neither end is such a bracket.
 * Offsets: UTF-16, into `t`; the spaces between a plug and the text go with the plug. Bounded: two brackets of at most
 * `PLUG_MAX` units, three `classifyResidue` calls at most; asked only of a line opening or closing with a bracket.
 */
function bracketPlugs(t: string): BracketPlugs | undefined {
  const n = t.length;
  if (n < 6) return undefined;
  let from = 0;
  let to = n;
  let head: BracketPlugs['head'];
  let tail: BracketPlugs['tail'];
  let titled = false;
  const c0 = t.charCodeAt(0);
  if (c0 === 0x3010 /* 【 */ || c0 === 0x5b /* [ */ || c0 === 0xff3b /* ［ */) {
    const close = t.slice(1, PLUG_MAX).search(/[】\]］]/) + 1;
    if (close > 1) {
      const words = t.slice(1, close).trim();
      // (a tag without a site's word is asked nothing more: `【典型案例】`, `【工作动态】`)
      const site = HEAD_TAG.test(words) || SITE_WORDS.test(words) || TEMPLATE_SITE.test(words);
      const kind = site ? (classifyResidue(t.slice(0, close + 1)) ?? classifyResidue(words) ?? (HEAD_TAG.test(words) ? 'promo' : undefined)) : undefined;
      if (kind !== undefined && HEAD_PLUG_KINDS.has(kind)) {
        let end = close + 1;
        while (end < n && /\s/.test(t[end])) end++;
        head = { start: 0, end, kind, sure: true };
        from = end;
      }
    }
  } else if (barNearStart(t)) {
    // A site's name before the title, apart by a bar (`某某范文网 | 关于……的通知`): the page's title bar. (Only before a
    // document's title: `某某文摘网-腹有诗书气自华` is a banner and its slogan, one line.)
    // (A colon or a dash after a name that is no template site's may open a title of the document's own, `筑牢安全网：…`,
    // `织密民生保障网——在全市民政工作会议上的讲话`: neither is read.)
    const m = SITE_PREFIX.exec(t);
    if (m !== null && (m[2] === '|' || m[2] === '｜' || m[2] === '_' || TEMPLATE_SITE.test(m[1]))) {
      head = { start: 0, end: m[0].length, kind: 'banner', sure: TEMPLATE_SITE.test(m[1]) };
      from = m[0].length;
      titled = true;
    }
  }
  // The plug closes the line, or its last sentence before the sentence end (`……通知如下（本文来自公文库）。`).
  let e = n;
  if (isSentenceEnd(t.charCodeAt(n - 1)) && isPlugClose(t.charCodeAt(n - 2))) e = n - 1;
  const cn = t.charCodeAt(e - 1);
  if (isPlugClose(cn)) {
    // The bracket's opening, searched back over at most `PLUG_MAX` units.
    const round = cn === 0xff09 || cn === 0x29;
    const isOpen = (c: number) => (round ? c === 0xff08 || c === 0x28 : c === 0x3010 || c === 0x5b || c === 0xff3b);
    let open = e - 2;
    for (const stop = Math.max(from, e - PLUG_MAX); open > stop && !isOpen(t.charCodeAt(open)); open--);
    if (open > from && isOpen(t.charCodeAt(open))) {
      const words = t.slice(open + 1, e - 1).trim();
      let kind: ResidueKind | undefined;
      let sure = TEMPLATE_SITE.test(words);
      const credit = SITE_CREDIT.exec(words);
      // A credit to a site: `本文` names the text as the site's (offered unless the site is a template site's); without it
      // (`（来源：人民网）`, `（转自公文网）`) only a template site's name makes it a plug.
      if (credit !== null) kind = credit[1] !== undefined || sure ? 'source' : undefined;
      // (a bracket without a word only a site says is asked nothing more: most brackets closing a line, `（2024年）`)
      else if (SITE_WORDS.test(words)) {
        kind = classifyResidue(t.slice(open, e)) ?? classifyResidue(words);
        // (a credit of a source, `（来源：新华网）`, is the text's unless a site's word says otherwise: as in `segmentKind`)
        if (kind !== undefined && (!TAIL_PLUG_KINDS.has(kind) || (BRACKET_CREDIT.test(t.slice(open, e)) && !sure))) kind = undefined;
        // (`本文` alone names no site: `（本文来自某某网，有删节）` may be a reprint's credit)
        sure ||= SITE_WORDS.test(words.replace(/本文/g, ''));
      }
      if (kind !== undefined) {
        let start = open;
        while (start > from && /\s/.test(t[start - 1])) start--;
        tail = { start, end: e, kind, sure };
        to = start;
      }
    }
  }
  if (head === undefined && tail === undefined) return undefined;
  const rest = t.slice(from, to).trim();
  if ((rest.match(HAN)?.length ?? 0) < 4 || SITE_WORDS.test(rest) || classifyResidue(rest) !== undefined) return undefined;
  if (titled && !(DOCUMENT_KIND.test(rest) || rest.startsWith('关于'))) {
    if (tail === undefined) return undefined;
    head = undefined;
  }
  return { head, tail };
}

/** A closing bracket a plug may end with: ） ) 】 ] ］. */
function isPlugClose(c: number): boolean {
  return c === 0xff09 || c === 0x29 || c === 0x3011 || c === 0x5d || c === 0xff3d;
}

/**
 * A bar, colon or dash within a line's first 16 units, after a character that ends a site's name (`某某范文网 | …`):
 * `SITE_PREFIX` may match. At most 16 character tests.
 */
function barNearStart(t: string): boolean {
  for (let i = 2, end = Math.min(t.length, 16); i < end; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x7c || c === 0xff5c || c === 0x5f || c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2014 || c === 0xff0d) {
      // (only after the last character of a site's name, perhaps before spaces: 网 網 库 庫 科 文 档)
      let j = i - 1;
      while (j > 0 && (t.charCodeAt(j) === 0x20 || t.charCodeAt(j) === 0x3000 || t.charCodeAt(j) === 0x09)) j--;
      const d = t.charCodeAt(j);
      return d === 0x7f51 || d === 0x7db2 || d === 0x5e93 || d === 0x5eab || d === 0x79d1 || d === 0x6587 || d === 0x6863;
    }
  }
  return false;
}

/**
 * A site's name and the bar, colon or dash after it, opening a line (`某某范文网 | `, `公文库_`, `某某文库：`): the name in group 1,
 * the mark in group 2. Not a related-list header (`相关文档：A | B`: the line is the list, whole).
 */
const SITE_PREFIX = /^(?!相关|相關|相似|类似|热门|更多)([^\s|｜_，。,、:：—\-－]{1,10}(?:网|網|文库|文庫|百科|范文|範文|文档|素材库|资料库))[ \t\u3000]*([|｜_:：]|—{1,2}|-{1,2}|－)[ \t\u3000]*/;
/** A site's tag in brackets before a title (`【免费下载】`, `【精品】`, `[Word版]`, `【可编辑】`, `【VIP专享】`). */
const HEAD_TAG = /^(?:(?:免费|精品|精选|优质|高清|完整|最新|整理|打印|VIP|会员)(?:下载|文档|资料|范文|模板|文库|版)|下载|范文|模板|文库|精品|VIP(?:专享)?|会员专享|(?:word|doc|docx|pdf|wps)版?|可(?:编辑|修改|下载|打印|复制)(?:版|word版?)?)(?:[\s·|、,，/]*(?:免费下载|下载|精品|可编辑|可修改|(?:word|doc|docx|pdf)版?|范文|模板|VIP))*$/i;

/** A bracket that credits a source: `（来源：新华网）`, `（摘自人民网）`, `（据央视网）`. */
const SOURCE_CREDIT = /^[（(](?:信息|资料|数据|稿件|文章|图片)?(?:来源|來源|来自|摘自|转自|引自|选自|据)/;

/** Chinese punctuation that ends the candidate tail of `noiseTail` (scanning backwards): 。！？，；：”）》. */
function isTailStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x201d || c === 0xff09 || c === 0x300b;
}

/** A site's name in brackets after the last sentence: `。（某某范文网）`. Compiled once (esbuild turns a `\p{…}` literal into `new RegExp` at its place). */
const SITE_TAG = /[。！？!?]\p{Script=Han}?([（(][^（）()]{1,12}(?:网|網|文库|文庫|范文|範文|\.com|\.cn)[)）]?)$/u;

/**
 * The 0-based indices of the lines that are wholly residue, for the numbering model to skip (a
 * download notice's `1、` items are not the document's 层次序号). Pure; linear in the text.
 */
export function residueLines(source: Source): ReadonlySet<number> {
  const out = new Set<number>();
  for (const c of classifyLines(source).values()) if (c.part === undefined) out.add(c.line);
  return out;
}
