/**
 * Punctuation problems a new user found: safe fixes that changed correct text (character references,
 * reference lists), fixes that left spaces behind, quadratic scans on long runs, missed doubled marks and
 * full-width ordinals. Each case is checked both ways: what must be reported and what must be left alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import { Source } from '../../server/src/core/source';
import { textLayer } from '../../server/src/core/text';

const rule = (id: string) => {
  const r = RULES.find((x) => x.meta.id === id);
  assert.ok(r, id);
  return r;
};
type Lang = 'markdown' | 'plaintext';
/** The findings of one rule as `text-of-range` strings. */
const found = (id: string, text: string, language: Lang = 'plaintext') =>
  lint(text, { language }, [rule(id)]).findings.map((f) => text.slice(f.start, f.end));
/** The text after fixing with one rule (safe fixes only). */
const fixed = (id: string, text: string, language: Lang = 'plaintext') => fixAll(text, { language }, 8, [rule(id)]).text;

describe('HTML character references are not prose', () => {
  const spans = (text: string, language: Lang) =>
    textLayer(new Source(text, language))
      .spans()
      .filter((s) => s.kind === 'entity')
      .map((s) => text.slice(s.start, s.end));

  it('decimal, hex and named references are entity spans in Markdown and plain text', () => {
    const t = '&#12288;&#12288;各单位&#x3000;要&emsp;高度&lt;重视&#X3000;。\n';
    for (const language of ['markdown', 'plaintext'] as const) {
      // Adjacent spans of one kind are merged.
      assert.deepEqual(spans(t, language), ['&#12288;&#12288;', '&#x3000;', '&emsp;', '&lt;', '&#X3000;'], language);
    }
  });

  it('not references: no `;`, one letter, too many digits, a non-hex digit, an escaped `&`, code', () => {
    const t = '研发R&D;投入&#12288各&#12345678;单位&#xG1;与&amp 及\\&amp;和`&#12288;`。\n';
    assert.deepEqual(spans(t, 'markdown'), []);
    // In plain text a backslash is a character like any other: `\&amp;` holds a reference.
    assert.deepEqual(spans('甲\\&amp;乙', 'plaintext'), ['&amp;']);
  });

  it('punctuation-width leaves the `;` of a reference alone and still reports a real `;` after one', () => {
    for (const language of ['markdown', 'plaintext'] as const) {
      for (const t of ['&#12288;&#12288;各单位要高度重视。', '&#x3000;&#x3000;各单位要按时报送。', '&emsp;&emsp;为切实做好工作。', '比例低于&#60;5%的企业可申报。']) {
        assert.deepEqual(found('punctuation-width', t, language), [], `${language}: ${t}`);
        assert.equal(fixed('punctuation-width', t, language), t, `${language}: ${t}`);
      }
      assert.deepEqual(found('punctuation-width', '各单位&#x3000;;同时注意,按时报送。', language), [';', ','], language);
    }
  });
});

describe('punctuation-width: a GB/T 7714 reference list keeps its half-width marks', () => {
  const refs = [
    '[1] 王明. 公文写作教程[M]. 北京: 人民出版社, 2020: 12-15.',
    '[2] 李华, 张强. 数字政府建设路径研究[J]. 中国行政管理, 2021, 35(4): 20-26.',
    '［3］ 国务院办公厅. 关于加强数字政府建设的指导意见[EB/OL]. (2022-06-23)[2024-01-05].',
    '4. 赵六. 基层治理研究[D]. 北京: 北京大学, 2019.',
    '  5．钱七. 会议论文集[C]//第三届论坛. 上海: 上海人民出版社, 2018: 3-9.',
    '[6] 孙八. 政务数据报告［R］. 北京: 编者, 2023.',
  ];

  it('no finding and no change in an entry with a document-type code', () => {
    const text = '关于数字政府建设的调研报告\n\n参考文献\n\n' + refs.join('\n') + '\n';
    assert.deepEqual(found('punctuation-width', text), []);
    assert.equal(fixed('punctuation-width', text), text);
    assert.deepEqual(found('punctuation-width', text, 'markdown'), []);
  });

  it('still reported: an ordinal item without a code, a code not after an entry number, the line after an entry', () => {
    assert.deepEqual(found('punctuation-width', '1. 加强领导,狠抓落实.'), [',', '.']);
    assert.deepEqual(found('punctuation-width', '参见王明著作[M],北京出版.'), [',', '.']);
    assert.deepEqual(found('punctuation-width', '第1条规定[M]类图书,按时归还.'), [',', '.']);
    assert.deepEqual(found('punctuation-width', refs[0] + '\n主讲人为李明博士,毕业于北京大学.'), [',', '.']);
  });
});
