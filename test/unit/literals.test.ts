/**
 * Literal runs in Chinese text (text/literals.ts): spreadsheet formulas, file names, paths, compound units, formula
 * brackets and mathematical lists keep their ASCII marks. The text layer marks them `literal`, and no rule's safe
 * fix may change them; the Chinese text around them is still checked.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import { Source } from '../../server/src/core/source';
import { textLayer } from '../../server/src/core/text';
import { chineseNumberLists, literalSpans } from '../../server/src/core/text/literals';

/** The literal runs of a one-line text, as strings, sorted by start. */
const literals = (t: string) => {
  const s = literalSpans(t, 0, t.length);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < s.length; k += 2) pairs.push([s[k], s[k + 1]]);
  return pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]).map(([a, b]) => t.slice(a, b));
};
/** The text after every rule's safe fixes (what `--fix` writes). */
const fixedAll = (t: string) => fixAll(t, { language: 'plaintext' }, 8, RULES).text;
/** The ids of every rule's findings. */
const ruleIds = (t: string) => lint(t, { language: 'plaintext' }).findings.map((f) => f.rule);

describe('literal runs: what is read as a literal', () => {
  it('a spreadsheet formula, from = through its last term', () => {
    assert.deepEqual(literals('公式=IF(B2>=60,"合格","不合格")计算'), ['=IF(B2>=60,"合格","不合格")']);
    assert.deepEqual(literals('用=COUNTIF(C2:C50,"合格")/COUNT(C2:C50)计算'), ['=COUNTIF(C2:C50,"合格")/COUNT(C2:C50)']);
    // A string holding a bracket, nested calls.
    assert.deepEqual(literals('=SUM(IF(A1:A9>0,1,0))&"(人)"即可'), ['=SUM(IF(A1:A9>0,1,0))&"(人)"']);
    // Unclosed on the line, a one-letter function (`y=f(x)`), a comparison: none.
    assert.deepEqual(literals('公式=IF(B2>=60,"合格"'), []);
    assert.deepEqual(literals('设y=f(x)，'), []);
  });

  it('a spreadsheet function named without its =, when its arguments hold a cell reference', () => {
    assert.deepEqual(literals('会使用SUM(A1:A10)和IF(B2>60,"合格","不合格")公式'), ['SUM(A1:A10)', 'IF(B2>60,"合格","不合格")']);
    assert.deepEqual(literals('用VLOOKUP($A2,Sheet2!A:C,3,0)查找'), ['VLOOKUP($A2,Sheet2!A:C,3,0)']);
    // No cell among the arguments, a name inside a word, an unclosed call: none.
    assert.deepEqual(literals('按照第三级(S3A3G3)要求，GDP(2024年)增长，ISO(9001)认证'), []);
    assert.deepEqual(literals('xIF(B2>60)'), []);
    assert.deepEqual(literals('IF(B2>60,"合格"'), []);
  });

  it('a file name with a known extension, back to a quote, a space, a sentence mark or an unclosed bracket', () => {
    assert.deepEqual(literals('请下载附件“统计报表(2024版).xlsx”填写'), ['统计报表(2024版).xlsx']);
    assert.deepEqual(literals('附件(统计报表.xlsx)'), ['统计报表.xlsx']);
    assert.deepEqual(literals('见`log4j2.xml`文件'), ['log4j2.xml']);
    assert.deepEqual(literals('版本号为1.2，详见第3.5节。'), []);
    assert.deepEqual(literals('工作要求.然后'), []);
  });

  it('a Windows or Unix path, folders with spaces, the last part to a space, an extension or a sentence mark', () => {
    assert.deepEqual(literals('安装C:\\Program Files (x86)\\统计直报(新版)\\setup.exe，双击'), ['C:\\Program Files (x86)\\统计直报(新版)\\setup.exe', 'setup.exe']);
    assert.deepEqual(literals('保存在C:\\Temp 和 D:\\Data\\文件夹中'), ['C:\\Temp', 'D:\\Data\\文件夹中']);
    assert.deepEqual(literals('见/usr/local/bin/app 目录'), ['/usr/local/bin/app']);
    assert.deepEqual(literals('\\\\server\\share\\a.docx 中'), ['\\\\server\\share\\a.docx', 'a.docx']);
    // A slash between words, units, numbers, a standard's prefix, a URL: no path.
    assert.deepEqual(literals('和/或，km/h，1/2，GB/T 9704，2024/5/6，每人/天，https://a.com/b/c'), []);
  });

  it('a compound unit with a product dot, and a bracket of an arithmetic formula', () => {
    assert.deepEqual(literals('定额为150L/(人·d)，采用kg/(m²·a)'), ['150L/(人·d)', 'kg/(m²·a)']);
    assert.deepEqual(literals('综合得分=(技术分+商务分)/2，增幅=(本年值-上年值)/上年值×100%。'), ['=(技术分+商务分)/', '=(本年值-上年值)/']);
    // No operator outside the bracket, or none between terms inside (a hyphenated word is none): a sentence's bracket.
    assert.deepEqual(literals('项目(一期+二期)建设'), []);
    assert.deepEqual(literals('采用(甲方/乙方)方式，办法(试行)/规定，* (`web-residue`)'), []);
  });

  it('a half-width list of mathematical terms with an ellipsis, after = or with a letter', () => {
    assert.deepEqual(literals('当n=1, 2, …, 10时，数列a₁, a₂, …, aₙ的和'), ['1, 2, …, 10', 'a₁, a₂, …, aₙ']);
    assert.deepEqual(literals('x=1,2,...,n'), ['1,2,...,n']);
    // Numbers in a sentence, Chinese words, a single term: none.
    assert.deepEqual(literals('第1, 2, …条'), []);
    assert.deepEqual(literals('北京,上海,…,广州'), []);
    assert.deepEqual(literals('n=1, …'), []);
  });

  it('the text layer marks them literal in plain text and Markdown', () => {
    for (const language of ['plaintext', 'markdown'] as const) {
      const t = '请填写“统计报表(2024版).xlsx”。\n';
      const spans = textLayer(new Source(t, language)).spans().filter((s) => s.kind === 'literal');
      assert.deepEqual(spans.map((s) => t.slice(s.start, s.end)), ['统计报表(2024版).xlsx'], language);
    }
  });
});

