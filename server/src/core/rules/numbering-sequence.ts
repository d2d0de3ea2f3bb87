import { msg } from '../messages';
import { FAMILY_LEVEL, formatMarker, LEVEL_FAMILY, maxOrdinal, parseMarker, renumbered, renumberedStandard, runInMarkers } from '../numbering/markers';
import { parseChineseNumeral, toChineseNumeral } from '../numbering/numerals';
import { cousinValue, misleveled, scopeKind, seriesOf, shortLabel, siblingLists } from '../numbering/tree';
import type { Source } from '../source';
import { lineValues } from '../line-values';
import type { Fix, Line, Marker, MarkerFamily, OffsetEdit, Rule, RuleContext, Section, SectionTree } from '../types';

/**
 * Siblings of one parent run 1, 2, 3…: a gap, a duplicate or a run not starting at one (GB/T 9704
 * §7.3.3). Children restart under each new parent (`一、（一）（二）二、（一）（二）` is right), and
 * under every structure line the section tree knows (附件, 第X条, a plain heading, an introducing
 * line…). Runs the tree nested one level down (numbering-level) are already under their parent
 * here, so they are not also reported as duplicates. When ordinals of the run also occur run in
 * after a sentence (`……会议名称。2.导言。`), the run is left alone from there: the line-initial
 * ordinals alone are not the whole run.
 *
 * Tasks numbered on through the sections (`一、` [`1.` `2.`] `二、` [`3.` `4.`], a convention of 工作要点 and
 * 方案) are read as such: a run that starts just after the last child of its parent's predecessor goes on
 * from there (see `cousinValue`).
 *
 * A restart at one after a paragraph of prose is a second list (`1.` `2.` / prose / `1.` `2.`), checked on its own.
 * The items of the 附件说明 are left to attachment-note (one finding per wrong number, not two).
 *
 * Fixes: one duplicated ordinal in an otherwise correct run is a `safe` fix (nothing else changes
 * and no reading is needed); every other renumbering is a `suggestion`. Renumbered ordinals are
 * written in their standard form (`(四)` → `（三）`).
 */
export const numberingSequence: Rule = {
  meta: {
    id: 'numbering-sequence',
    name: msg('序号连续', 'Ordinal sequence'),
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg('同一上级下的同级序号应从一开始依次连续，不跳号、不重号', 'Ordinals under one parent run 1, 2, 3… with no gap or duplicate'),
    example: { wrong: '（一）……\n（二）……\n（四）……', right: '（一）……\n（二）……\n（三）……' },
    subChecks: {
      clauses: {
        defaultSeverity: 'warning',
        example: { wrong: '1.1 编制目的\n1.2 编制依据\n1.2 适用范围', right: '1.1 编制目的\n1.2 编制依据\n1.3 适用范围' },
        description: msg(
          '条款编号（1、1.1、1.1.1，应急预案、标准常用）跳号或重号；只提示，不改号（条款可能被引用）',
          'A decimal clause number (1, 1.1, 1.1.1, as emergency plans and standards number their text) skips or repeats; reported, never renumbered (clauses may be cited)',
        ),
      },
      parts: {
        defaultSeverity: 'warning',
        example: { wrong: '第一条 ……\n第二条 ……\n第四条 ……', right: '第一条 ……\n第二条 ……\n第三条 ……' },
        description: msg(
          '章、条序号跳号或重号（全文连续编号）；只提示，不改号（条文可能被引用）',
          'A 第X章 or 第X条 number skips or repeats (they run on through the whole text); reported, never renumbered (articles may be cited)',
        ),
      },
    },
  },
  check(ctx) {
    // The runs of one sibling list in order of first appearance, by series (at most one per family).
    const keys: MarkerFamily[] = [];
    const runs: Section[][] = [];
    let before: Map<Section[], { siblings: Section[]; index: number }> | undefined;
    for (const list of siblingLists(ctx.sections)) {
      if (inOrder(ctx.sections, list)) continue;
      // The items of the 附件说明 (`附件：1.…` `2.…`) are attachment-note's: it reports their order.
      if (inAttachmentNote(ctx, list)) continue;
      keys.length = 0;
      runs.length = 0;
      let di: Section[] | undefined;
      for (const s of list) {
        const m = s.marker;
        // A run at the wrong level is numbering-level's finding, renumbered by its fix.
        if (!m || misleveled(ctx.sections, s)) continue;
        if (m.family === 'di') {
          (di ??= []).push(s);
          continue;
        }
        const key = seriesOf(ctx.sections, s) as MarkerFamily;
        const k = keys.indexOf(key);
        if (k >= 0) runs[k].push(s);
        else {
          keys.push(key);
          runs.push([s]);
        }
      }
      for (const run of runs) {
        // A run that does not start at one may go on from its parent's predecessor's children.
        let base = 0;
        const parent = run[0].parent;
        if (value(run[0]) > 1 && parent) {
          before ??= ownersOf(ctx.sections);
          const at = before.get(list);
          if (at) base = cousinValue(at.siblings, at.index, (run[0].marker as Marker).family);
          if (base !== value(run[0]) - 1) base = 0;
        }
        if (base === 0 && value(run[0]) > 1 && runsOnInline(ctx.source, run[0])) base = value(run[0]) - 1;
        let from = 0;
        for (let i = 1; i <= run.length; i++) {
          if (i < run.length && !(value(run[i]) === 1 ? newListAt(ctx.source, run[i - 1], run[i]) : introducedListAt(ctx, run, from, i))) continue;
          checkRun(ctx, from === 0 && i === run.length ? run : run.slice(from, i), from === 0 ? base : 0);
          from = i;
        }
      }
      if (di) checkDi(ctx, di);
    }
    const parts = partsOf(ctx.sections);
    checkParts(ctx, 'chapter', parts.chapter);
    checkParts(ctx, 'article', parts.article);
    checkClauses(ctx);
  },
};

