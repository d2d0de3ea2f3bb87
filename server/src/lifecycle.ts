/**
 * The server's life cycle and what the client announced: requests before `initialize` are answered
 * with ServerNotInitialized, after `shutdown` with InvalidRequest (LSP 3.17 §initialize, §shutdown);
 * every handler is wrapped so an exception is logged once and answered with a neutral result.
 */
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type InitializeError, type InitializeParams, type TextDocumentContentChangeEvent, type TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerLog } from './log';
import { kindOf, paramsShape, REQUEST_CHECKS } from './params-checks';
import type { DiagnosticView } from './diagnostics';

/** The client features the server adapts to, read from `InitializeParams.capabilities`. */
export interface ClientFeatures {
  /** textDocument/diagnostic (pull); push with publishDiagnostics otherwise. */
  pullDiagnostics: boolean;
  /** workspace/configuration; otherwise settings come with didChangeConfiguration. */
  configurationRequests: boolean;
  diagnosticRefresh: boolean;
  semanticRefresh: boolean;
  dynamicConfigurationChange: boolean;
  /** WorkspaceEdit.documentChanges (versioned edits); otherwise `changes`. */
  documentChanges: boolean;
  /** WorkspaceEdit resource operations include `create` (the actions that create a .gongwenrc.json). */
  createFiles: boolean;
}

/**
 * What the client asked for in `InitializeParams.initializationOptions` (an object; anything else, and
 * any unknown or mistyped field, is ignored):
 *   - `clientRuleLinks: true` — the client links each gongwen diagnostic's `code` to the rule reference
 *     itself (the VS Code extension opens its packaged copy, client/src/rule-links.ts), so diagnostics
 *     carry `code` without `codeDescription` (the `file:` URL of the rule's section of the packaged
 *     docs/rules.md, rule-docs.ts). Without it every diagnostic carries the link.
 *   - `clientSource: true` — the client sets `source` ('gongwen') itself on every diagnostic of this
 *     server that has none (the VS Code extension does, client/src/rule-code.ts `filledSource`), so the
 *     diagnostics of findings carry no `source` (`"source":"gongwen",`, 19 of a diagnostic's ~238 bytes;
 *     the `too-many` and `too-large` ones keep it), and a code action request's diagnostic without
 *     `source` counts as gongwen's. Without it every diagnostic carries `source`.
 */
export interface InitializationOptions {
  clientRuleLinks: boolean;
  clientSource: boolean;
}

/** The options a client sends when it announces nothing: every diagnostic carries its rule link and its source. */
export const DEFAULT_INITIALIZATION_OPTIONS: InitializationOptions = { clientRuleLinks: false, clientSource: false };

/** `InitializeParams.initializationOptions` read as `InitializationOptions` (never throws). */
export function readInitializationOptions(raw: unknown): InitializationOptions {
  const o = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return { clientRuleLinks: o.clientRuleLinks === true, clientSource: o.clientSource === true };
}

export type State = 'uninitialized' | 'running' | 'shut-down';

/** The error a request gets when the client cancelled it before the server got to it. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'gongwen: request cancelled');
}

export class Lifecycle {
  state: State = 'uninitialized';
  locale = 'en';
  /** What the client asked for in `initializationOptions` (`InitializationOptions`). */
  options: InitializationOptions = DEFAULT_INITIALIZATION_OPTIONS;
  client: ClientFeatures = { pullDiagnostics: false, configurationRequests: false, diagnosticRefresh: false, semanticRefresh: false, dynamicConfigurationChange: false, documentChanges: false, createFiles: false };

  constructor(private readonly log: ServerLog) {}

  /** How diagnostics are shown to this client: its locale and whether they carry rule links and `source` (diagnostics.ts). */
  get view(): DiagnosticView {
    const { locale } = this;
    const ruleLinks = !this.options.clientRuleLinks;
    const source = !this.options.clientSource;
    const v = this.cachedView;
    if (v?.locale !== locale || v.ruleLinks !== ruleLinks || v.source !== source) this.cachedView = { locale, ruleLinks, source };
    return this.cachedView as DiagnosticView;
  }
  private cachedView: DiagnosticView | undefined;

  /** Record the client's locale, features and initialization options; an error when `initialize` comes twice. */
  initialize(params: InitializeParams): ResponseError<InitializeError> | undefined {
    if (this.state !== 'uninitialized') return new ResponseError(ErrorCodes.InvalidRequest, 'gongwen: initialize was already sent', { retry: false });
    this.locale = typeof params?.locale === 'string' && params.locale ? params.locale : 'en';
    this.options = readInitializationOptions(params?.initializationOptions);
    const caps = params?.capabilities ?? {};
    this.client = {
      pullDiagnostics: !!caps.textDocument?.diagnostic,
      configurationRequests: !!caps.workspace?.configuration,
      diagnosticRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
      semanticRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
      dynamicConfigurationChange: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
      createFiles: !!caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'),
    };
    this.state = 'running';
    return undefined;
  }

  /**
   * A request handler that answers the life-cycle errors, answers InvalidParams for params that are not
   * an object or fail the method's shape check (params-checks.ts `REQUEST_CHECKS`: a missing
   * `textDocument.uri`, a malformed position or range…), passes other `ResponseError`s through
   * (cancellation) and turns any other exception into `fallback`, logged once. An unknown URI is no
   * error: it gets `fallback`'s kind of empty answer from the handler.
   */
  request<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken | undefined) => R | Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
    return async (params, token) => {
      if (this.state === 'uninitialized') throw new ResponseError(ErrorCodes.ServerNotInitialized, `gongwen: ${name} before initialize`);
      if (this.state === 'shut-down') throw new ResponseError(ErrorCodes.InvalidRequest, `gongwen: ${name} after shutdown`);
      // Every request handled here takes one params object (LSP); null, a number or an array is a client bug.
      if (params === null || typeof params !== 'object' || Array.isArray(params)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `gongwen: ${name} needs a params object (${paramsShape(name)}), got ${kindOf(params)}`);
      }
      const problem = REQUEST_CHECKS[name]?.(params as Record<string, unknown>);
      if (problem !== undefined) throw new ResponseError(ErrorCodes.InvalidParams, `gongwen: ${name}: ${problem}`);
      try {
        return await fn(params, token);
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        this.log.failure(name, e);
        return fallback;
      }
    };
  }

  /** A notification handler: dropped before initialize (LSP), exceptions logged once. */
  notification<P>(name: string, fn: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
    return async (params) => {
      if (this.state !== 'running') return;
      try {
        await fn(params);
      } catch (e) {
        this.log.failure(name, e);
      }
    };
  }
}

/**
 * How the open documents follow `textDocument/didChange`: like `TextDocument.update`, except that a
 * change whose version is not newer than the document's is refused and logged (LSP 3.17
 * §didChange: the version increases after each change). Applying it would put older text back, and
 * the diagnostics published for it would come after those of the newer version. The document keeps
 * its newer text and version.
 */
export function documentSync(log: ServerLog): TextDocumentsConfiguration<TextDocument> {
  return {
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, content),
    update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => {
      if (typeof version === 'number' && version <= doc.version) {
        log.warn(`gongwen: refused a didChange of ${doc.uri} marked version ${version}: the document is already at version ${doc.version} (versions must increase); kept its text`);
        return doc;
      }
      return TextDocument.update(doc, changes, version);
    },
  };
}
