/**
 * The section tree of a session reused across an edit inside one line (`reuseTree` in numbering/tree.ts):
 * after every edit — at every offset of documents with every kind of structure line, and edits that add or
 * remove an ordinal, a heading, a fence, a residue line, a line break, a clause end, a BOM, CRLF breaks —
 * the tree built through a session memo says exactly what a fresh build says, and lint findings in a
 * session equal a full lint. Also checks that the reuse happens (the sections before the edit are the
 * last tree's objects), so that the comparisons test it.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession } from '../../server/src/core';
import { SourceMemo } from '../../server/src/core/memo';
import { Source, type LineRecord } from '../../server/src/core/source';
import { residueLines } from '../../server/src/core/residue';
import { buildSections, inversions, misleveled, scopeKind, seriesOf, siblingLists } from '../../server/src/core/numbering/tree';
import type { Language, Section, SectionTree } from '../../server/src/core/types';

/** Everything a tree says: every field of every section (keys in order), parent links, and the rules' questions. */
function dump(tree: SectionTree): string {
  const out: string[] = [];
  const todo: Array<[Section, Section | undefined, number]> = [...tree.roots].reverse().map((s) => [s, undefined, 0]);
  while (todo.length) {
    const [s, parent, depth] = todo.pop() as [Section, Section | undefined, number];
    const mis = misleveled(tree, s);
    out.push(
      [
        depth,
        s.parent === parent ? 'parent ok' : 'PARENT WRONG',
        'parent' in s ? 'has parent key' : 'no parent key',
        JSON.stringify({ ...s, parent: undefined, children: s.children.length }),
        scopeKind(s) ?? '',
        s.marker ? seriesOf(tree, s) : '',
        mis ? `misleveled ${mis.outer.line} ${mis.resume?.line} ${mis.run.map((x) => x.line).join(',')} ${Object.keys(mis).join(',')}` : '',
      ].join(' | '),
    );
    for (let i = s.children.length - 1; i >= 0; i--) todo.push([s.children[i], s, depth + 1]);
  }
  out.push(`markers ${tree.markers.map((s) => `${s.line}:${s.marker?.start}`).join(',')}`);
  out.push(`inversions ${inversions(tree).map((x) => `${x.section.line}>${x.under.line}`).join(',')}`);
  // Each list is the roots or a section's own children array, in depth-first order.
  out.push(`lists ${siblingLists(tree).map((l, i) => ((i === 0 ? l === tree.roots : l[0].parent?.children === l) ? l.map((s) => s.line).join('.') : 'NOT THE CHILDREN ARRAY')).join(',')}`);
  return out.join('\n');
}

function fresh(text: string, language: Language): string {
  const source = new Source(text, language);
  return dump(buildSections(source, { skipLines: residueLines(source) }));
}

/** A session's trees: one memo and each version's `Source` built on the last one's lines, as `lint` does. */
class TreeSession {
  private readonly memo = new SourceMemo();
  private record: LineRecord | undefined;
  last: SectionTree | undefined;
  /** How many builds kept a section object of the previous tree (the reuse path). */
  kept = 0;

  build(text: string, language: Language): SectionTree {
    this.memo.rotate();
    const source = new Source(text, language, this.record);
    source.memo = this.memo;
    this.record = source.lineRecord();
    const tree = buildSections(source, { skipLines: residueLines(source) });
    const before = this.last;
    if (before && tree !== before && tree.roots.some((s) => before.roots.includes(s))) this.kept++;
    this.last = tree;
    return tree;
  }
}

// Written for these tests: a notice with a title, parts, lists at every level, a misleveled run, a mixed
// series, scope lines, an attachment note continued on the next lines and a block of site furniture.
const NOTICE = [
  '关于做好秋季防火工作的通知',
  '',
  '各乡镇人民政府，县直各部门：',
  '为切实做好今年秋季防火工作，现将有关事项通知如下。',
  '一、总体要求',
  '坚持预防为主。',
  '（一）压实责任。各单位要明确分工。',
  '（二）加强巡查',
  '1. 每日巡查一次',
  '2. 发现隐患及时上报',
  '（3）建立台账',
  '二、重点任务',
  '一、排查隐患',
  '二、整治问题',
  '三、完善设施',
  '三、工作要求',
  '存在的问题',
  '1. 宣传不够深入',
  '2. 设施老化',
  '具体安排如下：',
  '1. 十月底前完成自查',
  '2. 十一月开展督查',
  '**主要做法**',
  '1. 以点带面',
  '2. 逐步推开',
  'A. 第一阶段',
  'B. 第二阶段',
  '请各单位认真落实，确保取得实效',
  '保障措施',
  '1. 加强领导',
  '2. 落实经费',
  '第一条 适用范围',
  '（一）林区',
  '（二）草场',
  '附件：1. 防火责任表',
  '2. 巡查记录表',
  '扫码关注公众号，获取更多范文',
  '1、点击下载本文',
  '2、加入收藏',
  '县应急管理局',
  '2024年9月1日',
].join('\n');

