/**
 * The document model in a session (`Source.memo`): each build reuses the previous build's paragraph
 * objects and array, and reads a line's own residue kind from the residue classifier's facts. After every
 * version the model must equal, field for field (`marker` present or absent alike), the model of a fresh
 * build without a session. The edits turn lines into and out of ordinal headings, residue, the 附件说明,
 * the 成文日期 and the 版记, split and join lines, switch to CRLF, and go back to older texts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { SourceMemo } from '../../server/src/core/memo';
import { Source, type LineRecord } from '../../server/src/core/source';
import { residueLines } from '../../server/src/core/residue';
import { buildSections } from '../../server/src/core/numbering/tree';
import { buildDocumentModel } from '../../server/src/core/document/model';
import type { DocumentModel } from '../../server/src/core/document/types';
import type { Language } from '../../server/src/core/types';
import { prng } from '../helpers/prng';

interface Run {
  memo: SourceMemo;
  record: LineRecord | undefined;
}

function build(text: string, language: Language, run?: Run): DocumentModel {
  const source = new Source(text, language, run?.record);
  if (run) {
    run.record = source.lineRecord();
    run.memo.rotate();
    source.memo = run.memo;
  }
  return buildDocumentModel(source, buildSections(source, { skipLines: residueLines(source) }));
}

/** Build `text` in the session and fresh, and require the same model (a plain copy: no shared objects asked). */
function same(run: Run, text: string, language: Language = 'plaintext'): DocumentModel {
  const session = build(text, language, run);
  const fresh = build(text, language);
  assert.deepStrictEqual(session, fresh, `model of ${JSON.stringify(text.slice(0, 80))}…`);
  for (let i = 0; i < fresh.paragraphs.length; i++) {
    assert.equal('marker' in session.paragraphs[i], 'marker' in fresh.paragraphs[i], `marker of paragraph ${i}`);
  }
  return session;
}

const DOC = [
  'XX县人民政府办公室关于做好防汛工作的通知',
  '各乡镇人民政府，县直各单位：',
  '为做好今年防汛工作，现将有关事项通知如下。',
  '一、提高认识',
  '（一）加强组织领导。各单位要落实责任。',
  '（二）做好物资储备。',
  '二、落实措施',
  '1.开展隐患排查',
  '2.加强值班值守',
  '特此通知。',
  '附件：1.防汛物资清单',
  '2.值班表',
  'XX县人民政府办公室',
  '2024年5月6日',
  '（此件公开发布）',
  '抄送：县委办公室。',
  'XX县人民政府办公室　　2024年5月6日印发',
];

test('document model in a session: headings, residue, 附件说明, 成文日期 and 版记 come and go', () => {
  const run: Run = { memo: new SourceMemo(), record: undefined };
  const lines = [...DOC];
  const text = () => lines.join('\n');
  const first = same(run, text());
  assert.ok(first.paragraphs.some((p) => p.marker !== undefined), 'the document has ordinal headings');
  assert.ok(first.date && first.attachmentNote && first.imprint, 'the document has a date, a 附件说明 and a 版记');
  const steps: Array<() => void> = [
    () => (lines[7] = '开展隐患排查'), // an ordinal heading becomes body text
    () => (lines[7] = '1.开展隐患排查'), // and back
    () => (lines[2] = '三、' + lines[2]), // body text becomes an ordinal heading
    () => (lines[2] = lines[2].slice(2)),
    () => lines.splice(5, 0, '扫一扫，分享到微信朋友圈'), // a residue line appears
    () => lines.splice(5, 1),
    () => (lines[10] = '附件1.防汛物资清单'), // the 附件说明 goes
    () => (lines[10] = '附件：1.防汛物资清单'),
    () => (lines[13] = '2024年5月'), // the 成文日期 goes (and the tail with it)
    () => (lines[13] = '2024年5月6日'),
    () => (lines[15] = '抄送县委办公室。'), // the 版记 loses its 抄送
    () => (lines[15] = '抄送：县委办公室。'),
    () => lines.splice(4, 1, '（一）加强组织领导。', '各单位要落实责任。'), // a line split
    () => lines.splice(4, 2, '（一）加强组织领导。各单位要落实责任。'), // and joined
    () => lines.splice(0, 0, '2.值班表'), // an ordinal before the title
    () => lines.splice(0, 1),
  ];
  for (const step of steps) {
    step();
    same(run, text());
  }
  // CRLF, then undo to the first text.
  same(run, lines.join('\r\n'));
  same(run, DOC.join('\n'));
});

test('document model in a session: the same version built twice gives two equal, separate models', () => {
  const run: Run = { memo: new SourceMemo(), record: undefined };
  same(run, DOC.join('\n'));
  const source = new Source(DOC.join('\n').replace('2.值班表', '2.值班安排表'), 'plaintext', run.record);
  run.memo.rotate();
  source.memo = run.memo;
  const sections = buildSections(source, { skipLines: residueLines(source) });
  const a = buildDocumentModel(source, sections);
  const copy = structuredClone(a);
  const b = buildDocumentModel(source, sections);
  assert.deepStrictEqual(b, a);
  assert.deepStrictEqual(a, copy, 'the second build did not write into the first model');
  assert.notEqual(b.paragraphs[0], a.paragraphs[0]);
});

test('document model in a session: random line edits compared with fresh builds (plain text and Markdown)', () => {
  const rand = prng(20240506);
  const extra = ['', '三、其他事项', '（三）强化督导', '3.总结经验', '点击下载全文', '附件', '附件2', '同志们：', '---', '# 标题', '```', '抄报：市政府。', '二〇二四年五月六日'];
  for (const language of ['plaintext', 'markdown'] as const) {
    const run: Run = { memo: new SourceMemo(), record: undefined };
    let lines = [...DOC];
    const history: string[][] = [];
    for (let step = 0; step < 120; step++) {
      const r = rand();
      const at = Math.floor(rand() * (lines.length + 1));
      const word = extra[Math.floor(rand() * extra.length)];
      if (r < 0.3) lines.splice(at, 0, word);
      else if (r < 0.5 && lines.length > 3) lines.splice(Math.min(at, lines.length - 1), 1);
      else if (r < 0.75 && at < lines.length) lines[at] = rand() < 0.5 ? word + lines[at] : lines[at].slice(1);
      else if (r < 0.85 && at + 1 < lines.length) lines.splice(at, 2, lines[at] + lines[at + 1]);
      else if (history.length > 0) lines = [...history[Math.floor(rand() * history.length)]];
      history.push([...lines]);
      same(run, lines.join(rand() < 0.15 ? '\r\n' : '\n'), language);
    }
  }
});
