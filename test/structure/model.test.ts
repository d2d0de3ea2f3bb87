/**
 * The structure model in detail: what opens a scope (docs/notes/structure.md), numerals past 99,
 * bare ordinals, lines to skip, no recursion on depth, linear table scanning, and fixes that reach
 * a fixed point within three passes.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Source, isDelimiterRow } from '../../server/src/core/source';
import { buildSections, scopeKind, siblingLists } from '../../server/src/core/numbering/tree';
import { formatMarker, parseBareMarker, parseMarker, runInMarkers } from '../../server/src/core/numbering/markers';
import { parseChineseNumeral, toChineseNumeral } from '../../server/src/core/numbering/numerals';
import { lint } from '../../server/src/core/lint';
import { appliesInBulk, fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import type { Language, Section, SectionTree } from '../../server/src/core/types';

const NUMBERING = RULES.filter((r) => r.meta.id.startsWith('numbering-') || r.meta.id === 'enumeration-sequence');

function tree(text: string, language: Language = 'plaintext'): SectionTree {
  return buildSections(new Source(text, language));
}

/** `kind[/scope]:label` of each section, indented by depth. */
function shape(t: SectionTree): string[] {
  const out: string[] = [];
  const todo: Array<[Section, number]> = [...t.roots].reverse().map((s) => [s, 0]);
  while (todo.length) {
    const [s, d] = todo.pop() as [Section, number];
    const k = scopeKind(s);
    out.push(`${'  '.repeat(d)}${s.kind}${k ? `/${k}` : ''}:${s.label}`);
    for (let i = s.children.length - 1; i >= 0; i--) todo.push([s.children[i], d + 1]);
  }
  return out;
}

function rules(text: string, language: Language = 'plaintext'): string[] {
  const r = lint(text, { language }, NUMBERING);
  return r.findings.map((f) => `${r.source.lineAt(f.start).index + 1} ${f.rule}`);
}

describe('numerals past 99', () => {
  it('round-trips 1..999 and writes 一百、一百零一、一百一十', () => {
    for (let n = 1; n < 1000; n++) assert.equal(parseChineseNumeral(toChineseNumeral(n)), n, String(n));
    assert.deepEqual([100, 101, 110, 115, 999].map(toChineseNumeral), ['一百', '一百零一', '一百一十', '一百一十五', '九百九十九']);
    assert.equal(formatMarker('cn', 101), '一百零一、');
    assert.equal(formatMarker('cn-paren', 100), '（一百）');
  });
  it('rejects forms that are not ordinals', () => {
    for (const s of ['百', '一十二', '十十', '一百十', '二〇', '一一', '一千']) assert.equal(parseChineseNumeral(s), 0, s);
  });
  it('reads 一百、 as a marker, but not amounts like 三百、五百元', () => {
    assert.equal(parseMarker('一百、其他', 0, 5)?.value, 100);
    assert.equal(parseMarker('一百零一、其他', 0, 7)?.value, 101);
    assert.equal(parseMarker('三百、五百元不等', 0, 8), undefined);
  });
  it('renumbering past 99 writes Chinese ordinals, and Arabic ones up to 999', () => {
    const cn = ['目录', '', ...Array.from({ length: 101 }, (_, i) => `${toChineseNumeral(i === 100 ? 102 : i + 1)}、条目`)].join('\n');
    const fixed = fixAll(cn, { language: 'plaintext' }, 3, NUMBERING, { suggestions: true }).text;
    assert.ok(fixed.endsWith('一百零一、条目'), fixed.slice(-20));
    const ar = ['目录', '', ...Array.from({ length: 101 }, (_, i) => `${i === 100 ? 102 : i + 1}.条目`)].join('\n');
    assert.ok(fixAll(ar, { language: 'plaintext' }, 3, NUMBERING, { suggestions: true }).text.endsWith('101.条目'));
  });
});

