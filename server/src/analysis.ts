/**
 * One analysis per document version: lint once per (text, version, settings) and serve it to
 * diagnostics, code actions, hover, outline, folding, semantic tokens and the status bar. The cache
 * compares the text itself, not only the version number, so new text under a repeated version is
 * never served from a stale analysis. `DocumentAnalyses.latest` lets the messages already received
 * land first, so a burst of edits is analysed once, at its last version. No rule logic here.
 */
import { lintOptionsOf } from './config';
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintSession, RULES, type Language, type LintResult, type Rule } from './core';
import type { DocumentSettings } from './documentSettings';
import { cancelled } from './lifecycle';
import type { RcBuffers } from './rc-buffers';
import { checksLanguage, settingsKey, type GongwenSettings } from './settings';

interface Common {
  /** Unique within this server process (`<session>.<n>`): names the analysis in `Diagnostic.data` and resultIds. */
  id: string;
  version: number;
  settings: GongwenSettings;
}

export type Analysis =
  | (Common & { kind: 'off' })
  | (Common & { kind: 'too-large'; length: number; limit: number })
  | (Common & {
      kind: 'ok';
      /** The exact text linted: every offset refers to it. */
      text: string;
      language: Language;
      result: LintResult;
    });

export type OkAnalysis = Extract<Analysis, { kind: 'ok' }>;

/** The core language for an editor language id: Markdown rules only for Markdown. */
export function coreLanguage(languageId: string): Language {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/**
 * `settingsKey` of a settings object, computed once per object (every keystroke asks; the server never
 * changes a settings object it has handed out: new settings are new objects).
 */
const keys = new WeakMap<GongwenSettings, string>();
function keyOf(settings: GongwenSettings): string {
  let key = keys.get(settings);
  if (key === undefined) keys.set(settings, (key = settingsKey(settings)));
  return key;
}

/** Random per process: data from another server instance (before a restart) never matches. */
const SESSION = Math.random().toString(36).slice(2, 8);

interface Entry {
  version: number;
  text: string;
  languageId: string;
  key: string;
  analysis: Analysis;
}

/** What `AnalysisStore` tells its owner after each analysis it computes. */
export interface AnalysisEvent {
  uri: string;
  analysis: Analysis;
  /** Milliseconds spent linting. */
  ms: number;
}

/** Lint cache keyed by document URI; one entry per document (its latest text). */
export class AnalysisStore {
  private readonly entries = new Map<string, Entry>();
  /** One incremental session per document: an edit re-checks the paragraphs it touched (core/incremental.ts). */
  private readonly sessions = new Map<string, LintSession>();
  private next = 0;
  /** Analyses computed so far (the protocol tests count them). */
  count = 0;

  constructor(
    private readonly onRuleErrors: (errors: LintResult['errors'], uri: string) => void = () => {},
    /** The rule registry (tests pass their own). */
    private readonly rules: readonly Rule[] = RULES,
    private readonly onAnalysed: (e: AnalysisEvent) => void = () => {},
  ) {}

  /** The cached analysis of `doc` as it is now under `settings`, or undefined. */
  peek(doc: TextDocument, settings: GongwenSettings): Analysis | undefined {
    const hit = this.entries.get(doc.uri);
    // `===` on the text is a pointer check when it did not change (TextDocument keeps its string)
    if (hit && hit.version === doc.version && hit.languageId === doc.languageId && hit.text === doc.getText() && hit.key === keyOf(settings)) return hit.analysis;
    return undefined;
  }

  /**
   * The analysis of `doc` as it is NOW (read synchronously: the caller must not await between
   * reading the document and using the result).
   */
  get(doc: TextDocument, settings: GongwenSettings): Analysis {
    const hit = this.peek(doc, settings);
    if (hit) return hit;
    const t0 = performance.now();
    const analysis = this.compute(doc, settings);
    this.count++;
    this.entries.set(doc.uri, { version: doc.version, text: doc.getText(), languageId: doc.languageId, key: keyOf(settings), analysis });
    this.onAnalysed({ uri: doc.uri, analysis, ms: performance.now() - t0 });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.sessions.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.sessions.clear();
  }

  private compute(doc: TextDocument, settings: GongwenSettings): Analysis {
    const common: Common = { id: `${SESSION}.${++this.next}`, version: doc.version, settings };
    if (!settings.enable || settings.ignored || !checksLanguage(settings.languages, doc.languageId)) return { ...common, kind: 'off' };
    const text = doc.getText();
    if (text.length > settings.maxFileSize) return { ...common, kind: 'too-large', length: text.length, limit: settings.maxFileSize };
    const language = coreLanguage(doc.languageId);
    let session = this.sessions.get(doc.uri);
    if (!session) this.sessions.set(doc.uri, (session = new LintSession()));
    const result = lint(text, lintOptionsOf(settings, language), this.rules, session);
    if (result.errors.length) this.onRuleErrors(result.errors, doc.uri);
    return { ...common, kind: 'ok', text, language, result };
  }
}

/** A document and its analysis, read together: use both before the next `await`. */
export interface Analysed {
  doc: TextDocument;
  analysis: Analysis;
}

/** The open documents' analyses, computed when asked for and only for the latest text. */
export class DocumentAnalyses {
  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: DocumentSettings,
    readonly store: AnalysisStore,
    /** Resolves when every message received so far has been handled (see transport.ts). */
    private readonly whenIdle: () => Promise<void>,
    /** The unsaved text of rc files open in the client's editor (which are not synchronised documents). */
    private readonly rcBuffers?: RcBuffers,
  ) {}

  /**
   * The open document `uri` (its current text and version): a synchronised draft, or an rc file with
   * unsaved edits in the client's editor (see rc-buffers.ts); undefined otherwise.
   */
  openDocument(uri: string): TextDocument | undefined {
    return this.documents.get(uri) ?? this.rcBuffers?.get(uri);
  }

  /**
   * The analysis of open document `uri` at its latest version, or undefined when it is not open.
   * When it must be computed, the messages already received are handled first (a burst of edits
   * is analysed once); a request cancelled meanwhile is answered RequestCancelled and costs no
   * analysis.
   */
  async latest(uri: unknown, token?: CancellationToken): Promise<Analysed | undefined> {
    if (typeof uri !== 'string' || !this.documents.get(uri)) return undefined;
    let waited = false;
    for (;;) {
      const settings = await this.settings.get(uri);
      const doc = this.documents.get(uri); // read again after each await: the text may have moved on
      if (!doc) return undefined;
      const hit = this.store.peek(doc, settings);
      if (hit) return { doc, analysis: hit };
      if (waited) return { doc, analysis: this.store.get(doc, settings) };
      await this.whenIdle();
      waited = true;
      if (token?.isCancellationRequested) throw cancelled();
    }
  }
}
