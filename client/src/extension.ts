/**
 * Extension entry: starts the gongwen language server for Markdown and plain-text documents of
 * every scheme (files, untitled, virtual) and registers the editor-side commands. Everything the
 * commands compute comes from the pure core (server/src/core), the same code the server runs.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { forget } from './analysis';
import { fillPlaceholders, gotoPlaceholder } from './placeholders';
import { gotoSection } from './sections';
import { StatsStatus, showStats } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('gongwen');
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // No scheme restriction: untitled and virtual documents are drafts too. The locale goes to the
    // server as InitializeParams.locale (vscode.env.language), set by the client library itself.
    documentSelector: [{ language: 'markdown' }, { language: 'plaintext' }],
    outputChannel: output,
    traceOutputChannel: output,
    // No `synchronize`: the server pulls settings per document (workspace/configuration) and
    // registers for didChangeConfiguration itself.
  };
  client = new LanguageClient('gongwen', 'gongwen', serverOptions, clientOptions);

  const status = new StatsStatus();
  context.subscriptions.push(
    status,
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => gotoPlaceholder(true)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => gotoPlaceholder(false)),
    vscode.commands.registerCommand('gongwen.fillPlaceholders', (group?: unknown, value?: unknown) => fillPlaceholders(group, value)),
    vscode.commands.registerCommand('gongwen.showStats', (silent?: unknown) => showStats(silent)),
    vscode.commands.registerCommand('gongwen.nextSection', () => gotoSection('next')),
    vscode.commands.registerCommand('gongwen.previousSection', () => gotoSection('previous')),
    vscode.commands.registerCommand('gongwen.parentSection', () => gotoSection('parent')),
    vscode.commands.registerCommand('gongwen.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('gongwen.exportWord', (uri?: unknown) => (require('./export') as typeof import('./export')).exportToWord(uri)),
    vscode.commands.registerCommand('gongwen.restartServer', async () => {
      if (!client) return;
      output.appendLine(vscode.l10n.t('Restarting the gongwen language server…'));
      await client.restart();
    }),
  );

  try {
    await client.start();
  } catch (error) {
    // The editor-side commands keep working without the server; say why checking is off.
    output.appendLine(String(error instanceof Error ? (error.stack ?? error.message) : error));
    void vscode.window.showErrorMessage(vscode.l10n.t('The gongwen language server could not start. See the output channel “gongwen”.'));
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
