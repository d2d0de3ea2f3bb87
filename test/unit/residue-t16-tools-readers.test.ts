/**
 * A sixteenth tester's tools and readers (test/template-pages/t16, 2026-12-02): a meeting recorder's 智能纪要 whose transcript is
 * the document, AI assistants' chrome (Copilot, 秘塔, WPS AI, 讯飞星火, Gemini), question banks and how-tos (粉笔, 百度经验),
 * e-book readers (微信读书, Kindle, an epub), audio platforms, office and editor chrome (Word Online, Notion, 幕布, 135编辑器,
 * Word's tracked changes), digital newspapers, and 意见征集 and sign-up forms (residue.ts). Each kind is read in other tools'
 * wording too; and a document's own lines that share the words stay: a 通知's 联系人/电话, a speech's 点赞, a 读书 talk
 * citing an ISBN, a notice citing a URL, 附件, 署名, dates, a training material's own 【参考答案】.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

/** The lines (trimmed) of `text` a web-residue finding reports, each with its fix's kind: `text\tsafe`. */
function reported(text: string): string[] {
  const r = lint(text, { language: 'plaintext' });
  return r.findings
    .filter((f) => f.rule === 'web-residue')
    .map((f) => {
      const l = r.source.lines[r.source.lineAt(f.start).index];
      return `${text.slice(l.start, l.end).trim()}\t${f.fix?.kind}`;
    });
}

/** `text` after the safe web-residue fixes (what plain `--fix` applies). */
function fixed(text: string): string {
  return fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
}

const has = (found: string[], line: string, kind: 'safe' | 'suggestion') => assert.ok(found.includes(`${line}\t${kind}`), `${line} (${kind})\n${found.join('\n')}`);
const lacks = (found: string[], line: string) => assert.ok(!found.some((l) => l.startsWith(`${line}\t`)), `reported: ${line}\n${found.join('\n')}`);

describe('web-residue: a transcript whose spoken lines are the document', () => {
  it('a 智能纪要 of a speech: only the speakers\' stamps go; the words stay, and --fix keeps every spoken line', () => {
    const page = [
      '以下内容由AI生成，请注意甄别',
      '发言人3　00:01:26',
      '同志们，今天这个会主要是把秋冬季防火工作再压一压。时间紧，任务重。',
      '第一，隐患排查要见底。上次检查发现的问题，本周内全部整改到位。',
      '发言人3　00:03:58',
      '第二，值班值守要落实。各单位要落实专人，每天巡查。',
      '发言人1　00:06:12',
      '好，谢谢书记，下面请各单位抓好落实，散会。',
      '导出　分享　复制全文',
    ].join('\n');
    const found = reported(page);
    has(found, '发言人3　00:01:26', 'safe');
    has(found, '发言人1　00:06:12', 'safe');
    for (const said of ['同志们，今天这个会', '第一，隐患排查', '第二，值班值守', '好，谢谢书记']) assert.ok(!found.some((l) => l.startsWith(said)), `${said}\n${found.join('\n')}`);
    const out = fixed(page);
    for (const said of ['同志们，今天这个会', '第一，隐患排查', '第二，值班值守', '好，谢谢书记，下面请各单位抓好落实，散会。']) assert.ok(out.includes(said), out);
    assert.ok(!out.includes('发言人3'), out);
  });
  it('a transcript appended under the document (a 纪要 above it): its words are offered, not deleted', () => {
    const page = ['局长办公会议纪要', '　　会议研究了近期重点工作，议定事项如下。', '　　一、同意机关食堂改造方案。', '说话人 1　00:01:23', '好，我们开始开会，今天主要议三个事。', '分享　　导出　　复制链接'].join('\n');
    const found = reported(page);
    has(found, '说话人 1　00:01:23', 'safe');
    has(found, '好，我们开始开会，今天主要议三个事。', 'suggestion');
    lacks(found, '　　会议研究了近期重点工作，议定事项如下。'.trim());
    assert.ok(fixed(page).includes('好，我们开始开会'));
  });
});

