/**
 * The section tree: Markdown headings, an optional document title, line-initial ordinal markers and
 * every other structure line a writer uses (docs/notes/structure.md), nested parent-aware (children
 * restart under each new parent). Structure lines are of two kinds:
 *  - parts, which close everything inside them: 附件 (each attachment is a document of its own),
 *    注：, 第X编 / 上篇 / 第X部分 / 第X期, 第X章, 第X节, 第X条 (items restart under every 条);
 *  - scope lines, which open a scope for the list that starts at one right after them: plain headings
 *    (`存在的问题`), a whole-line bold `**……**` (plain text too), a heading behind an emoji, letter
 *    ordinals (`A.` `甲、` `其一`), an introducing line ending in `：`, and a 规划's box (`专栏1　重点工程`),
 *    whose list is its own even where the list around it goes on after it.
 * Two repairs are inferred so that
 * the rules and the outline see the structure the author meant, and recorded for the rules:
 *  - a run that repeats its parent's family (`一、` [`一、二、三、`] `二、`) is nested one level down
 *    (see `misleveled`), so it is one numbering-level finding, not also sequence duplicates;
 *  - an ordinal that continues its predecessor's value in another style (`1.` `2.` `（3）`) is kept
 *    in its predecessor's series (see `seriesOf`), a numbering-mixed finding.
 */
import { lastStartingAtOrBefore, skipInvisibleFormat, type Source } from '../source';
import type { Line, Marker, MarkerFamily, Section, SectionTree } from '../types';
import { detach, type SourceMemo } from '../memo';
import { lineValues } from '../line-values';
import { unitTable } from '../text/chars';
import { FAMILY_LEVEL, LEVEL_FAMILY, parseBareMarker, parseDateLeadMarker, parseMarker } from './markers';

/** Why a marker section was re-parented: it repeats its parent's family inside `outer`. */
export interface Misleveled {
  /** The outer item the run belongs under (`一、头脑清醒…`). */
  outer: Section;
  /** The outer item that resumes the sequence after the run (`二、准确理解…`), if any. */
  resume?: Section;
  /** Every marker of the run, in order. */
  run: Section[];
}

interface TreeInfo {
  misleveled: Map<Section, Misleveled>;
  /** First marker of a family used under a lower level (`（二）` [`一、`…]) → the section it sits under. */
  inverted: Map<Section, Section>;
  /** Family of the series a section belongs to when it differs from its own (mixed styles). */
  series: Map<Section, MarkerFamily>;
  /** `siblingLists` of the tree, made on first use. */
  lists: Section[][] | undefined;
  /** See `treeId`. */
  id: number;
  /** For a tree made by `reuseTree`: see `treeEdit`. */
  edit?: TreeEdit;
}

/**
 * How a session's tree was made from the last one (`reuseTree`): from that tree, with the text changed inside
 * 0-based line `at` only, by `delta` UTF-16 code units; every line keeps its scope, heading level and content
 * start, and sections and markers on other lines are those of `from` with offsets after the line moved by `delta`.
 */
export interface TreeEdit {
  /** `treeId` of that tree (a number, so that no tree holds the one before it alive). */
  from: number;
  at: number;
  delta: number;
}

/** A number for each tree that `buildSections` made, distinct within the process. */
export function treeId(tree: SectionTree): number {
  return infoOf(tree)?.id ?? -1;
}

let lastTreeId = 0;

/** How `tree` was made from the last tree of its session, if it was reused (see `TreeEdit`). */
export function treeEdit(tree: SectionTree): TreeEdit | undefined {
  return infoOf(tree)?.edit;
}

/**
 * Where a tree keeps its `TreeInfo`: a non-enumerable property (invisible to JSON, deep equality and
 * spreads), so that the rules' per-section questions cost a property load rather than a WeakMap look-up.
 */
const INFO = Symbol('numbering/tree.info');

function infoOf(tree: SectionTree): TreeInfo | undefined {
  return (tree as SectionTree & { [INFO]?: TreeInfo })[INFO];
}

/** Misleveled-run information for a marker section, if the tree nested it. */
export function misleveled(tree: SectionTree, s: Section): Misleveled | undefined {
  const info = infoOf(tree);
  return info === undefined || info.misleveled.size === 0 ? undefined : info.misleveled.get(s);
}

/** Level inversions: the first `一、` found under `（二）` when the document starts with `（一）`. */
export function inversions(tree: SectionTree): Array<{ section: Section; under: Section }> {
  return [...(infoOf(tree)?.inverted ?? [])].map(([section, under]) => ({ section, under }));
}

/** The family of the series a marker section counts in (its own unless it continues another style). */
export function seriesOf(tree: SectionTree, s: Section): MarkerFamily | undefined {
  const info = infoOf(tree);
  return (info === undefined || info.series.size === 0 ? undefined : info.series.get(s)) ?? s.marker?.family;
}

/** Max length (UTF-16 units) of a line that can be the document title. */
const TITLE_MAX = 60;

/**
 * What a structure line that is not an ordinal marker is. Parts (`attachment` … `article`) close
 * every list inside them; scope lines (`plain` … `intro`) open a scope for the list after them.
 */
export type ScopeKind =
  | 'markdown' // a Markdown `#` heading
  | 'attachment' // 附件1：标题, 附件2, 附件：
  | 'note' // 注：, 注释, 附注
  | 'part' // 第一编, 上篇, 第一部分, 第3期
  | 'chapter' // 第一章
  | 'section' // 第一节
  | 'article' // 第一条 (its items （一）（二） restart under every 条)
  | 'plain' // a short line without sentence-final punctuation, followed by a list (存在的问题)
  | 'bold' // a whole-line bold **……** that is not an ordinal
  | 'emoji' // a short line behind an emoji or bullet symbol (📊 工作进展)
  | 'letter' // A. B. / A.1. / 甲、乙、 / 其一 其二
  | 'intro' // a line ending in ： followed by a list starting at one
  | 'box'; // 专栏1　大气污染防治重点工程, 专栏2：title, 【专栏3】: a 规划's boxed insert with its own list

const SCOPE_KIND = new WeakMap<Section, ScopeKind>();

/** The kind of structure line a heading section is (undefined for markers and the title). */
export function scopeKind(s: Section): ScopeKind | undefined {
  return SCOPE_KIND.get(s);
}

/**
 * The rest of a line after its first ordinal when the line cites items rather than opening one: more ordinals of the
 * bracketed kind joined by `、` `和` `至`… and a count of items after them (`（一）、（二）两项指标……`, `（一）至（三）项`,
 * `（1）和（2）所列`). What follows the first ordinal begins with its joiner (the ordinal's own `、` is read into it).
 */
const ITEM_CITATION = /^[、，,]?\s*(?:(?:[、，,和与及至到—－-]|以及)\s*)?[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)](?:\s*(?:[、，,和与及至到—－-]|以及)\s*[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)])*\s*(?:[两二三四五六七八九十几]?(?:项(?!目)|款|条|目|点|个方面)|所列|所述|中的|规定)/;

/**
 * What follows a `第一,` ordinal when it is the first of a list of numerals (`第一,二,三季度`, `第二,三产业`): a numeral,
 * then another separator or what the numerals count (季度, 产业, 条, 项…). Not a sentence that opens with a numeral
 * word (`第二、一定要用在生产建设上`).
 */
const NUMERAL_LIST_REST = /^[一二三四五六七八九十]{1,2}(?:[,，、和及至]|季|产|条|款|项|章|节|次|届|批|期|号|个|类|级|等)/;

/** Heading level of each part kind (Markdown headings keep their own 1..6): a part closes deeper ones. */
const PART_LEVEL: Partial<Record<ScopeKind, number>> = { attachment: 1, note: 1, part: 1.2, chapter: 1.4, section: 1.6, article: 1.8 };

const NUM = '[0-9０-９一二三四五六七八九十百零〇]{1,5}';
/** Attachments: `附件`, `附件：`, `附件2`, `附件1：标题` (a short title without a sentence end). */
const ATTACHMENT_RE = new RegExp(`^附件\\s*(?:${NUM})?\\s*(?:[：:]|[\\s\\u3000]|$)`);
const NOTE_RE = /^(?:注[：:]|注释[：:]?|附注[：:]?)$/;
/** `第一编` `上篇` `第一部分` `第3期` `2024年第3期` `（总第12期）`. */
const PART_RE = new RegExp(`^(?:第${NUM}(?:编|部分|篇)|[上中下]篇|(?:[0-9]{4}年)?[（(]?(?:总)?第${NUM}期[）)]?)(?:[\\s\\u3000：:]|$)`);
const CHAPTER_RE = new RegExp(`^第${NUM}章(?:[\\s\\u3000：:]|$)`);
const SECTION_RE = new RegExp(`^第${NUM}节(?:[\\s\\u3000：:]|$)`);
/** `第四条 本办法所称……` (a space after 条; `第四条措施` is prose). */
const ARTICLE_RE = new RegExp(`^第${NUM}条(?:之[一二三四五六七八九十]{1,3})?(?:[\\s\\u3000]|$)`);
/** `**第四条**　有下列情形之一的，……`: the article number alone in bold (the opener may be skipped already). */
const BOLD_ARTICLE_RE = new RegExp(`^(?:\\*\\*|__)?第${NUM}条(?:之[一二三四五六七八九十]{1,3})?(?:\\*\\*|__)(?:[\\s\\u3000]|$)`);
/** Letter ordinals: `A.` `B、` `Ａ．` `（A）` `A.1.`, `甲、` `乙.`, `其一，` `其二 `. */
const LETTER_RE = /^(?:[A-HＡ-Ｈ][.．、](?![A-Za-z])|[（(][A-HＡ-Ｈ][）)]|[甲乙丙丁戊己庚辛][、.．](?![甲乙丙丁戊己庚辛])|其[一二三四五六七八九十]{1,2}[，、：,:\s\u3000])/;
/**
 * A box of a 规划 or 纲要 (`专栏1　大气污染防治重点工程`, `专栏2：重大工程`, `专栏三`, `【专栏4】title`): a boxed insert set
 * between the items of the body, which numbers its own list (工程, 行动, 指标) from 1. A short line (see `partKind`'s 40
 * units) without a sentence stop.
 */