const MARKDOWN = [
  '# 工作方案',
  '',
  '## 一、背景',
  '',
  '1. 现状',
  '   1. 子项甲',
  '   2. 子项乙',
  '2. 问题',
  '',
  '```',
  '一、代码里的序号',
  '```',
  '',
  '## 二、措施',
  '',
  '- 第一条 要点',
  '（一）做法一',
  '（二）做法二',
  '',
  '<!-- 注释 -->',
  '注：',
  '1. 说明一',
  '2. 说明二',
].join('\n');

/** One-edit variants of `text`: at every offset, insert each of `inserts`, and delete one code unit. */
function* edits(text: string, inserts: readonly string[]): Generator<string> {
  for (let at = 0; at <= text.length; at++) {
    for (const ins of inserts) yield text.slice(0, at) + ins + text.slice(at);
    if (at < text.length) yield text.slice(0, at) + text.slice(at + 1);
  }
}

/** After each edit the session's tree equals a fresh one; then back to the original text (undo). */
function checkAllEdits(base: string, language: Language, inserts: readonly string[]): number {
  const session = new TreeSession();
  session.build(base, language);
  let n = 0;
  for (const edited of edits(base, inserts)) {
    assert.equal(dump(session.build(edited, language)), fresh(edited, language), `${language} edit ${n}: ${JSON.stringify(edited).slice(0, 120)}`);
    assert.equal(dump(session.build(base, language)), fresh(base, language), `${language} undo of edit ${n}`);
    n++;
  }
  return session.kept;
}

test('section tree reuse: every one-character edit of a plain-text notice gives the fresh tree, and undo too', () => {
  const kept = checkAllEdits(NOTICE, 'plaintext', ['的', '。', '：', '1', '、']);
  // Most edits lie inside one line: the reuse path must have run (else this test checks nothing new).
  assert.ok(kept > NOTICE.length, `reused ${kept} times`);
});

test('section tree reuse: edits that make or break structure (line breaks, ordinals, headings, fences, residue)', () => {
  const kept = checkAllEdits(NOTICE, 'plaintext', ['\n', '一、', '（一）', '第二条 ', '**', '分享', '\r\n', '\r']);
  assert.ok(kept > 0);
});

test('section tree reuse: Markdown headings, nested lists, fences and comments', () => {
  const kept = checkAllEdits(MARKDOWN, 'markdown', ['的', '#', '`', '\n', '1. ', '<!--', ' ', '-->']);
  assert.ok(kept > 0);
});

test('section tree reuse: CRLF breaks and a BOM, edits at offset 0 and at the end', () => {
  for (const base of [NOTICE.replace(/\n/g, '\r\n'), `\ufeff${NOTICE}`, `\ufeff${MARKDOWN.replace(/\n/g, '\r\n')}`]) {
    for (const language of ['plaintext', 'markdown'] as const) {
      const session = new TreeSession();
      session.build(base, language);
      const versions = [
        `的${base}`,
        base,
        `${base}的`,
        `${base}\r\n3. 补充`,
        base.replace('\ufeff', ''),
        `\ufeff${base.replace('\ufeff', '')}`,
        base.slice(1),
        base,
        base.replace('\r\n', '\n'),
        base.replace('\r\n', '\r'),
        base,
      ];
      versions.forEach((text, i) => assert.equal(dump(session.build(text, language)), fresh(text, language), `${language} version ${i}`));
    }
  }
});

test('section tree reuse: a long session of random typing and deleting on a repeated notice', () => {
  let text = `${NOTICE}\n`.repeat(6);
  const session = new TreeSession();
  session.build(text, 'plaintext');
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = ['的', '。', '，', '：', '1.', '一、', '\n', '（二）', ' ', '**'];
  for (let i = 0; i < 600; i++) {
    const at = rand(text.length + 1);
    if (rand(3) === 0 && text.length > 10) text = text.slice(0, at) + text.slice(at + 1 + rand(3));
    else text = text.slice(0, at) + pieces[rand(pieces.length)] + text.slice(at);
    assert.equal(dump(session.build(text, 'plaintext')), fresh(text, 'plaintext'), `edit ${i}`);
  }
  assert.ok(session.kept > 100, `reused ${session.kept} times`);
});

test('section tree reuse: lint findings in a session equal a full lint after edits inside lines', () => {
  const base = `${NOTICE}\n`.repeat(3);
  const session = new LintSession();
  const options = { language: 'plaintext' as const };
  lint(base, options, undefined, session);
  let text = base;
  for (let at = 0; at < base.length; at += 7) {
    text = text.slice(0, at) + (at % 2 ? '的' : '：') + text.slice(at);
    assert.deepEqual(lint(text, options, undefined, session).findings, lint(text, options).findings, `edit at ${at}`);
  }
});
