import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countCharacters, speakingMinutes, DEFAULT_SPEAKING_RATE } from '../../server/src/core/stats';

describe('countCharacters', () => {
  it('counts Chinese characters, digits and letters, not punctuation or spaces', () => {
    const c = countCharacters('同志们：2024年，GDP增长5%。', 'plaintext');
    // 同志们 年 增长 = 6 Chinese; 2024 5 = 5 digits; GDP = 3 letters.
    assert.deepEqual(c, { total: 14, chinese: 6, digits: 5, letters: 3, paragraphs: 1 });
  });

  it('counts an astral character once and 〇 as Chinese', () => {
    const c = countCharacters('𠮷二〇二四', 'plaintext');
    assert.equal(c.chinese, 5);
    assert.equal(c.total, 5);
  });

  it('ignores full-width punctuation, ideographic spaces and the × placeholder sign', () => {
    const c = countCharacters('　　一、××镇……“两个确立”！', 'plaintext');
    // 一 镇 两 个 确 立
    assert.deepEqual(c, { total: 6, chinese: 6, digits: 0, letters: 0, paragraphs: 1 });
  });

  it('excludes Markdown markup: headings, emphasis, link URLs, images, code, front matter, comments', () => {
    const text = [
      '---',
      'title: Speech draft',
      '---',
      '',
      '# 一、总体要求',
      '',
      '**加强**领导，见[通知](https://example.gov.cn/a/b.html)。![图](img/p.png)',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '<!-- 备注：不读 -->',
      '正文<!-- inline -->结束<br/>&nbsp;',
    ].join('\n');
    const c = countCharacters(text, 'markdown');
    // 一总体要求 (5) + 加强领导见通知 (7) + 正文结束 (4) = 16 Chinese; nothing else.
    assert.deepEqual(c, { total: 16, chinese: 16, digits: 0, letters: 0, paragraphs: 3 });
  });

  it('skips a multi-line HTML comment opened inside a text line', () => {
    const c = countCharacters('开始<!-- 这一段\n不读\n到此 -->完毕', 'markdown');
    assert.equal(c.chinese, 4);
  });

  it('keeps the same text in plain text, where Markdown is not special', () => {
    const c = countCharacters('[链接](http://a.b)', 'plaintext');
    assert.equal(c.chinese, 2);
    assert.equal(c.letters, 6); // http a b
  });

  it('counts paragraphs: blank-line separated in Markdown, one per line in plain text', () => {
    const text = '第一段第一行\n第一段第二行\n\n第二段\n\n，，，\n';
    assert.equal(countCharacters(text, 'markdown').paragraphs, 2);
    assert.equal(countCharacters(text, 'plaintext').paragraphs, 3);
  });

  it('handles CRLF, a BOM and the empty text', () => {
    assert.deepEqual(countCharacters('\ufeff同志们\r\n\r\n谢谢大家', 'plaintext'), { total: 7, chinese: 7, digits: 0, letters: 0, paragraphs: 2 });
    assert.deepEqual(countCharacters('', 'markdown'), { total: 0, chinese: 0, digits: 0, letters: 0, paragraphs: 0 });
  });
});

describe('speakingMinutes', () => {
  it('divides by the rate and rounds to the nearest minute', () => {
    assert.equal(DEFAULT_SPEAKING_RATE, 190);
    assert.equal(speakingMinutes(4943), 26); // 26.02
    assert.equal(speakingMinutes(4943, 190), 26);
    assert.equal(speakingMinutes(1900, 190), 10);
    assert.equal(speakingMinutes(1994, 190), 10); // 10.49 → 10
    assert.equal(speakingMinutes(1995, 190), 11); // 10.5 → 11
  });

  it('follows the rate', () => {
    assert.equal(speakingMinutes(6000, 200), 30);
    assert.equal(speakingMinutes(6000, 120), 50);
    assert.ok(speakingMinutes(6000, 150) > speakingMinutes(6000, 250));
  });

  it('gives at least one minute for any text and zero for none', () => {
    assert.equal(speakingMinutes(1, 190), 1);
    assert.equal(speakingMinutes(0, 190), 0);
  });

  it('falls back to the default for a rate that is not a positive number', () => {
    assert.equal(speakingMinutes(1900, 0), 10);
    assert.equal(speakingMinutes(1900, -5), 10);
    assert.equal(speakingMinutes(1900, Number.NaN), 10);
  });
});