const BOX_RE = new RegExp(`^(?:[【\\[]专栏\\s*${NUM}[】\\]]|专栏\\s*${NUM}(?:[\\s\\u3000：:]|$))`);
/** Sentence punctuation that a plain heading never contains. */
const SENTENCE_RE = /[。；;！!？?，,：:]/;
/** Max length (UTF-16 units) of a plain heading or an emoji heading. */
const PLAIN_MAX = 24;
/** How many events ahead a scope line's list may start. */
const SCOPE_LOOKAHEAD = 3;
/** `附件：1.…` — the attachment note, whose `1.` is the first of a run continued on the next lines. */
const ATTACH_LIST_RE = /^附件[：:]\s*/;
/**
 * Lines that look like web residue rather than a title (URLs, bylines). Not a document's heading of its reading list
 * (`延伸阅读`, `拓展阅读` over `1.《……》`): a scope line like any plain heading.
 */
const RESIDUE_RE = /(?:https?:|www\.|\.com|\.cn|\.net|分享|加入收藏|阅读(?<!(?:延伸|拓展|扩展|推荐)阅读)|扫码|来源[:：]|时间[:：]|当前位置)/i;

/**
 * The series of one list of siblings so far (see `nextInSeries`): for each family, by its level, 1 + the
 * level of the family of the series it counts in (3 bits each, 0 = not seen yet); and the last ordinal.
 */
interface SeriesState {
  series: number;
  prev: Section | undefined;
}

interface Entry extends SeriesState {
  /** A scope line (see ScopeKind): closed by any marker of its level or above. */
  soft: boolean;
  section: Section;
  /** Markdown heading level (pseudo headings: 1), else 0. */
  hl: number;
  /** Structure level of the marker (1..5), else 0. */
  ml: number;
  di: boolean;
  /** Markdown list indentation in columns (ASCII spaces and tabs), or -1: see `listIndent`. */
  indent: number;
  /** A Markdown heading's line (`## 三、适用范围`, `## 第一章 总则`), not a plain line. */
  md: boolean;
}

/** One section-opening line (or the 附件 part heading and its first item, two on one line). */
interface Event {
  /** Made by `settle` for the events that stay. */
  section: Section;
  /** The line's parse and the line. */
  p: LineParse;
  line: Line;
  /** The 附件 part heading of an `附件：1.…` line (`p.head`), not its first item. */
  head: boolean;
  hl: number;
  ml: number;
  di: boolean;
  indent: number;
  /** Last non-blank line before this one: where the sections it closes end. */
  before: number;
  /** A scope line: it opens a scope for the list that starts at one right after it (event `child`). */
  soft: ScopeKind | undefined;
  child: number;
  /** The kind of a part or Markdown heading event. */
  scope: ScopeKind | undefined;
  /** A bare ordinal without punctuation (`1加强理论学习`), kept only between neighbours that confirm it. */
  bare: boolean;
}

/** Options of `buildSections`. */
export interface BuildOptions {
  /**
   * 0-based line indices that are not part of the document (e.g. a web-residue block such as a
   * numbered download notice): never read as structure, and transparent to the lists around them.
   */
  skipLines?: ReadonlySet<number>;
}

/**
 * Build the section tree from the structure lines of `source` (Markdown headings, parts, scope lines
 * and line-initial ordinal markers). Never throws; linear in the number of lines apart from bounded
 * look-aheads; no recursion on the input's depth.
 *
 * With a session memo (`source.memo`) the tree of the last build in that session is reused when the edit
 * since then lies inside one line and changes none of the build's decisions (see `reuseTree`): the result
 * is the same as a fresh build's, but shares the sections that end before the edited line with the last
 * tree (trees are never changed once built: do not change them).
 */
export function buildSections(source: Source, options: BuildOptions = {}): SectionTree {
  const skip = skipTable(source, options.skipLines, tocBlock(source));
  const title = findTitle(source, skip);
  const memo = source.memo;
  if (memo === undefined) return buildTree(source, skip, title);
  const last = lastBuilds.get(memo);
  const reused = last === undefined ? undefined : reuseTree(source, last, skip, title);
  if (reused !== undefined) return reused;
  const tree = buildTree(source, skip, title);
  lastBuilds.set(memo, { text: source.text, language: source.language, bom: source.bomLength, lines: source.lines, skip, parses: parsedLines(source, title, skip), tree });
  return tree;
}

/** `buildSections` in full: every line's events, then the tree. */
function buildTree(source: Source, skip: Uint8Array | undefined, title: Section | undefined): SectionTree {
  const lines = source.lines;
  const roots: Section[] = [];
  const markers: Section[] = [];
  const stack: Entry[] = [];
  if (title) roots.push(title);
  const { events, lastContent } = collectEvents(source, title, skip);

  const close = (e: Entry, lastLine: number) => {
    const endLine = Math.max(e.section.line, lastLine);
    e.section.end = Math.max(e.section.titleEnd, lines[endLine].end);
  };
  const rootSeries: SeriesState = { series: 0, prev: undefined };
  const attach = (s: Section) => {
    const top = stack[stack.length - 1];
    if (top) {
      s.parent = top.section;
      top.section.children.push(s);
    } else roots.push(s);
    // A list of siblings only grows at its end: each ordinal's series is known when it is attached.
    const m = s.marker;
    if (m && m.family !== 'di') nextInSeries(top ?? rootSeries, s, m, info, mixedJoin);
  };

  const tree: SectionTree = { roots, markers };
  const info: TreeInfo = { id: ++lastTreeId, misleveled: new Map(), inverted: new Map(), series: new Map(), lists: undefined };
  Object.defineProperty(tree, INFO, { value: info });
  // A family first used under a lower level (the document's top level is `（一）` and `一、` appears
  // inside `（二）`) ranks below that level for the rest of the document.
  // Both indexed by the family's own level (FAMILY_LEVEL: one level per family); rank 0 = not re-ranked.
  const rank = new Float64Array(6);
  const seen = new Uint8Array(6);
  /** Events of a misleveled run → the entry of the section they belong under. */
  const forced = new Map<number, Entry>();
  const runEnd = new Map<number, number>();
  /** Sections made siblings of their predecessor in another style (`1.` `（2）` `3.`). */
  const mixedJoin = new Set<Section>();
  // While inside a misleveled run, what lies between its items stays under the current item, as
  // findRun read it: the stack is never popped below that item.
  let floor: { entry: Entry; until: number } | undefined;
  let confirmed = false;
  /** An open 专栏 box: its entry, and the event that closes it (see `boxEnd`). */
  let box: { entry: Entry; until: number } | undefined;

  for (let e = 0; e < events.length; e++) {
    const ev = events[e];
    const { section, hl, di } = ev;
    const marker = section.marker;
    // The line after a box's list (`3.强化……` after the box's `1.` `2.` `3.`) closes the box: the body goes on.
    if (box && e >= box.until) {
      const at = stack.indexOf(box.entry);
      if (at >= 0) while (stack.length > at) close(stack.pop() as Entry, ev.before);
      box = undefined;
    }
    if (ev.soft) {
      if (floor && e > floor.until) floor = undefined;
      // A scope line ranks just above the list it introduces: it closes the items of that level and
      // below, and is closed by the next item of its level or above.
      const cm = events[ev.child].section.marker as Marker;
      const sml = (rank[cm.level] || cm.level) - 0.5;
      let k = stack.length;
      while (k > 0 && stack[k - 1] !== floor?.entry && (stack[k - 1].di || (stack[k - 1].ml > 0 && stack[k - 1].ml >= sml))) k--;
      // When the outer list resumes after the list (`一、` [scope line `一、二、`] `二、`), the list
      // repeats its parent's level: not a scope of its own (numbering-level judges the run).
      // An introducing line that closes nothing changes nothing: leave it text (a salutation such as
      // `同志们：` must not wrap the whole speech in the outline).
      if (ev.soft === 'intro' && k === stack.length) continue;
      if (ev.soft === 'box') {
        // A box's list is its own (GB/T 9704 §7.3.3 levels do not reach into a boxed insert): a scope even where the
        // list around it resumes after it, and closed where its list ends.
        while (stack.length > k) close(stack.pop() as Entry, ev.before);
        SCOPE_KIND.set(section, ev.soft);
        attach(section);
        const entry = newEntry(section, 0, sml, false, -1, true, false);
        stack.push(entry);
        box = { entry, until: boxEnd(events, ev.child) };
        continue;
      }
      // Only what encloses the scope line counts: entries inside a closed scope line (the items of a
      // sibling list under `B.`) are not an outer list.
      const closedSoft = stack.findIndex((x, i) => i >= k && x.soft);
      const outer = stack.slice(k, closedSoft >= 0 ? closedSoft : stack.length);
      if (outer.length && resumesOuter(events, ev.child, outer)) continue;
      // A lead-in sentence (`……，今后要做好以下工作：`) is body text of the heading above it: a list of
      // that heading's level or above there is a run at the wrong level (numbering-level), not a scope.
      if (ev.soft === 'intro' && k < stack.length && paragraphIntro(source, section) && stack.slice(k).some((x) => x.section.marker && isHeadingLike(x.section, source))) continue;
      while (stack.length > k) close(stack.pop() as Entry, ev.before);
      SCOPE_KIND.set(section, ev.soft);
      attach(section);
      stack.push(newEntry(section, 0, sml, false, -1, true, false));
      continue;
    }
    let ml = marker && ev.ml ? rank[marker.level] || ev.ml : ev.ml;

    if (marker && ml > 0 && marker.value === 1 && seen[marker.level] === 0) {
      while (stack.length && stack[stack.length - 1].di) close(stack.pop() as Entry, ev.before);
      const top = stack[stack.length - 1];
      if (top && top.ml > ml && top.section.marker && !top.section.parent?.marker && hl === 0 && invertedAt(events, e, top, source)) {
        ml = top.ml + 0.5;
        rank[marker.level] = ml;
        info.inverted.set(section, top.section);
      }
    }
    if (marker && !di) seen[marker.level] = 1;

    // Misleveled run: `一、A` [`一、` `二、` `三、`] `二、B`, or `（一）` [`一、` `二、`] `（二）`.
    if (marker && ml > 0 && marker.value === 1 && (forced.size === 0 || !forced.has(e))) {
      while (stack.length && stack[stack.length - 1].di) close(stack.pop() as Entry, ev.before);
      const top = stack[stack.length - 1];
      const nestedList = top !== undefined && ev.indent >= 0 && top.indent >= 0 && ev.indent > top.indent;
      // By rank (the stack) and by the families' own levels: `（一）` under an inverted `一、` is fine.
      // A ① item hosts no run: nothing lies below it to move the run to.
      if (top && top.ml >= ml && top.section.marker && top.section.marker.level >= marker.level && top.section.marker.level < 5 && !nestedList) {
        const found = findRun(events, e, top, stack, source, confirmed);
        if (found) {
          confirmed ||= found.strong;
          const record: Misleveled = { outer: top.section, ...(found.resume ? { resume: found.resume } : {}), run: found.run.map((k) => events[k].section) };
          const lastOfRun = found.run[found.run.length - 1];
          for (const k of found.run) {
            forced.set(k, top);
            runEnd.set(k, lastOfRun);
            info.misleveled.set(events[k].section, record);
          }
        }
      }
    }

    if (floor && e > floor.until) floor = undefined;
    const host = forced.size === 0 ? undefined : forced.get(e);
    if (host && !stack.includes(host)) info.misleveled.delete(section); // the run was broken up after all
    else if (host) {
      while (stack.length && stack[stack.length - 1] !== host) close(stack.pop() as Entry, ev.before);
      attach(section);
      const entry: Entry = { section, hl: 0, ml: host.ml + 0.5, di: false, indent: ev.indent, soft: false, md: false, series: 0, prev: undefined };
      stack.push(entry);
      floor = { entry, until: runEnd.get(e) ?? e };
      markers.push(section);
      continue;
    }

    const md = ev.line.headingLevel > 0;
    popFor(stack, hl, ml, di, md, close, ev.before, ev.indent, floor && stack.includes(floor.entry) ? floor.entry : undefined);
    // `1.` `2.` `（3）`: a first child that continues its would-be parent's value in another style
    // is that parent's sibling in a mixed series.
    const top = stack[stack.length - 1];
    if (marker && ml > 0 && hl === 0 && top && top.ml > 0 && top.ml < ml && top.section.marker && top.section.children.length === 0) {
      const tm = top.section.marker as Marker;
      // Once the series is established (`1.` `2.` before `（3）`), or when the next ordinal goes on in
      // the first style (`1.` `（2）` `3.`); `一、` then `（二）` alone is a missing `（一）`.
      // Not when it goes on from the children of the would-be parent's predecessor (`一、` [`1.` `2.`] `二、` `3.`).
      const siblings = top.section.parent?.children ?? roots;
      if (
        marker.value === tm.value + 1 &&
        tm.family !== marker.family &&
        (marker.value >= 3 || nextContinues(events, e, tm.family, marker.value + 1)) &&
        cousinValue(siblings, siblings.length - 1, marker.family) !== marker.value - 1
      ) {
        close(top, ev.before);
        stack.pop();
        mixedJoin.add(section);
      }
    }
    attach(section);
    stack.push(newEntry(section, hl, ml, di, ev.indent, false, md));
    if (marker) markers.push(section);
    else if (ev.scope) SCOPE_KIND.set(section, ev.scope);
  }
  while (stack.length) close(stack.pop() as Entry, lastContent);
  releaseObjects();
  return tree;
}