describe('what is and is not an ordinal', () => {
  it('bare ordinals: digits glued to a word, confirmed by a neighbour', () => {
    assert.equal(parseBareMarker('1加强理论学习', 0, 7)?.canonical, '1.');
    for (const s of ['3月份完成', '5年来', '2024年', '10项措施', '0加强']) assert.equal(parseBareMarker(s, 0, s.length), undefined, s);
    assert.deepEqual(rules('计划\n\n1加强理论学习\n2严格组织生活\n'), ['3 numbering-punctuation', '4 numbering-punctuation']);
    // A lone one is not confirmed: nothing.
    assert.deepEqual(rules('计划\n\n1加强理论学习\n\n正文。\n'), []);
  });
  it('2、3月份 and 5、6月份 at a line start stay non-markers', () => {
    assert.equal(parseMarker('2、3月份', 0, 5), undefined);
    assert.deepEqual(tree('通知\n\n2、3月份组织培训。\n5、6月份组织检查。\n').markers, []);
  });
  it('run-in ordinals after a sentence are seen, line-initial ones are not renumbered because of them', () => {
    const t = '1.会议时间。2.导言。介绍概况。3.议定事项。';
    assert.deepEqual(runInMarkers(t, 0, t.length).map((m) => m.text), ['2.', '3.']);
    assert.deepEqual(rules(`纪要\n\n${t}\n4.其他事项。\n`), []);
  });
  it('whole-line bold and emoji prefixes: the marker behind them is read, in plain text too', () => {
    assert.deepEqual(tree('方案\n\n**一、总体要求**\n\n📊 二、主要任务\n\n✅ **三、保障措施**\n').markers.map((s) => s.marker?.text), ['一、', '二、', '三、']);
    // `**` that does not wrap the whole line is left alone in plain text (it may be a placeholder).
    assert.deepEqual(tree('方案\n\n**一、总体要求 正文\n').markers, []);
  });
});

