import { applyEdits, compatibleEdits } from './fix';
import { lint } from './lint';
import { RULES } from './rules/index';
import type { Finding, LintOptions, OffsetEdit, Rule } from './types';

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
  /** Fix only the findings this keeps (default: all). */
  accept?: (f: Finding) => boolean;
  /** The findings of `text` when the caller already has them (skips the first lint). */
  first?: readonly Finding[];
}

/**
 * Apply every fix, lint again and repeat until nothing fixable is left (at most `maxPasses`).
 * Fixes that overlap one taken in a pass wait for the next pass, computed on the new text.
 */
export function fixAll(
  text: string,
  options: LintOptions = {},
  maxPasses = 8,
  rules: readonly Rule[] = RULES,
  { accept = () => true, first }: FixAllChoice = {},
): FixAllResult {
  let fixed = 0;
  let current = text;
  let findings = first ? [...first] : lint(current, options, rules).findings;
  const passes: OffsetEdit[][] = [];
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = findings.flatMap((f) => (f.fix && accept(f) ? [f.fix] : []));
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
