/**
 * numbering-sequence/clauses: decimal clause numbers (`1` `1.1` `1.1.1`) of emergency plans and standards —
 * a repeat or a gap is reported, never renumbered; texts that only look numbered are left alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/core';
import type { Language } from '../../server/src/core/types';

const clauses = (text: string, language: Language = 'plaintext') =>
  lint(text, { language }).findings.filter((f) => f.severityKey === 'numbering-sequence/clauses').map((f) => [text.slice(f.start, f.end), f.message.en]);

const plan = [
  '某县危险化学品事故应急预案',
  '',
  '1 总则',
  '1.1 编制目的',
  '为有效处置事故，制定本预案。',
  '1.2 编制依据',
  '依据有关法律法规，制定本预案。',
  '1.2 适用范围',
  '本预案适用于本县行政区域。',
  '2 组织机构与职责',
  '2.1 县应急指挥部',
  '2.2 成员单位职责',
  '2.2.1 县应急管理局：负责组织协调事故应急救援工作。',
  '2.2.3 县生态环境局：负责事故现场及周边环境监测。',
  '4 附则',
  '本预案自印发之日起施行。',
  '',
].join('\n');

describe('numbering-sequence/clauses', () => {
  it('reports a repeated clause number, a gap in a sub-level and a gap at the top, with no fix', () => {
    assert.deepEqual(clauses(plan), [
      ['1.2', 'Clause number "1.2" repeats the one before; expected "1.3" (not renumbered: check citations too)'],
      ['2.2.3', 'Clause number "2.2.3" follows "2.2.1": the numbers skip; expected "2.2.2" (not renumbered: check citations too)'],
      ['4', 'Clause number "4" follows "2": the numbers skip; expected "3" (not renumbered: check citations too)'],
    ]);
    assert.ok(lint(plan, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-sequence').every((f) => f.fix === undefined));
    const fixed = fixAll(plan, { language: 'plaintext' }, 8, undefined, { suggestions: true }).text;
    for (const kept of ['1.2 适用范围', '2.2.3 县生态环境局', '4 附则']) assert.ok(fixed.includes(kept), kept);
  });

  it('reads Markdown headings and CRLF the same', () => {
    const md = plan.replace(/^(\d[\d.]* )/gm, '## $1');
    assert.deepEqual(clauses(md, 'markdown').map(([w]) => w), ['1.2', '2.2.3', '4']);
    assert.deepEqual(clauses(plan.replace(/\n/g, '\r\n')).map(([w]) => w), ['1.2', '2.2.3', '4']);
  });

  it('leaves a correct plan, a table of contents before the body, a restart in an attachment, and going down two levels', () => {
    const correct = plan.replace('1.2 适用范围', '1.3 适用范围').replace('2.2.3', '2.2.2').replace('4 附则', '3 附则');
    assert.deepEqual(clauses(correct), []);
    const toc = ['目录', '1 总则', '1.1 编制目的', '2 组织机构', '', ...correct.split('\n').slice(2)].join('\n');
    assert.deepEqual(clauses(toc), []);
    const attached = correct + '附件\n\n1 现场处置方案\n1.1 处置程序\n1.2 注意事项\n';
    assert.deepEqual(clauses(attached), []);
    assert.deepEqual(clauses('1 总则\n1.1.1 编制目的\n1.1.2 编制依据\n1.2 工作原则\n'), []);
  });

  it('leaves texts that only look numbered: sentences after a number, amounts, an excerpt, ordinals, dates', () => {
    assert.deepEqual(clauses('情况说明\n\n3 个方面的问题需要解决，一是资金，二是人员。\n1.5 万元以上的项目全部纳入监管。\n2 个乡镇已完成整改。\n'), []);
    // An excerpt starting at 3.2: not checked (its first number is not 1 or 1.1)
    assert.deepEqual(clauses('3.2 应急响应\n3.4 信息报告\n3.4 后期处置\n'), []);
    assert.deepEqual(clauses('通知\n\n1.加强领导。\n2.落实责任。\n1.1 万元\n'), []);
    assert.deepEqual(clauses('1 总则\n2 职责\n3 附则\n'), [], 'no clause of two parts: not read as a clause outline');
    // Headings `1.` (a 层次序号) over clauses whose text starts with a mark (★ ▲ “): every clause read, no gap.
    const tender = '## 第二章　采购需求\n\n### 1. 技术要求\n\n1.1 ★所投产品须取得注册证。\n\n1.2 ▲产品有效期不少于24个月。\n\n1.3 “两票制”要求：\n\n### 2. 商务要求\n\n2.1 付款方式：按月结算。\n\n2.2 报价包含全部费用。\n';
    assert.deepEqual(clauses(tender, 'markdown'), []);
    assert.deepEqual(clauses(tender.replace('1.3 “两票制”', '1.4 “两票制”'), 'markdown').map(([w]) => w), ['1.4']);
  });
});