/**
 * The `Event` and `Entry` objects of `buildSections`, kept from one build to the next (thousands per build on
 * a page of ordinals; none outlives its build: the tree holds sections only). Each build takes them in
 * order and writes every field; `releaseObjects` drops their references to the build's lines, parses and
 * sections so that the kept objects hold no version alive.
 */
const eventPool: Event[] = [];
const entryPool: Entry[] = [];
let eventsTaken = 0;
let entriesTaken = 0;

/** A stack entry (see `Entry`), with no series yet. */
function newEntry(section: Section, hl: number, ml: number, di: boolean, indent: number, soft: boolean, md: boolean): Entry {
  if (entriesTaken < entryPool.length) {
    const e = entryPool[entriesTaken++];
    e.section = section;
    e.hl = hl;
    e.ml = ml;
    e.di = di;
    e.indent = indent;
    e.soft = soft;
    e.md = md;
    e.series = 0;
    e.prev = undefined;
    return e;
  }
  const e: Entry = { section, hl, ml, di, indent, soft, md, series: 0, prev: undefined };
  entryPool.push(e);
  entriesTaken++;
  return e;
}

/** The build is over: the kept objects let go of what they pointed to, and the next build takes them again from the first. */
function releaseObjects(): void {
  for (let i = 0; i < eventsTaken; i++) {
    const ev = eventPool[i];
    ev.section = NO_SECTION;
    ev.p = NO_PARSE;
    ev.line = NO_LINE;
  }
  for (let i = 0; i < entriesTaken; i++) {
    const e = entryPool[i];
    e.section = NO_SECTION;
    e.prev = undefined;
  }
  eventsTaken = 0;
  entriesTaken = 0;
}

/**
 * The last build of a session (per `SourceMemo`), for `reuseTree`: the text and lines it was built from,
 * its skipped lines, the line parses table (`parsedLines`: the memo table's own array, so until the next
 * version's call it still holds that build's parses) and the tree it returned.
 */
interface LastBuild {
  text: string;
  language: Source['language'];
  bom: number;
  lines: readonly Line[];
  skip: Uint8Array | undefined;
  parses: Array<LineParse | undefined> | undefined;
  tree: SectionTree;
}

const lastBuilds = new WeakMap<SourceMemo, LastBuild>();

/**
 * The tree of `source` made from the last build's tree (`last`) when the edit between the two versions can
 * change nothing that `buildTree` decides, else undefined (then the caller builds in full). Exact: the tree is
 * a function of, per line, its scope, heading level and content start (relative), whether it is skipped,
 * the title, each text line's parse (`LineParse`: what its events are) and, for the lines of events, four
 * readings of the line text (`lineTraits`: run-in lead-in, heading-like, body-like, sentence end; indentation is
 * the content start); offsets enter only as the lines' own offsets. So when the edit lies inside one line (no line break in
 * the removed or inserted text, the same number of lines, the same BOM), every line keeps its scope, heading
 * level and content start, the skipped lines and the title line are the same, the title is not on or after the
 * edited line, and the edited line's parse and traits are the same apart from its title's end and label, the
 * tree has the same shape: each section is the last build's with offsets on later lines moved by the change in
 * length and, for the section(s) of the edited line, the title read from its new parse. The top-level sections
 * that end before the edited line are the last build's objects (nothing in them changed; trees are never
 * mutated once built); the others are copies.
 */
function reuseTree(source: Source, last: LastBuild, skip: Uint8Array | undefined, title: Section | undefined): SectionTree | undefined {
  const text = source.text;
  const lines = source.lines;
  const n = lines.length;
  const old = last.text;
  const oldLines = last.lines;
  if (last.language !== source.language || last.bom !== source.bomLength || oldLines.length !== n || old === text || last.parses === undefined) return undefined;
  if (!sameSkip(skip, last.skip)) return undefined;
  const { pre, suf } = source.commonWith(old);
  const delta = text.length - old.length;
  const newTo = text.length - suf;
  const oldTo = old.length - suf;
  if (hasBreak(text, pre, newTo) || hasBreak(old, pre, oldTo)) return undefined;
  const at = lastStartingAtOrBefore(lines, pre);
  const line = lines[at];
  const was = oldLines[at];
  if (newTo > line.end || was.start !== line.start || was.end + delta !== line.end || oldTo > was.end) return undefined;
  // Every line keeps what the tree reads of it (lines before the edited one keep their offsets, later ones move).
  for (let i = 0; i < n; i++) {
    const a = lines[i];
    const b = oldLines[i];
    if (a === b) {
      if (i > at && delta !== 0) return undefined;
      continue;
    }
    if (a.scope !== b.scope || a.headingLevel !== b.headingLevel || a.contentStart - a.start !== b.contentStart - b.start || a.start !== b.start + (i > at ? delta : 0)) return undefined;
  }
  const oldTree = last.tree;
  const oldTitle = oldTree.roots.length > 0 && oldTree.roots[0].kind === 'title' ? oldTree.roots[0] : undefined;
  if (title === undefined ? oldTitle !== undefined : oldTitle === undefined || oldTitle.line !== title.line || title.line >= at) return undefined;
  // The edited line's parse, before (read before the table is updated) and after.
  const before = last.parses[at];
  const parses = parsedLines(source, title, skip);
  if (parses !== last.parses) return undefined;
  const after = parses[at];
  if ((before === undefined) !== (after === undefined)) return undefined;
  if (before !== undefined && after !== undefined) {
    if (after.contentStart !== line.contentStart - line.start || after.headingLevel !== line.headingLevel) return undefined;
    if (!sameDecisions(before, after)) return undefined;
    // Whether the line ends a clause only decides whether the next line, when it is a plain-heading
    // candidate, follows a break (`collectEvents`); otherwise it changes nothing.
    if (before.ends !== after.ends && at + 1 < n) {
      const next = parses[at + 1];
      if (next !== undefined && next.plain && next.soft === undefined) return undefined;
    }
    if ((before.sec || before.head) && lineTraits(old, was.contentStart, was.end) !== lineTraits(text, line.contentStart, line.end)) return undefined;
  }
  // Whether the line ends in 第 decides whether the next line's ordinal opens a section (`collectEvents`).
  if (at + 1 < n && endsWithDi(old, was) !== endsWithDi(text, line)) {
    const next = parses[at + 1];
    if (next === undefined || next.marker !== undefined) return undefined;
  }
  const tree = copyTree(source, oldTree, at, delta, after);
  if (tree === undefined) return undefined;
  (infoOf(tree) as TreeInfo).edit = { from: treeId(oldTree), at, delta };
  last.text = text;
  last.lines = lines;
  last.tree = tree;
  return tree;
}

/**
 * Does `line` (of `text`) end in 第, spaces after it aside? Nothing ends a sentence or a heading with 第: the line goes
 * on in the next one (`《某省行政执法条例》第` / `（二）项的规定`), whose ordinal is then the rest of a citation.
 */
function endsWithDi(text: string, line: Line): boolean {
  let i = line.end - 1;
  while (i >= line.start && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x3000)) i--;
  return i >= line.start && text.charCodeAt(i) === 0x7b2c;
}

/** Two skip tables (see `skipTable`) skip the same lines. */
function sameSkip(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Is there a CR or LF in `[from, to)` of `text`? */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Do two parses of one line make the same events with the same decisions? Every field but `ends` (see
 * `reuseTree`), the title's end and label of `sec` and, of the marker, what only the marker shows (its text,
 * end, canonical form, whether it is well formed): the tree reads a marker's family, level, value and start.
 */
function sameDecisions(a: LineParse, b: LineParse): boolean {
  if (a.contentStart !== b.contentStart || a.headingLevel !== b.headingLevel || a.soft !== b.soft || a.plain !== b.plain) return false;
  if (a.hl !== b.hl || a.scope !== b.scope || a.bare !== b.bare || a.indent !== b.indent) return false;
  const m = a.marker;
  const k = b.marker;
  if (m === undefined || k === undefined) {
    if (m !== k) return false;
  } else if (m.family !== k.family || m.level !== k.level || m.value !== k.value || m.start !== k.start) return false;
  const x = a.sec;
  const y = b.sec;
  if (x === undefined || y === undefined) {
    if (x !== y) return false;
  } else if (x.kind !== y.kind || x.level !== y.level || x.titleStart !== y.titleStart) return false;
  const g = a.head;
  const h = b.head;
  if (g === undefined || h === undefined) return g === h;
  return g.kind === h.kind && g.level === h.level && g.titleStart === h.titleStart && g.titleEnd === h.titleEnd && g.label === h.label;
}