describe('what opens a scope', () => {
  it('第X条: items restart under every 条 (the issue 7 example gives nothing)', () => {
    const text = '办法\n\n第四条 本办法所称补助分为：\n（一）一次性补助；\n（二）定期补助。\n第五条 申请补助应当提交：\n（一）申请表；\n（二）身份证明。\n';
    assert.deepEqual(rules(text), []);
    assert.deepEqual(shape(tree(text)).slice(1, 3), ['heading/article:第四条 本办法所称补助分为：', '  marker:（一）一次性补助；']);
    assert.equal(fixAll(text, { language: 'plaintext' }, 8, NUMBERING, { suggestions: true, minSeverity: 'hint' }).text, text);
  });
  it('编, 章, 节 nest; 第四条措施 in prose is not a 条', () => {
    const t = tree('条例\n\n第一编 总则\n\n第一章 一般规定\n\n第一节 目的\n\n第一条 为了规范，制定本条例。\n\n第二章 管理\n');
    assert.deepEqual(shape(t).slice(1), [
      'heading/part:第一编 总则',
      '  heading/chapter:第一章 一般规定',
      '    heading/section:第一节 目的',
      '      heading/article:第一条 为了规范，制定本条例。',
      '  heading/chapter:第二章 管理',
    ]);
    assert.deepEqual(tree('要点\n\n第四条措施是加强督查。\n').roots.length, 1);
  });
  it('attachments: a list under 附件2 does not continue the list of 附件1', () => {
    const text = '通知\n\n附件1：名单\n\n1.甲\n2.乙\n\n附件2：要求\n\n1.丙\n2.丁\n';
    assert.deepEqual(rules(text), []);
    assert.deepEqual(shape(tree(text)).filter((l) => !l.startsWith(' ')), ['title:通知', 'heading/attachment:附件1：名单', 'heading/attachment:附件2：要求']);
  });
  it('parts: 上篇 / 第一部分 / 第3期', () => {
    for (const head of ['上篇 理论', '第一部分 基础', '第3期', '2024年第3期']) {
      const t = tree(`标题\n\n${head}\n\n一、甲\n二、乙\n`);
      assert.equal(scopeKind(t.roots[1]), 'part', head);
    }
  });
  it('plain headings open a scope only for a list that starts at one right after them', () => {
    const text = '总结\n\n存在的问题\n1.学习不深。\n2.作风不实。\n整改措施\n1.加强学习。\n2.转变作风。\n';
    assert.deepEqual(rules(text), []);
    assert.deepEqual(shape(tree(text)).filter((l) => l.includes('plain')), ['heading/plain:存在的问题', 'heading/plain:整改措施']);
    // A short line inside a list that goes on is no scope: the gap stays visible.
    assert.deepEqual(rules('总结\n\n1.学习不深。\n2.作风不实。\n补充说明\n4.加强学习。\n'), ['6 numbering-sequence']);
  });
  it('an introducing line ending in ： opens a sub-list (the issue 7 example gives nothing)', () => {
    assert.deepEqual(rules('安排\n\n1.修订考核办法。\n2.修订值班制度。\n检查分以下步骤：\n1.现场查看\n2.查阅台账\n'), []);
  });
  it('…but the seed-like run under a heading is still a wrong-level run when the outer list resumes', () => {
    const text = '讲话\n\n一、提高认识\n要做到以下几点：\n一、认识甲。\n二、认识乙。\n二、狠抓落实\n';
    assert.deepEqual(rules(text), ['5 numbering-level']);
  });
  it('letter ordinals: A. B. A.1., 甲、乙, 其一 其二', () => {
    for (const [a, b] of [['A.背景', 'B.内容'], ['甲、雨情', '乙、工情'], ['其一，重心下移', '其二，方式创新'], ['（A）背景', '（B）内容']]) {
      const text = `简报\n\n${a}\n1.一项\n2.二项\n${b}\n1.三项\n2.四项\n`;
      assert.deepEqual(rules(text), [], a);
      assert.equal(scopeKind(tree(text).roots[1]), 'letter', a);
    }
  });
  it('Markdown # headings and whole-line bold in .md', () => {
    assert.deepEqual(rules('# 报告\n\n## 问题\n\n1. 甲\n2. 乙\n\n## 建议\n\n1. 丙\n', 'markdown'), []);
    assert.deepEqual(rules('报告\n\n**问题**\n\n1. 甲\n2. 乙\n\n**建议**\n\n1. 丙\n', 'markdown'), []);
  });
  it('lines to skip (a residue block) are not read as structure', () => {
    const text = '方案\n\n1.甲\n2.乙\n1、下载文档前请确认\n2、本站不提供售后\n3.丙\n';
    assert.ok(rules(text).length > 0);
    const t = buildSections(new Source(text, 'plaintext'), { skipLines: new Set([4, 5]) });
    assert.deepEqual(t.markers.map((s) => s.marker?.value), [1, 2, 3]);
  });
});

