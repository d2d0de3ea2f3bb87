/**
 * Regenerates `contributes.configuration` in package.json and the per-rule setting descriptions in
 * package.nls.json / package.nls.zh-cn.json from the rule registry and server/src/settings.ts, so the
 * settings the editor offers are exactly the ones the server validates.
 *   node --import tsx scripts/gen-settings.ts        (rewrite)
 *   node --import tsx scripts/gen-settings.ts --check (exit 1 when stale)
 * Only the `"configuration"` value inside `"contributes"` is replaced in package.json: other people
 * edit the rest of the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES, SEVERITY_SETTINGS, severityKeys } from '../server/src/core';
import { configurationProperties } from '../server/src/settings';

const ROOT = path.join(__dirname, '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const NLS_EN = path.join(ROOT, 'package.nls.json');
export const NLS_ZH = path.join(ROOT, 'package.nls.zh-cn.json');

/** The nls key of a severity key's description (`/` is not allowed in manifest nls keys). */
export function ruleNlsKey(severityKey: string): string {
  return `config.rules.${severityKey.replace(/\//g, '.')}`;
}

type Json = Record<string, unknown>;

/** The `contributes.configuration` value package.json must hold. */
export function manifestConfiguration(): Json {
  const server = configurationProperties();
  const properties: Json = {};
  for (const [key, schema] of Object.entries(server)) {
    const name = key.replace(/^gongwen\./, '');
    const out: Json = { ...schema, description: `%config.${name}%` };
    if (key === 'gongwen.rules') {
      const ruleProps: Json = {};
      for (const sk of severityKeys()) {
        const given = ((schema.properties ?? {}) as Json)[sk] as Json | undefined;
        ruleProps[sk] = {
          type: 'string',
          enum: [...SEVERITY_SETTINGS],
          enumDescriptions: SEVERITY_SETTINGS.map((s) => `%severity.${s}%`),
          ...(given && given.default !== undefined ? { default: given.default } : {}),
          description: `%${ruleNlsKey(sk)}%`,
        };
      }
      out.properties = ruleProps;
    }
    properties[key] = out;
  }
  // Read by vscode-languageclient itself (`<client id>.trace.server`); the server never sees it.
  properties['gongwen.trace.server'] = {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    enumDescriptions: ['%config.trace.server.off%', '%config.trace.server.messages%', '%config.trace.server.verbose%'],
    default: 'off',
    scope: 'window',
    description: '%config.trace.server%',
  };
  return { title: '%config.title%', properties };
}

/** Per-rule description entries for the two nls files, from the rules' own bilingual metadata. */
export function ruleNlsEntries(): { en: Record<string, string>; zh: Record<string, string> } {
  const en: Record<string, string> = {};
  const zh: Record<string, string> = {};
  for (const sk of severityKeys()) {
    const [id, sub] = sk.split('/');
    const meta = RULES.find((r) => r.meta.id === id)?.meta;
    const d = sub ? meta?.subChecks?.[sub]?.description : meta?.description;
    en[ruleNlsKey(sk)] = `${sk}: ${d?.en ?? ''}`.trim();
    zh[ruleNlsKey(sk)] = `${sk}：${d?.zh ?? ''}`;
  }
  return { en, zh };
}

/** `[start, end)` of the JSON value at `keys` (object keys only) in `text`. */
export function jsonValueSpan(text: string, keys: readonly string[]): [number, number] {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  // Skip one value, returning its span; descend when it is the next key on the path.
  const value = (depth: number): [number, number] | undefined => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return depth === keys.length ? [start, i] : undefined;
      }
      for (;;) {
        ws();
        const k = str();
        ws();
        i++; // :
        if (depth < keys.length && k === keys[depth]) {
          ws();
          if (depth + 1 === keys.length) {
            const vStart = i;
            value(depth + 1);
            return [vStart, i];
          }
          const found = value(depth + 1);
          if (found) return found;
        } else value(keys.length + 1);
        ws();
        if (text[i] === ',') i++;
        else {
          i++; // }
          break;
        }
      }
      return undefined;
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return undefined;
      }
      for (;;) {
        value(keys.length + 1);
        ws();
        if (text[i] === ',') i++;
        else {
          i++;
          break;
        }
      }
      return undefined;
    }
    if (c === '"') {
      str();
      return undefined;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i])) i++;
    return undefined;
  };
  const span = value(0);
  if (!span) throw new Error(`${keys.join('.')} not found`);
  return span;
}

/** package.json with its `contributes.configuration` value replaced, indentation kept. */
export function withConfiguration(pkgText: string, configuration: Json): string {
  const [start, end] = jsonValueSpan(pkgText, ['contributes', 'configuration']);
  const lineStart = pkgText.lastIndexOf('\n', start) + 1;
  const indent = /^\s*/.exec(pkgText.slice(lineStart, start))![0];
  const body = JSON.stringify(configuration, null, 2).replace(/\n/g, `\n${indent}`);
  return pkgText.slice(0, start) + body + pkgText.slice(end);
}

/** An nls file's text with the rule entries merged in (stale rule keys dropped), keys kept in order. */
export function withRuleEntries(nlsText: string, entries: Record<string, string>): string {
  const current = JSON.parse(nlsText) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (!k.startsWith('config.rules.')) out[k] = v;
  Object.assign(out, entries);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const { en, zh } = ruleNlsEntries();
  const targets: Array<[string, string]> = [
    [PACKAGE_JSON, withConfiguration(fs.readFileSync(PACKAGE_JSON, 'utf8'), manifestConfiguration())],
    [NLS_EN, withRuleEntries(fs.readFileSync(NLS_EN, 'utf8'), en)],
    [NLS_ZH, withRuleEntries(fs.readFileSync(NLS_ZH, 'utf8'), zh)],
  ];
  let stale = 0;
  for (const [file, text] of targets) {
    if (fs.readFileSync(file, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`stale: ${path.relative(ROOT, file)}`);
    else fs.writeFileSync(file, text);
  }
  if (check && stale) {
    console.error('run: node --import tsx scripts/gen-settings.ts');
    process.exit(1);
  }
}

if (require.main === module) main();