describe('literal runs: --fix leaves them, the Chinese text around them is still corrected', () => {
  it('the tester’s drafts are left as they are', () => {
    for (const t of [
      '　　成绩列“等级”统一使用公式=IF(B2>=60,"合格","不合格")计算，汇总表使用=COUNTIF(C2:C50,"合格")统计合格人数，请勿改动公式。\n',
      '　　请下载附件“统计报表(2024版).xlsx”填写，安装程序位于C:\\Program Files (x86)\\统计直报(新版)\\setup.exe，填好后以“单位名称(统计报表).xlsx”命名上传。\n',
      '　　居民生活用水定额为150L/(人·d)，污水处理采用Ca(OH)2和Al2(SO4)3进行化学除磷。\n',
      '　　综合得分=(技术分+商务分)/2，增幅=(本年值-上年值)/上年值×100%。\n',
      '　　当n=1, 2, …, 10时，分别计算数列a₁, a₂, …, aₙ的和。\n',
    ]) {
      assert.equal(fixedAll(t), t);
      assert.deepEqual(ruleIds(t), [], t);
    }
  });

  it('still reported around a literal', () => {
    assert.equal(fixedAll('请下载“统计报表(2024版).xlsx”,按时填写(试行).\n'), '请下载“统计报表(2024版).xlsx”，按时填写（试行）。\n');
    assert.equal(fixedAll('项目(一期+二期)建设\n'), '项目（一期+二期）建设\n');
    assert.ok(ruleIds('他说第1, 2, …, 5条要落实。\n').includes('punctuation-width'));
  });

  it('a number list in a Chinese sentence is corrected whole, in one pass: commas and ellipsis together', () => {
    // Before, only the comma after `…` was widened, and the ellipsis rule fired on the next pass.
    assert.equal(fixedAll('他说第1, 2, …, 5条要落实。\n'), '他说第1，2，……，5条要落实。\n');
    assert.equal(fixedAll('他说第1,2,...,5条要落实。\n'), '他说第1，2，……，5条要落实。\n');
    // One pass (at most one round of fixes) gives the whole correction: the findings agree with --fix.
    assert.equal(fixAll('他说第1, 2, …, 5条要落实。\n', { language: 'plaintext' }, 1, RULES).text, '他说第1，2，……，5条要落实。\n');
    assert.deepEqual(ruleIds('他说第1, 2, …, 5条要落实。\n'), ['punctuation-width', 'punctuation-width', 'punctuation-ellipsis', 'punctuation-width']);
    // A mathematical list, a list ending in its ellipsis, thousands separators: not read as one.
    assert.equal(fixedAll('当n=1, 2, …, 10时计算。\n'), '当n=1, 2, …, 10时计算。\n');
    assert.equal(fixedAll('第1, 2, …条\n'), '第1, 2, ……条\n');
  });
});

