/** analysis.ts: one lint per (version, settings), a failing rule isolated, the size limit and the language list. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../../server/src/analysis';
import { msg, type Rule } from '../../server/src/core';
import { validateSettings } from '../../server/src/settings';

const meta = (id: string): Rule['meta'] => ({ id, name: msg(id, id), basis: '实务', defaultSeverity: 'warning', fixable: false, description: msg('测试', 'test'), example: { wrong: 'a', right: 'b' } });
let calls = 0;
const RULES: Rule[] = [
  { meta: meta('boom'), check: () => { throw new Error('kaput'); } },
  { meta: meta('first-char'), check: (ctx) => { calls++; if (ctx.text.length) ctx.report({ message: msg('首字', 'first'), start: 0, end: 1 }); } },
];

describe('AnalysisCache', () => {
  it('isolates a failing rule, reports it, and lints once per version and settings', () => {
    const errors: string[] = [];
    const cache = new AnalysisCache((errs) => errors.push(...errs.map((e) => `${e.rule}: ${(e.error as Error).message}`)), RULES);
    const defaults = validateSettings({}).settings;
    const doc = TextDocument.create('untitled:a', 'plaintext', 1, '一、总体要求');
    calls = 0;
    const a = cache.get(doc, defaults);
    assert.equal(a.kind, 'ok');
    assert.deepEqual(a.kind === 'ok' && a.result.findings.map((f) => f.rule), ['first-char']);
    assert.deepEqual(errors, ['boom: kaput']);
    assert.equal(cache.get(doc, defaults), a, 'cached');
    assert.equal(calls, 1);
    assert.notEqual(cache.get(doc, validateSettings({ rules: { 'first-char': 'error' } }, RULES).settings), a, 'new settings, new lint');
    TextDocument.update(doc, [{ text: '二' }], 2);
    const b = cache.get(doc, defaults);
    assert.equal(b.version, 2);
    assert.equal(calls, 3);
  });

  it('skips documents over the size limit, disabled ones and other languages', () => {
    const cache = new AnalysisCache(undefined, RULES);
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, 'x'.repeat(100));
    assert.deepEqual(cache.get(doc, validateSettings({ maxFileSize: 99 }).settings), { kind: 'too-large', version: 1, settings: validateSettings({ maxFileSize: 99 }).settings, length: 100, limit: 99 });
    assert.equal(cache.get(doc, validateSettings({ enable: false }).settings).kind, 'off');
    assert.equal(cache.get(doc, validateSettings({ languages: ['plaintext'] }).settings).kind, 'off');
    const tex = TextDocument.create('file:///x.tex', 'latex', 1, 'x');
    assert.equal(cache.get(tex, validateSettings({}).settings).kind, 'off');
    const ok = cache.get(tex, validateSettings({ languages: ['latex'] }).settings);
    assert.ok(ok.kind === 'ok' && ok.language === 'plaintext', 'other languages are linted as plain text');
  });
});
