/**
 * punctuation-dunhao on a seventeenth tester's drafts (2026-12-02): an approximate number in Arabic digits (`3、4个督导组`,
 * `2、3次`) and `、等` were missed. Beside them the lists and words that must stay: `1、2号楼`, `1、2、3个`, `关、停、并、转`,
 * `三、等级评定`, `等级`, `向在座的各位、并通过你们……`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { punctuationDunhao } from '../../server/src/core/rules/punctuation-dunhao';

const found = (text: string) => lint(text, { language: 'plaintext' }, [punctuationDunhao]).findings.map((f) => `${text.slice(f.start, f.end)}:${f.fix?.kind}`);

describe('punctuation-dunhao: Arabic approximate numbers and 、等', () => {
  it('3、4个 and 2、3次 are offered as 三四个 and 两三次', () => {
    const text = '派出3、4个督导组，每月检查2、3次，用1、2天时间。';
    assert.deepEqual(found(text), ['3、4:suggestion', '2、3:suggestion', '1、2:suggestion']);
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, [punctuationDunhao], { suggestions: true }).text, '派出三四个督导组，每月检查两三次，用一两天时间。');
  });
  it('lists of numbers and ordinals are left alone', () => {
    assert.deepEqual(found('1、2号楼已完工，1、2、3个片区同步推进，第3、4个季度，3、5个单位。\n3、4个方面的问题\n'), []);
  });
  it('、等 is reported; 等级, 等 as an item and an ordinal’s 顿号 are not; 、并 is left', () => {
    assert.deepEqual(found('市场监管局、税务局、等单位参加。'), ['、等:suggestion']);
    assert.deepEqual(found('分为一等、二等、等外品。克服等、靠、要思想。\n三、等级评定\n实行关、停、并、转。向在座的各位、并通过你们向全市青年致以问候！'), []);
  });
});
