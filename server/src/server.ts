/**
 * The gongwen language server: wiring only. Settings per document (documentSettings.ts), one
 * analysis per document text (analysis.ts), diagnostics pulled or pushed (diagnosticsFeature.ts),
 * the other handlers (features.ts, actions.ts), the life cycle (lifecycle.ts) and the transport
 * (transport.ts). No rule logic.
 *
 * Started three ways, one function:
 *   - by the extension over IPC:     node dist/server.js --node-ipc
 *   - from a terminal / other editor: node dist/server.js --stdio
 *   - by the CLI:                     gongwen lsp --stdio   →  cli.ts calls `startServer()`
 */
import { DidChangeConfigurationNotification, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver/node';
import { AnalysisStore, DocumentAnalyses } from './analysis';
import { RULES, type Rule } from './core';
import { CODE_ACTION_KINDS } from './actions';
import { DiagnosticsFeature } from './diagnosticsFeature';
import { DocumentSettings } from './documentSettings';
import { registerFeatures } from './features';
import { documentSync, Lifecycle } from './lifecycle';
import { errorText, ServerLog } from './log';
import { SEMANTIC_LEGEND } from './semantic';
import { SETTINGS_SECTION } from './settings';
import { CONFIG_FILES_CHANGED, RC_BUFFER_NOTIFICATION } from './config-source';
import { RcBuffers } from './rc-buffers';
import { registerPlaceholderRequest } from './placeholder-request';
import { registerExportSettingsRequest } from './export-settings-request';
import { createTransport, type Transport } from './transport';

declare const GONGWEN_VERSION: string | undefined;
/** The extension's version (package.json, set by the build), `dev` when run from source. */
export const SERVER_VERSION = typeof GONGWEN_VERSION === 'string' ? GONGWEN_VERSION : 'dev';

/** What tests (and embedders) may change; the defaults are what the extension runs. */
export interface ServerOptions {
  /** The rule registry. */
  rules?: readonly Rule[];
  /** Ends the process (after a broken frame or when the client is gone). */
  exit?: (code: number) => void;
  /** Log stray exceptions instead of crashing (default true; a test runner keeps its own). */
  processGuards?: boolean;
}

/**
 * Start the language server on `transport` (default: from the process arguments, stdio when none)
 * and return its connection. All state lives in this call: nothing global, several servers may coexist.
 */
export function startServer(transport: Transport = createTransport(), { rules = RULES, exit = (code) => process.exit(code), processGuards = true }: ServerOptions = {}): Connection {
  if (processGuards) installProcessGuards();
  const { connection } = transport;
  const log = new ServerLog(connection);
  const documents = new TextDocuments(documentSync(log));
  const life = new Lifecycle(log);

  const store = new AnalysisStore(
    (errors) => {
      for (const { rule, error } of errors) log.failure(`rule ${rule} (the other rules still ran)`, error);
    },
    rules,
    ({ uri, analysis, ms }) => {
      const found = analysis.kind === 'ok' ? `${analysis.result.findings.length} findings` : analysis.kind;
      log.trace(`analysed ${uri} v${analysis.version}: ${found}, ${ms.toFixed(1)} ms`);
    },
  );
  let diagnostics: DiagnosticsFeature | undefined;
  const settings = new DocumentSettings(connection, life, log, (uri) => diagnostics?.refresh([uri]));
  const rcBuffers = new RcBuffers();
  const analyses = new DocumentAnalyses(documents, settings, store, transport.whenIdle, rcBuffers);
  diagnostics = new DiagnosticsFeature(connection, documents, analyses, life, log);

  let broken = false;
  transport.onBroken((e) => {
    // Every later byte would be misread: say so, answer what was already received, and exit so
    // that the client restarts a fresh server (VS Code does, up to five times in three minutes).
    if (broken) return;
    broken = true;
    const message = `gongwen: unreadable message frame from the client, exiting so that it restarts the server: ${e.message}`;
    log.error(message);
    process.stderr.write(`${message}\n`);
    void transport.whenIdle().then(() => setImmediate(() => exit(1)));
  });
  transport.onDropped(({ problem, error }) => {
    if (error !== undefined) log.failure(`a message from the client (dropped, the next ones are handled): ${problem}`, error);
    // (once per distinct problem: a client that repeats one mistake on every keystroke does not flood the log)
    else log.once(`dropped:${problem}`, () => log.warn(`gongwen: ignored a malformed message from the client: ${problem}`));
  });
  transport.onClosed(() => exit(life.state === 'shut-down' ? 0 : 1));

  connection.onInitialize((params) => {
    const error = life.initialize(params);
    if (error) return error;
    const result: InitializeResult = {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        documentSymbolProvider: { label: 'gongwen' },
        foldingRangeProvider: true,
        hoverProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
        ...(life.client.pullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'gongwen', version: SERVER_VERSION },
    };
    return result;
  });

  connection.onInitialized(() => {
    log.info(
      `gongwen ${SERVER_VERSION} language server started (Node ${process.version}, pid ${process.pid}); ` +
        `settings from ${settings.source}; diagnostics ${life.client.pullDiagnostics ? 'pulled' : 'pushed'}; ${documents.all().length} document(s) open`,
    );
    // So that clients with dynamic registration (VS Code) send didChangeConfiguration at all.
    if (life.client.configurationRequests && life.client.dynamicConfigurationChange) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch((e) => log.failure('register didChangeConfiguration', e));
    }
  });

  connection.onShutdown(() => {
    life.state = 'shut-down';
  });

  /** Settings or an rc file changed: forget every document's configuration and analysis, check again. */
  const configurationChanged = (pushed: unknown, what: string) => {
    settings.changed(pushed);
    store.clear();
    log.info(`gongwen: ${what} changed; checking ${documents.all().length} open document(s) again`);
    diagnostics!.refresh();
    if (life.client.semanticRefresh) connection.languages.semanticTokens.refresh();
  };
  connection.onDidChangeConfiguration(
    life.notification('workspace/didChangeConfiguration', (params) => configurationChanged((params?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION], 'settings')),
  );
  connection.onNotification(CONFIG_FILES_CHANGED, life.notification(CONFIG_FILES_CHANGED, () => configurationChanged(undefined, '.gongwenrc.json')));
  // unsaved edits of an open rc file: only the actions that write it read them (the checks read the saved file)
  connection.onNotification(RC_BUFFER_NOTIFICATION, life.notification(RC_BUFFER_NOTIFICATION, (params) => rcBuffers.update(params)));

  documents.onDidClose((e) => {
    settings.delete(e.document.uri);
    store.delete(e.document.uri);
  });

  diagnostics.listen();
  registerFeatures(connection, analyses, life, settings);
  registerPlaceholderRequest(connection, (uri) => analyses.latest(uri), life);
  registerExportSettingsRequest(connection, (uri) => settings.get(uri), life);
  documents.listen(connection);
  connection.listen();
  return connection;
}

let guarded = false;
/** A stray exception or rejection is logged, never fatal: the client gives up after five crashes in three minutes. */
function installProcessGuards(): void {
  if (guarded) return;
  guarded = true;
  process.on('uncaughtException', (e) => console.error(`gongwen: uncaught exception ${errorText(e)}`));
  process.on('unhandledRejection', (e) => console.error(`gongwen: unhandled rejection ${errorText(e)}`));
}

// Run when this file is the program (dist/server.js), not when bundled into the CLI, which calls startServer().
if (/(^|[\\/])server\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  startServer();
}
