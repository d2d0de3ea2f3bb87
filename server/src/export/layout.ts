/**
 * The page of GB/T 9704-2012 §5 in Word's units, and the title's line breaking (§7.3.1). Pure.
 * Units: twips (1/20 pt, 1/1440 inch) unless a name says otherwise; font sizes in half-points, as
 * WordprocessingML writes them (`w:sz`).
 */

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export function mm(n: number): number {
  return Math.round(n * TWIPS_PER_MM);
}

/** A4, 210 × 297 mm (§5.2.1). */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/** Margins: 天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm, leaving the 156 × 225 mm 版心 (§5.2.2). */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** The 版心 (text block) in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** 22 lines of 28 characters on a full page (§5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28 } as const;

/** The grid's line pitch: the largest whole-twip pitch that fits 22 lines in the 版心 (579 twips, 28.95 pt). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * `w:docGrid/@w:charSpace`: (character pitch − the Normal font's size) × 4096, in points (ECMA-376
 * §17.6.5). Rounded down so that 28 pitches never exceed the text width: with 3号 (16 pt) body text
 * this is −842, a pitch of 15.794 pt.
 */
export const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - SIZE.san / 2) * 4096);


/**
 * Character spacing of every run, in twentieths of a point (`w:rPr/w:spacing`): −0.3 pt, so a 3号
 * character advances 15.7 pt and exactly 28 fit the 156 mm line (28 × 15.7 = 439.6 pt ≤ 442.2 pt <
 * 29 × 15.7). Paragraphs do not snap to the grid (see `docx.ts`): Word and LibreOffice then lay out
 * the same 28 characters, where LibreOffice would give a 16 pt character two 15.79 pt grid cells.
 * (−0.25 pt is too tight for LibreOffice, which rounds it and sets 27.)
 */
export const CHAR_SPACING = -6;

/** One character of body text, in twips (15.7 pt = 314): 3号 plus `CHAR_SPACING`. */
export const CHAR = SIZE.san * 10 + CHAR_SPACING;

/** `n` body characters in twips, rounded. */
export function chars(n: number): number {
  return Math.round(n * CHAR);
}

/**
 * Width of a string in full-width characters: CJK and full-width forms count 1, ASCII and other
 * half-width characters ½ (an astral character, two UTF-16 units, counts once).
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xffdc) ? 0.5 : 1;
  }
  return w;
}

/** Characters of 2号 title text that fit one line of the 版心 (20). */
export const TITLE_CHARS = Math.floor(TEXT_WIDTH / (SIZE.er * 10));

const DOC_TYPE_END = /(?:决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要|讲话|致辞|方案|办法|规定|细则|规划|计划|总结|要点)$/;

/**
 * Break a title into lines no wider than `max` full-width characters, in the shape GB/T 9704-2012
 * §7.3.1 asks for (梯形或菱形: each line at most as long as the next, or a middle line longest), at
 * word boundaries (`Intl.Segmenter`, when the runtime has it; else between any two characters), never
 * between 的 and the 文种 that ends the title. A title that fits one line is returned as it is.
 */
export function breakTitle(title: string, max: number = TITLE_CHARS): string[] {
  const total = textWidth(title);
  if (total <= max || title.length < 2) return [title];
  const segments = segment(title);
  // Candidate break offsets (UTF-16) with the width before each.
  const cuts: Cut[] = [];
  let at = 0;
  let w = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    at += segments[i].length;
    w += textWidth(segments[i]);
    const next = segments[i + 1];
    const rest = title.slice(at);
    if (next === '的' || /^[，、。：；）》”]/.test(next)) continue; // 的 and closing marks stay with the word before
    if (DOC_TYPE_END.test(title) && (DOC_TYPE_END.test(rest) && rest.length <= 3)) continue; // keep `的通知` whole
    // A break between two one-character words is likely inside a word the dictionary lacks (全县,
    // 专项); one before 关于 parts the issuing body from the subject, the usual place.
    const penalty = next.startsWith('关于') ? -3 : segments[i].length === 1 && next.length === 1 ? 6 : 0;
    cuts.push({ at, w, penalty });
  }
  for (let n = Math.ceil(total / max); n <= Math.ceil(total / max) + 2 && n <= 6; n++) {
    const best = bestSplit(cuts, total, n, max);
    if (best) {
      const out: string[] = [];
      let from = 0;
      for (const c of best) {
        out.push(title.slice(from, c.at));
        from = c.at;
      }
      out.push(title.slice(from));
      return out;
    }
  }
  return [title]; // no word boundary allows it: Word wraps the line itself
}

function segment(s: string): string[] {
  const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: string }) => { segment(s: string): Iterable<{ segment: string }> } }).Segmenter;
  if (Seg) {
    try {
      return [...new Seg('zh', { granularity: 'word' }).segment(s)].map((x) => x.segment);
    } catch {
      // fall through: a runtime without the Chinese word dictionary
    }
  }
  return Array.from(s);
}

interface Cut {
  /** UTF-16 offset of the break. */
  at: number;
  /** Width before it, in full-width characters. */
  w: number;
  /** Added to the cost of breaking here. */
  penalty: number;
}

/** Choose `n − 1` cuts: every line ≤ max, trapezoid or diamond shape, lines as even as possible. */
function bestSplit(cuts: Cut[], total: number, n: number, max: number): Cut[] | undefined {
  let best: Cut[] | undefined;
  let bestCost = Infinity;
  const target = total / n;
  const pick: Cut[] = [];
  const visit = (from: number, prevW: number) => {
    if (pick.length === n - 1) {
      const widths = [...pick.map((c, i) => c.w - (i ? pick[i - 1].w : 0)), total - prevW];
      if (widths.some((x) => x > max || x <= 0)) return;
      const cost = widths.reduce((s, x) => s + (x - target) ** 2, 0) + shapePenalty(widths) + pick.reduce((s, c) => s + c.penalty, 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = [...pick];
      }
      return;
    }
    for (let i = from; i < cuts.length; i++) {
      if (cuts[i].w - prevW > max) break;
      pick.push(cuts[i]);
      visit(i + 1, cuts[i].w);
      pick.pop();
    }
  };
  visit(0, 0);
  return bestCost < Infinity ? best : undefined;
}

/**
 * 0 for 上短下长 (a trapezoid), small for a diamond (longer lines in the middle, at least one line
 * below and one above shorter), large for any other shape: 上长下短 (an inverted trapezoid, `19/18`) and an
 * hourglass are not the shapes of §7.3.1.
 */
function shapePenalty(widths: number[]): number {
  let up = true;
  let ok = widths.length < 2 || widths[1] >= widths[0];
  for (let i = 1; i < widths.length; i++) {
    if (widths[i] >= widths[i - 1]) {
      if (!up) ok = false;
    } else up = false;
  }
  if (!ok) return 1000;
  return up ? 0 : 2;
}
