/**
 * The `gongwen` settings section as the language server sees it: the section name, defaults and
 * `validateSettings` for the settings alone. The key table, schemas, rc files and merging live in
 * config/ (one module owns the configuration); this file keeps the server's entry points short.
 * Settings are resource-scoped and fetched per document (never kept in one global: multi-root).
 */
import { RULES, type Rule } from './core';
import { defaultSettings, formatProblem, resolveSettings, validateConfig, type GongwenSettings } from './config';

export { settingsKey, type GongwenSettings } from './config';
export { SPEAKING_RATE_MIN, SPEAKING_RATE_MAX } from './config';

export const SETTINGS_SECTION = 'gongwen';

/** Defaults; `validateSettings` returns a fresh object. */
export const DEFAULT_SETTINGS: Readonly<GongwenSettings> = Object.freeze(defaultSettings());

/**
 * Validate the raw `gongwen` section (as `workspace/configuration` returns it) on its own, no rc
 * file: every bad value is named in `problems` (English, `gongwen.<key>: reason`) and left at its
 * default. `undefined`/`null` means "nothing set": defaults, no problem.
 */
export function validateSettings(raw: unknown, rules: readonly Rule[] = RULES): { settings: GongwenSettings; problems: string[] } {
  const { config, problems } = validateConfig(raw, 'settings', rules, 'gongwen.');
  return { settings: resolveSettings([{ config }], ''), problems: problems.map((p) => formatProblem(p, false)) };
}

/**
 * Language ids that are other editors' names of one of `gongwen.languages`' ids: Neovim (filetype `text`) and
 * Emacs (text-mode, through eglot or lsp-mode) open a .txt draft as `text`, which is VS Code's `plaintext`.
 */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = { text: 'plaintext' };

/**
 * Does `languages` (the `gongwen.languages` setting) take a document of editor language id `languageId`?
 * Listed as it is, or as the id it is another editor's name for (`text` is taken when `plaintext` is listed).
 */
export function checksLanguage(languages: readonly string[], languageId: string): boolean {
  if (languages.includes(languageId)) return true;
  const alias = LANGUAGE_ALIASES[languageId];
  return alias !== undefined && languages.includes(alias);
}