/** A page: the furniture lines around a short document of the writer's own. */
const DOC = ['在全县森林防火工作会议上的讲话', '同志们：', '　　今天召开会议，主要是安排部署今冬明春森林防火工作。', '　　各乡镇要压实责任，确保不发生重大森林火灾。', '　　谢谢大家！'];
const page = (top: string[], bottom: string[]) => [...top, ...DOC, ...bottom].join('\n') + '\n';
/** The document's own lines stay after plain `--fix`. */
const keepsDocument = (text: string) => {
  const out = fixed(text);
  for (const line of DOC) assert.ok(out.includes(line), `lost: ${line}\n${out}`);
  return out;
};

describe('web-residue: AI assistants\' chrome', () => {
  it('Copilot, 秘塔, WPS AI, 讯飞星火 and other assistants\' wording: sure by its words', () => {
    const text = page(
      ['Copilot', '正在为你生成答案…', '当然！下面是一份讲话稿，供你参考¹²：'],
      ['了解详细信息:', '1. gov.cn', '2. zhuanlan.zhihu.com', '+2 更多', '问我任何问题...', '内容由讯飞星火大模型生成，请仔细甄别', '回答由文心大模型生成，请注意甄别', '以上内容为AI生成，不代表开发者立场', '本次使用消耗 1 次 AI 权益，剩余 19 次', '保留　弃用　重写', '起草　|　续写　|　扩写　|　润色　|　改写', '调整：更正式　更简洁　更详细', '正在搜索网页...', '在这里输入提示', '给 Kimi 发送消息', '这个回答对你有帮助吗？'],
    );
    const found = reported(text);
    for (const line of ['正在为你生成答案…', '当然！下面是一份讲话稿，供你参考¹²：', '了解详细信息:', '+2 更多', '问我任何问题...', '内容由讯飞星火大模型生成，请仔细甄别', '回答由文心大模型生成，请注意甄别', '以上内容为AI生成，不代表开发者立场', '本次使用消耗 1 次 AI 权益，剩余 19 次', '保留　弃用　重写', '起草　|　续写　|　扩写　|　润色　|　改写', '调整：更正式　更简洁　更详细', '正在搜索网页...', '在这里输入提示', '给 Kimi 发送消息', '这个回答对你有帮助吗？']) has(found, line, 'safe');
    // The numbered sources under the header (offered by their place, or deleted between sure lines).
    for (const line of ['1. gov.cn', '2. zhuanlan.zhihu.com']) assert.ok(found.some((l) => l.startsWith(`${line}\t`)), line);
    const out = keepsDocument(text);
    assert.ok(!out.includes('弃用') && !out.includes('讯飞星火'), out);
  });
  it('秘塔\'s sources with their sites, its tabs and the follow-up questions', () => {
    const text = page(['帮我写一篇森林防火讲话稿', '简洁　深入　研究', '来源 15', '1. 2026年森林防火工作讲话 - 范文网', '2. 森林防火讲话稿(精选8篇) - 某某文库', '大纲　脑图　相关事件'], ['以上内容由AI生成，仅供参考', '相关问题', '森林防火讲话怎么开头？']);
    const found = reported(text);
    has(found, '来源 15', 'safe');
    has(found, '大纲　脑图　相关事件', 'safe');
    assert.ok(found.some((l) => l.startsWith('1. 2026年森林防火工作讲话 - 范文网\t')), found.join('\n'));
    has(found, '森林防火讲话怎么开头？', 'suggestion');
    keepsDocument(text);
  });
  it('a model\'s warning, a guideline\'s sentence about AI: only beside other furniture', () => {
    const guideline = ['关于规范使用生成式人工智能工具的通知', '各科室：', 'ChatGPT可能会生成不准确的信息，使用时须人工核实。', '　　特此通知。'].join('\n');
    assert.deepEqual(reported(guideline), []);
    const chat = page(['Gemini'], ['Gemini 可能会显示不准确的信息（包括关于人物的信息），因此请仔细核查其回答。', 'AI 生成的内容可能不正确。', '修改回答', '在这里输入提示']);
    has(reported(chat), 'Gemini 可能会显示不准确的信息（包括关于人物的信息），因此请仔细核查其回答。', 'safe');
    has(reported(chat), 'AI 生成的内容可能不正确。', 'safe');
    assert.deepEqual(reported(['关于规范使用生成式人工智能工具的通知', '各科室：', 'AI生成的内容可能不准确，使用时须人工核实。', '　　特此通知。'].join('\n')), []);
  });
});

