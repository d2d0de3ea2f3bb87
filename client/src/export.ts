/**
 * The editor command *导出为 Word（GB/T 9704）* / *Export to Word (GB/T 9704)*: exports the active
 * Markdown or plain-text draft with the same exporter as `gongwen export`. Bundled on its own
 * (dist/export.js) and loaded only when the command runs, so activation never parses the docx library.
 *
 * Asks before exporting while the draft has findings that block an export (gate.ts, shared with
 * `gongwen export`: error severity, unfilled placeholders, web residue; naming what is left), and
 * before replacing an existing file; writes a temporary file beside the target and renames it, through
 * `workspace.fs`, so any file system the editor knows works and a failed export leaves nothing behind.
 */
import * as vscode from 'vscode';
import { exportDocx } from '../../server/src/export/docx';
import { FONT_KEYS, describeFonts } from '../../server/src/export/fonts';
import { blockingHeadline, blockingItems, describeBlocking, type GateItem } from '../../server/src/export/gate';
import { describeLiterals } from '../../server/src/export/literals';
import { describeResidueLeftOut, residueLinesToLeaveOut, residuePartsToLeaveOut } from '../../server/src/export/residue';
import { compileExtraPattern, isChinese, pick } from '../../server/src/core';
import { lint } from '../../server/src/core';
import { SEVERITY_SETTINGS, type Language, type LintOptions, type LintResult, type Severity, type SeveritySetting } from '../../server/src/core';

/** The diagnostics' `source` set by the server (server/src/diagnostics.ts). */
const SOURCE = 'gongwen';

/**
 * How the export asks whether to go on while findings block it: `message` and `detail` to show, the
 * `choices` to offer; resolves to the choice taken, or undefined for cancel. The command asks with a modal
 * dialog; the end-to-end tests answer through the extension's API (`GongwenApi.exportWord`).
 */
export type Ask = (message: string, detail: string, choices: string[]) => Thenable<string | undefined>;

const askModal: Ask = (message, detail, choices) => vscode.window.showWarningMessage(message, { modal: true, detail }, ...choices);

/**
 * Run the export for `arg` (a document's URI from the explorer or editor title) or the active editor.
 * Resolves to the written file, or undefined when the user cancelled or nothing could be exported.
 * `serverSettings` asks the language server for the document's export settings (request `gongwen/exportSettings`,
 * server/src/export-settings-request.ts: its fonts and what it is checked with, from the settings and the
 * `.gongwenrc.json` files); without an answer within 3 s, the `gongwen.export.fonts` and `gongwen.rules` settings apply.
 */
export async function exportToWord(arg?: unknown, serverSettings?: (uri: vscode.Uri) => Promise<unknown>, ask: Ask = askModal): Promise<vscode.Uri | undefined> {
  const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
  if (!document || (document.languageId !== 'markdown' && document.languageId !== 'plaintext')) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Markdown or plain-text draft to export it to Word.'));
    return undefined;
  }
  const language = document.languageId as Language;
  if (document.getText().replace(/^\uFEFF/, '').trim() === '') {
    void vscode.window.showWarningMessage(vscode.l10n.t('The draft is empty; nothing exported.'));
    return undefined;
  }

  const zh = isChinese(vscode.env.language);
  const settings = await exportSettingsFor(document, serverSettings);
  const local = localLint(document, checkOf(document, settings));
  const left = blockingItems(remainingFindings(document, local));
  if (left.length > 0) {
    const headline = blockingHeadline(left);
    const what = describeBlocking(left);
    const go = vscode.l10n.t('Export Anyway');
    const answer = await ask(`${zh ? headline.zh : headline.en}${zh ? '，' : '. '}${vscode.l10n.t('Export it anyway?')}`, (zh ? what.zh : what.en).join('\n'), [go]);
    if (answer !== go) return undefined;
  }

  const target = await chooseTarget(document);
  if (!target) return undefined;

  const fonts = fontsOf(document, settings);
  try {
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting to Word (GB/T 9704)…') }, async () => {
      const r = await exportDocx(document.getText(), { language, fonts, ...residueToLeaveOut(document, local) });
      await writeThroughTemp(target, r.data);
      return r;
    });
    for (const p of result.problems) void vscode.window.showWarningMessage(`gongwen.export.fonts.${p}`);
    const notes = [vscode.l10n.t('Fonts: {0}.', describeFonts(result.fonts, zh ? 'zh' : 'en'))];
    const residueLeft = describeResidueLeftOut(result.omitted);
    if (residueLeft) notes.push(`${pick(residueLeft, zh ? 'zh' : 'en')}${zh ? '。' : '.'}`);
    for (const m of describeLiterals(result.literals)) notes.push(`${pick(m, zh ? 'zh' : 'en')}${zh ? '。' : '.'}`);
    const reveal = vscode.l10n.t('Reveal in File Explorer');
    void vscode.window.showInformationMessage(`${vscode.l10n.t('Exported {0}.', target.scheme === 'file' ? target.fsPath : target.toString())} ${notes.join(' ')}`, ...(target.scheme === 'file' ? [reveal] : [])).then((a) => {
      if (a === reveal) void vscode.commands.executeCommand('revealFileInOS', target);
    });
    return target;
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export to Word failed: {0}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}

