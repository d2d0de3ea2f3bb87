import { forEachMatchIn } from '../text/scan';
import { msg } from '../messages';
import { hasIdeograph, isAsciiDigit, isAsciiLetter, isChineseChar, isIdeograph, proseOf, visibleAt, visibleBefore } from '../text';
import { inSpans, isCommandArgument, jsonSpans } from '../text/code-spans';
import type { Rule } from '../types';
import { EnglishSentenceFinder } from '../text/script';

/**
 * Straight quotes `"…"` and `'…'` in Chinese text, GB/T 15834 §4.8 (引号: “” outside, ‘’ inside).
 * Straight double quotes are paired in order within a prose paragraph — the first opens, the second
 * closes — never each one turned into `”`. A pair is Chinese when its content holds an ideograph or a
 * character next to it outside is Chinese. Inside an open `“`, a straight pair becomes `‘…’`. Single
 * straight quotes are taken only as a pair around Chinese content with no Latin letter or digit
 * outside (so `don't` and `5'30"` stay). A `"` right after a digit where a quote would open (`尺寸为27"，`) is an
 * inch or second mark, not a quote (`数量为"30"台` closes a pair). With an odd count the paragraph's straight quotes cannot be
 * paired: the rule reports the last one without a fix. With more than one pair in a paragraph, pairing in
 * order is a guess (`"要抓好"三农"工作"` nests: `“要抓好‘三农’工作”`): the fixes are then suggestions, but for
 * the pairs whose reading the marks settle (see `certainPairs`); a single pair is fixed safely.
 * Code in the text keeps its straight quotes: inline JSON (`{"name":"张三"}`) and a command's quoted argument
 * (`输入 echo "完成" 即可`): see `text/code-spans`; a value assigned to a Latin name (`设置参数key="value"即可`).
 * A pair in an English sentence of a bilingual notice (`The delegation will visit "西湖" and "灵隐寺".`, see
 * `englishSentences`) is English and stays.
 */
