/** Handlers of a few lines each: every feature reads the one analysis of the document's current text. */
import type { DocumentSettings } from './documentSettings';
import { CodeActionRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, SemanticTokensRangeRequest, SemanticTokensRequest, type Connection, type TextDocumentPositionParams } from 'vscode-languageserver';
import type { DocumentAnalyses, OkAnalysis } from './analysis';
import { codeActions } from './actions';
import { toOffset } from './convert';
import { DocumentStatsRequest, documentStats } from './documentStats';
import { hoverAt } from './hover';
import type { Lifecycle } from './lifecycle';
import { collectTokens, encodeTokens } from './semantic';
import { documentSymbols, foldingRanges } from './symbols';

/** Tokens per analysis: the editor asks again after every edit and on every scroll (range). */
const tokenCache = new WeakMap<OkAnalysis, ReturnType<typeof collectTokens>>();
function tokensOf(a: OkAnalysis) {
  let tokens = tokenCache.get(a);
  if (!tokens) tokenCache.set(a, (tokens = collectTokens(a.result.sections, a.result.source, { placeholders: a.settings.rules.placeholder !== 'off' })));
  return tokens;
}

/** The analysis when the document is checked ('ok'), with its document. */
async function checked(analyses: DocumentAnalyses, params: { textDocument?: { uri?: unknown } } | undefined, token: Parameters<DocumentAnalyses['latest']>[1]) {
  const got = await analyses.latest(params?.textDocument?.uri, token);
  return got && got.analysis.kind === 'ok' ? { doc: got.doc, analysis: got.analysis } : undefined;
}

/**
 * Register code actions, hover, symbols, folding, semantic tokens and `gongwen/documentStats`. Through
 * `onRequest(Type)`, not the library's `onCodeAction`…: those read `params.workDoneToken` before our
 * handler runs, so `null` params got InternalError with a TypeError's text instead of InvalidParams.
 */
export function registerFeatures(connection: Connection, analyses: DocumentAnalyses, life: Lifecycle, settings: DocumentSettings): void {
  connection.onRequest(
    CodeActionRequest.type,
    life.request('textDocument/codeAction', [], async (p, token) => {
      const got = await analyses.latest(p?.textDocument?.uri, token);
      if (!got) return [];
      // The suppression actions write the rc files behind the document's configuration.
      const config = await settings.context(got.doc.uri);
      const suppress = { config, documentChanges: life.client.documentChanges, createFiles: life.client.createFiles, openDocument: (uri: string) => analyses.openDocument(uri) };
      return codeActions(got.doc, p, got.analysis, life.view, life.client.documentChanges, suppress);
    }),
  );

  connection.onRequest(
    HoverRequest.type,
    life.request('textDocument/hover', null, async (p: TextDocumentPositionParams, token) => {
      const got = await checked(analyses, p, token);
      return got && p.position ? hoverAt(got.doc, got.analysis.result.findings, toOffset(got.doc, p.position), life.locale) : null;
    }),
  );

  connection.onRequest(
    DocumentSymbolRequest.type,
    life.request('textDocument/documentSymbol', [], async (p, token) => {
      const got = await checked(analyses, p, token);
      return got ? documentSymbols(got.doc, got.analysis.result.sections, got.analysis.result.source, life.locale) : [];
    }),
  );

  connection.onRequest(
    FoldingRangeRequest.type,
    life.request('textDocument/foldingRange', [], async (p, token) => {
      const got = await checked(analyses, p, token);
      return got ? foldingRanges(got.analysis.result.sections, got.analysis.result.source) : [];
    }),
  );

  connection.onRequest(
    SemanticTokensRequest.type,
    life.request('textDocument/semanticTokens/full', { data: [] }, async (p, token) => {
      const got = await checked(analyses, p, token);
      return got ? encodeTokens(got.doc, tokensOf(got.analysis)) : { data: [] };
    }),
  );

  connection.onRequest(
    SemanticTokensRangeRequest.type,
    life.request('textDocument/semanticTokens/range', { data: [] }, async (p, token) => {
      const got = await checked(analyses, p, token);
      return got && p.range ? encodeTokens(got.doc, tokensOf(got.analysis), p.range) : { data: [] };
    }),
  );

  connection.onRequest(
    DocumentStatsRequest,
    life.request('gongwen/documentStats', null, async (p, token) => {
      const got = await checked(analyses, p, token);
      return got ? documentStats(got.doc, got.analysis) : null;
    }),
  );
}
