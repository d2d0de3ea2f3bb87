/**
 * Template-site residue: every curated pattern with a sample line, real-document lines that must not
 * match, and the line deletion (no double blank, no trailing blank, CRLF kept).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResidue, residueText, RESIDUE_PATTERNS, type ResidueKind } from '../../server/src/core/residue';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { applyEdits } from '../../server/src/core/fix';
import { webResidue } from '../../server/src/core/rules/web-residue';
import type { Language } from '../../server/src/core/types';
import { Source } from '../../server/src/core/source';
import { classifyLines, residueLines } from '../../server/src/core/residue';
import { regexWork } from '../helpers/work';

const kind = (line: string) => classifyResidue(residueText(line));

describe('residue patterns: site furniture', () => {
  const cases: Array<[string, ResidueKind]> = [
    // Document-sharing sites (all examples invented).
    ['上传时间：2021-03-04', 'metadata'],
    // A sixteenth tester's shops, paywalls, comment sections, chat records, copy-append footers and search pages (invented).
    ['¥ 39.90　券后 ¥ 29.90', 'paywall'],
    ['￥128.00　立即订阅', 'paywall'],
    ['月销 600+　|　累计评价 1862', 'byline'],
    ['已更新30期｜3526人已学习', 'byline'],
    ['以下内容为付费内容，购买专栏后可继续学习', 'paywall'],
    ['本节剩余约2600字', 'paywall'],
    ['付费阅读　试读30%', 'paywall'],
    ['体制内十年整理的范文，拍下秒发网盘链接，虚拟物品不退不换。', 'paywall'],
    ['店铺：笔杆子文案工作室　|　进店逛逛', 'promo'],
    ['卖家承诺48小时内发货', 'promo'],
    ['买家秀', 'promo'],
    ['聊一聊', 'promo'],
    ['留言（48）', 'comment'],
    ['最赞回应', 'comment'],
    ['星主点评：这一段可以直接套用。', 'post'],
    ['以上内容为合并转发的聊天记录', 'im'],
    ['王主任和刘明的聊天记录', 'im'],
    ['原文：http://www.wenmi-demo.cn/jianghua/5521.html', 'source'],
    ['大家还在搜', 'related'],
    ['百度为您找到相关结果约1,000,000个', 'related'],
    ['1 2 3 4 5 6 7 8 9 10 下一页 >', 'pager'],
    ['全部　网页　图片　视频　资讯　贴吧　文库　更多', 'breadcrumb'],
    ['【原创代写】工作总结 述职报告 专业团队当天交稿', 'banner'],
    ['来自腾讯文档的分享', 'share'],
    ['来源：https://www.example-notes.cn/article/20261106/58213.html', 'source'],
    // Follow, reading statistics and related headers a proofreading tester met (invented).
    ['关注公众号，免费领取更多资料。', 'share'],
    ['关注公众号“公文派”，回复关键词领取资料。', 'share'],
    ['扫一扫，手机浏览', 'share'],
    ['阅读：1253次', 'byline'],
    ['字数：3865字', 'byline'],
    ['精选范文推荐', 'related'],
    ['相关范文推荐', 'related'],
    ['  • 资源描述：', 'metadata'],
    ['页数：12页', 'metadata'],
    ['大小：88.5KB', 'metadata'],
    ['ID:20458812', 'metadata'],
    ['文章编号：GW20240516-0123', 'metadata'],
    ['标签：', 'metadata'],
    ['社区议事规则汇编.docx', 'metadata'],
    ['社区议事规则汇编 _第4页', 'pager'],
    ['Page 12 - 行政文书选编', 'pager'],
    // Collections.
    ['村规民约范本（精选5篇）', 'collection'],
    ['社区议事规则 篇二', 'collection'],
    ['[例文2]', 'collection'],
    // Paywalls, widgets, comments.
    ['（想阅读完整篇文章，您需要先登录！）', 'paywall'],
    ['¥6.66', 'paywall'],
    ['暂无评论', 'comment'],
    ['投稿咨询：400-000-0003', 'promo'],
    // Bylines.
    ['2023-04-05 10:11:12 阅读 88', 'byline'],
    ['人气：3.5W', 'byline'],
    ['| lily2024', 'byline'],
    // Navigation and site names.
    ['位置：首页 > 文书 > 讲话稿', 'breadcrumb'],
    ['某某知识网 > 公文 > 通知', 'breadcrumb'],
    ['首页 范文大全 工作总结 心得体会 演讲稿', 'breadcrumb'],
    ['網站地圖', 'breadcrumb'],
    ['青禾文案网-让写作更轻松', 'banner'],
    ['报告写法--写作百科', 'banner'],
    ['述职报告_青禾学习网', 'banner'],
    ['欢迎来到青禾秘书网！', 'banner'],
    ['青禾知识网 www.qinghe-demo.com', 'banner'],
    ['幸运彩票_今日推荐', 'banner'],
    ['那么一篇好的述职报告应该怎么写呢？', 'blurb'],
    ['希望以上内容对您有所帮助。', 'blurb'],
    ['说明：本文内容仅供预览，下载前请确认是否需要。', 'disclaimer'],
    ['转载时请注明出处', 'disclaimer'],
    ['年度讲话稿汇编-8篇(第1/3页)', 'pager'],
    ['第3篇', 'collection'],
    ['社区议事规则范文 第2篇', 'collection'],
    ['我来说两句', 'comment'],
    ['打开App阅读全文更方便', 'promo'],
    ['本文已被浏览 326 次', 'byline'],
    ['本文为作者原创，转载请联系', 'disclaimer'],
    ['SUCAI198.COM —— 专注党建行政公文写作范文', 'banner'],
    ['SUCAI198.COM', 'banner'],
    ['www.fanwen123.com', 'banner'],
    ['https://www.xxx.cn/', 'banner'],
    ['第一范文网 www.diyifanwen.com', 'banner'],
    ['公文素材库 - www.gwsck.net', 'banner'],
    ['百度文库', 'banner'],
    ['欢迎光临管理者范文网', 'banner'],
    ['admin 分享 时间: 加入收藏 共计4943个字,预计阅读时长17分钟。', 'byline'],
    ['作者：admin 时间：2023-05-06 来源：本站', 'byline'],
    ['发布时间：2023-05-06 浏览：1234', 'byline'],
    ['1234次浏览', 'byline'],
    ['字号：大 中 小', 'byline'],
    ['【字体：大 中 小】', 'byline'],
    ['全文共3200字', 'byline'],
    ['收藏本站', 'byline'],
    ['本文已影响3452人', 'byline'],
    ['热度：128℃', 'byline'],
    ['所属栏目：讲话稿', 'byline'],
    ['更新时间:2024-11-20 查看人数:22', 'byline'],
    ['时间:2022-04-02 理论教育 版权反馈', 'byline'],
    ['上传人:牧羊曲112 文档编号:1653931 上传时间:2022-12-12 格式:PPT 页数:43', 'metadata'],
    ['微信扫码分享', 'share'],
    ['微信扫码领取福利', 'share'],
    ['扫一扫', 'share'],
    ['扫码关注公众号', 'share'],
    ['长按识别二维码关注我们', 'share'],
    ['分享到：微信 微博 QQ空间', 'share'],
    ['分享 收藏 点赞 在看', 'share'],
    ['点赞', 'share'],
    ['打印本页', 'share'],
    ['手机版', 'share'],
    ['返回 下载 相关 举报', 'share'],
    ['收藏网址:www.ziyungong.com', 'share'],
    ['关注我们', 'share'],
    ['👉 扫码关注公众号', 'share'],
    ['领取福利', 'promo'],
    ['免费下载', 'promo'],
    ['立即下载', 'promo'],
    ['点击查看', 'promo'],
    ['阅读全文', 'promo'],
    ['展开全文 ▼', 'promo'],
    ['还剩3页未读，继续阅读', 'promo'],
    ['开通VIP，免费下载全文', 'promo'],
    ['文档贡献者', 'promo'],
    ['下载地址：点击下载', 'promo'],
    ['注：本文为网友上传', 'promo'],
    ['全文预览已结束', 'promo'],
    ['文档简介', 'promo'],
    ['【篇1】2026年国庆节放假通知', 'collection'],
    ['世界环境日倡议书（共7篇）', 'collection'],
    ['第1张幻灯片', 'page-number'],
    ['2026年消防工作会议讲话稿 第 1 页', 'page-number'],
    ['某某县人民政府办公室文件　　　　　　第 2 页 共 3 页', 'page-number'],
    ['1页', 'page-number'],
    ['file:///C:/Users/Administrator/Desktop/某某责任书.htm  2026/3/5', 'software'],
    ['文档贡献者：abc2023 | 文档ID：5023001234001 | 审核时间：2026-02-11', 'metadata'],
    ['系统标签：述职 述廉 报告', 'metadata'],
    ['暂无简介', 'metadata'],
    ['[文档] 2026年春节慰问信 | 共2页 | 1.2万次阅读', 'metadata'],
    ['文档 | 2026-07-12 | 评分 4.5 (208人已评) | 2页 | 856人已下载', 'metadata'],
    ['举报 | 全屏 | 放大 | 缩小', 'metadata'],
    ['文档介绍', 'metadata'],
    ['文档格式：.doc   文档页数：3页   文档大小：23.5K   文档分类：党团工作', 'metadata'],
    ['本文档由 abc123 于 2026-07-12 上传，如有问题请联系我们', 'metadata'],
    ['……………………余下全文…………………………', 'paywall'],
    ['……（中间部分省略，完整内容请下载附件）', 'paywall'],
    ['本文档为付费文档，下载请先登录', 'paywall'],
    ['会员免费 | 非会员 ¥3.00', 'paywall'],
    ['本模板共1页，Word格式，可编辑。下载后直接修改使用。', 'paywall'],
    ['某某工作要点(完整版)_word文档在线阅读与下载_免费文档', 'banner'],
    ['《商务文书写作.ppt》由会员分享,可在线阅读,更多相关《商务文书写作.ppt》请在三一办公上搜索。', 'promo'],
    ['(第2/2页)', 'pager'],
    ['（第1/3页）', 'pager'],
    ['第1页 共3页', 'pager'],
    ['（第1页/共2页）', 'pager'],
    ['微信扫一扫', 'share'],
    ['上一篇：乡镇工作总结', 'pager'],
    ['下一篇：村级工作计划', 'pager'],
    ['返回顶部', 'pager'],
    ['首页 上一页 1 2 3 下一页', 'pager'],
    ['1 2 3 4 下一页', 'pager'],
    ['— 2 —', 'page-number'],
    ['－7－', 'page-number'],
    ['下面是小编为大家整理的2023年镇党委书记讲话稿范文，欢迎阅读与借鉴！', 'blurb'],
    ['以下是本站为大家整理的工作总结，希望对大家有所帮助。', 'blurb'],
    ['欢迎阅读与借鉴！', 'blurb'],
    ['大家好!今天讓創意嶺的小編來大家介紹下關於國發文件格式的問題,以下是小編對此問題的歸納整理,讓我們一起來看看吧。', 'blurb'],
    ['以下是小编对此问题的归纳整理', 'blurb'],
    ['【导语】', 'blurb'],
    ['当前位置：首页 > 公文范文 > 讲话稿', 'breadcrumb'],
    ['您的位置：网站首页 > 范文', 'breadcrumb'],
    ['首页 > 工作总结', 'breadcrumb'],
    ['當前位置:首頁 > 創意學院 > 技術 > 專題列表 > 正文', 'breadcrumb'],
    ['首页 理论教育 通用公文写作的基本要求', 'breadcrumb'],
    ['声明：本站内容均来自网络，如有侵权请联系删除。', 'disclaimer'],
    ['免责声明：本文仅代表作者观点', 'disclaimer'],
    ['本站部分资源来源于网络，仅供学习交流', 'disclaimer'],
    ['转载请注明出处', 'disclaimer'],
    ['版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领', 'disclaimer'],
    ['Copyright © 2023 xxx.com All Rights Reserved', 'copyright'],
    ['京ICP备12345678号', 'copyright'],
    ['京公网安备 11010502030143号', 'copyright'],
    ['版权所有 © 范文网', 'copyright'],
    ['来源：人民网', 'source'],
    ['文章来源：XX新闻网', 'source'],
    ['本文由范文网整理发布', 'source'],
    ['本文链接：http://www.xxx.com/a/1.html', 'source'],
    ['原标题：关于加强基层治理的意见', 'source'],
    ['以下是为大家整理的讲话稿范文，供大家参考。', 'blurb'],
    ['欢迎大家参考借鉴。', 'blurb'],
    ['相关推荐', 'related'],
    ['相关文章：', 'related'],
    ['猜你喜欢', 'related'],
    ['推荐阅读：乡镇工作总结', 'related'],
    ['标签：讲话稿 党建', 'related'],
    ['TAG标签：讲话稿', 'related'],
    ['【拓展阅读】', 'related'],
    ['本文目录:', 'related'],
    ['更多精彩内容请关注本站', 'related'],
    ['责任编辑：王五', 'editor'],
    ['（责任编辑：王五）', 'editor'],
    ['文章录入：admin', 'editor'],
    // WeChat pastes, blogs, forums, Q&A and sharing sites, AI chats (all invented; test/template-pages has them in place).
    ['格式：doc　页数：12页　大小：40KB', 'metadata'],
    ['4.8分（35人评价）', 'metadata'],
    ['推荐度：★★★★☆', 'metadata'],
    ['文档为docx格式', 'metadata'],
    ['文档热度：　文档星级：', 'metadata'],
    ['来自 Android客户端', 'byline'],
    ['被浏览 20,518', 'byline'],
    ['阅读 (318)', 'byline'],
    ['发表于江西', 'byline'],
    ['编辑于 2023-04-02 18:20', 'byline'],
    ['IP属地：湖南', 'byline'],
    ['原创 某某发布 2024-05-10', 'byline'],
    ['本文约2600字，建议阅读6分钟', 'byline'],
    ['回答者：匿名用户　采纳率：91%', 'comment'],
    ['写下你的评论...', 'comment'],
    ['（所有评论仅代表网友意见，与本站立场无关）', 'comment'],
    ['点击上方蓝字关注我们', 'share'],
    ['戳“阅读原文”，查看活动详情', 'share'],
    ['欢迎转发、点赞', 'share'],
    ['喜欢就点个“在看”吧', 'share'],
    ['【复制链接】【打印本文】【关闭窗口】', 'share'],
    ['收藏0 支持0 反对0', 'share'],
    ['全屏　打印　转藏　献花（2）', 'share'],
    ['手机版 | 电脑版 | 网站地图', 'share'],
    ['长按识别图中二维码', 'share'],
    ['楼主', 'share'],
    ['第3页', 'pager'],
    ['返回首页，查看更多', 'pager'],
    ['前一篇：通知的写法', 'pager'],
    ['1 2 3 4 下一页 尾页', 'pager'],
    ['该用户很懒，什么也没介绍', 'promo'],
    ['本文档共9页，可阅读全部9页。', 'promo'],
    ['20 积分', 'promo'],
    ['￥5.00 立即购买', 'promo'],
    ['原价：3金币　VIP价：免费', 'promo'],
    ['还没有人赞赏，支持一下', 'paywall'],
    ['来源｜某某研究（ID：abcd2020）', 'source'],
    ['作者｜王某', 'editor'],
    ['撰文（ID：moumou01）', 'source'],
    ['- END -', 'noise'],
    ['你说：', 'chat'],
    ['ChatGPT 说：', 'chat'],
    ['好的，下面是一篇表态发言，您可以按需修改：', 'chat'],
    ['以下是为您生成的工作总结：', 'chat'],
    ['已深度思考（用时 8 秒）', 'chat'],
    ['如果您需要调整语气或篇幅，请随时告诉我。', 'chat'],
    ['如有需要，我可以为您补充数据。', 'chat'],
    ['以上内容由AI生成，仅供参考', 'chat'],
    ['豆丁精品　豆丁文库', 'banner'],
    ['老王的博客', 'banner'],
    ['某某网 - 专业的公文写作平台', 'banner'],
    ['手机版请访问 m.example.cn', 'banner'],
    ['知乎', 'banner'],
    ['终审：陈某', 'editor'],
    ['图片 | 县融媒体中心', 'editor'],
    ['编辑：王某　审核：李某　监制：张某', 'editor'],
    ['往期推荐', 'related'],
    ['类似文章 更多', 'related'],
    ['被以下专题收入，发现更多相似内容', 'related'],
    ['本文关键词：年终总结，总结范文', 'related'],
    ['位置：某某网 > 工作报告 > 述职报告', 'breadcrumb'],
    ['平台声明：该文观点仅代表作者本人。', 'disclaimer'],
    ['特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。', 'disclaimer'],
    ['Notice: The content above is uploaded by a user of the self-media platform, which only provides information storage services.', 'disclaimer'],
    ['某某发布　某某发布', 'banner'],
    ['继续滑动看下一个', 'share'],
    ['只看楼主　收藏　回复', 'share'],
    ['3楼　2023-10-08 19:20', 'comment'],
    ['贴吧用户_x8Kq2m', 'comment'],
    ['该楼层疑似违规已被系统折叠', 'comment'],
    ['回复(12)', 'share'],
    ['全文共 4 页　限时免费', 'promo'],
    ['以上是一个示例，具体内容请按实际修改。', 'chat'],
    ['单击此处编辑母版标题样式', 'template'],
    ['谢谢观看', 'template'],
    ['【本文档可编辑】', 'template'],
    ['【公文派】温馨提示：文中XX处请根据实际情况修改后使用。', 'template'],
    ['—— 完 ——', 'noise'],
    ['打开某某新闻 查看精彩图片', 'share'],
    ['百家号　05-18 09:40　关注', 'byline'],
    ['申请入驻', 'share'],
    ['点击收藏', 'promo'],
    ['您可能也喜欢：', 'related'],
    ['本文由abc2020贡献', 'source'],
    ['pdf文档可能在WAP端浏览体验不佳。建议您下载源文件到本机查看。', 'promo'],
    ['贡献于2024-01-03', 'byline'],
    ['需要我帮你把这篇讲话稿改成更正式的版本吗？', 'chat'],
    ['下面给出一个参考版本（可直接使用）：', 'chat'],
    ['#公文写作# #年终总结#', 'related'],
    ['笔记灵感', 'share'],
    ['發佈日期：2023-08-15　點閱次數：1,024', 'byline'],
    ['下一則：第4次區務會議紀錄', 'pager'],
    ['回上一頁　回首頁', 'pager'],
    ['分享到：Facebook　Line', 'share'],
    // Shapes of more sites and paste paths (test/template-pages/pages/69–104; all invented).
    ['索引号：11330000002480001A/2023-00456', 'disclosure'],
    ['有效性：现行有效', 'disclosure'],
    ['贡献者等级：崭露头角 三级', 'metadata'],
    ['稻壳儿 - 办公文档模板', 'banner'],
    ['(本文来自某某新闻，更多资讯请下载“某某新闻”APP)', 'promo'],
    ['已有356人下载此文档', 'promo'],
    ['¥29.9/年　开通会员更划算', 'paywall'],
    ['09-03 18:20 来自 iPhone', 'byline'],
    ['2023-10-09 20:15·基层写作笔记', 'byline'],
    ['学习笔记　2024-01-05 07:30', 'byline'],
    ['2023-05-06 回答', 'byline'],
    ['最近编辑：李华 12分钟前', 'byline'],
    ['56 人赞同了该回答', 'byline'],
    ['网易号·青山 >', 'byline'],
    ['打开某某资讯 查看更多精彩图片', 'share'],
    ['复制这条消息，打开淘宝查看', 'share'],
    ['复制链接用浏览器打开', 'share'],
    ['在腾讯文档中打开', 'share'],
    ['分享给身边的朋友', 'share'],
    ['12人划线', 'share'],
    ['阅读量3.5k　收藏 8　点赞数 2', 'share'],
    ['【我要纠错】【打印本页】【关闭窗口】', 'share'],
    ['申请编辑权限', 'share'],
    ['【复制链接】', 'share'],
    ['问题补充：最好带议程的', 'comment'],
    ['[LV.6]', 'comment'],
    ['码龄3年', 'comment'],
    ['本帖最后由 公文老兵 于 2022-3-1 09:12 编辑', 'comment'],
    ['谢谢楼主，学习了', 'comment'],
    ['求一篇开学典礼主持词', 'comment'],
    ['这个答案有帮助吗？', 'post'],
    ['采纳率：92%　这个回答对你有帮助吗？　有用　没用', 'comment'],
    ['好的，我来帮你写一份活动方案：', 'chat'],
    ['根据你的要求，我为你整理了一份提纲：', 'chat'],
    ['以下是一份正式的通知，可直接使用：', 'chat'],
    ['如果你需要更简短的版本，可以告诉我。', 'chat'],
    ['帮我写一篇表态发言', 'chat'],
    ['要不要我再给你列一个时间表？', 'chat'],
    ['以上内容仅供参考，可根据实际情况调整。', 'chat'],
    ['AI生成', 'chat'],
    ['DeepSeek 也可能会出错，请核对', 'chat'],
    ['已搜索 12 个网页', 'chat'],
    ['某某报，未经授权不得转载', 'disclaimer'],
    ['网易首页 > 新闻 > 正文', 'breadcrumb'],
    ['写作交流论坛 › 公文 › 帖子详情', 'breadcrumb'],
    ['相关解读：', 'related'],
    ['文章被以下专栏收录', 'related'],
    ['网站标识码：3300000001', 'copyright'],
    ['来自：小王的书房 > 《讲话稿》', 'source'],
    ['新闻报料：0571-12345678', 'source'],
    ['由 扫描全能王 扫描创建', 'software'],
    ['Evaluation Warning: The document was created with Spire.Doc for .NET.', 'software'],
    ['-------- 原始邮件 --------', 'software'],
    ['发件人：li@example.com', 'software'],
    ['发自我的华为手机', 'software'],
    ['来自WPS Office', 'software'],
    ['--来自某某网盘的分享', 'software'],
    ['通过某某网盘分享的文件：培训课件', 'software'],
    ['Normal 0 10 pt 0 2 false false false EN-US ZH-CN X-NONE', 'noise'],
    // The second blind batch (pages 105–117; all invented).
    ['记得点个赞和在看哦', 'share'],
    ['觉得有用的话就转发一下吧', 'share'],
    ['【大】【中】【小】', 'share'],
    ['配图来源：网络', 'source'],
    ['本期编辑：王芳', 'editor'],
    ['▲往期精彩回顾▲', 'related'],
    ['百度贴吧 > 写作吧', 'breadcrumb'],
    ['当前栏目：通知公告', 'byline'],
    ['网站声明 | 网站地图 | 无障碍', 'share'],
    ['写文章　注册　登录', 'share'],
    ['上一篇文章：某某总结', 'pager'],
    ['收起回复', 'share'],
    ['3楼2022-04-01 09:10', 'comment'],
    ['回复 #5 笔杆子 的帖子', 'comment'],
    ['[求助] 找一篇表态发言', 'comment'],
    ['本帖已被版主设为精华', 'comment'],
    ['作者已设置登录后才可以评论', 'comment'],
    ['根据您的需求，为您起草了一份方案：', 'chat'],
    ['希望这篇讲话稿能够帮到你！', 'chat'],
    ['请把【】中的内容替换为本单位信息', 'chat'],
    ['（注：以上讲话稿中的数据可根据实际情况修改）', 'chat'],
    ['更多精彩内容，就在某某APP', 'promo'],
    ['更多精彩内容请关注本站', 'related'],
    // The third blind batch (pages 118–127; all invented).
    ['欢迎大家在评论区留言交流', 'share'],
    ['2023年11月02日 08:45　某某晚报', 'byline'],
    ['@公文小助手', 'byline'],
    ['好的，这是按照你的提纲整理的讲话稿：', 'chat'],
    ['这份讲话稿约1200字，你可以根据实际需要删减。', 'chat'],
    ['由某某大模型生成', 'chat'],
    ['附件下载：', 'related'],
    ['【我要打印】【关闭窗口】', 'share'],
    ['全部回答(5)', 'comment'],
    // Forum, Q&A, comment, WeChat and blog furniture (tester round 5; invented): see residue-posts.test.ts.
    ['#1楼', 'post'],
    ['游客：写得不错，收藏了 [2026-02-03]', 'comment'],
    ['以上内容供参考，望采纳！', 'post'],
    ['微信公众号：公文写作宝典', 'source'],
    ['半亩方塘的博客 > 工作总结 > 正文', 'breadcrumb'],
    ['公文派 | 讲话稿 | 2026-11-02', 'byline'],
    ['标题：市图书馆2026年工作总结 | 发布：2026-12-28 | 阅读(312)', 'byline'],
    ['[文档] 2026年春节慰问信 | 共2页', 'metadata'],
    ['大 中 小', 'share'],
    ['（此处为广告位）', 'promo'],
    ['第1页 下一页 尾页', 'pager'],
    ['相关热词搜索：述职报告 村党支部书记 抓基层党建', 'related'],
    ['联系QQ：10000001  投诉邮箱：kf@wenmi-demo.com', 'service'],
    ['知识共享，知识变现', 'banner'],
    ['由精品范文网会员“笔墨春秋”投稿，本站仅提供存储服务。', 'disclaimer'],
    ['我来答', 'share'],
    ['下载某某APP，抢鲜体验新功能。', 'promo'],
    ['#工作总结 #年终总结', 'related'],
    ['文档已设置为仅查看', 'share'],
    ['个人分类：公文写作', 'related'],
    ['所属专栏：写作课', 'related'],
    // The fourth blind batch (pages 128–135; all invented).
    ['某某文旅　3小时前', 'byline'],
    ['已思考 12 秒', 'chat'],
    ['我已按照你的提纲写好初稿：', 'chat'],
    ['如果需要，我可以再帮你压缩到500字。', 'chat'],
    ['链接：https://pan.baidu.com/s/1aBcDeFgH 提取码：k9x2', 'share'],
    ['【下载本文档，可以自由复制内容或自由编辑修改内容，更多精彩文章，期待你的好评和关注，我将一如既往为您服务】', 'promo'],
    ['下载全文', 'promo'],
    // A tester's template page (m5): category bar, share bar, customer-service notice, paywall teaser.
    ['范文大全 | 公文写作 | 工作总结 | 心得体会 | 讲话稿', 'breadcrumb'],
    ['复制本文链接 分享到：微信 QQ 微博', 'share'],
    ['温馨提示：如果您对本文有任何疑问，请联系客服。', 'disclaimer'],
    ['本页内容仅展示部分，完整版请下载后查看>>>', 'paywall'],
    // Cut pages, a pager in words, a site's customer service (invented).
    ['未完待续，请下载完整文档', 'paywall'],
    ['以上为部分内容，下载后查看完整版', 'paywall'],
    ['（篇幅有限，开通VIP阅读全部内容）', 'paywall'],
    ['……（全文共8页，当前为第1页）', 'pager'],
    ['当前第2页，共5页', 'pager'],
    ['客服QQ：123456789（工作日9:00-18:00）', 'service'],
    ['微信客服：gw_kefu01', 'service'],
    ['QQ客服：123456 微信客服：abc123', 'service'],
    ['联系客服：QQ 123456789', 'service'],
    ['如有疑问请联系客服QQ：123456789（工作日9:00-18:00）', 'service'],
    ['查看完整版请下载文档', 'paywall'],
    ['——（未完，下载后阅读全文）——', 'paywall'],
    ['此处省略3000字，下载完整文档查看', 'paywall'],
    ['试读已结束，如需继续阅读请下载', 'paywall'],
    // Site shapes of a new tester (2026-12-02, evening; invented).
    ['侵权投诉　　举报', 'share'],
    ['收藏　分享　赏', 'share'],
    ['关注者 1,283　被浏览 356,902', 'byline'],
    ['阅读 2.3万　点赞 86　在看 12', 'share'],
    ['收录于 · 公文写作那些事', 'related'],
    ['收录于合集 #公文写作 12个', 'related'],
    ['联系人：郑**　电话：0790-62*****', 'paywall'],
    ['温馨提示：本站信息均转载自公开网络，仅供参考，以原发布单位为准。', 'disclaimer'],
    ['应急疏散演练总结范文，写得太好了！　公文小助手　1256评论', 'comment'],
    ['内容提示：关于开展全市农村饮水安全专项排查的通知各县（市、区）水利局……', 'metadata'],
    ['【第2篇】', 'collection'],
    ['【第三篇】', 'collection'],
    ['批注 [A1]: 请财务部核实范围是否包括在建工程', 'software'],
    ['删除了: 各部门负责人为第一责任人。', 'software'],
    ['设置了格式: 字体: (中文) 仿宋_GB2312, 三号', 'software'],
    ['转藏　分享　献花(0)　+1', 'share'],
    ['张华撤回了一条消息', 'im'],
    ['已读 28　未读 3', 'im'],
    ['[图片]', 'im'],
    ['最近编辑：刘晓 今天 10:42　　已保存到云端', 'software'],
    ['仅我的好友可查看　　分享　　协作', 'software'],
    ['2026-09-03 18:27 江西 教育领域创作者', 'byline'],
    // A sixteenth tester's tools and readers (2026-12-02; invented; more in residue-t16-tools-readers.test.ts).
    ['正在为你生成答案…', 'chat'],
    ['保留　弃用　重写', 'chat'],
    ['Gemini 可能会显示不准确的信息，因此请仔细核查其回答。', 'chat'],
    ['全站正确率：-　|　易错项：格式不完整', 'post'],
    ['收藏本题　|　纠错　|　笔记', 'post'],
    ['本书由某某出版社授权微信读书电子版制作与发行', 'export'],
    ['想法 23', 'export'],
    ['播放 2.3万　|　时长 09:16', 'software'],
    ['订阅　分享　下载', 'software'],
    ['删除的内容: 38', 'software'],
    ['512 个字', 'software'],
    ['JIANGHUA　讲话精选', 'post'],
    ['（下转第四版）', 'pager'],
    ['本版责编：李娟　美编：张涛　校对：王芳', 'editor'],
    ['2026年11月27日　星期五　第03版：要闻', 'banner'],
    ['征集状态：进行中', 'comment'],
    ['提交　重置', 'comment'],
    ['上一讲　下一讲', 'pager'],
    ['在此处输入正文内容，可以直接替换文字', 'template'],
    ['长按识别二维码　一键导航', 'share'],
    ['思维导图　|　分享　|　导出', 'software'],
    // A page's address under labels only a page gives itself.
    ['本页地址：https://www.example.com/a/1.html', 'source'],
    ['永久链接：https://blog.example.com/?p=12', 'source'],
    // A thirteenth tester's shapes (2026-12-02, afternoon; invented): OA and approval flows, learning platforms, 12345 and
    // 留言板 case pages, 人大/政协/高校/医院 site chrome, member centres, cloud drives, visitor counters.
    ['审批编号：202603140002217', 'software'],
    ['发起人：周婷　所在部门：办公室', 'software'],
    ['提交人 李明　2026年03月14日 10:05', 'software'],
    ['发起时间：2026-03-14 10:05', 'software'],
    ['周婷　发起审批　03-14 10:05', 'software'],
    ['赵强（副局长）　已同意　03-14 15:20', 'software'],
    ['李明 同意　03-15 09:00　「请按程序办理」', 'software'],
    ['赵强（副局长）　审批中', 'software'],
    ['抄送人　周婷、李明', 'software'],
    ['采购申请审批 · 已通过', 'software'],
    ['钉钉 · 审批', 'software'],
    ['协同办公系统 V6.2', 'software'],
    ['会议类型：支委会　　状态：已归档', 'software'],
    ['IMG_20260314_093015.jpg', 'software'],
    ['参会人员签到：已签到 15 人　请假 1 人', 'software'],
    ['积分 +3', 'software'],
    ['春节值班安排表.xlsx（18.2KB）　下载　预览', 'software'],
    ['年度工作总结.docx　　42.1KB', 'software'],
    ['已读（96）　未读（4）', 'software'],
    ['同意　拒绝　转交', 'software'],
    ['提交审核　　返回列表', 'software'],
    ['下载　　保存到网盘　　分享', 'software'],
    ['编辑　|　删除　|　导出PDF', 'software'],
    ['放大　缩小　全屏', 'software'],
    ['作业要求：撰写心得体会，不少于800字，截止时间：2026-04-30 23:59', 'software'],
    ['剩余时间：5天 11:02:45', 'software'],
    ['必修学时：20/30', 'software'],
    ['字数统计：862', 'software'],
    ['上传附件（支持doc/pdf）', 'software'],
    ['提交后不可修改，请确认', 'software'],
    ['学员：李明　　学号：2026030112', 'software'],
    ['课程：机关应用文写作（2026春）', 'software'],
    ['任务点　已完成 1/4', 'software'],
    ['本页为文档预览，共2页', 'software'],
    ['学习进度：40%', 'software'],
    ['有问题？在讨论区留言', 'software'],
    ['视频　文档　讨论(3)　作业', 'software'],
    ['学习通', 'software'],
    ['工作台 > 组织生活 > 主题党日', 'software'],
    ['审批 > 我发起的 > 用车申请', 'software'],
    ['活动照片（6）', 'software'],
    ['来电时间：2026-03-02 14:11', 'gov-site'],
    ['工单编号：GD20260302000873', 'gov-site'],
    ['办理状态：已办结', 'gov-site'],
    ['回访结果：基本满意', 'gov-site'],
    ['网友评价：满意', 'gov-site'],
    ['解决程度 ★★★★☆　办理态度 ★★★★★', 'gov-site'],
    ['本事项好差评', 'gov-site'],
    ['办理人次：1024　满意率：98.7%', 'gov-site'],
    ['我也要留言', 'gov-site'],
    ['扫码手机办理', 'gov-site'],
    ['留言对象：某县交通运输局　　留言类型：建议', 'gov-site'],
    ['学校首页 | 学校概况 | 机构设置 | 招生就业', 'breadcrumb'],
    ['就医指南 | 预约挂号 | 科室导航 | 院务公开', 'breadcrumb'],
    ['我的门户 | 公文管理 | 流程中心 | 待办事项', 'breadcrumb'],
    ['青山县政协网', 'banner'],
    ['主办：青山市人大常委会办公室　技术支持：青山市信息中心', 'banner'],
    ['（图文：团委　编辑：周婷）', 'banner'],
    ['范文宝 · 会员中心', 'paywall'],
    ['欢迎您，用户139****0021　[退出]', 'paywall'],
    ['已读 62%', 'paywall'],
    ['已有 3,208 人购买', 'paywall'],
    ['阿里云盘', 'paywall'],
    ['您是第 20831 位访客', 'byline'],
    ['Powered by ASP.NET Core 8.0 on Azure', 'byline'],
    // A tenth tester's shapes (2026-12-02, afternoon; invented): journal databases, news and government sites, print, browsers.
    ['知网节　　CAJ下载　　PDF下载　　在线阅读', 'journal'],
    ['在线阅读　　下载　　引用　　收藏　　分享　　导出', 'journal'],
    ['中图分类号：D422.6　　文献标识码：A　　文章编号：1009-0000（2024）05-0023-03', 'journal'],
    ['修回日期：2024-04-02', 'journal'],
    ['年，卷(期)：2024，(5)', 'journal'],
    ['页数：3（23-25）', 'journal'],
    ['【年，卷(期)】2024，(5)', 'journal'],
    ['下载：128　页码：23-25　页数：3　大小：1230K', 'journal'],
    ['引用本文格式：张华.坚持“四个聚焦”推动机关党建与业务深度融合[J].党建研究参考，2024(5):23-25.', 'journal'],
    ['小字号', 'share'],
    ['字体：小 中 大', 'share'],
    ['【纠错】　【责任编辑：王磊 】', 'editor'],
    ['[责任编辑:王磊]', 'editor'],
    ['【编辑:王磊】', 'editor'],
    ['分享让更多人看到', 'share'],
    ['参与互动', 'share'],
    ['听新闻', 'share'],
    ['00:00 / 03:12', 'share'],
    ['人民网版权所有，未经书面授权禁止使用', 'copyright'],
    ['本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，澎湃新闻仅提供信息发布平台。', 'disclaimer'],
    ['阅读下一篇：', 'pager'],
    ['人民网 >> 地方 >> 浙江频道 >> 正文', 'breadcrumb'],
    ['2024年05月06日08:12 | 来源：人民网－浙江频道', 'byline'],
    ['光明日报社概况 | 关于光明网 | 报网动态 | 联系我们 | 法律声明 | 光明网招聘', 'breadcrumb'],
    ['无障碍　|　长者模式　|　繁體　|　English　|　登录　注册', 'gov-site'],
    ['青山县人民政府　www.qingshan.gov.cn', 'gov-site'],
    ['【我为政府网站找错】', 'gov-site'],
    ['网站支持IPv6　　党政机关', 'gov-site'],
    ['相关附件：无', 'gov-site'],
    ['关联解读：', 'gov-site'],
    ['文字解读　|　图片解读　|　视频解读', 'gov-site'],
    ['- 2 -', 'page-number'],
    ['·23·', 'page-number'],
    ['2024/5/6 10:12　　　　　　关于开展食品安全宣传周活动的通知-青山县市场监督管理局', 'software'],
    ['https://www.example.gov.cn/art/2024/5/6/art_1229_4567890.html　　　　　　1/1', 'software'],
    ['本页面由夸克浏览器转码，仅为方便阅读', 'software'],
    ['已为您开启极速模式，节省流量78%', 'software'],
    ['这是 Google 对 http://www.example.net/a/12345.html 的缓存。这是该网页在 2024年5月8日 10:12:33 GMT 的快照。', 'software'],
    ['您查询的关键词已被标亮：退休　座谈会　讲话', 'software'],
    ['夸克已为你转码', 'software'],
    ['查看原网页', 'software'],
    ['这是 Bing 对 http://www.example.net/a/1.html 的缓存。', 'software'],
    ['百度和网页 http://www.example.net/a/1.html 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引。', 'software'],
    // A third tester's site shapes (2026-12-02, evening; invented).
    ['想要获取更多范文，请关注公众号：笔杆子范文', 'share'],
    ['如果觉得这篇文章对您有帮助，请打赏支持一下', 'paywall'],
    ['（全文完）', 'post'],
    ['2楼　沙发', 'post'],
    ['本文档已被下载132次', 'metadata'],
    ['材料来源：网络，仅供学习交流', 'source'],
    ['大家都在搜：讲话稿开头', 'related'],
    ['您是本站第 1234567 位访问者', 'byline'],
    ['仅可查看，申请编辑权限', 'software'],
    ['上一条：公司召开一季度经营分析会', 'pager'],
    ['« 上一篇：请示与报告的区别', 'pager'],
    ['登录 | 注册 | 充值 | 我的收藏', 'share'],
    ['关于我们 - 网站声明 - 网站地图 - 资源地图 - 友情链接 - 网站客服 - 联系我们', 'share'],
    // Two testers' blind pages (2026-12-02, afternoon; invented in their shapes).
    ['网友8848：写得真好，学习了', 'post'],
    ['写得不错，已收藏！', 'post'],
    ['[王科长撤回了一条消息]', 'im'],
    ['[文件] 2026年工作要点（征求意见稿）.docx 48KB', 'im'],
    ['👍 1.5万　💬 362　⭐ 9876　↗️ 转发', 'share'],
    ['分享　收藏　…', 'share'],
    ['[点赞(8)] [收藏] [分享到QQ空间]', 'share'],
    ['2天前 · 江苏', 'byline'],
    ['2026-06-01　四川　回复　赞12', 'byline'],
    ['2026-6-1 10:20 来自 iPhone客户端', 'byline'],
    ['热心网友　2026-03-15', 'byline'],
    ['您好，帮我起草一份防汛工作会议的主持词', 'chat'],
    ['如果需要调整字数或语气，请随时告诉我。', 'chat'],
    ['关注后私信“讲话稿”免费领取Word版', 'promo'],
    ['广告', 'promo'],
    ['点击下方链接获取更多范文模板', 'promo'],
    // A tenth tester's pages (2026-12-02, afternoon; invented in their shapes).
    ['8个笔记', 'export'],
    ['>> 2025/11/20发表想法', 'export'],
    ['—— 来自微信读书', 'export'],
    ['发言人 2　01:15:40', 'software'],
    ['- 您在位置 #1203-1206的标注 | 添加于 2025年3月2日', 'export'],
    ['第 1 页，共 4 页　2310 个字　中文(中国)', 'software'],
    ['On Mon, Mar 3, 2025 at 9:10 AM 李红 <lihong@example.com> wrote:', 'software'],
    ['李红 <lihong@example.com> 于2025年3月3日周一 09:10写道：', 'software'],
    ['如果您不是本邮件的指定收件人，请立即删除。', 'software'],
    ['超大附件', 'software'],
    ['Originally Posted by qingfeng', 'post'],
    ['查看完整版本: [-- 求一篇述职报告 --]', 'post'],
    ['2026年3月2日 党组会　　时长 00:48:10　　参会人 9', 'software'],
    ['共 5 处问题　　全部采纳', 'software'],
    ['字数：1204　　段落：18　　预计阅读时间：4分钟', 'software'],
    ['页面：2/5　　字数：3310　　拼写检查', 'software'],
    ['90%　－　＋', 'software'],
    ['如果您是本文档原作者，请点此认领！', 'disclaimer'],
    ['某某文库所有资源均为用户自行上传分享，仅供网友学习交流，请勿作他用。', 'disclaimer'],
    ['申明敬告：本站不保证该用户上传的文档完整性。', 'disclaimer'],
    ['文档属性：页数 4　　发布时间 2025-01-08', 'metadata'],
    ['字数：1680 | 更新：2025-06-01', 'metadata'],
    ['全文免费阅读（共6页）', 'promo'],
    ['本文由 AI 生成摘要：本通知明确了活动安排。', 'chat'],
    ['已阅读 12 个网页', 'chat'],
    ['回答由AI生成，请注意核实', 'chat'],
    ['本回答由通义千问生成，内容仅供参考', 'chat'],
    ['需要我把它改写成讲话稿吗？', 'chat'],
    ['你可能还想问：', 'chat'],
    ['推荐追问', 'chat'],
    ['复制 | 重新生成 | 导出Word', 'share'],
    ['回复　解决', 'share'],
    ['流程跟踪　|　打印　|　下载正文', 'share'],
    ['投币　收藏　分享', 'share'],
    ['团队空间 / 综合科 / 2025年材料', 'breadcrumb'],
    ['@李科长 这段请再核一下', 'comment'],
    ['如果有帮助，请点个赞吧', 'share'],
    ['年度工作要点（征求意见稿）.docx — 文档已保存', 'software'],
    ['金山文档　已保存', 'software'],
    ['李华　2025-03-12 09:40　插入: 原则上', 'software'],
    ['格式已更改: 字体: 仿宋_GB2312', 'software'],
    ['刘洋　批注[1]: 请核对数据', 'software'],
    ['Powered by Discuz! X3.5', 'post'],
    ['某某社区 (http://bbs.example.cn/)', 'post'],
    ['---- 求一篇述职报告 (http://bbs.example.cn/thread-12-1-1.html)', 'post'],
    ['原帖由 清风 于 2025-4-2 10:05 发表', 'post'],
    ['[打印本帖]', 'post'],
    ['标题: 求助：主持词', 'post'],
    ['Sent: Tuesday, March 4, 2025 9:12 AM', 'software'],
    ['Subject: FW: 会议材料', 'software'],
    ['This message is confidential and intended only for the recipient.', 'software'],
    ['本邮件及其附件含有某某局的保密信息，请勿转发。', 'software'],
    ['—— 来自网易邮箱 ——', 'software'],
    ['李红 | 县委办综合科 | 电话：0571-63000000', 'software'],
    ['会议材料（修改稿）.docx (48.2K)', 'software'],
    ['视频小程序赞，轻点两下取消赞', 'share'],
    ['，选择留言身份', 'share'],
    ['作者头像', 'share'],
    ['一键三连，支持一下UP主！', 'post'],
    ['某某写作 · 专注公文写作', 'banner'],
    ['某某共享 —— 分享你的资料', 'banner'],
    ['修改于2025年11月02日', 'byline'],
    ['2025年11月02日 20:15　　阅读 3560　　点赞 88', 'byline'],
    ['写材料的小李　　关注', 'byline'],
    ['个人观点，仅供参考', 'disclaimer'],
    ['本文谢绝转载', 'copyright'],
    ['附件列表：参会回执.docx', 'related'],
    ['我在某某APP看到一篇好文章，推荐给你：《关于……的通知》', 'share'],
    // A thirteenth tester's tool and app chrome (2026-12-02): status bar, clipboard, chat window; blog counters; note-app
    // exports; encyclopedia entries; OCR, voice input and translation tools; slide exports.
    ['14:05 4G 62%', 'im'],
    ['9:41 ⁠5G 87%', 'im'],
    ['08:17　来自 QQ', 'im'],
    ['16:20　来自 Google Chrome', 'im'],
    ['11:02　截图', 'im'],
    ['剪贴板历史记录', 'im'],
    ['Win + V 打开剪贴板', 'im'],
    ['固定　删除', 'im'],
    ['<　办公室工作群(52)　…', 'im'],
    ['按住 说话　😊　⊕', 'im'],
    ['长按说话，松开发送', 'im'],
    ['[握手][玫瑰]', 'im'],
    ['—— 以下是新消息 ——', 'im'],
    ['已确认 45　未确认 3', 'im'],
    ['群公告　·　财务科工作群(18)', 'im'],
    ['随笔 - 12  文章 - 3  评论 - 5', 'byline'],
    ['刷新评论刷新页面返回顶部', 'byline'],
    ['首发于写材料的那些事儿', 'byline'],
    ['暂无留言', 'byline'],
    ['已无更多数据', 'byline'],
    ['Original 机关文秘圈', 'byline'],
    ['园龄：  2年8个月', 'byline'],
    ['新随笔', 'byline'],
    ['Created: 2026年3月2日 09:15', 'export'],
    ['Last edited time: 2026/05/06 10:00', 'export'],
    ['Status: 已完成', 'export'],
    ['Owner: 王明', 'export'],
    ['aliases: [年中总结]', 'export'],
    ['created: 2026-03-01', 'export'],
    ['> [!tip] 写作提示', 'export'],
    ['[[2025年工作要点]]', 'export'],
    ['> 参考 [[上年度总结]] 改写', 'export'],
    ['印象笔记 · 剪藏', 'export'],
    ['剪藏时间：2026/3/2 08:10', 'export'],
    ['在有道云笔记中打开', 'export'],
    ['用印象笔记剪藏网页，随时随地阅读', 'export'],
    ['本词条由“科普中国”科学百科词条编写与应用工作项目 审核 。', 'metadata'],
    ['词条统计', 'metadata'],
    ['编辑次数：12次历史版本', 'metadata'],
    ['最近更新： 某某用户 （2025-09-01）', 'metadata'],
    ['3.  公文处理办法  .某某出版社[引用日期2025-09-01]', 'metadata'],
    ['上传视频', 'metadata'],
    ['编辑　播报', 'metadata'],
    ['【语音输入结束】', 'software'],
    ['录音文件已保存到：录音/20260302.m4a', 'software'],
    ['2026-03-02 09:10　录音　时长 12:08', 'software'],
    ['识别准确率 95.5%', 'software'],
    ['识别完成，共识别 1200 字', 'software'],
    ['点击编辑 | 分享', 'software'],
    ['复制全文　导出TXT　校对模式', 'software'],
    ['讯飞听见', 'software'],
    ['IMG_20260302_091500.jpg', 'software'],
    ['`.', 'software'],
    ['以上内容由机器翻译生成', 'software'],
    ['复制译文', 'software'],
    ['显示原文和译文　|　仅显示译文', 'software'],
    ['文本翻译　文档翻译', 'software'],
    ['自动检测语言 ⇄ 简体中文', 'software'],
    ['翻译引擎：DeepL', 'software'],
    ['百度翻译', 'software'],
    ['幻灯片 12', 'template'],
    ['第 3 张，共 18 张', 'template'],
    ['备注页', 'template'],
    ['你对这个回答的评价是？', 'post'],
  ];
  for (const [line, want] of cases) it(`${want}: ${line}`, () => assert.equal(kind(line), want));

  it('every curated pattern has a sample above', () => {
    const used = new Set<number>();
    for (const [line] of cases) {
      const t = residueText(line);
      const i = RESIDUE_PATTERNS.findIndex((p) => t.length <= p.max && !(p.notSentence && /[。！？；!?;]$/.test(t)) && p.re.test(t));
      used.add(i);
    }
    const unused = RESIDUE_PATTERNS.map((p, i) => (used.has(i) ? -1 : i)).filter((i) => i >= 0).map((i) => String(RESIDUE_PATTERNS[i].re));
    assert.deepEqual(unused, []);
  });
});

describe('residue patterns: real documents are not residue', () => {
  const lines = [
    // A tenth tester's shapes: document lines that share their words (2026-12-02, afternoon).
    '会议发言人：县委宣传部副部长　王明',
    '大会进行第二项：请县委书记讲话。',
    '请各单位在系统中点击“复制”“分享”按钮后提交。',
    '复制、粘贴后请核对格式。',
    '回复：同意。',
    '主题：情暖重阳　爱满社区',
    '主题：分享：我最喜爱的一本书',
    '标题：关于ⅹⅹ的倡议书',
    '引用：《中华人民共和国档案法》第十条',
    '拟办意见：请王局长阅示。',
    '领导批示：同意，请抓好落实。',
    '附件（1）',
    '附件：报名表.docx（32K）',
    '1.报名表.docx（32K）',
    '作品时长：3分钟以内',
    '视频时长 00:03:00以内',
    '谢谢大家！',
    '需要我们做的工作还很多。',
    '您想了解的问题，可拨打12345热线咨询。',
    '请登录办公平台/知识库/制度汇编查阅。',
    '路径：办公平台 / 知识库 / 制度汇编',
    '中国政府网（http://www.gov.cn）',
    '青山社区（http://qs.example.gov.cn）',
    '-- 国家政务服务平台（https://gjzwfw.www.gov.cn）',
    'Powered by Innovation, Driven by Green',
    'Date: Monday, 6 May 2024',
    '（个人观点，仅供参考）',
    '我在基层调研时看到一篇好文章，推荐给大家。',
    '本文件自印发之日起施行。',
    '◆ 加强组织领导',
    '王明　著',
    '说话人应当如实陈述。',
    '会议于2026年5月6日在浙江召开。',
    '如需调整参会人员，请随时告知会务组。',
    '请点击右上角的“提交”按钮完成报名。',
    '学习了习近平总书记重要讲话精神后，大家纷纷表示……',
    '网友留言：建议增设公交站点。',
    '各单位要通过多种渠道开展宣传，请扫码关注“XX发布”公众号获取更多信息。',
    '请各单位关注公众号“青山发布”，及时获取防汛信息。',
    '关注公众号回复的群众意见，及时整改到位。',
    '请扫描二维码浏览活动详情。',
    '详情请登录中国政府网（www.gov.cn）查询。',
    '网址：www.gov.cn',
    '电子邮箱：bgs@xxx.gov.cn',
    '来源：国家统计局',
    '时间：2024年5月6日上午9:00',
    '时间：2024-05-06 14:00',
    '日期：2024/05/06 地点：第一会议室',
    '（撰稿：张三 审核：李四）',
    '扫码报名',
    '报名二维码',
    '关键词：基层治理',
    '一、加强组织领导',
    '点击率明显提升，群众满意度持续提高。',
    '分享经验、交流做法，共同提高。',
    '各单位下载《申报表》填写后报送。',
    '上一年度工作完成情况',
    '首页设计要简洁明了。',
    '版权保护工作持续加强。',
    '中华人民共和国著作权法',
    '本文件自印发之日起施行。',
    '欢迎各位代表！',
    // Lines of real documents that share words with site furniture.
    '文件格式：PDF',
    '格式：PDF',
    '推荐人：王明',
    '如有问题，请联系客服。',
    // A notice's own pointers and contacts, with the words of a cut page or a site's customer service.
    '以上为部分内容，完整名单请下载附件查看。',
    '以上为政策要点的部分内容，全文请登录市政府门户网站下载。',
    '请于5月10日前下载报名表并填写。',
    '客服电话：95566',
    '客服热线：400-800-1234（工作日9:00-17:00）',
    '未完待续',
    '未完成填报的单位请下载模板重新填报',
    '内容较多，请各单位提前下载学习',
    '以上为部分内容，全文另行印发',
    '客服：张老师 13800000000',
    '如有问题请联系客服电话：95566',
    '阅读全文请登录市政府网站下载',
    '关于加强福利彩票销售管理的通知',
    '三、服务站——便民服务',
    // A title ending in 网 with its subtitle after a 破折号 (tester2 r16): the document's title, not a site's banner.
    '织密民生保障网——在全市民政工作会议上的讲话',
    '推进数字政府建设——打造一流政务服务网',
    '织密织牢安全网——2024年安全生产工作总结',
    '织密民生保障网—在全市民政工作会议上的讲话',
    '推进数字政府建设—打造一流政务服务网',
    '三、规范网络打赏行为',
    '优秀论文（3篇）',
    '撰写调研报告5篇',
    '（此页无正文）',
    '会议时间：2024年5月6日 09:00',
    '全年共接待群众查看档案120次',
    '本文标题所列事项均已办结。',
    '同志们：',
    '分类指导、精准施策。',
    '（二）分类推进改革',
    '热度不减，持续升温。',
    '首页设计 用户体验',
    '返回原籍就业。',
    '相关部门要加强协作。',
    '下载',
    '资源描述准确。',
    // A speech may hope to help or offer material: a blurb needs more than one of its cues.
    '我们希望帮助大家解决实际困难，切实把好事办好。',
    '以上讲的几点意见，希望对大家今后的工作有所帮助。',
    '今天为大家准备了学习材料，会后请认真研读。',
    '欢迎各位领导和同志们莅临指导。',
    // Real-document lines that share words with the furniture of WeChat, blog, Q&A and sharing pages, and AI chats.
    '请扫描下方二维码报名参加培训。',
    '（三）用好政务微信公众平台',
    '开通政务头条号、百家号等新媒体账号',
    '作品格式：JPG，大小：不超过5MB',
    '格式：JPG　大小：不超过5MB',
    '文档格式：Word　文档大小：不超过10MB',
    '一等奖（共3篇）',
    '（二）优秀调研文章（共12篇）',
    '第二篇　总则',
    '详见附件第 3 页。',
    '请将材料装订成册，第 1 页为目录',
    '3页纸以内',
    '（中间略）',
    '会员单位免费，非会员单位收取资料费300元。',
    '会员免费｜非会员 ¥300元/人',
    '本报告共12页，请各单位认真阅读。',
    '文档标签应规范填写',
    '暂无',
    '| 申请表 | 3页 | 原件 |',
    '截至目前，已有1200人已下载“浙里办”APP。',
    '放大 | 缩小',
    '本文档由县政府办公室负责解释。',
    '二、会议强调',
    '2026年工作要点(完整版)',
    '下载地址：https://www.example.gov.cn/file/1.html',
    '文档格式：PDF',
    '文档类型：会议纪要',
    '投稿邮箱：zhengwen@qingshan.gov.cn',
    '工作QQ群：123456789',
    '该办法发布于2019年3月，现已废止。',
    '二、关于IP属地展示',
    '大家有什么困难，请随时告诉我。',
    '好的，下面请张书记讲话。',
    '如需调整会议时间，我来协调。',
    '在看望慰问困难群众时',
    '编辑：张三　审核：李四　签发：王五',
    '摄影：张三',
    '原创作品征集',
    '收藏 2 件文物',
    '同意　反对　弃权',
    '赞成 45 票，反对 0 票',
    '（二）规范付费阅读服务',
    '欢迎发表您的看法和建议。',
    '政务抖音号粉丝12万',
    '各地可根据实际情况适当调整。',
    '以下是全市各区县完成情况：',
    '一审：依法受理',
    '来自基层的声音',
    '评分：',
    '用户名：',
    '欢迎转发本通知。',
    '相关问题',
    '文件共3页',
    '（完）',
    '已深度思考如何落实',
    '以下是我的几点体会：',
    '剩余3页为附件。',
    '同意　反对',
    '一楼会议室',
    '3楼东侧会议室',
    '以上是本单位的基本情况。',
    '功能介绍：本系统用于网上审批。',
    '本平台提供信息查询服务。',
    '网络服务提供者仅提供信息存储空间，不承担赔偿责任。',
    '可复制、可推广的经验做法',
    '谢谢大家！',
    '主办单位：县委宣传部',
    '打开思路，拓宽视野',
    '需要我们共同努力。',
    '#',
    '需要我们帮你们解决什么问题吗？',
    '回首过去一年的工作',
    '发布日期：2024年5月6日',
    '（完）',
    // Lines of real documents near the shapes above (all invented).
    '公开方式：主动公开',
    '信息公开选项：主动公开',
    '主题词：农业　春耕　通知',
    '抄送：县委办公室，县人大常委会办公室。',
    '发送时间：2024年5月6日',
    '群众发现线索，可拨打举报电话0571-85551100举报。',
    '请复制链接在浏览器中打开报名。',
    '根据您的要求，我局对有关情况进行了核查。',
    '当然，这是一项长期任务，需要你们持之以恒。',
    '要不要我们自己动手？大家说要！',
    '以上意见，仅供参考。',
    '生成式AI可能出错，使用时要加强人工审核。',
    '未经批准，不得复制涉密文件。',
    '时间：2024-05-06 14:00',
    '2024-06-03 18:00　报到',
    '（此页无正文）',
    '本通知自印发之日起施行。',
    '热心网友捐款捐物，共筹集善款12万元。',
    '主办单位：县委宣传部　承办单位：县文化馆',
    '报到时间　2024-06-03 14:00',
    '字号',
    '只读',
    '追问：为什么没有按期整改？',
    '收件人：李明，邮箱：liming@example.gov.cn',
    '来自华为公司的专家',
    '社区 > 网格 > 楼栋',
    '以上仅供参考，请结合实际情况研究确定。',
    '附件请用WPS客户端打开',
    '发布机构：国家统计局',
    '记得关注天气变化，合理安排出行。',
    '请关注天气预报。',
    '喜欢的书要多读几遍',
    '以上金额可根据实际情况调整。',
    '（注：以上数据可根据实际情况调整）',
    '希望这份荣誉激励你们再创佳绩！',
    '如需进一步修改，请随时告知。',
    '3楼会议室',
    '【大】会议室',
    '图片来源：县融媒体中心',
    '2024年5月9日 10:00　报到',
    '欢迎各位代表莅临指导！',
    '您可以根据自身情况选择办理方式。',
    '附件下载后请认真填写。',
    '尽快下载安装“浙里办”APP。',
    '我局已根据您的要求进行了核查。',
    '如果需要，我们可以提供上门服务。',
    '会议时间　今天',
    '#',
    // Lines of real documents beside the tenth tester's shapes (2026-12-02, afternoon).
    '【摘要】本文以临川市12个城市社区为样本，分析了主要做法和存在问题。',
    '【关键词】党建引领；基层治理；城市社区',
    '关键词：数字乡村；乡村振兴',
    '作者：李红梅',
    '作者单位：青山县机关事务管理局',
    '收稿日期：2024年7月31日',
    '刊名：《青山党建》　　刊期：月刊',
    '作者简介：王明（1980—），男，浙江青山人。',
    '[1] 李明.数字乡村建设的县域实践[J].农村经济，2022（8）：12-18.',
    '参考文献',
    '特别声明',
    '编辑：陈晨　　　　审核：刘洋　　　　（共印60份）',
    '（四）“我为政府网站找错”平台网民留言未在规定时限内办理的；',
    '升级完成后，网站将新增长者模式、无障碍浏览和智能问答功能。',
    '青山县人民政府门户网站：www.qingshan.gov.cn',
    '分享让更多群众了解惠民政策。',
    '2024年5月6日 14:30　全体人员到会议室集中',
    '（完）',
    '附件：',
    '1.住宅小区物业服务质量评价标准',
    '青政办发〔2024〕21号',
    '索引号',
    '有效性',
    '新华社北京5月6日电　经国务院同意，国务院办公厅近日印发《关于优化基层公共服务的指导意见》。全文如下：',
    '青山市人民政府公报　　　　　　2024年第5期',
    '字号：青政发〔2024〕5号',
    '本报版权所有的作品，转载须经授权。',
    '相关附件：评价标准、自评表',
    '语音播报',
    'DOI：10.16000/j.cnki.x.2022.08.003',
  ];
  for (const line of lines) it(line, () => assert.equal(kind(line), undefined));
});

function fixed(text: string, language: Language = 'plaintext'): string {
  return fixAll(text, { language, severities: Object.fromEntries(['numbering-punctuation', 'numbering-level', 'numbering-sequence', 'numbering-skip', 'numbering-mixed', 'enumeration-sequence', 'placeholder'].map((k) => [k, 'off'])) }, 8, undefined, { suggestions: true, minSeverity: 'hint' }).text;
}
function found(text: string, language: Language = 'plaintext'): number[] {
  const r = lint(text, { language }, [webResidue]);
  return r.findings.map((f) => r.source.lineAt(f.start).index + 1);
}

describe('web-residue: lines and fixes', () => {
  it('deletes a line between blanks with one of the blanks', () => {
    assert.equal(fixed('正文一。\n\n免费下载\n\n正文二。\n'), '正文一。\n\n正文二。\n');
  });
  it('deletes a run of residue lines between blanks without leaving a double blank', () => {
    assert.equal(fixed('正文一。\n\n221381\n领取福利\n\n正文二。'), '正文一。\n\n正文二。');
  });
  it('keeps paragraphs apart when residue sits right after text', () => {
    assert.equal(fixed('正文一。\n免费下载\n\n正文二。'), '正文一。\n\n正文二。');
  });
  it('leaves no trailing blank at the end, with or without a final line break', () => {
    assert.equal(fixed('正文。\n\n微信扫码领取福利\n\n微信扫码分享'), '正文。');
    assert.equal(fixed('正文。\n\n微信扫码领取福利\n\n微信扫码分享\n'), '正文。\n');
    assert.equal(fixed('正文。\n221381\n领取福利'), '正文。');
  });
  it('deletes residue at the top together with the blank after it', () => {
    assert.equal(fixed('SUCAI198.COM —— 专注党建行政公文写作范文\n\n标题\n'), '标题\n');
  });
  it('keeps a speech title ending in 网 with its ——subtitle; a site name with its slogan still goes', () => {
    const speech = '织密民生保障网——在全市民政工作会议上的讲话\n\n（2024年1月10日）\n\n同志们：\n\n今天召开全市民政工作会议。\n\n二、织密社会救助网——推进救助体系建设\n';
    assert.equal(fixed(speech), speech);
    assert.equal(fixed('青禾文案网-让写作更轻松\n\n标题\n'), '标题\n');
  });
  it('keeps CRLF and a BOM', () => {
    assert.equal(fixed('\ufeff正文一。\r\n\r\n免费下载\r\n\r\n正文二。\r\n'), '\ufeff正文一。\r\n\r\n正文二。\r\n');
  });
  it('each fix alone is one edit that deletes whole lines', () => {
    const text = '正文。\n\n221381\n领取福利\n\n微信扫码分享';
    const r = lint(text, { language: 'plaintext' }, [webResidue]);
    for (const f of r.findings) {
      assert.equal(f.fix?.edits.length, 1);
      const out = applyEdits(text, f.fix!.edits).text;
      assert.ok(!out.includes(text.slice(f.start, f.end)), out);
      assert.ok(!/\n\n\n/.test(out), JSON.stringify(out));
    }
  });
  it('a long number is residue only when it is not data', () => {
    assert.deepEqual(found('正文。\n\n221381\n\n正文。'), [3]);
    assert.deepEqual(found('联系电话：\n87654321'), []);
    assert.deepEqual(found('邮政编码：\n221381'), []);
    assert.deepEqual(found('13812345678'), []);
    assert.deepEqual(found('01012345678'), []);
    assert.deepEqual(found('221381\n221382\n221383'), []);
    assert.deepEqual(found('附件\n\n联系人名单\n\n张三\n221381'), []);
    assert.deepEqual(found('2024'), []);
  });
  it('Markdown: code, tables, quotes and comments are not residue; lists and headings are checked', () => {
    const md = ['```', '221381', '免费下载', '```', '', '| a |', '|---|', '| 221381 |', '', '> 上一篇：x', '', '<!-- 免费下载 -->', '', '- 上一篇：乡镇工作总结', '', '## 相关推荐', '', '**微信扫码领取福利**'].join('\n');
    assert.deepEqual(found(md, 'markdown'), [14, 16, 18]);
  });
});

describe('web-residue: work grows linearly (issue 10)', () => {
  // Pathological pages at n and 4n lines: the work counted must grow at most ~4× (5× allowed for
  // constant overheads). A generous timeout guards against a hang.
  const cases: Array<[string, (n: number) => string]> = [
    ['consecutive pager lines', (n) => '下一页\n'.repeat(n)],
    ['pager lines between prose', (n) => '正文一句话。\n下一页\n'.repeat(n)],
    ['lone numbers', (n) => Array.from({ length: n }, (_, i) => String((i * 7) % 10000)).join('\n')],
    ['related-article headers and titles', (n) => '相关文章：\n某某讲话稿\n'.repeat(n)],
    ['noise appended to sentences', (n) => '这是一句话。; q [+ k3 @ |2\n'.repeat(n)],
    ['journal fields and their neighbours', (n) => 'DOI：10.16000/j.cnki.x.2024.05.006\n关键词：数字乡村\n'.repeat(n)],
    ['a 文号 repeated beside page numbers', (n) => '— 2 —\n青政办发〔2024〕21号\n'.repeat(n)],
    ['one-cell-per-line panel labels', (n) => '索引号\n001/2024-00123\n'.repeat(n)],
  ];
  for (const [name, make] of cases) {
    it(name, { timeout: 60_000 }, () => {
      const run = (n: number) => regexWork(() => lint(make(n), { language: 'plaintext' }, [webResidue]));
      const small = run(2000);
      const large = run(8000);
      assert.ok(large <= small * 5, `work ${small} → ${large} for 4× the input`);
    });
  }
  it('lines built to make a curated pattern backtrack stay quick (widget rows, pager digits, card fields)', { timeout: 60_000 }, () => {
    // Each would take exponential time under a pattern whose repeated parts can split a run of digits or a
    // field two ways: `分享1 1 1…x`, `1 1 1…x`, `页数：页数：…`. Each line is classified well within the guard.
    const lines = ['分享' + '1 '.repeat(28) + 'x', '收藏' + '1'.repeat(56) + '分享x', '1 '.repeat(29) + '下一x', '页数：'.repeat(33) + 'x', '#a# '.repeat(24) + 'x', '编辑：王某 '.repeat(12) + 'x'];
    for (const line of lines) {
      const t0 = Date.now();
      classifyResidue(line);
      assert.ok(Date.now() - t0 < 1000, line);
    }
  });
  it('a run of 20,000 pager lines is found and deleted whole', { timeout: 60_000 }, () => {
    const text = '正文。\n\n' + '下一页\n'.repeat(20000) + '\n正文。\n';
    const r = lint(text, { language: 'plaintext' }, [webResidue]);
    assert.equal(r.findings.length, 20000);
    const fixed = applyEdits(text, r.findings.map((f) => f.fix!.edits[0])).text;
    assert.equal(fixed, '正文。\n\n正文。\n');
  });
});

describe('web-residue: the page structure (blocks, relations, neighbours)', () => {
  const lines = (text: string) => [...residueLines(new Source(text, 'plaintext'))].sort((a, b) => a - b);
  const call = (text: string, line: number) => classifyLines(new Source(text, 'plaintext')).get(line);

  it('a related-article header takes the list of titles under it, not a lone title (a section label)', () => {
    const page = ['乡村振兴推进会讲话。', '', '相关文章：', '在防汛工作会上的讲话04-12', '春耕动员会讲话稿（精选3篇）', '', '上一篇：无'].join('\n');
    assert.deepEqual(lines(page), [2, 3, 4, 6]);
    const label = ['相关推荐', '在春耕动员会上的讲话', '同志们，今天我们召开春耕动员会。'].join('\n');
    assert.deepEqual(lines(label), [0]);
  });
  it('a download notice: its numbered items and the labels under it, but not the document after it', () => {
    const page = ['【下载须知】', '1. 本站文档仅供预览，下载后请自行核对。', '2. 资源由用户上传，本站不承担责任。', '附图说明：', '如文档首页显示图标，双击即可打开。', '', '关于做好秋季防火工作的通知', '', '各村：', '一、加强巡查。'].join('\n');
    assert.deepEqual(lines(page), [0, 1, 2, 3, 4]);
    assert.equal(call(page, 0)?.certainty, 'sure');
    assert.equal(call(page, 1)?.certainty, 'likely');
  });
  it('a collection: the header makes its item headers residue (`<title> 2`, `第二篇：<title>`)', () => {
    const page = ['社区工作计划（精选3篇）', '', '社区工作计划 1', '一、指导思想。', '第二篇：社区工作计划', '二、工作目标。'].join('\n');
    assert.deepEqual(lines(page), [0, 2, 4]);
    assert.deepEqual(lines('社区工作计划 1\n一、指导思想。'), [], 'no collection header: the line is the writer’s own');
  });
  it('the page title repeated in the body after prose, not a salutation or a short label', () => {
    const body = ['乡镇防汛工作情况汇报', '', '今年以来我镇扎实推进防汛工作。', '一是压实责任。', '二是排查隐患。', '乡镇防汛工作情况汇报', '各位领导：', '三是储备物资。', '各位领导：'].join('\n');
    assert.deepEqual(lines(body), [5]);
  });
  it('lone numbers: a page number is residue, a run of section numbers is not, a year is not', () => {
    assert.deepEqual(lines('第一段正文。\n47\n第二段正文。'), [1]);
    assert.deepEqual(lines('1\n总则内容。\n2\n分则内容。\n3\n附则内容。'), []);
    assert.deepEqual(lines('封面\n2024\n正文。'), []);
  });
  it('the top of the page: nav words, a bare date, a user name; not further down', () => {
    assert.deepEqual(lines('图片\n2023-05-06\nuser2023\n\n关于召开年度总结会的通知\n\n各科室：\n图片\n'), [0, 1, 2]);
  });
  it('a generated outline up to its closing ellipsis; without the closer nothing', () => {
    assert.deepEqual(lines('目录/提纲：……\n一、提高认识\n二、落实措施\n……\n同志们：\n今天召开会议。'), [0, 1, 2, 3]);
    assert.deepEqual(lines('目录/提纲：……\n一、提高认识\n二、落实措施\n同志们：\n今天召开会议。'), [0]);
  });
  it('a short section banner between residue lines at the top, never a title naming a document kind', () => {
    assert.deepEqual(lines('图片\n\n党建工作专栏\n\n返回首页\n\n正文第一句。'), [0, 2, 4]);
    assert.deepEqual(lines('图片\n\n年度工作总结\n\n返回首页\n\n正文第一句。'), [0, 4]);
  });
  it('a short line between residue lines with a cue of its own', () => {
    assert.deepEqual(lines('页数：3页\n时间：2020-01-02\n大小：20KB'), [0, 1, 2]);
    assert.deepEqual(lines('上一篇：甲\n各位代表：\n下一篇：乙'), [0, 2], 'a salutation has no cue');
  });
  it('a PDF running header: a two-part gapped line repeated, one copy beside a page number; not a table header row', () => {
    const head = '青山县政府公报　　　　　　2024年第2期';
    const page = [head, '关于做好防汛工作的通知', '各乡镇：', '现将有关事项通知如下。', '第 1 页 共 3 页', head, '一、压实责任。'].join('\n');
    assert.deepEqual(lines(page), [0, 4, 5]);
    assert.equal(call(page, 0)?.certainty, 'likely');
    assert.deepEqual(lines([head, '正文一句。', head, '正文二句。'].join('\n')), [], 'no page number beside it: left alone');
    const row = '序号　　　单位　　　金额';
    assert.deepEqual(lines(['表1', row, '1　　　县财政局　　　20', '第 1 页 共 2 页', row, '2　　　县教育局　　　30'].join('\n')), [3]);
  });
  it('an account name above its byline or between two sure furniture lines; never a signature or a document kind', () => {
    assert.deepEqual(lines(['青山发布', '24-6-12 09:30 来自 微博网页版', '关于高温天气的提示', '近期持续高温。'].join('\n')), [0, 1]);
    const body = ['关于某事的通知', '各单位：', '正文一句。', '正文二句。', '正文三句。'];
    assert.deepEqual(lines([...body, '轻触阅读原文', '青山组工', '向上滑动看下一个'].join('\n')), [5, 6, 7]);
    assert.deepEqual(lines([...body, '轻触阅读原文', '青山县民政局', '向上滑动看下一个'].join('\n')), [5, 7]);
    assert.deepEqual(lines(['会议纪要', '2024-03-12 07:45·秘书圈子', '正文。'].join('\n')), [1]);
  });
  it('a government portal card takes its other fields; a forwarded mail its header', () => {
    assert.deepEqual(lines(['索引号：001/2024-00123', '文号：青政发〔2024〕5号', '成文日期：2024年3月5日', '', '青山县人民政府关于某事的通知', '文号：不是卡片'].join('\n')), [0, 1, 2]);
    assert.deepEqual(lines(['---- 转发的邮件 ----', '发件人：a@example.com', '发送时间：2024年5月6日 15:20', '主题：初稿', '关于某事的报告', '主题：不在信头'].join('\n')), [0, 1, 2, 3]);
    assert.deepEqual(lines(['文号：青政发〔2024〕5号', '主题：初稿'].join('\n')), [], 'without a card or a separator: nothing');
  });
  it('an app’s or an AI model’s name alone: residue at the top of the page or beside chat lines, not in a document’s list', () => {
    assert.deepEqual(lines(['金山文档', '关于某事的通知', '各单位：', '正文。'].join('\n')), [0]);
    assert.deepEqual(lines(['Kimi', '你说：', '帮我写一份通知'].join('\n')), [0, 1, 2]);
    const list = ['关于规范使用办公软件和人工智能工具的通知', '各科室：', '正文一句。', '可使用的工具：', '金山文档', '凤凰新闻', '文心一言', 'DeepSeek', '以上工具须经审批后使用。'];
    assert.deepEqual(lines(list.join('\n')), []);
  });
  it('an AI answer’s notes on its text beside its chat lines; a document’s own notes without them are left', () => {
    const doc = ['关于某事的通知', '各单位：', '正文一句。', '正文二句。'];
    const notes = ['说明：', '1. 文中XX处请根据实际填写；', '2. 可结合本单位实际补充。'];
    const page = [...doc, ...notes, '如果你还需要我调整篇幅，随时告诉我。'].join('\n');
    assert.deepEqual(lines(page), [4, 5, 6, 7]);
    assert.equal(call(page, 4)?.certainty, 'likely');
    assert.deepEqual(lines([...doc, ...notes, '青山县人民政府'].join('\n')), []);
  });
  it('a collection count is a header only at the top of the page', () => {
    assert.deepEqual(lines('年度述职报告最新9篇\n\n正文第一句。'), [0]);
    assert.deepEqual(lines('一年来的工作。\n\n正文一句。\n正文二句。\n正文三句。\n正文四句。\n撰写调研报告5篇\n正文五句。'), []);
  });
  it('note-app export properties (three or more) and the author under them', () => {
    assert.deepEqual(lines('type\nstatus\nslug\n王 明\n\n会议纪要正文。'), [0, 1, 2, 3]);
    assert.deepEqual(lines('type\nstatus\nslug\n关于春耕备耕的几点体会\n王 明\n会议纪要正文。'), [0, 1, 2, 4], 'the title between stays');
    assert.deepEqual(lines('type\n会议纪要正文。'), []);
  });
  it('noise appended to a sentence: only the noise goes, as a suggestion', () => {
    const text = '会议要求各单位按时报送材料。; q [+ k3 @ |2 n) w\n';
    const r = lint(text, { language: 'plaintext' }, [webResidue]);
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0].fix?.kind, 'suggestion');
    assert.equal(applyEdits(text, r.findings[0].fix!.edits).text, '会议要求各单位按时报送材料。\n');
    assert.deepEqual(lines(text), [], 'a partial line is not a residue line');
    const tag = '望各位继续努力。（某某范文网）';
    assert.equal(applyEdits(tag, lint(tag, { language: 'plaintext' }, [webResidue]).findings[0].fix!.edits).text, '望各位继续努力。');
    assert.deepEqual(lint('见GB/T 9704-2012。\n详见 www.gov.cn。', { language: 'plaintext' }, [webResidue]).findings, []);
  });
  it('a line of ASCII noise or a lone symbol is residue; a thematic break and an ellipsis are not', () => {
    assert.deepEqual(lines('正文。\n; q [+ k3 @ |2\n|\n#\n---\n……\n正文。'), [1, 2, 3]);
  });
  it('safe fixes only where the words decide; context calls are suggestions', () => {
    const r = lint('上传人：某某\n\n47\n\n正文一句。', { language: 'plaintext' }, [webResidue]);
    assert.deepEqual(r.findings.map((f) => f.fix?.kind), ['safe', 'suggestion']);
  });
  it('English messages are short (the Problems panel cuts them at ~150 characters)', () => {
    const r = lint('上传人：某某\n正文。; q [+ k3 @ |2', { language: 'plaintext' }, [webResidue]);
    for (const f of r.findings) assert.ok(f.message.en.length <= 100, f.message.en);
  });
});

describe('web-residue: parts of a correct document are not residue', () => {
  const lines = (text: string, language: Language = 'plaintext') => [...residueLines(new Source(text, language))].sort((a, b) => a - b);

  it('a 份号 (six digits on the first line of the 版头, GB/T 9704-2012 §7.2.1) is not a stray number', () => {
    const head = (second: string) => ['004718', second, '', '东湖区人民政府文件', '', '东政发〔2024〕12号', '', '关于做好汛期安全工作的通知'].join('\n');
    assert.deepEqual(lines(head('秘密★6个月')), []);
    assert.deepEqual(lines(head('绝密')), []);
    assert.deepEqual(lines(head('特急')), []);
    assert.deepEqual(lines(['004718', '', '东湖区人民政府文件', '', '关于做好汛期安全工作的通知'].join('\n')), [], 'followed by the 发文机关标志');
    assert.deepEqual(lines(['004718', '东政发〔2024〕12号'].join('\n')), [], 'followed by the 发文字号');
    const r = lint(head('机密★1年'), { language: 'plaintext' }, [webResidue]);
    assert.deepEqual(r.findings, []);
    // The same digits as an article id: not before a 版头 element, or not on the first line.
    assert.deepEqual(lines(['004718', '', '关于做好汛期安全工作的通知', '', '正文一句。'].join('\n')), [0]);
    assert.deepEqual(lines(['正文一句。', '', '004718', '机密★1年'].join('\n')), [2]);
    assert.deepEqual(lines(['0047181', '机密★1年'].join('\n')), [0], 'seven digits are no 份号');
  });
  it('a 简报’s credit line is its 版尾; on a web page a credit naming 签发 is offered, not applied', () => {
    const brief = (head: string[]) => [...head, '', '本月全区秋粮收购进度过半。', '', '报：区委办公室', '送：各镇街', '', '责任编辑：赵敏　　签发：孙立'].join('\n');
    assert.deepEqual(lines(brief(['东湖农业简报', '', '第12期'])), []);
    assert.deepEqual(lines(['2024年第3期', '', '本月全区秋粮收购进度过半。', '', '责任编辑：赵敏'].join('\n')), [], 'the issue line alone says 简报');
    assert.deepEqual(lines(['东湖农业简报', '', '本月全区秋粮收购进度过半。', '', '（责任编辑：赵敏）'].join('\n')), [], 'the title alone says 简报');
    assert.deepEqual(lines(['本月全区秋粮收购进度过半。', '', '发：各镇街', '', '责任编辑：赵敏'].join('\n')), [], 'a distribution line alone says 简报');
    // A web page: the credit is residue; with a 签发 in it the deletion is only offered.
    const page = ['关于秋粮收购的报道', '', '本月全区秋粮收购进度过半。', '', '责任编辑：赵敏'].join('\n');
    assert.deepEqual(lines(page), [4]);
    assert.equal(classifyLines(new Source(page, 'plaintext')).get(4)?.certainty, 'sure');
    const signed = page + '　　签发：孙立';
    assert.deepEqual(lines(signed), [4]);
    assert.equal(classifyLines(new Source(signed, 'plaintext')).get(4)?.certainty, 'likely');
  });
  it('a source credited after a sentence is text; a site’s own tag and a byline line are residue', () => {
    const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。（来源：人民网）'), []);
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。（摘自央视网）'), []);
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。(数据来源：国家统计局网)'), []);
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。（某某范文网）'), ['（某某范文网）']);
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。（来源：某某范文网）'), ['（来源：某某范文网）']);
    assert.deepEqual(lines('来源：某某新闻网 2024-05-06 浏览次数：88\n\n关于夏粮收购的情况通报'), [0]);
  });
  it('English words after a Chinese line are not anti-copy noise; noise still is', () => {
    const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(findings('双方签署合作备忘录（第二批） ) on May 6.'), []);
    assert.deepEqual(findings('代表团抵达北京 (via HK ) on Jun 3.'), []);
    assert.deepEqual(findings('会议要求各单位按时报送材料。; q [+ k3 @ |2 n) w'), ['; q [+ k3 @ |2 n) w']);
    assert.deepEqual(findings('会议要求各单位按时报送材料。% r )} 7a &'), ['% r )} 7a &']);
  });
});

describe('web-residue: credits, page numbers and signatures a document keeps (t4)', () => {
  const lines = (text: string) => [...residueLines(new Source(text, 'plaintext'))].sort((a, b) => a - b);
  const call = (text: string, line: number) => classifyLines(new Source(text, 'plaintext')).get(line);
  const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;

  // A news release of our own: a dated lead under the title, the writer's source and credit at the end.
  const release = ['柳溪镇开展汛前水库安全大检查', '', '4月8日，柳溪镇组织水利站、应急办对辖区6座小型水库开展汛前安全检查。', '', '检查组逐一查看了坝体、溢洪道和放水设施，对发现的问题当场交办整改。', '', '（来源：柳溪镇水利站）', '责任编辑：周敏'];
  it('a credit at the very end of a news release is offered, not deleted by a bulk fix', () => {
    const text = release.join('\n');
    assert.deepEqual(lines(text), [7]);
    assert.equal(call(text, 7)?.certainty, 'likely');
    const r = lint(text, { language: 'plaintext' }, [webResidue]);
    assert.deepEqual(r.findings.map((f) => f.fix?.kind), ['suggestion']);
    assert.equal(fixed(text), text, 'fix-all keeps it');
    // Other dated leads and datelines read as a release too.
    for (const lead of ['2025年4月8日上午，柳溪镇组织开展汛前安全检查。', '近日，柳溪镇组织开展汛前安全检查。', '本报讯（通讯员 李航）柳溪镇组织开展汛前安全检查。']) {
      const other = [release[0], '', lead, '', release[4], '', '责任编辑：周敏'].join('\n');
      assert.equal(call(other, 6)?.certainty, 'likely', lead);
    }
  });
  it('a credit stays sure residue in a release when sure furniture stands beside it, when text follows it, or without a news lead', () => {
    const shared = [...release.slice(0, 6), '分享到：微信 微博 QQ空间', '责任编辑：周敏'].join('\n');
    assert.equal(call(shared, 7)?.certainty, 'sure');
    const inside = [...release.slice(0, 6), '责任编辑：周敏', '', '下一阶段，全镇将继续开展隐患排查。'].join('\n');
    assert.equal(call(inside, 6)?.certainty, 'sure');
    const noLead = [release[0], '', '全镇6座小型水库均已完成汛前安全检查。', '', '责任编辑：周敏'].join('\n');
    assert.equal(call(noLead, 4)?.certainty, 'sure');
    assert.equal(fixed(noLead), [release[0], '', '全镇6座小型水库均已完成汛前安全检查。'].join('\n'));
  });
  it('a review credit (终审：) among a bulletin’s own credit lines is kept like them', () => {
    const body = ['高桥镇完成春季造林任务', '', '今年以来，高桥镇新植苗木3.2万株，完成春季造林任务。', ''];
    assert.deepEqual(lines([...body, '供稿：高桥镇农业服务中心', '编辑：许宁', '审核：高远', '终审：方平'].join('\n')), []);
    assert.deepEqual(lines([...body, '终审：方平', '编辑：许宁'].join('\n')), [], 'a document credit after it');
    // Alone, or among credits that are furniture themselves, it is still the account's review credit.
    assert.deepEqual(lines([...body, '终审：方平'].join('\n')), [4]);
    assert.deepEqual(lines([...body, '初审：许宁', '终审：方平'].join('\n')), [4, 5]);
    assert.deepEqual(lines([...body, '责编｜许宁', '终审：方平'].join('\n')), [4, 5]);
  });
  it('a page number between dashes is the exported document’s page number, and the message says so', () => {
    const text = ['关于开展安全生产月活动的通知', '', '各科室：', '现将有关事项通知如下。', '', '— 1 —', '', '一、活动主题。', '', '－2－'].join('\n');
    assert.deepEqual(lines(text), [5, 9]);
    assert.equal(call(text, 5)?.kind, 'page-number');
    const r = lint(text, { language: 'plaintext' }, [webResidue]);
    assert.equal(r.findings.length, 2);
    for (const f of r.findings) {
      assert.match(f.message.zh, /页码/);
      assert.match(f.message.zh, /版面/);
      assert.doesNotMatch(f.message.zh, /网页/);
      assert.match(f.message.en, /page number of the printed or exported document/i);
      assert.ok(f.message.en.length <= 150, f.message.en);
      assert.equal(f.fix?.kind, 'safe');
    }
    assert.equal(fixed(text), ['关于开展安全生产月活动的通知', '', '各科室：', '现将有关事项通知如下。', '', '一、活动主题。'].join('\n'));
    // Beside a repeated gapped line it still marks a running header.
    const head = '柳溪镇政务简讯　　　　　　第3期';
    assert.deepEqual(lines([head, '正文一句。', '— 1 —', head, '正文二句。'].join('\n')), [0, 2, 3]);
  });
  it('the issuing body over a two-line title comes back as the 署名, not as a repeated page title', () => {
    const body = ['当事人：柳溪镇宏达建材经营部。', '', '经查，当事人于2025年1月销售不合格建材，违反了有关规定。', '', '本局依法作出如下处罚：没收违法所得，并处罚款。', '', '当事人如不服本决定，可依法申请行政复议。', ''];
    const decision = ['南岭市市场监督管理局', '行政处罚决定书', '', ...body, '南岭市市场监督管理局', '2025年3月12日'].join('\n');
    assert.deepEqual(lines(decision), []);
    // A sentence opening with the body's name near the top is no page summary either.
    const opening = ['南岭市市场监督管理局', '行政处罚决定书', '', '南岭市市场监督管理局于2025年1月对当事人经营场所进行了检查，发现其销售不合格建材。', '', ...body].join('\n');
    assert.deepEqual(lines(opening), []);
    // A one-line page title repeated after the text still is.
    const page = ['南岭市建材市场专项检查情况', '', ...body, '南岭市建材市场专项检查情况'].join('\n');
    assert.deepEqual(lines(page), [10]);
  });
});

describe('web-residue owns a line it deletes: placeholder does not report inside it', () => {
  const chat = ['你说：', '帮我写一份防汛工作会议的讲话稿', '', '好的，以下是为您起草的讲话稿：', '', '同志们：', '', '今天召开全县防汛工作会议，主要任务是部署今年的防汛工作。', ''];
  const rulesOn = (text: string, line: number, severities: Record<string, 'off' | 'info' | 'warning' | 'error'> = {}) => {
    const src = new Source(text, 'plaintext');
    const r = lint(text, { language: 'plaintext', severities });
    const from = src.lines[line].start;
    const to = src.lines[line].end;
    return r.findings.filter((f) => f.start >= from && f.start < to).map((f) => f.rule);
  };
  it('an AI answer’s closing note beside its chat lines is chat residue, reported once', () => {
    const text = [...chat, '（注：以上内容可根据实际情况调整）', ''].join('\n');
    assert.equal(classifyLines(new Source(text, 'plaintext')).get(9)?.kind, 'chat');
    assert.deepEqual(rulesOn(text, 9), ['web-residue']);
    assert.equal(fixAll(text, { language: 'plaintext' }).text.includes('以上内容'), false, 'a bulk fix removes it');
    // A curated note (sure) is reported once too.
    const sure = [...chat, '（注：以上讲话稿可根据实际情况调整）', ''].join('\n');
    assert.deepEqual(rulesOn(sure, 9), ['web-residue']);
  });
  it('without chat lines the same note is not residue, and placeholder keeps it', () => {
    const text = ['关于开展防汛演练的通知', '', '各村：', '现将演练安排通知如下。', '', '（注：以上内容可根据实际情况调整）', ''].join('\n');
    assert.deepEqual(rulesOn(text, 5), ['placeholder']);
  });
  it('placeholder reports again when web-residue is off or quieter, and beside a part-line deletion', () => {
    const text = [...chat, '（注：以上讲话稿可根据实际情况调整）', ''].join('\n');
    assert.deepEqual(rulesOn(text, 9, { 'web-residue': 'off' }), ['placeholder']);
    assert.deepEqual(rulesOn(text, 9, { 'web-residue': 'info' }).sort(), ['placeholder', 'web-residue']);
    // Only the site tag at the end goes: the slot in the sentence is still to be filled.
    const tagged = '请于XX月XX日前报送材料。（好范文网）\n';
    assert.deepEqual(rulesOn(tagged, 0).sort(), ['placeholder', 'web-residue']);
  });
  it('placeholder stays in a line whose deletion is only offered: the writer may keep the line, slot and all', () => {
    // The document shows the footer it prescribes: web-residue offers the deletion, the XX is the writer's to fill.
    // (Right under a lead-in of its own, `……统一标注以下内容：`, the footer is the document's sample and not flagged at all.)
    const text = ['关于规范镇政府网站建设的通知', '', '各村、各站所：', '', '网站页脚须标注：主办：XX镇人民政府　网站标识码：3412000001', '主办：XX镇人民政府　网站标识码：3412000001', ''].join('\n');
    const r = lint(text, { language: 'plaintext' });
    const residue = r.findings.find((f) => f.rule === 'web-residue');
    assert.equal(residue?.fix?.kind, 'suggestion');
    assert.deepEqual(rulesOn(text, 5).sort(), ['placeholder', 'web-residue']);
  });
});

describe('web-residue/invisible: invisible format characters at a line start', () => {
  const invisible = (text: string, language: Language = 'plaintext') =>
    lint(text, { language }, [webResidue]).findings.filter((f) => f.severityKey === 'web-residue/invisible');
  it('reports a zero-width character before a heading or a sentence and deletes it (safe), keeping the indentation', () => {
    for (const z of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const text = `关于事项的通知\n\n一、总体要求\n\n${z}二、主要任务\n\n　　${z}加强领导。\n`;
      const got = invisible(text);
      assert.equal(got.length, 2, z.codePointAt(0)?.toString(16));
      assert.ok(got.every((f) => f.fix?.kind === 'safe' && f.message.zh.includes(`U+${z.codePointAt(0)?.toString(16).toUpperCase()}`)));
      assert.equal(fixAll(text, { language: 'plaintext' }).text, '关于事项的通知\n\n一、总体要求\n\n二、主要任务\n\n　　加强领导。\n');
    }
    // In a Markdown heading the space after them goes too: `## 二、`, not `##  二、`; an ideographic space stays.
    assert.equal(fixAll('通知\n\n## \u200b\u200b 二、任务\n', { language: 'markdown' }).text, '通知\n\n## 二、任务\n');
    assert.equal(fixAll('通知\n\n## \u200b 二、任务\n\n## \u200b\u3000三、任务\n', { language: 'markdown' }).text, '通知\n\n## 二、任务\n\n## \u3000三、任务\n');
    assert.equal(fixAll('通知\n\n\u200b 二、任务\n', { language: 'markdown' }).text, '通知\n\n 二、任务\n');
  });
  it('leaves alone: a line with nothing visible, one inside a line, emoji joiners, a BOM, code blocks', () => {
    assert.deepEqual(invisible('关于事项的通知\n\u200b\n正文。\n'), []);
    assert.deepEqual(invisible('关于事项的通知\n\n正文\u200b在此。👨\u200d👩\u200d👧\n'), []);
    assert.deepEqual(invisible('\ufeff关于事项的通知\n\n正文。\n'), []);
    assert.deepEqual(invisible('通知\n\n```\n\u200bcode\n```\n', 'markdown'), []);
  });
});

describe('web-residue: site shapes of a new tester (toolbars, counters, portal footers, Word balloons, running headers)', () => {
  it('leaves the lines of documents that share their words', () => {
    for (const line of [
      '主办单位要落实安全责任，承办单位负责会场布置。',
      '主办：市委宣传部',
      '联系人：郑明　电话：0790-6212345',
      '联系电话：138****5678（已脱敏）',
      '删除了第三条第二款。',
      '删除：第三条第二款',
      '批注意见已全部采纳。',
      '本次会议共收到评论意见1256条。',
      '收录于《临川年鉴（2025）》的统计数据表明，全市粮食总产量稳定增长。',
      '关注群众 1 件　解决问题 3 件',
      '第2篇文章讲的是基层治理。',
    ]) assert.equal(kind(line), undefined, line);
  });
  it('deletes a running header repeated beside every page number of a Word copy, not a line repeated elsewhere', () => {
    const page = (header: string, mark: (k: number) => string) =>
      [
        '关于印发考核办法的通知',
        '',
        '公司各部门：',
        '',
        '现将考核办法印发给你们，请认真贯彻执行。',
        '',
        mark(1),
        header,
        '第一条　为落实安全生产责任制，制定本办法。',
        '',
        mark(2),
        header,
        '第二条　本办法自印发之日起施行。',
        '',
      ].join('\n');
    const residueLineNumbers = (text: string) =>
      lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.deepEqual(residueLineNumbers(page('城投集团内部资料　注意保密', (k) => `— ${k} —`)), [7, 8, 11, 12]);
    // The same line repeated where no page number stands beside it: the document's own.
    assert.deepEqual(residueLineNumbers(page('城投集团内部资料　注意保密', () => '')), []);
    // The title under page 1's mark, repeated as the header of the later pages: the title stays.
    const titled = ['第1页', '年度财务科工作总结', '　　现将一年来的工作总结如下：', '第2页', '年度财务科工作总结', '　　全年预算执行率达到98.6%。', ''].join('\n');
    assert.deepEqual(residueLineNumbers(titled), [1, 4, 5]);
  });
});

describe('web-residue: a group chat copied with its notice', () => {
  const flagged = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(0, f.start).split('\n').length);
  const chat = ['王主任 11-20 09:15', '@所有人', '关于召开安全生产例会的通知', '', '各部门：', '', '定于12月2日下午3:00召开例会，请准时参加。', '', '综合办公室', '2026年11月20日', '收到请回复', '李明 11-20 09:17', '收到', '[图片]', '已读 28　未读 3', ''].join('\n');
  it('deletes the senders and times, the replies beside them, the receipts and stubs; keeps the notice', () => {
    assert.deepEqual(flagged(chat), [1, 2, 11, 12, 13, 14, 15]);
  });
  it('leaves a schedule of times, a lone name and time, and a reply word in a document', () => {
    const schedule = ['关于召开年度工作会议的通知', '', '各单位：', '', '会议日程如下：', '报到　08:30', '开幕式　09:00', '分组讨论　10:30', '', '收到通知后请及时回复。', ''].join('\n');
    assert.deepEqual(flagged(schedule), []);
    assert.deepEqual(flagged('会议记录\n\n王主任 11-20 09:15\n\n会议研究了安全生产工作。\n\n收到\n'), []);
  });
});

describe('web-residue: lines of correct documents that share a shape with site furniture (a tester, round 7)', () => {
  const safeDeletions = (text: string, language: Language = 'plaintext') =>
    lint(text, { language }, [webResidue]).findings.filter((f) => f.fix?.kind === 'safe').map((f) => text.slice(f.start, f.end));
  it('keeps a sentence about netizens\' comments; a comment widget is still residue', () => {
    assert.deepEqual(safeDeletions('网络舆情工作要点\n\n（三）加强网友评论管理。\n\n对网友评论中反映的问题，要及时回应。各平台要落实先审后发制度。\n'), []);
    assert.equal(kind('网友评论 【我要评论】'), 'comment');
    assert.equal(kind('我要投稿'), 'comment');
  });
  it('keeps an app or portal path under the line that introduces it; a page\'s breadcrumb is still residue', () => {
    const text = ['关于召开视频会议的通知', '', '各单位：', '', '会议通过腾讯会议召开，入会操作路径如下：', '', '腾讯会议 > 加入会议 > 输入会议号', '', '请修改平台初始密码，操作路径为：', '', '首页>个人中心>修改密码', '', '群众办理社保业务的网上路径为：', '', '江西政务服务网>个人服务>社保查询', ''].join('\n');
    assert.deepEqual(lint(text, { language: 'plaintext' }, [webResidue]).findings, []);
    const page = ['首页>个人中心>修改密码', '', '关于召开视频会议的通知', '', '各单位：', '', '请准时参会。', ''].join('\n');
    assert.deepEqual(safeDeletions(page), ['首页>个人中心>修改密码']);
  });
  it('offers, never applies, the deletion of a line of furniture by shape alone that stands between two sentences of the body', () => {
    const fixKinds = (line: string) => {
      const text = `关于做好有关工作的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n${line}\n\n请认真抓好落实。\n`;
      return lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => f.fix?.kind);
    };
    for (const line of ['阅读量：1200万', '字数：3215字', '请下载“赣服通”APP', '2页']) assert.deepEqual(fixKinds(line), ['suggestion'], line);
    // What no document writes stays a safe deletion there: a reader's page, a running header, an ad's slot, a toolbar, the site's own words.
    for (const line of ['第 2 页 / 共 3 页', '— 2 —', '临川市城市绿化管理办法　　第3页', '（此处为广告位）', '展开全文', '扫码关注公众号，获取更多范文']) assert.deepEqual(fixKinds(line), ['safe'], line);
    // The same stats line under the page's title, before the document's text: the page's byline, deleted.
    const top = '关于做好有关工作的通知\n阅读量：1200万\n\n各单位：\n\n现将有关事项通知如下。\n';
    assert.deepEqual(lint(top, { language: 'plaintext' }, [webResidue]).findings.map((f) => f.fix?.kind), ['safe']);
    // A sentence that opens with 首页 describes a site's home page: the document's own.
    assert.equal(kind('首页：包括通知公告、政策文件等栏目。'), undefined);
  });
  it('keeps projects named with a network (工业互联网—…, 城市水网—…, 国家电网|…) and page counts under materials; a site\'s name and slogan stay residue', () => {
    const list = ['# 重点项目清单', '', '## 一、信息基础设施', '', '- 工业互联网—标识解析二级节点建设项目', '- 智能电网-配电自动化改造工程', '- 城市水网—城乡供水一体化工程', '- 国家电网|临川供电公司营销系统升级', '', '## 二、申报材料', '', '申请表', '2页', '营业执照复印件', '1页', ''].join('\n');
    assert.deepEqual(lint(list, { language: 'markdown' }, [webResidue]).findings, []);
    assert.equal(kind('范文网—专业的范文写作平台'), 'banner');
    assert.equal(kind('公文写作 - 某某网'), 'banner');
    // `2页` alone on a page, under the title: a page's number, deleted (between two sentences it is only offered, below).
    assert.deepEqual(safeDeletions('关于事项的通知\n2页\n\n正文第一段。\n'), ['2页']);
  });
});

describe('web-residue: a third tester\'s correct documents about websites and downloads', () => {
  const fixKinds = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => [text.slice(f.start, f.end), f.fix?.kind]);
  it('never deletes a title in the standard shape, whatever words it holds', () => {
    const t = '关于查处“付费下载”侵权盗版行为的通报\n\n各县（区）文化市场综合执法大队：\n\n近期，我局查处了一批案件。\n';
    assert.deepEqual(fixKinds(t), []);
    assert.equal(kind('关于查处“付费下载”侵权盗版行为的通报'), undefined);
    // A site's copy with its tag is still residue.
    assert.equal(kind('关于查处侵权盗版行为的通报（精选3篇）'), 'collection');
  });
  it('keeps a notice\'s own 温馨提示： and the tip under it', () => {
    const t = '关于做好医保电子凭证激活的通知\n\n各定点医药机构：\n\n请引导参保群众激活医保电子凭证。\n\n温馨提示：\n\n请通过官方渠道下载App，不要点击短信中的陌生链接。\n';
    assert.deepEqual(fixKinds(t), []);
  });
  it('only offers the deletion of a model text under a heading that names it (`一、版权声明参考文本`)', () => {
    const t = '关于规范政府网站版权声明的通知\n\n各部门：\n\n现就有关事项通知如下。\n\n一、版权声明参考文本\n\n本网站发布的原创信息，转载时请注明来源。\n\n二、有关要求\n\n各部门于5月31日前完成整改。\n';
    assert.deepEqual(fixKinds(t), [['本网站发布的原创信息，转载时请注明来源。', 'suggestion']]);
    // Under a heading that names no model, the same line is deleted.
    assert.deepEqual(fixKinds(t.replace('一、版权声明参考文本', '一、网站建设情况')), [['本网站发布的原创信息，转载时请注明来源。', 'safe']]);
  });
});

describe('web-residue: quotations, titles and a site report (a third tester)', () => {
  const safe = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.filter((f) => f.fix?.kind === 'safe').map((f) => text.slice(f.start, f.end));
  it('keeps a title naming site words (a 消费提示 too) and a sentence quoting them', () => {
    const t = '关于“VIP会员自动续费”问题的消费提示\n\n广大消费者：\n近期，我局接到多起关于视频网站“VIP会员自动续费”的投诉。为此，提示如下：\n一、开通会员前，仔细阅读服务协议。\n';
    assert.deepEqual(safe(t), []);
    for (const title of ['关于加强VIP会员管理的通知', '关于规范付费下载的通知', '关于整治扫码关注问题的通知', '关于开展“扫码关注、点赞转发”形式主义问题专项整治的通知']) {
      assert.equal(kind(title), undefined, title);
    }
    // A site's prompt quoting a button's label is still residue.
    assert.equal(kind('点击“阅读原文”查看更多'), 'share');
  });
  it('keeps the licence numbers among the fields of a government site\'s annual report; a footer\'s are deleted', () => {
    const report = '青山县人民政府门户网站2025年度工作报表\n\n网站名称：青山县人民政府门户网站\n首页网址：https://www.qingshan.example.gov.cn\n主办单位：青山县人民政府办公室\n网站标识码：3301000001\nICP备案号：浙ICP备12345678号\n独立用户访问总量：286000个\n';
    assert.deepEqual(safe(report), []);
    const footer = '关于做好防汛工作的通知\n\n各乡镇：\n\n请做好防汛工作。\n\n青山县人民政府办公室\n2026年6月1日\n\n主办单位：青山县人民政府办公室\n网站标识码：3301000001\nICP备案号：浙ICP备12345678号\n';
    assert.ok(safe(footer).includes('ICP备案号：浙ICP备12345678号'), safe(footer).join('|'));
  });
});

describe('web-residue: a rule\'s title, a table with tabs, a notice\'s own pointer to its account (a third tester)', () => {
  const safe = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.filter((f) => f.fix?.kind === 'safe').map((f) => text.slice(f.start, f.end));
  it('keeps a rule\'s name as its title (`……VIP会员管理办法`)', () => {
    assert.equal(kind('青山县图书馆VIP会员管理办法'), undefined);
    assert.equal(kind('付费下载服务管理规定'), undefined);
  });
  it('keeps rows of a table pasted with tabs', () => {
    const t = '青山县图书馆收费标准\n\n项目\t标准\t说明\nVIP会员\t200元/年\t含付费下载额度50次\n付费下载\t1元/篇\t非会员\n';
    assert.deepEqual(safe(t), []);
  });
  it('keeps 更多招聘信息请关注“青山人社”公众号。; a site\'s 更多精彩内容请关注公众号 is residue', () => {
    assert.equal(kind('更多招聘信息请关注“青山人社”公众号。'), undefined);
    assert.equal(kind('更多精彩内容请关注公众号'), 'related');
  });
});

describe('web-residue: a related list never reaches the 署名 and 成文日期', () => {
  it('an inline 相关链接：… heads no list; a list stops at the date line and its signature', () => {
    const lines = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(0, f.start).split('\n').length);
    const inline = '关于做好招聘报名工作的通知\n\n各单位：\n\n请做好招聘报名工作。\n\n相关链接：青山县人力资源和社会保障局网站\n\n青山县人力资源和社会保障局\n2026年5月6日\n';
    assert.deepEqual(lines(inline), [7]);
    const list = '关于做好招聘报名工作的通知\n\n各单位：\n\n请做好招聘报名工作。\n\n相关文章\n2025年招聘工作总结\n2024年招聘简章\n青山县人力资源和社会保障局\n2026年5月6日\n';
    assert.deepEqual(lines(list), [7, 8, 9]);
  });
});

describe('web-residue: a numbered list of a site above the document\'s title', () => {
  it('stops at the title (no number, the standard shape): the title is not offered for deletion', () => {
    const text = ['热门文章', '1. 2026年述职报告范文大全', '2. 党课讲稿：弘扬伟大建党精神', '3. 主题教育心得体会', '关于开展2026年度机关作风建设提升年活动的实施方案', '为进一步转变机关作风，决定开展活动。制定本方案。', ''].join('\n');
    const lines = lint(text, { language: 'plaintext' }, [webResidue]).findings.map((f) => text.slice(0, f.start).split('\n').length);
    assert.ok(!lines.includes(5), lines.join(','));
    assert.ok(lines.includes(1) && lines.includes(3), lines.join(','));
  });
});

describe('web-residue: what the app and site frames of a tenth tester hold (offered, never applied)', () => {
  const calls = (text: string) => [...classifyLines(new Source(text, 'plaintext'))].sort((a, b) => a[0] - b[0]).map(([i, c]) => `${i}:${c.kind}:${c.certainty}`);

  it('an OA 收文 form above the received document: its fields offered, its toolbar sure; a 签报 keeps its own 拟办意见', () => {
    const page = ['某县协同办公平台', '收文处理单', '收文登记号：2025-0101　　来文单位：县政府办公室', '拟办意见：请局长阅示。', '领导批示：同意。张三 3月2日', '流程跟踪　|　打印　|　关闭', '关于做好春季防火工作的通知', '各乡镇：', '　　春季风干物燥，现就有关事项通知如下。'].join('\n');
    assert.deepEqual(calls(page), ['0:software:likely', '1:software:likely', '2:software:likely', '3:software:likely', '4:software:likely', '5:share:sure']);
    const qianbao = ['签报', '拟办意见：拟同意，请局长审定。', '领导批示：同意。', '关于申请购置办公设备的请示', '县财政局：', '　　因工作需要，拟购置办公设备一批，现将有关情况请示如下。'].join('\n');
    assert.deepEqual(calls(qianbao), []);
  });
  it("an AI answer's sources and suggested questions only on a chat page; a report keeps its own 参考资料", () => {
    const chat = ['帮我写一篇防汛工作通知', '关于做好防汛工作的通知', '　　为做好今年防汛工作，现通知如下。', '参考资料', '1. 某某网：防汛工作要点', '你可能还想问：', '防汛总结怎么写？'].join('\n');
    assert.deepEqual(calls(chat), ['0:chat:sure', '3:chat:likely', '4:chat:likely', '5:chat:sure', '6:chat:likely']);
    const report = ['关于县域数字经济的调研报告', '　　近年来，我县数字经济发展较快，现将调研情况报告如下。', '参考资料', '1. 数字经济发展规划 - 国务院'].join('\n');
    assert.deepEqual(calls(report), []);
  });
  it("a forum's thread title and a short reply beside its floors, not a document's `标题：` field", () => {
    const thread = ['[打印本页]', '主题：倡议书', '楼主：清风　　发表于：2025-03-22 09:15', '节约用水倡议书', '全体干部职工：', '　　为建设节约型机关，我们倡议如下。', '1 楼：明月　　发表于：2025-03-22 10:03', '太感谢了！'].join('\n');
    const got = calls(thread);
    assert.ok(got.includes('1:post:likely') && got.includes('7:post:likely'), got.join(' '));
    assert.deepEqual(calls(['标题：关于ⅹⅹ的倡议书', '称呼：各位居民朋友', '正文'].join('\n')), []);
  });
  it("a mail's body between its subject and a signature; a transcript's words under the speaker", () => {
    const mail = ['From: 李红 <lihong@example.com>', 'Sent: Monday, May 6, 2024 3:20 PM', 'Subject: RE: 通知稿', '各位：', '　　附件为通知稿，请反馈意见。谢谢！', '李红 | 县委办综合科 | 电话：0571-63000000', '关于开展档案整理工作的通知'].join('\n');
    assert.deepEqual(calls(mail).slice(3, 5), ['3:software:likely', '4:software:likely']);
    const minutes = ['局长办公会议纪要', '　　会议研究了近期工作。', '说话人 1　00:01:23', '好，我们开始。'].join('\n');
    assert.deepEqual(calls(minutes), ['2:software:sure', '3:software:likely']);
  });
});

describe('web-residue: shapes told by their place (the tenth tester’s pages, 2026-12-02)', () => {
  const lines = (text: string) => [...residueLines(new Source(text, 'plaintext'))].sort((a, b) => a - b);
  const call = (text: string, line: number) => classifyLines(new Source(text, 'plaintext')).get(line);
  const body = ['青山县住房和城乡建设局关于开展物业服务质量评价工作的通知', '青建〔2024〕15号', '各乡镇人民政府：', '　　现将有关事项通知如下。', '', '青山县住房和城乡建设局', '2024年4月18日'];
  it('a disclosure table copied one cell per line above the title: the cells, sure; the document’s own 文号 stays', () => {
    const table = ['索引号', '11330122002489756E/2024-00187', '主题分类', '城乡建设', '发布机构', '青山县住房和城乡建设局', '成文日期', '2024-04-18', '文号', '青建〔2024〕15号', '有效性', '有效'];
    const text = [...table, ...body].join('\n');
    assert.deepEqual(lines(text), [...table.keys()]);
    assert.equal(call(text, 0)?.certainty, 'sure');
    // Without a portal's own label (a form's 名称 / 文号 / 日期): nothing.
    assert.deepEqual(lines(['名称', '某某表', '文号', '青建〔2024〕15号', '成文日期', '2024-04-18', ...body].join('\n')), []);
    // Inside the document (a 政务公开 standard's table of fields, under its lead-in): the document's.
    const rules = ['索引号', '由系统自动生成', '主题分类', '按主题词表选择', '有效性', '有效、失效、废止'];
    assert.deepEqual(lines([...body.slice(0, 4), '　　公开信息时应载明以下要素：', ...rules, '　　请各单位遵照执行。', '', ...body.slice(5)].join('\n')), []);
    assert.deepEqual(lines([...body, '', '附件', '　　信息应载明以下要素：', ...rules].join('\n')), []);
    // The last label's cell empty: the title under it is the document's.
    const open = ['索引号', '11330122002489756E/2024-00187', '主题分类', '城乡建设', '发布机构', '青山县住房和城乡建设局', '有效性'];
    assert.deepEqual(lines([...open, ...body].join('\n')), [...open.keys()]);
    // Below the document's text: offered.
    const below = [...body, '', ...table].join('\n');
    assert.equal(call(below, body.length + 1)?.certainty, 'likely');
    // As rows of tab-separated cells without colons.
    const rows = ['索引号\t11330122002489756E/2024-00187\t主题分类\t城乡建设', '发布机构\t青山县住房和城乡建设局\t文号\t青建〔2024〕15号'];
    assert.deepEqual(lines([...rows, ...body].join('\n')), [0, 1]);
    assert.deepEqual(lines(['姓名\t王明\t单位\t县财政局', '名称\t某某表\t文号\t青建〔2024〕15号', ...body].join('\n')), [], 'no portal label: a table of the document');
  });
  it('an outlet’s name opening the page over sure furniture: its masthead, offered; not over the document', () => {
    const text = ['青山新闻网', '听新闻', '00:00 / 03:12', ...body].join('\n');
    assert.deepEqual(lines(text), [0, 1, 2]);
    assert.equal(call(text, 0)?.certainty, 'likely');
    assert.deepEqual(lines(['青山日报', ...body].join('\n')), []);
  });
  it('a portal’s name and domain, a print header: sure over the document, offered below its first line', () => {
    const banner = '青山县人民政府　www.qingshan.gov.cn';
    assert.equal(call([banner, '当前位置：首页 > 政务公开 > 通知公告', ...body].join('\n'), 0)?.certainty, 'sure');
    assert.equal(call([...body, banner].join('\n'), body.length)?.certainty, 'likely');
    const header = '2024/5/6 10:12　　　　关于开展宣传周活动的通知-青山县市场监督管理局';
    assert.equal(call([header, ...body].join('\n'), 0)?.certainty, 'sure');
    assert.equal(call([...body, header].join('\n'), body.length)?.certainty, 'likely');
  });
  it('a journal page: 摘要, 关键词 and authors beside its sure fields, and its reference list; a research report’s own are left', () => {
    const head = ['县域数字乡村建设的实践与思考', '王　明1　李　红2', '（1.中共青山县委政策研究室，浙江　青山　311300；2.青山县农业农村局，浙江　青山　311300）', '摘　要：本文总结县域数字乡村建设的主要做法。', '关键词：数字乡村；乡村振兴', '中图分类号：D422.6　　文献标识码：A', '基金项目：浙江省社科联研究课题（2023N123）', '收稿日期：2024-03-12'];
    const tail = ['　　一、主要做法', '　　全县行政村5G网络实现全覆盖。', '参考文献：', '[1] 李明.数字乡村建设的县域实践[J].农村经济，2022（8）：12-18.', '[2] 张华.乡村治理数字化转型研究[M].北京：人民出版社，2021.'];
    assert.deepEqual(lines([...head, ...tail].join('\n')), [1, 2, 3, 4, 5, 6, 7, 10, 11, 12]);
    // A reference's DOI wrapped onto its own line in a research report: no journal page.
    assert.deepEqual(lines(['参考文献：', '[1] 李明.数字乡村建设的县域实践[J].农村经济，2022（8）：12-18.', 'DOI：10.16000/j.cnki.x.2022.08.003'].join('\n')), []);
    const report = ['以党建引领破解城市基层治理难题的调查与思考', '【摘要】本文以12个城市社区为样本，分析了主要做法。', '【关键词】党建引领；基层治理', '一、主要做法', '　　构建四级组织体系。', '参考文献：', '[1] 李明.数字乡村建设的县域实践[J].农村经济，2022（8）：12-18.'];
    assert.deepEqual(lines(report.join('\n')), []);
  });
  it('after the 成文日期: （完）, the site’s file list; a repeated 文号 beside a page number; swapped running headers', () => {
    assert.deepEqual(lines([...body, '（完）'].join('\n')), [7]);
    assert.deepEqual(lines(['　　某某工作取得成效。（完）', '（完）'].join('\n')), [], 'not under a date');
    assert.deepEqual(lines([...body, '附件：', '1.评价标准.docx', '2.自评表.xlsx'].join('\n')), [7, 8, 9]);
    assert.deepEqual(lines([...body.slice(0, 6), '附件：', '1.评价标准', '2.自评表'].join('\n')), [], 'the document’s own list');
    const pdf = ['青山县人民政府办公室文件', '青政办发〔2024〕21号', '关于某事的通知', '各乡镇：', '　　一、开展垃圾分类提质行动。', '— 2 —', '青政办发〔2024〕21号', '　　二、开展污水治理提升行动。'];
    assert.deepEqual(lines(pdf.join('\n')), [5, 6]);
    const gazette = ['青山市人民政府公报　　　　　　2024年第5期', '关于某事的通知', '　　一、加强监测预警。', '·23·', '2024年第5期　　　　　　青山市人民政府公报', '　　二、保障电力供应。', '·24·'];
    assert.deepEqual(lines(gazette.join('\n')), [0, 3, 4, 6]);
    assert.equal(call(gazette.join('\n'), 0)?.certainty, 'likely');
  });
  it('a wire’s lead before the text it hands over to, and 特别声明 over a site statement: offered', () => {
    const lead = '新华社北京5月6日电　经国务院同意，国务院办公厅近日印发《关于优化基层公共服务的指导意见》。全文如下：';
    const text = [lead, '国务院办公厅关于优化基层公共服务的指导意见', '各省、自治区、直辖市人民政府：', '　　现提出如下意见。'].join('\n');
    assert.deepEqual(lines(text), [0]);
    assert.equal(call(text, 0)?.certainty, 'likely');
    const statement = [...body, '特别声明', '本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，澎湃新闻仅提供信息发布平台。'].join('\n');
    assert.deepEqual(lines(statement), [7, 8]);
    assert.deepEqual(lines(['特别声明', '本次招聘不收取任何费用。'].join('\n')), []);
  });
});
