/**
 * punctuation-width: a half-width `.` typed as a Chinese sentence's full stop where the rule used to miss it (the closing
 * note of 2026-12-02): after a percentage (`同比增长6.1%.`, at the line's end or before the next sentence: safe) and right
 * between two ideographs (`我完全同意.下面，…`: offered, as it may be a site's watermark dot or a foreign name's 间隔号).
 * Beside them, what keeps its `.`: decimals, ordinals, versions, dates, section numbers, URLs, e-mail, file names,
 * English, abbreviations, ellipses, code, and the watermark dots of the dev set (`素质的.关键指标`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';

const width = RULES.filter((r) => r.meta.id === 'punctuation-width');
type Language = 'plaintext' | 'markdown';
/** Each `.` finding: the text around it (two characters each side) and its fix's kind. */
const found = (text: string, language: Language = 'plaintext') =>
  lint(text, { language }, width)
    .findings.filter((f) => text[f.start] === '.')
    .map((f) => [text.slice(Math.max(0, f.start - 2), f.end + 2).replace(/\n/g, '⏎'), f.fix?.kind]);
const fixed = (text: string, suggestions = false) => fixAll(text, { language: 'plaintext' }, 8, width, { suggestions }).text;

describe('punctuation-width: a `.` after a percentage in a Chinese sentence', () => {
  it('at the line’s end: safe', () => {
    assert.deepEqual(found('今年全市生产总值同比增长6.1%.\n'), [['1%.⏎', 'safe']]);
    assert.equal(fixed('今年全市生产总值同比增长6.1%.\n'), '今年全市生产总值同比增长6.1%。\n');
    assert.deepEqual(found('利润下降12.5％.'), [['5％.', 'safe']]);
  });
  it('before the next sentence: safe', () => {
    const text = '同比增长6.1%.全年目标顺利完成。\n';
    assert.deepEqual(found(text), [['1%.全年', 'safe']]);
    assert.equal(fixed(text), '同比增长6.1%。全年目标顺利完成。\n');
  });
  it('an English sentence, a number alone, a percentage before Latin text or an ellipsis: left alone', () => {
    for (const text of ['Growth was 5.2%.\n', 'Growth was 5.2%. 全年\n', '5.2%.\n', '增长5.2%...\n', '增长5.2%.com\n', '占比为一5%.\n']) assert.deepEqual(found(text), [], text);
  });
});

describe('punctuation-width: a `.` right between two ideographs', () => {
  it('is offered as 。 (not applied by plain --fix)', () => {
    const text = '我完全同意.下面，我讲三点意见。\n';
    assert.deepEqual(found(text), [['同意.下面', 'suggestion']]);
    assert.equal(fixed(text), text);
    assert.equal(fixed(text, true), '我完全同意。下面，我讲三点意见。\n');
  });
  it('the message says when it is 。 and names the 间隔号', () => {
    const f = lint('我完全同意.下面，我讲三点意见。\n', { language: 'plaintext' }, width).findings[0];
    assert.match(f.message.zh, /若为句末/);
    assert.match(f.message.zh, /间隔号用“·”/);
    assert.match(f.message.en, /if it ends a sentence/);
  });
  it('watermark dots of the dev set (after 的) and before a word no sentence opens with: left alone', () => {
    for (const text of [
      '明城市是衡量一座城市综合实力和市民素质的.关键指标。\n',
      '真是暖心,谢谢亲爱的同学们!这一刻的.我们心中充满了感动和幸福!\n',
      '工作做得扎实.的确有成效。\n',
      '同学.们都来了。\n',
    ]) assert.deepEqual(found(text), [], text);
  });
  it('after an opening word (一是, 首先, 最后) or a chapter or article number (第一章.总则): left alone', () => {
    for (const text of ['第一章.总则\n', '第一条.为了规范管理，制定本办法。\n', '一是.加强领导。\n', '首先.我们要提高认识。\n', '最后.我讲一点意见。\n']) {
      assert.deepEqual(found(text), [], text);
    }
  });
  it('after a date that ends the clause (`2025年12月31日.逾期`): offered like `召开.会议`', () => {
    assert.deepEqual(found('申报截止时间为2025年12月31日.逾期不予受理。\n'), [['1日.逾期', 'suggestion']]);
    assert.deepEqual(found('会议定于12月31日召开.会议强调，要抓好落实。\n'), [['召开.会议', 'suggestion']]);
    assert.deepEqual(found('活动截至2025年10月.此后不再受理。\n'), [['0月.此后', 'suggestion']]);
    // A date alone in its clause, or a number with a measure word, is no sentence: left alone.
    for (const text of ['31日.逾期不予受理。\n', '共3个.下面\n', '第5号.关于\n']) assert.deepEqual(found(text), [], text);
  });
  it('an ordinal in numerals, a lone character in its clause: left alone', () => {
    for (const text of ['一.加强领导\n', '主要有：一.二.三个方面。\n', '好，是.下面讲。\n']) assert.deepEqual(found(text), [], text);
  });
});

describe('punctuation-width: what keeps its `.` (unchanged)', () => {
  const negatives = [
    '圆周率约为3.14，同比增长6.1%，共1.2万人。\n',
    '1.加强组织领导\n',
    '（1）工作目标\n',
    '请升级到v1.2.3版本。\n',
    '请登录www.gov.cn查询，或访问https://www.gov.cn/zhengce/青山.html了解。\n',
    '联系邮箱：zhang.san@example.gov.cn。\n',
    '详见附件.docx，请查收。\n',
    '请下载关于开展检查的通知.pdf后填写。\n',
    'We will visit 西湖.\n',
    'This is an example, e.g. a short one.\n',
    '参加比赛的No.1选手来自青山县。\n',
    '他说……然后...离开。\n',
    '按照第1.2.3节的要求办理。\n',
    '按照2024.5.6的通知要求办理。\n',
  ];
  for (const text of negatives) it(text.trim(), () => assert.deepEqual(found(text), []));
  it('code in Markdown', () => {
    assert.deepEqual(found('运行`同意.下面`命令。\n\n```\n我完全同意.下面\n增长6.1%.\n```\n', 'markdown'), []);
  });
});
