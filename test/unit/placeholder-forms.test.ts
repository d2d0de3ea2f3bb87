/**
 * Placeholder findings a proofreader found wrong on correct documents (2026-12-01): an addressee line is
 * no empty field; a blank form in an attachment, its date written with underscores, is for the recipient.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';

function placeholders(text: string): string[] {
  return lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
}

describe('placeholder: addressees and attachment forms', () => {
  for (const addressee of ['市直各单位：', '县直各单位：', '市直有关单位：', '各有关单位：', '区直属各部门：']) {
    it(`${addressee} is an addressee, not an empty field`, () => {
      assert.deepEqual(placeholders(`关于做好安全生产工作的通知\n\n${addressee}\n\n现将有关事项通知如下。\n\n青山市人民政府办公室\n2025年3月1日\n`), []);
    });
  }
  it('a lone empty field in the body is still reported', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n各单位：\n\n请认真填写以下信息。\n\n联系电话：\n'), ['联系电话：']);
  });
  const form = '单位（盖章）：__________　　填表日期：____年__月__日\n\n姓名：________　性别：____　出生年月：________\n';
  it('a blank form in an attachment, with an underscore date, is left to the recipient', () => {
    const text = `关于举办培训班的通知\n\n市直各单位：\n\n请于5月30日前报送报名表。\n\n附件：培训班报名表\n\n中共青山市委党校\n2025年5月20日\n\n附件\n\n培训班报名表\n\n${form}`;
    assert.deepEqual(placeholders(text), []);
  });
  it('a document that is itself a form (its title ends in 表 or 回执) leaves its blanks to the reader', () => {
    for (const title of ['青山市公开招聘工作人员报名表', '培训班报名表（样表）', '会议回执', '困难职工情况登记卡']) {
      assert.deepEqual(placeholders(`${title}\n\n${form}\n报考人签名：________　　____年__月__日\n`), [], title);
    }
  });
  it('a questionnaire or a test paper leaves its answer brackets （　） to the reader', () => {
    for (const title of ['青山市居民满意度调查问卷', '安全生产知识测试题']) {
      assert.deepEqual(placeholders(`${title}\n\n1.您的年龄是（　）\nA.18岁以下　B.18岁及以上\n`), [], title);
    }
    assert.deepEqual(placeholders('关于开展满意度调查的通知\n\n1.您的年龄是（　）\n'), ['（　）']);
  });
  it('a document about a form (关于报送报名表的通知) still has its blanks reported, and a form title does not excuse XX', () => {
    assert.deepEqual(placeholders('关于报送培训班报名表的通知\n\n请于____年__月__日前报送。\n'), ['____年__月__日']);
    assert.deepEqual(placeholders('培训班报名表\n\n举办单位：XX市委党校\n'), ['XX']);
  });
  it('the same underscore date in the body is an unfilled placeholder', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n请于____年__月__日前报送。\n'), ['____年__月__日']);
  });
});

describe('placeholder: a value on the line below its label', () => {
  it('监督电话： over its number, 账号： over the account, are filled', () => {
    assert.deepEqual(placeholders('关于公开监督电话的通知\n\n监督电话：\n0791-86567891\n\n收款单位：青山市财政局\n账号：\n1502001234567890123\n'), []);
  });
  it('a label over a sentence is still empty', () => {
    assert.deepEqual(placeholders('关于报送材料的通知\n\n联系电话：\n请各单位按时报送。\n'), ['联系电话：']);
  });
});
