/**
 * Code actions as WorkspaceEdits: the finding's own fix (from `Diagnostic.data`, refused when the
 * document moved on), "fix all of this rule", the suppressions (suppress-actions.ts) and
 * `source.fixAll.gongwen` for codeActionsOnSave.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { msg, pick, ruleById, type Msg, type OffsetEdit } from './core';
import type { Analysis } from './analysis';
import { toTextEdits } from './convert';
import { SOURCE, isDiagnosticData, toDiagnostic } from './diagnostics';
import { fixAllEdits } from './fixall';
import { lintOptionsOf } from './config';
import { suppressActions, type SuppressInput } from './suppress-actions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

/** Kinds announced in `codeActionProvider.codeActionKinds`. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** Does the request's `only` filter let `kind` through? */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * "Fix all of this rule" is asked for by name, one rule at a time: it applies that rule's suggestions
 * and its info-level fixes too, unlike fix-all and fix-on-save.
 */
const EXPLICIT = { suggestions: true, minSeverity: 'hint' } as const;

/** The title of "fix all of this rule": named by the rule's short name (`序号标点`), never its id. */
function fixAllRuleTitle(rule: string): Msg {
  if (rule === 'web-residue') return msg('删除全部网页残留行', 'Delete all web residue lines');
  const name = ruleById(rule)?.meta.name ?? msg(rule, rule);
  return msg(`修复本文档中全部“${name.zh}”问题`, `Fix all "${name.en}" problems in this document`);
}

const FIX_ALL_TITLE = msg('修复全部 gongwen 问题', 'Fix all gongwen problems');

type OkAnalysis = Extract<Analysis, { kind: 'ok' }>;

/** Per analysis (= document version + settings), the fix-all edits by rule: code actions are asked for on every cursor move. */
const ruleFixCache = new WeakMap<OkAnalysis, Map<string, OffsetEdit[]>>();

function ruleFixEdits(ok: OkAnalysis, rule: string): OffsetEdit[] {
  let byRule = ruleFixCache.get(ok);
  if (!byRule) ruleFixCache.set(ok, (byRule = new Map()));
  let edits = byRule.get(rule);
  if (!edits) {
    edits = fixAllEdits(ok.text, lintOptionsOf(ok.settings, ok.language), (f) => f.rule === rule, 8, ok.result.findings, EXPLICIT).edits;
    byRule.set(rule, edits);
  }
  return edits;
}

/**
 * Actions for a request on `doc`; `analysis` must be the analysis of `doc` at its current version
 * (or undefined when the document is not checked).
 */
export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis | undefined, locale: string, suppress?: SuppressInput): CodeAction[] {
  const only = params.context?.only;
  const actions: CodeAction[] = [];
  const uri = doc.uri;
  const edit = (edits: NonNullable<ReturnType<typeof toTextEdits>>) => ({ changes: { [uri]: edits } });
  const ok = analysis?.kind === 'ok' && analysis.version === doc.version ? analysis : undefined;

  if (wanted(only, CodeActionKind.QuickFix)) {
    const perRuleDone = new Set<string>();
    const suppressTitles = new Set<string>();
    const suppressions: CodeAction[] = [];
    const ours: Diagnostic[] = (params.context?.diagnostics ?? []).filter((d) => d.source === SOURCE && isDiagnosticData(d.data));
    for (const d of ours) {
      const data = d.data as import('./diagnostics').DiagnosticData;
      if (data.version !== doc.version) continue; // stale: the text moved on, offsets mean nothing now
      if (data.fix) {
        const edits = toTextEdits(doc, data.fix.edits);
        if (edits && edits.length) {
          actions.push({ title: pick(data.fix.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: edit(edits) });
        }
      }
      if (ok && !perRuleDone.has(data.rule)) {
        perRuleDone.add(data.rule);
        // several findings may share one fix (a whole run re-levelled): count distinct fixes
        const distinct = new Set(ok.result.findings.filter((f) => f.rule === data.rule && f.fix).map((f) => JSON.stringify(f.fix!.edits)));
        if (distinct.size > 1) {
          const edits = toTextEdits(doc, ruleFixEdits(ok, data.rule));
          if (edits && edits.length) {
            actions.push({
              title: pick(fixAllRuleTitle(data.rule), locale),
              kind: CodeActionKind.QuickFix,
              // every finding it fixes, not only those under the cursor
              diagnostics: ok.result.findings.filter((f) => f.rule === data.rule && f.fix).map((f) => toDiagnostic(doc, ok.version, f, locale)),
              edit: edit(edits),
            });
          }
        }
      }
      // Silencing comes after fixing: disable for this line / file, turn off, allow-list.
      if (suppress) for (const a of suppressActions(doc, d, data, ok, locale, suppress)) if (!suppressTitles.has(a.title)) (suppressTitles.add(a.title), suppressions.push(a));
    }
    actions.push(...suppressions);
  }

  if (only && wanted(only, FIX_ALL_KIND) && ok) {
    const all = fixAllEdits(ok.text, lintOptionsOf(ok.settings, ok.language), () => true, 8, ok.result.findings);
    const edits = toTextEdits(doc, all.edits);
    if (edits && edits.length) actions.push({ title: pick(FIX_ALL_TITLE, locale), kind: FIX_ALL_KIND, edit: edit(edits) });
  }
  return actions;
}
