/**
 * A sixteenth tester's template pages (test/template-pages/t16, 2026-12-02): forty pages from sites and tools no earlier
 * set had — 知识星球 and 小鹅通 paid columns, shops (淘宝, 闲鱼), question banks, 百度经验 how-tos, e-book readers and Kindle
 * clippings, audio platforms with transcripts, AI assistants (Copilot, 秘塔, WPS AI, 讯飞星火), Word Online, Notion, 幕布, 135编辑器,
 * Word's tracked changes, a digital newspaper's pages, 意见征集 forms, 简书/CSDN copy footers, search-result pages — each
 * around a 范文 of the writer's own words, with document lines that only look like furniture (联系人/电话, 附件, 署名,
 * （此件公开发布）). First scored blind: web-residue recall 34.6%, precision 97.7% (four offered lines of a meeting
 * transcript's speech), no safe deletion of a document line; placeholder 100%/100%.
 * Tuned the same day to 85.5% at precision 100% (two fixers' new kinds and place passes, then a safety net that only offers
 * lines a document could write); the floors hold that, and no safe fix may take a document's line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readPages, score, unsafeDeletions } from '../template-pages/score';

const FLOOR = 0.85;
/** Document lines flagged (offered) at most: the first blind score had four, all in one transcript's speech, since fixed. */
const MAX_FALSE = 0;

describe('a sixteenth tester’s template pages', () => {
  const pages = readPages(path.join(__dirname, '..', 'template-pages', 't16'));
  const s = score(pages);

  it('reads the labelled pages', () => {
    assert.equal(pages.length, 40);
    assert.ok(s['web-residue'].labelled >= 480, `${s['web-residue'].labelled} residue lines labelled`);
  });
  it('web-residue: no line of the document is flagged (precision 100%)', () => assert.ok(s['web-residue'].false.length <= MAX_FALSE, s['web-residue'].false.join('\n')));
  it(`web-residue: recall at least ${FLOOR * 100}%`, () => {
    assert.ok(s['web-residue'].recall >= FLOOR, `recall ${(100 * s['web-residue'].recall).toFixed(1)}%; missed:\n${s['web-residue'].missed.join('\n')}`);
  });
  it('placeholder: every slot found, no false alarm', () => {
    assert.equal(s.placeholder.recall, 1, s.placeholder.missed.join('\n'));
    assert.deepEqual(s.placeholder.false, []);
  });
  it('no safe fix (what --fix applies) deletes a line of the document', () => assert.deepEqual(unsafeDeletions(pages), []));
});
