/**
 * The section tree: Markdown headings, an optional document title and line-initial ordinal markers,
 * nested parent-aware (children restart under each new parent). Two repairs are inferred so that
 * the rules and the outline see the structure the author meant, and recorded for the rules:
 *  - a run that repeats its parent's family (`一、` [`一、二、三、`] `二、`) is nested one level down
 *    (see `misleveled`), so it is one numbering-level finding, not also sequence duplicates;
 *  - an ordinal that continues its predecessor's value in another style (`1.` `2.` `（3）`) is kept
 *    in its predecessor's series (see `seriesOf`), a numbering-mixed finding.
 */
import type { Source } from '../source';
import type { Line, Marker, MarkerFamily, Section, SectionTree } from '../types';
import { parseMarker } from './markers';

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
  /** Family of the series a section belongs to when it differs from its own (mixed styles). */
  series: Map<Section, MarkerFamily>;
}

const INFO = new WeakMap<SectionTree, TreeInfo>();

/** Misleveled-run information for a marker section, if the tree nested it. */
export function misleveled(tree: SectionTree, s: Section): Misleveled | undefined {
  return INFO.get(tree)?.misleveled.get(s);
}

/** The family of the series a marker section counts in (its own unless it continues another style). */
export function seriesOf(tree: SectionTree, s: Section): MarkerFamily | undefined {
  return INFO.get(tree)?.series.get(s) ?? s.marker?.family;
}

/** Max length (UTF-16 units) of a line that can be the document title. */
const TITLE_MAX = 60;
/** Plain-text lines that open their own part: attachments and notes restart numbering. */
const PART_RE = /^(?:附件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]?|注[：:]|注释[：:]?|附注[：:]?)$/;
/** `附件：1.…` — the attachment note, whose `1.` is the first of a run continued on the next lines. */
const ATTACH_LIST_RE = /^附件[：:]\s*/;
/** Lines that look like web residue rather than a title (URLs, bylines). */
const RESIDUE_RE = /(?:https?:|www\.|\.com|\.cn|\.net|分享|加入收藏|阅读|扫码|来源[:：]|时间[:：]|当前位置)/i;

interface Entry {
  section: Section;
  /** Markdown heading level (pseudo headings: 1), else 0. */
  hl: number;
  /** Structure level of the marker (1..5), else 0. */
  ml: number;
  di: boolean;
}

/** Build the section tree from Markdown headings and line-initial ordinal markers. */
export function buildSections(source: Source): SectionTree {
  const text = source.text;
  const lines = source.lines;
  const roots: Section[] = [];
  const markers: Section[] = [];
  const stack: Entry[] = [];
  let lastContent = -1; // index of the last non-blank line seen

  const close = (e: Entry) => {
    const endLine = Math.max(e.section.line, lastContent);
    e.section.end = Math.max(e.section.titleEnd, lines[endLine].end);
  };
  const attach = (s: Section) => {
    const top = stack[stack.length - 1];
    if (top) {
      s.parent = top.section;
      top.section.children.push(s);
    } else roots.push(s);
  };

  const title = findTitle(source);
  if (title) roots.push(title);

  for (const line of lines) {
    if (line.scope !== 'text') {
      if (line.scope !== 'blank') lastContent = line.index;
      continue;
    }
    if (title && line.index === title.line) {
      lastContent = line.index;
      continue;
    }
    const cs = line.contentStart;
    let marker = cs < line.end ? parseMarker(text, cs, line.end) : undefined;
    let hl = line.headingLevel;
    let pseudo = false;
    if (!marker && hl === 0) {
      const body = text.slice(cs, Math.min(line.end, cs + 12)).trimEnd();
      if (line.end - cs <= 12 && PART_RE.test(body)) {
        hl = 1;
        pseudo = true;
      } else if (ATTACH_LIST_RE.test(body)) {
        const m = ATTACH_LIST_RE.exec(text.slice(cs, Math.min(line.end, cs + 8)));
        const at = cs + (m ? m[0].length : 0);
        const inner = parseMarker(text, at, line.end);
        if (inner && inner.family === 'arabic') {
          // The 附件 line itself is a part heading whose first item is on the same line.
          const head = newSection('heading', 1, line, cs, at, text, undefined);
          popFor(stack, 1, 0, false, close);
          attach(head);
          stack.push({ section: head, hl: 1, ml: 0, di: false });
          marker = inner;
          hl = 0;
        }
      }
    }
    if (!marker && hl === 0) {
      lastContent = line.index;
      continue;
    }

    const ml = marker && marker.family !== 'di' ? marker.level : 0;
    const di = marker?.family === 'di';
    const kind = marker ? 'marker' : 'heading';
    const section = newSection(kind, marker ? marker.level : hl, line, marker ? marker.start : cs, line.end, text, marker);
    if (pseudo) section.level = 1;

    popFor(stack, hl, ml, di, close);
    // `1.` `2.` `（3）`: a first child that continues its would-be parent's value in another style
    // is that parent's sibling in a mixed series.
    const top = stack[stack.length - 1];
    if (marker && ml > 0 && top && top.ml > 0 && top.ml < ml && top.section.children.length === 0 && hl === 0) {
      const tm = top.section.marker as Marker;
      if (marker.value >= 2 && marker.value === tm.value + 1 && tm.family !== marker.family) {
        close(top);
        stack.pop();
      }
    }
    attach(section);
    stack.push({ section, hl, ml, di });
    if (marker) markers.push(section);
    lastContent = line.index;
  }
  while (stack.length) close(stack.pop() as Entry);

  const tree: SectionTree = { roots, markers };
  const info: TreeInfo = { misleveled: new Map(), series: new Map() };
  INFO.set(tree, info);
  inferLevels(roots, info, source);
  for (const r of roots) inferLevelsDeep(r, info, source);
  assignSeries(roots, info);
  return tree;
}

