/**
 * `gongwen/documentStats`: what the status bar and the statistics command show, from the same
 * analysis as the diagnostics (so placeholders follow `gongwen.rules`: a placeholder check turned
 * off counts nothing). Request: `{ textDocument: { uri } }`; answer: `DocumentStats`, or null when
 * the document is not open or not checked (off, another language, too large).
 */
import { RequestType, type Range, type TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { countCharacters, speakingMinutes, type CharacterCount } from './core';
import type { OkAnalysis } from './analysis';
import { toRange } from './convert';

export interface DocumentStats extends CharacterCount {
  /** The document version counted. */
  version: number;
  /** Speaking rate used (gongwen.speakingRate), characters per minute. */
  rate: number;
  /** Estimated speaking time, whole minutes. */
  minutes: number;
  /** Placeholder findings, in document order (UTF-16 positions). */
  placeholders: Array<{ range: Range; group?: string }>;
  /** Placeholder groups (`XX镇`), most frequent first, then in order of first appearance. */
  groups: Array<{ group: string; count: number }>;
}

export const DocumentStatsRequest = new RequestType<{ textDocument: TextDocumentIdentifier }, DocumentStats | null, void>('gongwen/documentStats');

const cache = new WeakMap<OkAnalysis, DocumentStats>();

/** The statistics of `doc` for its analysis (computed once per analysis). */
export function documentStats(doc: TextDocument, analysis: OkAnalysis): DocumentStats {
  let s = cache.get(analysis);
  if (s) return s;
  const count = countCharacters(analysis.text, analysis.language);
  const rate = analysis.settings.speakingRate;
  const found = analysis.result.findings.filter((f) => f.rule === 'placeholder');
  const byGroup = new Map<string, number>();
  for (const f of found) if (f.group !== undefined) byGroup.set(f.group, (byGroup.get(f.group) ?? 0) + 1);
  const groups = [...byGroup].map(([group, count], order) => ({ group, count, order }));
  groups.sort((a, b) => b.count - a.count || a.order - b.order);
  s = {
    ...count,
    version: analysis.version,
    rate,
    minutes: speakingMinutes(count.total, rate),
    placeholders: found.map((f) => ({ range: toRange(doc, f.start, f.end), ...(f.group !== undefined ? { group: f.group } : {}) })),
    groups: groups.map(({ group, count }) => ({ group, count })),
  };
  cache.set(analysis, s);
  return s;
}
