/**
 * A thirteenth tester's template pages (test/template-pages/t13, 2026-12-02): forty-two pages in the shapes of tools and
 * platforms no earlier set had — OA and approval flows, 党建 and learning platforms, 12345 and 留言板 case pages, phone
 * status bars and clipboard tools, Notion, Obsidian and 印象笔记 exports, 百科 entries, OCR and voice input, translation
 * tools, slides with speaker notes, e-books, cloud drives — and seven pages whose document lines only look like furniture.
 * Web-residue first found 27.5% of their residue (the honest figure for sites not seen yet); tuned the same day to 76.4%,
 * then 62.8% once the tools' and platforms' field patterns were made to need furniture of another kind on the page (a
 * fourteenth tester's correct documents write 工单编号, 学员/学号, 已签到 lines of their own): the floor holds that,
 * precision stays 100% and no safe fix may take a document's line. Placeholder: every slot found;
 * one false alarm is known and left (`须注明“本文转载自×××”`, a prescribed wording with its own ×××, which the development
 * set labels a slot in the same shape: `比如“为做好×××工作……”`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readPages, score, unsafeDeletions } from '../template-pages/score';

const FLOOR = 0.63;

describe('a thirteenth tester’s template pages', () => {
  const pages = readPages(path.join(__dirname, '..', 'template-pages', 't13'));
  const s = score(pages);

  it('reads the labelled pages', () => {
    assert.equal(pages.length, 42);
    assert.ok(s['web-residue'].labelled >= 400, `${s['web-residue'].labelled} residue lines labelled`);
  });
  it('web-residue: no line of the document is flagged (precision 100%)', () => assert.deepEqual(s['web-residue'].false, []));
  it(`web-residue: recall at least ${FLOOR * 100}%`, () => {
    assert.ok(s['web-residue'].recall >= FLOOR, `recall ${(100 * s['web-residue'].recall).toFixed(1)}%; missed:\n${s['web-residue'].missed.join('\n')}`);
  });
  it('placeholder: every slot found, at most the one known false alarm', () => {
    assert.equal(s.placeholder.recall, 1, s.placeholder.missed.join('\n'));
    assert.ok(s.placeholder.false.length <= 1 && s.placeholder.false.every((l) => l.includes('本文转载自×××')), s.placeholder.false.join('\n'));
  });
  it('no safe fix (what --fix applies) deletes a line of the document', () => assert.deepEqual(unsafeDeletions(pages), []));
});
