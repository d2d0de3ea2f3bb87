/** config/: the key table, rc files, validation with named problems, safe patterns, merging and globs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import {
  CONFIG_KEYS,
  formatProblem,
  isEditableRc,
  lintOptionsOf,
  loadRcText,
  patternProblem,
  rcFileSchema,
  resolveDocument,
  searchFolders,
  settingsProperties,
  validateConfig,
  withAllowedWord,
  withFileOverride,
  withRuleSeverity,
} from '../../server/src/config';
import { lint, msg, RULES, type Rule } from '../../server/src/core';
import { rcSchemaText, RC_SCHEMA } from '../../scripts/gen-settings';

/** A rule with options, to exercise ruleOptions validation (no landed rule declares options yet). */
const withOptions: Rule = {
  meta: {
    id: 'opt-rule',
    name: msg('选项规则', 'Option rule'),
    basis: '实务',
    defaultSeverity: 'warning',
    fixable: false,
    description: msg('测试', 'test'),
    example: { wrong: 'a', right: 'b' },
    options: {
      acceptDunhao: { type: 'boolean', default: false, description: msg('接受“1、”', 'accept 1、') },
      rate: { type: 'number', default: 190, minimum: 60, maximum: 600, description: msg('语速', 'rate') },
      style: { type: 'string', default: 'a', enum: ['a', 'b'], description: msg('样式', 'style') },
    },
  },
  check(ctx) {
    ctx.report({ message: msg(JSON.stringify(ctx.options), JSON.stringify(ctx.options)), start: 0, end: 0 });
  },
};
const TEST_RULES: readonly Rule[] = [...RULES, withOptions];

describe('configuration keys and schemas', () => {
  it('offers every key as a setting and in the rc schema, with Markdown descriptions in both languages', () => {
    const settings = settingsProperties(RULES);
    const rc = rcFileSchema(RULES).properties as Record<string, Record<string, unknown>>;
    for (const k of CONFIG_KEYS) {
      assert.ok(settings[`gongwen.${k.name}`], k.name);
      assert.equal(settings[`gongwen.${k.name}`].markdownDescription, `%config.${k.name}%`);
      assert.equal(settings[`gongwen.${k.name}`].description, undefined, 'markdownDescription only: backticks render');
      assert.ok(rc[k.name], k.name);
      assert.match(String(rc[k.name].markdownDescription), /[\u4e00-\u9fff]/);
    }
  });

  it('the rc schema is a valid draft-07 schema that accepts a full example and rejects an unknown key', () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(rcFileSchema(RULES));
    const example = {
      rules: { placeholder: 'error', 'numbering-punctuation/arabic-dunhao': 'off' },
      allow: ['X光'],
      placeholderPatterns: ['【[^】]{1,10}】'],
      residuePatterns: ['^本文来源[:：]'],
      ignore: ['归档/**'],
      overrides: [{ files: ['通知/*.txt'], rules: { placeholder: 'off' } }],
      speakingRate: 200,
    };
    assert.ok(validate(example), JSON.stringify(validate.errors));
    assert.equal(validate({ rulez: {} }), false);
  });

  it('schemas/gongwenrc.schema.json is what npm run gen-settings writes (fails when stale)', () => {
    assert.equal(fs.readFileSync(RC_SCHEMA, 'utf8'), rcSchemaText(), 'stale: run `npm run gen-settings`');
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.gongwenrc.json', url: './schemas/gongwenrc.schema.json' }]);
    assert.ok(fs.readFileSync(path.join(__dirname, '..', '..', '.vscodeignore'), 'utf8').includes('!schemas/*.json'), 'the schema ships in the .vsix');
  });

  it('rule options come from each rule\'s meta.options, with types, bounds and enums', () => {
    const rc = rcFileSchema(TEST_RULES).properties as Record<string, any>;
    const opt = rc.ruleOptions.properties['opt-rule'].properties;
    assert.equal(opt.acceptDunhao.type, 'boolean');
    assert.deepEqual([opt.rate.minimum, opt.rate.maximum], [60, 600]);
    assert.deepEqual(opt.style.enum, ['a', 'b']);
    assert.equal(rc.ruleOptions.properties.placeholder, undefined, 'a rule without options has no entry');
  });
});

