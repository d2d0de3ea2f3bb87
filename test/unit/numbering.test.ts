/** The numbering model: marker recognition, the section tree and its invariants. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Source } from '../../server/src/core/source';
import { parseMarker, renumbered } from '../../server/src/core/numbering/markers';
import { buildSections, misleveled } from '../../server/src/core/numbering/tree';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import type { Language, Section, SectionTree } from '../../server/src/core/types';
import { corpusFiles } from '../helpers/shared';

const NUMBERING = RULES.filter((r) => r.meta.id.startsWith('numbering-'));
const ROOT = path.join(__dirname, '..', '..');

function marker(s: string) {
  return parseMarker(s, 0, s.length);
}

function tree(text: string, language: Language = 'plaintext'): SectionTree {
  return buildSections(new Source(text, language));
}

/** `label` of each section, indented by depth. */
function shape(t: SectionTree): string[] {
  const out: string[] = [];
  const walk = (list: Section[], depth: number) => {
    for (const s of list) {
      out.push(`${'  '.repeat(depth)}${s.kind}:${s.label}`);
      walk(s.children, depth + 1);
    }
  };
  walk(t.roots, 0);
  return out;
}

describe('marker recognition', () => {
  const table: Array<[string, string, number, number, string]> = [
    // written, family, level, value, canonical
    ['一、总体要求', 'cn', 1, 1, '一、'],
    ['十二、其他', 'cn', 1, 12, '十二、'],
    ['二十三、附则', 'cn', 1, 23, '二十三、'],
    ['一.总体要求', 'cn', 1, 1, '一、'],
    ['一．总体要求', 'cn', 1, 1, '一、'],
    ['一，总体要求', 'cn', 1, 1, '一、'],
    ['一：总体要求', 'cn', 1, 1, '一、'],
    ['一、2020年工作回顾', 'cn', 1, 1, '一、'],
    ['一、十四年伟大实践', 'cn', 1, 1, '一、'],
    ['（一）加强领导', 'cn-paren', 2, 1, '（一）'],
    ['（一）、加强领导', 'cn-paren', 2, 1, '（一）'],
    ['(一)加强领导', 'cn-paren', 2, 1, '（一）'],
    ['（一)加强领导', 'cn-paren', 2, 1, '（一）'],
    ['(一）加强领导', 'cn-paren', 2, 1, '（一）'],
    ['一）加强领导', 'cn-paren', 2, 1, '（一）'],
    ['1.工作目标', 'arabic', 3, 1, '1.'],
    ['1. 工作目标', 'arabic', 3, 1, '1.'],
    ['12.工作目标', 'arabic', 3, 12, '12.'],
    ['1、工作目标', 'arabic', 3, 1, '1.'],
    ['1．工作目标', 'arabic', 3, 1, '1.'],
    ['1,工作目标', 'arabic', 3, 1, '1.'],
    ['１．工作目标', 'arabic', 3, 1, '１.'],
    ['（1）企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['(1)企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['（1)企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['1）企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['1)企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['（1）、企业自查', 'arabic-paren', 4, 1, '（1）'],
    ['（１）通过编制规划', 'arabic-paren', 4, 1, '（１）'],
    ['1.2025年度防汛责任人名单', 'arabic', 3, 1, '1.'],
    ['2、2024年工作回顾', 'arabic', 3, 2, '2.'],
    ['①查隐患', 'circled', 5, 1, '①'],
    ['①、查隐患', 'circled', 5, 1, '①'],
    ['①.查隐患', 'circled', 5, 1, '①'],
    ['⑳查隐患', 'circled', 5, 20, '⑳'],
    ['第一，加强领导', 'di', 0, 1, '第一，'],
    ['第一、加强领导', 'di', 0, 1, '第一，'],
    ['第一：加强领导', 'di', 0, 1, '第一，'],
    ['第十，加强领导', 'di', 0, 10, '第十，'],
    // A heading whose title opens with a count is the item (not 三四项 / 三四十年).
    ['三、四项基本原则的学习', 'cn', 1, 3, '三、'],
    ['二、三个务必', 'cn', 1, 2, '二、'],
    ['三、四十年伟大实践', 'cn', 1, 3, '三、'],
    ['三、四风问题得到有效遏制。', 'cn', 1, 3, '三、'],
  ];
  for (const [written, family, level, value, canonical] of table) {
    it(`${written} → ${family} ${value} ${canonical}`, () => {
      const m = marker(written);
      assert.ok(m, `not recognised: ${written}`);
      assert.deepEqual([m.family, m.level, m.value, m.canonical], [family, level, value, canonical]);
      assert.equal(m.wellFormed, m.text === canonical);
      assert.equal(m.start, 0);
      assert.equal(written.startsWith(m.text), true);
    });
  }

  const nonMarkers = [
    '1.5万元以上的项目',
    '2.3%的增幅',
    '2024.05.06召开',
    '2024年工作回顾',
    '1、2、3号文件',
    '第一、二季度经济运行平稳',
    '第一、第二季度经济运行平稳',
    '（2024年5月6日）',
    '（二〇二四年五月六日）',
    '（此件公开发布）',
    '（十三五）规划',
    '1.1 总体要求',
    '1.2025亿元',
    '1.20255年',
    '一是一、二是二',
    '一是加强领导',
    '一、二月份受春节影响',
    '三、四天后',
    '一、二、三级预警',
    // Two numerals of one count opening a sentence.
    '三、四线城市参照执行。',
    '二、三产业比重持续上升。',
    '三、四星级酒店执行。',
    '七、八两个月是防汛关键期，全市一、二期工程已经完工。',
    '三、四十年来，这里发生了翻天覆地的变化。',
    '五、六百名志愿者参加了活动。',
    '一、二级医院执行本通知规定的价格标准。',
    '三、四号线同步开通',
    '十五、十六世纪，受海禁政策影响，临江港逐渐衰落。',
    '十九、二十世纪之交',
    '一方面，要加强领导',
    '第一批试点',
    '第一条 为了规范',
    '01.工作目标',
    '①②项',
    '（一',
    '（甲）',
    '十一五规划',
  ];
  for (const s of nonMarkers) it(`not a marker: ${s}`, () => assert.equal(marker(s), undefined));

  it('finds the marker after the line content start only (indentation, #, **)', () => {
    const src = new Source('　　一、总体要求\n## （一）工作目标\n**1.加粗**\n主要有两点：一、……；二、……。\n', 'markdown');
    const t = buildSections(src);
    assert.deepEqual(
      t.markers.map((s) => s.marker?.text),
      ['一、', '（一）', '1.'],
    );
  });

  it('renumbers only the numeral and keeps punctuation and digit width', () => {
    assert.equal(renumbered(marker('四、')!, 3), '三、');
    assert.equal(renumbered(marker('(四)')!, 3), '(三)');
    assert.equal(renumbered(marker('（４）')!, 3), '（３）');
    assert.equal(renumbered(marker('1、')!, 12), '12、');
    assert.equal(renumbered(marker('第四，')!, 3), '第三，');
  });

  it('a suggestion that renumbers or re-levels a full-width ordinal (１． （１）) writes the final half-width form in one application', () => {
    const text = '关于工作的通知\n\n各单位：\n\n一、总体要求\n\n１．加强领导\n\n２．完善制度\n\n４．强化督查\n\n二、保障措施\n\n（１）甲\n\n（２）乙\n\n（４）丙\n\n（５）丁\n\n１、戊\n\n２、己\n\n４、庚\n';
    const found = lint(text, { language: 'plaintext' }, NUMBERING).findings.filter((f) => f.rule === 'numbering-sequence');
    assert.deepEqual(
      found.map((f) => [text.slice(f.start, f.end), f.message.zh, f.fix?.kind, f.fix?.edits.map((e) => e.newText).join(',')]),
      [
        ['４．', '序号“４．”不连续，应为“3.”', 'suggestion', '3.'],
        ['（４）', '序号“（４）”不连续，应为“（3）”', 'suggestion', '（3）,（4）'],
        ['４、', '序号“４、”不连续，应为“3、”', 'suggestion', '3、'],
      ],
    );
    // Re-levelling too: `１．` `２．` straight under `一、` … wrong level → `（1）`, not `（１）`.
    const level = '关于工作的通知\n\n各单位：\n\n一、总体要求\n\n１．要清醒认识形势。\n\n１．看到成绩。\n\n２．看到不足。\n\n２．要全面落实责任。\n';
    const relevel = lint(level, { language: 'plaintext' }, NUMBERING).findings.filter((f) => f.rule === 'numbering-level');
    assert.deepEqual(relevel.map((f) => f.fix?.edits.map((e) => e.newText).join(',')), ['（1）,（2）']);
    assert.match(relevel[0].message.zh, /应降一级为“（1）”至“（2）”/);
  });
});

describe('section tree', () => {
  it('in Markdown, chapters and articles written as plain lines lie inside the heading above them, and the next heading closes them', () => {
    // The closing note of 2026-12-02: `## 三、` after plain `第六章` lines was nested under 第六章 and read as a new run
    // (numbering-sequence: "expected 一、", and --fix-suggestions renumbered 三、 四、 to 一、 二、).
    const text = '# 办法解读\n\n## 一、制定背景\n\n正文。\n\n## 二、主要内容\n\n办法共六章：\n\n第一章 总则\n\n第二章 数据采集\n\n第三章 附则\n\n## 三、适用范围\n\n正文。\n\n## 四、施行时间\n\n正文。\n';
    assert.deepEqual(shape(tree(text, 'markdown')).map((l) => l.trimEnd()), [
      'heading:办法解读',
      '  marker:一、制定背景',
      '  marker:二、主要内容',
      '    heading:第一章 总则',
      '    heading:第二章 数据采集',
      '    heading:第三章 附则',
      '  marker:三、适用范围',
      '  marker:四、施行时间',
    ]);
    assert.equal(fixAll(text, { language: 'markdown' }, 8, NUMBERING, { suggestions: true }).text, text);
    // Chapters as headings, articles as plain lines: the articles lie in their chapter and are numbered on through the text.
    const rules = '# 条例\n\n## 第一章 总则\n\n第一条 为了规范管理，制定本条例。\n\n第二条 本条例适用于本市。\n\n## 第二章 管理\n\n第三条 各部门应当履行职责。\n';
    assert.deepEqual(shape(tree(rules, 'markdown')).map((l) => l.trimEnd()), [
      'heading:条例',
      '  heading:第一章 总则',
      '    heading:第一条 为了规范管理，制定本条例。',
      '    heading:第二条 本条例适用于本市。',
      '  heading:第二章 管理',
      '    heading:第三条 各部门应当履行职责。',
    ]);
    assert.deepEqual(lint(rules, { language: 'markdown' }, NUMBERING).findings, []);
  });

  it('reads an ordinal inside a whole line of emphasis in any form: *…*, ***…***, _…_, ___…___ as **…**', () => {
    const rules = (text: string) => lint(text, { language: 'markdown' }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    for (const w of ['*', '***', '_', '__', '___']) {
      const text = `# 讲话\n\n**一、第一部分**\n\n内容。\n\n${w}二、第二部分${w}\n\n内容。\n\n**三、第三部分**\n\n内容。\n`;
      assert.deepEqual(rules(text), [], w);
      assert.deepEqual(shape(tree(text, 'markdown')).map((l) => l.trim()).filter((l) => l.startsWith('marker:')), ['marker:一、第一部分', 'marker:二、第二部分', 'marker:三、第三部分'], w);
      // --fix --fix-suggestions leaves the correct 三、 alone.
      assert.equal(fixAll(text, { language: 'markdown' }, 8, NUMBERING, { suggestions: true }).text, text, w);
    }
    // A real gap behind the wrapper is still reported.
    const gap = '# 讲话\n\n**一、第一部分**\n\n内容。\n\n*三、第三部分*\n\n内容。\n';
    assert.deepEqual(rules(gap).map((r) => r.split(':')[0]), ['numbering-sequence']);
  });

  it('nests parent-aware: children restart under each parent (no finding)', () => {
    const text = '某县工作要点\n\n一、发展经济\n（一）壮大实体经济。\n（二）扩大投资。\n二、改善民生\n（一）稳定就业。\n1.稳岗位。\n2.促创业。\n（二）办好教育。\n';
    const t = tree(text);
    assert.deepEqual(shape(t), [
      'title:某县工作要点',
      'marker:一、发展经济',
      '  marker:（一）壮大实体经济。',
      '  marker:（二）扩大投资。',
      'marker:二、改善民生',
      '  marker:（一）稳定就业。',
      '    marker:1.稳岗位。',
      '    marker:2.促创业。',
      '  marker:（二）办好教育。',
    ]);
    assert.deepEqual(lint(text, { language: 'plaintext', severities: { 'numbering-skip': 'warning' } }, NUMBERING).findings, []);
  });


  it('level jumps: two or more levels are numbering-level (warning), one level is numbering-skip (off by default), as docs/rules.md says', () => {
    const rules = (text: string, severities: Record<string, 'warning' | 'off'> = {}) =>
      lint(text, { language: 'plaintext', severities }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    const jump = '关于事项的通知\n\n各单位：\n\n一、工作要求\n\n（1）加强领导。\n\n（2）压实责任。\n\n二、保障措施\n\n1.加强领导。\n\n2.压实责任。\n';
    assert.deepEqual(rules(jump), ['numbering-level:（1）']);
    assert.deepEqual(rules(jump, { 'numbering-skip': 'warning' }), ['numbering-level:（1）', 'numbering-skip:1.']);
    // One level skipped, ① under any level: numbering-skip's alone.
    assert.deepEqual(rules('一、甲\n\n1.乙\n\n（一）丙\n\n（1）丁\n'), []);
    assert.deepEqual(rules('一、甲\n\n①乙\n\n②丙\n'), []);
    assert.deepEqual(rules('一、甲\n\n①乙\n\n②丙\n', { 'numbering-skip': 'warning' }), ['numbering-skip:①']);
    // The levels in order: nothing, with both rules on.
    assert.deepEqual(rules('一、甲\n\n（一）乙\n\n1.丙\n\n（1）丁\n', { 'numbering-skip': 'warning' }), []);
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');
    const section = (id: string) => doc.slice(doc.indexOf(`## ${id}\n`), doc.indexOf('\n## ', doc.indexOf(`## ${id}\n`) + 3));
    assert.match(section('numbering-level'), /跨两级/);
    assert.match(section('numbering-skip'), /跳一级/);
    assert.match(section('numbering-skip'), /默认关闭/);
  });

  it('an English list item of a bilingual notice (`(1) Original passport;`) is no ordinal; a Chinese item is', () => {
    const rules = (text: string) => lint(text, { language: 'plaintext' }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    const english = '关于外籍人员办理居留许可的通告\n\n一、申请人应当提交以下材料：\n\n（一）护照原件；\n\n（二）近期免冠照片。\n\n二、办理地点：市公安局出入境管理局。\n\nI. Applicants shall submit the following materials:\n\n(1) Original passport;\n\n(2) A recent passport photo.\n\n1. Two photos;\n\n2) One copy.\n\n特此通告。\n';
    assert.deepEqual(rules(english), []);
    assert.deepEqual(shape(tree(english)).filter((l) => l.includes('marker:(') || l.includes('marker:1.')), []);
    // Chinese items in half-width brackets, or with a Chinese word after an English one, are still ordinals.
    const chinese = '关于事项的通知\n\n一、工作要求\n\n(1) 加强领导。\n\n(2) Spring Boot 框架升级。\n\n(3) Windows系统更新。\n';
    assert.deepEqual(rules(chinese), ['numbering-level:(1)', 'numbering-punctuation:(1)', 'numbering-punctuation:(2)', 'numbering-punctuation:(3)']);
    // One English word is no English item either (`(1) GDP`).
    assert.equal(tree('一、甲\n\n(1) GDP\n').roots[0]?.children.length, 1);
    // One English word that ends an English clause (`(2) online.` after `(1) in writing;`) is an English item: no
    // `（2）` in an English sentence, no run that starts at (2).
    const article = '青禾市投诉处理办法\n\n第二条　投诉人可以通过下列方式投诉：\n\n（一）书面投诉；\n\n（二）网上投诉。\n\nArticle 2 A complainant may file a complaint in the following ways:\n\n(1) in writing;\n\n(2) online.\n\n第三条　本办法自2025年10月1日起施行。\n';
    assert.deepEqual(rules(article), []);
    assert.equal(fixAll(article, { language: 'plaintext' }, 8, RULES, { suggestions: true }).text, article);
  });

  it('a school class after its number (`（3）班王小明同学`, `（3）班、（5）班`) is no ordinal; `（1）班主任要……` is item one', () => {
    const rules = (text: string) => lint(text, { language: 'plaintext' }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    const praise = '关于表扬的通报\n\n各班级：\n\n一、基本情况\n\n今年以来，各班级表现良好。\n\n二、先进事迹\n\n（3）班王小明同学拾金不昧，值得表扬。\n\n（3）班、（5）班等班级的经验做法由市实验小学总结推广。\n\n三、有关要求\n\n各班要向他学习。\n';
    assert.deepEqual(rules(praise), []);
    assert.equal(fixAll(praise, { language: 'plaintext' }).text, praise);
    const items = '关于加强班级管理的通知\n\n一、工作要求\n\n（1）班主任要加强管理。\n\n（2）班级要建立台账。\n\n（4）班子成员要带头。\n';
    assert.deepEqual(rules(items), ['numbering-level:（1）', 'numbering-sequence:（4）']);
  });

  it('a duplicate that follows an ordinal of another style (`一、 二、 （3） 三、`) is only offered a renumbering: the run is a reading', () => {
    const text = '关于表扬的通报\n\n各班级：\n\n一、基本情况\n\n今年以来表现良好。\n\n二、先进事迹\n\n（3）组王小明同学拾金不昧。\n\n三、有关要求\n\n各班要向他学习。\n';
    const dup = lint(text, { language: 'plaintext' }, NUMBERING).findings.find((f) => f.rule === 'numbering-sequence');
    assert.equal(text.slice(dup!.start, dup!.end), '三、');
    assert.equal(dup!.fix?.kind, 'suggestion');
    assert.equal(fixAll(text, { language: 'plaintext' }).text, text);
    // Under a 第X条 the items are cited by number (第五条第（三）项): the renumbering is only offered there.
    const article = '某某办法\n\n第一条　为规范管理，制定本办法。\n\n第二条　报销须符合下列条件：\n\n（一）有合法有效的原始凭证；\n\n（二）经审核；\n\n（二）经会议同意。\n\n第三条　本办法自印发之日起施行。\n';
    const inArticle = lint(article, { language: 'plaintext' }, NUMBERING).findings.find((f) => f.rule === 'numbering-sequence');
    assert.equal(inArticle?.fix?.kind, 'suggestion');
    assert.equal(fixAll(article, { language: 'plaintext' }).text, article);
    // One style throughout: the lone duplicate is still fixed safely.
    const plain = '通知\n\n一、甲\n\n二、乙\n\n二、丙\n\n四、丁\n';
    assert.equal(fixAll(plain, { language: 'plaintext' }).text, plain.replace('二、丙', '三、丙'));
  });

  it('a stray ordinal is reported alone; the correct ordinals after it are not renumbered', () => {
    const seq = (text: string, language: Language = 'plaintext') =>
      lint(text, { language }, NUMBERING).findings.map((f) => `${text.slice(f.start, f.end)}:${f.message.zh}${f.fix ? `→${f.fix.edits.map((e) => e.newText).join(',')}` : ''}`);
    const under = '关于方案\n\n一、总体要求\n\n坚持安全第一。\n\n二、主要任务\n\n（一）加强领导\n\n一、强化监管。加强日常监管。\n\n三、保障措施\n\n成立领导小组。\n';
    const wantUnder = ['一、:序号“一、”位于“（一）加强领导”之下，却用了与“二、”同级的序号（前为“二、”，后为“三、”）：如是其下的条目，应改用下一级序号（如“1.”）'];
    assert.deepEqual(seq(under), wantUnder);
    assert.deepEqual(seq(under.replace(/^(一、总|二、|三、)/gm, '## $1').replace('（一）', '### （一）').replace('关于', '# 关于'), 'markdown'), wantUnder);
    // Last in the run, under a sub-item.
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n（一）丙\n\n一、丁。\n'), ['一、:序号“一、”位于“（一）丙”之下，却用了与“二、”同级的序号（前为“二、”）：如是其下的条目，应改用下一级序号（如“1.”）']);
    // Markdown: a paragraph going back after an H2, last in the run, is no sibling of the H2.
    assert.deepEqual(seq('# 方案\n\n## 一、总体要求\n\n正文。\n\n## 二、主要任务\n\n一、强化监管。\n', 'markdown'), [
      '一、:序号“一、”位于标题“二、主要任务”之下，却用了与之同级的序号：如是其下的条目，应改用下一级序号（如“（一）”）',
    ]);
    // A wrong number between two right ones.
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n五、丙\n\n三、丁\n\n四、戊\n'), ['五、:序号“五、”与前后不连续（前为“二、”，后为“三、”）：请核对此项的序号或位置']);
    // Two strays in a row: each reported alone, the correct 三、 四、 after them kept.
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n五、丙\n\n六、丁\n\n三、戊\n\n四、己\n'), [
      '五、:序号“五、”与前后不连续（前为“二、”，后为“三、”）：请核对此项的序号或位置',
      '六、:序号“六、”与前后不连续（前为“二、”，后为“三、”）：请核对此项的序号或位置',
    ]);
    const twoUnder = under.replace('一、强化监管。加强日常监管。\n\n', '一、强化监管。加强日常监管。\n\n二、严格执法。\n\n');
    const underMsg = (o: string) => `${o}:序号“${o}”位于“（一）加强领导”之下，却用了与“二、”同级的序号（前为“二、”，后为“三、”）：如是其下的条目，应改用下一级序号（如“1.”）`;
    assert.deepEqual(seq(twoUnder), [underMsg('一、'), underMsg('二、')]);
    assert.equal(fixAll(twoUnder, { language: 'plaintext' }, 8, NUMBERING, { suggestions: true }).text, twoUnder);
    // In Markdown the heading level tells the outer 三、 from a list 一、 二、 三、 of its own.
    const md = '# 方案\n\n## 一、总体要求\n\n坚持。\n\n## 二、主要任务\n\n一、强化监管。\n\n二、严格执法。\n\n## 三、保障措施\n\n成立。\n';
    assert.deepEqual(seq(md, 'markdown').map((f) => f.split(':')[0]), ['一、', '二、']);
    // Not two strays: the ordinal after them counts on from them and nothing shows it is the outer one (fanwen-dev 053).
    const own = '活动方案\n1.确定活动主题\n每月确定一个主题。\n2.安排活动内容\n1.学习研讨\n集中学习。\n2.志愿服务\n开展服务。\n3.文化活动\n举办比赛。\n';
    assert.ok(seq(own).every((f) => !f.includes('不连续（前为')), seq(own).join('\n'));
    assert.ok(seq(md.replace('## 三、', '三、'), 'markdown').every((f) => !f.includes('不连续（前为')));
    // Not two strays: one of them is the ordinal expected next, or a duplicate of the one before.
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n五、丙\n\n三、丁\n\n三、戊\n'), ['五、:序号“五、”与前后不连续（前为“二、”，后为“三、”）：请核对此项的序号或位置', '三、:序号“三、”重复，应为“四、”→四、']);
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n二、丙\n\n五、丁\n\n三、戊\n').map((f) => f.split(':')[0]), ['二、', '五、']);
    // Not stray: a gap the run does not recover from, a duplicate, a run renumbered from a break on.
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n四、丙\n\n五、丁\n'), ['四、:序号“四、”不连续，应为“三、”→三、,四、']);
    assert.deepEqual(seq('（一）甲\n（二）乙\n（二）丙\n（四）丁\n'), ['（二）:序号“（二）”重复，应为“（三）”→（三）']);
    assert.deepEqual(seq('一、甲\n\n二、乙\n\n一、丙\n\n二、丁\n'), ['一、:序号“一、”不连续，应为“三、”→三、,四、']);
  });

  it('reads an ordinal behind invisible format characters (U+200B U+200C U+200D U+2060 U+FEFF) as the heading it is', () => {
    for (const z of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200b\u200b', '\u200b\u3000\u3000']) {
      for (const language of ['plaintext', 'markdown'] as const) {
        const h = language === 'markdown' ? '## ' : '';
        const text = `关于事项的通知\n\n各单位：\n\n${h}一、总体要求\n\n${h}${z}二、主要任务\n\n${h}三、保障措施\n`;
        const t = tree(text, language);
        assert.deepEqual(t.roots.filter((s) => s.kind !== 'title').map((s) => s.marker?.value), [1, 2, 3], `${language} ${z.codePointAt(0)?.toString(16)}`);
        assert.deepEqual(lint(text, { language }, NUMBERING).findings.map((f) => f.message.zh), []);
      }
    }
    // Still read as a break when the hidden line's ordinal is wrong, and a zero-width mark alone does not make a heading.
    assert.deepEqual(lint('一、甲\n\n\u200b三、乙\n', { language: 'plaintext' }, NUMBERING).findings.map((f) => f.rule), ['numbering-sequence']);
    assert.deepEqual(shape(tree('通知\n\n\u200b加强领导\n\n正文。\n')).filter((l) => !l.startsWith('title')), []);
  });

  it('reads an indent written as character references (&emsp;&emsp; &#12288; &#x3000; &nbsp;) or typographic spaces (U+2003) as indentation: the heading is read', () => {
    for (const indent of ['&emsp;&emsp;', '&#12288;&#12288;', '&#x3000;', '&nbsp;&nbsp;&nbsp;&nbsp;', '&emsp; &emsp;', '\u2003\u2003', '\u2002\u2002', '\u3000\u3000']) {
      for (const language of ['plaintext', 'markdown'] as const) {
        const text = `关于事项的通知\n\n各单位：\n\n${indent}一、总体要求\n\n${indent}二、主要任务\n\n${indent}四、保障措施\n\n${indent}特此通知。\n`;
        const t = tree(text, language);
        assert.deepEqual(t.markers.map((s) => s.marker?.value), [1, 2, 4], `${language} ${JSON.stringify(indent)}`);
        const found = lint(text, { language }, NUMBERING).findings;
        assert.deepEqual(found.map((f) => `${text.slice(f.start, f.end)}:${f.message.en}`), ['四、:Ordinal "四、" breaks the sequence; expected "三、"'], `${language} ${JSON.stringify(indent)}`);
      }
    }
    // Not an indent: a reference that is no space, references with nothing after them, and in Markdown text that
    // would be Markdown after them (`&emsp;# 一`, a paragraph in CommonMark).
    assert.equal(tree('通知\n\n&lt;一、总体要求\n').markers.length, 0);
    assert.equal(tree('通知\n\n&emsp;&emsp;\n\n正文。\n').markers.length, 0);
    const src = new Source('# 通知\n\n&emsp;# 一、甲\n\n&emsp;&emsp;&lt;5%\n', 'markdown');
    assert.equal(src.text.slice(src.lines[2].contentStart, src.lines[2].end), '&emsp;# 一、甲');
    assert.equal(src.text.slice(src.lines[4].contentStart, src.lines[4].end), '&lt;5%');
  });

  it('reads an item whose text opens with a date (1.3月底前 / 2.4—6月 / 5.8月1日 / 6.2027—2028年) as item N., not the decimal 1.3', () => {
    const text = '某镇年度重点任务\n\n一、完善制度\n\n1.3月底前，修订镇村两级议事规则。\n\n2.4—6月，组织开展规则执行情况回头看。\n\n3.年底前完成全部制度汇编。\n\n二、强化落实\n\n4.建立任务台账。\n\n5.8月1日起，实行周调度制度。\n\n6.2027—2028年，分批培训村级干部。\n';
    assert.deepEqual(lint(text, { language: 'plaintext' }, NUMBERING).findings, []);
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, NUMBERING, { suggestions: true }).text, text);
    const labels = tree(text).markers.map((m) => m.label.slice(0, 2));
    assert.deepEqual(labels, ['一、', '1.', '2.', '3.', '二、', '4.', '5.', '6.']);
    // Not a candidate without a date after the point: a decimal stays a decimal, and a lone `1.3月` needs a neighbour.
    assert.equal(marker('1.5万元以上的项目'), undefined);
    assert.equal(tree('某镇通知\n\n1.5万元以上的项目须报批。\n').markers.length, 0);
    assert.equal(tree('某镇通知\n\n各村：\n\n1.3月份的报表请于月底前报送。\n').markers.length, 0);
  });

  it('reads a restart at one after a paragraph of prose as a second list of that level (no finding), not a run nested too high', () => {
    const text = '某县防汛通知\n\n各单位：\n\n一、工作要求\n\n1.加强组织领导，明确责任分工。\n\n2.强化值班值守，确保信息畅通。\n\n同时，各单位要做好以下物资准备工作。\n\n1.储备沙袋等防汛物资。\n\n2.检修抽排设备。\n\n二、其他事项\n\n请按时报送材料。\n';
    assert.deepEqual(lint(text, { language: 'plaintext' }, NUMBERING).findings, []);
    const t = tree(text);
    assert.equal(t.markers[3].label, '1.储备沙袋等防汛物资。');
    assert.equal(misleveled(t, t.markers[3]), undefined, 'the second 1. is not misleveled');
    // Without the paragraph between them the restart is a break of one list.
    const joined = lint(text.replace('同时，各单位要做好以下物资准备工作。\n\n', ''), { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(joined.map((f) => [f.rule, f.message.en]), [['numbering-sequence', 'Ordinal "1." breaks the sequence; expected "3."']]);
  });

  it('nests a run restarting at one straight under a one-sentence item whose own list resumes after it (一、…。 [一、 二、] 二、): a level finding, never a renumbering of the outer items', () => {
    const text = '副镇长在全镇秋冬季防火工作会议上的讲话\n\n同志们：\n\n一、要清醒认识防火形势的严峻性。\n一、看到成绩。去年全镇未发生较大火灾。\n二、看到不足。部分村组隐患排查不细。\n二、要全面落实防火责任制。\n三、要切实做好应急值守。\n';
    const found = lint(text, { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(
      found.map((f) => [f.rule, f.message.en, f.fix?.kind, f.fix?.edits.map((e) => text.slice(e.start, e.end) + '→' + e.newText).join('|')]),
      [['numbering-level', 'Ordinals "一、" to "二、" repeat the level of their parent "一、要清醒认识防火形势的…" (the outer list resumes at "二、"); use the next level: "（一）" to "（二）"', 'suggestion', '一、→（一）|二、→（二）']],
    );
    // Offered only: a bulk fix leaves the text alone; with suggestions only the inner items change.
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, NUMBERING).text, text);
    const suggested = fixAll(text, { language: 'plaintext' }, 8, NUMBERING, { suggestions: true }).text;
    assert.equal(suggested, text.replace('一、看到', '（一）看到').replace('二、看到', '（二）看到'));
    // A paragraph between the item and the run does not make the run a second list: the outer list still resumes at 二、.
    const introduced = text.replace('性。\n一、看到', '性。\n下面，我讲两个方面。\n一、看到');
    assert.deepEqual(lint(introduced, { language: 'plaintext' }, NUMBERING).findings.map((f) => f.rule), ['numbering-level']);
  });

  it('nests a run straight after the last one-sentence item of a list (三、…。 [一、 二、], nothing between) as its sub-items; after a paragraph of its own it is a second list', () => {
    const text = '关于做好冬春农田水利建设的通知\n\n各乡镇：\n\n一、统一思想认识。\n二、突出建设重点。\n三、强化要素保障。\n一、落实配套资金。\n二、保障施工用地。\n\n特此通知。\n';
    const found = lint(text, { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(
      found.map((f) => [f.rule, f.message.en, f.fix?.kind]),
      [['numbering-level', 'Ordinals "一、" to "二、" repeat the level of their parent "三、强化要素保障。"; use the next level: "（一）" to "（二）"', 'suggestion']],
    );
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, NUMBERING).text, text);
    // Blank lines between change nothing.
    const spaced = text.replace(/\n(?=[一二三]、)/g, '\n\n');
    assert.deepEqual(lint(spaced, { language: 'plaintext' }, NUMBERING).findings.map((f) => f.rule), ['numbering-level']);
    // A paragraph introducing the run (another speaker's points, another part) makes it a list of its own: no finding.
    const second = spaced.replace('三、强化要素保障。\n\n', '三、强化要素保障。\n\n县水利局就资金和用地提出两点意见。\n\n');
    assert.deepEqual(lint(second, { language: 'plaintext' }, NUMBERING).findings, []);
    // So does a lead-in sentence ending in a colon, with or without blank lines.
    for (const t of [spaced, text]) {
      const led = t.replace(/三、强化要素保障。\n+/, (m) => `${m}县水利局就资金和用地作了说明，强调：${m.slice('三、强化要素保障。'.length)}`);
      assert.notEqual(led, t);
      assert.deepEqual(lint(led, { language: 'plaintext' }, NUMBERING).findings, [], led);
    }
  });

  it('reads a restart at one after a paragraph of prose as a second list in a draft without blank lines too, but not after a wrapped line of the item before', () => {
    // A sample document quoted in a how-to page: its own 一、二、三、 follow the page's lead-in sentence.
    const text = '倡议书的写法\n一、倡议书的结构\n倡议书一般由标题、称呼、正文和落款组成。\n二、倡议书范例\n关于爱护社区环境的倡议书\n各位居民：\n为了建设整洁的社区环境，我们特向大家发出如下倡议：\n一、做好垃圾分类\n二、减少一次性用品\n三、爱护公共设施\n';
    assert.deepEqual(lint(text, { language: 'plaintext' }, NUMBERING).findings, []);
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, NUMBERING, { suggestions: true }).text, text);
    // Under a part heading, after the item's sentence, a paragraph without blank lines around it.
    const head = '某县防汛通知\n各单位：\n一、工作要求\n1.加强组织领导，明确责任分工。\n2.强化值班值守。';
    const tail = '\n1.储备沙袋等防汛物资。\n2.检修抽排设备。\n二、其他事项\n请按时报送材料。\n';
    assert.deepEqual(lint(`${head}\n同时，各单位要做好以下物资准备工作。${tail}`, { language: 'plaintext' }, NUMBERING).findings, []);
    assert.deepEqual(lint(`${head}\n同时，各单位要做好以下物资准备工作：${tail}`, { language: 'plaintext' }, NUMBERING).findings, []);
    // The second line of an item wrapped mid-sentence is no paragraph of its own: the restart is still a break.
    const wrapped = lint(`${head}各单位要确保\n信息畅通。${tail}`, { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(wrapped.map((f) => [f.rule, f.message.en]), [['numbering-sequence', 'Ordinal "1." breaks the sequence; expected "3."']]);
  });

  it('checks a list after its own lead-in line on its own when it does not go on from the list before (starts at one)', () => {
    const head = '某局通知\n\n一、检查安排\n\n1.检查时间为十月；\n2.检查范围为全局；\n3.检查方式为实地查看。\n\n';
    const wrong = `${head}请各单位按以下步骤做好自查：\n\n3.对照标准自查；\n4.形成自查报告。\n`;
    const found = lint(wrong, { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(found.map((f) => [f.rule, f.message.en, f.fix?.edits.map((e) => e.newText).join('|')]), [['numbering-sequence', 'The run starts at "3."; expected "1."', '1.|2.']]);
    // Numbered on across the lead-in: one list, right.
    const onward = `${head}此外，还要做好以下工作：\n\n4.开展演练；\n5.加强宣传。\n`;
    assert.deepEqual(lint(onward, { language: 'plaintext' }, NUMBERING).findings, []);
    // Without a lead-in between them the list is one run, whose break is reported where it is.
    const joined = lint(`${head}3.对照标准自查；\n4.形成自查报告。\n`, { language: 'plaintext' }, NUMBERING).findings;
    assert.deepEqual(joined.map((f) => f.message.en), ['Ordinal "3." repeats the previous one; expected "4."']);
  });

  it('reads tasks numbered on through the sections (工作要点) as children, and checks them on from there', () => {
    const text = '某局工作要点\n\n一、服务大局\n\n1.加强协调。\n\n2.做好保障。\n\n二、强化督查\n\n3.建立台账。\n\n4.开展督查。\n\n三、其他事项\n\n5.做好宣传。\n';
    assert.deepEqual(shape(tree(text)), [
      'title:某局工作要点',
      'marker:一、服务大局',
      '  marker:1.加强协调。',
      '  marker:2.做好保障。',
      'marker:二、强化督查',
      '  marker:3.建立台账。',
      '  marker:4.开展督查。',
      'marker:三、其他事项',
      '  marker:5.做好宣传。',
    ]);
    const all = { language: 'plaintext' as const };
    assert.deepEqual(lint(text, all, NUMBERING).findings, []);
    // A gap inside the continued run is still one, counted on from the cousins.
    const gap = lint(text.replace('4.开展', '5.开展').replace('5.做好', '6.做好'), all, NUMBERING).findings;
    assert.deepEqual(
      gap.map((f) => [f.rule, f.message.en]),
      [['numbering-sequence', 'Ordinal "5." breaks the sequence; expected "4."']],
    );
    // A run that does not go on from its cousins' last value still starts at one.
    const skip = lint(text.replace('3.建立', '4.建立').replace('4.开展', '5.开展').replace('5.做好', '6.做好'), all, NUMBERING).findings;
    assert.deepEqual(skip.map((f) => [f.rule, f.message.en]), [['numbering-sequence', 'The run starts at "4."; expected "1."']]);
    // Without children under 一、, `3.` after `二、` is the third item in the wrong style, as before.
    const mixed = lint('一、总体要求\n\n二、主要任务\n\n3.保障措施\n\n4.工作要求\n', all, NUMBERING).findings;
    assert.deepEqual(mixed.map((f) => f.rule), ['numbering-mixed', 'numbering-mixed']);
  });
  it('nests the seed-like inner run under its parent and marks it misleveled', () => {
    const text = '讲话\n\n一、头脑清醒\n一、要认识到甲。\n二、要认识到乙。\n三、要认识到丙。\n二、准确理解\n';
    const t = tree(text);
    assert.deepEqual(shape(t), [
      'title:讲话',
      'marker:一、头脑清醒',
      '  marker:一、要认识到甲。',
      '  marker:二、要认识到乙。',
      '  marker:三、要认识到丙。',
      'marker:二、准确理解',
    ]);
    const inner = t.roots[1].children;
    assert.ok(inner.every((s) => misleveled(t, s)?.outer === t.roots[1]));
    assert.ok(misleveled(t, inner[0])?.resume === t.roots[2]);
    const ids = lint(text, { language: 'plaintext' }, NUMBERING).findings.map((f) => f.rule);
    assert.deepEqual(ids, ['numbering-level'], 'one finding family: no sequence duplicates');
  });

  it('builds the seed: title, the outer list, the inner run under 一、', () => {
    const seed = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'numbering-level', 'seed.txt'), 'utf8');
    const t = tree(seed);
    assert.equal(t.roots[0].kind, 'title');
    assert.equal(t.roots[0].label, '某镇党委书记在“狠抓基层”活动动员部署会上的讲话');
    assert.deepEqual(
      t.roots.slice(1).map((s) => [s.marker?.text, s.children.map((c) => c.marker?.text)]),
      [
        ['一、', ['一、', '二、', '三、']],
        ['二、', []],
      ],
    );
    // Run-in item: the title ends at the first 。
    assert.equal(t.roots[1].children[0].label, '一、要充分认识到,开展"狠抓基层"活动,是贯彻落实上级决策部署的重要举措。');
  });

  it('takes a run-in heading title up to the first 。 or ：, else the whole line', () => {
    const t = tree('（一）加强组织领导。各单位要高度重视。\n（二）工作要求：一是……\n（三）强化保障\n');
    assert.deepEqual(
      t.markers.map((s) => s.label),
      ['（一）加强组织领导。', '（二）工作要求：', '（三）强化保障'],
    );
  });

  it('nests Markdown headings by level and markers under the nearest heading', () => {
    const md = '# 方案\n\n## 一、总体要求\n\n（一）目标。\n\n### 背景\n\n1. 现状。\n\n## 二、任务\n\n## 附录\n\n1. 名单。\n';
    assert.deepEqual(shape(tree(md, 'markdown')), [
      'heading:方案',
      '  marker:一、总体要求',
      '    marker:（一）目标。',
      '    heading:背景',
      '      marker:1. 现状。',
      '  marker:二、任务',
      '  heading:附录',
      '    marker:1. 名单。',
    ]);
  });

  it('nests Markdown lists by indentation, not only by ordinal style', () => {
    const md = '# 清单\n\n1. 甲\n   1. 甲一\n   2. 甲二\n2. 乙\n';
    assert.deepEqual(shape(tree(md, 'markdown')), ['heading:清单', '  marker:1. 甲', '    marker:1. 甲一', '    marker:2. 甲二', '  marker:2. 乙']);
    // In plain text, and with the U+3000 paragraph indent, indentation says nothing about nesting.
    assert.deepEqual(shape(tree('1. 甲\n   1. 甲一\n', 'plaintext')), ['marker:1. 甲', 'marker:1. 甲一']);
  });

  it('opens parts at 附件 and 注：, so their lists restart', () => {
    const text = '通知\n\n一、要求\n二、任务\n\n附件：1.清单\n　　　2.名单\n\n附件1\n\n一、县级责任\n\n注：\n① 见某文件。\n';
    assert.deepEqual(shape(tree(text)), [
      'title:通知',
      'marker:一、要求',
      'marker:二、任务',
      'heading:附件：',
      '  marker:1.清单',
      '  marker:2.名单',
      'heading:附件1',
      '  marker:一、县级责任',
      'heading:注：',
      '  marker:① 见某文件。',
    ]);
  });

  it('never takes markers from code, tables, quotes, comments or front matter', () => {
    const md = '---\na: 一、x\n---\n\n```\n一、代码\n```\n\n> 一、引文\n\n| 1、 | 表 |\n|---|---|\n\n<!-- 一、注释 -->\n';
    assert.deepEqual(tree(md, 'markdown').markers.map((x) => x.label), []);
  });

  it('skips residue before the title and does not take a salutation or sentence as title', () => {
    assert.equal(tree('SUCAI198.COM —— 专注范文\n\n某某的讲话\n\n同志们：\n').roots[0]?.label, '某某的讲话');
    assert.equal(tree('同志们：\n\n今天开会。\n').roots.length, 0);
    assert.equal(tree('只有一行标题\n').roots.length, 0);
  });
});

/** Every section's selection inside its range, children inside parents, siblings in order. */
function checkInvariants(t: SectionTree, text: string, where: string): void {
  const walk = (list: Section[], parent: Section | undefined) => {
    let prevEnd = parent ? parent.start : 0;
    for (const s of list) {
      const at = `${where} line ${s.line + 1} ${s.label.slice(0, 20)}`;
      assert.ok(s.parent === parent, `${at}: parent pointer`);
      assert.ok(s.start <= s.titleStart && s.titleStart <= s.titleEnd && s.titleEnd <= s.end, `${at}: selection inside range`);
      assert.ok(s.end <= text.length, `${at}: end inside text`);
      if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${at}: inside parent`);
      assert.ok(s.start >= prevEnd, `${at}: after previous sibling`);
      prevEnd = s.end;
      if (s.marker) assert.ok(s.marker.start === s.titleStart && s.marker.end <= s.titleEnd || s.marker.end <= s.end, `${at}: marker inside`);
      walk(s.children, s);
    }
  };
  walk(t.roots, undefined);
  for (let i = 1; i < t.markers.length; i++) assert.ok(t.markers[i - 1].start <= t.markers[i].start, `${where}: markers in order`);
}

describe('tree invariants', () => {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const files: string[] = [];
  for (const dir of fs.readdirSync(fixtures)) {
    if (!dir.startsWith('numbering-')) continue;
    for (const f of fs.readdirSync(path.join(fixtures, dir))) if (/\.(md|txt)$/.test(f)) files.push(path.join(fixtures, dir, f));
  }
  files.push(...corpusFiles());

  it(`hold on ${files.length} fixture and corpus files, also with CRLF`, () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const language: Language = file.endsWith('.md') ? 'markdown' : 'plaintext';
      checkInvariants(tree(text, language), text, path.basename(file));
      const crlf = text.replace(/\r?\n/g, '\r\n');
      checkInvariants(tree(crlf, language), crlf, `${path.basename(file)} (CRLF)`);
    }
  });
});

describe('random documents (deterministic fuzz)', () => {
  // Ordinals of every family and form, headings, scopes and lead-ins glued to short texts.
  const parts = ['一、', '二、', '三、', '四、', '（一）', '（二）', '（三）', '1.', '2.', '3.', '1、', '(1)', '（2）', '①', '②', '第一，', '第二、', '一.', '## ', '# ', '   ', '　　', '**', '附件：', '注：', '首先，', '其次，', '第三，', '', '```', '> ', '| a |', '1. ', '  1. '];
  const words = ['总体要求', '加强领导。各单位要落实。', '要充分认识到，这是重要举措。', '工作目标', 'X', '1.5万元', '二月份'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  it('keep the tree invariants, never throw, and every fix converges', () => {
    const severities = { 'numbering-skip': 'warning' as const };
    for (let iter = 0; iter < 400; iter++) {
      const lines: string[] = [];
      for (let i = 1 + rnd(20); i > 0; i--) lines.push(parts[rnd(parts.length)] + (rnd(3) ? parts[rnd(parts.length)] : '') + words[rnd(words.length)]);
      const text = lines.join(rnd(4) ? '\n' : '\r\n');
      for (const language of ['markdown', 'plaintext'] as const) {
        checkInvariants(tree(text, language), text, JSON.stringify(text));
        const { errors } = lint(text, { language, severities }, NUMBERING);
        assert.deepEqual(errors, [], JSON.stringify(text));
        const fixed = fixAll(text, { language, severities }, 8, NUMBERING, { suggestions: true, minSeverity: 'hint' }).text;
        const left = lint(fixed, { language, severities }, NUMBERING).findings.filter((f) => f.fix);
        assert.deepEqual(left.map((f) => f.message.zh), [], `${language} ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('an ordinal that completes a citation broken by a hard line wrap (text copied from a PDF)', () => {
  const wrapped = [
    '某县人民政府关于进一步规范行政执法行为的通知',
    '',
    '各乡镇人民政府，县政府各部门：',
    '　　为进一步规范行政执法行为，根据《某省行政执法条例》第二十条第',
    '（二）项的规定，现就有关事项通知如下：',
    '　　一、严格执法程序。执法人员不得少于两人。',
    '　　二、规范裁量基准。各部门要按时完成修订。',
    '',
  ].join('\n');
  it('after a line ending in 第 the ordinal opens no section: no sequence or level finding, no renumbering', () => {
    const r = lint(wrapped, { language: 'plaintext' });
    assert.deepEqual(r.findings.filter((f) => f.rule.startsWith('numbering-')).map((f) => f.message.zh), []);
    assert.deepEqual(r.sections.markers.map((s) => s.marker?.text), ['一、', '二、']);
  });
  it('without the 第 the same line is an ordinal as before', () => {
    const r = lint(wrapped.replace('第二十条第\n', '第二十条\n'), { language: 'plaintext' });
    assert.ok(r.sections.markers.some((s) => s.marker?.text === '（二）'));
  });
});

describe('chapters and articles written as Markdown headings are numbered on like plain ones', () => {
  it('`## 第一章` then `## 第三章` is a skip; `### 第一条` … `### 第二条` is not', () => {
    const md = ['# 某办法', '', '## 第一章　总则', '', '### 第一条', '', '为规范管理，制定本办法。', '', '## 第三章　附则', '', '### 第二条', '', '本办法自发布之日起施行。', ''].join('\n');
    const parts = lint(md, { language: 'markdown' }).findings.filter((f) => f.severityKey === 'numbering-sequence/parts');
    assert.deepEqual(parts.map((f) => md.slice(f.start, f.end)), ['第三章']);
    const right = md.replace('第三章', '第二章');
    assert.deepEqual(lint(right, { language: 'markdown' }).findings.filter((f) => f.rule.startsWith('numbering-')), []);
  });
});

describe('ordinals cited as items at the start of a sentence', () => {
  const numbering = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule.startsWith('numbering-')).map((f) => text.slice(f.start, f.end));
  it('`（一）、（二）两项指标……`, `（一）至（三）项……`: no section, no punctuation or stacking finding', () => {
    const text = ['一、工作成效', '', '（一）经济运行。全市生产总值增长5.2%。', '', '（二）民生保障。新增就业1.2万人。', '', '（一）、（二）两项指标均高于全省平均水平。', '', '（一）至（三）项由办公室负责。', '', '二、下一步打算', ''].join('\n');
    assert.deepEqual(numbering(text), []);
  });
  it('a heading after a first item, and a stacked pair of headings, are still read', () => {
    assert.ok(numbering(['一、工作成效', '', '（一）、（二）项目建设', ''].join('\n')).length > 0, 'stacked ordinals before 项目 are headings');
    assert.deepEqual(numbering(['一、工作成效', '', '（一）项目建设', '', '（二）项目管理', ''].join('\n')), []);
  });
});

describe('第 with a list of numerals at a line’s start is no 第一， ordinal', () => {
  it('`第一,二,三季度均增长`, `第二,三产业……`: no ordinal finding (punctuation-width reads the list); `第一,加强领导` still is one', () => {
    const text = ['一、工作成效', '', '第一,二,三季度均增长。', '', '第二,三产业增加值增长。', ''].join('\n');
    const fs = lint(text, { language: 'plaintext' }).findings;
    assert.deepEqual(fs.filter((f) => f.rule.startsWith('numbering-')).map((f) => text.slice(f.start, f.end)), []);
    const fixed = fixAll(text, { language: 'plaintext' }, 8, RULES).text;
    assert.ok(fixed.includes('第一、二、三季度均增长。'), fixed);
    assert.ok(!fixed.includes('第二，三产业'), fixed);
    const ordinal = ['一、工作成效', '', '第一,加强领导。', '', '第二,完善制度。', ''].join('\n');
    assert.equal(lint(ordinal, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-punctuation').length, 2);
    // a sentence that opens with a numeral word after the ordinal (`第二、一定要…`, a 1987 report): still the ordinal
    const word = ['一、工作成效', '', '第一、借外债的总额要有控制。', '', '第二、一定要用在生产建设上。', ''].join('\n');
    assert.equal(lint(word, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-punctuation').length, 2);
  });
});

describe('the list forms of a standard (GB/T 1.1-2020: a) b), then 1) 2) under them)', () => {
  const rules = (text: string) => lint(text, { language: 'plaintext' }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
  it('leaves `1)` `2)` under `a)` `b)` items alone, and fixes nothing in them', () => {
    const standard = '政务服务办理规范\n\n5　事项梳理\n\n5.1　申请材料应符合下列要求：\n\n　　a)　能通过数据共享获取的，不应要求申请人提交；\n\n　　b)　同一材料只提交一次，具体包括：\n\n　　　　1)　身份证明材料；\n\n　　　　2)　营业执照等主体资格材料。\n\n6　评价改进\n\n　　本章略。\n';
    assert.deepEqual(rules(standard), []);
    assert.equal(fixAll(standard, { language: 'plaintext' }).text, standard);
    // A 公文 without the letter items: `1)` is still the mistyped `（1）`.
    const notice = '关于事项的通知\n\n一、工作要求\n\n（一）材料\n\n1.身份证明\n\n1)　身份证明材料；\n\n2)　营业执照。\n';
    assert.deepEqual(rules(notice).filter((r) => r.startsWith('numbering-punctuation')), ['numbering-punctuation:1)', 'numbering-punctuation:2)']);
    // One letter item is no list of a standard (`a) 项` alone in a 公文), and `(1)` is no form of it.
    const lone = standard.replace('　　b)　同一材料', '　　同一材料');
    assert.deepEqual(rules(lone).filter((r) => r.startsWith('numbering-punctuation')), ['numbering-punctuation:1)', 'numbering-punctuation:2)']);
    const paren = standard.replace('1)　身份', '(1)　身份').replace('2)　营业', '(2)　营业');
    assert.deepEqual(rules(paren).filter((r) => r.startsWith('numbering-punctuation')), ['numbering-punctuation:(1)', 'numbering-punctuation:(2)']);
  });
});

describe('a 专栏 box of a 规划 (专栏1　title): its list starts afresh, and the body resumes after it', () => {
  const rules = (text: string) => lint(text, { language: 'plaintext' }, NUMBERING).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
  const plan =
    '青禾市生态环境保护规划\n\n一、重点任务\n\n（一）深入打好蓝天保卫战\n\n1.推进钢铁行业超低排放改造。\n\n2.加快淘汰柴油货车。\n\n' +
    '专栏1　大气污染防治重点工程\n\n1.钢铁行业超低排放改造工程：完成3家企业改造。\n\n2.挥发性有机物综合治理工程：实施治理项目120个。\n\n3.移动源污染治理工程：淘汰老旧柴油货车4 000辆。\n\n' +
    '3.强化重污染天气应对。完善应急减排清单。\n\n（二）深入打好碧水保卫战\n\n1.推进城镇污水管网全覆盖。\n\n2.加强入河排污口排查整治。\n\n' +
    '专栏2：水污染防治重点工程\n\n1.城镇污水处理提质增效工程。\n\n2.饮用水水源地规范化建设工程。\n\n二、保障措施\n\n（一）加强组织领导。\n';
  it('reads the box items as the box’s own list, not a run at the wrong level', () => {
    assert.deepEqual(rules(plan), []);
    assert.equal(fixAll(plan, { language: 'plaintext' }, 8, RULES, { suggestions: true }).text, plan);
    const lines = shape(tree(plan));
    assert.ok(lines.includes('    heading:专栏1　大气污染防治重点工程'), lines.join('\n'));
    assert.ok(lines.includes('      marker:1.钢铁行业超低排放改造工程：'), lines.join('\n'));
    // The body's `3.` after the box is the fourth child of （一）, the box's sibling.
    assert.ok(lines.includes('    marker:3.强化重污染天气应对。'), lines.join('\n'));
  });
  it('reads 【专栏3】title and 专栏三 as boxes too; 专栏 in a sentence is none', () => {
    for (const caption of ['【专栏1】大气污染防治重点工程', '专栏一　大气污染防治重点工程', '专栏1']) {
      assert.deepEqual(rules(plan.replace('专栏1　大气污染防治重点工程', caption)), [], caption);
    }
    assert.ok(rules(plan.replace('专栏1　大气污染防治重点工程', '开设宣传专栏1个，发布重点工程')).includes('numbering-level:1.'));
  });
  it('still reports a break in the box’s own list', () => {
    const broken = plan.replace('3.移动源污染治理工程', '4.移动源污染治理工程');
    assert.ok(rules(broken).includes('numbering-sequence:4.'), rules(broken).join('\n'));
  });
});
