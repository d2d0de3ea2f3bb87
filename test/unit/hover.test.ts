/** The hover on a finding (server/src/hover.ts): the rule's name, basis, description and its own example. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, pick, ruleById } from '../../server/src/core';
import { hoverAt, ruleMarkdown } from '../../server/src/hover';

describe('hover', () => {
  it('Chinese hovers use full-width colons and the rule\'s Chinese name, never a half-width colon', () => {
    const md = ruleMarkdown('numbering-punctuation', 'zh-cn')!;
    assert.match(md, /^\*\*序号标点\*\* · `numbering-punctuation` — 依据：/);
    assert.match(md, /- ✗ 错误：`/);
    assert.match(md, /- ✓ 正确：`/);
    assert.doesNotMatch(md.replace(/`[^`]*`/g, '').replace(/\]\([^)]*\)/g, ''), /[\p{Script=Han}]: /u, md);
  });

  it('English hovers use the English name and "basis: "', () => {
    const md = ruleMarkdown('numbering-punctuation', 'en')!;
    assert.match(md, /^\*\*Ordinal punctuation\*\* · `numbering-punctuation` — basis: /);
    assert.match(md, /- ✗ wrong: `/);
  });

  it('a sub-check shows its own description and example, not its parent\'s', () => {
    const meta = ruleById('numbering-punctuation')!.meta;
    const sub = meta.subChecks!['arabic-dunhao'];
    assert.ok(sub.example, 'the sub-check declares an example');
    const md = ruleMarkdown('numbering-punctuation/arabic-dunhao', 'zh-cn')!;
    assert.ok(md.includes(sub.example.wrong) && md.includes(sub.example.right), md);
    assert.ok(md.includes(pick(sub.description, 'zh-cn')), md);
    assert.ok(!md.includes(meta.example.wrong), `the parent's example ${meta.example.wrong} is not shown`);
  });

  it('hovering 1、 explains the sub-check; an unknown rule gives no hover', () => {
    const text = '一、总体要求\n\n1、加强学习\n\n2、改进作风\n';
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
    const findings = lint(text, { language: 'markdown' }).findings;
    const at = text.indexOf('1、') + 1;
    const hover = hoverAt(doc, findings, at, 'zh-cn');
    assert.ok(hover, 'a hover on 1、');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /numbering-punctuation\/arabic-dunhao/);
    assert.equal(ruleMarkdown('no-such-rule', 'en'), undefined);
    assert.equal(hoverAt(doc, findings, 0, 'en'), null, 'no finding at 一、');
  });
});