describe('validateConfig', () => {
  it('drops each bad entry with one problem naming the file, the key and the reason; the rest applies', () => {
    const { config, problems } = validateConfig(
      {
        rules: { placeholder: 'error', nope: 'warning', 'web-residue': 'loud' },
        allow: ['X光', 3, ''],
        ignore: 'drafts/**',
        speakingRate: 10,
        unknownKey: true,
        overrides: [{ rules: { placeholder: 'off' } }, { files: ['a.txt'], rules: { placeholder: 'off' } }],
      },
      '/ws/.gongwenrc.json',
    );
    assert.deepEqual(config.rules, { placeholder: 'error' });
    assert.deepEqual(config.allow, ['X光']);
    assert.equal(config.ignore, undefined);
    assert.equal(config.speakingRate, undefined);
    assert.deepEqual(config.overrides, [{ files: ['a.txt'], rules: { placeholder: 'off' } }]);
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p.reason.en]));
    assert.deepEqual(Object.keys(byKey).sort(), ['allow.1', 'allow.2', 'ignore', 'overrides.0', 'rules.nope', 'rules.web-residue', 'speakingRate', 'unknownKey'].sort(), JSON.stringify(problems, null, 1));
    assert.match(byKey['rules.nope'], /unknown rule "nope"/);
    assert.match(byKey['rules.web-residue'], /one of off\|hint\|info\|warning\|error/);
    assert.match(byKey.ignore, /expected an array/);
    assert.match(byKey.speakingRate, /at least 60/);
    assert.match(byKey['overrides.0'], /"files" is missing/);
    for (const p of problems) assert.equal(p.file, '/ws/.gongwenrc.json');
    const line = formatProblem(problems.find((p) => p.key === 'rules.nope')!, true);
    assert.match(line, /^\/ws\/\.gongwenrc\.json: rules\.nope：未知规则“nope”/);
  });

  it('validates rule options against the rule\'s declarations and passes them to ctx.options', () => {
    const { config, problems } = validateConfig({ ruleOptions: { 'opt-rule': { acceptDunhao: 'yes', rate: 200, style: 'c', extra: 1 }, placeholder: { x: 1 } } }, 'settings', TEST_RULES, 'gongwen.');
    assert.deepEqual(config.ruleOptions, { 'opt-rule': { rate: 200 } });
    assert.deepEqual(problems.map((p) => p.key).sort(), ['gongwen.ruleOptions.opt-rule.acceptDunhao', 'gongwen.ruleOptions.opt-rule.extra', 'gongwen.ruleOptions.opt-rule.style', 'gongwen.ruleOptions.placeholder'].sort());
    const { settings } = resolveDocument({ ruleOptions: { 'opt-rule': { rate: 200 } } }, [{ path: '/ws/.gongwenrc.json', text: '{"ruleOptions": {"opt-rule": {"style": "b"}}}' }], '/ws/a.md', '/ws', TEST_RULES);
    const r = lint('x', lintOptionsOf(settings, 'markdown'), [withOptions]);
    assert.deepEqual(JSON.parse(r.findings[0].message.en), { acceptDunhao: false, rate: 200, style: 'b' });
  });

  it('refuses patterns that do not compile, nest quantifiers or match the empty text, and keeps the good ones', () => {
    assert.equal(patternProblem('【[^】]{1,10}】'), undefined);
    assert.equal(patternProblem('^本文来源[:：]'), undefined);
    assert.match(patternProblem('(unclosed')!.en, /does not compile/);
    assert.match(patternProblem('(a+)+$')!.en, /nested quantifiers/);
    assert.match(patternProblem('(x*)*y')!.en, /nested quantifiers/);
    assert.match(patternProblem('a*')!.en, /empty text/);
    assert.match(patternProblem('(a|aa)+b')!.en, /alternatives/);
    assert.match(patternProblem('(?:x|xy){2,}z')!.en, /alternatives/);
    assert.equal(patternProblem('某某(同志|书记)'), undefined, 'alternatives not repeated');
    assert.equal(patternProblem('(?:甲|乙){1,3}方'), undefined, 'a short bounded repeat');
    assert.equal(patternProblem('\\p{Script=Han}{2,4}局'), undefined, 'Unicode property escapes');
    // safe-regex2 refuses every lookbehind: the message names the lookbehind, not nested quantifiers
    assert.match(patternProblem('(?<=关注)我们')!.en, /lookbehind/);
    assert.match(patternProblem('(?<!本)文来源')!.zh, /后行断言/);
    const { config, problems } = validateConfig({ placeholderPatterns: ['(a+)+', '【[^】]{1,10}】'], residuePatterns: ['['] }, 'f');
    assert.deepEqual(config.placeholderPatterns, ['【[^】]{1,10}】']);
    assert.deepEqual(config.residuePatterns, []);
    assert.deepEqual(problems.map((p) => p.key), ['placeholderPatterns.0', 'residuePatterns.0']);
  });

  it('names a bad pattern by its place in the file, also after an earlier item the schema refused', () => {
    const { config, problems } = validateConfig({ residuePatterns: ['', 7, '.*', '^本文来源', '(a+)+'] }, 'f');
    assert.deepEqual(config.residuePatterns, ['^本文来源']);
    assert.deepEqual(problems.map((p) => p.key).sort(), ['residuePatterns.0', 'residuePatterns.1', 'residuePatterns.2', 'residuePatterns.4']);
    assert.match(problems.find((p) => p.key === 'residuePatterns.4')!.reason.en, /\(a\+\)\+/);
  });

  it('takes the whole value as bad when it is not an object', () => {
    for (const raw of ['on', 3, [1]]) {
      const r = validateConfig(raw, 'settings', RULES, 'gongwen.');
      assert.deepEqual(r.config, {});
      assert.equal(r.problems.length, 1);
    }
  });
});

