/**
 * Custom request `gongwen/placeholders`: the unfilled placeholders of an open document, answered
 * from the server's one analysis of that document version (so the editor's navigation and fill
 * commands see exactly what the diagnostics show, and respect `gongwen.rules`: with `placeholder`
 * off, the answer is empty). The client never scans the text itself.
 *
 * Request params: `{ uri: string }` (anything else: InvalidParams). Answer: `PlaceholdersAnswer`, or
 * `null` when the document is not open, is off for gongwen, or is too large. Offsets are UTF-16 code units into the document's
 * text at `version`; the client must check that its document is still at that version.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis';
import type { Lifecycle } from './lifecycle';

export const PLACEHOLDERS_REQUEST = 'gongwen/placeholders';

/** One occurrence of a placeholder. */
export interface PlaceholderOccurrence {
  /** `[start, end)` in UTF-16 code units of the analysed text. */
  start: number;
  end: number;
  /** The placeholder as written (`XX`, `【单位名称】`, `会议时间：` for an empty field). */
  text: string;
  /** 0-based line of `start`. */
  line: number;
  /** The line's text, trimmed and cut to about 80 characters around the placeholder, for pickers. */
  context: string;
  /** True for an empty field: the value is inserted after `end` instead of replacing the range. */
  insert: boolean;
  severity: 'error' | 'warning' | 'info' | 'hint';
}

/** Occurrences that fill alike: one group key (`XX镇`, `书记XX同志`). */
export interface PlaceholderGroupAnswer {
  group: string;
  /** In document order. */
  occurrences: PlaceholderOccurrence[];
}

export interface PlaceholdersAnswer {
  uri: string;
  /** The document version the offsets refer to. */
  version: number;
  /** Every occurrence in document order. */
  placeholders: PlaceholderOccurrence[];
  /** Groups, most occurrences first, then by first occurrence. */
  groups: PlaceholderGroupAnswer[];
}

/** The answer for one analysed document version (pure; exported for tests). */
export function placeholdersAnswer(doc: TextDocument, analysis: Analysis): PlaceholdersAnswer | null {
  if (analysis.kind !== 'ok') return null;
  const { text, result } = analysis;
  const placeholders: PlaceholderOccurrence[] = [];
  const byGroup = new Map<string, PlaceholderOccurrence[]>();
  for (const f of result.findings) {
    if (f.rule !== 'placeholder') continue;
    const line = result.source.lineAt(f.start);
    const lineText = text.slice(line.start, line.end);
    const at = f.start - line.start;
    const from = Math.max(0, at - 40);
    const to = Math.min(lineText.length, at + (f.end - f.start) + 40);
    const context = `${from > 0 ? '…' : ''}${lineText.slice(from, to).trim()}${to < lineText.length ? '…' : ''}`;
    const slot = text.slice(f.start, f.end);
    const p: PlaceholderOccurrence = { start: f.start, end: f.end, text: slot, line: line.index, context, insert: /[:：]$/.test(slot), severity: f.severity };
    placeholders.push(p);
    const key = f.group ?? slot;
    const list = byGroup.get(key);
    if (list) list.push(p);
    else byGroup.set(key, [p]);
  }
  const groups = [...byGroup.entries()]
    .map(([group, occurrences]) => ({ group, occurrences }))
    .sort((a, b) => b.occurrences.length - a.occurrences.length || a.occurrences[0].start - b.occurrences[0].start);
  return { uri: doc.uri, version: analysis.version, placeholders, groups };
}

/**
 * Register the request on `connection`, through `life` (lifecycle.ts: life-cycle errors, InvalidParams
 * for params other than `{ uri: string }`). `analyze` gives the current analysis of an open document
 * (undefined when it is not open: answered `null`). A failure is logged and answered with `null`.
 */
export function registerPlaceholderRequest(
  connection: Connection,
  analyze: (uri: string) => Promise<{ doc: TextDocument; analysis: Analysis } | undefined>,
  life: Lifecycle,
): void {
  connection.onRequest(
    PLACEHOLDERS_REQUEST,
    life.request(PLACEHOLDERS_REQUEST, null, async (params: { uri: string }) => {
      const got = await analyze(params.uri);
      return got ? placeholdersAnswer(got.doc, got.analysis) : null;
    }),
  );
}
