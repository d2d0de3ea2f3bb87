import type { LineRecord, Source } from './source';
import { detach, SourceMemo } from './memo';
import type { TextLayer } from './text/prose';
import { markerRanges } from './text/context';
import type { DocumentModel } from './document/types';
import type { Finding, Fix, LintOptions, OffsetEdit, Rule, SectionTree } from './types';

/**
 * Incremental analysis of one document across its versions (an editor's keystrokes).
 *
 * The text is cut into *units*: each prose paragraph (see `TextLayer.paragraphs`) with the non-prose
 * lines after it, so the units tile the text. A unit's *signature* is its text plus what the whole-document
 * passes say about it (non-prose spans, ordinal markers, the document model's line roles), all relative
 * to the unit's start. Between two versions the units with equal signatures at the start and at the end
 * are unchanged; the ones between are changed. Rules with `meta.scope: 'paragraph'` re-run only on the
 * changed units and their two neighbours; their findings elsewhere are the previous ones, moved by the
 * change in offset. Rules without it, and the whole-document passes, run in full every time.
 */

/** The units of one version (see the module comment): starts, and their signatures as flat number lists. */
interface UnitTable {
  /** Unit k is `[starts[k], starts[k + 1])`; the last entry is the text's length. */
  starts: Int32Array;
  /** Signature entries of unit k: `sig[at[k]] … sig[at[k + 1] - 1]`, numbers relative to the unit's start. */
  sig: Signature;
}

/** Three lists of numbers, each cut per unit (spans, markers, roles: built in three passes). */
type Signature = readonly [SigList, SigList, SigList];

interface SigList {
  /** Offsets relative to a unit's start, lengths, kind codes and levels: integers well inside 32 bits. */
  data: Int32Array;
  /** `at[k]` is where unit k's entries begin in `data`; `at[units]` is `data.length`. */
  at: Int32Array;
}

interface State {
  key: string;
  /** The text of that version: a unit is unchanged when its text lies in the common prefix or suffix. */
  text: string;
  units: UnitTable;
  /** Per paragraph-local rule id: its findings (before allow-list and suppressions), sorted by start. */
  byRule: Map<string, Finding[]>;
}

/** What the engine asks of a session during one lint (see `lint`). */
export interface IncrementalRun {
  /** Ranges to re-check for paragraph-local rules, or undefined to run them in full. */
  readonly windows: ReadonlyArray<readonly [number, number]> | undefined;
  /** The previous findings of `rule` outside the windows, moved to this version's offsets. */
  reused(rule: string): Finding[];
  /**
   * Record the findings a paragraph-local rule has in this version: `fresh` ones it reported in the windows
   * (or everywhere, in a full run) and the `reused` ones `reused` gave. Both arrays are handed over: the
   * session keeps them (and sorts `fresh`); the caller must not change them afterwards.
   */
  record(rule: string, fresh: Finding[], reused: Finding[]): void;
  /** A rule threw: do not keep its findings. */
  failed(rule: string): void;
  /** The run is over: keep its state for the next version. */
  finish(): void;
}

/** Inputs of `begin`: the whole-document passes of this version. */
export interface RunInputs {
  text: string;
  source: Source;
  sections: SectionTree;
  layer: () => TextLayer;
  document: () => DocumentModel;
  options: LintOptions;
  rules: readonly Rule[];
}

/**
 * Holds the last analysis of one document so the next version's analysis re-runs paragraph-local rules
 * only around the edit. Create one per open document and pass it to `lint` (`LintOptions` stays the same
 * object shape; see `lint`'s `session` parameter). The result is the same as a full `lint` — a test edits
 * real documents at random and compares. Not safe to share between documents (it would only be slow:
 * different texts share no units).
 */
export class LintSession {
  private state: State | undefined;
  /** Per-line results of the whole-document scanners, kept across versions (see `Source.memo`). */
  readonly memo = new SourceMemo();
  /** The last version's lines: the next `Source` reuses their strings (see the `Source` constructor). */
  lineRecord: LineRecord | undefined;
  /**
   * What the last lint did: how many units the text had and how many the paragraph-local rules
   * re-checked (`rechecked === units` for a full run); undefined when it ran no paragraph-local rule.
   * For logs and tests.
   */
  last: { units: number; rechecked: number } | undefined;

