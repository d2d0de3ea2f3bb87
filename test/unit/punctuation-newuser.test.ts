/**
 * Punctuation problems a new user found: safe fixes that changed correct text (character references,
 * reference lists), fixes that left spaces behind, quadratic scans on long runs, missed doubled marks and
 * full-width ordinals. Each case is checked both ways: what must be reported and what must be left alone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { LintSession } from '../../server/src/core/incremental';
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

  // Many lists carry no type code: the entry's shape (number, author. title. place: publisher, year) is enough.
  const plain = [
    '1. 王明. 公文写作. 北京: 出版社, 2020.',
    '[1] 李华. 论公文. 北京: 人民出版社, 2019: 12-15.',
    '[2] 李华, 张强. 数字政府建设路径研究. 中国行政管理, 2021, 35(4): 20-26.',
    '3. 本报评论员. 以高质量发展推进现代化. 人民日报, 2023-03-01(4).',
    '［4］ 国务院办公厅. 关于加强数字政府建设的指导意见. (2022-06-23)[2024-01-05].',
  ];

  it('no finding and no change in an entry without a type code, by its shape', () => {
    const text = '参考文献\n' + plain.join('\n') + '\n';
    for (const language of ['plaintext', 'markdown'] as const) {
      assert.deepEqual(found('punctuation-width', text, language), [], language);
      assert.equal(fixed('punctuation-width', text, language), text, language);
    }
  });

  it('an entry wrapped onto the next lines is one entry, with or without a code', () => {
    const wrapped = [
      '[1] 王明. 公文写作教程[M].\n北京: 人民出版社, 2020: 12-15.',
      '[2] 赵六. 一个很长的题目在这里, 说明换行情况. 北京: 北京大学出版社,\n2019.',
      '[3] 钱七. 关于数字政府建设的一些思考与\n建议. 北京: 人民出版社, 2020.',
      '4. 孙八, 周九, 吴十,\n郑一. 基层治理研究. 上海: 上海人民出版社,\n2018.',
    ];
    for (const w of wrapped) {
      const text = '参考文献\n' + w + '\n[9] 李华. 论公文. 北京: 人民出版社, 2019.\n';
      assert.deepEqual(found('punctuation-width', text), [], w);
      assert.equal(fixed('punctuation-width', text), text, w);
    }
  });

  it("no rule's safe fix changes a correct reference list (web-residue took an entry with two dates for a byline)", () => {
    const text =
      '关于数字政府建设的调研报告\n\n近年来，我市持续推进数字政府建设，取得明显成效。\n\n参考文献\n' +
      // (Not `5．钱七`: numbering-punctuation writes an Arabic ordinal's full-width `．` as `.`, in a list as anywhere.)
      [...refs.filter((r) => !r.includes('5．')), ...plain, '[7] 国务院办公厅. 关于加强数字政府建设的指导意见. (2022-06-23)[2024-01-05].'].join('\n') +
      '\n';
    for (const language of ['plaintext', 'markdown'] as const) {
      assert.equal(fixAll(text, { language }, 8, RULES).text, text, language);
    }
    // A byline with two dates is still residue.
    const page = '关于数字政府建设的调研报告\n作者：admin 时间：2023-05-06 来源：本站\n近年来，我市持续推进数字政府建设。\n';
    assert.equal(fixAll(page, { language: 'plaintext' }, 8, RULES).text, '关于数字政府建设的调研报告\n近年来，我市持续推进数字政府建设。\n');
  });

  it('still reported: running text of the same outline, the line after a complete entry, a line that completes nothing', () => {
    for (const t of [
      '1. 总体目标. 到2025年, 基本建成.',
      '1. 基本情况. 全县共有企业, 1200家.',
      '2. 加强领导. 要在今年底前, 完成部署.',
      '3. 建设内容. 新建道路3公里, 2023-2025年实施.',
      '4. 总体要求. 全面完成各项任务, 2025 年底前完成.',
    ]) {
      assert.ok(found('punctuation-width', t).length > 0, t);
    }
    // A complete entry does not take the next line in, even without a blank line between.
    assert.deepEqual(found('punctuation-width', plain[0] + '\n主讲人为李明博士,毕业于北京大学.'), [',', '.']);
    // An entry line that no following line completes (no year): the next line is text.
    assert.deepEqual(found('punctuation-width', '[1] 王明. 公文写作教程[M].\n主讲人为李明博士,毕业于北京大学.'), [',', '.']);
    assert.deepEqual(found('punctuation-width', '[1] 王明. 公文写作教程[M].\n2020年,我们要加强.'), [',', '.']);
  });
});

describe('punctuation-width: the space after a converted mark', () => {
  it('the fix deletes spaces after the mark when Chinese follows', () => {
    assert.equal(fixed('punctuation-width', '请注意以下几点: 一是按时报送,  二是确保质量; 三是严守纪律. 谢谢!'), '请注意以下几点：一是按时报送，二是确保质量；三是严守纪律。谢谢！');
    assert.equal(fixed('punctuation-width', '会议强调: “一是”要落实.'), '会议强调：“一是”要落实。');
    assert.equal(fixed('punctuation-width', '本办法(试行) 自发布之日起施行.'), '本办法（试行）自发布之日起施行。');
    assert.equal(fixed('punctuation-width', '要求如下, 严格落实。', 'markdown'), '要求如下，严格落实。');
  });

  it('a Latin abbreviation in half-width brackets with a space after them is converted, the space taken too', () => {
    assert.equal(fixed('punctuation-width', '世界卫生组织(WHO) 专家指出，要加强。'), '世界卫生组织（WHO）专家指出，要加强。');
    // A tab separates columns (a table pasted from a spreadsheet): converted mark, tab kept.
    assert.equal(fixed('punctuation-width', '新冠肺炎(COVID-19)\t疫情防控。'), '新冠肺炎（COVID-19）\t疫情防控。');
    // Not Chinese around the brackets: a Latin word or a digit after the space, or no ideograph before `(`.
    for (const t of ['世界卫生组织(WHO) Report。', '世界卫生组织(WHO) 2020年报告。', 'Word(WHO) 专家。']) {
      assert.equal(fixed('punctuation-width', t), t, t);
    }
  });

  it('the fix keeps a line break, a space before Latin text or a digit, a trailing space, a space before markup', () => {
    assert.equal(fixed('punctuation-width', '要求如下,\n严格落实。'), '要求如下，\n严格落实。');
    assert.equal(fixed('punctuation-width', '采用的系统包括: Windows系统。'), '采用的系统包括： Windows系统。');
    assert.equal(fixed('punctuation-width', '总数为: 100人。'), '总数为： 100人。');
    assert.equal(fixed('punctuation-width', '要求如下: '), '要求如下： ');
    assert.equal(fixed('punctuation-width', '要求如下: **严格落实**。', 'markdown'), '要求如下： **严格落实**。');
    // A full-width space is not deleted.
    assert.equal(fixed('punctuation-width', '要求如下:\u3000严格落实。'), '要求如下：\u3000严格落实。');
  });

  it('a tab is a column separator (a table pasted from a spreadsheet): the mark is converted, the tab stays', () => {
    assert.equal(fixed('punctuation-width', '序号\t项目名称\t投资(亿元)\t责任单位\n'), '序号\t项目名称\t投资（亿元）\t责任单位\n');
    assert.equal(fixed('punctuation-width', '姓名:\t张三\t职务:\t科长\n'), '姓名：\t张三\t职务：\t科长\n');
    assert.equal(fixed('punctuation-width', '要求如下; \t严格落实。'), '要求如下； \t严格落实。');
  });

  it('a `.` and a space ending a Chinese sentence mid-paragraph is reported; English, No. 5 and ordinals are not', () => {
    assert.deepEqual(found('punctuation-width', '三是严守纪律. 谢谢。'), ['.']);
    assert.deepEqual(found('punctuation-width', '三是严守纪律.  “谢谢”。'), ['.']);
    assert.deepEqual(found('punctuation-width', '三是严守纪律.  '), ['.']);
    for (const t of ['毕业于MIT. 合作企业为华为。', '见No. 5文件。', '1. 加强领导。', '一. 加强领导。', '版本号为v1. 2版。', '各单位要落实. abc。', '第三条. 5日内办结。']) {
      assert.deepEqual(found('punctuation-width', t), [], t);
    }
  });
});

describe('punctuation-width: the blank of a form after a colon stays', () => {
  it('before 年 月 日 and between two field labels the space is a blank to fill in', () => {
    assert.equal(fixed('punctuation-width', '编制日期: 年 月 日 联系电话: 通讯地址: 邮政编码:'), '编制日期： 年 月 日 联系电话： 通讯地址： 邮政编码：');
    assert.equal(fixed('punctuation-width', '项目申报单位（公章）: 项目实施单位（公章）：'), '项目申报单位（公章）： 项目实施单位（公章）：');
    // A label followed by its value is text: the space goes.
    assert.equal(fixed('punctuation-width', '第四项: 校长讲话：全体起立'), '第四项：校长讲话：全体起立');
  });
});

describe('hang guards: long runs of one mark stay linear', () => {
  // A quadratic scan took 25 s on 100,000 `。` and 98 s on 200,000 (punctuation-ellipsis, before); the budget is
  // generous, this is no speed test.
  const n = 200_000;
  for (const mark of ['。', '…', '⋯', '.', '·', '，', '、', '“', '—', '～', '-', '…。', '1,', '第1, 2, …, 5条，', '第1, 2, 5条，', '共1,200,…,3,400元，', '杭, ', 'Is this 西湖? ', '增长5.2%...']) {
    // `…。` repeated: 200,000 characters, each pair a finding; a number list (`第1, 2, …, 5条，`) 20,000 times; `1,`
    // repeated: one list of 100,000 numbers; `杭, ` and `Is this 西湖? `: a mark before a space, whose sentence is
    // read for its script (once a line, `englishSentences`).
    const times = mark.length === 1 ? n : Math.floor(n / mark.length);
    it(`${times.toLocaleString('en')} × ${mark} in one line, all rules`, () => {
      const text = '各单位' + mark.repeat(times) + '等工作\n';
      for (const language of ['plaintext', 'markdown'] as const) {
        const t = Date.now();
        const r = lint(text, { language }, RULES);
        assert.deepEqual(r.errors, []);
        assert.ok(Date.now() - t < 10_000, `${mark} (${language}) took ${Date.now() - t} ms`);
      }
    });
  }

  it('the ellipsis-and-等 check still finds its match at the start of a run, after a long run too', () => {
    assert.deepEqual(found('punctuation-ellipsis', '党建、业务……等工作。').filter((s) => s.endsWith('等')), ['……等']);
    assert.deepEqual(found('punctuation-ellipsis', '党建、业务。。。。等等工作。').filter((s) => s.endsWith('等')), ['。。。。等等']);
    const long = '党建' + '.'.repeat(5000) + '等工作。';
    assert.deepEqual(found('punctuation-ellipsis', long).filter((s) => s.endsWith('等')), ['.'.repeat(5000) + '等']);
  });
});

describe('punctuation-duplicate: runs of three marks and a stray `.` next to `。`', () => {
  const kinds = (text: string) =>
    lint(text, { language: 'plaintext' }, [rule('punctuation-duplicate')]).findings.map((f) => `${text.slice(f.start, f.end)} ${f.fix?.kind}`);

  it('reports `，，。` `，、，` `，，，`; keeps the last mark, safely only for a `。` ending the line after `，` `、`', () => {
    assert.deepEqual(kinds('要求做好工作，，。确保落实。'), ['，，。 suggestion']);
    assert.deepEqual(kinds('要求做好“工作”，，。\n下一段。'), ['，，。 safe']);
    assert.deepEqual(kinds('要求做好工作，、。”'), ['，、。 safe']);
    assert.deepEqual(kinds('认真组织实施；，。'), ['；，。 suggestion']);
    assert.deepEqual(kinds('学习党章，、，党规。'), ['，、， suggestion']);
    assert.deepEqual(kinds('学习党章，，，党规。'), ['，，， safe']);
    assert.equal(fixed('punctuation-duplicate', '要求做好工作，，。\n学习党章，，，党规。'), '要求做好工作。\n学习党章，党规。');
    assert.equal(fixed('punctuation-duplicate', '要求做好工作，，。确保落实。'), '要求做好工作，，。确保落实。');
  });

  it('an ellipsis written with `。` is punctuation-ellipsis’s: no report', () => {
    for (const t of ['这件事就这样。。。不了了之了。', '这件事就这样。。。，不了了之了。', '这件事就这样，。。。。']) assert.deepEqual(kinds(t), [], t);
  });

  it('a stray half-width `.` before or after `。` is deleted; an abbreviation’s point, `...` and `.NET` stay', () => {
    assert.deepEqual(kinds("要求'执行'.。确保落实。"), ['.。 safe']);
    assert.equal(fixed('punctuation-duplicate', '要求做好工作.。确保落实。.'), '要求做好工作。确保落实。');
    for (const t of ['合作企业为Apple Inc.。', '见文件No.。', '版本为3.。', '他说...。', '采用。.NET框架', '落实。..']) assert.deepEqual(kinds(t), [], t);
  });

  it('--fix converges on the new user’s file: `,,` becomes one `，`, `.。` one `。`', () => {
    const text = "一、加强领导，确保落实……等等,,要求'执行'.。\n";
    const all = fixAll(text, { language: 'plaintext' }, 8, RULES).text;
    assert.ok(all.includes('等等，要求') && all.endsWith('”。\n'), all);
  });
});

describe('full-width digits in an ordinal', () => {
  const doc = '关于加强管理的通知\n\n各单位：\n\n一、工作要求\n\n１．加强领导。\n\n２．压实责任。\n\n3．强化督查。\n';

  it('numbering-punctuation reports them and writes the digits half-width; numeral-usage leaves the marker to it', () => {
    const f = lint(doc, { language: 'plaintext' }, RULES).findings.filter((x) => x.rule === 'numbering-punctuation' || x.rule === 'numeral-usage');
    assert.deepEqual(
      f.map((x) => `${x.rule} ${doc.slice(x.start, x.end)} ${x.fix?.edits[0].newText} ${x.fix?.kind}`),
      ['numbering-punctuation １． 1. safe', 'numbering-punctuation ２． 2. safe', 'numbering-punctuation 3． 3. safe'],
    );
    assert.ok(f[0].message.zh.includes('“1.”') && !f[0].message.zh.includes('“１.”'), f[0].message.zh);
  });

  it('--fix ends at 1. in one pass and then reports nothing on the markers', () => {
    const r = fixAll(doc, { language: 'plaintext' }, 8, RULES);
    assert.ok(r.text.includes('\n1.加强领导。\n\n2.压实责任。\n\n3.强化督查。\n'), r.text);
    // One edit per marker, all in the first pass: no second rule rewrites the digits afterwards.
    assert.deepEqual(r.passes[0].map((e) => e.newText).filter((t) => /^\d\.$/.test(t)), ['1.', '2.', '3.']);
    assert.equal(r.passes.flat().filter((e) => /[0-9０-９]/.test(e.newText)).length, 3);
    const again = lint(r.text, { language: 'plaintext' }, RULES).findings.filter((x) => x.rule.startsWith('numbering') || x.rule === 'numeral-usage');
    assert.deepEqual(again, []);
    assert.equal(fixAll(r.text, { language: 'plaintext' }, 8, RULES).text, r.text);
  });

  it('a well-punctuated marker with full-width digits, and one in brackets, are reported; half-width ones are not', () => {
    const text = '一、工作要求\n（１）加强领导。\n（２）压实责任。\n';
    const f = lint(text, { language: 'plaintext' }, [rule('numbering-punctuation')]).findings;
    assert.deepEqual(f.map((x) => `${text.slice(x.start, x.end)}→${x.fix?.edits[0].newText}`), ['（１）→（1）', '（２）→（2）']);
    assert.equal(f[0].message.en, 'Ordinal "（１）" has full-width digits; expected "（1）"');
    assert.deepEqual(found('numbering-punctuation', '一、工作要求\n（1）加强领导。\n（2）压实责任。\n1.加强领导。\n'), []);
  });

  it('numbering-mixed expects half-width digits too', () => {
    const text = '一、工作要求\n1.加强领导。\n2.压实责任。\n（３）强化督查。\n';
    const f = lint(text, { language: 'plaintext' }, [rule('numbering-mixed')]).findings;
    assert.deepEqual(f.map((x) => x.fix?.edits[0].newText), ['3.']);
  });
});

describe('two ordinals stacked at a line start (`一.(一)、加强领导`)', () => {
  /** The text after fixing with every rule (safe fixes only). */
  const fixedAll = (text: string) => fixAll(text, { language: 'plaintext' }, 8, RULES).text;
  const stacked = (text: string) =>
    lint(text, { language: 'plaintext' }, [rule('numbering-punctuation')]).findings.filter((f) => /又有序号/.test(f.message.zh));

  it('is reported on the second ordinal, with no fix: which level the writer meant is not known', () => {
    for (const [t, second] of [['一.(一)、加强领导', '(一)、'], ['一、（一）加强领导', '（一）'], ['二、 （1）加强领导', '（1）'], ['1.①加强领导', '①']]) {
      const f = stacked(t);
      assert.deepEqual(f.map((x) => t.slice(x.start, x.end)), [second], t);
      assert.equal(f[0].fix, undefined, t);
    }
  });

  it('--fix leaves the line as it is (no half fix such as `一、（一）、加强领导`); the outer marker is only offered', () => {
    for (const t of ['一.(一)、加强领导\n', '一、(一)加强领导\n', '一.（一）加强领导\n']) assert.equal(fixedAll(t), t, t);
    const outer = lint('一.(一)、加强领导', { language: 'plaintext' }, [rule('numbering-punctuation')]).findings.find((f) => f.start === 0);
    assert.equal(outer?.fix?.kind, 'suggestion');
  });

  it('not stacked: one ordinal, an enumeration of ordinals in running text, a bracket that is no ordinal', () => {
    for (const t of ['（一）加强领导', '一、加强领导', '按照第（一）、（二）项规定执行。', '一、(2020)年度工作', '一、（试行）办法']) {
      assert.deepEqual(stacked(t), [], t);
    }
    // The width fix still converts a bracket after a marker that holds no ordinal.
    assert.equal(fixedAll('一、加强(试行)管理\n'), '一、加强（试行）管理\n');
  });
});