/**
 * What `buildTree` reads of an event line's text beyond its parse, as bits: `paragraphIntro`, `isHeadingLike`,
 * `isBodyLike`, `endsSentence` of the line whose content runs over `[contentStart, end)` of `text` (the same predicates).
 */
function lineTraits(text: string, contentStart: number, end: number): number {
  const body = text.slice(contentStart, end);
  return (isIntroText(visibleBody(text, contentStart, end)) ? 1 : 0) | (isHeadingLikeText(body) ? 2 : 0) | (isBodyLikeText(body) ? 4 : 0) | (endsSentenceText(body) ? 8 : 0);
}

/** Sections to copy and their copies (see `copyTree`): kept from one call to the next, emptied after each. */
const copyTodo: Section[] = [];
const copyMade: Section[] = [];

/**
 * `old` with the offsets of lines after line `at` moved by `delta`, ends on or after that line moved too, and
 * the section(s) of line `at` read again from its new parse `p` (see `reuseTree`); undefined when the last
 * build's tree is not as expected (its markers not in document order).
 */
function copyTree(source: Source, old: SectionTree, at: number, delta: number, p: LineParse | undefined): SectionTree | undefined {
  const lines = source.lines;
  const from = lines[at].start;
  const oldRoots = old.roots;
  const oldMarkers = old.markers;
  // Top-level sections that end before the edited line are kept whole, with their markers (a section ends
  // before its parent does: sections close innermost first, each at or after the last one closed).
  let k = 0;
  while (k < oldRoots.length && oldRoots[k].end < from) k++;
  const roots: Section[] = new Array(oldRoots.length);
  for (let r = 0; r < k; r++) roots[r] = oldRoots[r];
  const markers: Section[] = new Array(oldMarkers.length);
  let mi = 0;
  const firstCopied = k < oldRoots.length ? oldRoots[k].line : Infinity;
  while (mi < oldMarkers.length && oldMarkers[mi].line < firstCopied) {
    markers[mi] = oldMarkers[mi];
    mi++;
  }
  const placed = keptMarkersOf(source);
  const todo = copyTodo;
  const made = copyMade;
  // The sibling lists (see `listsOf`: the roots, then each section's children, sections in depth-first order)
  // when the last tree had them: those of the kept top-level sections are the same arrays.
  const was = infoOf(old);
  const oldLists = was?.lists;
  let lists: Section[][] | undefined;
  if (oldLists !== undefined) {
    lists = [roots];
    for (let i = 1; i < oldLists.length && oldLists[i][0].line < firstCopied; i++) lists.push(oldLists[i]);
  }
  let ok = true;
  for (let r = k; r < oldRoots.length && ok; r++) {
    const root = copySection(oldRoots[r], undefined, lines, at, from, delta, p, placed);
    if (root === undefined) ok = false;
    else roots[r] = root;
  }
  for (let r = oldRoots.length - 1; r >= k && ok; r--) {
    todo.push(oldRoots[r]);
    made.push(roots[r]);
  }
  // Depth first, children in order: the order of `markers`.
  while (ok && todo.length > 0) {
    const s = todo.pop() as Section;
    const copy = made.pop() as Section;
    if (s.marker) {
      if (oldMarkers[mi] !== s) ok = false;
      markers[mi++] = copy;
    }
    const children = s.children;
    const copies = copy.children;
    if (lists !== undefined && copies.length > 0) lists.push(copies);
    for (let c = 0; c < children.length && ok; c++) {
      const x = copySection(children[c], copy, lines, at, from, delta, p, placed);
      if (x === undefined) ok = false;
      else copies[c] = x;
    }
    for (let c = children.length - 1; c >= 0 && ok; c--) {
      todo.push(children[c]);
      made.push(copies[c]);
    }
  }
  todo.length = 0;
  made.length = 0;
  if (!ok || mi !== oldMarkers.length) return undefined;
  const tree: SectionTree = { roots, markers };
  const info: TreeInfo = { id: ++lastTreeId, misleveled: new Map(), inverted: new Map(), series: new Map(), lists };
  Object.defineProperty(tree, INFO, { value: info });
  if (was !== undefined && !copyInfo(was, info, oldMarkers, markers)) return undefined;
  return tree;
}

/**
 * The copy of section `s` under `parent` (see `copyTree`), its children array of the right length still to
 * fill; undefined when `s` is on the edited line and not what its parse `p` makes.
 */
function copySection(s: Section, parent: Section | undefined, lines: readonly Line[], at: number, from: number, delta: number, p: LineParse | undefined, placed: Array<Marker | undefined> | undefined): Section | undefined {
  const n = s.children.length;
  const end = s.end >= from ? s.end + delta : s.end;
  let copy: Section;
  if (s.line === at) {
    if (p === undefined || s.kind === 'title') return undefined;
    const shape = s.marker ? p.sec : (p.head ?? p.sec);
    if (shape === undefined) return undefined;
    copy = sectionAt(shape, lines[at], s.marker ? markerOf(p, lines[at], placed) : undefined);
    copy.end = end;
    if (n > 0) copy.children = new Array(n);
    if (parent !== undefined) copy.parent = parent;
  } else {
    const shift = s.line > at ? delta : 0;
    let marker = s.marker;
    if (marker !== undefined && shift !== 0) {
      const m = marker;
      marker = newMarker(m, m.start + shift, m.end + shift);
      if (placed !== undefined) placed[s.line] = marker;
    }
    copy = newSection(s.kind, s.level, marker, s.line, s.label, s.titleStart + shift, s.titleEnd + shift, s.start + shift, end, n > 0 ? new Array(n) : []);
    // Added as `attach` adds it (a root has none): the sections of a copy have the hidden classes of a build's.
    if (parent !== undefined) copy.parent = parent;
  }
  if (s.marker === undefined) {
    const kind = SCOPE_KIND.get(s);
    if (kind !== undefined) SCOPE_KIND.set(copy, kind);
  }
  return copy;
}

/**
 * The last build's `TreeInfo` for the copied tree: every section it names is a marker section (`markers` of the
 * old tree, found by line, and its copy at the same index). False when one is not (then build in full).
 */
function copyInfo(was: TreeInfo, info: TreeInfo, oldMarkers: readonly Section[], markers: readonly Section[]): boolean {
  const map = (s: Section | undefined): Section | undefined => {
    if (s === undefined || s.marker === undefined) return undefined;
    let lo = 0;
    let hi = oldMarkers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (oldMarkers[mid].line < s.line) lo = mid + 1;
      else hi = mid;
    }
    return oldMarkers[lo] === s ? markers[lo] : undefined;
  };
  if (was.misleveled.size > 0) {
    const records = new Map<Misleveled, Misleveled>();
    for (const [s, rec] of was.misleveled) {
      const key = map(s);
      if (key === undefined) return false;
      let copy = records.get(rec);
      if (copy === undefined) {
        const outer = map(rec.outer);
        const resume = rec.resume === undefined ? undefined : map(rec.resume);
        const run: Section[] = [];
        for (const x of rec.run) {
          const y = map(x);
          if (y === undefined) return false;
          run.push(y);
        }
        if (outer === undefined || (rec.resume !== undefined && resume === undefined)) return false;
        copy = { outer, ...(resume ? { resume } : {}), run };
        records.set(rec, copy);
      }
      info.misleveled.set(key, copy);
    }
  }
  for (const [s, under] of was.inverted) {
    const a = map(s);
    const b = map(under);
    if (a === undefined || b === undefined) return false;
    info.inverted.set(a, b);
  }
  for (const [s, family] of was.series) {
    const a = map(s);
    if (a === undefined) return false;
    info.series.set(a, family);
  }
  return true;
}

/** A section as read from its line, offsets relative to the line's start (see `LineParse`). */
interface SectionShape {
  kind: Section['kind'];
  level: number;
  label: string;
  titleStart: number;
  titleEnd: number;
}

/**
 * What one text line can open, read from its text alone: every offset is relative to the line's start,
 * so a session keeps it from one version to the next (`Source.memo`, keyed by the line's text) and an
 * unchanged line costs a table look-up. Whether a candidate becomes an event depends on its neighbours
 * (`collectEvents`, `settle`).
 */
interface LineParse {
  /**
   * What the parse assumed of the line (content start, relative; Markdown heading level): checked on reuse.
   * (0 in the shared parses of lines that open nothing, `PROSE_ENDS` / `PROSE_OPEN`, which are never kept.)
   */
  contentStart: number;
  headingLevel: number;
  /** The line ends a clause (`。` `：` …) or has no visible text: the next line follows a break. */
  ends: boolean;
  /** The scope line the line is whatever precedes it (`letter`, `bold`, `intro`, `emoji`). */
  soft: ScopeKind | undefined;
  /** Otherwise, a plain heading (`存在的问题`) when it follows a break. */
  plain: boolean;
  /** Heading level of the event (a Markdown heading's, a part's, or the ordinal line's `#` level). */
  hl: number;
  /** The kind of a part or Markdown heading (not for an ordinal). */
  scope: ScopeKind | undefined;
  /** The line's ordinal, if any (a bare one only with `bare`). */
  marker: Marker | undefined;
  bare: boolean;
  /** Markdown list indentation of the ordinal (see `listIndent`), or -1. */
  indent: number;
  /** The section the line opens (an ordinal, a heading or a scope line), if any. */
  sec: SectionShape | undefined;
  /** The 附件 part heading of an `附件：1.…` line, whose first item is `marker`. */
  head: SectionShape | undefined;
}

