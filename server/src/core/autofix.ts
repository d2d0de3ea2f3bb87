import { applyEdits, compatibleEdits } from './fix';
import { lint } from './lint';
import { RULES } from './rules/index';
import type { Finding, LintOptions, OffsetEdit, Rule, Severity } from './types';

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  /** Findings left after the last pass. */
  remaining: Finding[];
  /** The edits applied in each pass, in offsets of the text that pass started from. */
  passes: OffsetEdit[][];
}

export interface FixAllChoice {
  /** Fix only the findings this keeps, on top of `suggestions` and `minSeverity` (default: all). */
  accept?: (f: Finding) => boolean;
  /** Apply fixes of kind `suggestion` too (default false: only `safe` fixes apply in bulk). */
  suggestions?: boolean;
  /**
   * The lowest severity whose fixes apply (default `warning`): an info or hint finding marks a form
   * that many offices tolerate (`1、`), so bulk fixing leaves it unless the caller asks.
   */
  minSeverity?: Severity;
  /** The findings of `text` when the caller already has them (skips the first lint). */
  first?: readonly Finding[];
}

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/**
 * Whether bulk fixing (`--fix`, fix-all, fix-on-save) applies this finding's fix: it has one, it is
 * `safe` (or suggestions were asked for), and its severity is at least `minSeverity`.
 */
export function appliesInBulk(f: Finding, { suggestions = false, minSeverity = 'warning' }: Pick<FixAllChoice, 'suggestions' | 'minSeverity'> = {}): boolean {
  if (!f.fix) return false;
  if (f.fix.kind !== 'safe' && !suggestions) return false;
  return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minSeverity];
}

/**
 * Apply every fix that `appliesInBulk` admits, lint again and repeat until nothing fixable is left (at most `maxPasses`).
 * Fixes that overlap one taken in a pass wait for the next pass, computed on the new text.
 */
export function fixAll(
  text: string,
  options: LintOptions = {},
  maxPasses = 8,
  rules: readonly Rule[] = RULES,
  { accept = () => true, first, suggestions = false, minSeverity = 'warning' }: FixAllChoice = {},
): FixAllResult {
  let fixed = 0;
  let current = text;
  let findings = first ? [...first] : lint(current, options, rules).findings;
  const passes: OffsetEdit[][] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = findings.flatMap((f) => (f.fix && appliesInBulk(f, { suggestions, minSeverity }) && accept(f) ? [f.fix] : []));
    if (fixes.length === 0) break;
    const { edits, taken } = compatibleEdits(fixes);
    const result = applyEdits(current, edits);
    if (result.text === current) break;
    passes.push(result.applied);
    current = result.text;
    fixed += taken.length;
    findings = lint(current, options, rules).findings;
  }
  return { text: current, fixed, remaining: findings, passes };
}