describe('numbering-punctuation: the fix of a marker takes the spaces typed after it before an ideograph', () => {
  it('taken before an ideograph (年 included: no form blank follows an ordinal), kept before anything else', () => {
    assert.equal(fixed('numbering-punctuation', '一. 加强领导\n'), '一、加强领导\n');
    assert.equal(fixed('numbering-punctuation', '一.  年度工作\n'), '一、年度工作\n');
    // A tab is no typed space: it stays, and the spaces before it with it.
    assert.equal(fixed('numbering-punctuation', '一. \t年度工作\n'), '一、 \t年度工作\n');
    assert.equal(fixed('numbering-punctuation', '(一)  加强领导\n'), '（一）加强领导\n');
    assert.equal(fixed('numbering-punctuation', '一. Windows系统\n'), '一、 Windows系统\n');
  });

  it('taken before a Chinese opening mark too (`一. “十四五”规划`): one finding, one fix, no stray space, no other rule', () => {
    const t = '一. “十四五”规划的主要目标\n';
    assert.equal(fixed('numbering-punctuation', t), '一、“十四五”规划的主要目标\n');
    assert.equal(fixed('numbering-punctuation', '（1) 《条例》解读\n'), '（1）《条例》解读\n');
    const all = lint(t, { language: 'plaintext' }, RULES).findings;
    assert.deepEqual(all.map((f) => `${f.rule} ${t.slice(f.start, f.end)}`), ['numbering-punctuation 一.']);
    assert.equal(fixAll(t, { language: 'plaintext' }, 8, RULES).text, '一、“十四五”规划的主要目标\n');
    // A well-formed ordinal is not touched; a Latin word after the space keeps it.
    assert.equal(fixAll('一、 “十四五”规划\n', { language: 'plaintext' }, 8, RULES).text, '一、 “十四五”规划\n');
    assert.equal(fixed('numbering-punctuation', '一. Windows系统\n'), '一、 Windows系统\n');
  });
});