describe('.gongwenrc.json files', () => {
  it('are searched from the document\'s folder up to the workspace folder, never above or outside', () => {
    assert.deepEqual(searchFolders('/ws/a/b/doc.md', '/ws'), ['/ws/a/b', '/ws/a', '/ws']);
    assert.deepEqual(searchFolders('/ws/doc.md', '/ws/'), ['/ws']);
    assert.deepEqual(searchFolders('/other/doc.md', '/ws'), []);
    assert.deepEqual(searchFolders('/wsx/doc.md', '/ws'), []);
    assert.deepEqual(searchFolders('untitled:Untitled-1', undefined), []);
  });

  it('report invalid JSON with file and line, and still apply what parses', () => {
    const r = loadRcText('{\n  "rules": {"placeholder": "off"},\n  "allow": [\n}', '/ws/.gongwenrc.json');
    assert.ok(r.problems.length >= 1);
    assert.equal(r.problems[0].file, '/ws/.gongwenrc.json');
    assert.match(r.problems[0].reason.en, /^line 4, column 1: JSON syntax error: expected a value/);
    assert.deepEqual(r.config.rules, { placeholder: 'off' });
    // comments and a BOM are fine (VS Code edits the file as JSON with comments)
    const c = loadRcText('\ufeff{ // note\n "allow": ["X光"] /* end */ }', 'f');
    assert.deepEqual(c.problems, []);
    assert.deepEqual(c.config.allow, ['X光']);
    // a trailing comma is not (VS Code's JSON-with-comments mode warns of it too): reported, the value still read
    const t = loadRcText('\ufeff{ // note\n "allow": ["X光"], }', 'f');
    assert.equal(t.problems.length, 1);
    assert.match(t.problems[0].reason.en, /^line 2, column 17: JSON syntax error: a comma after the last entry/);
    assert.deepEqual(t.config.allow, ['X光']);
    assert.deepEqual(loadRcText('', 'f'), { config: {}, problems: [] });
    assert.match(loadRcText('[1]', 'f').problems[0].reason.en, /expected an object/);
  });

  it('are edited with formatting and comments kept', () => {
    const text = '{\n  // ours\n  "allow": ["X光"]\n}\n';
    const added = withAllowedWord(text, 'XX染色体');
    assert.ok(added.includes('// ours'));
    assert.deepEqual(loadRcText(added, 'f').config.allow, ['X光', 'XX染色体']);
    assert.equal(withAllowedWord(added, 'X光'), added, 'no duplicate');
    assert.deepEqual(loadRcText(withAllowedWord('', 'X光'), 'f').config.allow, ['X光']);
    assert.equal(isEditableRc(text), true);
    assert.equal(isEditableRc(''), true);
    assert.equal(isEditableRc('{"allow": [}'), false, 'a broken file is not rewritten');
    assert.equal(isEditableRc('[]'), false);
    assert.deepEqual(loadRcText(withRuleSeverity(text, 'placeholder', 'off'), 'f').config.rules, { placeholder: 'off' });
    const o = withFileOverride(withFileOverride('', 'a.txt', 'placeholder', 'off'), 'b/c.txt', 'web-residue', 'off');
    assert.deepEqual(loadRcText(o, 'f').config.overrides, [
      { files: ['a.txt'], rules: { placeholder: 'off' } },
      { files: ['b/c.txt'], rules: { 'web-residue': 'off' } },
    ]);
  });
});