/** Read one text line (see `LineParse`); `keep` copies kept strings off the document text (memo entries). */
function parseLine(source: Source, line: Line, keep: boolean): LineParse {
  const text = source.text;
  const base = line.start;
  const cs = source.structureStart(line);
  const bold = source.isWholeLineBold(line);
  const body = visibleBody(text, cs, line.end);
  const ends = body.length === 0 || ENDS_CLAUSE[body.charCodeAt(body.length - 1)] === 1;
  // An entry of a table of contents (`一、总体情况…………1`) names a heading; it opens none.
  const toc = isTocEntry(body);
  let marker = cs < line.end && !toc ? parseMarker(text, cs, line.end) : undefined;
  // `（一）、（二）两项指标均高于……`: ordinals named as items of a list elsewhere, the subject of a sentence, open nothing.
  if (marker && ITEM_CITATION.test(text.slice(marker.end, Math.min(line.end, marker.end + 40)))) marker = undefined;
  // `第一,二,三季度均增长`, `第二,三产业……`: 第 with a list of numerals, not the paragraph ordinal `第一，`.
  if (marker && marker.family === 'di' && NUMERAL_LIST_REST.test(text.slice(marker.end, Math.min(line.end, marker.end + 8)))) marker = undefined;
  // `(1) Original passport;` in the English half of a bilingual notice: an English list item, no 层次序号.
  if (marker !== undefined && englishListItem(text, marker, line.end)) marker = undefined;
  let hl = line.headingLevel;
  let scope: ScopeKind | undefined = hl > 0 ? 'markdown' : undefined;
  let soft: ScopeKind | undefined;
  let plain = false;
  let bare = false;
  let head: SectionShape | undefined;
  // A Markdown heading that names a part (`## 第一章　总则`, `### 第三条`) keeps its own level and is that part: the
  // chapters and articles are numbered on through the text whether written as headings or as plain lines.
  if (!marker && hl > 0 && !toc && body.charCodeAt(0) === DI) {
    const part = partKind(body, text, cs, line.end);
    if (part === 'chapter' || part === 'article') scope = part;
  }
  if (!marker && hl === 0 && !toc) {
    const part = partKind(body, text, cs, line.end);
    if (part) {
      hl = PART_LEVEL[part] as number;
      scope = part;
    } else if (body.length > 0 && body.charCodeAt(0) === FU && ATTACH_LIST_RE.test(body)) {
      const m = ATTACH_LIST_RE.exec(body);
      const at = cs + (m ? m[0].length : 0);
      const inner = parseMarker(text, at, line.end);
      if (inner && inner.family === 'arabic') {
        // The 附件 line is a part heading whose first item is on the same line.
        head = shapeOf('heading', 1, base, cs, at, text, undefined, keep);
        marker = inner;
      }
    }
    if (!marker && !scope && body.length <= 40 && isBox(body)) soft = 'box';
    if (!marker && !scope && !soft) {
      // `1加强…` (no punctuation) and `1.3月底前…` (a date right after the `.`): candidates a neighbour confirms.
      const b = parseBareMarker(text, cs, line.end) ?? parseDateLeadMarker(text, cs, line.end);
      if (b) {
        marker = b;
        bare = true;
      } else if (body.length > 0) {
        const emoji = cs > skipInvisibleFormat(text, line.contentStart, line.end) && !bold;
        let kind = softShape(body, bold, emoji, false);
        if (kind === undefined) {
          kind = softShape(body, bold, emoji, true);
          plain = kind !== undefined;
        }
        // Residue-like or mostly ASCII lines are never headings: asked last, of the few candidates only (the
        // residue pattern is the costly test, and most lines are sentences that are no candidate at all).
        if (kind !== undefined && (RESIDUE_RE.test(body) || asciiHeavy(body))) plain = false;
        else if (!plain) soft = kind;
      }
    }
  }
  let sec: SectionShape | undefined;
  if (soft || plain) sec = shapeOf('heading', 0, base, cs, line.end, text, undefined, keep);
  else if (marker || hl !== 0) sec = shapeOf(marker ? 'marker' : 'heading', marker ? marker.level : Math.max(1, Math.floor(hl)), base, marker ? marker.start : cs, line.end, text, marker, keep);
  // A line that opens nothing (most lines): one of two shared parses when it is not kept (see `PROSE`).
  if (!keep && marker === undefined && hl === 0 && soft === undefined && !plain) return ends ? PROSE_ENDS : PROSE_OPEN;
  const indent = marker && hl === 0 && source.language === 'markdown' ? listIndent(text, line.start, cs) : -1;
  if (marker) marker = { ...marker, start: marker.start - base, end: marker.end - base };
  return { contentStart: line.contentStart - base, headingLevel: line.headingLevel, ends, soft, plain, hl: marker ? line.headingLevel : hl, scope: marker ? undefined : scope, marker, bare, indent, sec, head };
}

/**
 * The parse of a line that opens nothing (no ordinal, heading, part or scope line), ending a clause or not,
 * shared by every such line that is not kept: `collectEvents` reads only its `ends` (its `contentStart` and
 * `headingLevel` are 0, not the line's: a kept parse, checked on reuse by those, is always the line's own).
 */
const PROSE_ENDS: LineParse = { contentStart: 0, headingLevel: 0, ends: true, soft: undefined, plain: false, hl: 0, scope: undefined, marker: undefined, bare: false, indent: -1, sec: undefined, head: undefined };
const PROSE_OPEN: LineParse = { ...PROSE_ENDS, ends: false };

/**
 * Is `body` (a line's visible text) an entry of a table of contents (目录): a heading, a leader of at least
 * three dots (`.` `．` `·` `…` `⋯`), then a page number (1–4 Arabic digits, or a Roman numeral of the front
 * matter) at the end (`一、总体情况…………………1`, `第一章　总则......5`, `前言……Ⅰ`)? Such a line names a heading of
 * the document; numbering it as one would start the document's sequence twice.
 */
function isTocEntry(body: string): boolean {
  const last = body.charCodeAt(body.length - 1);
  // Cheap first test on the last character: a digit, a Roman numeral Ⅰ–Ⅻ, i v x, or a trailing space.
  if (!((last >= 0x30 && last <= 0x39) || (last >= 0x2160 && last <= 0x216b) || last === 0x69 || last === 0x76 || last === 0x78 || last === 0x20 || last === 0x3000 || last === 0x09)) return false;
  return TOC_ENTRY_RE.test(body);
}

const TOC_ENTRY_RE = /[^\s.．·…⋯][.．·…⋯]{3,}[ \t\u3000]*(?:\d{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,4}|[ivx]{1,5})[ \t\u3000]*$/u;

/** Clause ends after which the next line starts after a break (see `LineParse.ends`). */
const ENDS_CLAUSE = unitTable('。！？!?；;：:…”"）)】');

function shapeOf(kind: Section['kind'], level: number, base: number, titleStart: number, lineEnd: number, text: string, marker: Marker | undefined, keep: boolean): SectionShape {
  const titleEnd = titleEndOf(text, titleStart, lineEnd, marker ? marker.end : titleStart, kind === 'heading');
  const label = cleanLabel(text.slice(titleStart, titleEnd));
  return { kind, level, label: keep ? detach(label) : label, titleStart: titleStart - base, titleEnd: titleEnd - base };
}

/**
 * The marker of parse `p` (relative to its line) placed at `line`'s start. In a session (`kept`: the markers
 * of the last build by line index) a line whose marker is equal in every field to the one the last build
 * placed on the same line index (a line before an edit, most often) gets that very object: markers are never
 * changed once made.
 */
function markerOf(p: LineParse, line: Line, kept: Array<Marker | undefined> | undefined): Marker | undefined {
  const m = p.marker;
  if (m === undefined) return undefined;
  const start = m.start + line.start;
  const end = m.end + line.start;
  const old = kept?.[line.index];
  if (old !== undefined && old.start === start && old.end === end && old.value === m.value && old.family === m.family && old.level === m.level && old.text === m.text && old.canonical === m.canonical && old.wellFormed === m.wellFormed) return old;
  const at = newMarker(m, start, end);
  if (kept !== undefined) kept[line.index] = at;
  return at;
}

/** Marker `m` at `[start, end)` (UTF-16 offsets in the text): every marker of a tree is made here (one hidden class). */
function newMarker(m: Marker, start: number, end: number): Marker {
  return { family: m.family, level: m.level, value: m.value, start, end, text: m.text, canonical: m.canonical, wellFormed: m.wellFormed };
}

/** The markers the last build of a session placed, by line index (see `markerOf`). */
const keptMarkers = new WeakMap<SourceMemo, Array<Marker | undefined>>();

function keptMarkersOf(source: Source): Array<Marker | undefined> | undefined {
  const memo = source.memo;
  if (memo === undefined) return undefined;
  let kept = keptMarkers.get(memo);
  if (kept === undefined || kept.length < source.lines.length) keptMarkers.set(memo, (kept = new Array(source.lines.length * 2)));
  return kept;
}

/** A section of `line` from its shape; `marker` with offsets in the text (see `markerOf`). */
function sectionAt(shape: SectionShape, line: Line, marker: Marker | undefined): Section {
  const base = line.start;
  return newSection(shape.kind, shape.level, marker, line.index, shape.label, shape.titleStart + base, shape.titleEnd + base, line.start, line.end, []);
}

/**
 * A section without parent. Every section of a tree is made here (the title too), so that sections have one
 * hidden class with a marker and one without (two literals rather than a spread: no copying either).
 */
function newSection(kind: Section['kind'], level: number, marker: Marker | undefined, line: number, label: string, titleStart: number, titleEnd: number, start: number, end: number, children: Section[]): Section {
  return marker
    ? { kind, level, marker, line, label, titleStart, titleEnd, start, end, children }
    : { kind, level, line, label, titleStart, titleEnd, start, end, children };
}

/**
 * `skipLines` and the lines `[from, to)` of a table of contents as a table by line index (1 = skipped), or
 * undefined when no line is skipped.
 */
function skipTable(source: Source, skip: ReadonlySet<number> | undefined, toc: readonly [number, number] | undefined): Uint8Array | undefined {
  if ((skip === undefined || skip.size === 0) && toc === undefined) return undefined;
  const table = new Uint8Array(source.lines.length);
  if (skip) for (const i of skip) if (i >= 0 && i < table.length) table[i] = 1;
  if (toc) table.fill(1, toc[0], toc[1]);
  return table;
}

/** How many lines after the `目录` line the table of contents and the heading that repeats its first entry may span. */
const TOC_SPAN = 200;

/**
 * The entries of a table of contents (目录) as 0-based line indices `[from, to)`, or undefined: the lines after
 * a line that reads `目录` (`目　　录`, `# 目录`, `**目录**`) up to the line that repeats the first entry as the
 * document's own heading (`一、总体情况…………1` … then `一、总体情况`), within TOC_SPAN lines. The entries name
 * headings and open none: numbered, they would start the document's sequence twice. With no repeat found
 * (a 目录 of another kind), nothing is skipped.
 */
function tocBlock(source: Source): [number, number] | undefined {
  const lines = source.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.end - l.start > 16) continue; // a short line only: the test below reads its text
    const t = source.lineText(l);
    if (!t.includes('目') || tocKey(t) !== '目录') continue;
    let first = i + 1;
    while (first < lines.length && tocKey(source.lineText(lines[first])) === '') first++;
    if (first >= lines.length) return undefined;
    const key = tocKey(source.lineText(lines[first]));
    if (key.length < 2) return undefined;
    for (let k = first + 1; k < lines.length && k <= i + TOC_SPAN; k++) if (tocKey(source.lineText(lines[k])) === key) return [first, k];
    return undefined;
  }
  return undefined;
}