/** The server's answer to `gongwen/exportSettings` as far as it is well-formed: undefined parts were missing or malformed. */
interface ServerExportSettings {
  fonts?: Record<string, unknown>;
  check?: { checked: boolean; options: Omit<LintOptions, 'language'> };
}

/**
 * The server's export settings for `document` (`serverSettings`, request `gongwen/exportSettings`), waiting at most
 * 3 s: a busy or stuck server must not hold the export (the editor's settings then apply). Never throws.
 */
async function exportSettingsFor(document: vscode.TextDocument, serverSettings?: (uri: vscode.Uri) => Promise<unknown>): Promise<ServerExportSettings> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3000));
  const answer = (await Promise.race([Promise.resolve(serverSettings?.(document.uri)).catch(() => undefined), timeout])) as { fonts?: unknown; check?: unknown } | null | undefined;
  const out: ServerExportSettings = {};
  if (answer?.fonts && typeof answer.fonts === 'object') out.fonts = { ...(answer.fonts as Record<string, unknown>) };
  const c = answer?.check as Record<string, unknown> | undefined;
  if (c && typeof c === 'object' && typeof c.checked === 'boolean') {
    try {
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
      const object = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, never>) : {});
      out.check = {
        checked: c.checked,
        options: {
          severities: object(c.rules),
          ruleOptions: object(c.ruleOptions),
          allow: strings(c.allow),
          // (validated by the server: only patterns that compile and cannot backtrack without bound reach here)
          extraPatterns: { placeholder: strings(c.placeholderPatterns).map(compileExtraPattern), residue: strings(c.residuePatterns).map(compileExtraPattern) },
        },
      };
    } catch {
      // a pattern that does not compile here: the settings apply
    }
  }
  return out;
}

/**
 * The fonts for `document`: the server's answer when it gave one (it also reads `.gongwenrc.json`),
 * else the `gongwen.export.fonts` settings of the document's folder. Invalid names are the exporter's
 * to report (it falls back to the default font and says so).
 */
function fontsOf(document: vscode.TextDocument, settings: ServerExportSettings): Record<string, unknown> {
  if (settings.fonts) return settings.fonts;
  const config = vscode.workspace.getConfiguration('gongwen.export.fonts', document.uri);
  const fonts: Record<string, unknown> = {};
  for (const k of FONT_KEYS) fonts[k] = config.get(k);
  return fonts;
}

/**
 * The options `check` lints `document` with (undefined: the configuration leaves it unchecked): the server's
 * (settings and `.gongwenrc.json` files) when it answered, else the `gongwen.rules` severities of its folder.
 */
function checkOf(document: vscode.TextDocument, settings: ServerExportSettings): LintOptions | undefined {
  const language = document.languageId as Language;
  if (settings.check) return settings.check.checked ? { ...settings.check.options, language } : undefined;
  return { language, severities: ruleSeverities(document) };
}

/** The `gongwen.rules` severities of the document's folder, keeping only well-formed entries (the server reports bad ones). */
function ruleSeverities(document: vscode.TextDocument): Record<string, SeveritySetting> {
  const raw = vscode.workspace.getConfiguration('gongwen', document.uri).get<unknown>('rules');
  const out: Record<string, SeveritySetting> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) if ((SEVERITY_SETTINGS as readonly unknown[]).includes(v)) out[k] = v as SeveritySetting;
  }
  return out;
}

