/**
 * Regenerates, from the configuration key table (server/src/config) and the rule registry:
 * - `contributes.configuration` in package.json (every `gongwen.*` setting, Markdown descriptions);
 * - the `config.*` entries of package.nls.json / package.nls.zh-cn.json (key, rule and option
 *   descriptions, Markdown, both languages);
 * - schemas/gongwenrc.schema.json, the `.gongwenrc.json` schema package.json contributes with
 *   `jsonValidation`.
 * So the settings the editor offers, the rc file VS Code completes and what the server validates
 * are one thing.
 *   npm run gen-settings            (rewrite)
 *   npm run gen-settings -- --check (exit 1 when stale; test/unit/manifest.test.ts checks the same)
 * Only the `"configuration"` value inside `"contributes"` is replaced in package.json: other people
 * edit the rest of the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../server/src/core';
import { CONFIG_KEYS, rcFileSchema, settingsNls, settingsProperties } from '../server/src/config';

export { ruleNlsKey } from '../server/src/config';

const ROOT = path.join(__dirname, '..');
export const PACKAGE_JSON = path.join(ROOT, 'package.json');
export const NLS_EN = path.join(ROOT, 'package.nls.json');
export const NLS_ZH = path.join(ROOT, 'package.nls.zh-cn.json');
export const RC_SCHEMA = path.join(ROOT, 'schemas', 'gongwenrc.schema.json');

type Json = Record<string, unknown>;

/** The `contributes.configuration` value package.json must hold. */
export function manifestConfiguration(): Json {
  return { title: '%config.title%', properties: settingsProperties(RULES) };
}

/** The generated nls entries for both languages (keys, rule severities, rule options). */
export function ruleNlsEntries(): { en: Record<string, string>; zh: Record<string, string> } {
  return settingsNls(RULES);
}

/** The text schemas/gongwenrc.schema.json must hold. */
export function rcSchemaText(): string {
  return `${JSON.stringify(rcFileSchema(RULES), null, 2)}\n`;
}

/** Nls keys the generator owns: every `config.<key>` of the table and everything under `config.rules.` / `config.ruleOptions.`. */
function generated(key: string): boolean {
  return key.startsWith('config.rules.') || key.startsWith('config.ruleOptions.') || CONFIG_KEYS.some((k) => key === `config.${k.name}`);
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

/** An nls file's text with the generated entries merged in (stale generated keys dropped), other keys kept in order. */
export function withRuleEntries(nlsText: string, entries: Record<string, string>): string {
  const current = JSON.parse(nlsText) as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) if (!generated(k)) out[k] = v;
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
    [RC_SCHEMA, rcSchemaText()],
  ];
  let stale = 0;
  for (const [file, text] of targets) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    stale++;
    if (check) console.error(`stale: ${path.relative(ROOT, file)}`);
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }
  if (check && stale) {
    console.error('run: npm run gen-settings');
    process.exit(1);
  }
}

if (require.main === module) main();