/**
 * A line's text as a table of contents names it: without spaces, Markdown heading, list and emphasis marks, a
 * link's target (`[一、总体情况](#一总体情况)`), and a leader with its page number at the end.
 */
function tocKey(line: string): string {
  return line
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[\s\u3000#*_\[]/g, '')
    .replace(/^[-+]/, '')
    .replace(/[.．·…⋯]*(?:\d{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,4})?$/u, '');
}

/**
 * With a session memo, each line's parse kept across versions (line-values.ts: reused by position, then by
 * text), by line index; undefined for a line that is not text, the title or skipped. Without a memo, undefined.
 * The array is the memo table's own, updated in place by the next version's call.
 */
function parsedLines(source: Source, title: Section | undefined, skip: Uint8Array | undefined): Array<LineParse | undefined> | undefined {
  if (source.memo === undefined) return undefined;
  const titleLine = title ? title.line : -1;
  return lineValues(
    source,
    `numbering/tree.parseLine.${source.language}`,
    (line) => line.scope === 'text' && line.index !== titleLine && !(skip !== undefined && skip[line.index] === 1),
    (_text, line) => parseLine(source, line, true),
  );
}

function collectEvents(source: Source, title: Section | undefined, skip: Uint8Array | undefined): { events: Event[]; lastContent: number } {
  const events: Event[] = [];
  const titleLine = title ? title.line : -1;
  // With a session memo, each line's parse is kept across versions (line-values.ts: reused by position, then
  // by text); a parse is relative to the line and checked against its content start and heading level.
  const parses = parsedLines(source, title, skip);
  let lastContent = -1;
  /** The previous content line ended a sentence, was a structure line, or a blank line came between. */
  let openBefore = true;
  let prevIndex = -2;
  const lines = source.lines;
  // (An index loop: a `for…of` allocates an iterator result per line until the loop is optimized.)
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (skip !== undefined && skip[line.index] === 1) continue;
    if (line.scope !== 'text' || line.index === titleLine) {
      if (line.scope !== 'blank') {
        lastContent = line.index;
        openBefore = true;
        prevIndex = line.index;
      }
      continue;
    }
    let p: LineParse;
    const q = parses?.[line.index];
    if (q !== undefined && q.contentStart === line.contentStart - line.start && q.headingLevel === line.headingLevel) p = q;
    else p = parseLine(source, line, false);
    const before = lastContent;
    lastContent = line.index;
    const afterBreak = openBefore || prevIndex < line.index - 1;
    prevIndex = line.index;
    openBefore = p.ends;
    const soft = p.soft ?? (p.plain && afterBreak ? 'plain' : undefined);
    if (soft) {
      openBefore = true;
      events.push(newEvent(p, line, false, 0, 0, -1, before, soft, undefined));
      continue;
    }
    const marker = p.marker;
    if (!marker && p.hl === 0) continue;
    // `……第二十条第` / `（二）项的规定` — a citation broken by a hard line wrap (text copied from a PDF): the ordinal
    // completes the line before, it opens no section.
    if (marker && p.hl === 0 && li > 0 && lines[li - 1].index === line.index - 1 && endsWithDi(source.text, lines[li - 1])) continue;
    openBefore = true;
    if (p.head) events.push(newEvent(p, line, true, 1, 0, -1, before, undefined, 'attachment'));
    events.push(newEvent(p, line, false, p.hl, marker && marker.family !== 'di' ? marker.level : 0, p.indent, before, undefined, p.scope));
  }
  return { events: settle(events, source), lastContent };
}

function newEvent(p: LineParse, line: Line, head: boolean, hl: number, ml: number, indent: number, before: number, soft: ScopeKind | undefined, scope: ScopeKind | undefined): Event {
  const di = !head && p.marker !== undefined && p.marker.family === 'di';
  const bare = !head && p.bare;
  if (eventsTaken < eventPool.length) {
    const ev = eventPool[eventsTaken++];
    ev.section = NO_SECTION;
    ev.p = p;
    ev.line = line;
    ev.head = head;
    ev.hl = hl;
    ev.ml = ml;
    ev.di = di;
    ev.indent = indent;
    ev.before = before;
    ev.soft = soft;
    ev.child = -1;
    ev.scope = scope;
    ev.bare = bare;
    return ev;
  }
  const ev: Event = { section: NO_SECTION, p, line, head, hl, ml, di, indent, before, soft, child: -1, scope, bare };
  eventPool.push(ev);
  eventsTaken++;
  return ev;
}

/** Placeholders for a kept `Event` between builds (see `releaseObjects`); NO_LINE lists its keys in the order Source gives its lines (one hidden class for every Line). */
const NO_LINE: Line = { index: -1, start: 0, end: 0, next: 0, scope: 'blank', headingLevel: 0, contentStart: 0 };
const NO_PARSE: LineParse = { contentStart: 0, headingLevel: 0, ends: true, soft: undefined, plain: false, hl: 0, scope: undefined, marker: undefined, bare: false, indent: -1, sec: undefined, head: undefined };

/** Placeholder of `Event.section` until `settle` makes the sections of the events that stay. */
const NO_SECTION: Section = { kind: 'heading', level: 0, line: -1, label: '', titleStart: 0, titleEnd: 0, start: 0, end: 0, children: [] };

/** The line's text from `cs`, without trailing spaces and bold closers. */
function visibleBody(text: string, cs: number, end: number): string {
  let e = end;
  while (e > cs) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x2a || c === 0x5f) e--;
    else break;
  }
  return text.slice(cs, e);
}

