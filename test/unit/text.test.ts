/** The shared text layer: character classes and the prose map of a document. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source } from '../../server/src/core/source';
import { prng } from '../helpers/prng';
import { markerRanges, spacesBeforeChinese } from '../../server/src/core/text/context';
import { englishSentences } from '../../server/src/core/text/script';
import {
  codePointAt,
  codePointBefore,
  hasIdeograph,
  isChineseClosing,
  isChineseOpening,
  isChinesePunctuation,
  isIdeograph,
  isIdeographAt,
  isIdeographBefore,
  markerOffsets,
  spaceKind,
  textLayer,
  toChineseNumber,
  toFullWidth,
  toHalfWidth,
  visibleAt,
  visibleBefore,
} from '../../server/src/core/text';

/** The non-prose spans of a text as `kind:text` strings. */
function spans(text: string, language: 'markdown' | 'plaintext' = 'markdown'): string[] {
  return textLayer(new Source(text, language))
    .spans()
    .map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

describe('character classes', () => {
  it('ideographs of every block, astral ones by code point', () => {
    for (const ch of ['中', '〇', '㐀', '豈', '𠮷', '𪚥', '𰀀']) assert.ok(isIdeograph(ch.codePointAt(0) as number), ch);
    for (const ch of ['a', '1', '，', '。', 'ア', '가', '😀', '\u3000']) assert.ok(!isIdeograph(ch.codePointAt(0) as number), ch);
  });

  it('reads a surrogate pair as one character in both directions', () => {
    const t = 'a𠮷b';
    assert.equal(codePointAt(t, 1), 0x20bb7);
    assert.equal(codePointBefore(t, 3), 0x20bb7);
    assert.ok(isIdeographAt(t, 1));
    assert.ok(isIdeographBefore(t, 3));
    assert.ok(!isIdeographBefore(t, 1));
    assert.equal(codePointBefore(t, 0), -1);
    assert.equal(codePointAt(t, 4), -1);
    // A lone low surrogate is not half of a pair.
    assert.equal(codePointBefore('\udc00x', 1), 0xdc00);
    assert.ok(hasIdeograph('abc𠮷'));
    assert.ok(!hasIdeograph('abc😀，'));
  });

  it('Chinese punctuation, openers and closers', () => {
    for (const ch of '。，、；：？！“”‘’（）《》〈〉【】〔〕…—～「」') assert.ok(isChinesePunctuation(ch.charCodeAt(0)), ch);
    for (const ch of ',.;:?!()"\'') assert.ok(!isChinesePunctuation(ch.charCodeAt(0)), ch);
    for (const ch of '“‘（《〈【〔「『〖') assert.ok(isChineseOpening(ch.charCodeAt(0)) && !isChineseClosing(ch.charCodeAt(0)), ch);
    for (const ch of '”’）》〉】〕」』〗') assert.ok(isChineseClosing(ch.charCodeAt(0)) && !isChineseOpening(ch.charCodeAt(0)), ch);
  });

  it('full and half width, the four spaces', () => {
    assert.equal(String.fromCharCode(toHalfWidth('２'.charCodeAt(0))), '2');
    assert.equal(String.fromCharCode(toHalfWidth('（'.charCodeAt(0))), '(');
    assert.equal(String.fromCharCode(toFullWidth(','.charCodeAt(0))), '，');
    assert.equal(toHalfWidth(0x3000), 0x20);
    assert.equal(toHalfWidth('中'.charCodeAt(0)), '中'.charCodeAt(0));
    assert.deepEqual([' ', '\t', '\u3000', '\u00a0', 'x'].map((c) => spaceKind(c.charCodeAt(0))), ['space', 'tab', 'ideographic', 'nbsp', undefined]);
  });

  it('Chinese numbers as counted in 公文', () => {
    assert.deepEqual([1, 10, 12, 19, 20, 21, 99, 100, 105, 115, 120].map(toChineseNumber), ['一', '十', '十二', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十五', '一百二十']);
  });
});

describe('prose map', () => {
  it('Markdown: fenced, indented and inline code; comments; front matter', () => {
    const t = '---\ntitle: x\n---\n\n```\n代码,\n```\n\n    code line\n\n    　　中文缩进的段落不是代码。\n\n见 `a,b` 与 <!-- 注释 --> 之后。\n';
    assert.deepEqual(spans(t), ['frontmatter:---\ntitle: x\n---', 'code:```\n代码,\n```', 'code:    code line', 'code:`a,b`', 'comment:<!-- 注释 -->']);
  });

  it('Markdown: links keep their text as prose, targets and URLs are not prose', () => {
    const t = '详见[《通知》](https://a.cn/x_(1)?q=1,2 "标题")，![图](b.png)，[参考][ref]，<https://c.cn>，https://d.cn/p?a=1。\n\n[ref]: https://e.cn\n';
    assert.deepEqual(spans(t), [
      'markup:[',
      'markup:]',
      'link-target:(https://a.cn/x_(1)?q=1,2 "标题")',
      'markup:![',
      'markup:]',
      'link-target:(b.png)',
      'markup:[',
      'markup:]',
      'link-target:[ref]',
      'url:<https://c.cn>',
      'url:https://d.cn/p?a=1',
      'markup:[ref]:',
      'link-target: https://e.cn',
    ]);
  });

  it('Markdown: HTML tags, emphasis, headings, quotes, bullets, table pipes; fill-in blanks stay prose', () => {
    const t = '# 标题\n\n> 引文，**加粗**与_强调_、~~删除~~\n\n- 项目<br/>内容 ____ 处填写\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n';
    const s = spans(t);
    assert.ok(s.includes('markup:#'));
    assert.ok(s.includes('markup:> '));
    assert.deepEqual(s.filter((x) => x === 'markup:**').length, 2);
    assert.deepEqual(s.filter((x) => x === 'markup:_').length, 2);
    assert.deepEqual(s.filter((x) => x === 'markup:~~').length, 2);
    assert.ok(s.includes('markup:-'));
    assert.ok(s.includes('html:<br/>'));
    assert.ok(!s.some((x) => x.includes('____')));
    assert.ok(s.filter((x) => x === 'markup:|').length >= 6);
  });

  it('plain text: only URLs and e-mail addresses are not prose; trailing punctuation stays prose', () => {
    const t = '见https://www.gov.cn/a,b，或www.example.cn/p。邮箱office@example.gov.cn. `不是代码` **也不是标记**\n';
    assert.deepEqual(spans(t, 'plaintext'), ['url:https://www.gov.cn/a,b', 'url:www.example.cn/p', 'url:office@example.gov.cn']);
  });

  it('visible neighbours skip markup', () => {
    const t = '**注意**:请';
    const layer = textLayer(new Source(t, 'markdown'));
    const colon = t.indexOf(':');
    assert.equal(String.fromCodePoint(visibleBefore(layer, colon, 0)), '意');
    assert.equal(String.fromCodePoint(visibleAt(layer, colon + 1, t.length)), '请');
    assert.equal(visibleBefore(layer, 2, 0), -1);
  });

  it('forEachProseMatch skips matches touching a non-prose span', () => {
    const t = '甲,乙 `丙,丁` https://a.cn/x,y 庚,辛';
    const got: string[] = [];
    textLayer(new Source(t, 'markdown')).forEachProseMatch(/.,./gu, (m) => got.push(m[0]));
    assert.deepEqual(got, ['甲,乙', '庚,辛']);
  });

  it('is built once per source', () => {
    const s = new Source('中文', 'plaintext');
    assert.equal(textLayer(s), textLayer(s));
  });
});

describe('prose paragraphs', () => {
  const paras = (t: string, language: 'markdown' | 'plaintext') =>
    textLayer(new Source(t, language))
      .paragraphs()
      .map((p) => t.slice(p.start, p.end));

  it('plain text: a hard break inside a sentence continues the paragraph; a sentence end or an ordinal starts one', () => {
    const t = '各地要加强\n组织领导，确保落实。\n下一段开始\n一、总体要求\n（一）工作目标\n　　缩进的段落\n2.5万元不是序号\n';
    assert.deepEqual(paras(t, 'plaintext'), ['各地要加强\n组织领导，确保落实。', '下一段开始', '一、总体要求', '（一）工作目标', '　　缩进的段落\n2.5万元不是序号']);
  });

  it('Markdown: blank lines, headings and table rows separate paragraphs; code is not prose', () => {
    const t = '# 标题\n第一行\n第二行\n\n```\n代码\n```\n| a |\n|---|\n';
    assert.deepEqual(paras(t, 'markdown'), ['# 标题', '第一行\n第二行', '| a |', '|---|']);
  });

  it('Markdown: a `>` alone inside a blockquote separates its paragraphs; quote lines with text join', () => {
    assert.deepEqual(paras('> 第一段\n>\n> 第二段\n> 续行\n> >  \n> 第三段', 'markdown'), ['> 第一段', '> 第二段\n> 续行', '> 第三段']);
    assert.deepEqual(paras('> 第一段\n> 续行', 'markdown'), ['> 第一段\n> 续行']);
  });
});

describe('prose map, property tests', () => {
  it('plain-text paragraphs break where the sentence-end and paragraph-start patterns say', () => {
    // The rule as first written, with the two patterns applied to each line's text.
    const end = /[。！？；：….!?;:][”’）》」』】〕)"']*\s*$/;
    const start = /^(?:[\s\u3000]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+[章节条]|附件)/;
    const reference = (src: Source): string[] => {
      const out: string[] = [];
      let cur: Array<{ start: number; end: number }> = [];
      const flush = () => {
        if (cur.length) out.push(src.text.slice(cur[0].start, cur[cur.length - 1].end));
        cur = [];
      };
      for (const line of src.lines) {
        if (line.scope === 'blank') {
          flush();
          continue;
        }
        const prev = cur[cur.length - 1];
        if (prev && (end.test(src.text.slice(prev.start, prev.end)) || start.test(src.text.slice(line.start, line.end)))) flush();
        cur.push(line);
      }
      flush();
      return out;
    };
    // Each line: an optional opening, a word, optional sentence end, closers and spaces.
    const openings = ['', '', '一、', '十二.', '（三）', '(4)', '12.', '1.5', '3、', '第二章', '附件', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\ufeff', '二', '(', '第'];
    const words = ['文字', 'ab', '一', '', '”'];
    const ends = ['', '', '。', '！', '？', '…', '.', ':', '：', '；', '!', '?', ';', '，', '、'];
    const closers = ['', '', '”', '’', '）', '》', ')', '"', "'", '」', '〕', '”）', '】'];
    const spaces = ['', '', ' ', '\t', '\u3000', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\u205f', '\u1680', '\u202f', '\u000b', '\u000c', '  '];
    const next = prng(9704);
    const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)];
    for (let round = 0; round < 1500; round++) {
      const lines: string[] = [];
      for (let i = 0; i < 10; i++) lines.push(next() < 0.1 ? '' : pick(openings) + pick(words) + pick(ends) + pick(closers) + pick(spaces));
      const src = new Source(lines.join(next() < 0.5 ? '\n' : '\r\n'), 'plaintext');
      const got = textLayer(src)
        .paragraphs()
        .map((p) => src.text.slice(p.start, p.end));
      assert.deepEqual(got, reference(src), JSON.stringify(src.text));
    }
  });

  it('plain text: each line is marked as it would be alone (URL hints found across the whole text change nothing)', () => {
    const pieces = ['见', 'www', '.', 'ww', 'w.', ':/', '/', '://', 'http', 's', '@', 'a', 'b.cn', 'example', '。', ' ', '(', ')', 'x@y', '.com'];
    const next = prng(15834);
    for (let round = 0; round < 500; round++) {
      const lines: string[] = [];
      for (let i = 0; i < 10; i++) {
        let line = '';
        const n = Math.floor(next() * 6);
        for (let j = 0; j < n; j++) line += pieces[Math.floor(next() * pieces.length)];
        lines.push(line);
      }
      const text = lines.join(next() < 0.5 ? '\n' : '\r\n');
      const src = new Source(text, 'plaintext');
      const whole = textLayer(src)
        .spans()
        .map((s) => `${s.kind}@${s.start}-${s.end}`);
      const perLine: string[] = [];
      for (const line of src.lines) {
        const alone = textLayer(new Source(text.slice(line.start, line.end), 'plaintext')).spans();
        for (const s of alone) perLine.push(`${s.kind}@${s.start + line.start}-${s.end + line.start}`);
      }
      assert.deepEqual(whole, perLine, JSON.stringify(text));
    }
  });
});

describe('forEachProseMatch in windows', () => {
  it('finds in a short window exactly what a global search from the window start finds', () => {
    // A global search from each window's start, stopped at the first match past it; an empty match steps
    // one character (a whole surrogate pair for a `u` regex).
    const reference = (layer: ReturnType<typeof textLayer>, re: RegExp, windows: ReadonlyArray<readonly [number, number]>): string[] => {
      const out: string[] = [];
      const text = layer.source.text;
      for (const [from, to] of windows) {
        re.lastIndex = from;
        for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex = m.index + (re.unicode && text.codePointAt(m.index)! > 0xffff ? 2 : 1);
            continue;
          }
          if (layer.isProseRange(m.index, m.index + m[0].length)) out.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`);
        }
      }
      return out;
    };
    const regexes = [
      /[，。]{2}/g,
      /(?<![\d.])\d+(?:\.\d+)?%/g,
      /(?<=第)[一二三四五六七八九十]+(?=[章条])/g,
      /\d*/g,
      /x?/gu,
      /[\u{20000}-\u{2FFFF}]+/gu,
      /.(?=\n)|$/g,
      /的+/gy,
      /（[^）]*）/g,
      /(?:https?:\/\/)?www\.[a-z.]+/gi,
    ];
    const pieces = ['的', '第', '三', '章', '，', '。', '12', '.5', '%', '𠮷', '𡈽', 'x', '（', '）', 'www.', 'abc', '\n', '`码`', ' ', 'https://'];
    const next = prng(2012);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = 20 + Math.floor(next() * 200);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(next() * pieces.length)];
      const layer = textLayer(new Source(text, 'markdown'));
      // Windows short enough to take the narrow path, at any offset (a surrogate pair's second half included).
      const a = Math.floor(next() * text.length);
      const b = Math.min(text.length, a + 1 + Math.floor(next() * Math.max(1, text.length / 8)));
      const windows: Array<[number, number]> = [[a, b]];
      if (b + 2 < text.length) windows.push([b + 2, Math.min(text.length, b + 3 + Math.floor(next() * 10))]);
      const view = layer.within(windows);
      for (const re of regexes) {
        const got: string[] = [];
        view.forEachProseMatch(re, (m) => got.push(`${m.index}:${m[0]}:${m.slice(1).join('|')}`));
        assert.deepEqual(got, reference(layer, re, windows), `${re} in ${JSON.stringify(text)} ${JSON.stringify(windows)}`);
      }
    }
  });

  it('steps past an astral character after an empty match of a u regex (once looped forever)', () => {
    const found: number[] = [];
    textLayer(new Source('𠮷x𠮷', 'plaintext')).forEachProseMatch(/x?/gu, (m) => found.push(m.index));
    assert.deepEqual(found, [2]);
  });
});

describe('markerOffsets', () => {
  it('holds exactly the offsets of the markers, whatever their order, overlaps and empty ones', () => {
    const next = prng(9705);
    for (let round = 0; round < 300; round++) {
      const markers: Array<{ marker?: { start: number; end: number } }> = [];
      const inside = new Set<number>();
      for (let i = Math.floor(next() * 12); i > 0; i--) {
        if (next() < 0.15) {
          markers.push({});
          continue;
        }
        const start = Math.floor(next() * 60);
        const end = start + Math.floor(next() * 5);
        markers.push({ marker: { start, end } });
        for (let o = start; o < end; o++) inside.add(o);
      }
      const has = markerOffsets({ markers });
      for (let o = -2; o < 70; o++) assert.equal(has.has(o), inside.has(o), `${JSON.stringify(markers)} at ${o}`);
      // The list: every marker, by start, ties in the tree's order.
      const want = markers.flatMap((m) => (m.marker ? [[m.marker.start, m.marker.end] as [number, number]] : [])).sort((a, b) => a[0] - b[0]);
      assert.deepEqual([...markerRanges({ markers })], want.flat());
    }
  });
});

describe('prose map across the 4,096-offset pages it is stored in', () => {
  /** The spans as the per-offset kinds say they are (a run of one kind is one span). */
  function naiveSpans(layer: ReturnType<typeof textLayer>, length: number): string[] {
    const out: string[] = [];
    let kind: string | undefined;
    let from = 0;
    for (let i = 0; i <= length; i++) {
      const k = i < length ? layer.kindAt(i) : undefined;
      if (k === kind) continue;
      if (kind !== undefined) out.push(`${kind}@${from}-${i}`);
      kind = k;
      from = i;
    }
    return out;
  }

  it('spans, kindAt, isProse and isProseRange agree on long texts with spans across page edges', () => {
    const next = prng(4096);
    const pieces = ['中文正文。', '`代码`', 'https://example.com/a/b', '**强调**', '[链接](http://x.cn)', '<b>', '\n', '\n\n', '\n```\n代码块\n```\n', '　　', 'ab@example.org', '<!-- 注释 -->'];
    for (let round = 0; round < 40; round++) {
      const language = next() < 0.5 ? 'markdown' : 'plaintext';
      let t = '';
      const target = 3000 + Math.floor(next() * 12000);
      while (t.length < target) t += next() < 0.05 ? 'https://example.com/' + 'x'.repeat(Math.floor(next() * 5000)) + ' ' : pieces[Math.floor(next() * pieces.length)];
      const src = new Source(t, language);
      const layer = textLayer(src);
      // Residue exclusions of random ranges, some across page edges and past the end.
      for (let k = Math.floor(next() * 4); k > 0; k--) {
        const a = Math.floor(next() * (t.length + 100)) - 50;
        layer.exclude(a, a + Math.floor(next() * 9000), 'residue');
      }
      const got = layer.spans().map((s) => `${s.kind}@${s.start}-${s.end}`);
      assert.deepEqual(got, naiveSpans(layer, t.length), `round ${round}`);
      for (let k = 0; k < 200; k++) {
        const a = Math.floor(next() * (t.length + 20)) - 10;
        const b = a + Math.floor(next() * 6000);
        let all = true;
        for (let i = a; i < b; i++) if (!layer.isProse(i)) all = false;
        assert.equal(layer.isProseRange(a, b), all, `range ${a}-${b}`);
        assert.equal(layer.isProse(a), a >= 0 && a < t.length && layer.kindAt(a) === undefined);
      }
    }
  });

  it('an empty text, and a text exactly one page long whose last character is marked', () => {
    const empty = textLayer(new Source('', 'plaintext'));
    assert.deepEqual(empty.spans(), []);
    assert.equal(empty.isProse(0), false);
    assert.equal(empty.kindAt(0), undefined);
    assert.equal(empty.isProseRange(0, 0), true);
    assert.equal(empty.isProseRange(0, 1), false);
    const t = '文'.repeat(4095) + '`';
    const layer = textLayer(new Source(t, 'plaintext'));
    layer.exclude(4095, 4100, 'residue');
    assert.deepEqual(layer.spans(), [{ kind: 'residue', start: 4095, end: 4096 }]);
    assert.equal(layer.isProse(4095), false);
    assert.equal(layer.isProse(4096), false);
    assert.equal(layer.isProseRange(0, 4095), true);
    assert.equal(layer.isProseRange(4000, 4096), false);
  });

  it('a span that ends exactly at a page edge, and one that starts there', () => {
    const t = 'x'.repeat(4090) + '`代码代码`' + 'y'.repeat(4096 - 4100 + 4096) + '`z`';
    const layer = textLayer(new Source(t, 'markdown'));
    const spans = layer.spans().map((s) => `${s.kind}@${s.start}-${s.end}`);
    assert.deepEqual(spans, [`code@4090-4096`, `code@${t.length - 3}-${t.length}`]);
    layer.exclude(4096, 4100, 'residue');
    assert.deepEqual(
      layer.spans().map((s) => `${s.kind}@${s.start}-${s.end}`),
      [`code@4090-4096`, 'residue@4096-4100', `code@${t.length - 3}-${t.length}`],
    );
  });
});

describe('spacesBeforeChinese: the spaces typed after a half-width mark or an ordinal, before Chinese', () => {
  /** The text with the spaces after `mark` (its first occurrence) deleted as the function says. */
  const take = (t: string, mark: string, formBlank = false, opening = true) => {
    const from = t.indexOf(mark) + mark.length;
    return t.slice(0, from) + t.slice(spacesBeforeChinese(t, from, t.length, { formBlank, opening }));
  };

  it('spaces before an ideograph or a Chinese opening mark go; a tab (a column separator) stays', () => {
    assert.equal(take('几点: 一是', ':'), '几点:一是');
    assert.equal(take('一.  加强领导', '一.'), '一.加强领导');
    assert.equal(take('一. \t加强领导', '一.'), '一. \t加强领导');
    assert.equal(take('姓名:\t张三', ':'), '姓名:\t张三');
    assert.equal(take('强调: “一是”', ':'), '强调:“一是”');
    // Without `opening`, only an ideograph: the space before `“` stays.
    assert.equal(take('一. “十四五”规划', '一.', false, false), '一. “十四五”规划');
    assert.equal(take('一.  𠀾字', '一.'), '一.𠀾字');
  });

  it('stay: no space, a Latin word or a digit after, the line end, a full-width space, a line break', () => {
    for (const t of ['几点:一是', '系统: Windows', '总数: 100人', '要求如下: ', '要求:\u3000落实', '要求: \n落实']) {
      assert.equal(take(t, ':'), t, t);
    }
  });

  it('a form blank stays when asked: before 年 月 日, and between two field labels after a colon', () => {
    assert.equal(take('编制日期: 年 月 日', ':', true), '编制日期: 年 月 日');
    assert.equal(take('联系电话: 通讯地址:', ':', true), '联系电话: 通讯地址:');
    assert.equal(take('第四项: 校长讲话：全体起立', ':', true), '第四项:校长讲话：全体起立');
    // Not a form: after an ordinal `年度` is the heading's first word.
    assert.equal(take('一. 年度工作', '一.'), '一.年度工作');
  });
});

describe('englishSentences: the English sentences of a line with Chinese names in them', () => {
  const spans = (line: string) => {
    const flat = englishSentences(line, 0, line.length);
    const out: string[] = [];
    for (let k = 0; k < flat.length; k += 2) out.push(line.slice(flat[k], flat[k + 1]));
    return out;
  };

  it('cuts a line at sentence stops and keeps the English sentences, their final mark included', () => {
    assert.deepEqual(spans('Contact person: 王明, Foreign Affairs Office.'), ['Contact person: 王明, Foreign Affairs Office.']);
    assert.deepEqual(spans('特此通告。Welcome to 杭州! 联系人：王明'), ['Welcome to 杭州!']);
    assert.deepEqual(spans('Is this 西湖? Yes, it is.'), ['Is this 西湖?', ' Yes, it is.']);
    // Three times as many letters as ideographs: English though it opens with a Chinese name.
    assert.deepEqual(spans('王明, director of the office, will attend.'), ['王明, director of the office, will attend.']);
    // A list of Chinese names joined by 、 and a Chinese title in 《》 are names, not Chinese punctuation.
    assert.deepEqual(spans('Organizers: 杭州市人民政府、浙江大学 and the UN Office (联合国办公室).'), ['Organizers: 杭州市人民政府、浙江大学 and the UN Office (联合国办公室).']);
    assert.deepEqual(spans('Please read 《关于加强管理的通知》 carefully.'), ['Please read 《关于加强管理的通知》 carefully.']);
  });

  it('finds none in Chinese sentences with Latin words', () => {
    for (const line of [
      '会议要求, Wang Ming参加',
      '本次培训内容包括: Python, Java 和 C++',
      'Welcome to 杭州，the city of 西湖!',
      '欢迎来到杭州!',
      '使用Windows, Linux等系统',
      'OK 杭州!',
      // A 、 that is no joint between two names is Chinese punctuation.
      'Items: 杭州、 Hangzhou and Ningbo',
      // Opening in Chinese with fewer than three letters an ideograph; a URL's or an address's letters are no words.
      '电话: 0571-87280000, Email: abc@gov.cn',
      'APP 下载地址: https://www.example.gov.cn/download, 请及时下载.',
      '联系邮箱: office_admin@hz.gov.cn',
    ]) {
      assert.deepEqual(spans(line), [], line);
    }
  });
});
