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
 * Break a title into lines no wider than `max` full-width characters, as GB/T 9704-2012 §7.3.1 asks:
 * 词意完整 (a line ends where a word or phrase does), 排列对称 and 长短适宜 (lines of like length, in a
 * trapezoid or diamond: each line at most as long as the next, or a middle line longest). Breaks are
 * chosen among word boundaries (`Intl.Segmenter`, when the runtime has it; else between any two
 * characters), each weighed by `cutPenalty`: phrase boundaries (after 、，; before 关于, 和/及/与/暨, 《;
 * after the verbs that open the 事由, after a 的 that is not the last) are preferred; a break inside what is
 * likely one word (a run of one-character segments such as 全/县 or 攻/坚, 办公/室, 大/检查, 2024/年) is
 * avoided; none between 的 and the 文种 that ends the title, before 的 or a closing mark, or after an
 * opening one. A title that fits one line is returned as it is; one no boundary allows is returned whole
 * (Word then wraps it). The lines joined give the title back, less the white space at a break (a space
 * between two issuing bodies becomes the line break).
 */
export function breakTitle(title: string, max: number = TITLE_CHARS): string[] {
  const total = textWidth(title);
  if (total <= max || title.length < 2) return [title];
  const segments = mergeKnownWords(segment(title));
  // Candidate break offsets (UTF-16) with the width before each.
  const cuts: Cut[] = [];
  let at = 0;
  let w = 0;
  for (let i = 0; i < segments.length - 1; i++) {
    at += segments[i].length;
    w += textWidth(segments[i]);
    const penalty = cutPenalty(segments, i, title.slice(at), insideBookTitle(title, at) ? title.slice(0, at) : undefined);
    if (penalty !== undefined) cuts.push({ at, w, penalty });
  }
  // The fewest lines, unless one more line avoids breaking a word (each extra line costs `EXTRA_LINE`).
  const fewest = Math.ceil(total / max);
  let chosen: Cut[] | undefined;
  let chosenCost = Infinity;
  for (let n = fewest; n <= fewest + 2 && n <= 6; n++) {
    const best = bestSplit(cuts, total, n, max);
    if (best && best.cost + EXTRA_LINE * (n - fewest) < chosenCost) {
      chosen = best.cuts;
      chosenCost = best.cost + EXTRA_LINE * (n - fewest);
    }
  }
  if (!chosen) return [title]; // no word boundary allows it: Word wraps the line itself
  const out: string[] = [];
  let from = 0;
  // A space where the line breaks (between two issuing bodies) is the break itself: not kept at the line's end.
  for (const c of chosen) {
    out.push(title.slice(from, c.at).trimEnd());
    from = c.at;
  }
  out.push(title.slice(from));
  return out;
}

/** What one line more than the fewest costs against the unevenness and the break penalties (`cutPenalty`). */
const EXTRA_LINE = 30;

/**
 * Words of titles that the runtime's dictionary splits (`办公/室`, `人/居/环境`, `脱/贫/攻/坚`): adjacent segments
 * that together spell one are joined, so no break goes inside it.
 */
const TITLE_WORDS = [
  '办公室', '办公厅', '人民政府', '委员会', '常务委员会', '人民代表大会', '人民代表大会常务委员会', '政治协商会议', '领导小组', '人居环境', '营商环境', '脱贫攻坚',
  '乡村振兴', '放管服', '高质量', '新时代', '安全生产', '专项', '排查', '值守', '印发', '转发', '优化', '县委', '市委',
  '省委', '区委', '党委', '党组', '全县', '全市', '全省', '全区', '全镇', '全乡', '全国', '全面', '各级', '各类', '本级',
  '城乡', '居民', '医疗保险', '参保', '缴费', '防汛', '抗旱', '汛期', '物资', '整治', '行动', '方案', '实施方案',
  '中小学', '中小学校', '中小学校园', '中华人民共和国', '促进法', '管理法', '保护法', '实施办法', '实施细则', '实施意见', '管理委员会',
  '开发区', '经济技术开发区', '高新技术产业开发区', '自治区', '自治州', '自治县', '食品安全', '生态环境',
];

/** Join runs of segments that spell a word of `TITLE_WORDS`, longest first. */
function mergeKnownWords(segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; ) {
    let joined = segments[i];
    let end = i + 1;
    let acc = segments[i];
    for (let j = i + 1; j < segments.length && acc.length < 11; j++) {
      acc += segments[j];
      if (TITLE_WORDS.includes(acc)) {
        joined = acc;
        end = j + 1;
      }
    }
    out.push(joined);
    i = end;
  }
  return out;
}

/** Words that link two parts of a title: a line may start with one (`…整治 / 和美丽乡村建设…`), not end with it. */
const CONJUNCTIONS = new Set(['和', '与', '及', '以及', '暨', '并', '或', '同']);

/** One-character words that stand alone in titles (particles, prepositions, conjunctions): not part of a longer word. */
const FUNCTION_CHARS = new Set(['的', '和', '与', '及', '暨', '并', '或', '对', '在', '为', '将', '把', '从', '向', '以', '由', '等', '之', '于', '按', '同']);

/** Characters that end names of places and bodies or make words of the word before (`办公/室`, `青山/县`): no break before one standing alone. */
const SUFFIX_CHARS = /^[县市省区镇乡村委厅局室办部处科院所会站队组团化性型级类式者员家业界长]$/;

/** Characters that begin a word with the word after (`全/县`, `大/检查`): no break after one standing alone. */
const PREFIX_CHARS = /^[全大各新本该副总非超准老小初高次每某]$/;