// Tests of a line's text by `partKind` and `softShape`, made once (a regex literal in a function is a new
// object each time the function runs).
/** A sentence stop: 。；;！？ */
const SENTENCE_STOP_RE = /[。；;！？]/;
const ATTACHMENT_COLON_TEXT_RE = /^附件[：:]\s*\S/;
const ATTACHMENT_NUMBER_COLON_RE = /^附件\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[：:]/;
/** Does `body` end with a colon (： or :)? (`/[：:]$/` read from the end: the regex tried every offset of the line.) */
function endsWithColon(body: string): boolean {
  const c = body.charCodeAt(body.length - 1);
  return c === 0xff1a || c === 0x3a;
}
/** A CJK unified ideograph (basic block). */
const HAN_RE = /[\u4e00-\u9fff]/;
/** A year opening the line: `2024年`, `二〇二四年`. */
const YEAR_START_RE = /^(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年/;
const BRACKET_START_RE = /^[（(【[]/;
/** 第 and 附, the first characters of `ARTICLE_RE`, `CHAPTER_RE`, `SECTION_RE` and of the 附件 patterns. */
const DI = 0x7b2c;
const FU = 0x9644;

/** The part a line opens (附件, 注, 编/篇/部分/期, 章, 节, 条), if any. */
function partKind(body: string, text: string, cs: number, end: number): ScopeKind | undefined {
  // (The patterns opening with 第 or 附件 are asked only of a line opening with that character.)
  const c0 = body.length > 0 ? body.charCodeAt(0) : -1;
  if (body.length <= 12 && NOTE_RE.test(body)) return 'note';
  if (c0 === DI && ARTICLE_RE.test(body)) return 'article';
  // `**第三条**　……`: the article number alone in bold, as regulations are often set (in Markdown the line's
  // content starts after the opener: `第三条**　……`).
  if ((c0 === DI || c0 === 0x2a || c0 === 0x5f) && BOLD_ARTICLE_RE.test(body)) return 'article';
  // Headings, not sentences: short, without 。；.
  // (`body` is `text[cs, end)` without trailing spaces and bold closers: the same sentence stops.)
  if (end - cs > 40 || SENTENCE_STOP_RE.test(body)) return undefined;
  if (c0 === FU && ATTACHMENT_RE.test(body) && !ATTACHMENT_COLON_TEXT_RE.test(body)) return 'attachment';
  if (c0 === FU && ATTACHMENT_NUMBER_COLON_RE.test(body)) return 'attachment';
  if (c0 === DI && CHAPTER_RE.test(body)) return 'chapter';
  if (c0 === DI && SECTION_RE.test(body)) return 'section';
  if (PART_RE.test(body)) return 'part';
  return undefined;
}

/** Is `body` (a line's visible text) the caption of a 规划's box (`BOX_RE`): `专栏1　重点工程`, without a sentence stop? */
function isBox(body: string): boolean {
  const c0 = body.charCodeAt(0);
  if (c0 !== 0x4e13 /* 专 */ && c0 !== 0x3010 /* 【 */ && c0 !== 0x5b /* [ */) return false;
  return BOX_RE.test(body) && !SENTENCE_STOP_RE.test(body);
}

/** The kind of scope line `body` may be, before the residue and ASCII tests (see `parseLine`). */
function softShape(body: string, bold: boolean, emoji: boolean, afterBreak: boolean): ScopeKind | undefined {
  if (LETTER_RE.test(body)) return 'letter';
  // A bold line is a heading even when it ends in ： (`**主要做法：**`).
  if (bold && body.length <= 60 && !SENTENCE_STOP_RE.test(body.slice(0, -1))) return 'bold';
  if (endsWithColon(body)) return 'intro';
  const headingShaped = body.length <= PLAIN_MAX && !SENTENCE_RE.test(body) && HAN_RE.test(body) && !YEAR_START_RE.test(body);
  if (emoji && headingShaped) return 'emoji';
  // `（2024年5月6日）` `（在全县大会上）` under a title are bylines, not headings.
  if (afterBreak && headingShaped && body.length >= 2 && !BRACKET_START_RE.test(body)) return 'plain';
  return undefined;
}

/**
 * Second pass over the events: a scope line stays only when the list after it starts at one (the
 * next ordinal event, within a few events; for an introducing line, on the very next line); a bare
 * ordinal (`1加强理论学习`) stays only next to an ordinal of its family that it continues or that
 * continues it.
 */
function settle(events: Event[], source: Source): Event[] {
  const n = events.length;
  /** Index of each event among those that stay, or -1. */
  const kept = new Int32Array(n);
  let count = 0;
  for (let e = 0; e < n; e++) {
    const ev = events[e];
    let keep = true;
    if (ev.soft) {
      const k = nextMarker(events, e);
      const m = k < 0 ? undefined : events[k].p.marker;
      if (!m || m.value !== 1) keep = false;
      else if (ev.soft === 'intro' && !nextLineIs(source, ev.line.index, events[k].line.index)) keep = false;
      else ev.child = k;
    } else if (ev.bare) {
      const v = (ev.p.marker as Marker).value;
      const p = arabicNeighbour(events, e, -1);
      const x = arabicNeighbour(events, e, 1);
      keep = (p !== undefined && p.value === v - 1) || (x !== undefined && x.value === v + 1);
    }
    kept[e] = keep ? count++ : -1;
  }
  const result: Event[] = new Array(count);
  const placed = keptMarkersOf(source);
  for (let e = 0; e < n; e++) {
    if (kept[e] < 0) continue;
    const ev = events[e];
    // Child indices refer to the old array: map them (a child is an ordinal that is not bare: it stays).
    if (ev.soft) ev.child = kept[ev.child];
    const shape = ev.head ? ev.p.head : ev.p.sec;
    ev.section = sectionAt(shape as SectionShape, ev.line, ev.head ? undefined : markerOf(ev.p, ev.line, placed));
    result[kept[e]] = ev;
  }
  return result;
}

/** The ordinal event a scope line at `e` introduces: the next event (第N skipped, within a few) when it is a structure ordinal, else -1. */
function nextMarker(events: Event[], e: number): number {
  for (let k = e + 1; k < events.length && k <= e + SCOPE_LOOKAHEAD; k++) {
    const ev = events[k];
    if (ev.di) continue;
    return !ev.head && ev.p.marker && ev.ml > 0 && !ev.bare ? k : -1;
  }
  return -1;
}

/** The Arabic ordinal of the event next to `e` in direction `dir`, within four lines. */
function arabicNeighbour(events: Event[], e: number, dir: -1 | 1): Marker | undefined {
  const ev = events[e + dir];
  if (!ev || ev.head || !ev.p.marker || ev.p.marker.family !== 'arabic') return undefined;
  if (Math.abs(ev.line.index - events[e].line.index) > 4) return undefined;
  return ev.p.marker;
}

/** An introducing line that is a paragraph (a sentence or a clause before the final `：`), not a short lead-in. */
function paragraphIntro(source: Source, s: Section): boolean {
  const line = source.lines[s.line];
  return isIntroText(visibleBody(source.text, line.contentStart, line.end));
}

/** `paragraphIntro` of a line whose visible content (`visibleBody`) is `visible`: a clause stop before its last character. */
function isIntroText(visible: string): boolean {
  return /[。！？；，,;]/.test(visible.slice(0, -1));
}

/** Is `to` the first non-blank line after `from`? */
function nextLineIs(source: Source, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (source.lines[i].scope !== 'blank') return false;
  return to > from;
}

/**
 * Does the outer list resume after the list that starts at event `c`? Walk the list (1, 2, 3… of its
 * family, deeper items skipped) to the first ordinal that does not continue it: the outer list
 * resumes when that ordinal continues one of the entries a scope line would close.
 */
function resumesOuter(events: Event[], c: number, closed: Entry[]): boolean {
  const first = events[c].section.marker as Marker;
  let cur = 1;
  for (let k = c + 1; k < events.length && k < c + RUN_LOOKAHEAD; k++) {
    const ev = events[k];
    if (ev.hl > 0 || ev.soft) return false;
    const m = ev.section.marker;
    if (!m || m.family === 'di') continue;
    if (m.family === first.family && m.value === cur + 1) {
      cur++;
      continue;
    }
    if (closed.some((x) => x.section.marker?.family === m.family && x.section.marker.value === m.value - 1)) return true;
    if (m.level > first.level) continue;
    return false;
  }
  return false;
}

/**
 * The event that ends the list of a 专栏 box whose first ordinal is event `c`: the first event after that list which is
 * a heading (a part or a Markdown heading), another scope line, or an ordinal of the list's level or above that does not
 * go on with it (`3.` after the box's `1.` `2.` `3.`, `（二）`). Ordinals below the list's level (`（1）` under a box item)
 * and 第N are inside. `events.length` when the list runs to the end of the text (within `RUN_LOOKAHEAD` events).
 */
function boxEnd(events: Event[], c: number): number {
  const first = events[c].section.marker as Marker;
  let cur = first.value;
  for (let k = c + 1; k < events.length && k < c + RUN_LOOKAHEAD; k++) {
    const ev = events[k];
    if (ev.hl > 0 || ev.soft) return k;
    const m = ev.section.marker;
    if (!m || m.family === 'di') continue;
    if (m.family === first.family && m.value === cur + 1) {
      cur++;
      continue;
    }
    if (m.level > first.level) continue;
    return k;
  }
  return events.length;
}

/**
 * `（二）` [`一、` …]: is the higher-level family used inside `top` (an inverted document, as in the
 * 1981 report whose parts are `（一）（二）（三）`), or does it open the real top level after a
 * preface numbered `（一）（二）`? Inside when `top`'s family continues after it (`（三）`); the top
 * level when that family restarts at one under it; with no later sibling, inside when it reads as
 * body text or is indented deeper than `top`.
 */
function invertedAt(events: Event[], e: number, top: Entry, source: Source): boolean {
  const outer = top.section.marker as Marker;
  for (let k = e + 1; k < events.length && k < e + RUN_LOOKAHEAD; k++) {
    const ev = events[k];
    if (ev.hl > 0 && !ev.section.marker) break;
    const m = ev.section.marker;
    if (m && m.family === outer.family) return m.value === outer.value + 1;
  }
  const s = events[e].section;
  return isBodyLike(s, source) || indentOf(s, source) > indentOf(top.section, source);
}

/**
 * Indentation of a Markdown list item in columns when it is made of ASCII spaces and tabs (a nested
 * list); -1 when the line starts with emphasis or uses U+3000 / NBSP, the paragraph indent of
 * Chinese documents, which says nothing about nesting.
 */
function listIndent(text: string, start: number, contentStart: number): number {
  let col = 0;
  for (let i = start; i < contentStart; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) col++;
    else if (c === 0x09) col += 4 - (col % 4);
    else return -1;
  }
  return col;
}

/** How far ahead a misleveled run is looked for. */
const RUN_LOOKAHEAD = 400;
/** Lists under one parent that a misleveled run may span (the 1955 report has two). */
const MAX_RESTARTS = 4;

/**
 * From event `e` (a marker restarting at one where it would close `top`), find the run 1, 2, 3… of
 * its family and decide whether it belongs under `top`: strongly when the outer sequence resumes
 * right after it (`二、` after `一、` [`一、二、三、`]), weakly at the end of the part when `top` reads
 * as a heading and the run as body text or is indented deeper.
 */
function findRun(events: Event[], e: number, top: Entry, stack: Entry[], source: Source, confirmed: boolean): { run: number[]; resume?: Section; strong: boolean } | undefined {
  const first = events[e].section.marker as Marker;
  const outer = top.section.marker as Marker;
  if (source.language === 'markdown' && first.family === 'arabic' && outer.family === 'arabic' && outer.value === 1) return undefined;
  const run = [e];
  let cur = 1; // value of the last run item: a run may restart at one (two lists under one parent)
  let restarts = 0;
  let resume: Section | undefined;
  let outerChild = false;
  let k = e + 1;
  for (; k < events.length && k < e + RUN_LOOKAHEAD; k++) {
    const ev = events[k];
    if (ev.hl > 0 && !ev.section.marker) break;
    const m = ev.section.marker;
    if (!m || m.family === 'di') continue;
    if (m.family === first.family && (m.value === cur + 1 || m.value === 1)) {
      if (m.value === 1 && ++restarts > MAX_RESTARTS) return undefined;
      run.push(k);
      cur = m.value;
      outerChild = false;
      continue;
    }
    if (m.family === outer.family && outer.family !== first.family) {
      if (!outerChild && m.value === outer.value + 1) {
        resume = ev.section;
        break;
      }
      outerChild = true;
      continue;
    }
    if (m.level > first.level) continue;
    resume = ev.section;
    break;
  }
  if (run.length < 2 || (events[run[1]].section.marker as Marker).value !== 2) return undefined;
  if (resume) {
    // Under a list item that is a sentence (`2.强化值班值守，确保信息畅通。`), a run of its own family that starts
    // again at one is a second list of that level (after a paragraph between them), not one nested too high.
    // Not when the outer list resumes at `top`'s own next ordinal (`一、要充分认识……。` [`一、` `二、`] `二、`): read as a
    // second list, the outer items would run 一、二、 二、三、; only the run nested under `top` keeps both lists in order.
    const r = resume.marker as Marker;
    const resumesTop = r.family === outer.family && r.value === outer.value + 1;
    if (outer.family === first.family && !resumesTop && isBodyLike(top.section, source)) return undefined;
    const at = stack.indexOf(top);
    for (let i = at; i >= 0; i--) {
      const x = stack[i].section.marker;
      if (x && x.family === r.family && r.value === x.value + 1) return { run, resume, strong: true };
    }
    return undefined;
  }
  if (k >= e + RUN_LOOKAHEAD) return undefined;
  const runSections = run.map((i) => events[i].section);
  const bodyish = runSections.every((s) => isBodyLike(s, source) || indentOf(s, source) > indentOf(top.section, source));
  // An outer item that is itself one sentence (`三、要加强值班值守，……制度。`) is an item like the run's, not a
  // heading over it: a run after it with no resume, introduced by a paragraph of its own (`市委常委……作了具体部署。`),
  // is a list of its own (another speaker's, another part's). Straight after the item, nothing introduces a new
  // list: `三、强化保障措施。` [`一、加强组织领导。` `二、加强经费保障。`] is that item's sub-items.
  const secondList = endsSentence(top.section, source) && introducedByText(events, e);
  return confirmed || (isHeadingLike(top.section, source) && !secondList && bodyish) ? { run, strong: false } : undefined;
}

/**
 * Is the content line right before event `e` (blank lines aside) some text rather than an ordinal line: a paragraph
 * of prose (or the last line of the previous item's paragraph), or a lead-in or scope line (`……作了具体部署，强调：`)?
 */
function introducedByText(events: Event[], e: number): boolean {
  const before = events[e].before;
  if (before < 0) return false;
  const prev = e > 0 ? events[e - 1] : undefined;
  return prev === undefined || before !== prev.line.index || prev.soft !== undefined;
}

/** Does the line of `s` end with a sentence end (`。` `！` `？` `；`), trailing spaces aside? */
function endsSentence(s: Section, source: Source): boolean {
  const line = source.lines[s.line];
  return endsSentenceText(source.text.slice(line.contentStart, line.end));
}

/** `endsSentence` of a line whose content (from its content start to its end) is `body`. */
function endsSentenceText(body: string): boolean {
  return /[。！？；!?;][\s\u3000]*$/.test(body);
}

function indentOf(s: Section, source: Source): number {
  const line = source.lines[s.line];
  return line.contentStart - line.start;
}

/** A list item or paragraph rather than a heading: long, or with a sentence end inside or at its end. */
function isBodyLike(s: Section, source: Source): boolean {
  const line = source.lines[s.line];
  return isBodyLikeText(source.text.slice(line.contentStart, line.end));
}

/** `isBodyLike` of a line whose content (from its content start to its end) is `body`. */
function isBodyLikeText(body: string): boolean {
  return body.length > 40 || /[。；;！？：]/.test(body);
}

/**
 * Pop the stack until its top may contain a new section with heading level `hl` and marker level `ml`, `md` when the
 * new section's line is a Markdown heading. A Markdown document's headings are its outline: a chapter, section or
 * article written as a plain line (`第六章 附则` quoted under `## 二、主要内容`) lies inside the heading above it, and
 * the next heading (`## 三、适用范围`) closes it, whatever the part's rank.
 */
function popFor(stack: Entry[], hl: number, ml: number, di: boolean, md: boolean, close: (e: Entry, lastLine: number) => void, lastLine: number, indent = -1, floor?: Entry): void {
  while (stack.length) {
    const t = stack[stack.length - 1];
    if (t === floor) return;
    let pop: boolean;
    if (t.di) pop = true;
    // Markdown nested lists: indentation decides between two list items, whatever their style.
    else if (indent >= 0 && t.indent >= 0 && ml && t.ml && indent !== t.indent) pop = indent < t.indent;
    else if (di) pop = false;
    // Plain parts below 附件 (hl 1.2 … 1.8) and Markdown headings: the headings hold the parts.
    else if (md && !t.md && t.hl > 1 && t.ml === 0) pop = true;
    else if (!md && t.md && hl > 1 && ml === 0) pop = false;
    else if (t.ml && ml) pop = t.ml >= ml;
    else if (t.hl && hl) pop = t.hl >= hl;
    else pop = hl > 0 && t.ml > 0; // a plain heading closes plain markers; markers nest under headings
    if (!pop) return;
    close(t, lastLine);
    stack.pop();
  }
}

/**
 * End of a section's title on its line: for a run-in heading (`（一）加强组织领导。各单位要……`) up to
 * and including the first `。` `：` `！` `？`; otherwise the line without trailing spaces, `#`s and
 * emphasis closers.
 */
function titleEndOf(text: string, start: number, end: number, from: number, heading: boolean): number {
  if (!heading) {
    for (let i = from; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3002 || c === 0xff1a || c === 0xff01 || c === 0xff1f) {
        return i + 1;
      }
    }
  }
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x2a /* * */ || c === 0x5f /* _ */ || (heading && c === 0x23)) e--;
    else break;
  }
  return e;
}