/** The number lists of a one-line text: `kind text` and the commas between the items (offsets). */
const lists = (t: string) => chineseNumberLists(t, 0, t.length).map((l) => [`${l.kind} ${t.slice(l.start, l.end)}`, l.commas.map((k) => k - l.start)]);
/** The text after every rule's fixes, suggestions included (what `--fix --fix-suggestions` writes). */
const fixedWithSuggestions = (t: string) => fixAll(t, { language: 'plaintext' }, 8, RULES, { suggestions: true }).text;
/** The findings of every rule: `rule text-of-range fix-kind`. */
const findings = (t: string) => lint(t, { language: 'plaintext' }).findings.map((f) => `${f.rule} ${t.slice(f.start, f.end)} ${f.fix?.kind}`);

describe('number lists: what is read as one (chineseNumberLists)', () => {
  it('with an ellipsis; with thousands separators; without an ellipsis', () => {
    assert.deepEqual(lists('第1, 2, …, 5条'), [['ellipsis 1, 2, …, 5', [1, 4, 7]]]);
    // The commas inside `1,200` and `3,400` are no separators.
    assert.deepEqual(lists('共1,200,…,3,400元'), [['grouped 1,200,…,3,400', [5, 7]]]);
    assert.deepEqual(lists('第1, 2, 5条'), [['plain 1, 2, 5', [1, 4]]]);
    assert.deepEqual(lists('附件1,2。'), [['plain 1,2', [1]]]);
  });

  it('none: a mathematical list, coordinates, an English run, decimals, a Latin word after, a number with separators, a trailing ellipsis', () => {
    for (const t of ['当n=1, 2, 5时', '点（1, 2）处', '点(1, 2)处', '见items 1, 2 and 5', '约1.5, 2, 3倍', '第1, 2, 5G网络', '共1,200元', '第100,200,300号', '分别为1,200, 3,400元', '第1, 2, …条', '第1, 2']) {
      assert.deepEqual(lists(t).filter((l) => !String(l[0]).startsWith('ellipsis')), [], t);
    }
  });
});

describe('a list of numbers with thousands separators and an ellipsis (`共1,200,…,3,400元`)', () => {
  it('is read whole: --fix changes nothing (no lone comma converted), the separators and the ellipsis are offered together', () => {
    const t = '共1,200,…,3,400元。\n';
    assert.equal(fixedAll(t), t);
    assert.deepEqual(findings(t), ['punctuation-width 1,200,…,3,400 suggestion', 'punctuation-ellipsis … suggestion']);
    assert.equal(fixedWithSuggestions(t), '共1,200，……，3,400元。\n');
    // A correct ellipsis in such a list: only the separators.
    assert.equal(fixedWithSuggestions('共1,200,……,3,400元。\n'), '共1,200，……，3,400元。\n');
  });

  it('a list without separators in its numbers is still corrected safely; a single number with separators is no list', () => {
    assert.equal(fixedAll('第1,2,…,5条\n'), '第1，2，……，5条\n');
    for (const t of ['全年共1,200元。\n', '铁路共新建8,500公里，而国民\n']) {
      assert.equal(fixedWithSuggestions(t), t);
      assert.deepEqual(findings(t), [], t);
    }
  });
});