/** Pop the stack until its top may contain a new section with heading level `hl` and marker level `ml`. */
function popFor(stack: Entry[], hl: number, ml: number, di: boolean, close: (e: Entry) => void): void {
  while (stack.length) {
    const t = stack[stack.length - 1];
    let pop: boolean;
    if (t.di) pop = true;
    else if (di) pop = false;
    else if (t.ml && ml) pop = t.ml >= ml;
    else if (t.hl && hl) pop = t.hl >= hl;
    else pop = hl > 0 && t.ml > 0; // a plain heading closes plain markers; markers nest under headings
    if (!pop) return;
    close(t);
    stack.pop();
  }
}

function newSection(kind: Section['kind'], level: number, line: Line, titleStart: number, lineEnd: number, text: string, marker: Marker | undefined): Section {
  const titleEnd = titleEndOf(text, titleStart, lineEnd, marker ? marker.end : titleStart, kind === 'heading');
  return {
    kind,
    level,
    ...(marker ? { marker } : {}),
    line: line.index,
    label: cleanLabel(text.slice(titleStart, titleEnd)),
    titleStart,
    titleEnd,
    start: line.start,
    end: line.end,
    children: [],
  };
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
  return s.replace(/\*\*|__/g, '').trim();
}

/**
 * The document title: the first non-blank text line when it is short, not an ordinal, not web
 * residue, not a Markdown heading (that is a heading section already), not a salutation or a
 * sentence, and followed later by other content.
 */
function findTitle(source: Source): Section | undefined {
  const text = source.text;
  let seen = 0;
  for (const line of source.lines) {
    if (line.scope === 'blank') continue;
    if (line.scope !== 'text') return undefined;
    if (seen++ >= 4) return undefined;
    const cs = line.contentStart;
    const len = line.end - cs;
    if (len === 0) continue;
    const body = text.slice(cs, line.end);
    if (RESIDUE_RE.test(body) || asciiHeavy(body)) continue;
    if (line.headingLevel > 0 || len > TITLE_MAX || parseMarker(text, cs, line.end)) return undefined;
    if (/[。；：:，,！？]\s*$/.test(body) || !/[\u4e00-\u9fff]/.test(body)) return undefined;
    const hasMore = source.lines.some((l) => l.index > line.index && l.scope !== 'blank');
    if (!hasMore) return undefined;
    const titleEnd = titleEndOf(text, cs, line.end, cs, true);
    return { kind: 'title', level: 0, line: line.index, label: cleanLabel(text.slice(cs, titleEnd)), titleStart: cs, titleEnd, start: line.start, end: line.end, children: [] };
  }
  return undefined;
}

function asciiHeavy(s: string): boolean {
  let ascii = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x80) ascii++;
  return ascii * 2 > s.length;
}