  /** Forget the last analysis (the next lint runs in full). */
  reset(): void {
    this.state = undefined;
    this.lineRecord = undefined;
    this.memo.rotate();
    this.memo.rotate();
    this.last = undefined;
  }

  /** @internal Called by `lint` after the whole-document passes. */
  begin(inputs: RunInputs): IncrementalRun | undefined {
    if (!inputs.rules.some((r) => r.meta.scope === 'paragraph')) {
      // Nothing to re-check in part: say so (a stale figure from an earlier lint would mislead).
      this.last = undefined;
      return undefined;
    }
    const layer = inputs.layer();
    const document = inputs.document();
    const text = inputs.text;
    const key = keyOf(inputs.options, inputs.rules, document, inputs.source.language, text);
    const units = unitsOf(text, layer, inputs.sections, document, inputs.source);
    const n = units.starts.length - 1;
    const prev = this.state && this.state.key === key ? this.state : undefined;
    let windows: Array<[number, number]> | undefined;
    // Reused findings: see SessionRun.
    let headEnd = 0;
    let tailStart = Infinity;
    let shift = 0;
    if (prev) {
      const old = prev.units;
      const m = old.starts.length - 1;
      const { pre, suf } = inputs.source.commonWith(prev.text);
      shift = text.length - prev.text.length;
      // A unit at the same offsets whose text lies in the common prefix is the same text.
      const head = sameHead(units, old, Math.min(n, m), pre);
      // Likewise from the end: a unit moved by `shift` whose text lies in the common suffix.
      const tail = sameTail(units, old, Math.min(n - head, m - head), shift, text.length - suf);
      // Changed units and their neighbours are re-checked.
      const dirtyFrom = Math.max(0, head - 1);
      const dirtyTo = Math.min(n, n - tail + 1);
      if (dirtyFrom > 0 || dirtyTo < n) {
        windows = dirtyFrom < dirtyTo ? [[units.starts[dirtyFrom], units.starts[dirtyTo]]] : [];
        headEnd = units.starts[dirtyFrom];
        tailStart = dirtyTo < n ? old.starts[dirtyTo + m - n] : Infinity;
      }
      this.last = { units: n, rechecked: windows ? Math.max(0, dirtyTo - dirtyFrom) : n };
    } else this.last = { units: n, rechecked: n };
    return new SessionRun(this, { key, text, units, byRule: new Map() }, prev, windows, headEnd, tailStart, shift);
  }

  /** @internal A run finished: keep its state for the next version (undefined: run the next one in full). */
  keep(state: State | undefined): void {
    this.state = state;
  }
}

/**
 * One lint's `IncrementalRun` (see `LintSession.begin`): a class rather than an object of closures, one
 * small object per version. Reused findings: those starting before `headEnd` stay where they were; those
 * starting at or after `tailStart` (old offsets) move by `shift`.
 */
class SessionRun implements IncrementalRun {
  private failedRule = false;
  /** Per rule: how many of its reused findings come before the windows. */
  private readonly heads = new Map<string, number>();
  constructor(
    private readonly session: LintSession,
    /** This version's state, its findings filled in by `record`. */
    private readonly state: State,
    private readonly prev: State | undefined,
    readonly windows: Array<[number, number]> | undefined,
    private readonly headEnd: number,
    private readonly tailStart: number,
    private readonly shift: number,
  ) {}

  reused(rule: string): Finding[] {
    const old = this.prev?.byRule.get(rule);
    if (!this.windows || !old) return [];
    const a = firstStartingAtOrAfter(old, this.headEnd);
    const b = this.tailStart === Infinity ? old.length : firstStartingAtOrAfter(old, this.tailStart);
    this.heads.set(rule, a);
    const shift = this.shift;
    const out: Finding[] = new Array(a + old.length - b);
    for (let i = 0; i < a; i++) out[i] = old[i];
    for (let i = b, to = a; i < old.length; i++, to++) out[to] = shift === 0 ? old[i] : moved(old[i], shift);
    return out;
  }

