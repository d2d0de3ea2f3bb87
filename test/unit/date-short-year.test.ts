/**
 * date-format/short-year without a month (the closing note of 2026-12-02: `24年全年目标任务` was missed): a two-digit
 * year is offered in full only where the words around make it a year of the calendar — a part of the year after it
 * (`24年全年`, `24年度`, `23年底`, `24年上半年`, `24年一季度`) at a clause's start or after a word that introduces a time, or
 * a full year joined to it (`2023年和24年`). Durations stay (`改革开放40年来`, `近10年`, `建党100年`, `10年以上`,
 * `工作30年`, `坚持10年全年无休`, `用30年度过`, `坚守20年初心`), and so does a bare `99年建成` (`用30年建成` is a span).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';

const rule = RULES.filter((r) => r.meta.id === 'date-format');
const opts = { language: 'plaintext' as const };
/** The short-year findings: the text reported, the year the fix writes, its kind. */
const found = (text: string) =>
  lint(text, opts, rule)
    .findings.filter((f) => f.severityKey === 'date-format/short-year')
    .map((f) => [text.slice(f.start, f.end), f.fix?.edits[0].newText, f.fix?.kind]);

describe('date-format/short-year: a two-digit year without a month', () => {
  const years: Array<[string, string]> = [
    ['24年全年目标任务全面完成。', '24年'],
    ['24年度考核结果已经公布。', '24年'],
    ['请于23年底前完成验收。', '23年'],
    ['20年初，疫情突如其来。', '20年'],
    ['24年上半年，全市经济稳中有进。', '24年'],
    ['24年一季度实现开门红，24年第二季度继续向好。', '24年'],
    ['截至23年底，全市共有企业500家。', '23年'],
    ['较23年底增长5%。', '23年'],
    ['2023年和24年连续两年获评先进。', '24年'],
    ['2023—24年度工作总结。', '24年'],
  ];
  for (const [text, year] of years) {
    it(`offered in full: ${text}`, () => {
      const got = found(text);
      assert.ok(got.length >= 1, text);
      for (const g of got) {
        assert.match(String(g[0]), /^\d\d年$/);
        assert.equal(g[2], 'suggestion');
      }
      assert.equal(got[0][0], year);
      assert.equal(got[0][1], `20${year.slice(0, 2)}`);
      assert.equal(fixAll(text, opts, 8, rule).text, text, 'not applied by plain --fix');
    });
  }
  it('the fix writes the year in full', () => {
    assert.equal(fixAll('24年全年目标任务全面完成。', opts, 8, rule, { suggestions: true }).text, '2024年全年目标任务全面完成。');
  });

  const spans = [
    '改革开放40年来，我们取得了巨大成就。',
    '近10年全年平均气温上升。',
    '过去10年全年无休。',
    '坚持10年全年无休。',
    '连续10年度被评为先进。',
    '建党100年。',
    '工作30年，10年以上。',
    '99年建成的大桥，用30年建成。',
    '用30年度过了艰难岁月。',
    '30年度过了艰难岁月。',
    '20年底蕴深厚。',
    '20年初心不改。',
    '10年初步建成。',
    '从2000年到24年后的今天。',
    '2020年和10年前相比。',
    '2014年，10年过去了。',
    '上世纪80年代初期。',
    '第24年度。',
  ];
  for (const text of spans) it(`left alone: ${text}`, () => assert.deepEqual(found(text), []));
  it('a year with its month is reported once (the month check), not twice', () => {
    assert.deepEqual(found('24年5月召开会议。'), [['24年', '2024', 'suggestion']]);
  });
});