describe('in-paragraph enumerations', () => {
  it('一、…二、…四、, （1）…（2）…（4）, ①②④ inside one paragraph are checked like 一是 chains', () => {
    assert.deepEqual(rules('意见\n\n主要有三点：一、准确；二、简明；四、规范。\n'), ['3 enumeration-sequence']);
    assert.deepEqual(rules('意见\n\n要求：（1）真实；（2）及时；（4）规范。\n'), ['3 enumeration-sequence']);
    assert.deepEqual(rules('意见\n\n注意：①简洁；②规范；④正确。\n'), ['3 enumeration-sequence']);
    assert.deepEqual(rules('意见\n\n主要有两点：一、准确；二、简明。要求：（1）真实；（2）及时。\n'), []);
  });
  it('short items are items', () => {
    assert.deepEqual(rules('讲话\n\n一是抓学习；二是抓作风；四是抓落实。\n'), ['3 enumeration-sequence']);
  });
  it('a chain ends with its section and does not reach across a long distance', () => {
    const filler = Array.from({ length: 10 }, (_, i) => `第${i + 1}段正文内容。`).join('\n\n');
    const text = `讲话\n\n一是抓学习；二是抓作风。\n\n${filler}\n\n四是抓落实。\n`;
    // Ten paragraphs later, a lone 四是 is a chain of its own (a lone item is never reported) …
    assert.deepEqual(rules(text), []);
    // … while nearby it continues the chain and the gap is found.
    assert.deepEqual(rules('讲话\n\n一是抓学习；二是抓作风。\n\n正文。\n\n四是抓落实。\n'), ['7 enumeration-sequence']);
    assert.deepEqual(rules('讲话\n\n存在的问题\n\n第一，学习不够。第二，作风不实。\n\n整改措施\n\n第一，加强学习。第二，转变作风。\n'), []);
  });
  it('ordinal-word series in different run-in items are separate', () => {
    assert.deepEqual(rules('要求\n\n（1）第一，学习；第二，实践。（2）首先，思考；其次，总结；最后，提高。\n'), []);
  });
});

describe('robustness', () => {
  it('a Markdown list thousands of levels deep: no stack overflow, every rule runs', () => {
    const lines: string[] = [];
    for (let i = 0; i < 2400; i++) lines.push(`${' '.repeat(i)}1. 项`);
    const text = lines.join('\n');
    const r = lint(text, { language: 'markdown' });
    assert.deepEqual(r.errors, []);
    let depth = 0;
    for (let s: Section | undefined = r.sections.roots[0]; s; s = s.children[0]) depth++;
    assert.ok(depth > 1000, `depth ${depth}`);
    assert.equal(siblingLists(r.sections).length, depth);
    // And the fix of a wrong-level run over it is built without recursion too.
    assert.ok(fixAll(text, { language: 'markdown' }, 3).passes.length <= 3);
  });

  /** Time in ms of `f` (median of three); used only as a generous hang guard. */
  function time(f: () => void): number {
    const t: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      f();
      t.push(performance.now() - s);
    }
    return t.sort((a, b) => a - b)[1];
  }

  it('table rows, bar-free lines and delimiter rows full of spaces are scanned in linear time (hang guard)', () => {
    const cases: Array<[string, (n: number) => string]> = [
      ['table rows without a delimiter', (n) => 'a | b\n'.repeat(n)],
      ['lines without bars', (n) => Array.from({ length: n }, (_, i) => ' '.repeat(i % 50) + '1. 项').join('\n')],
      ['delimiter rows with long runs of spaces and bars', (n) => `|${' '.repeat(n)}|${' |'.repeat(n)}\n`.repeat(20)],
    ];
    for (const [name, gen] of cases) {
      const small = gen(5000);
      const large = gen(20000);
      const a = time(() => new Source(small, 'markdown'));
      const b = time(() => new Source(large, 'markdown'));
      // Linear: ×4 input ≈ ×4 time. A quadratic scan would be ×16 and take seconds here.
      assert.ok(b < 2000, `${name}: ${b.toFixed(0)} ms for ${large.length} characters`);
      assert.ok(b < Math.max(50, a * 12), `${name}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms for ×4 input`);
    }
    assert.equal(isDelimiterRow('|---|:--:|', 0, 10), true);
    assert.equal(isDelimiterRow('| --- |', 0, 7), false);
    assert.equal(isDelimiterRow('--- | ---', 0, 9), true);
  });

  it('fixes reach a fixed point within three passes on random drafts (deterministic fuzz)', () => {
    const fams = ['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled', 'di'] as const;
    const tails = ['总体要求', '加强领导。各单位要落实。', '要求如下：', '', '存在的问题', '(四)丙', '1加强', '一是甲；二是乙；四是丁。', '（1）甲；（2）乙；（4）丙。'];
    const heads = ['', '', '', '**', '📊 ', '　　', '## ', '附件2', '第三条 ', 'A.'];
    let seed = 2024;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let iter = 0; iter < 150; iter++) {
      const lines: string[] = [];
      for (let i = 1 + rnd(24); i > 0; i--) {
        const head = heads[rnd(heads.length)];
        lines.push(rnd(10) < 7 ? head + formatMarker(fams[rnd(fams.length)], 1 + rnd(rnd(4) ? 5 : 110)) + tails[rnd(tails.length)] : head + tails[rnd(tails.length)]);
      }
      const text = lines.join(rnd(4) ? '\n' : '\r\n');
      for (const language of ['markdown', 'plaintext'] as const)
        for (const choice of [{}, { suggestions: true, minSeverity: 'hint' as const }]) {
          const out = fixAll(text, { language }, 3, RULES, choice).text;
          const left = lint(out, { language }).findings.filter((f) => appliesInBulk(f, choice));
          assert.deepEqual(left.map((f) => `${f.rule} ${out.slice(f.start, f.end)}`), [], `${language} ${JSON.stringify(choice)} ${JSON.stringify(text)}`);
        }
    }
  });
});