/**
 * The verbs (and the adverbs before them) that open a title's 事由 (`关于进一步加强和改进 / 新时代…`): the
 * end of a run of them, before its object, is a phrase boundary.
 */
const OPENING_VERBS = new Set([
  '进一步', '切实', '全面', '认真', '扎实', '持续', '大力', '加快', '继续', '严格', '深入', '积极', '稳妥',
  '加强', '改进', '做好', '开展', '印发', '转发', '推进', '推动', '深化', '完善', '规范', '建立', '健全', '实施', '落实',
  '促进', '提升', '提高', '优化', '组织', '表彰', '调整', '公布', '下达', '成立', '设立', '启动', '部署', '贯彻', '加大',
  '强化', '做实', '抓好', '支持', '鼓励', '保障', '实行', '开好', '召开', '举办', '批准', '同意', '废止', '修订', '修改',
  '发布', '征求', '报送', '报告', '请求', '申请', '命名', '授予', '通报', '表扬', '批评', '处理', '处分', '任免', '聘任',
]);

/** Is `s` (a segment) a one-character content word, likely a piece of a longer word the segmenter lacks? */
function isLoneContent(s: string): boolean {
  return [...s].length === 1 && /\p{Script=Han}/u.test(s) && !FUNCTION_CHARS.has(s);
}

/** Is UTF-16 offset `at` of `title` inside a 书名号 (`《…》`), i.e. after more 《 than 》? */
function insideBookTitle(title: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (title[i] === '《') depth++;
    else if (title[i] === '》' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * A place or body whose name a document's name starts with (`《昆明市|数字政府…》`, `《云南省|…》`): the end of
 * one is a phrase boundary inside a 书名号.
 */
const NAME_END = /(?:[\u4e00-\u9fff]{2,}[省市县区州盟旗镇乡]|自治区|人民政府|办公厅|办公室|委员会|国务院)$/;

/** What a break inside a 书名号 costs where it is no phrase boundary: more than a line more (`EXTRA_LINE`). */
const IN_BOOK_TITLE = 32;

/**
 * The cost of breaking a title between `segments[i]` and `segments[i + 1]` (`rest`: the title from there),
 * to add to the lines' unevenness; undefined where no break may go. Negative at phrase boundaries.
 * `inBook`, when the break would fall inside a 书名号, is the title before it: the name of a document is
 * one phrase of compound words the dictionary splits (`数字/政府`), so a break there costs `IN_BOOK_TITLE`
 * unless it is a phrase boundary (after a place's name, before 关于, after an opening verb …); before 《
 * and after 》 are preferred.
 */
function cutPenalty(segments: readonly string[], i: number, rest: string, inBook?: string): number | undefined {
  const p = cutPenaltyAnywhere(segments, i, rest);
  if (p === undefined || inBook === undefined || p < 0) return p;
  return NAME_END.test(inBook) ? p + 2 : p + IN_BOOK_TITLE;
}

/** `cutPenalty` without regard to a 书名号. */
function cutPenaltyAnywhere(segments: readonly string[], i: number, rest: string): number | undefined {
  const prev = segments[i];
  const next = segments[i + 1];
  // 的, 等 and closing marks stay with the word before; opening marks with the word after.
  if (next === '的' || next === '等' || /^[，、。：；）》”’！？]/.test(next) || /[（《“‘]$/.test(prev)) return undefined;
  // Keep `的通知` whole: the 文种 is not left on a line of its own after 的 or a short word.
  if (DOC_TYPE_END.test(rest) && rest.length <= 3) return undefined;
  // A number and its unit or ordinal (`2024/年度`, `3/个`, `第/5`) are one word.
  if (/[0-9０-９]$/.test(prev) && /^[年月日号届次期个项条款%％]/.test(next)) return undefined;
  if (/[第]$/.test(prev)) return undefined;
  // Phrase boundaries.
  if (/[、，；：\s]$/.test(prev)) return -8;
  if (next.startsWith('关于')) return -8; // the issuing body / the subject
  if (next.startsWith('《') || prev.endsWith('》')) return -5;
  if (CONJUNCTIONS.has(next)) return -4;
  if (OPENING_VERBS.has(prev) && !OPENING_VERBS.has(next) && !CONJUNCTIONS.has(next)) return -6;
  // Likely inside a word the dictionary lacks.
  const prevLone = isLoneContent(prev);
  const nextLone = isLoneContent(next);
  if (prevLone && nextLone) return 40; // 全/县, 攻/坚, 排/查
  if (nextLone && SUFFIX_CHARS.test(next)) return 40; // 办公/室, 青山/县
  if (prevLone && PREFIX_CHARS.test(prev)) return 40; // 大/检查
  if (CONJUNCTIONS.has(prev)) return 4; // a line does not end with 和
  if (prev.endsWith('的')) return -3; // `关于…的 / 若干措施`
  if (prevLone || nextLone) return 10;
  return 0;
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
  // Without a dictionary: each character a word, but a run of Latin letters and digits (`2025`, `5G`) one.
  return s.match(/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.．]+|[\s\S]/gu) ?? [];
}

interface Cut {
  /** UTF-16 offset of the break. */
  at: number;
  /** Width before it, in full-width characters. */
  w: number;
  /** Added to the cost of breaking here. */
  penalty: number;
}

/**
 * Choose `n − 1` cuts: every line ≤ max, trapezoid or diamond shape, lines as even as possible, the cuts'
 * penalties added; with the cost (undefined when no choice fits).
 */
function bestSplit(cuts: Cut[], total: number, n: number, max: number): { cuts: Cut[]; cost: number } | undefined {
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
  return best && bestCost < Infinity ? { cuts: best, cost: bestCost } : undefined;
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
