/**
 * The gongwen language server: capabilities and handlers that call the pure core. No rule logic.
 *
 * Started three ways, one function:
 *   - by the extension over IPC:     node dist/server.js --node-ipc
 *   - from a terminal / other editor: node dist/server.js --stdio
 *   - by the CLI:                     gongwen lsp --stdio   →  cli.ts calls `startServer()`
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, CODE_ACTION_KINDS } from './actions';
import { AnalysisCache, type Analysis } from './analysis';
import { toOffset } from './convert';
import { toDiagnostic, tooLargeDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { collectTokens, encodeTokens, SEMANTIC_LEGEND } from './semantic';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, settingsKey, validateSettings, type GongwenSettings } from './settings';
import { documentSymbols, foldingRanges } from './symbols';
import { isChinese } from './core';
import { registerPlaceholderRequest } from './placeholder-request';

/** Create the connection from the process arguments (`--node-ipc`, `--stdio`, …); stdio when none is given. */
function defaultConnection(): Connection {
  const hasTransport = process.argv.slice(2).some((a) => /^--(node-ipc|stdio|socket=|pipe=)/.test(a));
  return hasTransport ? createConnection(ProposedFeatures.all) : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
}

/**
 * Start the language server on `connection` (default: from the process arguments, stdio when none)
 * and return it. All state lives in this closure: nothing global, several servers may coexist.
 */
