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
import { buildSections, treeEdit } from '../../server/src/core/numbering/tree';
import { dumpSectionTree } from '../helpers/section-tree';
import { buildDocumentModel } from '../../server/src/core/document/model';
import type { DocumentModel } from '../../server/src/core/document/types';
import type { Language, SectionTree } from '../../server/src/core/types';

/** The model as JSON (every field of every paragraph, markers and 附件说明 items included, keys in order). */
function modelDump(model: DocumentModel): string {
  return JSON.stringify(model);
}

function fresh(text: string, language: Language): string {
  const source = new Source(text, language);
  const tree = buildSections(source, { skipLines: residueLines(source) });
  return `${dumpSectionTree(tree)}\n${modelDump(buildDocumentModel(source, tree))}`;
}

/** A session's trees: one memo and each version's `Source` built on the last one's lines, as `lint` does. */
class TreeSession {
  private readonly memo = new SourceMemo();
  private record: LineRecord | undefined;
  last: SectionTree | undefined;
  /** How many builds kept a section object of the previous tree (the reuse path). */
  kept = 0;

  /** Models kept from the last version (the reuse path returns the last model object). */
  lastModel: DocumentModel | undefined;
  modelKept = 0;

  /** The tree and the model of `text`, dumped. */
  build(text: string, language: Language): string {
    this.memo.rotate();
    const source = new Source(text, language, this.record);
    source.memo = this.memo;
    this.record = source.lineRecord();
    const tree = buildSections(source, { skipLines: residueLines(source) });
    const before = this.last;
    if (before && tree !== before && tree.roots.some((s) => before.roots.includes(s))) {
      this.kept++;
      // A tree that shares sections with the last one says how it was made from it.
      assert.ok(treeEdit(tree) !== undefined);
    }
    this.last = tree;
    const model = buildDocumentModel(source, tree);
    if (model === this.lastModel) this.modelKept++;
    this.lastModel = model;
    return `${dumpSectionTree(tree)}\n${modelDump(model)}`;
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

// A 版头 (份号, 密级, 紧急程度) whose 发文机关标志 line is one character off, then a title, body and a 附件说明
// in the middle of the body (written for these tests).
const HEADED = [
  '000123',
  '机密',
  '特急',
  '县应急管理局文件X',
  '关于开展安全检查的通知',
  '各有关单位：',
  '现就开展安全检查有关事项通知如下。',
  '一、检查范围',
  '全县各类生产经营单位。',
  '重点是人员密集场所',
  '以及危险化学品企业',
  '还有建筑施工工地',
  '和道路运输企业',
  '检查采取明查暗访方式',
  '不打招呼直奔现场',
  '发现问题当场反馈',
  '限期整改到位',
  '二、检查内容',
  '附件：1. 检查表',
  '2. 汇总表',
  '请认真组织实施',
  '各乡镇要成立检查组',
  '县直部门要分行业检查',
  '检查情况要及时汇总',
  '检查结果按时报送',
  '联系电话另行通知',
  '各单位务必高度重视。',
  // 40 characters: the longest line a 署名 may take; one more and it is body text.
  '请各单位于九月底前将检查情况书面报送县应急管理局并抄送县安委会办公室以便汇总研判',
  '县应急管理局',
  '2024年9月1日',
].join('\n');

/** One-edit variants of `text`: at every offset, insert each of `inserts`, and delete one code unit. */
function* edits(text: string, inserts: readonly string[]): Generator<string> {
  for (let at = 0; at <= text.length; at++) {
    for (const ins of inserts) yield text.slice(0, at) + ins + text.slice(at);
    if (at < text.length) yield text.slice(0, at) + text.slice(at + 1);
  }
}

/** After each edit the session's tree equals a fresh one; then back to the original text (undo). */
function checkAllEdits(base: string, language: Language, inserts: readonly string[]): TreeSession {
  const session = new TreeSession();
  session.build(base, language);
  let n = 0;
  for (const edited of edits(base, inserts)) {
    assert.equal(session.build(edited, language), fresh(edited, language), `${language} edit ${n}: ${JSON.stringify(edited).slice(0, 120)}`);
    assert.equal(session.build(base, language), fresh(base, language), `${language} undo of edit ${n}`);
    n++;
  }
  return session;
}

test('section tree reuse: every one-character edit of a plain-text notice gives the fresh tree, and undo too', () => {
  const { kept, modelKept } = checkAllEdits(NOTICE, 'plaintext', ['的', '。', '：', '1', '、']);
  // Most edits lie inside one line: the reuse paths must have run (else this test checks nothing new).
  assert.ok(kept > NOTICE.length, `tree reused ${kept} times`);
  assert.ok(modelKept > NOTICE.length, `model reused ${modelKept} times`);
});

test('section tree reuse: edits that make or break structure (line breaks, ordinals, headings, fences, residue)', () => {
  const { kept, modelKept } = checkAllEdits(NOTICE, 'plaintext', ['\n', '一、', '（一）', '第二条 ', '**', '分享', '\r\n', '\r', '附件：', '2024年9月1日']);
  assert.ok(kept > 0 && modelKept > 0);
});

test('document model reuse: edits in the 版头, the 附件说明 and the tail change roles only through a full build', () => {
  const { modelKept } = checkAllEdits(HEADED, 'plaintext', ['的', '3', '：', '日', '。']);
  assert.ok(modelKept > 0);
});

test('section tree reuse: Markdown headings, nested lists, fences and comments', () => {
  const { kept, modelKept } = checkAllEdits(MARKDOWN, 'markdown', ['的', '#', '`', '\n', '1. ', '<!--', ' ', '-->', '---']);
  assert.ok(kept > 0 && modelKept > 0);
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
      versions.forEach((text, i) => assert.equal(session.build(text, language), fresh(text, language), `${language} version ${i}`));
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
    assert.equal(session.build(text, 'plaintext'), fresh(text, 'plaintext'), `edit ${i}`);
  }
  assert.ok(session.kept > 100 && session.modelKept > 100, `reused ${session.kept} and ${session.modelKept} times`);
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

test('document model reuse: a change of the configured residue patterns between two versions', () => {
  const base = `${NOTICE}\n县文库网整理发布\n${NOTICE}`;
  const memo = new SourceMemo();
  let record: LineRecord | undefined;
  const build = (text: string, patterns: RegExp[], fresh: boolean): string => {
    const source = new Source(text, 'plaintext', fresh ? undefined : record);
    source.residuePatterns = patterns;
    if (!fresh) {
      memo.rotate();
      source.memo = memo;
      record = source.lineRecord();
    }
    const tree = buildSections(source, { skipLines: residueLines(source) });
    return `${dumpSectionTree(tree)}\n${modelDump(buildDocumentModel(source, tree))}`;
  };
  build(base, [], false);
  const edited = base.replace('坚持预防为主。', '坚持预防为主的。');
  const patterns = [/文库网/gu];
  assert.equal(build(edited, patterns, false), build(edited, patterns, true));
  assert.equal(build(base, [], false), build(base, [], true));
});
