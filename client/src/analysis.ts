import * as vscode from 'vscode';
import { Source, buildSections, findPlaceholders, groupPlaceholders } from '../../server/src/core';
import type { Language, PlaceholderGroup, PlaceholderMatch, Section } from '../../server/src/core';
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

  /** Unfilled placeholders in document order. */
  get placeholders(): PlaceholderMatch[] {
    return (this.placeholderCache ??= findPlaceholders(this.source));
  }

  /** Placeholder groups, most frequent first. */
  get groups(): PlaceholderGroup[] {
    return (this.groupCache ??= groupPlaceholders(this.placeholders));
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
  return fresh;
}

/** Drop a closed document's analysis. */
export function forget(document: vscode.TextDocument): void {
  cache.delete(document.uri.toString());
}
