/**
 * A thirteenth tester's tool and app chrome (2026-12-02, /work/tester13): the patterns read for a phone's status bar, a
 * clipboard manager, a chat window, a blog's counters, note-app exports, encyclopedia entries, OCR, voice-input and
 * translation tools and slide exports (residue.ts) must leave a document's own lines that share their words: a schedule's
 * times, a sentence naming a tool, a field labelled in Chinese, a bilingual document's English lines and its 原文/译文
 * headings, a table's `备注：`. Each is checked in a minimal document: no web-residue finding reports it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { classifyResidue, residueText } from '../../server/src/core/residue';

/** The lines (trimmed) of `text` a web-residue finding reports. */
function reported(text: string): string[] {
  const r = lint(text, { language: 'plaintext' });
  return r.findings
    .filter((f) => f.rule === 'web-residue')
    .map((f) => {
      const l = r.source.lines[r.source.lineAt(f.start).index];
      return text.slice(l.start, l.end).trim();
    });
}

const HEAD = '关于做好2026年度有关工作的通知\n\n各科室、各直属单位：\n\n　　为做好有关工作，现将有关事项通知如下。\n\n';
const TAIL = '\n\n　　特此通知。\n\n某某县人民政府办公室\n2026年12月2日\n';

const documents: Array<[string, string[]]> = [
  // A schedule's times and what follows them.
  ['会议议程', ['9:30　签到', '10:30　分组讨论', '09:00　来自各乡镇的代表报到', '14:00　图片展参观']],
  // Sentences and fields naming a tool, a chat or a recording.
  ['工作要求', ['　　请按住按钮说话，保持语速平稳。', '　　识别准确率应达到95%以上。', '已确认参会人员：45人', '　　以下为本次会议新增议题：', '翻译服务：提供中英文互译', '笔记本电脑：5台', '录音文件由办公室统一保存。', '群公告由各科室负责人发布。']],
  // A column's first publication, a blog's words in a sentence.
  ['来源说明', ['首发于《人民日报》2025年3月2日第5版', '暂无', '编辑：王明', '编辑', '参考资料']],
  // A bilingual document's English lines and headings.
  ['双语对照', ['原文', '译文', 'Notice on Further Strengthening Foreign Affairs Reception Work', 'All departments:', 'Status: Completed', 'Created by the General Office', 'Original Text', '中文 — 英文']],
  // A table's notes and a slide deck named in text.
  ['附表', ['备注：', '　　幻灯片制作由办公室负责。', '第3张照片为现场图片。', '第 3 张表格见附件。', '一', '（章印）']],
];

describe('web-residue: a thirteenth tester\'s tool chrome — a document\'s own lines that share its words', () => {
  for (const [title, lines] of documents) {
    it(title, () => {
      const text = HEAD + title + '\n' + lines.join('\n') + TAIL;
      const found = reported(text);
      for (const line of lines) assert.ok(!found.includes(line.trim()), `reported: ${line}`);
    });
  }
  it('the curated patterns leave each line', () => {
    for (const [, lines] of documents) for (const line of lines) assert.equal(classifyResidue(residueText(line)), undefined, line);
  });
});

/** The lines (trimmed) of `text` a web-residue finding reports, each with its fix's kind: `text\tsafe`. */
function reportedWithFix(text: string): string[] {
  const r = lint(text, { language: 'plaintext' });
  return r.findings
    .filter((f) => f.rule === 'web-residue')
    .map((f) => {
      const l = r.source.lines[r.source.lineAt(f.start).index];
      return `${text.slice(l.start, l.end).trim()}\t${f.fix?.kind}`;
    });
}

// (Each page below carries a page's furniture of another kind, `首页 > … > 正文`: a tool's own lines alone stand on no page —
// a document writes `幻灯片 2`, `翻译服务：` and `识别准确率 97%` of its own; see the corroboration in residue.ts.)
describe('web-residue: a thirteenth tester\'s tool chrome told by its place is offered, not fixed', () => {
  it('speaker notes under a slide of an exported deck', () => {
    const text = '首页 > 资料下载 > 正文\n幻灯片 1\n2027年工作要点汇报\n幻灯片 2\n一、重点任务\n完成项目审批12个\n备注：\n这里多讲一点，大概3分钟\n幻灯片 3\n谢谢！\n';
    const found = reportedWithFix(text);
    assert.ok(found.includes('备注：\tsuggestion'), found.join('\n'));
    assert.ok(found.includes('这里多讲一点，大概3分钟\tsuggestion'), found.join('\n'));
    assert.ok(!found.some((l) => l.startsWith('完成项目审批')), found.join('\n'));
  });
  it('an encyclopedia entry\'s buttons and reference heading', () => {
    const text = '首页 > 资料下载 > 正文\n工作总结\n播报\n讨论\n本词条由某某词条编写项目 审核 。\n基本格式\n编辑\n工作总结的标题一般写作“工作总结”。\n参考资料\n1.  写作要点  .某某出版社[引用日期2025-09-01]\n词条统计\n';
    const found = reportedWithFix(text);
    for (const line of ['讨论', '编辑', '参考资料']) assert.ok(found.includes(`${line}\tsuggestion`), `${line}\n${found.join('\n')}`);
  });
  it('a translation tool\'s panes', () => {
    const text = '首页 > 资料下载 > 正文\n百度翻译\n原文\n关于开展节能宣传周活动的通知\n各部门：\n　　现将有关事项通知如下。\n译文\nNotice on Carrying Out the Energy Saving Publicity Week\n以上结果来自机器翻译\n';
    const found = reportedWithFix(text);
    for (const line of ['原文', '译文']) assert.ok(found.includes(`${line}\tsuggestion`), `${line}\n${found.join('\n')}`);
    assert.ok(!found.some((l) => l.startsWith('关于开展')), found.join('\n'));
  });
  it('a clipboard manager\'s buttons and pins', () => {
    const text = '首页 > 资料下载 > 正文\n剪贴板历史\n全部清除\n已固定\n09:12　来自 微信\n请于周五前报送材料\n···\nWin + V 打开剪贴板\n';
    const found = reportedWithFix(text);
    for (const line of ['全部清除', '已固定', '···']) assert.ok(found.includes(`${line}\tsuggestion`), `${line}\n${found.join('\n')}`);
  });
  it('a bilingual view\'s name beside a translation tool', () => {
    const found = reportedWithFix('首页 > 资料下载 > 正文\n有道翻译\n原文\n关于开展节能宣传周活动的通知\n译文\nNotice on the Energy Saving Week\n双语对照\n复制译文\n');
    assert.ok(found.includes('双语对照\tsuggestion'), found.join('\n'));
  });
  it('a document\'s 备注, 编辑 and 原文/译文 without such chrome are left', () => {
    const text = HEAD + '附表\n序号　事项　完成时限\n1　材料报送　12月10日\n备注：\n请各单位按时报送。\n编辑\n王明\n原文\n学而时习之。\n译文\n学习并时常温习。\n双语对照\n全部清除\n已固定' + TAIL;
    const found = reported(text);
    for (const line of ['备注：', '请各单位按时报送。', '编辑', '原文', '译文', '双语对照', '全部清除', '已固定']) assert.ok(!found.includes(line), `reported: ${line}`);
  });
});
