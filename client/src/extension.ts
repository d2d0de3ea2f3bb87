/**
 * Extension entry: registers the commands and the status items, then starts the gongwen language
 * server for Markdown and plain-text documents of every scheme (files, untitled, virtual) WITHOUT
 * holding activation: `activate` returns at once, the client starts in the next task and reports a
 * failure in the output channel “gongwen” and the language status item. Everything a command needs
 * (the pure core in server/src/core, the language client library) is loaded on first use, so
 * activation loads and runs next to nothing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What `activate` returns (the extension's exports): timings for the end-to-end tests. */
export interface GongwenApi {
  /** Milliseconds spent inside `activate` (VS Code adds the bundle's load time to its own figure). */
  readonly activateMs: number;
  /** Resolves when the language client has started (true) or failed to start (false). */
  readonly serverReady: Promise<boolean>;
  /** The untitled buffers (URIs as strings) gongwen offered to check as a draft in this session. */
  untitledOffers(): Promise<string[]>;
  /**
   * The command *Export to Word* for `uri`, with `answer` in place of the modal question it asks while findings
   * block the export (`answer` gets the question and the choices, returns the choice or undefined to cancel).
   * Resolves to the written file or undefined. For the end-to-end tests: a modal dialog cannot be answered there.
   */
  exportWord(uri: vscode.Uri, answer: (question: string, choices: string[]) => string | undefined): Promise<vscode.Uri | undefined>;
}

/**
 * The rest of the extension (dist/client-lazy.js, built from lazy.ts): loaded after activation or
 * by the first command, never while VS Code waits for `activate`.
 */
// A plain require (resolved by esbuild to the sibling file), so that the extension host's module loader,
// which provides `vscode`, loads it like the entry.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lazy = async (): Promise<typeof import('./lazy')> => require('./lazy') as typeof import('./lazy');

/** The languages the server checks (the client's document selector). */
const DRAFT_LANGUAGES = ['markdown', 'plaintext'];

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient | undefined> | undefined;
/** What belongs to the running client (its request handlers, watchers, listeners): disposed with it on restart. */
let clientSubscriptions: vscode.Disposable[] = [];
let output: vscode.OutputChannel | undefined;

