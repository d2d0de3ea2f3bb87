/**
 * The outline (document symbols): in Markdown the headings VS Code's own Markdown outline shows are
 * left to it, so no heading appears twice; the detail column carries each section's length.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver';
import { buildSections, Source, type Language } from '../../server/src/core';
import { documentSymbols, isBuiltInHeading } from '../../server/src/symbols';

type Node = { name: string; detail?: string; children: Node[] };
const shape = (syms: DocumentSymbol[]): Node[] => syms.map((s) => ({ name: s.name, detail: s.detail, children: shape(s.children ?? []) }));
const names = (syms: DocumentSymbol[]): unknown[] => syms.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));

function symbolsOf(text: string, language: Language, locale = 'zh-cn'): DocumentSymbol[] {
  const source = new Source(text, language);
  const doc = TextDocument.create(`file:///x.${language === 'markdown' ? 'md' : 'txt'}`, language, 1, text);
  return documentSymbols(doc, buildSections(source), source, locale);
}

const MD = ['# 在全县工作会议上的讲话', '', '同志们：', '', '一、总体要求', '', '要提高认识。', '', '二、重点任务', '', '（一）抓好落实。各单位要负责。', '', '（二）加强督查。', ''].join('\n');

describe('document symbols', () => {
  it('in Markdown leaves # headings to the built-in outline and lifts their numbered sections', () => {
    const syms = symbolsOf(MD, 'markdown');
    assert.deepEqual(names(syms), ['一、总体要求', ['二、重点任务', ['（一）抓好落实。', '（二）加强督查。']]]);
    // no symbol sits on the heading's line
    assert.ok(syms.every((s) => s.selectionRange.start.line !== 0));
  });

  it('keeps a numbered # heading out too (the built-in outline shows it) and its children in', () => {
    const text = '## 一、总体要求\n\n（一）加强领导。\n\n（二）压实责任。\n';
    assert.deepEqual(names(symbolsOf(text, 'markdown')), ['（一）加强领导。', '（二）压实责任。']);
  });

  it('leaves a setext heading to the built-in outline as well', () => {
    const text = '关于做好安全生产工作的通知\n====\n\n一、总体要求\n\n要提高认识。\n';
    const syms = symbolsOf(text, 'markdown');
    assert.ok(!JSON.stringify(names(syms)).includes('通知'), JSON.stringify(names(syms)));
    assert.ok(JSON.stringify(names(syms)).includes('一、总体要求'));
  });

  it('in plain text keeps every section, # lines included (no built-in outline there)', () => {
    const syms = symbolsOf(MD, 'plaintext');
    assert.ok(JSON.stringify(names(syms)).includes('一、总体要求'));
    assert.ok(JSON.stringify(names(syms)).includes('二、重点任务'));
  });

  it('shows each section\'s length in counted characters, placeholders apart, not its level marker', () => {
    const text = ['关于做好安全生产工作的通知', '', '一、总体要求', '', '要提高认识。', '', '二、XX任务', '', '抓好落实。', ''].join('\n');
    const zh = shape(symbolsOf(text, 'plaintext'));
    // 一、总体要求 (5) + 要提高认识 (5) = 10; 二、XX任务 (3, XX apart) + 抓好落实 (4) = 7
    assert.deepEqual(
      zh.map((n) => [n.name, n.detail]),
      [
        ['关于做好安全生产工作的通知', ''],
        ['一、总体要求', '10 字'],
        ['二、XX任务', '7 字'],
      ],
    );
    const en = shape(symbolsOf(text, 'plaintext', 'en'));
    assert.deepEqual(en.map((n) => n.detail), ['', '10 chars', '7 chars']);
    for (const n of [...zh, ...en]) assert.doesNotMatch(n.detail ?? '', /[一二三]、|（一）|^\d\.$/);
  });

  it('a parent\'s length includes its children\'s', () => {
    const text = ['一、总体要求', '（一）加强领导。各单位要负责。', '（二）压实责任。', '二、其他', ''].join('\n');
    const [first] = shape(symbolsOf(text, 'plaintext'));
    // 一总体要求 5 + 一加强领导各单位要负责 11 + 二压实责任 5
    assert.equal(first.detail, '21 字');
    assert.deepEqual(first.children.map((k) => k.detail), ['11 字', '5 字']);
  });
});

describe('document symbols on awkward input', () => {
  it('CRLF and a BOM: the same lengths and no heading twice', () => {
    const lf = symbolsOf(MD, 'markdown');
    const crlf = symbolsOf(`\ufeff${MD.replace(/\n/g, '\r\n')}`, 'markdown');
    assert.deepEqual(shape(crlf), shape(lf));
  });

  it('an empty document and one with only a heading give no symbols', () => {
    assert.deepEqual(symbolsOf('', 'markdown'), []);
    assert.deepEqual(symbolsOf('# 标题\n', 'markdown'), []);
  });

  it('without a Source (other callers) every section is kept and the detail is empty', () => {
    const source = new Source(MD, 'markdown');
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, MD);
    const syms = documentSymbols(doc, buildSections(source));
    assert.ok(JSON.stringify(names(syms)).includes('在全县工作会议上的讲话'));
    assert.ok(syms.every((s) => s.detail === ''));
  });
});

describe('isBuiltInHeading', () => {
  it('recognises ATX and setext headings in Markdown, not text or a thematic break after a blank line', () => {
    const src = new Source('# 标题\n正文\n\n小标题\n---\n\n---\n', 'markdown');
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map((i) => isBuiltInHeading(src, i)), [true, false, false, true, false, false, false]);
  });
});