/**
 * A decimal clause number at a line's start and the heading or text after it: `1 总则`, `1.1 编制目的`,
 * `2.2.1 县应急管理局：负责……`, `1.1 ★所投产品……` (group 1 the number, group 2 a dot after it). A single number (`1 总则`) counts only before a short heading
 * with no sentence mark (`CLAUSE_TOP_TEXT`): `3 个方面的问题……` is a sentence.
 */
const CLAUSE_LINE = /^(\d{1,2}(?:[.．]\d{1,2}){0,3})(?<=\d)([.．]?)[ \u3000\t]+(?=[^\s\d%‰.．,，、])/;
const CLAUSE_TOP_TEXT = /^[\u3400-\u9fff][^，。；：:,;！？!?]{0,19}$/;
const isDigit1to9 = (c: number) => c >= 0x31 && c <= 0x39;

/** A line's clause number: where it starts in the line's text (UTF-16), its parts and how it is written; null for none. */
type Clause = { offset: number; parts: number[]; written: string } | null;

/**
 * The clause number opening `text` (a line's text from its start), behind indentation, a Markdown heading's or quote's
 * marks, emphasis and invisible format characters (`## 1.1 编制目的`, `**2.3 …**`), or null. A single number counts only
 * before a short heading (`CLAUSE_TOP_TEXT`) and never with a point after it (`1. 技术要求` is a 层次序号).
 */
function clauseOf(text: string): Clause {
  let k = 0;
  while (k < text.length && k < 16 && CLAUSE_LEAD.includes(text[k])) k++;
  const c = text.charCodeAt(k);
  if (!isDigit1to9(c)) return null;
  const rest = text.slice(k, k + 120);
  const m = CLAUSE_LINE.exec(rest);
  if (!m) return null;
  const parts = m[1].split(/[.．]/).map(Number);
  if (parts.length === 1 && (m[2] !== '' || !CLAUSE_TOP_TEXT.test(rest.slice(m[0].length).trimEnd()))) return null;
  if (parts.some((n) => n === 0)) return null;
  return { offset: k, parts, written: m[1] };
}
/** What may stand before a clause number on its line: indentation, `#`, `>`, emphasis, invisible format characters. */
const CLAUSE_LEAD = ' \t\u3000#>*_\u200b\u200c\u200d\u2060\ufeff';

/**
 * Decimal clause numbers (`1` `1.1` `1.1.1`, as 应急预案, 标准 and technical specifications number their text; GB/T 1.1
 * §7.4 numbers its clauses so, and GB/T 29639 follows it for emergency plans): a number that repeats (`1.2` `1.2`) or skips
 * (`2.2.1` `2.2.3`, `2` then `4`) under the same parent is reported — no fix, as with `parts`: a clause may be cited by its
 * number. Read only from a text with at least three such lines, one of them of two parts or more, whose first number is
 * `1` or `1.1`; a later `1` starts a new sequence (an attachment, or the body after a table of contents). A number going
 * down more than one level at once (`1` → `1.1.1`) is followed without a finding. Lines are read by `clauseOf`, outside
 * code.
 */