  record(rule: string, fresh: Finding[], reused: Finding[]): void {
    // Kept for later versions: their strings must not pin this version's text (see memo.ts `detach`).
    // Reused findings were detached when they were fresh.
    for (let i = 0; i < fresh.length; i++) keepable(fresh[i]);
    // Kept sorted by start: reused ones before the windows, the fresh ones (inside them), reused ones after.
    if (fresh.length > 1) fresh.sort((x, y) => x.start - y.start);
    const h = this.heads.get(rule) ?? 0;
    let kept = fresh;
    if (fresh.length === 0) kept = reused;
    else if (reused.length > 0) {
      // the fresh ones (a window's few) go into `reused`, handed over to us, where they belong: no copy of
      // the thousands of reused ones
      kept = reused;
      const k = fresh.length;
      const tail = kept.length - h;
      for (let i = 0; i < k; i++) kept.push(fresh[i]); // (grown by push: the array stays packed)
      for (let i = tail - 1; i >= 0; i--) kept[h + k + i] = kept[h + i];
      for (let i = 0; i < k; i++) kept[h + i] = fresh[i];
    }
    this.state.byRule.set(rule, kept);
  }

  failed(): void {
    this.failedRule = true;
  }

  finish(): void {
    // A rule that threw has no trustworthy findings to reuse: the next version runs in full.
    this.session.keep(this.failedRule ? undefined : this.state);
  }
}

/** Detach a finding's strings from the text they were cut from (in place; the content stays the same). */
function keepable(f: Finding): void {
  f.message = { zh: detach(f.message.zh), en: detach(f.message.en) };
  if (f.fix) f.fix = { ...f.fix, title: { zh: detach(f.fix.title.zh), en: detach(f.fix.title.en) }, edits: f.fix.edits.map((e) => ({ ...e, newText: detach(e.newText) })) };
  if (f.group !== undefined) f.group = detach(f.group);
}

/**
 * How many leading units of `a` and `b` (at most `limit`) start and end at the same offsets, end at or
 * before `pre`, and have the same signatures: the count of `k` such that for every unit before it
 * `sameSignature(a, k, b, k)` holds as well. Found with one pass over each typed array instead of a
 * comparison per unit: units 0 … k-1 have the same signature lists exactly when `at[0..k]` are equal
 * (entries per unit, cumulated) and `data` is equal up to `at[k]`.
 */
function sameHead(a: UnitTable, b: UnitTable, limit: number, pre: number): number {
  const as = a.starts;
  const bs = b.starts;
  // (starts[0] is 0 in both)
  let head = 0;
  while (head < limit && as[head + 1] === bs[head + 1] && as[head + 1] <= pre) head++;
  for (let k = 0; k < 3 && head > 0; k++) {
    const x = a.sig[k];
    const y = b.sig[k];
    let u = 0;
    while (u < head && x.at[u + 1] === y.at[u + 1]) u++;
    // units before u have equal entry counts; their entries lie in data[0, at[u])
    const end = x.at[u];
    let d = 0;
    while (d < end && x.data[d] === y.data[d]) d++;
    if (d < end) {
      // the first unit whose entries differ: the one holding entry d (at[j] <= d < at[j + 1])
      let lo = 0;
      let hi = u;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x.at[mid] <= d) lo = mid;
        else hi = mid - 1;
      }
      u = lo;
    }
    head = Math.min(head, u);
  }
  return head;
}

/**
 * How many trailing units of `a` (the new version) and `b` (the old one), at most `limit`, are the same
 * text moved by `shift`: each starts at or after `from` (the common suffix), `shift` after its old start,
 * with its old length and signature. Like `sameHead`, one pass from the end over each array: the last
 * t units have the same signature lists exactly when their entry counts, cumulated from the end, are
 * equal and so are their entries read from the end.
 */
function sameTail(a: UnitTable, b: UnitTable, limit: number, shift: number, from: number): number {
  const as = a.starts;
  const bs = b.starts;
  const n = as.length - 1;
  const m = bs.length - 1;
  let tail = 0;
  while (tail < limit) {
    const j = n - 1 - tail;
    const o = m - 1 - tail;
    if (as[j] < from || as[j] - bs[o] !== shift || as[j + 1] - as[j] !== bs[o + 1] - bs[o]) break;
    tail++;
  }
  for (let k = 0; k < 3 && tail > 0; k++) {
    const x = a.sig[k];
    const y = b.sig[k];
    const xEnd = x.at[n];
    const yEnd = y.at[m];
    let t = 0;
    while (t < tail && xEnd - x.at[n - 1 - t] === yEnd - y.at[m - 1 - t]) t++;
    // the last t units have equal entry counts; their entries lie in data[at[n - t], at[n])
    const len = xEnd - x.at[n - t];
    let d = 0;
    while (d < len && x.data[xEnd - 1 - d] === y.data[yEnd - 1 - d]) d++;
    if (d < len) {
      // the last unit whose entries differ: the one holding entry e (at[j] <= e < at[j + 1]), j >= n - t
      const e = xEnd - 1 - d;
      let lo = n - t;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x.at[mid] <= e) lo = mid;
        else hi = mid - 1;
      }
      t = n - 1 - lo;
    }
    tail = Math.min(tail, t);
  }
  return tail;
}

