import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source, quoteSpans, wholeLineEmphasis } from '../../server/src/core/source';
import { applyEdits, compatibleEdits } from '../../server/src/core/fix';
import { lint, resolveSeverity, severityKeys } from '../../server/src/core/lint';
import { appliesInBulk, fixAll } from '../../server/src/core/autofix';
import { RULES } from '../../server/src/core/rules/index';
import { msg } from '../../server/src/core/messages';
import type { Rule } from '../../server/src/core/types';

describe('Source', () => {
  it('splits LF, CRLF and lone CR with offsets into the exact text', () => {
    const s = new Source('a\r\nbc\rd\ne', 'plaintext');
    assert.deepEqual(
      s.lines.map((l) => [l.start, l.end, l.next]),
      [
        [0, 1, 3],
        [3, 5, 6],
        [6, 7, 8],
        [8, 9, 9],
      ],
    );
    assert.equal(s.eol, '\r\n');
    assert.equal(s.lineAt(4).index, 1);
    assert.equal(s.lineAt(9).index, 3);
  });

  it('skips a BOM on the first line', () => {
    const s = new Source('\ufeff一、总体要求\n', 'plaintext');
    assert.equal(s.bomLength, 1);
    assert.equal(s.lines[0].start, 1);
    assert.equal(s.lineText(s.lines[0]), '一、总体要求');
  });

  it('marks Markdown scopes: front matter, fences, comments, tables, quotes, headings', () => {
    const md = [
      '---',
      'title: x',
      '---',
      '# 一、标题',
      '```',
      '一、代码',
      '```',
      '<!--',
      '一、注释',
      '-->',
      '| 序号 | 内容 |',
      '|---|---|',
      '| 一、 | x |',
      '> 一、引文',
      '　　**（一）加粗**',
      '',
    ].join('\n');
    const s = new Source(md, 'markdown');
    assert.deepEqual(
      s.lines.map((l) => l.scope),
      ['frontmatter', 'frontmatter', 'frontmatter', 'text', 'code', 'code', 'code', 'html-comment', 'html-comment', 'html-comment', 'table', 'table', 'table', 'quote', 'text', 'blank'],
    );
    assert.equal(s.lines[3].headingLevel, 1);
    assert.equal(md.slice(s.lines[3].contentStart, s.lines[3].end), '一、标题');
    assert.equal(md.slice(s.lines[14].contentStart, s.lines[14].end), '（一）加粗**');
  });

  it('reads a line wrapped whole in emphasis of any CommonMark form as its content (wholeLineEmphasis)', () => {
    const w = (t: string) => wholeLineEmphasis(t, 0, t.length);
    assert.deepEqual(['*二、甲*', '**二、甲**', '***二、甲***', '_二、甲_', '__二、甲__', '___二、甲___', '*二*  '].map(w), [1, 2, 3, 1, 2, 3, 1]);
    // A list mark (`* `), a space inside the pair, a mismatched or inner run, a rule or blank, a run of four, in-word marks.
    for (const t of ['* 二、甲*', '** 二、甲**', '**二、甲 **', '**二、甲*', '*二*甲*', '**一、**甲**', '***', '___', '____', '____年__月__日', '____二____', '2*3*4', 'a_b_c', '*'])
      assert.equal(w(t), 0, t);
    const md = ['*二、第二部分*', '***三、第三部分***', '___四、第四部分___', '* 五、条目*', '## _六、标题_', '**一、**内容'].join('\n');
    const s = new Source(md, 'markdown');
    const starts = s.lines.map((l) => md.slice(l.contentStart, l.end));
    assert.deepEqual(starts, ['二、第二部分*', '三、第三部分***', '四、第四部分___', '* 五、条目*', '六、标题_', '一、**内容']);
    // Bold is two or three: italic alone is not a bold line.
    assert.deepEqual(s.lines.map((l) => s.isWholeLineBold(l)), [false, true, true, false, false, false]);
    // Plain text: the structure (not the content) starts after the opener, as for `**…**`.
    // A bold line with spaces inside its marks is read as before (`spaced`); a single mark before a space is a list mark.
    const txt = '*二、第二部分*\n___三、第三部分___\n* 四、条目*\n** 五、总体要求 **';
    const p = new Source(txt, 'plaintext');
    assert.deepEqual(p.lines.map((l) => txt.slice(p.structureStart(l), l.end)), ['二、第二部分*', '三、第三部分___', '* 四、条目*', '五、总体要求 **']);
    assert.deepEqual([wholeLineEmphasis('** 五 **', 0, 7, true), wholeLineEmphasis('* 五 *', 0, 5, true), wholeLineEmphasis('** 五 **', 0, 7)], [2, 0, 0]);
  });

  it('treats plain text as plain: no Markdown scopes', () => {
    const s = new Source('```\n# 一、x\n> y', 'plaintext');
    assert.deepEqual(
      s.lines.map((l) => [l.scope, l.headingLevel]),
      [
        ['text', 0],
        ['text', 0],
        ['text', 0],
      ],
    );
  });

  it('finds quoted spans, nested and unclosed', () => {
    const t = '他说“一是“甲”二是”然后"三是"，「四」‘五';
    const spans = quoteSpans(t, 0, t.length).map(([a, b]) => t.slice(a, b));
    assert.deepEqual(spans, ['“一是“甲”二是”', '"三是"', '「四」', '‘五']);
  });
});