/** One line in the output channel “gongwen”, stamped like the language client's own lines. */
export function log(level: 'Info' | 'Warn' | 'Error', message: string): void {
  // Formatted by hand: the first Intl call (toLocaleTimeString) costs tens of milliseconds.
  const d = new Date();
  const time = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  output?.appendLine(`[${level.padEnd(5)} - ${time}] gongwen client: ${message}`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function activate(context: vscode.ExtensionContext): GongwenApi {
  const t0 = performance.now();
  output = vscode.window.createOutputChannel('gongwen');
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '?');

  // The server's state where a writer looks for it: the `{}` language status of Markdown and plain text.
  const serverStatus = vscode.languages.createLanguageStatusItem('gongwen.server', [{ language: 'markdown' }, { language: 'plaintext' }]);
  serverStatus.name = vscode.l10n.t('gongwen language server');
  serverStatus.command = { title: vscode.l10n.t('Show Output'), command: 'gongwen.showOutput' };
  let statusDisposed = false;
  const setServerState = (state: 'starting' | 'running' | 'failed', detail = '') => {
    if (statusDisposed) return; // the client stops after the item is gone when the window closes
    serverStatus.busy = state === 'starting';
    serverStatus.severity = state === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    serverStatus.text = state === 'failed' ? vscode.l10n.t('gongwen: not checking') : state === 'starting' ? vscode.l10n.t('gongwen: starting…') : vscode.l10n.t('gongwen: checking');
    serverStatus.detail = detail;
  };
  setServerState('starting');

  // Commands load their module on first use (esbuild keeps dynamically imported modules lazy).
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.nextPlaceholder', async () => (await lazy()).gotoPlaceholder(true)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.previousPlaceholder', async () => (await lazy()).gotoPlaceholder(false)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.fillPlaceholders', async (group?: unknown, value?: unknown, which?: unknown) => (await lazy()).fillPlaceholders(group, value, which)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.showStats', async (silent?: unknown) => (await lazy()).showStats(silent)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.nextSection', async () => (await lazy()).gotoSection('next')));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.previousSection', async () => (await lazy()).gotoSection('previous')));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.parentSection', async () => (await lazy()).gotoSection('parent')));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.showRules', async (rule?: unknown) => (await lazy()).showRules(context.extensionUri, rule)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.checkAsDraft', async (language?: unknown) => (await lazy()).checkAsDraft(language)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.showOutput', () => output?.show(true)));
  // The Word export (and the docx library) is its own bundle, dist/export.js, loaded only when the command runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  // Fonts as the server resolves them for the document (settings and .gongwenrc.json), when it runs.
  const serverSettings = async (doc: vscode.Uri) => (client ? client.sendRequest('gongwen/exportSettings', { uri: doc.toString() }) : undefined);
  const exportWord = (uri: unknown, ask?: import('./export').Ask) => (require('./export') as typeof import('./export')).exportToWord(uri, serverSettings, ask);
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.exportWord', (uri?: unknown) => exportWord(uri)));
  context.subscriptions.push(vscode.commands.registerCommand('gongwen.restartServer', async () => {
    const c = client ?? (await starting);
    if (!c) {
      // It never started: try again from scratch.
      starting = undefined;
      return startClient(context, version, setServerState);
    }
    log('Info', vscode.l10n.t('Restarting the gongwen language server…'));
    setServerState('starting');
    // A new client, not LanguageClient.restart(): a restarted client of vscode-languageclient 9 can keep a
    // document's pulled diagnostics after its language changes (and not pull it again when it changes
    // back). Disposing the client drops its diagnostics and listeners; the new one pulls every open draft.
    client = undefined;
    starting = undefined;
    for (const d of clientSubscriptions.splice(0)) d.dispose();
    try {
      await c.dispose(2000);
    } catch (error) {
      log('Warn', `stopping the old language server: ${errorText(error)}`);
    }
    return startClient(context, version, setServerState);
  }));
  context.subscriptions.push(output, serverStatus, { dispose: () => (statusDisposed = true) });

  // Everything else after activation returns: the status bar, the untitled-draft offer, the server.
  let readyResolve: (ok: boolean) => void = () => undefined;
  const serverReady = new Promise<boolean>((resolve) => (readyResolve = resolve));
  const timer = setTimeout(() => {
    log('Info', `version ${version} activated in ${activateMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.language}); starting the language server`);
    void lazy()
      .then(({ StatsStatus, forget }) => context.subscriptions.push(new StatsStatus(), vscode.workspace.onDidCloseTextDocument(forget)))
      .catch((error: unknown) => log('Error', `status bar: ${errorText(error)}`));
    void lazy()
      .then(({ UntitledDraftOffer }) => context.subscriptions.push(new UntitledDraftOffer(context.globalState)))
      .catch((error: unknown) => log('Error', `untitled drafts: ${errorText(error)}`));
    void startClient(context, version, setServerState).then(readyResolve);
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });

  const activateMs = performance.now() - t0;
  return {
    activateMs,
    serverReady,
    untitledOffers: async () => [...(await lazy()).UntitledDraftOffer.offered],
    exportWord: (uri, answer) => exportWord(uri, async (question, detail, choices) => answer(`${question}\n${detail}`, choices)),
  };
}

/**
 * Start the language client (once; a second call waits for the first). Resolves true when it runs,
 * false when it could not start: the reason is in the output channel, the language status item and
 * one error notification. Never rejects.
 */
