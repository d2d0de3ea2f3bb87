/**
 * Per-document analysis: lint once per (uri, version, settings) and keep the result for
 * diagnostics, hover, code actions, outline and semantic tokens. No rule logic here.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, RULES, type Language, type LintResult, type Rule } from './core';
import { lintOptionsOf } from './config';
import { settingsKey, type GongwenSettings } from './settings';

export type Analysis =
  | { kind: 'off'; version: number; settings: GongwenSettings }
  | { kind: 'too-large'; version: number; settings: GongwenSettings; length: number; limit: number }
  | {
      kind: 'ok';
      version: number;
      settings: GongwenSettings;
      /** The exact text linted: every offset refers to it. */
      text: string;
      language: Language;
      result: LintResult;
    };

/** The core language for an editor language id: Markdown rules only for Markdown. */
export function coreLanguage(languageId: string): Language {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

interface Entry {
  version: number;
  key: string;
  analysis: Analysis;
}

/** Lint cache keyed by document URI; one entry per document (the latest version asked for). */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly onRuleErrors: (errors: LintResult['errors'], uri: string) => void = () => {},
    /** The rule registry (tests pass their own). */
    private readonly rules: readonly Rule[] = RULES,
  ) {}

  /**
   * The analysis of `doc` as it is NOW (read synchronously: the caller must not await between
   * reading the document and using the result, or must compare versions).
   */
  get(doc: TextDocument, settings: GongwenSettings): Analysis {
    const key = settingsKey(settings);
    const hit = this.entries.get(doc.uri);
    if (hit && hit.version === doc.version && hit.key === key) return hit.analysis;
    const analysis = this.compute(doc, settings);
    this.entries.set(doc.uri, { version: doc.version, key, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  private compute(doc: TextDocument, settings: GongwenSettings): Analysis {
    const version = doc.version;
    if (!settings.enable || settings.ignored || !settings.languages.includes(doc.languageId)) return { kind: 'off', version, settings };
    const text = doc.getText();
    if (text.length > settings.maxFileSize) return { kind: 'too-large', version, settings, length: text.length, limit: settings.maxFileSize };
    const language = coreLanguage(doc.languageId);
    const result = lint(text, lintOptionsOf(settings, language), this.rules);
    if (result.errors.length) this.onRuleErrors(result.errors, doc.uri);
    return { kind: 'ok', version, settings, text, language, result };
  }
}
