/**
 * Untitled drafts in another language. VS Code guesses the language of an untitled buffer from
 * its content, and a pasted Chinese speech may come out as Ini or some other language gongwen
 * does not check. When an untitled buffer outside `gongwen.languages` reads as Chinese prose
 * (see draft-text.ts), gongwen offers once per buffer, dismissably, to switch it to Plain Text
 * (or Markdown when it has Markdown headings); “Don't Ask Again” is remembered. Nothing is changed
 * without the writer's click, and files on disk are never touched: their extension decides.
 */
import * as vscode from 'vscode';
import { looksLikeChineseDraft, looksLikeMarkdown } from './draft-text';

const NEVER_KEY = 'gongwen.untitledOffer.never';
const DEBOUNCE_MS = 400;

/** The languages gongwen checks under the settings of `document` (default Markdown and Plain Text). */
function checkedLanguages(document?: vscode.TextDocument): string[] {
  const c = vscode.workspace.getConfiguration('gongwen', document?.uri);
  if (c.get('enable') === false) return [];
  const langs = c.get<unknown>('languages');
  const ok = Array.isArray(langs) ? langs.filter((l): l is string => l === 'markdown' || l === 'plaintext') : [];
  return ok.length > 0 || Array.isArray(langs) ? ok : ['markdown', 'plaintext'];
}

/** The language to offer for a draft: Markdown when it has Markdown structure and Markdown is checked. */
export function targetLanguage(document: vscode.TextDocument): string | undefined {
  const langs = checkedLanguages(document);
  if (langs.length === 0) return undefined;
  if (langs.includes('markdown') && (looksLikeMarkdown(document.getText()) || !langs.includes('plaintext'))) return 'markdown';
  return langs.includes('plaintext') ? 'plaintext' : langs[0];
}

/**
 * `gongwen.checkAsDraft(language?)`: put the active editor's document into `language` (default: as
 * {@link targetLanguage} picks) so that gongwen checks it. Returns the new language id, or undefined
 * when there is no editor or nothing to switch to.
 */
export async function checkAsDraft(language?: unknown): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const target = language === 'markdown' || language === 'plaintext' ? language : targetLanguage(editor.document);
  if (!target) return undefined;
  const doc = await vscode.languages.setTextDocumentLanguage(editor.document, target);
  return doc.languageId;
}

/** Watches untitled buffers and makes the offer; `offered` lists the buffers asked about (tests read it). */
export class UntitledDraftOffer implements vscode.Disposable {
  /** URIs (as strings) already offered in this session: never ask twice about one buffer. */
  static readonly offered = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly state: vscode.Memento) {
    this.subscriptions.push(
      // A language change (detection: plaintext → ini) reopens the document under its new language.
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.cancel(d.uri.toString())),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d);
  }

  private cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'untitled') return;
    const key = document.uri.toString();
    if (UntitledDraftOffer.offered.has(key)) return;
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.consider(document);
      }, DEBOUNCE_MS),
    );
  }

  private async consider(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (document.isClosed || UntitledDraftOffer.offered.has(key) || this.state.get<boolean>(NEVER_KEY)) return;
    const langs = checkedLanguages(document);
    if (langs.length === 0 || langs.includes(document.languageId)) return;
    if (!looksLikeChineseDraft(document.getText())) return;
    const target = targetLanguage(document);
    if (!target) return;
    UntitledDraftOffer.offered.add(key);
    const targetName = target === 'markdown' ? 'Markdown' : vscode.l10n.t('Plain Text');
    const check = vscode.l10n.t('Check as {0}', targetName);
    const never = vscode.l10n.t('Don’t Ask Again');
    const pick = await vscode.window.showInformationMessage(
      vscode.l10n.t('This untitled document looks like a Chinese draft, but VS Code took it for “{0}”, which gongwen does not check. Check it as {1}?', document.languageId, targetName),
      check,
      never,
    );
    if (pick === never) await this.state.update(NEVER_KEY, true);
    if (pick !== check) return;
    // The document as it is now (a language change replaces the event's object in some hosts).
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) ?? document;
    if (!current.isClosed) await vscode.languages.setTextDocumentLanguage(current, target);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