describe('web-residue: question banks and how-tos', () => {
  it('a bank\'s toolbar and counters; its 【参考答案】 and 【解析】 offered, with the analysis under it', () => {
    const text = page(['题库 > 申论 > 2026年某省公务员录用考试', '第4题　|　应用文写作　|　25分', '假定你是某县林业局局长，请根据给定资料，写一篇讲话稿。（500字左右）', '我的答案　未作答', '【参考答案】'], ['【解析】', '本题为讲话稿写作，需注意称谓、开头点题、主体分条、结尾号召。', '全站正确率：-　|　易错项：格式不完整', '收藏本题　|　纠错　|　笔记', '讨论区（326）', '上一题　下一题　交卷']);
    const found = reported(text);
    for (const line of ['全站正确率：-　|　易错项：格式不完整', '收藏本题　|　纠错　|　笔记', '讨论区（326）', '上一题　下一题　交卷', '第4题　|　应用文写作　|　25分', '我的答案　未作答']) has(found, line, 'safe');
    has(found, '【参考答案】', 'suggestion');
    has(found, '假定你是某县林业局局长，请根据给定资料，写一篇讲话稿。（500字左右）', 'suggestion');
    has(found, '【解析】', 'suggestion');
    has(found, '本题为讲话稿写作，需注意称谓、开头点题、主体分条、结尾号召。', 'suggestion');
    keepsDocument(text);
  });
  it('百度经验\'s sections, counters, END and its notes', () => {
    const text = page(['工具/原料', '方法/步骤'], ['END', '注意事项', '讲话要简短', '经验内容仅供参考，如果您需解决具体问题，建议您详细咨询相关领域专业人士。', '作者声明：本篇经验系本人依照真实经历原创，未经许可，谢绝转载。', '投票(32)　已投票(32)', '有得(0)', '我有疑问(0)']);
    const found = reported(text);
    for (const line of ['工具/原料', '方法/步骤', '有得(0)', '我有疑问(0)', '投票(32)　已投票(32)', '经验内容仅供参考，如果您需解决具体问题，建议您详细咨询相关领域专业人士。']) has(found, line, 'safe');
    has(found, 'END', 'safe');
    for (const line of ['注意事项', '讲话要简短']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('a training material\'s own 【参考答案】 and 【解析】 stay, even on a page with a site\'s furniture', () => {
    const material = ['公文写作培训练习题', '一、请根据材料拟写一则会议通知。', '【参考答案】', '关于召开全县安全生产工作会议的通知', '各乡镇人民政府：', '　　定于12月10日召开全县安全生产工作会议。', '【解析】', '会议通知应写明时间、地点、参会人员。'];
    assert.deepEqual(reported(material.join('\n')), []);
    const found = reported(['首页 > 资料下载 > 正文', ...material].join('\n'));
    for (const line of ['【参考答案】', '【解析】', '会议通知应写明时间、地点、参会人员。']) lacks(found, line);
    // (A site's footer `版权所有 侵权必究` is no reader's licence: the material's headings stay.)
    const site = reported([...material, '版权所有 侵权必究', 'Copyright © 2026 某某范文网'].join('\n'));
    for (const line of ['【参考答案】', '【解析】', '会议通知应写明时间、地点、参会人员。']) lacks(site, line);
  });
});

describe('web-residue: e-book readers', () => {
  it('微信读书\'s licence and progress sure; its buttons and page counter offered', () => {
    const text = page(['微信读书', '阅读进度 38%'], ['划线', '想法 23', '写想法', '37 / 212', '本书由某某出版社授权微信读书电子版制作与发行', '版权所有·侵权必究']);
    const found = reported(text);
    has(found, '阅读进度 38%', 'safe');
    has(found, '想法 23', 'safe');
    has(found, '本书由某某出版社授权微信读书电子版制作与发行', 'safe');
    for (const line of ['划线', '写想法', '37 / 212']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('an epub\'s copyright page next to its licence line: its fields offered, ISBN included', () => {
    const text = page(['版权信息', '书名：机关公文写作范本精选', '作者：本书编写组', 'ISBN：978-7-5000-0000-0', '本书由某某文艺出版社授权掌阅科技电子版制作与发行', '【范例】'], ['【评析】', '这篇讲话篇幅短小，按三层展开。']);
    const found = reported(text);
    has(found, '本书由某某文艺出版社授权掌阅科技电子版制作与发行', 'safe');
    for (const line of ['版权信息', '书名：机关公文写作范本精选', 'ISBN：978-7-5000-0000-0', '【范例】', '【评析】', '这篇讲话篇幅短小，按三层展开。']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('a Kindle file\'s separators and titles over its locations, and a note\'s text', () => {
    const text = ['读书笔记 (某某)', '- 您在位置 #1021-1024的标注 | 添加于 2026年11月3日星期二 下午9:12:05', '', ...DOC, '==========', '读书笔记 (某某)', '- 您在第 12 页（位置 #180-182）的笔记 | 添加于 2026年11月3日星期二 下午9:14:02', '', '这里可以改成我们局', '=========='].join('\n');
    const found = reported(text);
    has(found, '- 您在位置 #1021-1024的标注 | 添加于 2026年11月3日星期二 下午9:12:05', 'safe');
    has(found, '读书笔记 (某某)', 'suggestion');
    has(found, '==========', 'suggestion');
    has(found, '这里可以改成我们局', 'suggestion');
    keepsDocument(text);
  });
  it('a Kindle location line after a clipping that ends in a colon: still the file\'s, not a sample the text quotes', () => {
    const text = ['倡议书 (手册)', '- 您在位置 #1026-1031的标注 | 添加于 2026年11月3日星期二 下午9:12:40', '', '　　我们向全市机关干部职工发出如下倡议：', '==========', '倡议书 (手册)', '- 您在位置 #1032-1040的标注 | 添加于 2026年11月3日星期二 下午9:13:18', '', '　　一、节约每一度电。'].join('\n');
    has(reported(text), '- 您在位置 #1032-1040的标注 | 添加于 2026年11月3日星期二 下午9:13:18', 'safe');
    const out = fixed(text);
    assert.ok(out.includes('我们向全市机关干部职工发出如下倡议：') && out.includes('一、节约每一度电。'), out);
  });
  it('a 读书 speech citing an ISBN and a book\'s title keeps them', () => {
    const speech = ['在全市读书分享会上的讲话', '同志们：', '　　今天向大家推荐一本书。', '书名：乡村振兴案例选编', 'ISBN：978-7-01-000000-0', '　　希望大家认真研读，学以致用。', '　　谢谢大家！'].join('\n');
    assert.deepEqual(reported(speech), []);
    assert.deepEqual(reported(['首页 > 讲话稿 > 正文', speech].join('\n')).filter((l) => /ISBN|书名/.test(l)), []);
    // In a reader, away from its licence line: the speech's own.
    assert.deepEqual(reported(['阅读进度 38%', speech, '划线', '本书由某某出版社授权微信读书电子版制作与发行'].join('\n')).filter((l) => /ISBN|书名/.test(l)), []);
    assert.ok(fixed(['阅读进度 38%', speech].join('\n')).includes('ISBN：978-7-01-000000-0'));
  });
});

describe('web-residue: audio and transcript chrome', () => {
  it('a player\'s counters and speed sure; its 文稿 heading and chapter marks offered', () => {
    const text = page(['喜马拉雅', '播放 2.3万　|　时长 09:16', '收听 8654　评论 36', '1.0X　倍速', '订阅　分享　下载', '文稿'], ['00:00 讲稿开头', '03:42 第二部分']);
    const found = reported(text);
    for (const line of ['播放 2.3万　|　时长 09:16', '收听 8654　评论 36', '1.0X　倍速']) has(found, line, 'safe');
    for (const line of ['文稿', '00:00 讲稿开头', '03:42 第二部分']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('an episode\'s blurb under 声音简介, a course\'s 上一讲　下一讲', () => {
    const text = page(['播放 1.2万　|　时长 12:30', '已播放 3.2万次', '声音简介', '今天给大家读一篇会议讲话，结构完整，可以参考。', '文稿'], ['上一讲　下一讲', '上一集　下一集']);
    const found = reported(text);
    for (const line of ['声音简介', '今天给大家读一篇会议讲话，结构完整，可以参考。', '文稿']) has(found, line, 'suggestion');
    for (const line of ['上一讲　下一讲', '上一集　下一集', '已播放 3.2万次']) has(found, line, 'safe');
    keepsDocument(text);
  });
  it('a recorder\'s to-do list and chapters offered', () => {
    const text = ['腾讯会议', '某某调度会　|　2026/11/25 15:00-15:48　|　时长 48分钟', '会议章节', '00:00　会议开始', '发言人3　00:01:26', '同志们，今天这个会主要是部署防火工作。各单位要落实责任。', '待办事项', '□ 各单位本周内完成隐患整改（负责人：各单位）', '纪要对你有帮助吗？'].join('\n');
    const found = reported(text);
    has(found, '纪要对你有帮助吗？', 'safe');
    for (const line of ['会议章节', '00:00　会议开始', '待办事项', '□ 各单位本周内完成隐患整改（负责人：各单位）']) has(found, line, 'suggestion');
    lacks(found, '同志们，今天这个会主要是部署防火工作。各单位要落实责任。');
  });
  it('a meeting\'s agenda keeps its times', () => {
    const agenda = ['关于召开全县防火工作会议的通知', '各乡镇：', '　　现将会议议程通知如下：', '09:00　会议开始', '09:10　县林业局通报情况', '10:00　县领导讲话', '　　特此通知。'].join('\n');
    assert.deepEqual(reported(agenda), []);
    assert.deepEqual(reported(['首页 > 通知公告 > 正文', agenda].join('\n')).filter((l) => /^\d/.test(l)), []);
  });
});

describe('web-residue: office and editor chrome', () => {
  it('Word Online\'s status bar, Notion\'s properties and prompts, a mind map\'s lines, tracked changes', () => {
    const text = page(['Created by\t王晓燕', 'Status\tDone', '文件　开始　插入　布局　引用　审阅　视图　帮助', '编辑 ▾　　共享　　注释', 'JIANGHUA　讲话精选'], ['删除的内容: 38', '插入的内容: 各乡镇', '答复 [WL3]: 同意，已改', '第 1 页，共 1 页', '512 个字', '中文(中国)', '文本预测：开', '辅助功能：调查', '给 Microsoft 提供反馈', '100%', 'Type \'/\' for commands', 'Add a property', '+ 添加子主题', '登录幕布，创建你的第一个文档', 'PREVIOUS RECOMMENDATIONS']);
    const found = reported(text);
    for (const line of ['Created by\t王晓燕', 'Status\tDone', '删除的内容: 38', '插入的内容: 各乡镇', '答复 [WL3]: 同意，已改', '512 个字', '中文(中国)', '文本预测：开', '辅助功能：调查', '给 Microsoft 提供反馈', 'Type \'/\' for commands', 'Add a property', '+ 添加子主题', '登录幕布，创建你的第一个文档', 'PREVIOUS RECOMMENDATIONS', '文件　开始　插入　布局　引用　审阅　视图　帮助']) has(found, line, 'safe');
    has(found, '100%', 'suggestion');
    keepsDocument(text);
  });
  it('an editor\'s credits between bars, its empty template text, a mind map\'s bar', () => {
    const text = page(['本文由135编辑器提供技术支持', '思维导图　|　分享　|　导出', '在此处输入正文内容，可以直接替换文字'], ['往期推荐', '图片｜网络　文字｜青山镇党政办', '编辑｜李晓　审核｜王强', '长按二维码关注我们']);
    const found = reported(text);
    for (const line of ['图片｜网络　文字｜青山镇党政办', '编辑｜李晓　审核｜王强', '思维导图　|　分享　|　导出', '在此处输入正文内容，可以直接替换文字']) assert.ok(found.some((l) => l.startsWith(`${line}\t`)), `${line}\n${found.join('\n')}`);
    keepsDocument(text);
    // A document's table with bars stays a table.
    const table = ['关于报送材料的通知', '各科室：', '姓名 | 材料 | 日期', '张三 | 工作总结 | 2026-01-05', '李四 | 述职报告 | 2026-01-06'].join('\n');
    assert.deepEqual(reported(table), []);
  });
  it('a document\'s own 100%, 字数 and English heading stay without such chrome', () => {
    const doc = ['关于报送年度统计数据的通知', '各科室：', '　　请于12月10日前报送。', '完成率', '100%', '字数：3000字左右', 'Status: Completed', '　　特此通知。'].join('\n');
    assert.deepEqual(reported(doc), []);
  });
});

describe('web-residue: digital newspapers', () => {
  it('the edition line, the jump lines, the page\'s credits and navigation; the titles under 本版标题导航 offered', () => {
    const text = page(['青山日报数字报', '2026年11月27日　星期五　第03版：要闻', '第A03版：要闻', '上一版　下一版　|　版面导航　|　往期回顾', '放大　缩小　默认'], ['（下转第四版）', '（上接第1版）', '本版责编：李娟　美编：张涛　校对：王芳', '本版标题导航', '我市新增专精特新企业5家', '全市森林防火工作会议召开']);
    const found = reported(text);
    for (const line of ['2026年11月27日　星期五　第03版：要闻', '第A03版：要闻', '上一版　下一版　|　版面导航　|　往期回顾', '放大　缩小　默认', '（下转第四版）', '（上接第1版）', '本版责编：李娟　美编：张涛　校对：王芳', '本版标题导航']) has(found, line, 'safe');
    for (const line of ['我市新增专精特新企业5家', '全市森林防火工作会议召开']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('a 简报 citing a newspaper\'s page keeps the line', () => {
    const doc = ['工作简报', '　　我县经验做法刊发于《青山日报》2026年11月27日第03版。', '编辑：王明　审核：李华'].join('\n');
    assert.deepEqual(reported(doc), []);
  });
});

describe('web-residue: forms and 意见征集 pages', () => {
  it('the form\'s state, its fields with 验证码, its buttons; the bare field names under its cue offered', () => {
    const text = page(['征集状态：进行中'], ['我要留言', '姓名：　　　联系电话：　　　验证码：', '看不清？换一张', '提交　重置', '点击报名', '姓名', '单位', '联系电话', '提交', '易企秀提供技术支持　|　我也要免费制作']);
    const found = reported(text);
    for (const line of ['征集状态：进行中', '姓名：　　　联系电话：　　　验证码：', '看不清？换一张', '易企秀提供技术支持　|　我也要免费制作', '提交　重置', '我要留言', '点击报名']) has(found, line, 'safe');
    for (const line of ['姓名', '单位', '联系电话', '提交']) has(found, line, 'suggestion');
    keepsDocument(text);
  });
  it('an H5 invitation\'s swipe prompt, music toggle and map prompt', () => {
    const text = page(['音乐', '上滑查看更多'], ['长按识别二维码　一键导航', '易企秀提供技术支持　|　我也要免费制作']);
    const found = reported(text);
    has(found, '音乐', 'suggestion');
    has(found, '长按识别二维码　一键导航', 'safe');
    keepsDocument(text);
  });
  it('a notice\'s own contact lines, URL, 附件, 署名 and date stay', () => {
    const doc = ['关于公开征求意见的公告', '　　现向社会公开征求意见，详见市政府门户网站（www.example.gov.cn）。', '　　联系人：王磊，电话：0731-8566103', '　　我要为大家的辛勤付出点赞！', '附件：1．征求意见稿', '姓名', '单位', '联系电话', '青山市城市管理局', '2026年11月20日'].join('\n');
    assert.deepEqual(reported(doc), []);
    const out = fixed(['首页 > 意见征集 > 正文', doc].join('\n'));
    for (const line of ['联系人：王磊', 'www.example.gov.cn', '点赞', '附件：1．征求意见稿', '青山市城市管理局', '2026年11月20日']) assert.ok(out.includes(line), `${line}\n${out}`);
  });
});
