/**
 * Code actions as versioned WorkspaceEdits (`documentChanges` with the document version, so the
 * editor refuses them once the text moved on; plain `changes` for clients without it):
 *   - for each of our diagnostics whose `data` finds its finding in the current analysis: the
 *     finding's own fix, "fix all of this rule", and the extra per-finding actions below;
 *   - `source.fixAll.gongwen` (fix-all, editor.codeActionsOnSave): what bulk fixing admits, with
 *     suggestions too when `gongwen.fix.suggestions` is on.
 * Fixes are taken from the analysis when the action is asked for; forged or stale `data` gets nothing.
 */
import { CodeActionKind, TextDocumentEdit, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits, msg, pick, ruleById, type Finding, type FixAllChoice, type Msg, type OffsetEdit } from './core';
import type { Analysis, OkAnalysis } from './analysis';
import { toTextEdits } from './convert';
import { SOURCE, documentDiagnostics, findingOf, viewOf, type DiagnosticView } from './diagnostics';
import { lintOptionsOf } from './config';
import { suppressActions, type SuppressInput } from './suppress-actions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

/** Kinds announced in `codeActionProvider.codeActionKinds`. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** What an action builder gets for one finding the client asked about. */
export interface FindingActionContext {
  doc: TextDocument;
  analysis: OkAnalysis;
  finding: Finding;
  /** The client's diagnostic for `finding`. */
  diagnostic: Diagnostic;
  locale: string;
  /** How the client's diagnostics are shown (`locale` and rule links): actions that list diagnostics list them so. */
  view: DiagnosticView;
  /** A WorkspaceEdit of `edits` on `doc` (versioned when the client supports it), or undefined when they cannot be represented. */
  edit(edits: readonly OffsetEdit[]): WorkspaceEdit | undefined;
  /** What the suppression actions need (the rc files behind the document, the client's edit support); none: no suppressions. */
  suppress?: SuppressInput;
}

/** Builds the actions of one kind for one finding. */
export type FindingActionBuilder = (ctx: FindingActionContext) => CodeAction[];

/** Does the request's `only` filter let `kind` through? */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** A WorkspaceEdit on `doc`: `documentChanges` with its version, or `changes` for older clients. */
export function workspaceEdit(doc: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  return versioned ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] } : { changes: { [doc.uri]: edits } };
}

/**
 * "Fix all of this rule" is asked for by name, one rule at a time: it applies that rule's suggestions
 * and its info-level fixes too, unlike fix-all and fix-on-save.
 */
const EXPLICIT = { suggestions: true, minSeverity: 'hint' } as const;

function fixAllRuleTitle(rule: string): Msg {
  if (rule === 'web-residue') return msg('删除全部网页残留行', 'Delete all web residue lines');
  const name = ruleById(rule)?.meta.name ?? msg(rule, rule);
  return msg(`修复本文档中全部“${name.zh}”问题`, `Fix all "${name.en}" problems in this document`);
}

const FIX_ALL_TITLE = msg('修复全部 gongwen 问题', 'Fix all gongwen problems');

/** Per analysis, memoised edits by key: code actions are asked for on every cursor move. */
const editCache = new WeakMap<OkAnalysis, Map<string, OffsetEdit[]>>();

function memo(ok: OkAnalysis, key: string, compute: () => OffsetEdit[]): OffsetEdit[] {
  let byKey = editCache.get(ok);
  if (!byKey) editCache.set(ok, (byKey = new Map()));
  let edits = byKey.get(key);
  if (!edits) byKey.set(key, (edits = compute()));
  return edits;
}

/** The fix-all edits of `ok` under `choice` (only the findings `accept` keeps), minimal edits on its text. */
function bulkEdits(ok: OkAnalysis, key: string, choice: FixAllChoice): OffsetEdit[] {
  return memo(ok, key, () => fixAllEdits(ok.text, lintOptionsOf(ok.settings, ok.language), { ...choice, first: ok.result.findings }).edits);
}

