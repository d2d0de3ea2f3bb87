/**
 * A document whose language changes away from Markdown/Plain Text (VS Code's language detection
 * turning an untitled draft into Ini, or the writer picking another language) must lose its gongwen
 * diagnostics. VS Code reports the change as a close under the old language and an open under the
 * new one, and the language client then sends didClose and clears the pulled diagnostics; but a pull
 * that was under way when the language changed can put them back (seen once in the end-to-end
 * suite). So a second later, if gongwen diagnostics are still there, the close is sent again through
 * the client's own didClose feature, under the old language: the server ignores a close of a
 * document it no longer has, and the client forgets the document's pulled diagnostics.
 */
import * as vscode from 'vscode';
import { DidCloseTextDocumentNotification, type LanguageClient } from 'vscode-languageclient/node';

/** How long after a language change stale diagnostics are looked for. */
const SWEEP_MS = 1000;

/** Watch language changes for `client`, whose documents are those in `languages`. */
export function closeOnLanguageChange(client: LanguageClient, languages: readonly string[], log: (message: string) => void): vscode.Disposable {
  /** URI → language of a document being closed right now (a language change closes and reopens at once). */
  const closing = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sweep = (doc: vscode.TextDocument, previous: string) => {
    const key = doc.uri.toString();
    if (!vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === 'gongwen')) return;
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!now || languages.includes(now.languageId)) return;
    // The document as it was synced: same URI, text and version, its old language.
    const asWas = new Proxy(now, { get: (target, p) => (p === 'languageId' ? previous : Reflect.get(target, p, target)) });
    const closer = client.getFeature(DidCloseTextDocumentNotification.method).getProvider(asWas);
    if (!closer) return;
    closer.send(asWas).then(
      () => log(`${key}: language ${previous} → ${now.languageId}; stale diagnostics cleared`),
      (error: unknown) => log(`${key}: clearing diagnostics after a language change failed: ${String(error)}`),
    );
  };
  const subscriptions = [
    vscode.workspace.onDidCloseTextDocument((doc) => {
      if (!languages.includes(doc.languageId)) return;
      const key = doc.uri.toString();
      closing.set(key, doc.languageId);
      queueMicrotask(() => closing.delete(key));
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const previous = closing.get(doc.uri.toString());
      if (previous === undefined || languages.includes(doc.languageId)) return;
      const t = setTimeout(() => {
        timers.delete(t);
        sweep(doc, previous);
      }, SWEEP_MS);
      timers.add(t);
    }),
  ];
  return vscode.Disposable.from(...subscriptions, { dispose: () => timers.forEach(clearTimeout) });
}