export const punctuationQuotes: Rule = {
  meta: {
    id: 'punctuation-quotes',
    scope: 'paragraph',
    name: msg('直引号', 'Straight quotes'),
    basis: 'GB/T 15834',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '中文语句中的直引号“\"…\"”“\'…\'”应为弯引号“……”‘……’，按段落内先开后闭成对替换，引号内再用单引号',
      'Straight quotes "…" \'…\' in Chinese text should be “…” ‘…’, paired in order within a paragraph; nested quotes take ‘…’',
    ),
    example: { wrong: '做到"两个维护"', right: '做到“两个维护”' },
    subChecks: {
      nested: {
        defaultSeverity: 'warning',
        description: msg('引号内再用引号时，里面一层用单引号‘……’', 'A quotation inside a quotation takes single quotes ‘…’'),
        example: { wrong: '他说：“要牢记“三个务必”。”', right: '他说：“要牢记‘三个务必’。”' },
      },
      'all-closing': {
        defaultSeverity: 'warning',
        description: msg('一段中的引号全写成后引号（”…”），每对的前一个应为“', 'A paragraph whose quotes are all closing ones (”…”): the first of each pair should be “'),
        example: { wrong: '记下”一致同意”', right: '记下“一致同意”' },
      },
    },
  },
  check(ctx) {
    const { source } = ctx;
    const text = source.text;
    const layer = proseOf(ctx);
    const paras = layer.paragraphBounds();
    // Every `"` `'` `”` (what either check needs) by one native scan of the text, or of the paragraphs the
    // engine re-checks (ctx.windows); a paragraph with none of them is skipped without slicing it.
    const marks: number[] = [];
    const push = (m: RegExpExecArray) => marks.push(m.index);
    if (ctx.windows) {
      for (let p = 0; p < paras.length; p += 2) if (layer.touches(paras[p], paras[p + 1])) forEachMatchIn(QUOTE_MARKS, text, paras[p], paras[p + 1], push);
    } else forEachMatchIn(QUOTE_MARKS, text, 0, text.length, push);
    const english = new EnglishSentenceFinder(text);
    /** `visit "西湖" and "灵隐寺".`: a pair on one line of an English sentence (`englishSentences`) is English. */
    const inEnglish = (open: number, close: number) => {
      const line = source.lineAt(open);
      return close < line.end && english.has(open, line.start, line.end) && english.has(close, line.start, line.end);
    };
    let q = 0;
    for (let p = 0; p < paras.length; p += 2) {
      while (q < marks.length && marks[q] < paras[p]) q++;
      if (q >= marks.length) break;
      if (marks[q] >= paras[p + 1] || !layer.touches(paras[p], paras[p + 1])) continue;
      const para = { start: paras[p], end: paras[p + 1] };
      const slice = text.slice(para.start, para.end);
      if (slice.includes('”') && !slice.includes('“')) allClosing(ctx, layer, para.start, slice);
      else if (slice.includes('“')) nestedDoubles(ctx, layer, para.start, slice);
      if (!slice.includes('"') && !slice.includes("'")) continue;
      // Quotes inside inline JSON (`{"name":"张三"}`) are code: left alone.
      const code = slice.includes('{') || slice.includes('[') ? jsonSpans(text, para.start, para.end) : NO_SPANS;
      // Double quotes: in order, with the depth of curly “ at each one. And for each straight single quote, whether a
      // quotation is open there: a curly “ not yet closed, or an odd count of straight " before it (read in order).
      const doubles: number[] = [];
      const depthAt = new Map<number, number>();
      const quotedAt = new Map<number, boolean>();
      let depth = 0;
      let straight = 0;
      for (let i = para.start; i < para.end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x201c) depth++;
        else if (c === 0x201d) depth = Math.max(0, depth - 1);
        else if (c === 0x27) quotedAt.set(i, depth > 0 || straight % 2 === 1);
        else if (c === 0x22) {
          if (
            layer.isProse(i) &&
            !SECONDS.test(text.slice(Math.max(para.start, i - 8), i)) &&
            // `27"`: a mark right after a number where a quote would open is an inch (or second) mark.
            !(doubles.length % 2 === 0 && isAsciiDigit(text.charCodeAt(i - 1))) &&
            (code.length === 0 || !inSpans(code, i))
          ) {
            doubles.push(i);
            depthAt.set(i, depth);
          }
          straight++;
        }
      }
      if (doubles.length % 2 === 1) {
        const last = doubles[doubles.length - 1];
        const line = source.lineAt(last);
        if (isChineseChar(visibleBefore(layer, last, line.start)) || isChineseChar(visibleAt(layer, last + 1, line.end))) {
          ctx.report({
            message: msg('直引号“\"”不成对，无法判断前后引号：请改为“或”', 'Unpaired straight quote ": cannot tell opening from closing; use “ or ”'),
            start: last,
            end: last + 1,
          });
        }
      } else {
        const certain = certainPairs(text, doubles, para.end);
        // `指出："要坚持"两个毫不动摇"，…。"`: one quotation with one inside it (the order is then 1-4, 2-3).
        const nested = certain === 0 && doubles.length === 4 && doubles.every((i) => depthAt.get(i) === 0) && quotesWhole(text, layer, doubles[0], doubles[3], para.start, para.end);
        for (let k = 0; k + 1 < doubles.length; k += 2) {
          const open = nested ? doubles[k >> 1] : doubles[k];
          const close = nested ? doubles[3 - (k >> 1)] : doubles[k + 1];
          if (!isChinesePair(text, layer, open, close)) continue;
          const lo = source.lineAt(open);
          if (source.lineAt(close) === lo && isCommandArgument(text, open, close, lo.start, lo.end)) continue;
          // `key="value"`, `charset="utf-8"`: a value assigned in code, not a quotation.
          if (open > lo.start && text[open - 1] === '=' && isAsciiLetter(text.charCodeAt(open - 2))) continue;
          if (inEnglish(open, close)) continue;
          const inner = nested ? k > 0 : (depthAt.get(open) ?? 0) % 2 === 1;
          const [o, c] = inner ? ['‘', '’'] : ['“', '”'];
          // Two pairs or more: they may nest rather than follow each other, unless the marks say otherwise.
          pairReport(ctx, open, close, '"', o, c, k / 2 < certain ? 'safe' : 'suggestion');
        }
      }
      // Single quotes: only a clear pair around Chinese content.
      const singles: number[] = [];
      for (let i = para.start; i < para.end; i++) if (text.charCodeAt(i) === 0x27 && layer.isProse(i) && (code.length === 0 || !inSpans(code, i))) singles.push(i);
      for (let k = 0; k + 1 < singles.length; k++) {
        const open = singles[k];
        const close = singles[k + 1];
        const line = source.lineAt(open);
        if (source.lineAt(close) !== line) continue;
        const before = visibleBefore(layer, open, line.start);
        const after = visibleAt(layer, close + 1, line.end);
        const latin = (cp: number) => isAsciiLetter(cp) || isAsciiDigit(cp);
        const content = text.slice(open + 1, close);
        if (latin(before) || latin(after) || !hasIdeograph(content) || content.includes("'") || inEnglish(open, close)) continue;
        // Inside a “…” (or a straight "…", read in order) of the paragraph the pair is a quotation in a quotation: ‘…’ (§4.8). Outside one it is a
        // quotation of its own, which takes “…” (`要深刻领悟'两个确立'` → `“两个确立”`): sure when the paragraph has no
        // other quotation marks, else offered (it may be the inner pair of a quotation opened elsewhere).
        if (quotedAt.get(open)) pairReport(ctx, open, close, "'", '‘', '’', 'safe');
        else pairReport(ctx, open, close, "'", '“', '”', OTHER_QUOTES.test(slice) ? 'suggestion' : 'safe');
        k++;
      }
    }
  },
};

