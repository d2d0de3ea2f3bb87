/**
 * A twelfth proofreader's correct documents (2026-12-02) whose lines `--fix --fix-suggestions` deleted as web residue
 * (the offered deletions): a heading or an article swept in with its neighbours, the samples a document introduces itself
 * under its own lead-in, the posts a 舆情 report quotes, what the document holds where the position passes look (its
 * attachment's table, a news office's （完）, a 学习材料's wire lead, a 简报's 【相关链接】), and data lines (a table's cell,
 * a hotline, a schedule's times, a building's floors, the attachment that holds the full text). None may be flagged; the
 * page shapes beside them still are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';

/** The texts of the web-residue findings on `text`. */
const residue = (text: string) =>
  lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'web-residue')
    .map((f) => text.slice(f.start, f.end));
/** The 1-based lines of `text` a web-residue finding stands on. */
const flaggedLines = (text: string) =>
  lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'web-residue')
    .map((f) => text.slice(0, f.start).split('\n').length);
const doc = (...lines: string[]) => lines.join('\n') + '\n';

describe('web-residue: a twelfth tester’s document lines (offered deletions)', () => {
  it('a numbered heading and an article are never a neighbour’s residue', () => {
    const plan = doc('青山县政府门户网站首页栏目调整方案', '', '四、智能问答模块', '智能问答页面设置以下功能区：', '热门问题', '猜你想问', '在线留言', '五、实施时间', '2024年7月1日前完成调整。');
    assert.deepEqual(residue(plan), []);
    const rules = doc(
      '青山县融媒体中心新闻稿件管理办法',
      '',
      '第一条　为规范新闻稿件采编发布流程，制定本办法。',
      '第三条　网站稿件正文末尾统一标注责任编辑，格式为：',
      '[责任编辑:王磊]',
      '第四条　网站页面底部统一标注版权声明：',
      '青山新闻网版权所有，未经授权不得转载。',
      '第五条　本办法自印发之日起施行。',
    );
    assert.deepEqual(residue(rules), []);
  });

  it('the samples a document introduces under its own lead-in', () => {
    const samples: string[][] = [
      ['新版网站按照适老化和无障碍改造要求，在页头右侧设置工具条，依次为：', '无障碍 | 长者模式 | 繁體 | English', '其中，“长者模式”放大字体和按钮。'],
      ['新版网站在页面底部保留“我为政府网站找错”入口：', '【我为政府网站找错】'],
      ['网站已完成IPv6改造，页面底部标注以下字样：', '网站支持IPv6'],
      ['调整后首页导航栏依次设置以下栏目：', '首页 | 政务公开 | 政务服务 | 互动交流 | 走进青山'],
      ['页脚设置以下链接：', '关于我们 | 联系我们 | 网站地图 | 法律声明'],
      ['文章页底部设置以下功能按钮：', '打印本页　关闭窗口', '字体：小 中 大'],
      ['（一）推文文末统一标注工作人员信息，格式如下：', '编辑：陈静　审核：王建国　监制：李红梅'],
      ['“青山发布”统一入驻以下平台：', '微信公众号', '抖音', 'bilibili', '学习强国'],
      ['第四条　对外发送含有工作秘密的邮件，应当在正文末尾加注以下提示：', '本邮件及其附件含有保密信息，仅限指定收件人使用。'],
      ['批注应当指明问题并提出修改意见，示例如下：', '批注 [A1]: 请核实2023年发文数量，与统计表不一致。'],
      ['在共享文档中征求意见时，可以使用“@”功能提醒相关人员，例如：', '@刘晓燕 请于今天下班前反馈意见'],
      ['通过工作群传输的文件，群内显示格式如下：', '[文件] 关于做好2024年防汛防台工作的通知.docx 32KB', '接收人应及时下载查阅。'],
      ['误发信息应在2分钟内撤回，群内将显示：', '[刘晓燕撤回了一条消息]'],
      ['转发好文章时，系统会自动生成以下分享语：', '我在学习强国看到一篇好文章，推荐给你', '请勿将上述分享链接转发至非工作群。'],
      ['其中，传播效果指标包括以下四项：', '阅读量　点赞数　转发数　评论数'],
      ['第三条　审核人员应当在信息发布审核单上签署意见。审核单签署示例如下：', '初审：陈静', '复审：王建国', '终审：李红梅'],
      ['常见诈骗话术：', '私信客服免费领取补贴', '点击领取个人所得税退税'],
      ['全年共发布政策解读86篇，解读形式包括：', '文字解读　图片解读　视频解读'],
      ['解读推文发布后，网友纷纷留言：', '写得真好！', '非常实用，已收藏'],
      ['第二条　使用生成式人工智能辅助生成的，应当在内容末尾显著位置标注，标注示例如下：', '以上内容由AI生成，请注意核实'],
      ['2024年5月6日10时12分，该单位工作人员收到一封仿冒邮件，邮件信息如下：', '发件人：admin@qingshan-gov.cn.mail-notice.com', '发送时间：2024年5月6日 10:12', '主题：关于2024年度工资调整的通知', '附件：工资调整明细表.zip'],
      ['部分网站存在错链、断链问题。各网站首页检查结果如下（错链数/检查链接数）：', 'https://www.qingshan.gov.cn/　　3/120', 'https://fgj.qingshan.gov.cn/　　5/86'],
    ];
    for (const s of samples) {
      const text = doc('关于做好政府网站和政务新媒体工作的通知', '', '各单位：', '为做好有关工作，现将有关事项通知如下：', '一、有关要求', ...s, '二、工作要求', '各单位要抓好落实。');
      assert.deepEqual(residue(text), [], s[0]);
    }
  });

  it('the rows of a 时间线 in a print header’s shape', () => {
    const text = doc('关于一起仿冒邮件网络攻击事件的通报', '', '各单位：', '现将有关情况通报如下。', '二、时间线', '2024/5/6 10:12　　收到仿冒邮件-某单位', '2024/5/6 10:20　　运行恶意程序-某单位', '2024/5/6 14:30　　监测发现异常外联-市监测中心', '三、工作要求', '各单位要提高警惕。');
    assert.deepEqual(residue(text), []);
  });

  it('posts and their data quoted in a report on online opinion', () => {
    const report = doc(
      '关于“石桥村道路施工扰民”网络舆情的分析报告',
      '',
      '一、舆情概况',
      '5月6日，网民“山水青山”在本地论坛发帖，反映石桥村道路施工夜间作业扰民。',
      '二、网民主要观点',
      '网友abc123：晚上十一点还在打桩，孩子根本睡不着。',
      '5-6 22:40 · 浙江',
      '3天前 · 浙江',
      '三、处置情况',
      '县住房城乡建设局约谈施工单位。',
    );
    assert.deepEqual(residue(report), []);
    const wenzheng = doc('关于“石桥路积水”网络问政事项办理情况的报告', '', '县委网信办：', '现将有关情况报告如下：', '一、问政内容', '原帖由网民“青山居民”于2024年3月22日发表', '帖子反映：石桥路与人民路交叉口每逢下雨严重积水。', '二、办理情况', '已完成管网疏通。');
    assert.deepEqual(residue(wenzheng), []);
    const speech = doc('在全县“12345”热线工作推进会上的讲话', '', '同志们：', '前几天，我在“书记县长信箱”里看到一条网友留言，我给大家念一念：', '网友qsm2024：家门口的路灯坏了两个月，可就是没人来修。', '这条留言虽然只有几十个字，却让我坐立不安。');
    assert.deepEqual(residue(speech), []);
  });

  it('what the document holds where the position passes look', () => {
    const attached = doc(
      '关于做好2024年政务公开重点工作的实施方案',
      '',
      '一、规范公开目录著录',
      '公开目录应完整著录索引号、主题分类、发布机构、成文日期、文号和有效性等要素。',
      '',
      '附件：政府信息公开目录著录要素表',
      '',
      '附件',
      '',
      '政府信息公开目录著录要素表',
      '',
      '索引号',
      '001234567/2024-00012',
      '主题分类',
      '综合政务',
      '发布机构',
      '青山县人民政府办公室',
      '有效性',
      '有效',
    );
    assert.deepEqual(residue(attached), []);
    const release = doc('青山县召开2024年优化营商环境大会', '', '5月10日，青山县召开2024年优化营商环境大会，总结去年工作，部署今年任务。', '会上，5个单位作了表态发言。', '', '青山县人民政府新闻办公室', '2024年5月10日', '（完）');
    assert.deepEqual(residue(release), []);
    const study = doc('理论学习中心组学习材料', '', '2024年第6期', '', '关于进一步优化政务服务提升行政效能的指导意见', '', '新华社北京1月16日电　近日，中共中央办公厅、国务院办公厅印发了《关于进一步优化政务服务提升行政效能的指导意见》。全文如下：', '优化政务服务、提升行政效能，对于更好利企便民具有重要意义。', '', '县委办公室编印');
    assert.deepEqual(residue(study), []);
    const briefing = doc('政务信息', '', '第12期', '', '我县扎实推进“千万工程”', '', '今年以来，我县深入学习运用“千万工程”经验，全域推进和美乡村建设。', '【相关链接】', '“千万工程”即“千村示范、万村整治”工程，2003年起在浙江实施。', '', '报：市政府办公室', '送：县委办公室', '发：各乡镇人民政府');
    assert.deepEqual(residue(briefing), []);
  });

  it('data lines: a table’s cell, a hotline, a schedule’s times, a building’s floors, the attachment with the full text', () => {
    const report = doc('青山县人民政府2023年政府信息公开工作年度报告', '', '二、主动公开政府信息情况', '第二十条第（五）项', '信息内容', '本年处理决定数量', '行政许可', '1862', '三、收到和处理政府信息公开申请情况', '本年新收申请35件。');
    assert.deepEqual(residue(report), []);
    const hotline = doc('关于公布政务服务便民热线号码的通告', '', '为方便群众咨询、投诉和求助，现公布热线号码。', '政务服务便民热线', '12345', '热线实行7×24小时人工服务。');
    assert.deepEqual(residue(hotline), []);
    const meeting = doc('关于召开全县安全生产工作会议的通知', '', '各乡镇人民政府：', '经研究，决定召开全县安全生产工作会议。', '报到时间　2024-06-03 14:00', '会议时间　2024-06-04 08:30', '请准时参会。');
    assert.deepEqual(residue(meeting), []);
    const patrol = doc('青山县行政服务中心消防安全巡查记录', '', '巡查人：陈静。', '2楼　2024-05-06　灭火器压力正常', '3楼　2024-05-06　疏散指示标志损坏1处，已报修', '5楼　2024-05-06　安全出口畅通');
    assert.deepEqual(residue(patrol), []);
    const consult = doc('关于公开征求《青山县城市绿化管理办法（征求意见稿）》意见的公告', '', '为提高立法质量，现将《青山县城市绿化管理办法（征求意见稿）》全文公布，征求社会各界意见。', '（全文共8页，详见附件）', '征求意见时间为2024年6月1日至6月30日。');
    assert.deepEqual(residue(consult), []);
  });

  it('the page shapes beside them are still residue', () => {
    // A forum's floor with its time, alone; two chat headers; a lone page number; （完） under a notice's date; a page's pager.
    assert.deepEqual(flaggedLines(doc('关于某事的通知', '各单位：', '正文一句。', '2楼　2023-11-02 21:40', '正文二句。')), [4]);
    assert.deepEqual(flaggedLines(doc('王主任 11-20 09:15', '收到', '李科长 11-20 09:16', '正文一句。')), [1, 2, 3]);
    assert.deepEqual(flaggedLines(doc('第一段正文。', '47', '第二段正文。')), [2]);
    assert.deepEqual(flaggedLines(doc('青山县住房和城乡建设局关于开展物业服务质量评价工作的通知', '各乡镇人民政府：', '　　现将有关事项通知如下。', '', '青山县住房和城乡建设局', '2024年4月18日', '（完）')), [7]);
    assert.ok(residue(doc('关于某事的通知', '正文一句。', '（全文共8页，当前为第1页）')).length > 0);
    // Furniture sure by its words under a sentence ending in a colon that introduces nothing of the document's.
    assert.ok(residue(doc('关于某事的通知', '', '正文一句。', '更多精彩内容请关注：', '本站部分内容来自网络，如有侵权请联系删除。')).length > 0);
    // Words no document quotes stay residue even right under a lead-in of the document's.
    for (const line of ['本站部分内容来自网络，如有侵权请联系删除。', '还剩5页未读，继续阅读', '更多范文请访问本站首页'])
      assert.deepEqual(residue(doc('关于某事的通知', '', '各单位：', '各单位要按照以下要求做好工作：', line, '一、提高认识')), [line], line);
    // A disclosure table at the end of the page with no attachment above it.
    const panel = doc('关于某事的通知', '', '各单位：', '　　现将有关事项通知如下。', '', '青山县人民政府办公室', '2024年3月15日', '', '索引号', '001234567/2024-00012', '主题分类', '综合政务', '发布机构', '青山县人民政府办公室', '有效性', '有效');
    assert.ok(flaggedLines(panel).includes(9));
  });
});