/** Index of the first finding (sorted by start) starting at or after `offset`. */
function firstStartingAtOrAfter(findings: readonly Finding[], offset: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A finding moved by `shift` UTF-16 code units (its fix's edits too). Built field by field: every kept
 * finding has the keys `lint`'s report gives, in that order (rule … end, then fix and group when present),
 * and a spread of findings and fixes of many shapes took V8's slow generic copy (~2 µs per finding, about
 * 3 ms per keystroke on a draft with 2,600 findings).
 */
function moved(f: Finding, shift: number): Finding {
  const out: Finding = { rule: f.rule, severityKey: f.severityKey, severity: f.severity, basis: f.basis, message: f.message, start: f.start + shift, end: f.end + shift };
  const fix = f.fix;
  if (fix !== undefined) {
    const edits: OffsetEdit[] = new Array(fix.edits.length);
    for (let i = 0; i < edits.length; i++) {
      const e = fix.edits[i];
      edits[i] = { start: e.start + shift, end: e.end + shift, newText: e.newText };
    }
    out.fix = hasUsualKeys(fix) ? { title: fix.title, edits, kind: fix.kind } : { ...fix, edits };
  }
  if (f.group !== undefined) out.group = f.group;
  return out;
}

const USUAL_FIX_KEYS = ['title', 'edits', 'kind'];

/** Are a fix's own keys `title`, `edits`, `kind` in that order (as most rules write them)? */
function hasUsualKeys(fix: Fix): boolean {
  let i = 0;
  for (const key in fix) if (key !== USUAL_FIX_KEYS[i++]) return false;
  return i === 3;
}

/**
 * Everything outside a paragraph that decides its findings: options, rules, language, the document's kind,
 * its 成文日期 and the present year (document-number bounds a two-digit year by both: a session open over
 * New Year must not keep last year's reading).
 */
function keyOf(options: LintOptions, rules: readonly Rule[], document: DocumentModel, language: string, text: string): string {
  const patterns = (list: readonly RegExp[] | undefined) => (list ?? []).map((r) => `${r.source}/${r.flags}`);
  return JSON.stringify([
    language,
    rules.map((r) => r.meta.id),
    options.severities ?? {},
    options.ruleOptions ?? {},
    options.allow ?? [],
    patterns(options.extraPatterns?.placeholder),
    patterns(options.extraPatterns?.residue),
    document.kind,
    document.date ? text.slice(document.date.start, document.date.end) : '',
    new Date().getFullYear(),
  ]);
}

/** Kinds of non-prose span and paragraph roles as numbers, for signatures (a new kind gets the next number). */
const CODES = new Map<string, number>();
function codeOf(name: string): number {
  let c = CODES.get(name);
  if (c === undefined) CODES.set(name, (c = CODES.size + 1));
  return c;
}

/**
 * Signature entries of three numbers each, added in any unit order, then cut per unit (stable): for the
 * non-prose spans, whose entries can repeat in later units (there are few of them).
 */
class SigBuilder {
  private readonly unit: number[] = [];
  private readonly values: number[] = [];
  /** Numbers per entry. */
  private readonly width = 3;

  add(unit: number, a: number, b: number, c: number): void {
    this.unit.push(unit);
    this.values.push(a, b, c);
  }

  /** The entries cut per unit for `n` units, each unit's entries in the order they were added. */
  build(n: number): SigList {
    const w = this.width;
    const at = new Int32Array(n + 1);
    for (const u of this.unit) at[u + 1] += w;
    for (let k = 0; k < n; k++) at[k + 1] += at[k];
    const data = new Int32Array(this.values.length);
    const fill = at.slice(0, n);
    for (let i = 0; i < this.unit.length; i++) {
      const to = fill[this.unit[i]];
      for (let k = 0; k < w; k++) data[to + k] = this.values[i * w + k];
      fill[this.unit[i]] = to + w;
    }
    return { data, at };
  }
}

/**
 * Cut the text into units (see the module comment) with their signatures. Everything is read in offset
 * order (prose paragraphs, ordinal markers, the model's paragraphs by line), so each entry's unit is found
 * by moving forward, and the lists are written straight into typed arrays (kept until the next version).
 */
function unitsOf(text: string, layer: TextLayer, sections: SectionTree, document: DocumentModel, source: Source): UnitTable {
  // One function per list: each is optimized on its own, and a rarely taken path (a span, markers out of
  // order) that deoptimizes one does not throw away the others' code. Indexed loops: for…of allocates a
  // result object per element wherever the loop runs unoptimized.
  const starts = unitStarts(text, layer);
  return { starts, sig: [spanSignature(layer, starts), markerSignature(sections, starts), roleSignature(document, source, starts)] };
}

/** Where each unit starts (the prose paragraphs' starts, and 0), then the text's length. */
function unitStarts(text: string, layer: TextLayer): Int32Array {
  const bounds = layer.paragraphBounds();
  let n = 1;
  for (let k = 0; k < bounds.length; k += 2) if (bounds[k] > 0) n++;
  const starts = new Int32Array(n + 1);
  let i = 1;
  for (let k = 0; k < bounds.length; k += 2) if (bounds[k] > 0) starts[i++] = bounds[k];
  starts[n] = text.length;
  return starts;
}

/** Non-prose spans: kind, start, end relative to the unit (clipped); a span running on into later units is noted in each. */
function spanSignature(layer: TextLayer, starts: Int32Array): SigList {
  const n = starts.length - 1;
  const list = layer.spans();
  if (list.length === 0) return { data: NO_DATA, at: new Int32Array(n + 1) };
  const spans = new SigBuilder();
  let u = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    while (u + 1 < n && starts[u + 1] <= s.start) u++;
    const kind = codeOf(s.kind);
    for (let v = u; v < n && starts[v] < s.end; v++) spans.add(v, kind, Math.max(s.start, starts[v]) - starts[v], Math.min(s.end, starts[v + 1]) - starts[v]);
  }
  return spans.build(n);
}