describe('resolveDocument: settings, then rc files from the workspace root down', () => {
  const RC_ROOT = { path: '/ws/.gongwenrc.json', text: JSON.stringify({ rules: { placeholder: 'error', 'web-residue': 'info' }, allow: ['X光'], ignore: ['归档/**', '*.bak.md'] }) };
  const RC_SUB = {
    path: '/ws/通知/.gongwenrc.json',
    text: JSON.stringify({ rules: { placeholder: 'hint' }, allow: ['XX染色体'], overrides: [{ files: ['旧/*.txt'], rules: { 'web-residue': 'off' } }] }),
  };

  it('the nearer file wins key by key; lists join', () => {
    const { settings, problems } = resolveDocument({ rules: { placeholder: 'warning', 'numbering-skip': 'info' }, speakingRate: 200 }, [RC_SUB, RC_ROOT], '/ws/通知/a.md', '/ws');
    assert.deepEqual(problems, []);
    assert.deepEqual(settings.rules, { placeholder: 'hint', 'numbering-skip': 'info', 'web-residue': 'info' });
    assert.deepEqual(settings.allow, ['X光', 'XX染色体']);
    assert.equal(settings.speakingRate, 200);
    assert.equal(settings.ignored, false);
  });

  it('ignore globs are relative to their file\'s folder; a bare name matches at any depth', () => {
    assert.equal(resolveDocument({}, [RC_ROOT], '/ws/归档/2023/a.md', '/ws').settings.ignored, true);
    assert.equal(resolveDocument({}, [RC_ROOT], '/ws/x/y/old.bak.md', '/ws').settings.ignored, true);
    assert.equal(resolveDocument({}, [RC_ROOT], '/ws/x/归档.md', '/ws').settings.ignored, false);
    assert.equal(resolveDocument({ ignore: ['drafts/**'] }, [], '/ws/drafts/a.md', '/ws').settings.ignored, true, 'settings: relative to the workspace folder');
  });

  it('a glob ending in "/" names folders, as in .gitignore: the files below them, not a file of that name', () => {
    const ignored = (glob: string, doc: string) => resolveDocument({}, [{ path: '/ws/.gongwenrc.json', text: JSON.stringify({ ignore: [glob] }) }], doc, '/ws').settings.ignored;
    assert.equal(ignored('归档/', '/ws/归档/a.md'), true);
    assert.equal(ignored('归档/', '/ws/x/归档/2023/a.md'), true, 'at any depth, as a bare name');
    assert.equal(ignored('归档/', '/ws/归档'), false, 'a file named 归档 is not a folder');
    assert.equal(ignored('归档/', '/ws/归档.md'), false);
    assert.equal(ignored('通知/旧/', '/ws/通知/旧/b.txt'), true);
    assert.equal(ignored('./通知/旧/', '/ws/通知/旧/c/b.txt'), true);
    assert.equal(ignored('通知/旧/', '/ws/x/通知/旧/b.txt'), false, 'a glob with a "/" inside is anchored at its file\'s folder');
    assert.equal(ignored('*.bak/', '/ws/a.bak/b.md'), true);
    assert.equal(ignored('*.bak/', '/ws/a.bak'), false);
  });

  it('overrides apply to the files they name (plain text has no comments)', () => {
    assert.equal(resolveDocument({}, [RC_SUB, RC_ROOT], '/ws/通知/旧/b.txt', '/ws').settings.rules['web-residue'], 'off');
    assert.equal(resolveDocument({}, [RC_SUB, RC_ROOT], '/ws/通知/新/b.txt', '/ws').settings.rules['web-residue'], 'info');
  });

  it('a bad rc file is named, and its good keys and the other files still apply', () => {
    const bad = { path: '/ws/通知/.gongwenrc.json', text: '{"rules": {"placeholder": "loud", "web-residue": "off"}, "placeholderPatterns": ["(a+)+"]}' };
    const { settings, problems } = resolveDocument({}, [bad, RC_ROOT], '/ws/通知/a.md', '/ws');
    assert.deepEqual(problems.map((p) => `${p.file}|${p.key}`), ['/ws/通知/.gongwenrc.json|rules.placeholder', '/ws/通知/.gongwenrc.json|placeholderPatterns.0']);
    assert.deepEqual(settings.rules, { placeholder: 'error', 'web-residue': 'off' });
  });

  it('applies severities, the allow-list and the extra patterns through LintOptions', () => {
    const { settings } = resolveDocument({}, [{ path: '/ws/.gongwenrc.json', text: '{"allow": ["XXX同志"], "placeholderPatterns": ["【[^】]{1,10}】"]}' }], '/ws/a.md', '/ws');
    const text = '请XXX同志讲话，XX镇参加。\n';
    const found = (o: Parameters<typeof lint>[1]) => lint(text, o).findings.filter((f) => f.rule === 'placeholder').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(found({ language: 'markdown' }), ['XXX', 'XX']);
    assert.deepEqual(found(lintOptionsOf(settings, 'markdown')), ['XX'], 'the allow-listed word covers XXX; XX镇 is still reported');
    const opts = lintOptionsOf(settings, 'markdown');
    assert.equal(opts.extraPatterns?.placeholder?.[0].flags, 'gu');
    assert.notEqual(lintOptionsOf(settings, 'markdown').extraPatterns?.placeholder?.[0], opts.extraPatterns?.placeholder?.[0], 'fresh RegExp per run');
  });
});

