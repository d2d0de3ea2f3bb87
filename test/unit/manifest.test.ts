/**
 * package.json's contributions against the code: the settings schema is generated from the rule
 * registry and server/src/settings.ts (fails when stale), every manifest string and every runtime
 * string has its Chinese translation, and the commands the client registers are the ones declared.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestConfiguration, ruleNlsEntries, withConfiguration, jsonValueSpan, NLS_EN, NLS_ZH, PACKAGE_JSON } from '../../scripts/gen-settings';
import { severityKeys } from '../../server/src/core';

const ROOT = path.join(__dirname, '..', '..');
const pkgText = fs.readFileSync(PACKAGE_JSON, 'utf8');
const pkg = JSON.parse(pkgText);
const en = JSON.parse(fs.readFileSync(NLS_EN, 'utf8')) as Record<string, string>;
const zh = JSON.parse(fs.readFileSync(NLS_ZH, 'utf8')) as Record<string, string>;
const STALE = 'stale: run `node --import tsx scripts/gen-settings.ts`';

describe('settings contribution', () => {
  it('is what scripts/gen-settings.ts generates from the registry and settings.ts', () => {
    assert.deepEqual(pkg.contributes.configuration, manifestConfiguration(), STALE);
  });

  it('lists every severity key of the registry under gongwen.rules', () => {
    const props = pkg.contributes.configuration.properties['gongwen.rules'].properties;
    assert.deepEqual(Object.keys(props).sort(), severityKeys().sort(), STALE);
    for (const p of Object.values(props) as Array<{ enum: string[] }>) assert.deepEqual(p.enum, ['off', 'hint', 'info', 'warning', 'error']);
  });

  it('declares the settings the client reads, resource-scoped', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of ['gongwen.enable', 'gongwen.rules', 'gongwen.speakingRate', 'gongwen.languages', 'gongwen.maxFileSize']) {
      assert.equal(props[key]?.scope, 'resource', key);
    }
    assert.equal(props['gongwen.speakingRate'].default, 190);
    assert.equal(props['gongwen.speakingRate'].minimum, 60);
    assert.equal(props['gongwen.speakingRate'].maximum, 600);
    assert.deepEqual(props['gongwen.languages'].default, ['markdown', 'plaintext']);
    assert.equal(props['gongwen.maxFileSize'].default, 5000000);
    assert.deepEqual(props['gongwen.trace.server'].enum, ['off', 'messages', 'verbose']);
  });

  it('has per-rule descriptions in both nls files', () => {
    const { en: ruleEn, zh: ruleZh } = ruleNlsEntries();
    for (const [k, v] of Object.entries(ruleEn)) assert.equal(en[k], v, `${k} in package.nls.json — ${STALE}`);
    for (const [k, v] of Object.entries(ruleZh)) assert.equal(zh[k], v, `${k} in package.nls.zh-cn.json — ${STALE}`);
  });

  it('regenerates by replacing only the configuration value', () => {
    const same = withConfiguration(pkgText, manifestConfiguration());
    assert.equal(same, pkgText, STALE);
    const [s, e] = jsonValueSpan(pkgText, ['contributes', 'configuration']);
    assert.deepEqual(JSON.parse(pkgText.slice(s, e)), pkg.contributes.configuration);
  });
});

describe('manifest strings', () => {
  it('every %key% in package.json has an English and a Chinese string', () => {
    const keys = [...pkgText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const k of keys) {
      assert.ok(en[k]?.trim(), `package.nls.json lacks ${k}`);
      assert.ok(zh[k]?.trim(), `package.nls.zh-cn.json lacks ${k}`);
    }
  });

  it('the two nls files have the same keys', () => {
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('nls keys use only characters VS Code substitutes', () => {
    for (const k of Object.keys(en)) assert.match(k, /^[\w.-]+$/, k);
  });
});

describe('runtime strings (vscode.l10n.t)', () => {
  const files = fs
    .readdirSync(path.join(ROOT, 'client', 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'));
  const used = new Set(files.flatMap((t) => [...t.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1])));
  const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

  it('all have a Chinese translation that keeps the {n} arguments', () => {
    assert.ok(used.size > 10);
    for (const s of used) {
      assert.ok(bundle[s]?.trim(), `l10n/bundle.l10n.zh-cn.json lacks “${s}”`);
      const args = (x: string) => [...x.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(args(bundle[s]), args(s), s);
    }
  });

  it('the bundle has no stale entries', () => {
    for (const k of Object.keys(bundle)) assert.ok(used.has(k), `unused translation “${k}”`);
  });

  it('package.json points at the bundle directory', () => {
    assert.equal(pkg.l10n, './l10n');
  });
});

describe('commands and activation', () => {
  const ext = fs
    .readdirSync(path.join(ROOT, 'client', 'src'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8'))
    .join('\n');
  const registered = new Set([...ext.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]));
  const declared = new Set((pkg.contributes.commands as Array<{ command: string }>).map((c) => c.command));

  it('the client registers exactly the declared commands', () => {
    assert.deepEqual([...registered].sort(), [...declared].sort());
    for (const id of ['gongwen.nextPlaceholder', 'gongwen.previousPlaceholder', 'gongwen.fillPlaceholders', 'gongwen.showStats', 'gongwen.nextSection', 'gongwen.previousSection', 'gongwen.parentSection', 'gongwen.restartServer', 'gongwen.showOutput']) {
      assert.ok(declared.has(id), id);
    }
  });

  it('keybindings and menus refer to declared commands and only fire in drafts', () => {
    for (const k of pkg.contributes.keybindings as Array<{ command: string; when: string }>) {
      assert.ok(declared.has(k.command), k.command);
      assert.match(k.when, /editorTextFocus && \(editorLangId == markdown \|\| editorLangId == plaintext\)/);
    }
    for (const list of Object.values(pkg.contributes.menus) as Array<Array<{ command: string }>>) for (const m of list) assert.ok(declared.has(m.command), m.command);
  });

  it('activates on Markdown and plain text only (commands activate implicitly)', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  });

  it('contributes the snippets to both languages and the injection grammar to Markdown', () => {
    const langs = (pkg.contributes.snippets as Array<{ language: string; path: string }>).map((s) => s.language).sort();
    assert.deepEqual(langs, ['markdown', 'plaintext']);
    // A snippet path may be an nls key (%snippets.path%): one snippet file per display language.
    const paths = (p: string): Array<string | undefined> => (/^%.+%$/.test(p) ? [en[p.slice(1, -1)], zh[p.slice(1, -1)]] : [p]);
    for (const s of pkg.contributes.snippets) for (const p of paths(s.path)) assert.ok(p && fs.existsSync(path.join(ROOT, p)), `${s.path} → ${p}`);
    for (const g of pkg.contributes.grammars) assert.ok(fs.existsSync(path.join(ROOT, g.path)), g.path);
  });
});

describe('semantic token contribution', () => {
  it('declares the server legend and maps every type and level to the grammar scopes', async () => {
    const { TOKEN_TYPES, TOKEN_MODIFIERS } = await import('../../server/src/semantic');
    const types = (pkg.contributes.semanticTokenTypes as Array<{ id: string; superType: string }>).map((t) => t.id);
    const modifiers = (pkg.contributes.semanticTokenModifiers as Array<{ id: string }>).map((m) => m.id);
    assert.deepEqual(types, [...TOKEN_TYPES]);
    assert.deepEqual(modifiers, [...TOKEN_MODIFIERS]);
    const scopes = pkg.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
    for (const t of TOKEN_TYPES) assert.ok(scopes[t]?.length, t);
    for (let level = 1; level <= 5; level++) assert.ok(scopes[`gongwenOrdinal.level${level}`]?.length, `level${level}`);
    // Plain text (semantic tokens) and Markdown (injection grammar) get the same colours.
    const grammar = fs.readFileSync(path.join(ROOT, 'syntaxes', 'gongwen.injection.tmLanguage.json'), 'utf8');
    for (const [selector, list] of Object.entries(scopes)) {
      if (selector === 'gongwenOrdinal' || selector.endsWith('.weak')) continue;
      assert.ok(grammar.includes(`"${list[0]}"`), `${selector} → ${list[0]} is a grammar scope`);
    }
  });
});
