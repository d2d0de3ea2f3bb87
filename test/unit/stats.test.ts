import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countCharacters, lineCharacterCounts, speakingMinutes, speakingTime, DEFAULT_SPEAKING_RATE } from '../../server/src/core/stats';
import { Source, findPlaceholders } from '../../server/src/core';

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

  it('rounds honestly: under half a minute is 0, never rounded up to one', () => {
    assert.equal(speakingMinutes(1, 190), 0);
    assert.equal(speakingMinutes(94, 190), 0); // 0.49
    assert.equal(speakingMinutes(95, 190), 1); // 0.5
    assert.equal(speakingMinutes(0, 190), 0);
  });

  it('falls back to the default for a rate that is not a positive number', () => {
    assert.equal(speakingMinutes(1900, 0), 10);
    assert.equal(speakingMinutes(1900, -5), 10);
    assert.equal(speakingMinutes(1900, Number.NaN), 10);
  });
});

describe('speakingTime', () => {
  it('says "under 1 minute" for a short text, "about N minutes" otherwise, 0 for none', () => {
    assert.deepEqual(speakingTime(3, 190), { zh: '不足 1 分钟', en: 'under 1 min' });
    assert.deepEqual(speakingTime(4943, 190), { zh: '约 26 分钟', en: '~26 min' });
    assert.deepEqual(speakingTime(0, 190), { zh: '0 分钟', en: '0 min' });
  });
});

describe('placeholders are counted apart', () => {
  it('the letters of XX and the × signs are not characters; the words around them are', () => {
    const text = 'XX镇召开XXX同志座谈会，20XX年X月X日。';
    const spans = findPlaceholders(new Source(text, 'plaintext'));
    assert.ok(spans.length >= 3, JSON.stringify(spans));
    const c = countCharacters(text, 'plaintext', spans);
    // 镇召开 同志座谈会 = 8 Chinese; the date 20XX年X月X日 is one placeholder as a whole.
    assert.deepEqual(c, { total: 8, chinese: 8, digits: 0, letters: 0, paragraphs: 1 });
    assert.equal(countCharacters(text, 'plaintext').letters, 9, 'without skip the letters count');
  });

  it('skip spans may overlap, be out of order or run past the text', () => {
    assert.equal(countCharacters('甲乙丙丁', 'plaintext', [{ start: 2, end: 9 }, { start: 0, end: 1 }, { start: 1, end: 3 }]).total, 0);
    assert.equal(countCharacters('甲乙丙丁', 'plaintext', [{ start: 3, end: 1 }]).total, 4, 'an empty (reversed) span skips nothing');
  });

  it('a paragraph that is only a placeholder is not a paragraph', () => {
    const text = '【单位名称】\n正文内容';
    assert.equal(countCharacters(text, 'plaintext', findPlaceholders(new Source(text, 'plaintext'))).paragraphs, 1);
  });
});

describe('lineCharacterCounts', () => {
  it('gives each line its count; the counts add up to the total', () => {
    const text = '# 一、总体要求\n\n**加强**领导，见[通知](https://a.b/c)。\n```\ncode 123\n```\n';
    const per = lineCharacterCounts(text, 'markdown');
    assert.deepEqual(per.slice(0, 6), [5, 0, 7, 0, 0, 0]);
    assert.equal(
      per.reduce((a, b) => a + b, 0),
      countCharacters(text, 'markdown').total,
    );
  });

  it('honours skip spans the same way as countCharacters', () => {
    const text = 'XX镇\n谢谢大家';
    const spans = findPlaceholders(new Source(text, 'plaintext'));
    assert.deepEqual(lineCharacterCounts(text, 'plaintext', spans), [1, 4]);
  });
});
