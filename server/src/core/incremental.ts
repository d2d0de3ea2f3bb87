import { lastStartingAtOrBefore, type Source } from './source';
import { detach, SourceMemo } from './memo';
import type { TextLayer } from './text/prose';
import { markerOffsetList } from './text/context';
import type { DocumentModel } from './document/types';
import type { Finding, LintOptions, Rule, SectionTree } from './types';

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

/** One unit of the text: `[start, end)` UTF-16 offsets and its signature. */
interface Unit {
  start: number;
  end: number;
  text: string;
  context: string;
}

interface State {
  key: string;
  units: Unit[];
  /** Per paragraph-local rule id: its findings (before allow-list and suppressions), by unit. */
  byRule: Map<string, Finding[][]>;
}

/** What the engine asks of a session during one lint (see `lint`). */
export interface IncrementalRun {
  /** Ranges to re-check for paragraph-local rules, or undefined to run them in full. */
  readonly windows: ReadonlyArray<readonly [number, number]> | undefined;
  /** The previous findings of `rule` outside the windows, moved to this version's offsets. */
  reused(rule: string): Finding[];
  /**
   * Record the findings a paragraph-local rule has in this version: `fresh` ones it reported in the windows
   * (or everywhere, in a full run) and the `reused` ones `reused` gave.
   */
  record(rule: string, fresh: readonly Finding[], reused: readonly Finding[]): void;
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
  /**
   * What the last lint did: how many units the text had and how many the paragraph-local rules
   * re-checked (`rechecked === units` for a full run). For logs and tests.
   */
  last: { units: number; rechecked: number } | undefined;

  /** Forget the last analysis (the next lint runs in full). */
  reset(): void {
    this.state = undefined;
    this.memo.rotate();
    this.memo.rotate();
    this.last = undefined;
  }

  /** @internal Called by `lint` after the whole-document passes. */
  begin(inputs: RunInputs): IncrementalRun | undefined {
    if (!inputs.rules.some((r) => r.meta.scope === 'paragraph')) return undefined;
    const layer = inputs.layer();
    const document = inputs.document();
    const key = keyOf(inputs.options, inputs.rules, document, inputs.source.language, inputs.text);
    const units = unitsOf(inputs.text, layer, inputs.sections, document, inputs.source);
    const prev = this.state && this.state.key === key ? this.state : undefined;
    const byRule = new Map<string, Finding[][]>();
    // Which new units keep an old unit's findings, and how far they moved.
    const from: Array<{ old: number; shift: number } | undefined> = new Array(units.length).fill(undefined);
    let windows: Array<[number, number]> | undefined;
    if (prev) {
      const old = prev.units;
      let head = 0;
      while (head < units.length && head < old.length && same(units[head], old[head])) head++;
      let tail = 0;
      while (tail < units.length - head && tail < old.length - head && same(units[units.length - 1 - tail], old[old.length - 1 - tail])) tail++;
      // Changed units and their neighbours are re-checked.
      const dirtyFrom = Math.max(0, head - 1);
      const dirtyTo = Math.min(units.length, units.length - tail + 1);
      for (let j = 0; j < dirtyFrom; j++) from[j] = { old: j, shift: units[j].start - old[j].start };
      for (let j = dirtyTo; j < units.length; j++) {
        const o = j + old.length - units.length;
        from[j] = { old: o, shift: units[j].start - old[o].start };
      }
      if (dirtyFrom > 0 || dirtyTo < units.length) {
        windows = dirtyFrom < dirtyTo ? [[units[dirtyFrom].start, units[dirtyTo - 1].end]] : [];
      }
      this.last = { units: units.length, rechecked: windows ? Math.max(0, dirtyTo - dirtyFrom) : units.length };
    } else this.last = { units: units.length, rechecked: units.length };
    const end = inputs.text.length;
    let failed = false;
    const run: IncrementalRun = {
      windows,
      reused: (rule) => {
        const old = prev?.byRule.get(rule);
        if (!windows || !old) return [];
        const out: Finding[] = [];
        for (let j = 0; j < units.length; j++) {
          const f = from[j];
          if (!f) continue;
          for (const finding of old[f.old]) out.push(f.shift === 0 ? finding : moved(finding, f.shift));
        }
        return out;
      },
      record: (rule, fresh, reused) => {
        // Kept for later versions: their strings must not pin this version's text (see memo.ts `detach`).
        // Reused findings were detached when they were fresh.
        for (const f of fresh) keepable(f);
        const perUnit: Finding[][] = units.map(() => []);
        // fresh and reused findings are not in one order: find each one's unit by binary search
        for (const f of fresh) perUnit[unitAt(units, f.start, end)].push(f);
        for (const f of reused) perUnit[unitAt(units, f.start, end)].push(f);
        byRule.set(rule, perUnit);
      },
      failed: () => {
        failed = true;
      },
      finish: () => {
        // A rule that threw has no trustworthy findings to reuse: the next version runs in full.
        this.state = failed ? undefined : { key, units, byRule };
      },
    };
    return run;
  }
}

