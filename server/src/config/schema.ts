/**
 * JSON schemas built from the key table (keys.ts) and the rule registry:
 * - `rcFileSchema`: the schema of `.gongwenrc.json` (written to schemas/gongwenrc.schema.json and
 *   contributed with `jsonValidation`, so VS Code completes and checks the file);
 * - `validationSchema`: the same without documentation keywords, what ajv validates against;
 * - `settingsProperties`: `contributes.configuration.properties` for package.json, descriptions as
 *   nls keys (`%config.<key>%`) holding Markdown.
 * Pure.
 */
import { SEVERITY_SETTINGS, type Rule } from '../core';
import { CONFIG_KEYS, severityKeysOf, type JsonSchema } from './keys';

/** The file name searched for, upward from a document's folder. */
export const RC_FILE_NAME = '.gongwenrc.json';

const bilingual = (zh: string, en: string) => `${en}\n\n${zh}`;

/** Attach descriptions to the severity and option entries inside a key's schema (documentation only). */
function documented(name: string, schema: JsonSchema, rules: readonly Rule[]): JsonSchema {
  const out: JsonSchema = { ...schema };
  if (name === 'rules') {
    const props: Record<string, JsonSchema> = {};
    for (const key of severityKeysOf(rules)) {
      const [id, sub] = key.split('/');
      const meta = rules.find((r) => r.meta.id === id)!.meta;
      const d = sub ? meta.subChecks![sub].description : meta.description;
      const def = sub ? meta.subChecks![sub].defaultSeverity : meta.defaultSeverity;
      props[key] = { ...(schema.properties as Record<string, JsonSchema>)[key], default: def, markdownDescription: bilingual(`**${meta.name.zh}**：${d.zh}`, `**${meta.name.en}**: ${d.en}`) };
    }
    out.properties = props;
  }
  if (name === 'ruleOptions') {
    const props: Record<string, JsonSchema> = {};
    for (const [id, s] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const meta = rules.find((r) => r.meta.id === id)!.meta;
      const opts: Record<string, JsonSchema> = {};
      for (const [k, o] of Object.entries(s.properties as Record<string, JsonSchema>)) {
        const d = meta.options![k].description;
        opts[k] = { ...o, markdownDescription: bilingual(d.zh, d.en) };
      }
      props[id] = { ...s, properties: opts, markdownDescription: bilingual(meta.name.zh, meta.name.en) };
    }
    out.properties = props;
  }
  return out;
}

/** The JSON schema of a `.gongwenrc.json` file (draft-07), with bilingual Markdown descriptions. */
export function rcFileSchema(rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: { type: 'string' } };
  for (const k of CONFIG_KEYS) {
    properties[k.name] = { ...documented(k.name, k.schema(rules), rules), default: k.default, markdownDescription: bilingual(k.description.zh, k.description.en) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gongwen configuration (.gongwenrc.json)',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** The schema ajv validates a configuration object against: rc file and settings alike. */
export function validationSchema(rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: { type: 'string' } };
  for (const k of CONFIG_KEYS) properties[k.name] = k.schema(rules);
  return { type: 'object', properties, additionalProperties: false };
}

/** The nls key of a severity key's description (`/` is not allowed in manifest nls keys). */
export function ruleNlsKey(severityKey: string): string {
  return `config.rules.${severityKey.replace(/\//g, '.')}`;
}

/** The nls key of a rule option's description. */
export function optionNlsKey(rule: string, option: string): string {
  return `config.ruleOptions.${rule}.${option}`;
}

/**
 * `contributes.configuration.properties` for package.json: every key of the table as
 * `gongwen.<key>`, resource-scoped, with `markdownDescription: "%config.<key>%"` (the nls files
 * hold the Markdown in both languages, see `settingsNls`), plus `gongwen.trace.server`, which
 * vscode-languageclient reads itself.
 */
export function settingsProperties(rules: readonly Rule[]): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const k of CONFIG_KEYS) {
    const schema: JsonSchema = { ...k.schema(rules), default: k.default, scope: 'resource', markdownDescription: `%config.${k.name}%` };
    if (k.name === 'rules') {
      const props: Record<string, JsonSchema> = {};
      for (const key of severityKeysOf(rules)) {
        const [id, sub] = key.split('/');
        const meta = rules.find((r) => r.meta.id === id)!.meta;
        props[key] = {
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
          enumDescriptions: SEVERITY_SETTINGS.map((s) => `%severity.${s}%`),
          default: sub ? meta.subChecks![sub].defaultSeverity : meta.defaultSeverity,
          markdownDescription: `%${ruleNlsKey(key)}%`,
        };
      }
      schema.properties = props;
    }
    if (k.name === 'ruleOptions') {
      for (const [id, s] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        for (const [opt, o] of Object.entries(s.properties as Record<string, JsonSchema>)) {
          (s.properties as Record<string, JsonSchema>)[opt] = { ...o, markdownDescription: `%${optionNlsKey(id, opt)}%` };
        }
      }
    }
    properties[`gongwen.${k.name}`] = schema;
  }
  properties['gongwen.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    enumDescriptions: ['%config.trace.server.off%', '%config.trace.server.messages%', '%config.trace.server.verbose%'],
    default: 'off',
    scope: 'window',
    markdownDescription: '%config.trace.server%',
  };
  return properties;
}

/** The generated nls entries (key → Markdown) for both languages: key descriptions, rule severities, rule options. */
export function settingsNls(rules: readonly Rule[]): { en: Record<string, string>; zh: Record<string, string> } {
  const en: Record<string, string> = {};
  const zh: Record<string, string> = {};
  for (const k of CONFIG_KEYS) {
    en[`config.${k.name}`] = k.description.en;
    zh[`config.${k.name}`] = k.description.zh;
  }
  for (const key of severityKeysOf(rules)) {
    const [id, sub] = key.split('/');
    const meta = rules.find((r) => r.meta.id === id)!.meta;
    const d = sub ? meta.subChecks![sub].description : meta.description;
    en[ruleNlsKey(key)] = `**${meta.name.en}**${sub ? ` (\`${sub}\`)` : ''}: ${d.en}`;
    zh[ruleNlsKey(key)] = `**${meta.name.zh}**${sub ? `（\`${sub}\`）` : ''}：${d.zh}`;
  }
  for (const r of rules) {
    for (const [opt, spec] of Object.entries(r.meta.options ?? {})) {
      en[optionNlsKey(r.meta.id, opt)] = spec.description.en;
      zh[optionNlsKey(r.meta.id, opt)] = spec.description.zh;
    }
  }
  return { en, zh };
}