describe('a list of numbers without an ellipsis (`第1, 2, 5条`): 顿号 between 并列 numbers', () => {
  it('one finding on the list, one fix for all its commas (and the spaces after them); safe from three numbers on', () => {
    assert.deepEqual(findings('第1, 2, 5条要落实。\n'), ['punctuation-width 1, 2, 5 safe']);
    assert.equal(fixedAll('第1, 2, 5条要落实。\n'), '第1、2、5条要落实。\n');
    assert.equal(fixAll('第1,2,5条要落实。\n', { language: 'plaintext' }, 1, RULES).text, '第1、2、5条要落实。\n');
    assert.equal(fixedAll('详见附件1, 2, 3。\n'), '详见附件1、2、3。\n');
  });

  it('two numbers may be two clauses (`学校120, 45所为新建`): offered, not applied', () => {
    assert.deepEqual(findings('第1, 2条要落实。\n'), ['punctuation-width 1, 2 suggestion']);
    assert.equal(fixedAll('第1, 2条要落实。\n'), '第1, 2条要落实。\n');
    assert.equal(fixedWithSuggestions('第1, 2条要落实。\n'), '第1、2条要落实。\n');
  });

  it('left alone: formulas, coordinates, English runs, math lists, numbers with thousands separators', () => {
    for (const t of [
      '当n=1, 2, 5时计算。\n',
      '当n=1, 2, …, 10时计算。\n',
      '点（1, 2）与点(3, 4)之间。\n',
      'See items 1, 2 and 5 of the list.\n',
      '共1,200元，其中1,000元已拨付。\n',
      '采用5G, 4G网络。\n',
    ]) {
      assert.equal(fixedWithSuggestions(t), t, t);
      assert.deepEqual(findings(t).filter((f) => f.includes('1, 2') || f.includes('1,') || f.includes('3, 4')), [], t);
    }
  });
});

describe('并列 ordinals in Chinese numerals after 第 (`第二,三产业`): 顿号, as `第1, 2条`', () => {
  it('two numerals: 、 offered, not applied (`第三,四川省` reads the same); three: applied', () => {
    const t = '全市第二,三产业分别增长6.1%和5.4%。\n';
    assert.deepEqual(findings(t), ['punctuation-width 二,三 suggestion']);
    assert.equal(fixedAll(t), t);
    assert.equal(fixedWithSuggestions(t), '全市第二、三产业分别增长6.1%和5.4%。\n');
    assert.equal(fixedWithSuggestions('全市第三,四川省要加强。\n'), '全市第三、四川省要加强。\n');
    assert.equal(fixedAll('全年第一, 二, 三季度均增长。\n'), '全年第一、二、三季度均增长。\n');
    assert.equal(fixedAll('按第十一,十二条执行。\n').includes('，'), false);
  });

  it('no ordinal list: a comma after a numeral without 第, or before a non-numeral, is a comma', () => {
    assert.equal(fixedAll('全市分为二,三产业。\n'), '全市分为二，三产业。\n');
    assert.equal(fixedAll('全年第一,其次是第二。\n'), '全年第一，其次是第二。\n');
    assert.deepEqual(findings('全年第一,其次是第二。\n'), ['punctuation-width , safe']);
  });
});

describe('literal runs: a function named in a sentence (a tester’s correct document)', () => {
  it('--fix leaves SUM(A1:A10) and IF(B2>60,"合格","不合格") as written and still converts a bracket of Chinese text', () => {
    const t = '会使用Excel中的SUM(A1:A10)和IF(B2>60,"合格","不合格")公式。\n按照第三级(试行)要求。\n';
    assert.equal(fixedAll(t), '会使用Excel中的SUM(A1:A10)和IF(B2>60,"合格","不合格")公式。\n按照第三级（试行）要求。\n');
  });
});