const SEVERITY: Record<number, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/**
 * The server's diagnostics of `document` when it has published all of them (they follow every setting and rc file);
 * undefined when it has published none (a draft exported before the server analysed it, such as a file picked in the
 * explorer) or only the first of a very long draft's (`too-many`).
 */
function serverDiagnostics(document: vscode.TextDocument): vscode.Diagnostic[] | undefined {
  const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === SOURCE);
  return diagnostics.length > 0 && !diagnostics.some((d) => d.code === 'too-many') ? diagnostics : undefined;
}

/**
 * The core's lint of `document` with `options` (`checkOf`), run here at most once per version of the draft (the gate
 * and the residue ask for the same); undefined when the configuration leaves the draft unchecked.
 */
function localLint(document: vscode.TextDocument, options: LintOptions | undefined): (() => LintResult) | undefined {
  if (options === undefined) return undefined;
  let got: { version: number; result: LintResult } | undefined;
  return () => {
    if (got === undefined || got.version !== document.version) got = { version: document.version, result: lint(document.getText(), options) };
    return got.result;
  };
}

/**
 * The findings in the draft, for the gate: the server's diagnostics when it has published them all
 * (`serverDiagnostics`); else the core run here (`local`; undefined: the draft is not checked, nothing blocks).
 */
function remainingFindings(document: vscode.TextDocument, local: (() => LintResult) | undefined): GateItem[] {
  const diagnostics = serverDiagnostics(document);
  if (diagnostics !== undefined) {
    return diagnostics.map((d) => ({
      rule: String(typeof d.code === 'object' ? d.code.value : (d.code ?? '')),
      severity: SEVERITY[d.severity] ?? 'warning',
      line: d.range.start.line,
    }));
  }
  if (local === undefined) return [];
  return local().findings.map((f) => ({ rule: f.rule, severity: f.severity, line: document.positionAt(f.start).line }));
}

/**
 * What to leave out as web residue (export/residue.ts): what the `web-residue` rule deletes with a safe fix — whole
 * lines and stretches inside lines — in the core run here (`local`; undefined: nothing), with the draft's suppression
 * comments; when the server has published the draft's diagnostics, only on the lines it also reports as web residue.
 */
function residueToLeaveOut(document: vscode.TextDocument, local: (() => LintResult) | undefined): { residue: Set<number>; residueParts: Array<{ start: number; end: number }> } {
  if (local === undefined) return { residue: new Set(), residueParts: [] };
  const { findings, source } = local();
  const lines = residueLinesToLeaveOut(source, findings);
  let parts = residuePartsToLeaveOut(source, findings);
  const diagnostics = serverDiagnostics(document);
  if (diagnostics !== undefined) {
    const reported = new Set(diagnostics.filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'web-residue').map((d) => d.range.start.line));
    for (const l of [...lines]) if (!reported.has(l)) lines.delete(l);
    parts = parts.filter((p) => reported.has(source.lineAt(p.start).index));
  }
  return { residue: lines, residueParts: parts };
}

/**
 * Where to write: beside a saved draft with the .docx extension, asking before replacing an existing
 * file; for an untitled or virtual draft, or when the user prefers, a save dialog.
 */
async function chooseTarget(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
  const uri = document.uri;
  if (document.isUntitled || uri.scheme === 'untitled') return saveDialog(undefined);
  const base = uri.path.replace(/\.[^./]*$/, '');
  const target = uri.with({ path: `${base}.docx` });
  if (!(await exists(target))) return target;
  const overwrite = vscode.l10n.t('Overwrite');
  const other = vscode.l10n.t('Save As…');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Overwrite it?', target.path.split('/').pop() ?? ''), { modal: true }, overwrite, other);
  if (answer === overwrite) return target;
  if (answer === other) return saveDialog(target);
  return undefined;
}

async function saveDialog(defaultUri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  // The dialog asks before replacing a file itself.
  return vscode.window.showSaveDialog({ ...(defaultUri ? { defaultUri } : {}), filters: { Word: ['docx'] }, saveLabel: vscode.l10n.t('Export') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Write a temporary sibling, then rename it over `target`; remove the temporary file on failure. */
async function writeThroughTemp(target: vscode.Uri, data: Uint8Array): Promise<void> {
  const name = target.path.split('/').pop() ?? 'export.docx';
  const dir = target.path.slice(0, target.path.length - name.length);
  const tmp = target.with({ path: `${dir}.${name}.gongwen-${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(tmp, data);
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
