/**
 * Forms a text quotes to name them (a notice on writing rules: `不应写“截止目前”`, `不得写作“2024年05月06日”`):
 * the form-correcting rules leave the quoted example alone, in check and in --fix; the same forms used in a
 * sentence, or quoted without a naming word, are still reported; placeholders in a named form are still slots.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { insideMention } from '../../server/src/core/text/mentions';

const rulesOf = (text: string) => lint(text, { language: 'plaintext' }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('named forms (text/mentions.ts)', () => {
  const notice = [
    '关于规范公文格式若干问题的通知',
    '',
    '各区县人民政府办公室：',
    '',
    '　　一、成文日期应写作“2024年5月6日”，不得写作“2024年05月06日”。',
    '　　二、发文字号应写作“郑政〔2024〕1号”，不得写作“郑政[2024]1号”或“郑政〔2024〕第1号”。',
    '　　三、应写“截至目前”，不应写“截止目前”；应写“再接再厉”，不应写“再接再励”。',
    '　　四、不得使用英文省略号“...”，不得把“党的二十大”写作“党的20大”。',
    '　　五、“其它”应为“其他”，“进一步进一步”等写法不规范。',
    '',
    '郑州市人民政府办公厅',
    '2024年5月6日',
    '',
  ].join('\n');

  it('reports nothing in a notice that quotes the wrong forms as examples, and --fix leaves it as it is', () => {
    assert.deepEqual(rulesOf(notice), []);
    assert.equal(fixAll(notice, { language: 'plaintext' }).text, notice);
    assert.equal(fixAll(notice, { language: 'plaintext' }, 8, undefined, { suggestions: true }).text, notice);
  });

  it('still reports the same forms used in sentences, or quoted with no naming word', () => {
    const used = [
      '截止目前，全县已完成投资1.5亿元。',
      '会议于2024年05月06日召开。',
      '根据《关于加强管理的通知》（郑政[2024]1号）要求，开展“再接再励”主题活动。',
      '深入学习贯彻党的20大精神。',
    ].join('\n');
    assert.deepEqual(rulesOf(used), ['wording:截止', 'date-format:2024年05月06日', 'document-number:[2024]1号', 'wording:再接再励', 'numeral-usage:20大']);
  });

  it('keeps placeholders inside a named form: the slot is still to be filled', () => {
    const got = rulesOf('标题统一写作“××党支部党员大会记录”。\n');
    assert.ok(got.some((g) => g.startsWith('placeholder:')), got.join(' | '));
  });

  it('reads the quotation around the range, its naming words and its neighbours in a list', () => {
    const t = '不得写作“甲”或“乙”、“丙”。开展“丁”活动。“戊”改为己。';
    const at = (s: string) => [t.indexOf(s), t.indexOf(s) + s.length] as const;
    for (const s of ['甲', '乙', '丙', '戊']) assert.equal(insideMention(t, ...at(s)), true, s);
    assert.equal(insideMention(t, ...at('丁')), false, '丁: quoted in use');
    assert.equal(insideMention(t, ...at('活动')), false, 'outside any quotation');
    // a quotation across a line break is no named form
    const broken = '不得写作“甲\n乙”';
    assert.equal(insideMention(broken, broken.indexOf('乙'), broken.indexOf('乙') + 1), false);
    // `“A”、“B”等写法不规范`: the first is named by the words after the last
    const list = '“其它”、“截止目前”等写法不规范。';
    assert.equal(insideMention(list, 1, 3), true);
  });
});
