import { msg } from '../messages';
import { findPlaceholders, overlaps, visible, type PlaceholderMatch } from '../placeholders';
import { proseOf } from '../text';
import type { RuleContext, Rule } from '../types';

/**
 * Unfilled placeholders from a template: `XX镇`, `××局`, `X年X月X日`, `【单位名称】`… (see
 * placeholders.ts for the family). No fix: the value is unknown; the editor fills a group at once.
 */
export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    name: msg('未填占位符', 'Unfilled placeholder'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: false,
    allowList: true,
    description: msg(
      '未填写的占位符（XX、××、X年X月X日、【单位名称】、____ 等），应替换为实际内容',
      'Unfilled placeholders (XX, ××, X年X月X日, 【单位名称】, ____ …): replace them with the actual text',
    ),
    example: { wrong: 'XX镇党委书记XX同志主持会议。', right: '城关镇党委书记王明同志主持会议。' },
    subChecks: {
      weak: {
        defaultSeverity: 'info',
        example: { wrong: '请某某同志讲话', right: '请王明同志讲话' },
        description: msg('“某某”等可能是未替换的占位符', '“某某” and similar weak forms may be unreplaced placeholders'),
      },
      'empty-field': {
        defaultSeverity: 'info',
        example: { wrong: '会议时间：', right: '会议时间：2024年5月6日上午9时' },
        description: msg(
          '行末只有标签、没有内容的填写项（一份表格中多个空白填写项按占位符报告）',
          'A field label with nothing after it at a line end (several empty fields of a form are reported as placeholders)',
        ),
      },
    },
  },
  check(ctx) {
    const found = findPlaceholders(ctx.source);
    let forms: Array<[number, number]> | undefined;
    for (const p of [...found, ...configured(ctx, found)].sort((a, b) => a.start - b.start)) {
      // A blank of a form in an attachment (`附件` / `附件2` and what follows) is for the recipient to fill in.
      if (isFormBlank(p) && overlaps((forms ??= attachmentRanges(ctx)), p.start, p.end)) continue;
      if (p.field) {
        ctx.report({
          message: msg(`填写项“${p.text}”为空，应填写实际内容`, `Empty field “${p.text}”: fill it in`),
          start: p.start,
          end: p.end,
          group: p.group,
          sub: p.field === 'single' ? 'empty-field' : undefined,
        });
        continue;
      }
      // The squiggle marks exactly what is to be replaced (`XX` in `关于XX的通知`); the group phrase
      // that gives it context is named in the message.
      const start = p.start;
      // Name the group only when it says more than the placeholder itself.
      const zhGroup = p.group === p.text ? '' : `（${p.group}）`;
      const enGroup = p.group === p.text ? '' : ` (${p.group})`;
      if (p.weak) {
        ctx.report({
          message: msg(
            `“${p.text}”可能是未替换的占位符${zhGroup}，请确认或填写实际内容`,
            `“${p.text}” may be an unreplaced placeholder${enGroup}: confirm it or fill in the actual text`,
          ),
          start,
          end: p.end,
          group: p.group,
          sub: 'weak',
        });
        continue;
      }
      ctx.report({
        message: msg(
          `未填写的占位符“${p.text}”${zhGroup}，应替换为实际内容`,
          `Unfilled placeholder “${p.text}”${enGroup}: replace it with the actual text`,
        ),
        start,
        end: p.end,
        group: p.group,
      });
    }
  },
};

/**
 * A blank a form leaves for its reader: an empty field label (`姓名：`), a line of underscores
 * (`__________`), a blank date (`年　月　日`) or an empty round bracket (`是（　）否（　）`).
 */
function isFormBlank(p: PlaceholderMatch): boolean {
  return p.field !== undefined || /^(?:[_＿]+|年[ \u3000]+月[ \u3000]+日|[（(][ \u3000]*[)）])$/.test(p.text);
}

/**
 * The attachments of the document (GB/T 9704-2012 §7.3.8: each opens with its `附件` / `附件N` line
 * after the main text), as sorted, disjoint UTF-16 ranges `[start, end)`: from a label line's start to
 * the next label, the 版记 or the end of the text (a table of the attachment included).
 */
function attachmentRanges(ctx: RuleContext): Array<[number, number]> {
  const { attachments, imprint } = ctx.document;
  const starts = attachments.map((a) => a.label.start).sort((x, y) => x - y);
  const imprintStart = imprint?.paragraphs[0]?.start;
  return starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] : imprintStart !== undefined && imprintStart > s ? imprintStart : ctx.text.length;
    return [s, end];
  });
}

/**
 * Matches of the configuration's placeholder patterns (`placeholderPatterns`, flags `gu`) in the prose of
 * visible lines (not code, link targets or markup), each its own group, except where a built-in
 * placeholder already covers the text.
 */
function configured(ctx: RuleContext, found: readonly PlaceholderMatch[]): PlaceholderMatch[] {
  const patterns = ctx.extraPatterns.placeholder;
  if (patterns.length === 0) return [];
  // The configuration compiles them with `gu`; a caller's regex without `g` still works.
  const globals = patterns.map((re) => (re.global ? re : new RegExp(re.source, `${re.flags}g`)));
  const layer = proseOf(ctx);
  const text = ctx.source.text;
  const builtIn = union(found.map((p) => [p.start, p.end]));
  const out: PlaceholderMatch[] = [];
  for (const line of ctx.source.lines) {
    if (!visible(line)) continue;
    const lineText = ctx.source.lineText(line);
    const first = out.length;
    for (const re of globals) {
      for (const m of lineText.matchAll(re)) {
        if (m[0].length === 0) continue;
        const start = line.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (!layer.isProseRange(start, end) || overlaps(builtIn, start, end)) continue;
        // another pattern's match on this line
        if (out.slice(first).some((p) => start < p.end && end > p.start)) continue;
        out.push({ start, end, text: text.slice(start, end), group: m[0], weak: false, keyStart: start });
      }
    }
  }
  return out;
}

/** The union of `[start, end)` ranges: sorted by start and disjoint (what `overlaps` searches). */
function union(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of ranges.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
