/**
 * The `gongwen` settings section: its schema (what the extension contributes in package.json), its
 * defaults, and `validateSettings`, which turns whatever the client sent into a typed object.
 * Pure: no LSP library, so the CLI, the client and tests can use it. Settings are resource-scoped
 * and fetched per document by the server (never kept in one global: multi-root workspaces).
 */
import { RULES, SEVERITY_SETTINGS, severityKeys, type SeveritySetting } from './core';
import { DEFAULT_FONTS, FONT_DESCRIPTIONS, FONT_KEYS } from './export/fonts';

/** Validated settings for one document. */
export interface GongwenSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Severity overrides by severity key (rule id or `rule/sub`). */
  rules: Record<string, SeveritySetting>;
  /** Speaking rate for speech timing, characters per minute. */
  speakingRate: number;
  /** Language ids checked. */
  languages: string[];
  /** Documents longer than this (UTF-16 characters) are not checked. */
  maxFileSize: number;
}

export const SETTINGS_SECTION = 'gongwen';

export const SPEAKING_RATE_MIN = 60;
export const SPEAKING_RATE_MAX = 600;

/** Defaults; `validateSettings` returns a fresh copy. */
export const DEFAULT_SETTINGS: Readonly<GongwenSettings> = Object.freeze({
  enable: true,
  rules: Object.freeze({}) as Record<string, SeveritySetting>,
  speakingRate: 190,
  languages: Object.freeze(['markdown', 'plaintext']) as unknown as string[],
  maxFileSize: 5_000_000,
});

function freshDefaults(): GongwenSettings {
  return { ...DEFAULT_SETTINGS, rules: {}, languages: [...DEFAULT_SETTINGS.languages] };
}

/**
 * The `contributes.configuration.properties` the extension must declare (English descriptions;
 * the client may swap in `%…%` keys for package.nls). `gongwen.rules` lists every severity key of
 * the registry at the time of the call.
 */
