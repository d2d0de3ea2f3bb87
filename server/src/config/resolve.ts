/**
 * From configuration layers to what one document is checked with. Layers, farthest first: the
 * `gongwen.*` settings (globs relative to the workspace folder), then each `.gongwenrc.json` from
 * the workspace root down to the document's folder (globs relative to that file's folder). A nearer
 * layer wins key by key (see `MergeKind` in keys.ts); inside a layer, its `overrides` whose `files`
 * match the document apply after its own keys. Pure.
 */
import type { LintOptions, Language, SeveritySetting } from '../core';
import { CONFIG_KEYS } from './keys';
import { compilePattern } from './patterns';
import type { Override, PartialConfig } from './validate';

/** The effective configuration of one document. */
export interface GongwenSettings {
  enable: boolean;
  /** Severity overrides by severity key (rule id or `rule/sub`). */
  rules: Record<string, SeveritySetting>;
  /** Rule options by rule id (validated against each rule's `meta.options`). */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Allow-listed words. */
  allow: string[];
  /** Extra pattern sources (validated: compile, no nested quantifiers, not empty-matching). */
  placeholderPatterns: string[];
  residuePatterns: string[];
  /** Matched by one of the `ignore` globs: not checked. */
  ignored: boolean;
  /** Speaking rate for speech timing, characters per minute. */
  speakingRate: number;
  /** Language ids checked. */
  languages: string[];
  /** Documents longer than this (UTF-16 characters) are not checked. */
  maxFileSize: number;
  /** Bulk fixing (fix-all, fix-on-save). */
  fix: {
    /** Apply fixes of kind `suggestion` too (default false: only `safe` fixes apply in bulk). */
    suggestions: boolean;
  };
  /** The Word export: font names by use (`title`, `body`, …; see export/fonts.ts), a nearer layer winning font by font. */
  export: { fonts: Record<string, string> };
}

/** One configuration layer and the folder its globs are relative to (`/`-separated, no trailing `/`). */
export interface ConfigLayer {
  config: PartialConfig;
  /** undefined: globs match the document's file name only. */
  base?: string;
}

/** Defaults of every key, fresh each call. */
export function defaultSettings(): GongwenSettings {
  const d = (name: string) => structuredClone(CONFIG_KEYS.find((k) => k.name === name)!.default);
  return {
    enable: d('enable') as boolean,
    rules: {},
    ruleOptions: {},
    allow: [],
    placeholderPatterns: [],
    residuePatterns: [],
    ignored: false,
    speakingRate: d('speakingRate') as number,
    languages: d('languages') as string[],
    maxFileSize: d('maxFileSize') as number,
    fix: d('fix') as { suggestions: boolean },
    export: d('export') as { fonts: Record<string, string> },
  };
}

/** `doc` relative to `base` (`a/b.md`), or its file name when `base` is undefined; undefined when outside. */
function relative(doc: string, base: string | undefined): string | undefined {
  if (base === undefined) return doc.slice(doc.lastIndexOf('/') + 1);
  const b = base.replace(/\/+$/, '');
  return doc.startsWith(`${b}/`) ? doc.slice(b.length + 1) : undefined;
}

/**
 * Does a glob match `rel` (a `/`-separated path relative to the globs' folder) or one of its folders?
 * As in .gitignore: a glob without `/` matches a name at any depth (`*.bak.md`, `草稿`); a glob ending
 * in `/` matches folders only (`归档/` at any depth, `通知/旧/` from the globs' folder), and so every
 * file below them.
 */
export function globMatches(globs: readonly string[], rel: string): boolean {
  if (globs.length === 0) return false;
  const opts = { dot: true, windows: false };
  const parts = rel.split('/');
  // picomatch is loaded on the first glob, not at start-up: most runs have none.
  const picomatch = require('picomatch') as typeof import('picomatch');
  for (const folderOnly of [false, true]) {
    const list = globs.filter((g) => /\/$/.test(g) === folderOnly).map((g) => g.replace(/\/+$/, ''));
    if (list.length === 0) continue;
    // the path's folders, and for a glob that is not folder-only the file itself
    const last = folderOnly ? parts.length - 1 : parts.length;
    const withSlash = list.filter((g) => g.includes('/')).map((g) => g.replace(/^\.?\//, ''));
    const bare = list.filter((g) => !g.includes('/') && g !== '');
    if (withSlash.length) {
      const isMatch = picomatch(withSlash, opts);
      for (let i = last; i >= 1; i--) if (isMatch(parts.slice(0, i).join('/'))) return true;
    }
    if (bare.length) {
      const isMatch = picomatch(bare, opts);
      for (let i = 0; i < last; i++) if (isMatch(parts[i])) return true;
    }
  }
  return false;
}

function applyRuleSet(s: GongwenSettings, c: Pick<PartialConfig, 'rules' | 'ruleOptions' | 'allow'>): void {
  if (c.rules) Object.assign(s.rules, c.rules);
  if (c.ruleOptions) for (const [id, opts] of Object.entries(c.ruleOptions)) s.ruleOptions[id] = { ...(s.ruleOptions[id] ?? {}), ...opts };
  if (c.allow) s.allow = [...new Set([...s.allow, ...c.allow])];
}

/**
 * The settings document `doc` (a `/`-separated path or decoded URI) is checked with, given the
 * layers farthest first. Never throws on validated layers.
 */
export function resolveSettings(layers: readonly ConfigLayer[], doc: string): GongwenSettings {
  const s = defaultSettings();
  for (const { config: c, base } of layers) {
    if (c.enable !== undefined) s.enable = c.enable;
    if (c.speakingRate !== undefined) s.speakingRate = c.speakingRate;
    if (c.languages !== undefined) s.languages = [...new Set(c.languages)];
    if (c.maxFileSize !== undefined) s.maxFileSize = Math.floor(c.maxFileSize);
    if (c.fix?.suggestions !== undefined) s.fix = { suggestions: c.fix.suggestions };
    if (c.export?.fonts) s.export = { fonts: { ...s.export.fonts, ...c.export.fonts } };
    applyRuleSet(s, c);
    if (c.placeholderPatterns) s.placeholderPatterns = [...new Set([...s.placeholderPatterns, ...c.placeholderPatterns])];
    if (c.residuePatterns) s.residuePatterns = [...new Set([...s.residuePatterns, ...c.residuePatterns])];
    const rel = relative(doc, base);
    if (rel === undefined) continue;
    if (c.ignore && globMatches(c.ignore, rel)) s.ignored = true;
    for (const o of c.overrides ?? ([] as Override[])) if (globMatches(o.files, rel)) applyRuleSet(s, o);
  }
  return s;
}

/** A stable key for settings (cache keys): equal settings, equal keys. */
export function settingsKey(s: GongwenSettings): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sortKeys(s));
}

/**
 * The core's `LintOptions` for settings: severities, rule options, the allow-list and the extra
 * patterns compiled afresh (flags `gu`), so no `lastIndex` is shared between runs.
 */
export function lintOptionsOf(s: GongwenSettings, language: Language): LintOptions {
  return {
    language,
    severities: s.rules,
    ruleOptions: s.ruleOptions,
    allow: s.allow,
    extraPatterns: { placeholder: s.placeholderPatterns.map(compilePattern), residue: s.residuePatterns.map(compilePattern) },
  };
}
