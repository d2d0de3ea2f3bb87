/**
 * Diagnostics to the client: pulled (textDocument/diagnostic, with resultIds so an unchanged
 * document is answered "unchanged") when the client supports it, pushed (publishDiagnostics with
 * the document version) otherwise; refreshed when settings change. Pushes are coalesced per
 * document: a burst of edits publishes once, for its last version.
 *
 * A pull whose new diagnostics equal those the client holds (most keystrokes: an edit moves only the
 * findings after it on its own line) is answered "unchanged" with the new resultId: nothing to encode,
 * send, parse or redraw. The client's diagnostics are then exactly the current analysis's (their `data`
 * is the finding index, the same in every version: diagnostics.ts `findingOf`). A full report shares
 * the diagnostics it shows as the last one did, so their JSON is not encoded again (wire.ts).
 */
import { DocumentDiagnosticReportKind, DocumentDiagnosticRequest, type Connection, type Diagnostic, type DocumentDiagnosticParams, type DocumentDiagnosticReport, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysed, DocumentAnalyses } from './analysis';
import { diagnosticsMatch, documentDiagnostics, matchingPrefix } from './diagnostics';
import type { Lifecycle } from './lifecycle';
import type { ServerLog } from './log';

/** The resultId of an analysis: `<analysis id>:<version>` (analysis ids never repeat within a process). */
export function resultIdOf({ analysis }: Analysed): string {
  return `${analysis.id}:${analysis.version}`;
}

/** What the client holds for a document after our last answer to its pull. */
interface Held {
  /** The resultId of that answer (full or unchanged). */
  resultId: string;
  /** The diagnostics of the last full report. */
  items: readonly Diagnostic[];
}

export class DiagnosticsFeature {
  private readonly pending = new Set<string>();
  private readonly held = new Map<string, Held>();
  /** The list last pushed for each document (push clients): the next one shares its unchanged parts. */
  private readonly pushed = new Map<string, readonly Diagnostic[]>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: DocumentAnalyses,
    private readonly life: Lifecycle,
    private readonly log: ServerLog,
  ) {}

  /** Register the pull handler and the push triggers. */
  listen(): void {
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // onRequest, not `languages.diagnostics.on`: that reads `params.workDoneToken` before the handler runs,
    // so params `null` got InternalError with a TypeError's text instead of InvalidParams
    this.connection.onRequest(DocumentDiagnosticRequest.type, this.life.request('textDocument/diagnostic', empty, (p: DocumentDiagnosticParams, token) => this.pull(p, token)));
    this.documents.onDidChangeContent((e) => this.schedulePush(e.document.uri));
    this.documents.onDidClose((e) => {
      this.pending.delete(e.document.uri);
      this.held.delete(e.document.uri);
      this.pushed.delete(e.document.uri);
      if (!this.life.client.pullDiagnostics) void this.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
  }

  private async pull(params: DocumentDiagnosticParams, token: Parameters<DocumentAnalyses['latest']>[1]): Promise<DocumentDiagnosticReport> {
    const got = await this.analyses.latest(params?.textDocument?.uri, token);
    if (!got) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const resultId = resultIdOf(got);
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const uri = got.doc.uri;
    const held = this.held.get(uri);
    const view = this.life.view;
    let same = 0;
    if (held && params.previousResultId === held.resultId) {
      same = matchingPrefix(held.items, got.doc, got.analysis, view);
      if (diagnosticsMatch(held.items, got.doc, got.analysis, view, same)) {
        this.held.set(uri, { resultId, items: held.items });
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      }
    }
    // the findings shown as in the last report share its parts (and their encoded JSON: wire.ts)
    const items = documentDiagnostics(got.doc, got.analysis, view, held?.items, same);
    this.held.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  /** Publish the diagnostics of `uri` once the edits received so far have landed (push clients only). */
  schedulePush(uri: string): void {
    if (this.life.client.pullDiagnostics || this.pending.has(uri)) return;
    this.pending.add(uri);
    setImmediate(async () => {
      try {
        const got = await this.analyses.latest(uri);
        // a change that arrived while we waited is covered by this push; one after it schedules anew
        this.pending.delete(uri);
        if (!got) return;
        const diagnostics = documentDiagnostics(got.doc, got.analysis, this.life.view, this.pushed.get(uri));
        if (this.documents.get(uri)) this.pushed.set(uri, diagnostics);
        await this.connection.sendDiagnostics({ uri, version: got.analysis.version, diagnostics });
      } catch (e) {
        this.pending.delete(uri);
        this.log.failure('push diagnostics', e);
      }
    });
  }

  /** Settings changed (or arrived late): ask the client to pull again, or push again. */
  refresh(uris: readonly string[] = this.documents.all().map((d) => d.uri)): void {
    if (this.life.client.pullDiagnostics) {
      if (this.life.client.diagnosticRefresh) this.connection.languages.diagnostics.refresh();
    } else {
      for (const uri of uris) this.schedulePush(uri);
    }
  }
}
