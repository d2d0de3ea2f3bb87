/**
 * A document whose language changes away from Markdown/Plain Text (VS Code's language detection
 * turning an untitled draft into Ini, or the writer picking another language) must be closed on
 * the server and lose its diagnostics. The language client cannot do it alone: VS Code reports the
 * close with the document's NEW language, which no longer matches the client's document selector,
 * so no didClose is sent and the old squiggles stay in the Problems panel, even after the buffer
 * is closed. This sends that close through the client's own didClose feature, with the old language.
 */
import * as vscode from 'vscode';
import { DidCloseTextDocumentNotification, type LanguageClient } from 'vscode-languageclient/node';

/** Watch language changes for `client`, whose documents are those in `languages`. */
export function closeOnLanguageChange(client: LanguageClient, languages: readonly string[], log: (message: string) => void): vscode.Disposable {
  /** URI → the language it was last opened with, for documents in `languages`. */
  const synced = new Map<string, string>();
  for (const d of vscode.workspace.textDocuments) if (languages.includes(d.languageId)) synced.set(d.uri.toString(), d.languageId);
  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      if (languages.includes(doc.languageId)) {
        synced.set(key, doc.languageId);
        return;
      }
      const previous = synced.get(key);
      if (previous === undefined) return;
      synced.delete(key);
      // The document as it was: same URI, text and version, the language it was synced under.
      const asWas = new Proxy(doc, { get: (target, p) => (p === 'languageId' ? previous : Reflect.get(target, p, target)) });
      const closer = client.getFeature(DidCloseTextDocumentNotification.method).getProvider(asWas);
      if (!closer) return;
      closer.send(asWas).then(
        () => log(`${key}: language ${previous} → ${doc.languageId}, no longer checked`),
        (error: unknown) => log(`${key}: closing after a language change failed: ${String(error)}`),
      );
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      // A language change closes the document under its new language: keep the entry until it reopens.
      if (languages.includes(doc.languageId)) synced.delete(doc.uri.toString());
    }),
  ];
  return vscode.Disposable.from(...subscriptions);
}
