/** settings.ts: validation of the `gongwen` section. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configurationProperties, DEFAULT_SETTINGS, settingsKey, validateSettings } from '../../server/src/settings';
import { severityKeys, SEVERITY_SETTINGS } from '../../server/src/core';

const KEYS = ['placeholder', 'numbering-punctuation', 'numbering-punctuation/arabic-dunhao'];

describe('validateSettings', () => {
  it('gives defaults for nothing set', () => {
    for (const raw of [undefined, null, {}]) {
      const { settings, problems } = validateSettings(raw, KEYS);
      assert.deepEqual(problems, []);
      assert.deepEqual(settings, { enable: true, rules: {}, speakingRate: 190, languages: ['markdown', 'plaintext'], maxFileSize: 5_000_000, fix: { suggestions: false } });
    }
  });

  it('accepts good values', () => {
    const { settings, problems } = validateSettings(
      { enable: false, rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' }, speakingRate: 220, languages: ['markdown'], maxFileSize: 1000, fix: { suggestions: true } },
      KEYS,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, { enable: false, rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' }, speakingRate: 220, languages: ['markdown'], maxFileSize: 1000, fix: { suggestions: true } });
  });

  it('replaces each bad value by its default and names it once', () => {
    const { settings, problems } = validateSettings(
      { enable: 'yes', rules: { placeholder: 'loud', nope: 'error', 'numbering-punctuation': 'error' }, speakingRate: 1000, languages: 'markdown', maxFileSize: -1 },
      KEYS,
    );
    assert.equal(settings.enable, true);
    assert.deepEqual(settings.rules, { 'numbering-punctuation': 'error' });
    assert.equal(settings.speakingRate, 190);
    assert.deepEqual(settings.languages, ['markdown', 'plaintext']);
    assert.equal(settings.maxFileSize, 5_000_000);
    assert.equal(problems.length, 6, problems.join('\n'));
    for (const key of ['gongwen.enable', 'gongwen.rules.placeholder', '"nope"', 'gongwen.speakingRate', 'gongwen.languages', 'gongwen.maxFileSize']) {
      assert.equal(problems.filter((p) => p.includes(key)).length, 1, key);
    }
    assert.equal(validateSettings('on', KEYS).problems.length, 1);
    assert.equal(validateSettings({ rules: [] }, KEYS).problems.length, 1);
    assert.equal(validateSettings({ speakingRate: NaN }, KEYS).problems.length, 1);
    assert.equal(validateSettings({ languages: ['markdown', 3] }, KEYS).problems.length, 1);
  });

  it('names all unknown rule keys in one problem', () => {
    const rules = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`nope-${i}`, 'error']));
    const { settings, problems } = validateSettings({ rules: { ...rules, placeholder: 'off' } }, KEYS);
    assert.deepEqual(settings.rules, { placeholder: 'off' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^gongwen\.rules: unknown rules "nope-0", "nope-1", "nope-2", "nope-3", "nope-4", … \(25 in all\); ignored$/);
    assert.match(validateSettings({ rules: { nope: 'error' } }, KEYS).problems[0], /unknown rule "nope"; ignored/);
  });

  it('validates gongwen.fix.suggestions', () => {
    assert.equal(validateSettings({ fix: { suggestions: true } }, KEYS).settings.fix.suggestions, true);
    assert.deepEqual(validateSettings({ fix: {} }, KEYS), { settings: validateSettings({}, KEYS).settings, problems: [] });
    for (const bad of [{ fix: { suggestions: 'yes' } }, { fix: { suggestions: 1 } }, { fix: true }, { fix: [] }]) {
      const { settings, problems } = validateSettings(bad, KEYS);
      assert.equal(settings.fix.suggestions, false, JSON.stringify(bad));
      assert.equal(problems.length, 1, JSON.stringify(bad));
      assert.match(problems[0], /gongwen\.fix/);
    }
    const a = validateSettings({ fix: { suggestions: true } }, KEYS).settings;
    assert.notEqual(settingsKey(a), settingsKey(validateSettings({}, KEYS).settings), 'part of the cache key');
  });

  it('never shares the defaults object', () => {
    const a = validateSettings({}, KEYS).settings;
    a.rules.placeholder = 'off';
    a.languages.push('latex');
    a.fix.suggestions = true;
    assert.deepEqual(validateSettings({}, KEYS).settings.rules, {});
    assert.deepEqual(DEFAULT_SETTINGS.languages, ['markdown', 'plaintext']);
    assert.equal(validateSettings({}, KEYS).settings.fix.suggestions, false);
  });

  it('keys settings stably', () => {
    const a = validateSettings({ rules: { placeholder: 'off', 'numbering-punctuation': 'hint' } }, KEYS).settings;
    const b = validateSettings({ rules: { 'numbering-punctuation': 'hint', placeholder: 'off' } }, KEYS).settings;
    assert.equal(settingsKey(a), settingsKey(b));
    assert.notEqual(settingsKey(a), settingsKey(validateSettings({}, KEYS).settings));
  });

  it('describes the schema the extension contributes, from the registry', () => {
    const props = configurationProperties();
    assert.deepEqual(Object.keys(props).sort(), ['gongwen.enable', 'gongwen.fix.suggestions', 'gongwen.languages', 'gongwen.maxFileSize', 'gongwen.rules', 'gongwen.speakingRate']);
    assert.equal(props['gongwen.fix.suggestions'].type, 'boolean');
    assert.equal(props['gongwen.fix.suggestions'].default, false);
    for (const p of Object.values(props)) assert.equal(p.scope, 'resource');
    const rules = props['gongwen.rules'].properties as Record<string, { enum: string[] }>;
    assert.deepEqual(Object.keys(rules), severityKeys());
    for (const r of Object.values(rules)) assert.deepEqual(r.enum, [...SEVERITY_SETTINGS]);
    // every key the schema offers validates
    const all = Object.fromEntries(severityKeys().map((k) => [k, 'info']));
    assert.deepEqual(validateSettings({ rules: all }).problems, []);
  });
});