export function startServer(connection: Connection = defaultConnection()): Connection {
  installProcessGuards();
  const documents = new TextDocuments(TextDocument);
  let locale = 'en';
  let pullDiagnostics = false;
  let configurationRequests = false;
  let diagnosticRefresh = false;
  let semanticRefresh = false;
  let dynamicConfigurationChange = false;
  /** Settings pushed with didChangeConfiguration, used only by clients without workspace/configuration. */
  let pushedSettings: unknown;
  /** Bumped on every settings change so resultIds never repeat across configurations. */
  let generation = 0;

  const reported = new Set<string>();
  const logOnce = (key: string, log: () => void) => {
    if (reported.has(key)) return;
    if (reported.size > 1000) reported.clear();
    reported.add(key);
    log();
  };
  const errorText = (e: unknown) => (e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e));

  const cache = new AnalysisCache((errors) => {
    for (const { rule, error } of errors) {
      const message = error instanceof Error ? error.message : String(error);
      logOnce(`rule:${rule}:${message}`, () => connection.console.error(`gongwen: rule ${rule} failed (other rules still ran): ${errorText(error)}`));
    }
  });

  /** Run a handler; any exception is logged once and answered with `fallback`. */
  function safe<P, R>(name: string, fallback: R, fn: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await fn(params);
      } catch (e) {
        logOnce(`handler:${name}:${e instanceof Error ? e.message : String(e)}`, () => connection.console.error(`gongwen: ${name} failed: ${errorText(e)}`));
        return fallback;
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Settings: fetched per document (resource scope), cached per URI, dropped on change.

  const settingsCache = new Map<string, Promise<GongwenSettings>>();

  function reportProblems(problems: string[]) {
    for (const p of problems) {
      logOnce(`settings:${p}`, () => {
        const zh = isChinese(locale);
        const message = zh ? `gongwen 设置有误，已改用默认值：${p}` : `gongwen setting ignored, default used: ${p}`;
        // a notification, not window/showMessageRequest: nothing waits for the user to answer
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
        connection.console.warn(message);
      });
    }
  }

  function validated(raw: unknown): GongwenSettings {
    const { settings, problems } = validateSettings(raw);
    reportProblems(problems);
    return settings;
  }

  function getSettings(uri: string): Promise<GongwenSettings> {
    if (!configurationRequests) return Promise.resolve(validated(pushedSettings));
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(validated, (e) => {
        logOnce(`config:${String(e)}`, () => connection.console.error(`gongwen: workspace/configuration failed: ${errorText(e)}`));
        return { ...DEFAULT_SETTINGS, rules: {}, languages: [...DEFAULT_SETTINGS.languages] };
      });
      settingsCache.set(uri, p);
    }
    return p;
  }

  /** The analysis of the open document `uri` at its current version, or undefined when it is not open. */
  async function analyze(uri: string): Promise<{ doc: TextDocument; analysis: Analysis } | undefined> {
    if (typeof uri !== 'string' || !documents.get(uri)) return undefined;
    const settings = await getSettings(uri);
    const doc = documents.get(uri); // read again after the await: the text may have moved on
    if (!doc) return undefined;
    return { doc, analysis: cache.get(doc, settings) };
  }

  /** Diagnostics per analysis (= version + settings): a re-pull of an unchanged document converts nothing. */
  const diagnosticCache = new WeakMap<Analysis, Diagnostic[]>();
  function diagnosticsOf(doc: TextDocument, analysis: Analysis): Diagnostic[] {
    const hit = diagnosticCache.get(analysis);
    if (hit) return hit;
    let items: Diagnostic[] = [];
    if (analysis.kind === 'too-large') items = [tooLargeDiagnostic(analysis.length, analysis.limit, locale)];
    else if (analysis.kind === 'ok') items = analysis.result.findings.map((f) => toDiagnostic(doc, analysis.version, f, locale));
    diagnosticCache.set(analysis, items);
    return items;
  }

  // ---------------------------------------------------------------------------------------------
  // Life cycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = typeof params.locale === 'string' && params.locale ? params.locale : 'en';
    const caps = params.capabilities ?? {};
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    configurationRequests = !!caps.workspace?.configuration;
    diagnosticRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    semanticRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    dynamicConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
        documentSymbolProvider: { label: 'gongwen' },
        foldingRangeProvider: true,
        hoverProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true, range: true },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'gongwen', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    // So that clients with dynamic registration (VS Code) send didChangeConfiguration at all.
    if (configurationRequests && dynamicConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
  });

  connection.onDidChangeConfiguration(
    safe('didChangeConfiguration', undefined, (params) => {
      const s = (params?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION];
      if (s !== undefined) pushedSettings = s;
      settingsCache.clear();
      cache.clear();
      generation++;
      if (pullDiagnostics) {
        if (diagnosticRefresh) connection.languages.diagnostics.refresh();
      } else {
        for (const doc of documents.all()) schedulePush(doc.uri);
      }
      if (semanticRefresh) connection.languages.semanticTokens.refresh();
    }),
  );

  // A document reopened under the same URI (Untitled-1 again) starts over at version 1: the open
  // counter keeps its resultIds apart from the closed one's, so the client never hears "unchanged".
  let opens = 0;
  const openIds = new Map<string, number>();
  documents.onDidOpen((e) => openIds.set(e.document.uri, ++opens));

  documents.onDidClose((e) => {
    openIds.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    cache.delete(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---------------------------------------------------------------------------------------------
  // Diagnostics: pull when the client supports it, push otherwise.

  connection.languages.diagnostics.on(
    safe<Parameters<Parameters<Connection['languages']['diagnostics']['on']>[0]>[0], DocumentDiagnosticReport>(
      'textDocument/diagnostic',
      { kind: DocumentDiagnosticReportKind.Full, items: [] },
      async (params) => {
        const got = await analyze(params.textDocument?.uri);
        if (!got) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
        const { doc, analysis } = got;
        const resultId = `${openIds.get(doc.uri) ?? 0}:${generation}:${analysis.version}:${settingsKey(analysis.settings)}`;
        if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items: diagnosticsOf(doc, analysis) };
      },
    ),
  );

  const pending = new Set<string>();
  function schedulePush(uri: string) {
    if (pullDiagnostics || pending.has(uri)) return;
    pending.add(uri);
    setImmediate(() => {
      pending.delete(uri);
      void safe('push diagnostics', undefined, async () => {
        const got = await analyze(uri);
        if (!got) return;
        await connection.sendDiagnostics({ uri, version: got.analysis.version, diagnostics: diagnosticsOf(got.doc, got.analysis) });
      })(undefined);
    });
  }
  documents.onDidChangeContent((e) => schedulePush(e.document.uri));

  // ---------------------------------------------------------------------------------------------
  // Features

  connection.onCodeAction(
    safe('textDocument/codeAction', [], async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got) return [];
      return codeActions(got.doc, params, got.analysis, locale);
    }),
  );

  connection.onHover(
    safe('textDocument/hover', null, async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got || got.analysis.kind !== 'ok') return null;
      return hoverAt(got.doc, got.analysis.result.findings, toOffset(got.doc, params.position), locale);
    }),
  );

  connection.onDocumentSymbol(
    safe('textDocument/documentSymbol', [], async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got || got.analysis.kind !== 'ok') return [];
      return documentSymbols(got.doc, got.analysis.result.sections);
    }),
  );

  connection.onFoldingRanges(
    safe('textDocument/foldingRange', [], async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got || got.analysis.kind !== 'ok') return [];
      return foldingRanges(got.analysis.result.sections, got.analysis.result.source);
    }),
  );

  /** Tokens per analysis: the editor asks again after every edit and on every scroll (range). */
  const tokenCache = new WeakMap<Analysis, ReturnType<typeof collectTokens>>();
  function tokensOf(analysis: Extract<Analysis, { kind: 'ok' }>) {
    let tokens = tokenCache.get(analysis);
    if (!tokens) {
      tokens = collectTokens(analysis.result.sections, analysis.result.source, { placeholders: analysis.settings.rules.placeholder !== 'off' });
      tokenCache.set(analysis, tokens);
    }
    return tokens;
  }

  connection.languages.semanticTokens.on(
    safe('textDocument/semanticTokens/full', { data: [] }, async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got || got.analysis.kind !== 'ok') return { data: [] };
      return encodeTokens(got.doc, tokensOf(got.analysis));
    }),
  );

  connection.languages.semanticTokens.onRange(
    safe('textDocument/semanticTokens/range', { data: [] }, async (params) => {
      const got = await analyze(params.textDocument?.uri);
      if (!got || got.analysis.kind !== 'ok') return { data: [] };
      return encodeTokens(got.doc, tokensOf(got.analysis), params.range);
    }),
  );

  registerPlaceholderRequest(connection, analyze);

  documents.listen(connection);
  connection.listen();
  return connection;
}

let guarded = false;
/** A stray exception or rejection is logged, never fatal: the client gives up after five crashes in three minutes. */
function installProcessGuards(): void {
  if (guarded) return;
  guarded = true;
  process.on('uncaughtException', (e) => console.error('gongwen: uncaught exception', e));
  process.on('unhandledRejection', (e) => console.error('gongwen: unhandled rejection', e));
}

// Run when this file is the program (dist/server.js), not when bundled into the CLI, which calls startServer().
if (/(^|[\\/])server\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  startServer();
}
