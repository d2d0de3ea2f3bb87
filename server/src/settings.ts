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
