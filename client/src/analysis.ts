import * as vscode from 'vscode';
import { Source, buildSections } from '../../server/src/core';
import type { Language, PlaceholderGroup, PlaceholderMatch, Section } from '../../server/src/core';
import type { PlaceholdersAnswer } from '../../server/src/placeholder-request';
import { countCharacters, type CharacterCount } from '../../server/src/core';
import { flattenSections } from './navigation';

/** The languages the client starts the server for and the editor features apply to. */
export const DRAFT_LANGUAGES: readonly Language[] = ['markdown', 'plaintext'];

/** The core's language for a document; undefined when gongwen does not handle it. */
export function draftLanguage(document: vscode.TextDocument): Language | undefined {
  return (DRAFT_LANGUAGES as readonly string[]).includes(document.languageId) ? (document.languageId as Language) : undefined;
}

/** The `gongwen` settings the editor side reads (the server validates the whole section and the rc files). */
export interface EditorSettings {
  enable: boolean;
  speakingRate: number;
  languages: string[];
  maxFileSize: number;
}

/**
 * The `gongwen` settings for a document (resource scope). VS Code fills in the package.json
 * defaults; a value of the wrong type falls back to the default here too, so the status bar and
 * the commands never see one. No server code: the server reports bad values.
 */
export function settingsFor(document: vscode.TextDocument): EditorSettings {
  const c = vscode.workspace.getConfiguration('gongwen', document.uri);
  const enable = c.get<unknown>('enable');
  const rate = c.get<unknown>('speakingRate');
  const languages = c.get<unknown>('languages');
  const max = c.get<unknown>('maxFileSize');
  const num = (v: unknown, lo: number, hi: number, dflt: number) => (typeof v === 'number' && Number.isFinite(v) && v >= lo && v <= hi ? v : dflt);
  return {
    enable: typeof enable === 'boolean' ? enable : true,
    speakingRate: num(rate, 60, 600, 190),
    languages: Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? (languages as string[]) : ['markdown', 'plaintext'],
    maxFileSize: num(max, 1, Number.MAX_SAFE_INTEGER, 5_000_000),
  };
}

/** Whether the editor features (status bar, navigation) apply to a document under its settings. */
export function isDraft(document: vscode.TextDocument): boolean {
  if (!draftLanguage(document)) return false;
  const s = settingsFor(document);
  return s.enable && s.languages.includes(document.languageId) && document.getText().length <= s.maxFileSize;
}

// ---------------------------------------------------------------------------------------------
// Placeholders come from the server (request `gongwen/placeholders`): the client never scans the
// text for them, so the commands see what the diagnostics show and respect `gongwen.rules`.

type PlaceholderRequester = (uri: string) => Promise<PlaceholdersAnswer | null>;
let requester: PlaceholderRequester | undefined;
const placeholderChanged = new vscode.EventEmitter<vscode.Uri>();
/** Fires when a document's placeholder answer arrives (the status bar can re-render). */
export const onDidChangePlaceholders = placeholderChanged.event;

/**
 * Route placeholder questions to the language server (the extension calls this once it has a
 * client). A change of the `gongwen` settings drops the answers (a rule may have been turned off).
 */
export function usePlaceholderServer(fn: PlaceholderRequester | undefined): vscode.Disposable {
  requester = fn;
  // Drafts opened before the server ran (activation does not wait for it) were analysed without asking:
  // ask now, so the status bar and the commands see their placeholders without waiting for an edit.
  if (fn) for (const editor of vscode.window.visibleTextEditors) if (analyse(editor.document)) void placeholdersOf(editor.document);
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('gongwen')) return;
    for (const a of cache.values()) a.dropPlaceholders();
    const editor = vscode.window.activeTextEditor;
    if (editor) void placeholdersOf(editor.document);
  });
}

/**
 * The server's placeholders for the document's current version, or undefined when the server is
 * not running, the document is off for gongwen, or the text moved on while the server answered
 * (asked twice at most).
 */