/** A quotation mark other than a straight single quote: “ ” ‘ ’ or a straight `"`. */
const OTHER_QUOTES = /[“”‘’"]/;

/**
 * `all-closing`: a paragraph whose double quotes are all `”` (what a converter that turns every `"` into
 * `”` leaves): with an even count, read in order, every other one opens. The reading is a guess: a suggestion.
 */
function allClosing(ctx: Parameters<Rule['check']>[0], layer: ReturnType<typeof proseOf>, start: number, slice: string): void {
  const at: number[] = [];
  for (let i = slice.indexOf('”'); i >= 0; i = slice.indexOf('”', i + 1)) if (layer.isProse(start + i)) at.push(start + i);
  if (at.length < 2 || at.length % 2 === 1) return;
  for (let k = 0; k < at.length; k += 2) {
    ctx.report({
      message: msg('两个引号都是后引号（”…”），前一个应为前引号“', 'Both quotes are closing ones (”…”): the first should be “'),
      start: at[k],
      end: at[k + 1] + 1,
      sub: 'all-closing',
      fix: { title: msg('改为“…”', 'Change to “…”'), edits: [{ start: at[k], end: at[k] + 1, newText: '“' }], kind: 'suggestion' },
    });
  }
}

/**
 * `nested`: curly double quotes inside curly double quotes (`“要牢记“三个务必”，保持清醒。”`), GB/T 15834 §4.8.3.2:
 * the inner pair takes ‘…’ — not a pair inside ‘…’, the third level, which is double again (`“…‘…“乡村振兴”…’…”`). Read
 * only when the paragraph's “ and ” balance and nest at most two deep (a quotation
 * running over several paragraphs opens each one and closes only the last: unbalanced, left alone). A “ ” typed
 * where ” “ was meant reads the same, so the fix is a suggestion.
 */
function nestedDoubles(ctx: Parameters<Rule['check']>[0], layer: ReturnType<typeof proseOf>, start: number, slice: string): void {
  let depth = 0;
  let inner = -1;
  // Single quotes open inside the outer pair: a “…” inside ‘…’ is the third level, double again (“…‘…“…”…’…”).
  let singles = 0;
  let third = false;
  const pairs: number[] = [];
  for (let i = 0; i < slice.length; i++) {
    const c = slice.charCodeAt(i);
    if (c !== 0x201c && c !== 0x201d && c !== 0x2018 && c !== 0x2019) continue;
    if (!layer.isProse(start + i)) continue;
    if (c === 0x2018) {
      if (depth > 0) singles++;
    } else if (c === 0x2019) {
      if (singles > 0) singles--; // (a ’ with none open is an apostrophe)
    } else if (c === 0x201c) {
      if (++depth > 2) return;
      if (depth === 2) {
        inner = i;
        third = singles > 0;
      }
    } else {
      if (depth === 0) return;
      if (depth === 2 && !third) pairs.push(inner, i);
      depth--;
      if (depth === 0) singles = 0;
    }
  }
  if (depth !== 0) return;
  for (let k = 0; k < pairs.length; k += 2) {
    const open = start + pairs[k];
    const close = start + pairs[k + 1];
    ctx.report({
      message: msg('引号内再用引号时，里面一层用单引号：“…‘…’…”', 'A quotation inside a quotation takes single quotes: “…‘…’…”'),
      start: open,
      end: close + 1,
      sub: 'nested',
      fix: {
        title: msg('里层改为‘…’', 'Change the inner pair to ‘…’'),
        edits: [
          { start: open, end: open + 1, newText: '‘' },
          { start: close, end: close + 1, newText: '’' },
        ],
        kind: 'suggestion',
      },
    });
  }
}

/** What only follows a closing quote: a Chinese or Latin punctuation mark (never the first character quoted). */
const AFTER_CLOSE = new Set([...'，。、；：！？）》」』…—,.;:!?)"']);

/**
 * How many of a paragraph's straight double quotes, paired in order (`marks`: their offsets, an even count),
 * are surely paired so: the leading pairs whose closing mark can be nothing but a closing quote, being
 * followed by a punctuation mark, another `"` or the paragraph's end (`"两个确立"、"两个维护"`, `"解民忧""暖民心"`).
 * When the 2nd, 4th, … marks up to the k-th pair all close, the first k pairs cannot nest (a `"` after a
 * closed pair must open); when all but the last pair are settled, so is the last.
 */
function certainPairs(text: string, marks: readonly number[], paraEnd: number): number {
  const pairs = marks.length / 2;
  if (pairs <= 1) return pairs;
  let k = 0;
  while (k < pairs - 1) {
    const next = marks[2 * k + 1] + 1;
    if (next < paraEnd && !AFTER_CLOSE.has(text[next]) && text[next] !== '\n' && text[next] !== '\r') break;
    k++;
  }
  return k === pairs - 1 ? pairs : k;
}

/** What introduces a quotation right before its opening mark: `：` or a verb of saying (`指出`, `强调`, `说`). */
const INTRODUCER = /(?:[：:]|说|道|指出|强调|表示|认为|提出|要求|写道|问|答)[\s\u3000]*$/;

/**
 * Does the straight pair at `open` and `close` (UTF-16 offsets in the paragraph `[start, end)`) quote a whole
 * sentence, introduced (`INTRODUCER`: `指出："…`) and ending the paragraph (nothing after `close` but `。！？…`
 * and spaces, `…壮大。"` or `…壮大"。`)? Then a pair between them is inside it (`“…‘…’…”`, GB/T 15834 §4.8):
 * four marks read 1-4, 2-3, not 1-2, 3-4 (which would leave `“，` in `"坚持"两个毫不动摇"，…"`). A reading: offered.
 */
function quotesWhole(text: string, layer: ReturnType<typeof proseOf>, open: number, close: number, start: number, end: number): boolean {
  if (!INTRODUCER.test(text.slice(Math.max(start, open - 6), open))) return false;
  for (let i = close + 1; i < end; i++) {
    const c = text[i];
    if (!layer.isProse(i)) continue;
    if (c !== '。' && c !== '！' && c !== '？' && c !== '…' && !/\s/.test(c)) return false;
  }
  return true;
}

const NO_SPANS: readonly number[] = [];

/** The marks the rule reads: straight quotes, and `”` for `all-closing`. */
const QUOTE_MARKS = /["'”]/g;

/** `5'30"`: a `"` after minutes and seconds marks seconds (or inches), not a quote. */
const SECONDS = /\d'\d{1,2}(?:\.\d+)?$/;

/** The content or a neighbour outside the pair is Chinese. */
function isChinesePair(text: string, layer: ReturnType<typeof proseOf>, open: number, close: number): boolean {
  if (hasIdeograph(text.slice(open + 1, close))) return true;
  const lo = layer.source.lineAt(open);
  const lc = layer.source.lineAt(close);
  const before = visibleBefore(layer, open, lo.start);
  const after = visibleAt(layer, close + 1, lc.end);
  return isIdeograph(before) || isIdeograph(after) || isChineseChar(before) || isChineseChar(after);
}

function pairReport(
  ctx: Parameters<Rule['check']>[0],
  open: number,
  close: number,
  straight: string,
  o: string,
  c: string,
  kind: 'safe' | 'suggestion',
): void {
  ctx.report({
    message:
      kind === 'safe'
        ? msg(`直引号${straight}…${straight}应为${o}…${c}`, `Straight quotes ${straight}…${straight} should be ${o}…${c}`)
        : msg(
            `直引号${straight}…${straight}应为${o}…${c}（本段有多对直引号，也可能是引号内套引号“…‘…’…”，请核对）`,
            `Straight quotes ${straight}…${straight} should be ${o}…${c} (several pairs in this paragraph: they may nest, “…‘…’…”; check)`,
          ),
    start: open,
    end: close + 1,
    fix: {
      title: msg(`改为${o}…${c}`, `Change to ${o}…${c}`),
      edits: [
        { start: open, end: open + 1, newText: o },
        { start: close, end: close + 1, newText: c },
      ],
      kind,
    },
  });
}