describe('a wrapped reference entry in an incremental analysis', () => {
  it('editing one line of an entry gives what a full lint gives (the entry is read within its paragraph)', () => {
    const base = [
      '关于数字政府建设的调研报告',
      '',
      '参考文献',
      '[1] 王明. 公文写作教程[M].',
      '北京: 人民出版社, 2020: 12-15.',
      '[2] 赵六. 一个很长的题目在这里, 说明换行情况. 北京: 北京大学出版社,',
      '2019.',
      '主讲人为李明博士,毕业于北京大学.',
    ];
    // Each step: the lines after one edit — a year dropped, a line break removed, the entry number typed away, a blank line put in.
    const steps = [
      (l: string[]) => l.map((x) => x.replace('2019.', '九月.')),
      (l: string[]) => l.map((x) => x.replace('九月.', '2019.')),
      (l: string[]) => [...l.slice(0, 3), l[3] + l[4], ...l.slice(5)],
      (l: string[]) => l.map((x) => x.replace('[2] ', '')),
      (l: string[]) => [...l.slice(0, 4), '', ...l.slice(4)],
    ];
    const session = new LintSession();
    let lines = base;
    for (const [i, step] of [(l: string[]) => l, ...steps].entries()) {
      lines = step(lines);
      const text = lines.join('\n') + '\n';
      const full = lint(text, { language: 'plaintext' }, [rule('punctuation-width')]).findings.map((f) => `${f.start}:${f.end}`);
      const inc = lint(text, { language: 'plaintext' }, [rule('punctuation-width')], session).findings.map((f) => `${f.start}:${f.end}`);
      assert.deepEqual(inc, full, `step ${i}`);
      if (i === 0) assert.equal(full.length, 2, 'only the line after the entries');
    }
  });
});