describe('tree invariants on the structure documents', () => {
  const dir = path.join(__dirname, 'docs');
  it('every section inside its parent, siblings in order, titles inside ranges, also with CRLF', () => {
    for (const f of fs.readdirSync(dir)) {
      const base = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const text of [base, base.replace(/\n/g, '\r\n')]) {
        const t = tree(text, f.endsWith('.md') ? 'markdown' : 'plaintext');
        const todo: Array<[Section[], Section | undefined]> = [[t.roots, undefined]];
        while (todo.length) {
          const [list, parent] = todo.pop() as [Section[], Section | undefined];
          let prevEnd = parent ? parent.start : 0;
          for (const s of list) {
            const at = `${f} line ${s.line + 1}`;
            assert.ok(s.parent === parent, `${at}: parent pointer`);
            assert.ok(s.start <= s.titleStart && s.titleStart <= s.titleEnd && s.titleEnd <= s.end && s.end <= text.length, `${at}: ranges`);
            if (parent) assert.ok(parent.start <= s.start && s.end <= parent.end, `${at}: inside parent`);
            assert.ok(s.start >= prevEnd, `${at}: after previous sibling`);
            prevEnd = s.end;
            todo.push([s.children, s]);
          }
        }
      }
    }
  });
});

describe('wording of the structure rules (issue 13)', () => {
  it('English fix titles carry no Chinese connective; messages do not end with their basis', () => {
    const texts = [
      '讲话\n\n一、提高认识\n一、甲。\n二、乙。\n三、丙。\n二、狠抓落实\n',
      '通知\n\n1.甲。\n2.乙。\n5.丙。\n6.丁。\n',
      '讲话\n\n一是甲；二是乙；四是丙；五是丁。\n',
      '通知\n\n（一）甲。\n（二）乙。\n(四)丙。\n',
    ];
    let titles = 0;
    for (const text of texts)
      for (const f of lint(text, { language: 'plaintext' }, NUMBERING).findings) {
        assert.ok(!/[（(](?:GB\/T|通行做法|实务)[^）)]*[）)]$/.test(f.message.zh), f.message.zh);
        if (!f.fix) continue;
        titles++;
        assert.ok(!/[至起从改为依次将这]/.test(f.fix.title.en), f.fix.title.en);
        assert.ok(/[“"].+[”"]/.test(f.fix.title.zh), `the title says what it writes: ${f.fix.title.zh}`);
      }
    assert.ok(titles >= 4);
  });
});

describe('第一， opening paragraphs', () => {
  it('is still an enumeration chain across paragraphs (not a structure line that ends it)', () => {
    assert.deepEqual(rules('讲话\n\n第一，学习。\n\n第二，实践。\n\n第四，提高。\n'), ['7 enumeration-sequence', '7 numbering-sequence']);
  });
});
