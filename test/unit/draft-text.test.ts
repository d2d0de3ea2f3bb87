/** When an untitled buffer in another language reads as a Chinese draft (client/src/draft-text.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { draftTextStats, looksLikeChineseDraft, looksLikeMarkdown, MIN_HAN, SAMPLE_LENGTH } from '../../client/src/draft-text';

const SPEECH = ['在全县安全生产工作会议上的讲话', '', '同志们：', '', '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。', '', '一、充分认识做好安全生产工作的重要意义', ''].join('\n');

describe('looksLikeChineseDraft', () => {
  it('accepts a pasted speech, with or without the 【】 brackets that make VS Code guess Ini', () => {
    assert.equal(looksLikeChineseDraft(SPEECH), true);
    assert.equal(looksLikeChineseDraft(`【讲话稿】\n${SPEECH}`), true);
  });

  it('rejects an empty buffer, a short Chinese line and English prose', () => {
    assert.equal(looksLikeChineseDraft(''), false);
    assert.equal(looksLikeChineseDraft('同志们：今天开会。'), false);
    assert.equal(looksLikeChineseDraft('The quick brown fox jumps over the lazy dog. '.repeat(20)), false);
  });

  it('rejects code and data with Chinese strings', () => {
    const json = JSON.stringify({ title: '在全县安全生产工作会议上的讲话', body: '今天我们召开全县安全生产工作会议主要任务是总结去年工作' }, null, 2);
    assert.equal(looksLikeChineseDraft(json), false);
    const ini = '[标题]\nname = "在全县安全生产工作会议上的讲话"\n[正文]\nbody = "今天我们召开全县安全生产工作会议"\n';
    assert.equal(looksLikeChineseDraft(ini), false);
  });

  it('needs at least MIN_HAN Han characters and looks only at the first SAMPLE_LENGTH code units', () => {
    assert.equal(looksLikeChineseDraft('汉'.repeat(MIN_HAN - 1)), false);
    assert.equal(looksLikeChineseDraft('汉'.repeat(MIN_HAN)), true);
    assert.equal(looksLikeChineseDraft('x'.repeat(SAMPLE_LENGTH) + SPEECH), false);
    assert.equal(draftTextStats('𠮷二〇二四 ab').han, 4, 'an astral Han character counts once; 〇 is not in the ideograph blocks');
  });
});

describe('looksLikeMarkdown', () => {
  it('sees # headings and **bold**, not a lone # or a full-width ＃', () => {
    assert.equal(looksLikeMarkdown(`# 讲话稿\n${SPEECH}`), true);
    assert.equal(looksLikeMarkdown('**一、总体要求**'), true);
    assert.equal(looksLikeMarkdown(SPEECH), false);
    assert.equal(looksLikeMarkdown('#1 号文件\n＃ 标题'), false);
  });
});
