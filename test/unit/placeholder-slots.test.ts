/**
 * Slots a tester found missed (2026-12-02): a deadline whose month and day were left blank in a sentence,
 * `[电话号码]`, a template's instruction in 【】, a count `N` before 亿元/万元 — each with the correct text
 * that must stay unreported.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';

function placeholders(text: string): string[] {
  return lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
}
const doc = (body: string) => `关于报送材料的通知\n\n各单位：\n\n${body}\n\n青山市人民政府办公室\n2024年5月6日\n`;

describe('placeholder: slots in running text', () => {
  it('a date in a sentence with its month and day left blank is one slot, year included', () => {
    assert.deepEqual(placeholders(doc('　　请于2024年　月　日前报送。')), ['2024年　月　日']);
    assert.deepEqual(placeholders(doc('　　会议定于2024年  月  日召开。')), ['2024年  月  日']);
  });
  it('a form’s signing date left for the hand is not a slot of the draft', () => {
    assert.deepEqual(placeholders(doc('　　特此证明。\n\n（单位盖章）\n2024年　　月　　日')), []);
  });
  it('a bracketed field name ending in 号码 is a slot, as 姓名 and 邮箱地址 are', () => {
    assert.deepEqual(placeholders(doc('　　联系人：[姓名]，电话：[电话号码]，邮箱：[邮箱地址]。')), ['[姓名]', '[电话号码]', '[邮箱地址]']);
  });
  it('a template’s instruction in 【】 is a slot, as in （）; a 【】 heading label is not', () => {
    assert.deepEqual(placeholders(doc('　　【根据本单位实际情况填写】')), ['【根据本单位实际情况填写】']);
    assert.deepEqual(placeholders(doc('　　【请结合实际补充】')), ['【请结合实际补充】']);
    assert.deepEqual(placeholders(doc('　　【填写说明见附件2】')), []);
    assert.deepEqual(placeholders(doc('　　（填写说明见附件2）')), []);
    assert.deepEqual(placeholders(doc('　　【工作动态】全县召开安全生产会议。')), []);
  });
  it('a count N before 亿元 or 万元 is a slot; N in a formula or before a noun is not', () => {
    assert.deepEqual(placeholders(doc('　　一般公共预算收入完成N亿元，新增投资N万元。')), ['N', 'N']);
    assert.deepEqual(placeholders(doc('　　按2的N次方计算。')), []);
  });
});
