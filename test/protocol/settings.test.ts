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
      assert.deepEqual(settings, { enable: true, rules: {}, speakingRate: 190, languages: ['markdown', 'plaintext'], maxFileSize: 5_000_000 });
    }
  });

  it('accepts good values', () => {
    const { settings, problems } = validateSettings(
      { enable: false, rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' }, speakingRate: 220, languages: ['markdown'], maxFileSize: 1000 },
      KEYS,
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, { enable: false, rules: { placeholder: 'off', 'numbering-punctuation/arabic-dunhao': 'hint' }, speakingRate: 220, languages: ['markdown'], maxFileSize: 1000 });
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

  it('never shares the defaults object', () => {
    const a = validateSettings({}, KEYS).settings;
    a.rules.placeholder = 'off';
    a.languages.push('latex');
    assert.deepEqual(validateSettings({}, KEYS).settings.rules, {});
    assert.deepEqual(DEFAULT_SETTINGS.languages, ['markdown', 'plaintext']);
  });

  it('keys settings stably', () => {
    const a = validateSettings({ rules: { placeholder: 'off', 'numbering-punctuation': 'hint' } }, KEYS).settings;
    const b = validateSettings({ rules: { 'numbering-punctuation': 'hint', placeholder: 'off' } }, KEYS).settings;
    assert.equal(settingsKey(a), settingsKey(b));
    assert.notEqual(settingsKey(a), settingsKey(validateSettings({}, KEYS).settings));
  });

  it('describes the schema the extension contributes, from the registry', () => {
    const props = configurationProperties();
    assert.deepEqual(Object.keys(props).sort(), [
      'gongwen.enable',
      'gongwen.export.fonts.body',
      'gongwen.export.fonts.heading1',
      'gongwen.export.fonts.heading2',
      'gongwen.export.fonts.pageNumber',
      'gongwen.export.fonts.title',
      'gongwen.languages',
      'gongwen.maxFileSize',
      'gongwen.rules',
      'gongwen.speakingRate',
    ]);
    for (const p of Object.values(props)) assert.equal(p.scope, 'resource');
    const rules = props['gongwen.rules'].properties as Record<string, { enum: string[] }>;
    assert.deepEqual(Object.keys(rules), severityKeys());
    for (const r of Object.values(rules)) assert.deepEqual(r.enum, [...SEVERITY_SETTINGS]);
    // every key the schema offers validates
    const all = Object.fromEntries(severityKeys().map((k) => [k, 'info']));
    assert.deepEqual(validateSettings({ rules: all }).problems, []);
  });
});