/** The finding's own fix, preferred. */
const ownFix: FindingActionBuilder = ({ finding, diagnostic, locale, edit }) => {
  const e = finding.fix && edit(finding.fix.edits);
  return e ? [{ title: pick(finding.fix!.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: e }] : [];
};

/** "Fix all of this rule", when the rule has more than one distinct fix in the document. */
const ruleFixAll: FindingActionBuilder = ({ doc, analysis, finding, locale, view, edit }) => {
  const rule = finding.rule;
  const withFix = analysis.result.findings.filter((f) => f.rule === rule && f.fix);
  // several findings may share one fix (a whole run re-levelled): count distinct fixes
  if (new Set(withFix.map((f) => JSON.stringify(f.fix!.edits))).size < 2) return [];
  const e = edit(bulkEdits(analysis, `rule:${rule}`, { ...EXPLICIT, accept: (f) => f.rule === rule }));
  if (!e) return [];
  // every finding it fixes (among those reported), not only those under the cursor
  const diagnostics = documentDiagnostics(doc, analysis, view).filter((d) => d.code === rule && findingOf(d, analysis, doc, view)?.fix);
  return [{ title: pick(fixAllRuleTitle(rule), locale), kind: CodeActionKind.QuickFix, diagnostics, edit: e }];
};

/**
 * The quick fixes offered for each finding, in this order. Other actions on a finding (disable
 * the rule for this line or file, add a word to the allow-list) are added to this list.
 */
export const FINDING_ACTIONS: FindingActionBuilder[] = [ownFix];

/** Silencing, after all fixing: disable for this line or file, turn the rule off, allow-list (suppress-actions.ts). */
const suppress: FindingActionBuilder = ({ doc, diagnostic, finding, analysis, locale, suppress: input }) =>
  input ? suppressActions(doc, diagnostic, finding, analysis, locale, input) : [];

/** Built once per rule per request, not once per finding. */
const RULE_ACTIONS: FindingActionBuilder[] = [ruleFixAll];

/**
 * Actions for a request on `doc`; `analysis` must be the analysis of `doc` as it is now (or
 * undefined when the document is not checked). `view`: how the client's diagnostics are shown (a
 * locale alone: with rule links). `versioned`: the client takes `documentChanges`.
 */
export function codeActions(doc: TextDocument, params: CodeActionParams, analysis: Analysis | undefined, shownAs: DiagnosticView | string, versioned: boolean, suppressInput?: SuppressInput): CodeAction[] {
  if (analysis?.kind !== 'ok' || analysis.version !== doc.version) return [];
  const view = viewOf(shownAs);
  const locale = view.locale;
  const only = params?.context?.only;
  const actions: CodeAction[] = [];
  const edit = (edits: readonly OffsetEdit[]) => {
    const textEdits = toTextEdits(doc, edits);
    return textEdits && textEdits.length ? workspaceEdit(doc, textEdits, versioned) : undefined;
  };

  if (wanted(only, CodeActionKind.QuickFix)) {
    const rulesDone = new Set<string>();
    const silencing: CodeAction[] = [];
    const silencingTitles = new Set<string>();
    const diagnostics = Array.isArray(params?.context?.diagnostics) ? params.context.diagnostics : [];
    for (const diagnostic of diagnostics) {
      // (a client that sets `source` itself may send back a diagnostic of ours without it: lifecycle.ts `clientSource`)
      if (diagnostic?.source !== SOURCE && (view.source !== false || diagnostic?.source !== undefined)) continue;
      const finding = findingOf(diagnostic, analysis, doc, view);
      if (!finding) continue; // malformed, forged, or not what the current text shows: no action
      const ctx: FindingActionContext = { doc, analysis, finding, diagnostic, locale, view, edit, ...(suppressInput ? { suppress: suppressInput } : {}) };
      for (const build of FINDING_ACTIONS) actions.push(...build(ctx));
      if (!rulesDone.has(finding.rule)) {
        rulesDone.add(finding.rule);
        for (const build of RULE_ACTIONS) actions.push(...build(ctx));
      }
      // one of each silencing action, however many findings under the cursor offer it
      for (const a of suppress(ctx)) if (!silencingTitles.has(a.title)) (silencingTitles.add(a.title), silencing.push(a));
    }
    actions.push(...silencing);
  }

  if (only && wanted(only, FIX_ALL_KIND)) {
    const suggestions = analysis.settings.fix.suggestions;
    const e = edit(bulkEdits(analysis, `all:${suggestions}`, { suggestions }));
    if (e) actions.push({ title: pick(FIX_ALL_TITLE, locale), kind: FIX_ALL_KIND, edit: e });
  }
  return actions;
}