/** Detach a finding's strings from the text they were cut from (in place; the content stays the same). */
function keepable(f: Finding): void {
  f.message = { zh: detach(f.message.zh), en: detach(f.message.en) };
  if (f.fix) f.fix = { ...f.fix, title: { zh: detach(f.fix.title.zh), en: detach(f.fix.title.en) }, edits: f.fix.edits.map((e) => ({ ...e, newText: detach(e.newText) })) };
  if (f.group !== undefined) f.group = detach(f.group);
}

function same(a: Unit, b: Unit): boolean {
  return a.end - a.start === b.end - b.start && a.context === b.context && a.text === b.text;
}

/** The unit holding `offset` (the last unit for offsets at or past the end). */
function unitAt(units: readonly Unit[], offset: number, end: number): number {
  return offset >= end ? units.length - 1 : lastStartingAtOrBefore(units, offset);
}

/** A finding moved by `shift` UTF-16 code units (its fix's edits too). */
function moved(f: Finding, shift: number): Finding {
  const out: Finding = { ...f, start: f.start + shift, end: f.end + shift };
  if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map((e) => ({ start: e.start + shift, end: e.end + shift, newText: e.newText })) };
  return out;
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

/** Cut the text into units (see the module comment) with their signatures. */
function unitsOf(text: string, layer: TextLayer, sections: SectionTree, document: DocumentModel, source: Source): Unit[] {
  const starts = [0];
  for (const p of layer.paragraphs()) if (p.start > 0) starts.push(p.start);
  const units: Unit[] = [];
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    units.push({ start, end, text: text.slice(start, end), context: '' });
  }
  const parts: string[][] = units.map(() => []);
  // non-prose spans
  let u = 0;
  for (const s of layer.spans()) {
    while (u + 1 < units.length && units[u + 1].start <= s.start) u++;
    // a span may run on into later units: note it in each
    for (let v = u; v < units.length && units[v].start < s.end; v++) {
      parts[v].push(`${s.kind}${Math.max(s.start, units[v].start) - units[v].start}-${Math.min(s.end, units[v].end) - units[v].start}`);
    }
  }
  // ordinal markers
  u = 0;
  for (const [start, end] of markerOffsetList(sections)) {
    while (u + 1 < units.length && units[u + 1].start <= start) u++;
    parts[u].push(`m${start - units[u].start}-${end - start}`);
  }
  // the document model's line roles; a body line's offsets follow from its text, so it needs no entry
  // (a line that stops or starts being body changes the list all the same)
  u = 0;
  for (const p of document.paragraphs) {
    if (p.role === 'body') continue;
    const at = source.lines[p.line].start;
    while (u + 1 < units.length && units[u + 1].start <= at) u++;
    parts[u].push(`r${p.role}${p.level}:${p.start - units[u].start}-${p.end - units[u].start}-${p.headingEnd - units[u].start}`);
  }
  for (let k = 0; k < units.length; k++) units[k].context = parts[k].join(',');
  return units;
}
