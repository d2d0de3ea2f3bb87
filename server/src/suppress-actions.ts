/**
 * Code actions that silence a finding instead of fixing it (issue 9 §2), offered on every finding:
 * - Markdown: "disable for this line" writes `<!-- gongwen-disable-next-line rule -->` above a line
 *   that starts a block, else `<!-- gongwen-disable-line rule -->` at the end of the line (never a
 *   change of the document's structure, see `lineSuppression`); "disable for this file" inserts
 *   `<!-- gongwen-disable-file rule -->` at the top (after front matter).
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
import { msg, parseDirectives, pick, ruleById, type Finding, type Msg, type OffsetEdit, type Source, SUPPRESSION_RULE } from './core';
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
  /**
   * The document `uri` when the client has it open: an rc file open in the editor is edited from its
   * current text and version (its unsaved edits kept), not from the text on disk.
   */
  openDocument?: (uri: string) => TextDocument | undefined;
}

type OkAnalysis = Extract<Analysis, { kind: 'ok' }>;

const name = (rule: string, locale: string) => {
  const meta = ruleById(rule)?.meta;
  return meta ? pick(meta.name, locale) : rule;
};

/**
 * A WorkspaceEdit that gives the rc file `target` the text `update(current text)`; undefined when the
 * client cannot apply it or there is nothing to change. The current text is the open document's when
 * the client has the file open (edited at that version: a stale edit is refused, unsaved edits are
 * kept), else the text read from disk (`target.text`; none = the file does not exist and is created).
 */
function rcEdit(target: { uri: string; text?: string }, update: (text: string) => string, input: SuppressInput): WorkspaceEdit | undefined {
  const open = input.openDocument?.(target.uri);
  const text = open ? open.getText() : target.text;
  if (text !== undefined) {
    const newText = update(text);
    // never rewrite a file we could not read as JSON: the edit would land in the wrong place
    if (text === newText || !isEditableRc(text)) return undefined;
    const old = open ?? TextDocument.create(target.uri, 'jsonc', 0, text);
    // Only the span that differs: a client applying it to a buffer we have not seen (an rc file open
    // with unsaved edits that the client does not sync) then keeps what lies outside that span.
    const [from, to] = changedSpan(text, newText);
    const edit = TextEdit.replace({ start: old.positionAt(from), end: old.positionAt(text.length - to) }, newText.slice(from, newText.length - to));
    return input.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: open ? open.version : null }, [edit])] } : { changes: { [target.uri]: [edit] } };
  }
  if (!input.documentChanges || !input.createFiles) return undefined;
  return {
    documentChanges: [CreateFile.create(target.uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri: target.uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, update(''))])],
  };
}

/**
 * The lengths of the common prefix and suffix of `a` and `b` (not overlapping), never splitting a
 * CRLF or a surrogate pair: `a.slice(p, a.length - s)` becomes `b.slice(p, b.length - s)`.
 */