export async function placeholdersOf(document: vscode.TextDocument): Promise<PlaceholdersAnswer | undefined> {
  const ask = requester;
  const a = analyse(document);
  if (!ask || !a) return undefined;
  if (a.placeholderAnswer && a.placeholderAnswer.version === document.version) return a.placeholderAnswer;
  for (let attempt = 0; attempt < 2; attempt++) {
    let answer: PlaceholdersAnswer | null;
    try {
      answer = await ask(document.uri.toString());
    } catch {
      return undefined;
    }
    if (!answer) return undefined;
    if (answer.version === document.version) {
      const now = analyse(document);
      if (now && now.version === answer.version) now.placeholderAnswer = answer;
      placeholderChanged.fire(document.uri);
      return answer;
    }
  }
  return undefined;
}

/**
 * One document version, analysed lazily by the pure core. The cache holds the last version of each
 * open document, so the status bar, the navigation commands and the fill command share one pass.
 */
export class DraftAnalysis {
  private sourceCache?: Source;
  private placeholderCache?: PlaceholderMatch[];
  private groupCache?: PlaceholderGroup[];
  private countCache?: CharacterCount;
  private sectionCache?: Section[];

  constructor(
    readonly text: string,
    readonly language: Language,
    readonly version: number,
  ) {}

  get source(): Source {
    return (this.sourceCache ??= new Source(this.text, this.language));
  }

  /** The server's answer for this version, once it has arrived (see `placeholdersOf`). */
  get placeholderAnswer(): PlaceholdersAnswer | undefined {
    return this.answer;
  }
  set placeholderAnswer(answer: PlaceholdersAnswer | undefined) {
    this.answer = answer;
    this.placeholderCache = undefined;
    this.groupCache = undefined;
    // the character count leaves placeholders out: it changes with the answer
    this.countCache = undefined;
  }
  private answer?: PlaceholdersAnswer;

  /** Forget the server's answer (settings changed). */
  dropPlaceholders(): void {
    this.placeholderAnswer = undefined;
  }

  /**
   * Unfilled placeholders in document order, as the server reported them for this version ([]
   * until its answer arrives; `placeholdersOf` asks for it and fires `onDidChangePlaceholders`).
   */
  get placeholders(): PlaceholderMatch[] {
    const answer = this.placeholderAnswer;
    if (!answer) return [];
    return (this.placeholderCache ??= answer.groups
      .flatMap((g) => g.occurrences.map((o) => ({ start: o.start, end: o.end, text: o.text, group: g.group, weak: o.severity === 'info' || o.severity === 'hint' })))
      .sort((x, y) => x.start - y.start));
  }

  /** Placeholder groups, most frequent first ([] until the server's answer arrives). */
  get groups(): PlaceholderGroup[] {
    const answer = this.placeholderAnswer;
    if (!answer) return [];
    if (this.groupCache) return this.groupCache;
    const byGroup = new Map<string, PlaceholderMatch[]>(answer.groups.map((g) => [g.group, []]));
    for (const m of this.placeholders) byGroup.get(m.group)?.push(m);
    return (this.groupCache = answer.groups.map((g) => ({ group: g.group, occurrences: byGroup.get(g.group) ?? [] })));
  }

  get count(): CharacterCount {
    // Placeholders are counted apart: the letters of `XX镇` are not characters a speaker reads.
    return (this.countCache ??= countCharacters(this.text, this.language, this.placeholders));
  }

  /** Every outline section (headings and ordinal markers) in document order. */
  get sections(): Section[] {
    this.sectionCache ??= flattenSections(buildSections(this.source).roots);
    return this.sectionCache;
  }
}

const cache = new Map<string, DraftAnalysis>();

/** The analysis of a document's current version, or undefined for a language gongwen ignores. */
export function analyse(document: vscode.TextDocument): DraftAnalysis | undefined {
  const language = draftLanguage(document);
  if (!language) return undefined;
  const key = document.uri.toString();
  const hit = cache.get(key);
  if (hit && hit.version === document.version && hit.language === language) return hit;
  const fresh = new DraftAnalysis(document.getText(), language, document.version);
  cache.set(key, fresh);
  // Ask the server for this version's placeholders; listeners re-render when the answer arrives.
  if (requester) void placeholdersOf(document);
  return fresh;
}

/** Drop a closed document's analysis. */
export function forget(document: vscode.TextDocument): void {
  cache.delete(document.uri.toString());
}