// ---------------------------------------------------------------------------------------------
// Misleveled runs: `一、A` [`一、` `二、` `三、`] `二、B` — the inner run belongs one level down.

function inferLevelsDeep(s: Section, info: TreeInfo, source: Source): void {
  if (s.children.length === 0) return;
  inferLevels(s.children, info, source);
  for (const c of s.children) inferLevelsDeep(c, info, source);
}

function inferLevels(children: Section[], info: TreeInfo, source: Source): void {
  let confirmed = false;
  for (let i = 0; i < children.length; i++) {
    const outer = children[i];
    const om = outer.marker;
    if (!om || om.family === 'di') continue;
    // Markdown numbers `1.` `1.` `1.` lazily: a repeated `1.` is not a nested run.
    if (source.language === 'markdown' && om.family === 'arabic' && om.value === 1) continue;
    // The next sibling of the same family must restart at one.
    const j = nextOfFamily(children, i + 1, om.family);
    if (j < 0 || (children[j].marker as Marker).value !== 1) continue;
    // The run: 1, 2, 3, … consecutive.
    const run: number[] = [j];
    let k = nextOfFamily(children, j + 1, om.family);
    while (k >= 0 && (children[k].marker as Marker).value === run.length + 1) {
      run.push(k);
      k = nextOfFamily(children, k + 1, om.family);
    }
    const resume = k >= 0 ? children[k] : undefined;
    let nested = false;
    if (resume) nested = (resume.marker as Marker).value === om.value + 1;
    else nested = confirmed || (isHeadingLike(outer, source) && run.every((x) => !isHeadingLike(children[x], source)));
    if (!nested) continue;
    confirmed = true;
    const last = run[run.length - 1];
    const moved = children.splice(j, last - j + 1);
    for (const m of moved) {
      m.parent = outer;
      outer.children.push(m);
    }
    outer.end = Math.max(outer.end, moved[moved.length - 1].end);
    const record: Misleveled = { outer, ...(resume ? { resume } : {}), run: moved.filter((m) => m.marker?.family === om.family) };
    for (const m of record.run) info.misleveled.set(m, record);
    // The next outer candidate is the one that resumed (now at index j).
    i = j - 1;
  }
}

function nextOfFamily(children: Section[], from: number, family: MarkerFamily): number {
  for (let i = from; i < children.length; i++) if (children[i].marker?.family === family) return i;
  return -1;
}

/** A heading-like item: its line is short and has no sentence inside (`一、总体要求`). */
function isHeadingLike(s: Section, source: Source): boolean {
  const line = source.lines[s.line];
  const body = source.text.slice(line.contentStart, line.end);
  return body.length <= 40 && !/[。；！？]/.test(body.slice(0, -1));
}

// ---------------------------------------------------------------------------------------------
// Series: siblings that count together. A sibling in another family that continues its
// predecessor's value (`1.` `2.` `（3）`) counts in the predecessor's series.

function assignSeries(list: Section[], info: TreeInfo): void {
  const seriesByFamily = new Map<MarkerFamily, MarkerFamily>();
  let prev: Section | undefined;
  for (const s of list) {
    const m = s.marker;
    if (m && m.family !== 'di') {
      const known = seriesByFamily.get(m.family);
      if (known !== undefined) {
        if (known !== m.family) info.series.set(s, known);
      } else if (prev && m.value >= 2 && m.value === (prev.marker as Marker).value + 1) {
        const ps = info.series.get(prev) ?? (prev.marker as Marker).family;
        info.series.set(s, ps);
        seriesByFamily.set(m.family, ps);
      } else seriesByFamily.set(m.family, m.family);
      prev = s;
    }
    if (s.children.length) assignSeries(s.children, info);
  }
}

/** Every list of siblings (the roots, then each section's children), parents before children. */
export function siblingLists(tree: SectionTree): Section[][] {
  const out: Section[][] = [tree.roots];
  const walk = (list: Section[]) => {
    for (const s of list)
      if (s.children.length) {
        out.push(s.children);
        walk(s.children);
      }
  };
  walk(tree.roots);
  return out;
}

/** A short quotable form of a section's title for messages (`一、头脑清醒…`). */
export function shortLabel(s: Section, max = 12): string {
  return s.label.length > max ? `${s.label.slice(0, max)}…` : s.label;
}
