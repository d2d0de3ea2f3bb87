/**
 * Fix-all as minimal edits: `fixAll`'s passes (lint, take compatible fixes, apply, lint again)
 * composed into offset edits against the ORIGINAL text, so an editor's fix-all never touches text
 * outside what it fixes (cursor, folding and undo stay put). Offsets are UTF-16 code units.
 */
import { fixAll, type FixAllChoice } from './autofix';
import { applyEdits } from './fix';
import { RULES } from './rules/index';
import { isHighSurrogate, isLowSurrogate } from './source';
import type { Finding, LintOptions, OffsetEdit, Rule } from './types';

/** A piece of the current text: a copy of original `[s, e)`, or inserted text. */
type Segment = { s: number; e: number; text?: undefined } | { s?: undefined; e?: undefined; text: string };

const segLength = (g: Segment): number => (g.text !== undefined ? g.text.length : g.e - g.s);

/** The segments covering current-text `[a, b)`. */
function slice(segs: readonly Segment[], starts: readonly number[], a: number, b: number): Segment[] {
  const out: Segment[] = [];
  if (b <= a) return out;
  // first segment whose end is past a
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] + segLength(segs[mid]) > a) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < segs.length && starts[i] < b; i++) {
    const g = segs[i];
    const from = Math.max(a, starts[i]) - starts[i];
    const to = Math.min(b, starts[i] + segLength(g)) - starts[i];
    if (to <= from) continue;
    out.push(g.text !== undefined ? { text: g.text.slice(from, to) } : { s: g.s + from, e: g.s + to });
  }
  return out;
}

/** Apply non-overlapping, sorted edits (current-text offsets) to the segment list. */
function applyToSegments(segs: Segment[], edits: readonly OffsetEdit[]): Segment[] {
  const starts: number[] = [];
  let len = 0;
  for (const g of segs) {
    starts.push(len);
    len += segLength(g);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const e of edits) {
    out.push(...slice(segs, starts, pos, e.start));
    if (e.newText) out.push({ text: e.newText });
    pos = e.end;
  }
  out.push(...slice(segs, starts, pos, len));
  return out;
}


/** Shrink an edit by the prefix and suffix it leaves unchanged, never splitting a surrogate pair or CRLF. */
function trim(original: string, e: OffsetEdit): OffsetEdit | undefined {
  const old = original.slice(e.start, e.end);
  if (old === e.newText) return undefined;
  let p = 0;
  const max = Math.min(old.length, e.newText.length);
  while (p < max && old.charCodeAt(p) === e.newText.charCodeAt(p)) p++;
  while (p > 0 && (isLowSurrogate(old.charCodeAt(p)) || isLowSurrogate(e.newText.charCodeAt(p)) || old.charCodeAt(p) === 10) && (isHighSurrogate(old.charCodeAt(p - 1)) || old.charCodeAt(p - 1) === 13)) p--;
  let q = 0;
  const maxQ = max - p;
  while (q < maxQ && old.charCodeAt(old.length - 1 - q) === e.newText.charCodeAt(e.newText.length - 1 - q)) q++;
  while (q > 0) {
    const oi = old.length - q; // first kept char of the old suffix
    const ni = e.newText.length - q;
    const splitsPair = (isLowSurrogate(old.charCodeAt(oi)) && isHighSurrogate(old.charCodeAt(oi - 1))) || (isLowSurrogate(e.newText.charCodeAt(ni)) && isHighSurrogate(e.newText.charCodeAt(ni - 1)));
    const splitsCrlf = old.charCodeAt(oi) === 10 && old.charCodeAt(oi - 1) === 13;
    if (!splitsPair && !splitsCrlf) break;
    q--;
  }
  return { start: e.start + p, end: e.end - q, newText: e.newText.slice(p, e.newText.length - q) };
}

/** Minimal edits against `original` that turn it into the text the segments spell. */
function segmentsToEdits(original: string, segs: readonly Segment[]): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  let o = 0;
  let pending = '';
  const flush = (upTo: number) => {
    if (upTo !== o || pending) {
      const t = trim(original, { start: o, end: upTo, newText: pending });
      if (t) edits.push(t);
    }
    pending = '';
  };
  for (const g of segs) {
    if (g.text !== undefined) {
      pending += g.text;
      continue;
    }
    if (g.e <= g.s) continue;
    flush(g.s);
    o = g.e;
  }
  flush(original.length);
  return edits;
}

export interface EditorFixAll {
  /** Minimal edits against the original text, sorted, non-overlapping. */
  edits: OffsetEdit[];
  /** The text after all passes (= core fixAll's text). */
  text: string;
  fixed: number;
  remaining: Finding[];
}

/**
 * Fix everything bulk fixing admits (`appliesInBulk`: safe fixes at warning or above unless `choice`
 * widens it; only the findings `choice.accept` keeps), pass after pass as `fixAll` does (at most
 * `maxPasses`), and return minimal edits against `text` (sorted, non-overlapping, never splitting a
 * surrogate pair or a CRLF). Throws nothing a rule does not throw.
 */
export function fixAllEdits(text: string, options: LintOptions = {}, choice: FixAllChoice = {}, maxPasses = 8, rules: readonly Rule[] = RULES): EditorFixAll {
  const r = fixAll(text, options, maxPasses, rules, choice);
  return { edits: composeEdits(text, r.passes), text: r.text, fixed: r.fixed, remaining: r.remaining };
}

/** Minimal edits on `original` equivalent to applying `passes` one after another (each pass in the offsets of the text before it). */
export function composeEdits(original: string, passes: readonly (readonly OffsetEdit[])[]): OffsetEdit[] {
  let segs: Segment[] = [{ s: 0, e: original.length }];
  for (const pass of passes) segs = applyToSegments(segs, pass);
  return segmentsToEdits(original, segs);
}

/** Compose edit passes (each in the offsets of the text before it) into minimal edits on the original, and the final text. */
export function composePasses(original: string, passes: readonly OffsetEdit[][]): { edits: OffsetEdit[]; text: string } {
  let current = original;
  const applied: OffsetEdit[][] = [];
  for (const pass of passes) {
    const r = applyEdits(current, pass);
    applied.push(r.applied);
    current = r.text;
  }
  return { edits: composeEdits(original, applied), text: current };
}
