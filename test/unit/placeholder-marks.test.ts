/**
 * Placeholder findings a tester found wrong on correct documents (2026-12-02, tester4): punctuation and
 * Markdown that look like slots. Bold around a quoted phrase (`落实**“一户一档”**要求`).
 * Each beside a wrong document of the same shape that keeps its finding.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source } from '../../server/src/core/source';
import { findPlaceholders } from '../../server/src/core/placeholders';
import type { Language } from '../../server/src/core/types';

function found(text: string, language: Language = 'markdown'): string[] {
  return findPlaceholders(new Source(text, language)).map((m) => m.text);
}

describe('placeholder: bold around a quoted or bracketed phrase is emphasis', () => {
  for (const language of ['markdown', 'plaintext'] as Language[]) {
    it(`a ** pair right after a word, around “…” or 《…》, pairs (${language})`, () => {
      assert.deepEqual(found('按照**“应整尽整、应享尽享”**的原则推进。', language), []);
      assert.deepEqual(found('五、要落实**“一户一档”**要求。', language), []);
      assert.deepEqual(found('四、**“三个一”**机制要落实到位。', language), []);
      assert.deepEqual(found('认真学习**《条例》**精神。', language), []);
      assert.deepEqual(found('要落实**“一户一档”要求**。', language), []);
    });
  }
  it('a mask before a quotation stays a mask: alone, or with a mask after it that a title follows', () => {
    assert.deepEqual(found('授予林**“优秀党员”称号。'), ['**']);
    assert.deepEqual(found('授予林**“优秀党员”称号，王**同志讲话。'), ['**', '**']);
    assert.deepEqual(found('林**（副局长）、王**同志出席。'), ['**', '**']);
    assert.deepEqual(found('请林**同志讲话。'), ['**']);
  });
});
