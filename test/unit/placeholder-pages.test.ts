/**
 * The placeholder pages (test/placeholder-pages/pages): 范文 of kinds and site styles the template pages do not
 * cover, with the slot shapes template sites use and hard negatives (`X射线`, `X刀`, `6m×4m`, `□是 □否`, a
 * table of contents with …… leaders, a regulation quoting “第X条”, sample names such as 张三). The `placeholder`
 * check must flag no line of a document (precision 100%) and find at least the floor below of the labelled
 * slot lines. See score.ts for the figures and every missed line
 * (`node --import tsx test/placeholder-pages/score.ts --show`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { score } from '../template-pages/score';
import { readPlaceholderPages } from '../placeholder-pages/score';

/** Line-level recall floor (the figure when the set was last tuned: 163/163 placeholder lines). */
const FLOOR = 1;

describe('placeholder pages', () => {
  const pages = readPlaceholderPages();
  const s = score(pages).placeholder;

  it('reads the labelled pages', () => {
    assert.ok(pages.length >= 59, `${pages.length} pages`);
    assert.ok(s.labelled >= 155, `${s.labelled} placeholder lines labelled`);
  });
  it('no line of a document is flagged (precision 100%)', () => assert.deepEqual(s.false, []));
  it(`recall at least ${FLOOR * 100}%`, () => {
    assert.ok(s.recall >= FLOOR, `recall ${(100 * s.recall).toFixed(1)}%; missed:\n${s.missed.join('\n')}`);
  });
});
