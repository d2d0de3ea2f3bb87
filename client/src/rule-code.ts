/**
 * Which gongwen diagnostics link their code to the rule reference, and what the extension tells the
 * server about it: kept free of `vscode` so they are unit-tested (test/unit/rule-code.test.ts) and
 * shared with the latency benchmark, which announces what the extension announces.
 */

/**
 * The extension's `InitializeParams.initializationOptions` (read by server/src/lifecycle.ts
 * `readInitializationOptions`): `clientRuleLinks`, the extension links each diagnostic's code to the
 * packaged rule reference itself (rule-links.ts), so the server leaves out `codeDescription`, the
 * web address it would otherwise send with every diagnostic; `clientSource`, the extension sets each
 * diagnostic's `source` itself (`filledSource`), so the server leaves out `"source":"gongwen"`.
 */
export const INITIALIZATION_OPTIONS = Object.freeze({ clientRuleLinks: true, clientSource: true });

/** The `source` of gongwen's diagnostics (server/src/diagnostics.ts `SOURCE`). */
export const SOURCE = 'gongwen';

/**
 * The `source` a diagnostic of gongwen's language server shows: the one it came with, or 'gongwen' when
 * it has none (the server leaves it out for this extension: `INITIALIZATION_OPTIONS.clientSource`). Every
 * diagnostic of that server is gongwen's, so VS Code shows each as it would with the server's `source`.
 */
export function filledSource(source: string | undefined): string {
  return source === undefined || source === '' ? SOURCE : source;
}

/** Codes of gongwen diagnostics that stand for no rule (diagnostics.ts `tooManyDiagnostic`, `tooLargeDiagnostic`). */
const NOT_RULES: ReadonlySet<string> = new Set(['too-many', 'too-large']);

/** A rule id as the server sends it in `code` (`numbering-level`). */
const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * The code a diagnostic should carry once linked: `{ value, target: target(rule) }` for a gongwen
 * diagnostic (`source` 'gongwen') whose code (a string, or `{ value, target }` with whatever target
 * the server sent, if any) is a rule id; undefined for any other diagnostic (another source, no code,
 * `too-many` / `too-large`, a code that is no rule id), which keeps its code as it came.
 */
export function linkedRuleCode<T>(source: string | undefined, code: string | number | { value: string | number } | undefined, target: (rule: string) => T): { value: string; target: T } | undefined {
  if (source !== SOURCE || code === undefined) return undefined;
  const value = typeof code === 'object' ? code.value : code;
  if (typeof value !== 'string' || !RULE_ID.test(value) || NOT_RULES.has(value)) return undefined;
  return { value, target: target(value) };
}