export function configurationProperties(): Record<string, Record<string, unknown>> {
  const ruleProps: Record<string, unknown> = {};
  for (const key of severityKeys()) {
    const [id, sub] = key.split('/');
    const meta = RULES.find((r) => r.meta.id === id)?.meta;
    const def = sub ? meta?.subChecks?.[sub]?.defaultSeverity : meta?.defaultSeverity;
    const desc = sub ? meta?.subChecks?.[sub]?.description : meta?.description;
    ruleProps[key] = {
      type: 'string',
      enum: [...SEVERITY_SETTINGS],
      ...(def ? { default: def } : {}),
      ...(desc ? { description: `${desc.zh} ${desc.en}` } : {}),
    };
  }
  return {
    'gongwen.enable': {
      type: 'boolean',
      default: DEFAULT_SETTINGS.enable,
      scope: 'resource',
      description: 'Check documents (公文检查开关).',
    },
    'gongwen.rules': {
      type: 'object',
      default: {},
      scope: 'resource',
      properties: ruleProps,
      additionalProperties: false,
      description: 'Severity per rule or `rule/sub` check: off, hint, info, warning, error (按规则设置级别).',
    },
    'gongwen.speakingRate': {
      type: 'number',
      default: DEFAULT_SETTINGS.speakingRate,
      minimum: SPEAKING_RATE_MIN,
      maximum: SPEAKING_RATE_MAX,
      scope: 'resource',
      description: 'Speaking rate for speech timing, characters per minute (讲话语速，字/分钟).',
    },
    'gongwen.languages': {
      type: 'array',
      items: { type: 'string' },
      default: [...DEFAULT_SETTINGS.languages],
      scope: 'resource',
      description: 'Language ids to check (检查的语言).',
    },
    'gongwen.maxFileSize': {
      type: 'number',
      default: DEFAULT_SETTINGS.maxFileSize,
      minimum: 1,
      scope: 'resource',
      description: 'Documents longer than this many characters are not checked (超过此字符数的文档暂停检查).',
    },
    // Read by the client's Word export only (client/src/export.ts); the server does not use them.
    ...Object.fromEntries(
      FONT_KEYS.map((k) => [`gongwen.export.fonts.${k}`, { type: 'string', default: DEFAULT_FONTS[k], scope: 'resource', description: `${FONT_DESCRIPTIONS[k].en} (${FONT_DESCRIPTIONS[k].zh}).` }]),
    ),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validate the raw `gongwen` section (as `workspace/configuration` returns it). Every bad value is
 * named in `problems` and replaced by its default; unknown keys inside `gongwen.rules` are dropped.
 * `undefined`/`null` means "nothing set": defaults, no problem.
 */
export function validateSettings(raw: unknown, knownKeys: readonly string[] = severityKeys()): { settings: GongwenSettings; problems: string[] } {
  const settings = freshDefaults();
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  if (!isRecord(raw)) {
    problems.push(`gongwen: expected an object, got ${describe(raw)}; using defaults`);
    return { settings, problems };
  }

  const { enable, rules, speakingRate, languages, maxFileSize } = raw;

  if (enable !== undefined && enable !== null) {
    if (typeof enable === 'boolean') settings.enable = enable;
    else problems.push(`gongwen.enable: expected true or false, got ${describe(enable)}; using ${DEFAULT_SETTINGS.enable}`);
  }

  if (rules !== undefined && rules !== null) {
    if (!isRecord(rules)) {
      problems.push(`gongwen.rules: expected an object of rule severities, got ${describe(rules)}; ignored`);
    } else {
      const known = new Set(knownKeys);
      for (const [key, value] of Object.entries(rules)) {
        if (!known.has(key)) {
          problems.push(`gongwen.rules: unknown rule "${key}"; ignored`);
        } else if (typeof value !== 'string' || !(SEVERITY_SETTINGS as readonly string[]).includes(value)) {
          problems.push(`gongwen.rules.${key}: expected one of ${SEVERITY_SETTINGS.join('|')}, got ${describe(value)}; using the rule's default`);
        } else {
          settings.rules[key] = value as SeveritySetting;
        }
      }
    }
  }

  if (speakingRate !== undefined && speakingRate !== null) {
    if (typeof speakingRate === 'number' && Number.isFinite(speakingRate) && speakingRate >= SPEAKING_RATE_MIN && speakingRate <= SPEAKING_RATE_MAX) {
      settings.speakingRate = speakingRate;
    } else {
      problems.push(
        `gongwen.speakingRate: expected a number from ${SPEAKING_RATE_MIN} to ${SPEAKING_RATE_MAX} (characters per minute), got ${describe(speakingRate)}; using ${DEFAULT_SETTINGS.speakingRate}`,
      );
    }
  }

  if (languages !== undefined && languages !== null) {
    if (Array.isArray(languages) && languages.every((l) => typeof l === 'string' && l.length > 0)) {
      settings.languages = [...new Set(languages as string[])];
    } else {
      problems.push(`gongwen.languages: expected an array of language ids, got ${describe(languages)}; using ${JSON.stringify(DEFAULT_SETTINGS.languages)}`);
    }
  }

  if (maxFileSize !== undefined && maxFileSize !== null) {
    if (typeof maxFileSize === 'number' && Number.isFinite(maxFileSize) && maxFileSize >= 1) {
      settings.maxFileSize = Math.floor(maxFileSize);
    } else {
      problems.push(`gongwen.maxFileSize: expected a positive number of characters, got ${describe(maxFileSize)}; using ${DEFAULT_SETTINGS.maxFileSize}`);
    }
  }

  return { settings, problems };
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** A stable key for a settings object (cache keys). */
export function settingsKey(s: GongwenSettings): string {
  const rules = Object.keys(s.rules)
    .sort()
    .map((k) => `${k}=${s.rules[k]}`)
    .join(',');
  return `${s.enable}|${rules}|${s.speakingRate}|${s.languages.join(',')}|${s.maxFileSize}`;
}
