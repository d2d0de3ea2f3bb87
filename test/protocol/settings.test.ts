/** settings.ts: validation of the `gongwen` settings section on its own (the key table is in config/, see test/unit/config.test.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, settingsKey, validateSettings } from '../../server/src/settings';
import { settingsProperties } from '../../server/src/config';
import { RULES, severityKeys, SEVERITY_SETTINGS } from '../../server/src/core';
import { DEFAULT_FONTS } from '../../server/src/export/fonts';

const DEFAULTS = {
  enable: true,
  rules: {},
  ruleOptions: {},
  allow: [],
  placeholderPatterns: [],
  residuePatterns: [],
  ignored: false,
  speakingRate: 190,
  languages: ['markdown', 'plaintext'],
  maxFileSize: 5_000_000,
  fix: { suggestions: false },
  export: { fonts: { ...DEFAULT_FONTS } },
};

describe('validateSettings', () => {
  it('gives defaults for nothing set, and skips the client-only trace setting VS Code sends along', () => {
    for (const raw of [undefined, null, {}, { trace: { server: 'verbose' } }]) {
      const { settings, problems } = validateSettings(raw);
      assert.deepEqual(problems, []);
      assert.deepEqual(settings, DEFAULTS);
    }
  });

  it('accepts good values', () => {
    const { settings, problems } = validateSettings({
      enable: false,
      rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' },
      speakingRate: 220,
      languages: ['markdown'],
      maxFileSize: 1000,
      allow: ['X光'],
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      ...DEFAULTS,
      enable: false,
      rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' },
      speakingRate: 220,
      languages: ['markdown'],
      maxFileSize: 1000,
      allow: ['X光'],
    });
  });

  it('replaces each bad value by its default and names it once', () => {
    const { settings, problems } = validateSettings({
      enable: 'yes',
      rules: { placeholder: 'loud', nope: 'error', 'numbering-punctuation': 'error' },
      speakingRate: 1000,
      languages: 'markdown',
      maxFileSize: -1,
    });
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.rules, { 'numbering-punctuation': 'error' });
    assert.equal(settings.speakingRate, 190);
    assert.deepEqual(settings.languages, ['markdown', 'plaintext']);
    assert.equal(settings.maxFileSize, 5_000_000);
    assert.equal(problems.length, 6, problems.join('\n'));
    for (const key of ['gongwen.enable', 'gongwen.rules.placeholder', 'gongwen.rules.nope', 'gongwen.speakingRate', 'gongwen.languages', 'gongwen.maxFileSize']) {
      assert.equal(problems.filter((p) => p.includes(`${key}:`)).length, 1, `${key} in\n${problems.join('\n')}`);
    }
    assert.match(problems.find((p) => p.includes('nope'))!, /unknown rule "nope"/);
    assert.match(problems.find((p) => p.includes('gongwen.rules.placeholder'))!, /expected one of off\|hint\|info\|warning\|error/);
    assert.equal(validateSettings('on').problems.length, 1);
    assert.equal(validateSettings({ rules: [] }).problems.length, 1);
    assert.equal(validateSettings({ speakingRate: NaN }).problems.length, 1);
    const mixed = validateSettings({ languages: ['markdown', 3] });
    assert.equal(mixed.problems.length, 1);
    assert.deepEqual(mixed.settings.languages, ['markdown'], 'the good item stays');
  });

  it('names every unknown rule key and applies the rest', () => {
    const rules = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`nope-${i}`, 'error']));
    const { settings, problems } = validateSettings({ rules: { ...rules, placeholder: 'off' } });
    assert.deepEqual(settings.rules, { placeholder: 'off' });
    // validation names each key; the server shows them in one message (documentSettings.ts, protocol test)
    assert.equal(problems.length, 25, problems.join('\n'));
    for (let i = 0; i < 25; i++) assert.ok(problems.some((p) => p.includes(`nope-${i}`)), `nope-${i}`);
  });

  it('validates gongwen.fix.suggestions', () => {
    assert.equal(validateSettings({ fix: { suggestions: true } }).settings.fix.suggestions, true);
    assert.deepEqual(validateSettings({ fix: {} }), { settings: validateSettings({}).settings, problems: [] });
    for (const bad of [{ fix: { suggestions: 'yes' } }, { fix: { suggestions: 1 } }, { fix: true }, { fix: [] }]) {
      const { settings, problems } = validateSettings(bad);
      assert.equal(settings.fix.suggestions, false, JSON.stringify(bad));
      assert.equal(problems.length, 1, JSON.stringify(bad));
      assert.match(problems[0], /gongwen\.fix/);
    }
    const a = validateSettings({ fix: { suggestions: true } }).settings;
    assert.notEqual(settingsKey(a), settingsKey(validateSettings({}).settings), 'part of the cache key');
  });

  it('never shares the defaults object', () => {
    const a = validateSettings({}).settings;
    a.rules.placeholder = 'off';
    a.languages.push('latex');
    assert.deepEqual(validateSettings({}).settings.rules, {});
    assert.deepEqual(DEFAULT_SETTINGS.languages, ['markdown', 'plaintext']);
    assert.equal(validateSettings({}).settings.fix.suggestions, false);
  });

  it('keys settings stably', () => {
    const a = validateSettings({ rules: { placeholder: 'off', 'numbering-punctuation': 'hint' } }).settings;
    const b = validateSettings({ rules: { 'numbering-punctuation': 'hint', placeholder: 'off' } }).settings;
    assert.equal(settingsKey(a), settingsKey(b));
    assert.notEqual(settingsKey(a), settingsKey(validateSettings({}).settings));
    assert.notEqual(settingsKey(validateSettings({ allow: ['X光'] }).settings), settingsKey(validateSettings({}).settings));
  });

  it('describes the schema the extension contributes, from the registry', () => {
    const props = settingsProperties(RULES);
    for (const [k, p] of Object.entries(props)) if (k !== 'gongwen.trace.server') assert.equal(p.scope, 'resource', k);
    const rules = props['gongwen.rules'].properties as Record<string, { enum: string[] }>;
    assert.deepEqual(Object.keys(rules), severityKeys());
    for (const r of Object.values(rules)) assert.deepEqual(r.enum, [...SEVERITY_SETTINGS]);
    // every key the schema offers validates
    const all = Object.fromEntries(severityKeys().map((k) => [k, 'info']));
    assert.deepEqual(validateSettings({ rules: all }).problems, []);
  });
});
