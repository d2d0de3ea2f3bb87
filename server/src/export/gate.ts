/**
 * What stops a draft from being exported to Word unasked: the one decision shared by `gongwen export`
 * (which refuses unless `--force`) and the editor command (which asks first). Pure: no Node or editor API.
 *
 * A finding blocks when it is at error severity, when it is web residue (rule `web-residue`) at any
 * severity, or when it is an unfilled placeholder (`XX`, `××`, `【单位名称】` …, rule `placeholder`) at
 * warning or error: both are warnings by default, yet a Word file handed in with `XX镇` or a site's
 * banner in it is not finished. A placeholder finding at info or hint is one the rule is not sure of
 * (`某某` — also how a 通报 withholds a name, `黄某某` —, a lone empty label that may introduce the next
 * line): it asks for a look, it does not mean the draft is unfinished.
 * A rule the user turned off reports nothing, so it blocks nothing: the user has decided. Findings
 * silenced by an allow-listed word or a `gongwen-disable` comment are not reported either.
 */
import { RULES, msg, type Msg, type Severity } from '../core';

/** Rules whose findings block an export at any severity that is on. */
export const ALWAYS_BLOCKING_RULES: readonly string[] = ['web-residue'];

/** Rules whose findings block an export at warning or error (at info or hint they are the rule's doubts). */
export const WARNING_BLOCKING_RULES: readonly string[] = ['placeholder'];

/** What the gate needs of a finding or an editor diagnostic. */
export interface GateItem {
  /** Rule id (a finding's `rule`, a diagnostic's `code`). */
  rule: string;
  severity: Severity;
  /** 0-based line of the finding's start. */
  line: number;
}

/** Does this finding block the export (see the module comment)? */
export function blocksExport(item: Pick<GateItem, 'rule' | 'severity'>): boolean {
  return item.severity === 'error' || ALWAYS_BLOCKING_RULES.includes(item.rule) || (item.severity === 'warning' && WARNING_BLOCKING_RULES.includes(item.rule));
}

/** The blocking items of `items`, in their order. */
export function blockingItems<T extends Pick<GateItem, 'rule' | 'severity'>>(items: readonly T[]): T[] {
  return items.filter(blocksExport);
}

/** How many line numbers each rule's summary names before `…`. */
const LINES_NAMED = 5;

/** Per rule, in order of first appearance: its count and its first lines (1-based, each once). */
export interface BlockingSummary {
  rule: string;
  name: Msg;
  count: number;
  /** The first `LINES_NAMED` distinct lines, 1-based. */
  lines: number[];
  /** More distinct lines than `lines` holds. */
  moreLines: boolean;
}

/** Group blocking items by rule (first appearance first). Items need not be blocking; all given are counted. */
export function summarizeBlocking(items: readonly GateItem[]): BlockingSummary[] {
  const byRule = new Map<string, { count: number; lines: Set<number> }>();
  for (const it of items) {
    const g = byRule.get(it.rule) ?? { count: 0, lines: new Set<number>() };
    g.count++;
    g.lines.add(it.line + 1);
    byRule.set(it.rule, g);
  }
  return [...byRule].map(([rule, g]) => {
    const all = [...g.lines].sort((a, b) => a - b);
    const name = RULES.find((r) => r.meta.id === rule)?.meta.name ?? msg(rule, rule);
    return { rule, name, count: g.count, lines: all.slice(0, LINES_NAMED), moreLines: all.length > LINES_NAMED };
  });
}

/**
 * What is left, one line per rule, both languages; the English names the rule in Chinese too, as
 * the editor shows it:
 *   zh `未填占位符 3 处（第 1、4、9 行）`
 *   en `未填占位符 Unfilled placeholder: 3 (lines 1, 4, 9)`
 * Empty for no items.
 */
export function describeBlocking(items: readonly GateItem[]): { zh: string[]; en: string[] } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const s of summarizeBlocking(items)) {
    const more = s.moreLines ? '…' : '';
    zh.push(`${s.name.zh} ${s.count} 处（第 ${s.lines.join('、')}${more} 行）`);
    en.push(`${s.name.zh} ${s.name.en}: ${s.count} (line${s.lines.length > 1 ? 's' : ''} ${s.lines.join(', ')}${more})`);
  }
  return { zh, en };
}

/**
 * The one-sentence question or refusal: `草稿仍有 4 处须处理的问题（未填占位符、网页残留）` /
 * `The draft still has 4 finding(s) to deal with (未填占位符 Unfilled placeholder, …)`.
 */
export function blockingHeadline(items: readonly GateItem[]): Msg {
  const s = summarizeBlocking(items);
  return msg(
    `草稿仍有 ${items.length} 处须处理的问题（${s.map((x) => x.name.zh).join('、')}）`,
    `The draft still has ${items.length} finding(s) to deal with (${s.map((x) => `${x.name.zh} ${x.name.en}`).join(', ')})`,
  );
}