function startClient(context: vscode.ExtensionContext, version: string, setServerState: (state: 'starting' | 'running' | 'failed', detail?: string) => void): Promise<boolean> {
  const t0 = performance.now();
  setServerState('starting');
  starting ??= (async () => {
    try {
      const links = await lazy();
      const { LanguageClient, TransportKind } = links;
      const serverModule = context.asAbsolutePath('dist/server.js');
      const c = new LanguageClient(
        'gongwen',
        'gongwen',
        {
          // stdio, not node IPC: over stdio the server writes a diagnostic report from the cached JSON of
          // the diagnostics it already sent (server/src/wire.ts); over IPC Node stringifies every message whole.
          // Node options: a larger young generation (server-launch.ts).
          run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...links.SERVER_EXEC_ARGV] } },
          debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...links.SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
        },
        {
          // No scheme restriction: untitled and virtual documents are drafts too. The locale goes to the
          // server as InitializeParams.locale (vscode.env.language), set by the client library itself.
          documentSelector: DRAFT_LANGUAGES.map((language) => ({ language })),
          outputChannel: output,
          traceOutputChannel: output,
          // Hovers link to the packaged rule reference through this command only.
          markdown: { isTrusted: { enabledCommands: ['gongwen.showRules'] } },
          // We link diagnostic codes to the rules ourselves (middleware below): the server then leaves out
          // the web link it would send with every diagnostic (a third of a diagnostic report's bytes).
          initializationOptions: links.INITIALIZATION_OPTIONS,
          // Rule links (diagnostic codes, hovers) open the rule reference packaged in the extension:
          // it works offline, where the server's web address may not.
          middleware: {
            handleDiagnostics: (uri, diagnostics, next) => next(uri, links.localiseDiagnostics(diagnostics)),
            provideDiagnostics: async (document, previousResultId, token, next) => {
              const report = await next(document, previousResultId, token);
              if (report && 'items' in report && Array.isArray(report.items)) report.items = links.localiseDiagnostics(report.items);
              return report;
            },
            provideHover: async (document, position, token, next) => links.localiseHover(await next(document, position, token)),
          },
          // No `synchronize`: the server pulls settings per document (workspace/configuration) and
          // registers for didChangeConfiguration itself.
        },
      );
      // The server reads .gongwenrc.json files through this client (workspace.fs): virtual workspaces work.
      const own: vscode.Disposable[] = [];
      clientSubscriptions = own;
      links.registerConfigFiles(c, own);
      await c.start();
      // Placeholders for navigation, filling and the status bar come from the server's analysis (gongwen/placeholders).
      own.push(links.usePlaceholderServer((uri) => c.sendRequest('gongwen/placeholders', { uri })));
      own.push(
        links.closeOnLanguageChange(c, DRAFT_LANGUAGES, (m) => log('Info', m)),
        // A server that crashes for good (the client gives up after five crashes in three minutes) or is
        // restarted shows in the language status item and the output channel.
        c.onDidChangeState((e) => {
          if (e.newState === links.State.Stopped) {
            log('Warn', 'language server stopped');
            setServerState('failed', vscode.l10n.t('The language server stopped: see the output.'));
          } else if (e.newState === links.State.Running) setServerState('running', vscode.l10n.t('version {0}', version));
        }),
      );
      client = c;
      return c;
    } catch (error) {
      log('Error', `${vscode.l10n.t('The gongwen language server could not start. Editing commands still work; checking is off.')}\n${errorText(error)}`);
      return undefined;
    }
  })();
  return starting.then((c) => {
    if (c) {
      log('Info', `language server running (started in ${(performance.now() - t0).toFixed(0)} ms)`);
      setServerState('running', vscode.l10n.t('version {0}', version));
      return true;
    }
    setServerState('failed', vscode.l10n.t('The language server could not start: see the output.'));
    const show = vscode.l10n.t('Show Output');
    void vscode.window.showErrorMessage(vscode.l10n.t('The gongwen language server could not start. See the output channel “gongwen”.'), show).then((pick) => {
      if (pick === show) output?.show(true);
    });
    return false;
  });
}

export async function deactivate(): Promise<void> {
  const c = client ?? (await starting?.catch(() => undefined));
  client = undefined;
  starting = undefined;
  for (const d of clientSubscriptions.splice(0)) d.dispose();
  if (c) await c.stop().catch(() => undefined);
}