describe('punctuation-ellipsis: the dots of an English phrase in Chinese text', () => {
  it('are English after a Latin word with no ideograph after them; Chinese text around dots still gets ……', () => {
    assert.deepEqual(found('punctuation-ellipsis', '英文教材中“To be continued...”一句不作翻译。\n'), []);
    assert.equal(fixed('punctuation-ellipsis', '英文教材中“To be continued...”一句不作翻译。\n'), '英文教材中“To be continued...”一句不作翻译。\n');
    assert.deepEqual(found('punctuation-ellipsis', '加强党建、业务建设...工作。\n他说OK...我们走。\n'), ['...', '...']);
  });
});

describe('punctuation-ellipsis: the midline ellipsis ⋯ (U+22EF)', () => {
  it('⋯⋯ and ⋯ in Chinese text are ……; four are the twelve dots of an omitted paragraph', () => {
    const t = '他说⋯⋯我们要落实⋯。\n“⋯⋯”\n党建、业务⋯⋯等工作。\n中间从略：⋯⋯⋯⋯\n';
    assert.deepEqual(found('punctuation-ellipsis', t), ['⋯⋯', '⋯', '⋯⋯', '⋯⋯', '⋯⋯等', '⋯⋯⋯⋯']);
    // (Before 等 the ellipsis is only offered: the fix is to delete it, which the 等 finding offers.)
    assert.equal(fixed('punctuation-ellipsis', t), '他说……我们要落实……。\n“……”\n党建、业务⋯⋯等工作。\n中间从略：…………\n');
  });

  it('in a number list of a Chinese sentence it goes with the commas, in one pass', () => {
    const t = '他说第1, 2, ⋯, 5条要落实。\n';
    assert.equal(fixAll(t, { language: 'plaintext' }, 1, RULES).text, '他说第1，2，……，5条要落实。\n');
  });

  it('stays in a formula, a mathematical list and a table-of-contents leader', () => {
    for (const t of ['求1+2+⋯+n的和。\n', '当n=1, 2, ⋯, 10时，数列a₁, a₂, ⋯, aₙ的和。\n', '第一章　总则⋯⋯⋯⋯⋯⋯12\n', 'a, b, ⋯\n']) {
      assert.deepEqual(found('punctuation-ellipsis', t), [], t);
      assert.equal(fixAll(t, { language: 'plaintext' }, 8, RULES).text, t, t);
    }
  });
});