describe('applyEdits', () => {
  it('applies adjacent edits and insertions at one offset, skips overlaps', () => {
    const r = applyEdits('abcdef', [
      { start: 2, end: 4, newText: 'X' },
      { start: 0, end: 2, newText: 'Y' },
      { start: 3, end: 5, newText: 'Z' },
      { start: 6, end: 6, newText: '1' },
      { start: 6, end: 6, newText: '2' },
    ]);
    assert.equal(r.text, 'YXef12');
    assert.equal(r.skipped.length, 1);
    assert.deepEqual(r.skipped[0], { start: 3, end: 5, newText: 'Z' });
  });

  it('rejects out-of-range edits instead of corrupting text', () => {
    const r = applyEdits('abc', [{ start: 2, end: 9, newText: 'x' }]);
    assert.equal(r.text, 'abc');
    assert.equal(r.skipped.length, 1);
  });

  it('keeps a multi-edit fix whole or defers it', () => {
    const a = { title: msg('a', 'a'), edits: [{ start: 0, end: 1, newText: 'A' }, { start: 5, end: 6, newText: 'B' }], kind: 'safe' as const };
    const b = { title: msg('b', 'b'), edits: [{ start: 5, end: 7, newText: 'C' }], kind: 'safe' as const };
    const c = { title: msg('c', 'c'), edits: [{ start: 1, end: 2, newText: 'D' }], kind: 'safe' as const };
    const r = compatibleEdits([a, b, c]);
    assert.deepEqual(r.taken, [a, c]);
    assert.deepEqual(r.deferred, [b]);
  });
});