function checkClauses(ctx: RuleContext): void {
  const source = ctx.source;
  const lines = source.lines;
  // Each line's clause number, a function of its text kept from one version to the next (`lineValues`): a keystroke
  // reads the lines it changed, and this pass is a walk over an array.
  const values = lineValues(source, 'numbering-sequence.clauses', (line) => line.scope === 'text' || line.scope === 'quote', clauseOf);
  const found: Array<{ at: number; parts: number[]; written: string }> = [];
  let deep = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined || v === null) continue;
    if (v.parts.length > 1) deep = true;
    found.push({ at: lines[i].start + v.offset, parts: v.parts, written: v.written });
  }
  if (found.length < 3 || !deep) return;
  let last: number[] | undefined;
  for (const f of found) {
    const p = f.parts;
    const first = p.every((n) => n === 1) && p.length <= 2;
    if (p.length === 1 && p[0] === 1) {
      last = p; // a sequence starts (again)
      continue;
    }
    if (last === undefined) {
      if (first) last = p;
      continue;
    }
    const k = p.length;
    let want: number[] | undefined;
    if (k === last.length + 1) {
      if (p.slice(0, -1).join('.') === last.join('.') && p[k - 1] !== 1) want = [...last, 1];
    } else if (k <= last.length) {
      if (p.slice(0, -1).join('.') === last.slice(0, k - 1).join('.') && p[k - 1] !== last[k - 1] + 1) want = [...last.slice(0, k - 1), last[k - 1] + 1];
    }
    if (want) {
      const expected = want.join('.');
      const before = last.slice(0, Math.min(k, last.length)).join('.');
      const repeats = k <= last.length && p[k - 1] === last[k - 1];
      ctx.report({
        message: repeats
          ? msg(`条款编号“${f.written}”与上一条重号，应为“${expected}”（未自动改号：请同时核对文中引用）`, `Clause number "${f.written}" repeats the one before; expected "${expected}" (not renumbered: check citations too)`)
          : msg(
              `“${before}”之后是“${f.written}”，条款编号不连续，应为“${expected}”（未自动改号：请同时核对文中引用）`,
              `Clause number "${f.written}" follows "${before}": the numbers skip; expected "${expected}" (not renumbered: check citations too)`,
            ),
        start: f.at,
        end: f.at + f.written.length,
        sub: 'clauses',
      });
    }
    last = p;
  }
}

/** `第十二条` `第3章` `第十条之一`: the number of a chapter or article heading, and whether it is an inserted one (之一). */
const PART_NUMBER_RE = /^第([0-9０-９]{1,3}|[一二三四五六七八九十百零〇]{1,5})([章条])(之)?/;

