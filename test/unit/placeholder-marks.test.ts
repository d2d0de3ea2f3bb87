/**
 * Placeholder findings a tester found wrong on correct documents (2026-12-02, tester4): punctuation and
 * Markdown that look like slots. Bold around a quoted phrase (`落实**“一户一档”**要求`), twelve dots alone
 * on a line of a quotation (omitted paragraphs, GB/T 15834-2011 §4.11), and a test paper's `________年`.
 * Each beside a wrong document of the same shape that keeps its finding.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source } from '../../server/src/core/source';
import { findPlaceholders } from '../../server/src/core/placeholders';
import { lint } from '../../server/src/core/lint';
import type { Language } from '../../server/src/core/types';

function found(text: string, language: Language = 'markdown'): string[] {
  return findPlaceholders(new Source(text, language)).map((m) => m.text);
}
function placeholders(text: string, language: Language = 'markdown'): string[] {
  return lint(text, { language })
    .findings.filter((f) => f.rule === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
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

describe('placeholder: twelve dots alone on a line of a quotation mark omitted paragraphs', () => {
  const speech = (gap: string) => `文章写道：\n\n“我们的共产党是革命的队伍。\n\n${gap}\n\n“今后我们的队伍里，都要给他送葬。”\n\n谢谢大家。\n`;
  for (const gap of ['“…………', '…………', '“……………………', '…………”']) {
    it(`${gap} inside a multi-paragraph quotation is punctuation`, () => {
      assert.deepEqual(placeholders(speech(gap)), []);
      assert.deepEqual(placeholders(speech(gap), 'plaintext'), []);
    });
  }
  it('in a Markdown quote, and between a paragraph that leaves a quotation open and one that closes it', () => {
    assert.deepEqual(found('> 第一段。\n>\n> …………\n>\n> 最后一段。'), []);
    assert.deepEqual(found('他说：“第一段。\n\n…………\n\n最后一段。”', 'plaintext'), []);
  });
  it('a lone …………  outside a quotation, and one inside a sentence, stay placeholders', () => {
    assert.deepEqual(found('一、总体要求\n\n…………\n\n二、主要任务\n'), ['…………']);
    assert.deepEqual(found('他说：“第一段。”\n\n…………\n\n二、主要任务\n', 'plaintext'), ['…………']);
    assert.deepEqual(found('“关于…………的通知”', 'plaintext'), ['…………']);
    assert.deepEqual(found('“我们…………要求。\n\n“…………', 'plaintext'), ['…………']);
  });
});

describe('placeholder: a test paper leaves its year blank to the reader', () => {
  const paper = '# 机关党员党章党规知识测试题\n\n一、填空题（每空2分，共20分）\n\n1.党的最高领导机关，是党的________和它所产生的中央委员会。\n\n2.预备党员的预备期为________年。\n\n3.会议于__月__日召开。\n';
  it('`________年` and `__月__日` in a 测试题 are answers’ places, as `________` is', () => {
    assert.deepEqual(placeholders(paper), []);
  });
  it('the same blanks in a 公文 are unfilled placeholders', () => {
    const notice = '# 关于做好发展党员工作的通知\n\n各党支部：\n\n预备党员的预备期为________年，会议于__月__日召开。\n';
    assert.deepEqual(placeholders(notice), ['________年', '__月__日']);
  });
});
