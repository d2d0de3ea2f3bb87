/**
 * Correct documents (test/correct-documents/): forty 公文 and speech drafts of every kind — 通知 with
 * 附件说明 and attachments, 请示, 报告, 函, 复函, 批复, 决定, a 条例 with 章 and 条, 纪要, speeches with 一是 chains,
 * a 工作总结 in Markdown, a 方案, a 简报, 版头 with 份号, 版记, a 通报 that withholds names, forms in attachments,
 * CRLF with a BOM, a very long line, traditional characters, emoji and 𠮷 — written for gongwen's tests by a
 * tester who proofreads 公文, checked by hand to be right; and (`t2-*`) a second proofreader's fifty-seven: speeches
 * in Markdown with lists, bold run-in headings and front matter, 党内法规 and 实施细则, every document type, 联合行文,
 * 附件说明 with wrapped names, addressees such as 市直各单位：, lines that share words with page furniture, CR-only
 * and zero-width characters, empty files; and (`t3-*`) a third proofreader's, of kinds the others lack: a 政府工作报告,
 * a 预算执行报告 and a 统计公报 full of figures, an 应急预案 numbered 1.1/1.1.1, 招标 and 中标 announcements, a 表彰决定
 * with name lists, 任免 and 公示, 工作要点 with 一是 chains across paragraphs, 述职 and 对照检查 materials, speeches,
 * 致辞, 贺信, 倡议书, a 行政处罚决定书, a 条例 with 条款项, a 修改决定, Markdown with front matter, tables and code;
 * and (`t4-*`) a fourth proofreader's: 常务会议纪要 and 专题会议纪要, 批复, 商请函 and 复函, 表彰 and 批评通报, a 政府令
 * with its 办法, 议案, 全会公报, 决议, 倡议书, 述职述廉报告, an 审计工作报告 and a 说明 laid before a 人大常委会, a 调研报告
 * with a table of figures, 工作要点 numbered across sections, a 简报 with 报/送/发, a 党课 and speeches quoting documents,
 * quotes in quotes and ellipses in quotations, English abbreviations (GDP, 5G, PM2.5, CPI, R&D), formulas and
 * percentages, clock times (9:30—11:40), phone numbers, e-mail and URLs, legal citations (第三十四条第（十）项), a
 * 行政复议决定书 numbered 〔2026〕第6号, 农历 dates, spans of years, units (μg/m³, dB（A）, MW/MWh), Markdown with code,
 * JSON and links; and (`t4-d*`) five more of that proofreader's that a placeholder false alarm kept from the
 * export: bold around a quoted phrase after a word (`落实**“一户一档”**要求`), `_强调_`, omitted paragraphs of a
 * quotation (`“…………`), a 测试题; and (`t7-*`) a seventh proofreader's four whose lines plain --fix deleted as web
 * residue: a 简报 excerpting a speech (`（中间部分从略）`), a compilation's 目录 (`……办法　　第3页`), a 征文 notice with a form
 * filled in as an example (`字数：3215字`) and a file name after `文件名为：`, an exam 公告 with its QR code and its own
 * statement of where it is published (`本公告由……同步发布，各媒体转载请注明来源。`), and (`t7-cNN`) the eighty others of
 * that proofreader: 纪要, 巡视整改 and 述职 reports, 应急预案 with 1.1/1.1.1 clauses, 招标 and 采购 files, a court's 公告
 * with its case number and a 判决-style date, a 检察院 通报, 转发 notices carrying the forwarded 报告, a class's `（3）班`,
 * school and hospital notices, CRLF with BOM, traditional characters, very long lines, and documents that share words
 * with page furniture (`对网友评论中反映的问题`, `首页>个人中心>修改密码` under its lead-in, `工业互联网—…` projects); and
 * (`t8-*`) an eighth proofreader's hundred and ten: speeches, 主持词, 致辞 and 党课 with 一是 and 首先 chains and quotes three
 * levels deep, 统计公报 and 预算 reports full of ranges and percentages, 条例, 办法, 细则, 章程 and 修改决定 with 章/节/条/款/项
 * and cross-references, Markdown drafts with headings, tables, footnotes and gongwen-disable comments, 外事 texts mixing
 * English, formulas, chemical names and units, 提请审议 请示 closing 请审议, five-line 批复 and 函; and (`t9-*`) a ninth's
 * fifty-four about websites, downloads and new media whose lines share words with page furniture: titles naming
 * `付费下载` or `VIP会员`, a notice's `温馨提示：`, a site's annual report with its ICP number, tables pasted with tabs,
 * `更多招聘信息请关注“青山人社”公众号。`; and (`t10-*`) a tenth's hundred and two of kinds the others lack: 提案 and 建议
 * 答复函 in 信函格式, 依申请公开答复书, 行政许可 and 复议决定书, two GB/T 1.1 standards with their covers (`DB3601`,
 * `2025-06-18发布　……　2025-09-18实施`) and `a)`/`1)` lists, a 规划 with 专栏 boxes, an incident 通报 with times to the
 * second, a 统计公报 closing with its WeChat account, 回执 typed as pipe tables in plain text, 警示教育 speeches that withhold
 * names (`原市交通局局长林某某`), bilingual texts with English list items, contracts and 承诺书; and (`t12-*`) a twelfth's
 * seventy-five whose own lines share the shapes of page furniture: research reports with 摘要/关键词/参考文献, 政务公开
 * standards listing 索引号 and 有效性, 访谈 and 听证 records with `发言人1　00:00:15`, 舆情 reports quoting posts with
 * IP属地, 操作手册 steps (`第二步：点击下载……`), 惠民 notices (`免费领取`), 值班记录, a 新闻通稿 ending `（完）`, samples
 * under the document's own lead-in (`网站页面底部统一标注版权声明：`); and (`t14-*`) a fourteenth's fifty-three (eleven of them CRLF
 * or BOM copies) that write the fields of tools and platforms themselves: an OA 管理办法 with its buttons and 审批流程, a
 * 12345 通报 quoting 工单编号/来电时间/办理状态/回访结果, a training notice's 学员/学号 roster and 必修学时, a 纪要's `已签到28人`,
 * a 翻译 规范's 翻译服务 fields, a 语音识别 招标文件's 识别准确率, slide labels in a 纪要.
 * Run with every rule at its default severity:
 * - every finding must be listed in expectations.json with the reason it is right to raise (none may be added
 *   silently; an entry that no longer fires fails too);
 * - `--fix` (safe fixes at warning and above) must leave every document as it is, with LF and with CRLF.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import type { Language } from '../../server/src/core/types';
import type { FindingExpectation } from '../helpers/expectations';

const DIR = path.join(__dirname, '..', 'correct-documents');

type Expectation = FindingExpectation;

function read(file: string): { text: string; language: Language } {
  let text = fs.readFileSync(path.join(DIR, file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // as the CLI and the editor hand it to the core
  return { text, language: file.endsWith('.md') ? 'markdown' : 'plaintext' };
}

describe('correct documents', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const expected: Expectation[] = JSON.parse(fs.readFileSync(path.join(DIR, 'expectations.json'), 'utf8'));

  it('are all there, and every expectation names its reason', () => {
    assert.ok(files.length >= 40, `${files.length} documents`);
    for (const e of expected) assert.ok(e.reason.trim().length > 20 && files.includes(e.file), JSON.stringify(e));
  });

  it('get no finding that is not listed with its reason', () => {
    const unexpected: string[] = [];
    const seen = new Set<Expectation>();
    for (const file of files) {
      const { text, language } = read(file);
      const r = lint(text, { language });
      assert.deepEqual(r.errors, [], `${file}: a rule threw`);
      for (const f of r.findings) {
        const line = r.source.lineAt(f.start).index + 1;
        const excerpt = text.slice(f.start, f.end);
        const e = expected.find((x) => x.file === file && x.line === line && x.rule === f.severityKey && x.excerpt === excerpt);
        if (e) seen.add(e);
        else unexpected.push(`${file}:${line} ${f.severityKey} “${excerpt}”: ${f.message.zh}`);
      }
    }
    assert.deepEqual(unexpected, [], 'a false alarm on a correct document: fix the rule (or list it with the reason it is right)');
    assert.deepEqual(expected.filter((e) => !seen.has(e)).map((e) => `${e.file}:${e.line} ${e.rule}`), [], 'expectations that no longer fire: remove them');
  });

  it('are left exactly as they are by the safe fixes (--fix), with LF and with CRLF', () => {
    for (const file of files) {
      const { text, language } = read(file);
      for (const t of [text, text.replace(/\r?\n/g, '\r\n')]) {
        const r = fixAll(t, { language });
        assert.equal(r.fixed, 0, `${file}: ${r.fixed} safe fix(es) applied`);
        assert.equal(r.text, t, file);
      }
    }
  });
});