function partNumber(label: string): { value: number; inserted: boolean; written: string } | undefined {
  const m = PART_NUMBER_RE.exec(label);
  if (!m) return undefined;
  const digits = m[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const value = /^[0-9]+$/.test(digits) ? Number(digits) : parseChineseNumeral(m[1]);
  return value > 0 ? { value, inserted: m[3] !== undefined, written: m[0] } : undefined;
}

/**
 * Chapters and articles (`第一章` `第一条`) are numbered on through the whole text, not per parent (立法技术规范;
 * the same in 党内法规 and 规章): a number that skips or repeats the one before is reported, without a fix — an
 * article may be cited by its number elsewhere, so renumbering is the writer's decision. Only a sequence that
 * starts at one is checked (a text quoting chosen articles starts elsewhere); a restart at one (an attached
 * regulation) starts a new sequence; inserted articles (`第十条之一`) are skipped.
 */
function checkParts(ctx: RuleContext, kind: 'chapter' | 'article', headings: readonly Section[]): void {
  let prev = 0; // 0: no sequence being checked
  for (const s of headings) {
    const n = partNumber(s.label);
    if (n === undefined || n.inserted) continue;
    if (n.value === 1) {
      prev = 1;
      continue;
    }
    if (prev === 0) continue;
    if (n.value !== prev + 1) {
      const unit = kind === 'chapter' ? '章' : '条';
      const was = `第${toChineseNumeral(prev)}${unit}`;
      const want = `第${toChineseNumeral(prev + 1)}${unit}`;
      const written = n.written;
      ctx.report({
        message:
          n.value === prev
            ? msg(`“${written}”与上一${unit}重号，应为“${want}”（未自动改号：请同时核对文中引用）`, `"${written}" repeats the number before it; expected "${want}" (not renumbered: check citations too)`)
            : msg(
                `“${was}”之后是“${written}”，${unit}的序号不连续，应为“${want}”（未自动改号：请同时核对文中引用）`,
                `"${written}" follows "${was}": the numbers skip; expected "${want}" (not renumbered: check citations too)`,
              ),
        start: s.titleStart,
        end: s.titleStart + written.length,
        sub: 'parts',
      });
    }
    prev = n.value;
  }
}

/** The chapter and the article headings of `tree`, each in document order, from one walk of its lists. */
function partsOf(tree: SectionTree): { chapter: Section[]; article: Section[] } {
  const out = { chapter: [] as Section[], article: [] as Section[] };
  for (const list of siblingLists(tree)) {
    for (const s of list) {
      if (s.kind !== 'heading') continue;
      const kind = scopeKind(s);
      if (kind === 'chapter' || kind === 'article') out[kind].push(s);
    }
  }
  for (const headings of [out.chapter, out.article]) if (headings.length > 1) headings.sort((a, b) => a.line - b.line);
  return out;
}

/** Per series family's level (FAMILY_LEVEL): how many of its items `inOrder` has seen in the list. */
const seen = new Int32Array(6);

/**
 * Does every series of the sibling list `list` run 1, 2, 3… with no 第X item (what `check` reads of it)?
 * Then no run has a break and `check` has nothing to say of the list: it skips it without building the runs.
 */
function inOrder(tree: SectionTree, list: readonly Section[]): boolean {
  seen.fill(0);
  for (const s of list) {
    const m = s.marker;
    if (!m || misleveled(tree, s)) continue;
    if (m.family === 'di') return false;
    if (m.value !== ++seen[FAMILY_LEVEL[seriesOf(tree, s) as MarkerFamily]]) return false;
  }
  return true;
}

function value(s: Section): number {
  return (s.marker as Marker).value;
}

/**
 * Does `item` (`1.`) open a second list of its level after `prev` (`2.`), a paragraph of prose lying between them
 * (`1.` `2.` / `同时，要做好以下准备工作。` / `1.` `2.`)? A line that holds no ordinal counts when it opens a paragraph:
 * after a blank line, or, in a draft without blank lines, after a line that ends a sentence or a lead-in
 * (`PARAGRAPH_END`) when it ends one itself (`三、强化要素保障。` / `县水利局就资金和用地作了说明，强调：` / `一、`). A
 * continuation line of `prev` (its line ends mid-sentence) or a nested item does not.
 */
function newListAt(source: Source, prev: Section, item: Section): boolean {
  const lines = source.lines;
  const text = source.text;
  for (let k = prev.line + 1; k < item.line; k++) {
    const line = lines[k];
    if (line.scope !== 'text' || line.contentStart === line.end) continue;
    const afterBlank = k >= prev.line + 2 && lines[k - 1].scope === 'blank';
    if (!afterBlank && !(lines[k - 1].scope === 'text' && endsParagraph(text, lines[k - 1]) && endsParagraph(text, line))) continue;
    if (!parseMarker(text, line.contentStart, line.end)) return true;
  }
  return false;
}

/** Sentence ends and colons that end a paragraph or a lead-in. */
const PARAGRAPH_END = '。！？；!?;：:';

/** Does `line` end with a sentence end or a colon (`PARAGRAPH_END`), trailing spaces aside? */
function endsParagraph(text: string, line: Line): boolean {
  let e = line.end;
  while (e > line.contentStart && ' \t\u3000'.includes(text[e - 1])) e--;
  return e > line.contentStart && PARAGRAPH_END.includes(text[e - 1]);
}

/** Clause ends and colons after which an ordinal may open a list inside a line (`常见三种处理：（一）事项…`). */
const INLINE_AFTER = '：:。；;！？!?';

/**
 * Does the run that `first` opens (at a value above one) go on from an ordinal written inside the line
 * before it (`二、结尾：常见三种处理：（一）……` / `（二）……` / `（三）……`)? The ordinal must be of `first`'s level,
 * one below its value, and stand after a colon or a clause end (`INLINE_AFTER`, spaces between allowed).
 * Only the nearest non-blank line before `first` is read.
 */
function runsOnInline(source: Source, first: Section): boolean {
  const m = first.marker as Marker;
  const lines = source.lines;
  let k = first.line - 1;
  while (k >= 0 && lines[k].scope === 'blank') k--;
  if (k < 0) return false;
  const text = source.text;
  const line = lines[k];
  for (let i = line.contentStart; i < line.end; i++) {
    if (!INLINE_AFTER.includes(text[i])) continue;
    let j = i + 1;
    while (j < line.end && (text[j] === ' ' || text[j] === '\u3000')) j++;
    const inline = parseMarker(text, j, Math.min(line.end, j + 16));
    if (inline && inline.level === m.level && inline.value === m.value - 1) return true;
  }
  return false;
}

/**
 * Does `run[i]` open a list of its own that does not start at one: a paragraph of prose lies between it and
 * `run[i - 1]` (`newListAt`), a line between them introduces it (ends in `：`), and it does not go on from
 * the items before (from `run[from]`; a Markdown lazy list `1.` `1.` `1.` counts as rendered, 1, 2, 3)? Then the
 * list is checked on its own (`3.` `4.` `5.` after `请按以下步骤自查：` should start at `1.`); a list numbered on
 * across its lead-in (`3.` after `2.`) stays one run.
 */
function introducedListAt(ctx: RuleContext, run: readonly Section[], from: number, i: number): boolean {
  // (Most items go on from the one before: asked first, so that a long run costs one comparison an item.)
  if (value(run[i]) === value(run[i - 1]) + 1) return false;
  const lazy = ctx.language === 'markdown' && i - from > 1 && run.slice(from, i).every((s) => s.marker?.text === '1.');
  if ((lazy && value(run[i]) === i - from + 1) || !newListAt(ctx.source, run[i - 1], run[i])) return false;
  const lines = ctx.source.lines;
  for (let k = run[i - 1].line + 1; k < run[i].line; k++) {
    const line = lines[k];
    if (line.scope !== 'text') continue;
    let e = line.end;
    while (e > line.contentStart && ' \t\u3000*_'.includes(ctx.text[e - 1])) e--;
    const last = ctx.text[e - 1];
    if (e > line.contentStart && (last === '：' || last === ':') && !parseMarker(ctx.text, line.contentStart, line.end)) return true;
  }
  return false;
}

/** Is `list` the numbered items of the document's 附件说明 (children of its `附件：` line)? */
function inAttachmentNote(ctx: RuleContext, list: readonly Section[]): boolean {
  const parent = list[0]?.parent;
  if (!parent || scopeKind(parent) !== 'attachment') return false;
  const note = ctx.document.attachmentNote;
  return note !== undefined && note.paragraphs.length > 0 && note.paragraphs[0].line === parent.line;
}

/** Each list of children → the list its owner is in, and the owner's index there. */
function ownersOf(tree: SectionTree): Map<Section[], { siblings: Section[]; index: number }> {
  const out = new Map<Section[], { siblings: Section[]; index: number }>();
  for (const list of siblingLists(tree)) for (let i = 0; i < list.length; i++) if (list[i].children.length) out.set(list[i].children, { siblings: list, index: i });
  return out;
}

/**
 * The deepest last descendant of `s` with an ordinal of a lower level than `level` (`二、` → its last `（一）`, or
 * that one's last `1.`): where a stray ordinal after `s` actually stands. Undefined when `s` has no such child.
 */
function deepestLast(s: Section, level: number): Section | undefined {
  let out: Section | undefined;
  let cur = s;
  while (cur.children.length) {
    cur = cur.children[cur.children.length - 1];
    const m = cur.marker;
    if (!m || m.family === 'di' || m.level <= level) break;
    out = cur;
  }
  return out;
}

/**
 * Report the stray ordinals of `run` and return the run without them. An ordinal is stray when it breaks
 * the run and the run goes on as if it were not there: the next item follows the one before it (`二、` `一、`
 * `三、`), or, last in the run, it goes back under a sub-item (`二、` `（一）` `一、`). A stray ordinal that goes
 * back and stands after sub-items of the item before it (`二、主要任务` / `（一）加强领导` / `一、强化监管`) is most likely a
 * sub-item written at the wrong level; any other is a wrong number or a misplaced line. Either way it is
 * reported alone, without a fix (which of the two it is rests on a reading), and the correct ordinals after
 * it are not renumbered. In Markdown the heading level shows the same: `## 三、` is the sibling of `## 二、`
 * whatever stands between them, and a line that is not a heading of that level going back after it (`## 二、` then
 * `一、…`) is stray even last in the run. A repeated ordinal (`2.` `2.`) is not stray: the duplicate checks handle it.
 *
 * Two stray ordinals in a row are read the same way when the run goes on after both as if neither were there
 * (`二、` `五、` `六、` `三、`, or two sub-items at the outer level: `二、` `（一）` `一、` `二、` `三、`): each is reported
 * alone, without a fix, and the correct ordinals after them are not renumbered. Neither of the two may itself
 * be the ordinal the run expects next, and neither may repeat the one before unless they count on together
 * from below it (`一、` `二、` after `二、`: a sub-list written at the outer level). When the ordinal after them also
 * counts on from the two (`2.` / `1.` `2.` `3.`), the three may be a list of their own (fanwen-dev 053: `2.安排活动内容`
 * / `1.学习研讨` `2.志愿服务` `3.文化活动`): the two are strays only when they stand under a sub-item of the item
 * before, or, in Markdown, when the third has that item's heading level and they have not.
 */
function withoutStrays(ctx: RuleContext, run: Section[]): Section[] {
  let out: Section[] | undefined;
  let last = run[0];
  for (let i = 1; i < run.length; i++) {
    const prev = last.marker as Marker;
    const m = run[i].marker as Marker;
    const next = i + 1 < run.length ? (run[i + 1].marker as Marker) : undefined;
    const deep = m.value < prev.value ? deepestLast(last, m.level) : undefined;
    // Markdown: a line that is not a heading of the level of the one before (`一、…` after `## 二、`) going back is no sibling.
    const heading = ctx.language === 'markdown' ? ctx.source.lines[last.line].headingLevel : 0;
    const otherLevel = heading > 0 && ctx.source.lines[run[i].line].headingLevel !== heading && m.value < prev.value;
    const stray = m.value !== prev.value + 1 && m.value !== prev.value && (next ? next.value === prev.value + 1 : deep !== undefined || otherLevel);
    if (stray) {
      out ??= run.slice(0, i);
      reportStray(ctx, last, m, next, deep);
      continue;
    }
    const after = next && i + 2 < run.length ? (run[i + 2].marker as Marker) : undefined;
    // When the ordinal after the two also counts on from them (`2.` then `1.` `2.` `3.`), the three may be a list of
    // their own: only a sub-item they stand under, or in Markdown the heading level (`## 三、` like `## 二、`), says
    // that the third is the outer one.
    if (
      next &&
      after &&
      strayPair(prev.value, m.value, next.value, after.value) &&
      (after.value !== next.value + 1 || deep !== undefined || outerHeading(ctx.source, heading, run[i + 2], run[i], run[i + 1]))
    ) {
      out ??= run.slice(0, i);
      reportStray(ctx, last, m, after, deep);
      // Two that count on from below `prev` (`一、` `二、` after `二、`) stand under the same sub-item.
      const deepNext = deep && next.value === m.value + 1 ? deep : next.value < prev.value ? deepestLast(last, next.level) : undefined;
      reportStray(ctx, last, next, after, deepNext);
      i++;
      continue;
    }
    out?.push(run[i]);
    last = run[i];
  }
  return out ?? run;
}

/**
 * Are the ordinals valued `a` and `b`, after `prev` and before `after`, two strays in a row (`withoutStrays`)? The run
 * goes on after them from `prev` (`after` is `prev + 1`), neither is `prev + 1`, and neither repeats `prev` unless
 * the two count on from below it (`a` < `prev`, `b` = `a + 1`: `一、` `二、` after `二、`).
 */
function strayPair(prev: number, a: number, b: number, after: number): boolean {
  if (after !== prev + 1 || a === prev + 1 || b === prev + 1 || a === prev) return false;
  return b !== prev || (a < prev && b === a + 1);
}

/** Markdown: does `third` have the heading level `heading` (that of the item before the two) and `a`, `b` not? */
function outerHeading(source: Source, heading: number, third: Section, a: Section, b: Section): boolean {
  const lines = source.lines;
  return heading > 0 && lines[third.line].headingLevel === heading && lines[a.line].headingLevel !== heading && lines[b.line].headingLevel !== heading;
}

/**
 * Report the stray ordinal `m` after the item `last` (see `withoutStrays`), without a fix. `next` is the ordinal the run
 * goes on with after it (undefined: `m` ends the run); `deep` the sub-item of `last` it stands under, if it goes back.
 */
function reportStray(ctx: RuleContext, last: Section, m: Marker, next: Marker | undefined, deep: Section | undefined): void {
  const prev = last.marker as Marker;
  const deepMarker = deep?.marker;
  if (deep && deepMarker) {
    const below = formatMarker(LEVEL_FAMILY[deepMarker.level + 1] ?? deepMarker.family, 1);
    const around = next ? `（前为“${prev.text}”，后为“${next.text}”）` : `（前为“${prev.text}”）`;
    const aroundEn = next ? ` (the run goes "${prev.text}" then "${next.text}")` : '';
    ctx.report({
      message: msg(
        `序号“${m.text}”位于“${shortLabel(deep)}”之下，却用了与“${prev.text}”同级的序号${around}：如是其下的条目，应改用下一级序号（如“${below}”）`,
        `Ordinal "${m.text}" stands under "${shortLabel(deep)}" but has the level of "${prev.text}"${aroundEn}: for an item under it, use a lower-level ordinal (such as "${below}")`,
      ),
      start: m.start,
      end: m.end,
    });
  } else if (!next) {
    const below = formatMarker(LEVEL_FAMILY[prev.level + 1] ?? prev.family, 1);
    ctx.report({
      message: msg(
        `序号“${m.text}”位于标题“${shortLabel(last)}”之下，却用了与之同级的序号：如是其下的条目，应改用下一级序号（如“${below}”）`,
        `Ordinal "${m.text}" stands under the heading "${shortLabel(last)}" but has its level: for an item under it, use a lower-level ordinal (such as "${below}")`,
      ),
      start: m.start,
      end: m.end,
    });
  } else {
    ctx.report({
      message: msg(
        `序号“${m.text}”与前后不连续（前为“${prev.text}”，后为“${next.text}”）：请核对此项的序号或位置`,
        `Ordinal "${m.text}" is out of place between "${prev.text}" and "${next.text}": check its number or its place`,
      ),
      start: m.start,
      end: m.end,
    });
  }
}

/** Is `s` inside an article (`第五条`: an ancestor the tree scoped as one)? */
function underArticle(s: Section): boolean {
  for (let p = s.parent; p; p = p.parent) if (scopeKind(p) === 'article') return true;
  return false;
}

/** Check `run`, which goes on from `base` (0: it starts at one). */
function checkRun(ctx: RuleContext, run: Section[], base: number): void {
  // Markdown's lazy ordered list: `1.` `1.` `1.` renders as 1, 2, 3.
  if (ctx.language === 'markdown' && run.length > 1 && run.every((s) => s.marker?.text === '1.')) return;
  run = withoutStrays(ctx, run);
  const isBreak = (i: number) => value(run[i]) !== (i === 0 ? base + 1 : value(run[i - 1]) + 1);
  const breaks = run.reduce((n, _s, i) => n + (isBreak(i) && value(run[i]) !== base + i + 1 ? 1 : 0), 0);
  for (let i = 0; i < run.length; i++) {
    if (!isBreak(i)) continue;
    const m = run[i].marker as Marker;
    const expected = base + i + 1; // by position: the run as a whole is renumbered 1, 2, 3… (or on from `base`)
    if (m.value === expected) continue;
    // Ordinals of this family run in inside the text before this one: the run is more than what
    // starts a line. Never renumber a visible ordinal because an earlier one was not seen.
    if (i > 0 && hasRunIn(ctx.source, run[i - 1], m)) return;
    // The fix renumbers this break's segment (up to the next break), so the fixes of one run
    // never overlap, all apply in one pass, and their size stays linear in the run.
    let next = i + 1;
    while (next < run.length && !isBreak(next)) next++;
    const want = renumberedStandard(m, expected);
    const duplicate = i > 0 && m.value === value(run[i - 1]);
    const message =
      i === 0
        ? msg(`序号“${m.text}”应从“${want}”开始`, `The run starts at "${m.text}"; expected "${want}"`)
        : duplicate
          ? msg(`序号“${m.text}”重复，应为“${want}”`, `Ordinal "${m.text}" repeats the previous one; expected "${want}"`)
          : msg(`序号“${m.text}”不连续，应为“${want}”`, `Ordinal "${m.text}" breaks the sequence; expected "${want}"`);
    // One duplicate in a run that is otherwise right (`1. 2. 2. 4.`): renumbering it rests on no guess — unless the run
    // mixes styles (`一、 二、 （3） 三、`): that `（3）` belongs to the run is a reading, and the duplicate may be its artefact.
    // Nor under a 第X条: its 项 are cited by number (`第五条第（三）项`), like the articles, which are never renumbered.
    const safe =
      duplicate &&
      breaks === 1 &&
      next === i + 1 &&
      (next === run.length || value(run[next]) === base + next + 1) &&
      run.length >= 3 &&
      run.every((s) => s.marker?.family === m.family) &&
      !underArticle(run[i]);
    ctx.report({ message, start: m.start, end: m.end, ...renumberFix(run, i, next, safe, base) });
  }
}

/**
 * Between the previous item and `m`, an ordinal of `m`'s family runs in after a sentence (`runInMarkers`).
 * A run-in ordinal never reaches past its line, so in a session the lines wholly inside the span are read
 * one by one from a table of masks (`1 << level` per line, kept across versions by lineValues: a keystroke
 * computes the lines it changed), up to the first that has one.
 */
function hasRunIn(source: Source, prev: Section, m: Marker): boolean {
  const text = source.text;
  const from = (prev.marker as Marker).end;
  const to = m.start;
  const bit = 1 << m.level;
  if (!source.memo || to <= from) return (maskOf(runInMarkers(text, from, to)) & bit) !== 0;
  const first = source.lineAt(from);
  const last = source.lineAt(to);
  if (first.index === last.index) return (maskOf(runInMarkers(text, from, to)) & bit) !== 0;
  if (((maskOf(runInMarkers(text, from, first.end)) | maskOf(runInMarkers(text, last.start, to))) & bit) !== 0) return true;
  const masks = lineValues(source, 'numbering-sequence.runInFamilies', anyLine, lineFamilies);
  for (let i = first.index + 1; i < last.index; i++) if (((masks[i] as number) & bit) !== 0) return true;
  return false;
}

const anyLine = (): boolean => true;

function lineFamilies(line: string): number {
  return maskOf(runInMarkers(line, 0, line.length));
}

function maskOf(markers: Marker[]): number {
  let mask = 0;
  for (const m of markers) mask |= 1 << m.level;
  return mask;
}

/** Renumber `run[from..to)` by position (on from `base`), in the standard form of each ordinal. */
function renumberFix(run: Section[], from: number, to: number, safe: boolean, base: number): { fix?: Fix } {
  const edits: OffsetEdit[] = [];
  for (let k = from; k < to; k++) {
    const m = run[k].marker as Marker;
    const v = base + k + 1;
    if (v > maxOrdinal(m.family)) return {};
    const want = renumberedStandard(m, v);
    if (want !== m.text) edits.push({ start: m.start, end: m.end, newText: want });
  }
  if (edits.length === 0) return {};
  const first = edits[0].newText;
  const last = edits[edits.length - 1].newText;
  const title =
    edits.length === 1
      ? msg(`改为“${first}”`, `Change to "${first}"`)
      : msg(`将这${edits.length}个序号依次改为“${first}”至“${last}”`, `Renumber these ${edits.length} ordinals as "${first}" to "${last}"`);
  return { fix: { title, edits, kind: safe && edits.length === 1 ? 'safe' : 'suggestion' } };
}

/**
 * `第一，` `第二，` at paragraph starts: they often restart within one section (each lead-in has its
 * own list) and may begin inside a paragraph, so only a gap after a line-initial predecessor counts.
 */
function checkDi(ctx: RuleContext, di: Section[]): void {
  // The number each item should have: a repeated one (`第二，` `第二，`, enumeration-sequence's finding) stands for the
  // next (`第三`), so `第四，` after it goes on in order.
  let expected = value(di[0]);
  for (let i = 1; i < di.length; i++) {
    const m = di[i].marker as Marker;
    const prev = value(di[i - 1]);
    expected++;
    if (m.value === 1 || m.value === prev + 1 || m.value === expected) {
      expected = m.value;
      continue;
    }
    if (m.value <= prev) continue;
    const stated = expected;
    expected = m.value;
    // `第三，` may open a sentence inside the previous paragraph: then the run is unbroken.
    const between = ctx.text.slice((di[i - 1].marker as Marker).end, m.start);
    if (between.includes(`第${toChineseNumeral(m.value - 1)}，`) || between.includes(`第${toChineseNumeral(m.value - 1)}、`)) continue;
    const want = renumbered(m, stated);
    ctx.report({ message: msg(`序号“${m.text}”不连续，应为“${want}”`, `Ordinal "${m.text}" breaks the sequence; expected "${want}"`), start: m.start, end: m.end });
  }
}