function changedSpan(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  const splits = (t: string, i: number) => i > 0 && i < t.length && ((t[i - 1] === '\r' && t[i] === '\n') || (t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff));
  while (splits(a, p) || splits(b, p)) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  while (splits(a, a.length - s) || splits(b, b.length - s)) s--;
  return [p, s];
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

/**
 * The edit that silences `rule` on the line of offset `at` without changing the document's structure
 * (CommonMark, GFM tables), or undefined when there is none (code, front matter, a comment line, an
 * open code span):
 * - a `gongwen-disable-line` or `gongwen-disable-next-line` comment already there takes the rule too;
 * - a line that starts a block at column 0 (first line, after a blank line, a heading, a comment line,
 *   a closing fence or front matter, or an ATX heading or block quote opening after a paragraph) gets
 *   `<!-- gongwen-disable-next-line rule -->` on a line of its own above it: a comment line there ends
 *   nothing that was not already ended;
 * - any other line (inside a paragraph, list item, block quote or table) gets an inline
 *   `<!-- gongwen-disable-line rule -->` at its end: inline HTML interrupts no block, where a comment
 *   line would split the paragraph, end the table or the list. It goes before trailing spaces and a
 *   trailing backslash (hard line breaks stay; `\<` would escape the comment) and, in a table row,
 *   before the closing pipe (the row keeps its number of cells: a header row with one cell more is no
 *   table in GFM).
 * Offsets are UTF-16 offsets into `source.text`.
 */
export function lineSuppression(source: Source, at: number, rule: string): OffsetEdit | undefined {
  const text = source.text;
  const line = source.lineAt(Math.min(at, text.length));
  if (line.scope === 'code' || line.scope === 'frontmatter' || line.scope === 'html-comment' || line.scope === 'blank') return undefined;
  const directives = parseDirectives(source);
  const own = directives.find((x) => x.kind === 'disable-line' && x.line === line.index && x.rules.length > 0);
  // (The name goes after the last one, before a ` -- ` description, which is kept.)
  if (own) return { start: own.namesEnd, end: own.namesEnd, newText: ` ${rule}` };
  // A disable-next-line comment already above the line takes the rule too (a second comment line
  // would push the first one's "next line" off the finding).
  const above = directives.find((x) => x.kind === 'disable-next-line' && x.line === line.index - 1 && x.rules.length > 0);
  if (above) return { start: above.namesEnd, end: above.namesEnd, newText: ` ${rule}` };
  const prev = line.index > 0 ? source.lines[line.index - 1] : undefined;
  const atColumn0 = line.start < text.length && !/[ \t]/.test(text[line.start]);
  const startsBlock =
    !prev ||
    prev.scope === 'blank' ||
    prev.scope === 'html-comment' ||
    prev.scope === 'code' ||
    prev.scope === 'frontmatter' ||
    prev.headingLevel > 0 ||
    line.headingLevel > 0 ||
    (line.scope === 'quote' && prev.scope !== 'quote');
  if (startsBlock && atColumn0) return { start: line.start, end: line.start, newText: `<!-- gongwen-disable-next-line ${rule} -->${source.eol}` };
  // Inline: not inside a code span left open on this line.
  const raw = text.slice(line.start, line.end);
  if ((raw.match(/`/g)?.length ?? 0) % 2 === 1) return undefined;
  let end = raw.trimEnd().length;
  if (line.scope === 'table' && raw[end - 1] === '|' && !isEscaped(raw, end - 1)) end = raw.slice(0, end - 1).trimEnd().length;
  // An odd run of backslashes at the end: the last one is a hard line break (or escapes what follows).
  let bs = 0;
  while (bs < end && raw[end - 1 - bs] === '\\') bs++;
  if (bs % 2 === 1) end--;
  return { start: line.start + end, end: line.start + end, newText: `<!-- gongwen-disable-line ${rule} -->` };
}

/** Is `raw[i]` escaped by an odd run of backslashes before it? */
function isEscaped(raw: string, i: number): boolean {
  let n = 0;
  while (i - 1 - n >= 0 && raw[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/** An edit of the open document: versioned `documentChanges` when the client takes them (a stale edit is then refused, not applied to the wrong lines), else `changes`. */
function versioned(doc: TextDocument, edits: TextEdit[], input: SuppressInput): WorkspaceEdit {
  return input.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] } : { changes: { [doc.uri]: edits } };
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
  // A wrong suppression comment is fixed by correcting it, not silenced.
  if (rule === SUPPRESSION_RULE) return [];

  if (ok.language === 'markdown') {
    const edit = lineSuppression(source, data.start, rule);
    const edits = edit && toTextEdits(doc, [edit]);
    if (edits) add(msg(`在此行停用“${n}”检查`, `Disable “${n}” for this line`), versioned(doc, edits, input));
    const first = source.lines.find((l) => l.scope !== 'frontmatter') ?? source.lines[0];
    const top = toTextEdits(doc, [{ start: first.start, end: first.start, newText: `<!-- gongwen-disable-file ${rule} -->${eol}` }]);
    if (top) add(msg(`在此文件停用“${n}”检查`, `Disable “${n}” for this file`), versioned(doc, top, input));
  } else {
    const target = nearestRc(input.config);
    if (target) {
      const base = uriPath(target.uri).slice(0, -(RC_FILE_NAME.length + 1));
      const docPath = uriPath(doc.uri);
      if (docPath.startsWith(`${base}/`)) {
        const rel = docPath.slice(base.length + 1).replace(/[*?[\]{}()!]/g, '\\$&');
        add(msg(`在此文件停用“${n}”检查（写入 ${RC_FILE_NAME}）`, `Disable “${n}” for this file (in ${RC_FILE_NAME})`), rcEdit(target, (t) => withFileOverride(t, rel, rule, 'off'), input));
      }
    }
  }

  const root = rootRc(input.config);
  if (root) add(msg(`在整个工作区关闭“${n}”检查（写入 ${RC_FILE_NAME}）`, `Turn “${n}” off in the workspace (in ${RC_FILE_NAME})`), rcEdit(root, (t) => withRuleSeverity(t, rule, 'off'), input));

  if (ruleById(rule)?.meta.allowList) {
    const word = data.group ?? ok.text.slice(data.start, data.end);
    const target = nearestRc(input.config);
    if (target && word.trim()) add(msg(`将“${word}”加入允许词表（写入 ${RC_FILE_NAME}）`, `Add “${word}” to the allow-list (in ${RC_FILE_NAME})`), rcEdit(target, (t) => withAllowedWord(t, word), input));
  }
  return out;
}