describe('lint engine', () => {
  const boom: Rule = {
    meta: { id: 'boom', name: msg('炸', 'boom'), basis: '实务', defaultSeverity: 'warning', fixable: false, description: msg('炸', 'boom'), example: { wrong: 'a', right: 'b' } },
    check() {
      throw new Error('kaboom');
    },
  };
  const marks: Rule = {
    meta: {
      id: 'marks',
      name: msg('标记', 'marks'),
      basis: '实务',
      defaultSeverity: 'warning',
      fixable: true,
      description: msg('标记', 'marks'),
      example: { wrong: 'a', right: 'b' },
      subChecks: { soft: { defaultSeverity: 'info', description: msg('软', 'soft') } },
    },
    check(ctx) {
      for (const m of ctx.text.matchAll(/!/g)) {
        ctx.report({ message: msg('感叹', 'bang'), start: m.index!, end: m.index! + 1, fix: { title: msg('删', 'del'), edits: [{ start: m.index!, end: m.index! + 1, newText: '' }], kind: 'safe' } });
      }
      for (const m of ctx.text.matchAll(/\?/g)) ctx.report({ message: msg('问', 'q'), start: m.index!, end: m.index! + 1, sub: 'soft' });
    },
  };

  it('isolates a failing rule: the others still report', () => {
    const r = lint('a!b', {}, [boom, marks]);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].rule, 'boom');
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0].rule, 'marks');
  });

  it('resolves severities for rules and sub-checks', () => {
    assert.equal(resolveSeverity(marks, undefined, {}), 'warning');
    assert.equal(resolveSeverity(marks, 'soft', {}), 'info');
    assert.equal(resolveSeverity(marks, 'soft', { marks: 'error' }), 'info');
    assert.equal(resolveSeverity(marks, 'soft', { 'marks/soft': 'hint' }), 'hint');
    assert.equal(resolveSeverity(marks, 'soft', { marks: 'off', 'marks/soft': 'error' }), 'off');
    const r = lint('?!', { severities: { 'marks/soft': 'off' } }, [marks]);
    assert.deepEqual(
      r.findings.map((f) => [f.severityKey, f.severity]),
      [['marks', 'warning']],
    );
  });

  it('fixAll converges and reports what is left', () => {
    const r = fixAll('a!!b?!', {}, 8, [marks], { minSeverity: 'hint' });
    assert.equal(r.text, 'ab?');
    assert.equal(r.fixed, 3);
    assert.deepEqual(r.passes, [
      [
        { start: 1, end: 2, newText: '' },
        { start: 2, end: 3, newText: '' },
        { start: 5, end: 6, newText: '' },
      ],
    ]);
    assert.equal(fixAll('a!?', {}, 8, [marks], { minSeverity: 'hint', accept: (f) => f.severityKey !== 'marks' }).text, 'a!?');
    assert.deepEqual(
      r.remaining.map((f) => f.severityKey),
      ['marks/soft'],
    );
  });

  it('bulk fixing applies safe fixes at warning or above; suggestions and info only when asked', () => {
    const guess: Rule = {
      meta: { ...marks.meta, id: 'guess', subChecks: undefined },
      check(ctx) {
        for (const m of ctx.text.matchAll(/!/g)) {
          ctx.report({ message: msg('猜', 'guess'), start: m.index!, end: m.index! + 1, fix: { title: msg('改', 'change'), edits: [{ start: m.index!, end: m.index! + 1, newText: '.' }], kind: 'suggestion' } });
        }
      },
    };
    assert.equal(fixAll('a!b', {}, 8, [guess]).text, 'a!b');
    assert.equal(fixAll('a!b', {}, 8, [guess], { suggestions: true }).text, 'a.b');
    assert.equal(fixAll('a!b', { severities: { guess: 'info' } }, 8, [guess], { suggestions: true }).text, 'a!b');
    assert.equal(fixAll('a!b', { severities: { guess: 'info' } }, 8, [guess], { suggestions: true, minSeverity: 'info' }).text, 'a.b');
    const [finding] = lint('!', {}, [marks]).findings;
    assert.ok(appliesInBulk(finding));
    assert.ok(!appliesInBulk({ ...finding, severity: 'info' }));
  });

  it('gives each rule its declared option defaults overlaid with the given values', () => {
    const seen: unknown[] = [];
    const opt: Rule = {
      meta: { ...marks.meta, id: 'opt', options: { n: { type: 'number', default: 3, description: msg('数', 'n') }, s: { type: 'string', default: 'x', description: msg('串', 's') } } },
      check(ctx) {
        seen.push(ctx.options);
      },
    };
    lint('', {}, [opt]);
    lint('', { ruleOptions: { opt: { n: 5, unknown: 1 } } }, [opt]);
    assert.deepEqual(seen, [{ n: 3, s: 'x' }, { n: 5, s: 'x' }]);
  });

  it('lists every severity key of the registry', () => {
    const keys = severityKeys();
    for (const r of RULES) assert.ok(keys.includes(r.meta.id));
    assert.equal(new Set(keys).size, keys.length);
  });
});
