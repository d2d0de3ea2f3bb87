import * as vscode from 'vscode';
import { Source, buildSections, findPlaceholders, groupPlaceholders } from '../../server/src/core';
import type { Language, PlaceholderGroup, PlaceholderMatch, Section } from '../../server/src/core';
import { countCharacters, type CharacterCount } from '../../server/src/core/stats';
import { flattenSections } from './navigation';
import { validateSettings, type GongwenSettings } from '../../server/src/settings';

/** The languages the client starts the server for and the editor features apply to. */
export const DRAFT_LANGUAGES: readonly Language[] = ['markdown', 'plaintext'];

/** The core's language for a document; undefined when gongwen does not handle it. */
export function draftLanguage(document: vscode.TextDocument): Language | undefined {
  return (DRAFT_LANGUAGES as readonly string[]).includes(document.languageId) ? (document.languageId as Language) : undefined;
}

/**
 * The `gongwen` settings for a document, validated by the same code as the server's (a bad value
 * falls back to its default). Read per document: settings are resource-scoped.
 */
export function settingsFor(document: vscode.TextDocument): GongwenSettings {
  const c = vscode.workspace.getConfiguration('gongwen', document.uri);
  return validateSettings({
    enable: c.get('enable'),
    speakingRate: c.get('speakingRate'),
    languages: c.get('languages'),
    maxFileSize: c.get('maxFileSize'),
  }).settings;
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
