/**
 * "Disable for this line" (suppress-actions.ts `lineSuppression`): the comment it writes silences the
 * finding and nothing else, and never changes the document's structure — checked with the project's
 * own reading (lint: no new finding) and with a CommonMark + GFM parser (markdown-it: the same HTML
 * once the comments are taken out).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, scanDirectives, Source } from '../../server/src/core';
import { lineSuppression } from '../../server/src/suppress-actions';

// markdown-it has no bundled types; only `render` is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (o: { html: boolean }) => { render(s: string): string };
const md = new MarkdownIt({ html: true });
/** The rendered HTML without HTML comments: what a reader sees, block by block. */
const structure = (text: string) => md.render(text).replace(/<!--[^]*?-->\n?/g, '');

/** `line:severityKey` of each finding (1-based lines). */
function found(text: string): string[] {
  const r = lint(text, { language: 'markdown' });
  return r.findings.map((f) => `${r.source.lineAt(f.start).index + 1}:${f.severityKey}`);
}

/** Silence the first finding of `rule` with the line action; returns the new text. */
function silence(text: string, rule: string): string {
  const r = lint(text, { language: 'markdown' });
  const f = r.findings.find((x) => x.rule === rule);
  assert.ok(f, `a ${rule} finding in ${JSON.stringify(text)}`);
  const e = lineSuppression(r.source, f.start, rule);
  assert.ok(e, `an edit for ${JSON.stringify(text)}`);
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

const CASES: Array<[string, string, string, string]> = [
  // name, text, rule, expected text after
  ['paragraph, second line', '会议强调“要把\n工作落实到XX”。\n', 'placeholder', '会议强调“要把\n工作落实到XX”。<!-- gongwen-disable-line placeholder -->\n'],
  ['block quote, second line', '> 会议强调“要把\n> 工作落实到XX”。\n', 'placeholder', '> 会议强调“要把\n> 工作落实到XX”。<!-- gongwen-disable-line placeholder -->\n'],
  ['block quote, lazy line', '> 会议强调“要把\n工作落实到XX”。\n', 'placeholder', '> 会议强调“要把\n工作落实到XX”。<!-- gongwen-disable-line placeholder -->\n'],
  ['table body row', '| 项目 | 负责人 |\n| --- | --- |\n| 甲 | 张三 |\n| 乙 | XX |\n| 丙 | 李四 |\n', 'placeholder', '| 项目 | 负责人 |\n| --- | --- |\n| 甲 | 张三 |\n| 乙 | XX<!-- gongwen-disable-line placeholder --> |\n| 丙 | 李四 |\n'],
  ['table header row', '| 项目 | XX |\n| --- | --- |\n| 甲 | 张三 |\n', 'placeholder', '<!-- gongwen-disable-next-line placeholder -->\n| 项目 | XX |\n| --- | --- |\n| 甲 | 张三 |\n'],
  ['list item', '- 甲负责\n- 由XX负责\n', 'placeholder', '- 甲负责\n- 由XX负责<!-- gongwen-disable-line placeholder -->\n'],
  ['paragraph in a list item', '1. 甲负责。\n\n   由XX负责。\n', 'placeholder', '1. 甲负责。\n\n   由XX负责。<!-- gongwen-disable-line placeholder -->\n'],
  ['hard break by spaces', '第一行\n由XX负责  \n第三行\n', 'placeholder', '第一行\n由XX负责<!-- gongwen-disable-line placeholder -->  \n第三行\n'],
  ['hard break by backslash', '第一行\n由XX负责\\\n第三行\n', 'placeholder', '第一行\n由XX负责<!-- gongwen-disable-line placeholder -->\\\n第三行\n'],
  ['first line', '由XX负责。\n', 'placeholder', '<!-- gongwen-disable-next-line placeholder -->\n由XX负责。\n'],
  ['after a blank line', '正文。\n\n由XX负责。\n', 'placeholder', '正文。\n\n<!-- gongwen-disable-next-line placeholder -->\n由XX负责。\n'],
  ['heading after a paragraph', '正文。\n## XX工作 ##\n', 'placeholder', '正文。\n<!-- gongwen-disable-next-line placeholder -->\n## XX工作 ##\n'],
  ['CRLF paragraph', '会议强调“要把\r\n工作落实到XX”。\r\n', 'placeholder', '会议强调“要把\r\n工作落实到XX”。<!-- gongwen-disable-line placeholder -->\r\n'],
];

describe('disable for this line', () => {
  for (const [name, text, rule, expected] of CASES) {
    it(`${name}: silences the finding, keeps the structure, adds no finding`, () => {
      const after = silence(text, rule);
      assert.equal(after, expected);
      assert.equal(structure(after), structure(text), 'CommonMark structure unchanged');
      const before = found(text);
      const line = before.find((x) => x.endsWith(`:${rule}`))!;
      // The comment line above (if any) shifts later lines by one; compare by content.
      const shift = after.split(/\r?\n/).length - text.split(/\r?\n/).length;
      const expectedAfter = before.filter((x) => x !== line).map((x) => {
        const [l, k] = x.split(':');
        return `${Number(l) + (Number(l) >= Number(line.split(':')[0]) ? shift : 0)}:${k}`;
      });
      assert.deepEqual(found(after), expectedAfter);
    });
  }

  it('the tester\'s case: a comment line inside a paragraph did split it (why the inline form exists)', () => {
    const text = '会议强调“要把\n工作落实到XX”。\n';
    const split = '会议强调“要把\n<!-- gongwen-disable-next-line placeholder -->\n工作落实到XX”。\n';
    assert.notEqual(structure(split), structure(text));
    assert.deepEqual(found(split), ['1:punctuation-pairs', '3:punctuation-pairs']);
  });

  it('a second rule joins the comment already on the line', () => {
    const text = '正文\n由XX负责，，报送。\n';
    const once = silence(text, 'placeholder');
    assert.equal(once, '正文\n由XX负责，，报送。<!-- gongwen-disable-line placeholder -->\n');
    assert.deepEqual(found(once), ['2:punctuation-duplicate']);
    const twice = silence(once, 'punctuation-duplicate');
    assert.equal(twice, '正文\n由XX负责，，报送。<!-- gongwen-disable-line placeholder punctuation-duplicate -->\n');
    assert.deepEqual(found(twice), []);
  });

  it('a description after ` -- ` stays when a rule joins the comment', () => {
    const text = '正文\n由XX负责，，报送。<!-- gongwen-disable-line punctuation-duplicate -- 原文如此 -->\n';
    assert.equal(silence(text, 'placeholder'), '正文\n由XX负责，，报送。<!-- gongwen-disable-line punctuation-duplicate placeholder -- 原文如此 -->\n');
    const above = '<!-- gongwen-disable-next-line web-residue -- 范文 -->\n由XX负责。\n';
    assert.equal(silence(above, 'placeholder'), '<!-- gongwen-disable-next-line web-residue placeholder -- 范文 -->\n由XX负责。\n');
  });

  it('no line action inside an open code span, in code or in front matter', () => {
    const open = lint('正文`a\nXX` 结束\n', { language: 'markdown' });
    assert.equal(lineSuppression(open.source, open.source.lines[1].start, 'placeholder'), undefined);
    const code = new Source('```\nXX\n```\n', 'markdown');
    assert.equal(lineSuppression(code, code.lines[1].start, 'placeholder'), undefined);
  });

  it('the parser reads gongwen-disable-line on text, quote and table lines, never in a code span', () => {
    const text = ['甲<!-- gongwen-disable-line placeholder -->', '> 乙 <!--gongwen-disable-line-->', '| 丙 <!-- gongwen-disable-line a,b --> |', '`<!-- gongwen-disable-line x -->`'].join('\n');
    assert.deepEqual(
      scanDirectives(new Source(text, 'markdown')).directives.map((d) => [d.kind, d.line, d.rules]),
      [
        ['disable-line', 0, ['placeholder']],
        ['disable-line', 1, []],
        ['disable-line', 2, ['a', 'b']],
      ],
    );
  });
});
