import { applyEdits, compatibleEdits } from './fix';
import { lint } from './lint';
import { RULES } from './rules/index';
import type { Finding, LintOptions, Rule } from './types';

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  fixed: number;
  /** Findings left after the last pass. */
  remaining: Finding[];
}

/**
 * Apply every fix, lint again and repeat until nothing fixable is left (at most `maxPasses`).
 * Fixes that overlap one taken in a pass wait for the next pass, computed on the new text.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 8, rules: readonly Rule[] = RULES): FixAllResult {
  let fixed = 0;
  let current = text;
  let findings = lint(current, options, rules).findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    if (fixes.length === 0) break;
    const { edits, taken } = compatibleEdits(fixes);
    const result = applyEdits(current, edits);
    if (result.text === current) break;
    current = result.text;
    fixed += taken.length;
    findings = lint(current, options, rules).findings;
  }
  return { text: current, fixed, remaining: findings };
}
