/**
 * Code actions that silence a finding instead of fixing it (issue 9 §2), offered on every finding:
 * - Markdown: "disable for this line" inserts `<!-- gongwen-disable-next-line rule -->` above the
 *   finding's line; "disable for this file" inserts `<!-- gongwen-disable-file rule -->` at the top
 *   (after front matter).
 * - Plain text (no comment syntax): "disable for this file" adds an `overrides` entry for the file
 *   to the nearest `.gongwenrc.json` (or creates one at the workspace folder).
 * - "Turn off in the workspace": `rules: { rule: "off" }` in the workspace folder's rc file.
 * - Rules with `meta.allowList` (placeholders): "add to the allow-list" writes `allow` in the nearest
 *   rc file.
 * rc files are written with a WorkspaceEdit (create when missing, else replace the text the client
 * sent us), so the user sees and undoes them like any edit. Titles use the rule's short name
 * (`RuleMeta.name`), never its id. Documents outside a workspace folder get only the comments.
 */
import { CodeActionKind, CreateFile, TextDocumentEdit, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { msg, parseDirectives, pick, ruleById, type Finding, type Msg } from './core';
import type { Analysis } from './analysis';
import { isEditableRc, RC_FILE_NAME, rcFileIn, withAllowedWord, withFileOverride, withRuleSeverity } from './config';
import { uriPath, type ConfigContext } from './config-source';
import { toTextEdits } from './convert';

/** What the suppression actions need beyond the finding: the configuration files and what the client can apply. */
export interface SuppressInput {
  config?: ConfigContext;
  /** The client applies `documentChanges` (versioned edits, resource operations). */
  documentChanges: boolean;
  /** The client can create files in a WorkspaceEdit. */
  createFiles: boolean;
}

type OkAnalysis = Extract<Analysis, { kind: 'ok' }>;

const name = (rule: string, locale: string) => {
  const meta = ruleById(rule)?.meta;
  return meta ? pick(meta.name, locale) : rule;
};

/** A WorkspaceEdit that gives the rc file `target` the text `newText`; undefined when the client cannot apply it. */
function rcEdit(target: { uri: string; text?: string }, newText: string, input: SuppressInput): WorkspaceEdit | undefined {
  if (target.text !== undefined) {
    // never rewrite a file we could not read as JSON: the edit would land in the wrong place
    if (target.text === newText || !isEditableRc(target.text)) return undefined;
    const old = TextDocument.create(target.uri, 'jsonc', 0, target.text);
    const edit = TextEdit.replace({ start: { line: 0, character: 0 }, end: old.positionAt(target.text.length) }, newText);
    return input.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: null }, [edit])] } : { changes: { [target.uri]: [edit] } };
  }
  if (!input.documentChanges || !input.createFiles) return undefined;
  return {
    documentChanges: [CreateFile.create(target.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: target.uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, newText)])],
  };
}

/** The nearest rc file that exists, else a new one at the workspace folder; undefined outside a workspace. */
function nearestRc(config: ConfigContext | undefined): { uri: string; text?: string } | undefined {
  if (config?.files.length) return config.files[0];
  return config?.folder ? { uri: rcFileIn(config.folder) } : undefined;
}

/** The workspace folder's rc file (with its text when it exists). */
function rootRc(config: ConfigContext | undefined): { uri: string; text?: string } | undefined {
  if (!config?.folder) return undefined;
  const uri = rcFileIn(config.folder);
  return config.files.find((f) => f.uri === uri) ?? { uri };
}

/** Suppression actions for one of our diagnostics (`data` already checked to be of this version). */
export function suppressActions(doc: TextDocument, d: Diagnostic, data: Pick<Finding, 'rule' | 'start' | 'end' | 'group'>, ok: OkAnalysis | undefined, locale: string, input: SuppressInput): CodeAction[] {
  if (!ok) return [];
  const out: CodeAction[] = [];
  const rule = data.rule;
  const n = name(rule, locale);
  const add = (title: Msg, edit: WorkspaceEdit | undefined) => {
    if (edit) out.push({ title: pick(title, locale), kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
  };
  const source = ok.result.source;
  const eol = source.eol;

  if (ok.language === 'markdown') {
    const line = source.lineAt(Math.min(data.start, ok.text.length));
    // A disable-next-line comment already above the line takes the rule too (a second comment
    // line would push the first one's "next line" off the finding).
    const above = parseDirectives(source).find((x) => x.kind === 'disable-next-line' && x.line === line.index - 1 && x.rules.length > 0);
    const prev = above ? source.lines[above.line] : undefined;
    const edits = prev
      ? toTextEdits(doc, [{ start: prev.start, end: prev.end, newText: `<!-- gongwen-disable-next-line ${[...above!.rules, rule].join(' ')} -->` }])
      : toTextEdits(doc, [{ start: line.start, end: line.start, newText: `<!-- gongwen-disable-next-line ${rule} -->${eol}` }]);
    if (edits) add(msg(`在此行停用“${n}”检查`, `Disable “${n}” for this line`), { changes: { [doc.uri]: edits } });
    const first = source.lines.find((l) => l.scope !== 'frontmatter') ?? source.lines[0];
    const top = toTextEdits(doc, [{ start: first.start, end: first.start, newText: `<!-- gongwen-disable-file ${rule} -->${eol}` }]);
    if (top) add(msg(`在此文件停用“${n}”检查`, `Disable “${n}” for this file`), { changes: { [doc.uri]: top } });
  } else {
    const target = nearestRc(input.config);
    if (target) {
      const base = uriPath(target.uri).slice(0, -(RC_FILE_NAME.length + 1));
      const docPath = uriPath(doc.uri);
      if (docPath.startsWith(`${base}/`)) {
        const rel = docPath.slice(base.length + 1).replace(/[*?[\]{}()!]/g, '\\$&');
        add(msg(`在此文件停用“${n}”检查（写入 ${RC_FILE_NAME}）`, `Disable “${n}” for this file (in ${RC_FILE_NAME})`), rcEdit(target, withFileOverride(target.text ?? '', rel, rule, 'off'), input));
      }
    }
  }

  const root = rootRc(input.config);
  if (root) add(msg(`在整个工作区关闭“${n}”检查（写入 ${RC_FILE_NAME}）`, `Turn “${n}” off in the workspace (in ${RC_FILE_NAME})`), rcEdit(root, withRuleSeverity(root.text ?? '', rule, 'off'), input));

  if (ruleById(rule)?.meta.allowList) {
    const word = data.group ?? ok.text.slice(data.start, data.end);
    const target = nearestRc(input.config);
    if (target && word.trim()) add(msg(`将“${word}”加入允许词表（写入 ${RC_FILE_NAME}）`, `Add “${word}” to the allow-list (in ${RC_FILE_NAME})`), rcEdit(target, withAllowedWord(target.text ?? '', word), input));
  }
  return out;
}
