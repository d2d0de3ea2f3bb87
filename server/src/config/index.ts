/**
 * gongwen's configuration: the `gongwen.*` settings and `.gongwenrc.json` files, one table of keys
 * (keys.ts) → JSON schemas (schema.ts) → validation with ajv (validate.ts) → one document's
 * effective settings (resolve.ts). Used by the language server, the CLI and scripts/gen-settings.ts.
 * Pure: the callers read the files (the server through the client, the CLI from disk).
 */
import { RULES } from '../core';
import type { Rule } from '../core';
import { loadRcText } from './rcfile';
import { resolveSettings, type ConfigLayer, type GongwenSettings } from './resolve';
import { validateConfig, type ConfigProblem } from './validate';

export * from './keys';
export * from './schema';
export * from './patterns';
export * from './validate';
export * from './rcfile';
export * from './resolve';

/** An rc file's location and text as read by the caller. */
export interface RcFileText {
  /** Its path or URI (`/`-separated, decoded): names it in problems; its folder is the base of its globs. */
  path: string;
  text: string;
}

/**
 * The effective settings of document `doc` (`/`-separated path or decoded URI):
 * `settingsSection` (the raw `gongwen` settings, globs relative to `workspaceFolder`), then
 * `rcFiles` NEAREST FIRST (as found upward from the document's folder). Problems name the file
 * (`settings` for the settings) and the key; a bad entry is dropped and the rest applies.
 */
export function resolveDocument(
  settingsSection: unknown,
  rcFiles: readonly RcFileText[],
  doc: string,
  workspaceFolder?: string,
  rules: readonly Rule[] = RULES,
): { settings: GongwenSettings; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const s = validateConfig(settingsSection, 'settings', rules, 'gongwen.');
  problems.push(...s.problems);
  const layers: ConfigLayer[] = [{ config: s.config, base: workspaceFolder?.replace(/\/+$/, '') }];
  for (const f of [...rcFiles].reverse()) {
    const r = loadRcText(f.text, f.path, rules);
    problems.push(...r.problems);
    layers.push({ config: r.config, base: f.path.slice(0, Math.max(0, f.path.lastIndexOf('/'))) });
  }
  return { settings: resolveSettings(layers, doc), problems };
}