describe('client and server agree on the rc-file protocol', () => {
  const ROOT = path.join(__dirname, '..', '..');
  it('the client imports no server settings or configuration code', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'client', 'src')).filter((x) => x.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(ROOT, 'client', 'src', f), 'utf8');
      assert.doesNotMatch(text, /from '\.\.\/\.\.\/server\/src\/(settings|config)/, f);
    }
  });

  it('uses the same request and notification names and file name', async () => {
    const server = await import('../../server/src/config-source');
    const client = fs.readFileSync(path.join(ROOT, 'client', 'src', 'config-files.ts'), 'utf8');
    assert.ok(client.includes(`'${server.CONFIG_FILES_REQUEST}'`));
    assert.ok(client.includes(`'${server.CONFIG_FILES_CHANGED}'`));
    assert.ok(client.includes(`RC_FILE_NAME = '.gongwenrc.json'`));
    assert.deepEqual(server.asConfigFiles({ folder: 'file:///ws', files: [{ uri: 'file:///ws/.gongwenrc.json', text: '{}' }, { uri: 3 }, { uri: 'x', error: 'denied' }] }), {
      folder: 'file:///ws',
      files: [{ uri: 'file:///ws/.gongwenrc.json', text: '{}' }, { uri: 'x', error: 'denied' }],
    });
    assert.deepEqual(server.asConfigFiles(null), { folder: null, files: [] });
  });
});

describe('docs/configuration.md', () => {
  it('documents every configuration key and every check option', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
    for (const k of CONFIG_KEYS) assert.ok(doc.includes(`| \`${k.name}\` |`), k.name);
    for (const flag of ['--format', '--fix', '--fix-dry-run', '--fix-suggestions', '--rule', '--config', '--stdin', '--stdin-filename', '--lang']) assert.ok(doc.includes(`\`${flag}`), flag);
    for (const d of ['gongwen-disable-next-line', 'gongwen-disable ', 'gongwen-enable', 'gongwen-disable-file']) assert.ok(doc.includes(d), d);
  });

  it('its example file is valid', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
    const example = /```jsonc\n([^]*?)```/.exec(doc)![1];
    assert.deepEqual(loadRcText(example, 'example').problems, []);
  });
});