const NO_DATA = new Int32Array(0);

/** Ordinal markers, sorted by start (stable: `markerRanges` in text/context.ts): start relative to the unit, length. */
function markerSignature(sections: SectionTree, starts: Int32Array): SigList {
  const n = starts.length - 1;
  const ranges = markerRanges(sections);
  const count = ranges.length >> 1;
  // Filled in unit order (the entries' units never decrease), straight into the final arrays.
  const data = new Int32Array(2 * count);
  const at = new Int32Array(n + 1);
  let written = 0;
  let u = 0;
  for (let i = 0; i < count; i++) {
    const start = ranges[2 * i];
    const end = ranges[2 * i + 1];
    while (u + 1 < n && starts[u + 1] <= start) {
      u++;
      at[u] = written;
    }
    data[written++] = start - starts[u];
    data[written++] = end - start;
  }
  // units after the last entry's are empty
  at.fill(written, u + 1);
  return { data, at };
}

/**
 * The document model's line roles: kind, level, start, end and heading end relative to the unit. A body
 * line's offsets follow from its text, so it needs no entry (a line that stops or starts being body changes
 * the list all the same).
 */
function roleSignature(document: DocumentModel, source: Source, starts: Int32Array): SigList {
  const n = starts.length - 1;
  const list = document.paragraphs;
  const lines = source.lines;
  let count = 0;
  for (let i = 0; i < list.length; i++) if (list[i].role !== 'body') count++;
  const data = new Int32Array(5 * count);
  const at = new Int32Array(n + 1);
  let written = 0;
  let u = 0;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.role === 'body') continue;
    const lineStart = lines[p.line].start;
    while (u + 1 < n && starts[u + 1] <= lineStart) {
      u++;
      at[u] = written;
    }
    const base = starts[u];
    data[written++] = codeOf(p.role);
    data[written++] = p.level;
    data[written++] = p.start - base;
    data[written++] = p.end - base;
    data[written++] = p.headingEnd - base;
  }
  at.fill(written, u + 1);
  return { data, at };
}