function cleanLabel(s: string): string {
  return (s.includes('**') || s.includes('__') ? s.replace(/\*\*|__/g, '') : s).trim();
}

/**
 * The document title: the first non-blank text line when it is short, not an ordinal, not web
 * residue, not a Markdown heading (that is a heading section already), not a salutation or a
 * sentence, and followed later by other content.
 */
function findTitle(source: Source, skip: Uint8Array | undefined): Section | undefined {
  const text = source.text;
  let seen = 0;
  for (const line of source.lines) {
    if (skip !== undefined && skip[line.index] === 1) continue;
    if (line.scope === 'blank' || line.scope === 'frontmatter' || line.scope === 'html-comment') continue;
    if (line.scope !== 'text') return undefined;
    if (seen++ >= 4) return undefined;
    const cs = line.contentStart;
    const len = line.end - cs;
    if (len === 0) continue;
    const body = text.slice(cs, line.end);
    if (line.headingLevel > 0 || parseMarker(text, cs, line.end)) return undefined;
    if (partKind(visibleBody(text, cs, line.end), text, cs, line.end)) return undefined;
    if (RESIDUE_RE.test(body) || asciiHeavy(body)) continue;
    if (len > TITLE_MAX) return undefined;
    // A sentence, a salutation (`同志们：`), a lead-in or the 附件 note is not a title.
    if (/[。；，,！？]\s*$/.test(body) || /[：:]/.test(body) || !/[\u4e00-\u9fff]/.test(body)) return undefined;
    const hasMore = source.lines.some((l) => l.index > line.index && l.scope !== 'blank');
    if (!hasMore) return undefined;
    const titleEnd = titleEndOf(text, cs, line.end, cs, true);
    return newSection('title', 0, undefined, line.index, cleanLabel(text.slice(cs, titleEnd)), cs, titleEnd, line.start, line.end, []);
  }
  return undefined;
}

/**
 * Is `m`, a line's ordinal (offsets in `text`), the number of an English list item: written all in ASCII, Arabic digits
 * with `(1)` `1)` or `1.`, then a space, then to the line's end `end` English words only (no CJK character) — two at
 * least (`(1) Original passport;` under `II.` of a bilingual notice), or one that ends an English clause with `.` `;`
 * `,` `:` `!` `?` (`(2) online.` after `(1) in writing;`)? Such a line is no 层次序号 of the Chinese text
 * (GB/T 9704 §7.3.3): it gets no full-width brackets and no place among the levels. `(2) Spring Boot 框架` has a
 * Chinese word and stays an ordinal, and so does one bare word (`(1) GDP`, `1. Windows`): in a Chinese text, the name
 * an item is about.
 */
function englishListItem(text: string, m: Marker, end: number): boolean {
  if (m.family !== 'arabic' && m.family !== 'arabic-paren') return false;
  for (let k = m.start; k < m.end; k++) if (text.charCodeAt(k) >= 0x80) return false;
  const last = text[m.end - 1];
  if (last !== ')' && last !== '.') return false;
  if (text[m.end] !== ' ' && text[m.end] !== '\t') return false;
  let k = m.end;
  while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  if (!/[A-Za-z]/.test(text[k] ?? '')) return false;
  let words = 0;
  let inWord = false;
  let final = 0;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x2e80) return false;
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (letter && !inWord) words++;
    inWord = letter;
    if (c !== 0x20 && c !== 0x09) final = c;
  }
  return words >= 2 || (words === 1 && CLAUSE_END_ASCII[final] === 1);
}

/** ASCII punctuation that ends an English clause or sentence: `.` `;` `,` `:` `!` `?`. */
const CLAUSE_END_ASCII = unitTable('.;,:!?');

/** More than half of `s` (UTF-16 units) is ASCII. Stops as soon as either half is decided. */
function asciiHeavy(s: string): boolean {
  const half = s.length / 2;
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) < 0x80) {
      if (++ascii > half) return true;
    } else if (++other >= half) return false;
  }
  return false;
}

/** A heading-like item: its line is short and has no sentence inside (`一、总体要求`). */
function isHeadingLike(s: Section, source: Source): boolean {
  const line = source.lines[s.line];
  return isHeadingLikeText(source.text.slice(line.contentStart, line.end));
}

/** `isHeadingLike` of a line whose content (from its content start to its end) is `body`. */
function isHeadingLikeText(body: string): boolean {
  return body.length <= 40 && !/[。；！？]/.test(body.slice(0, -1));
}

// ---------------------------------------------------------------------------------------------
// Series: siblings that count together. A sibling in another family that continues its
// predecessor's value (`1.` `2.` `（3）`) counts in the predecessor's series.

/** The next ordinal after event `e` (not 第N) has `family` and `value`. */
function nextContinues(events: Event[], e: number, family: MarkerFamily, value: number): boolean {
  for (let k = e + 1; k < events.length; k++) {
    const m = events[k].section.marker;
    if (events[k].hl > 0 && !m) return false;
    if (m && m.family !== 'di') return m.family === family && m.value === value;
  }
  return false;
}

/**
 * The value that the children of `siblings[i]` may continue from: the value of the last ordinal child (not
 * 第N) of its predecessor `siblings[i - 1]` when that child is of `family`, else 0. Tasks numbered on through
 * the sections (`一、` [`1.` `2.`] `二、` [`3.` `4.`]) are a convention of 工作要点 and 方案: a run under
 * `siblings[i]` that starts at that value + 1 goes on from its cousins rather than skipping.
 */
export function cousinValue(siblings: readonly Section[], i: number, family: MarkerFamily): number {
  const prev = i >= 1 ? siblings[i - 1] : undefined;
  if (!prev) return 0;
  for (let k = prev.children.length - 1; k >= 0; k--) {
    const m = prev.children[k].marker;
    if (m && m.family !== 'di') return m.family === family ? m.value : 0;
  }
  return 0;
}

/**
 * The series of ordinal `s` (marker `m`, not 第N), the next in its list of siblings `st`: a family's first
 * ordinal that continues its predecessor's value (`1.` `2.` `（3）`, or a joined `（2）`) counts in the
 * predecessor's series, and every later ordinal of that family in the same one.
 */
function nextInSeries(st: SeriesState, s: Section, m: Marker, info: TreeInfo, joined: ReadonlySet<Section>): void {
  const shift = m.level * 3;
  const known = (st.series >> shift) & 7;
  const prev = st.prev;
  if (known !== 0) {
    const family = LEVEL_FAMILY[known - 1];
    if (family !== m.family) info.series.set(s, family);
  } else if (prev && (m.value >= 3 || joined.has(s)) && m.value === (prev.marker as Marker).value + 1) {
    const ps = info.series.get(prev) ?? (prev.marker as Marker).family;
    info.series.set(s, ps);
    st.series |= (FAMILY_LEVEL[ps] + 1) << shift;
  } else st.series |= (m.level + 1) << shift;
  st.prev = s;
}

/**
 * Every list of siblings (the roots, then each section's children), parents before children; iterative.
 * Made once per tree from `buildSections` and shared by every caller: do not change it.
 */
export function siblingLists(tree: SectionTree): Section[][] {
  const info = infoOf(tree);
  if (info === undefined) return listsOf(tree);
  return (info.lists ??= listsOf(tree));
}

function listsOf(tree: SectionTree): Section[][] {
  const out: Section[][] = [tree.roots];
  // Depth-first, children in document order, without recursion.
  const todo: Section[][] = [tree.roots];
  while (todo.length) {
    const list = todo.pop() as Section[];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].children.length) todo.push(list[i].children);
    if (list !== tree.roots) out.push(list);
  }
  return out;
}
/** A short quotable form of a section's title for messages (`一、头脑清醒…`). */
export function shortLabel(s: Section, max = 12): string {
  return s.label.length > max ? `${s.label.slice(0, max)}…` : s.label;
}
