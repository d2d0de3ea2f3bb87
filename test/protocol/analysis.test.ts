/** analysis.ts: one lint per (text, version, settings), a failing rule isolated, the size limit and the language list. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../server/src/analysis';
import { msg, type Rule } from '../../server/src/core';
import { validateSettings } from '../../server/src/settings';

const meta = (id: string): Rule['meta'] => ({ id, name: msg(id, id), basis: '实务', defaultSeverity: 'warning', fixable: false, description: msg('测试', 'test'), example: { wrong: 'a', right: 'b' } });
let calls = 0;
const RULES: Rule[] = [
  { meta: meta('boom'), check: () => { throw new Error('kaput'); } },
  { meta: meta('first-char'), check: (ctx) => { calls++; if (ctx.text.length) ctx.report({ message: msg('首字', 'first'), start: 0, end: 1 }); } },
];

describe('AnalysisStore', () => {
  it('isolates a failing rule, reports it, and lints once per version and settings', () => {
    const errors: string[] = [];
    const cache = new AnalysisStore((errs) => errors.push(...errs.map((e) => `${e.rule}: ${(e.error as Error).message}`)), RULES);
    const defaults = validateSettings({}).settings;
    const doc = TextDocument.create('untitled:a', 'plaintext', 1, '一、总体要求');
    calls = 0;
    const a = cache.get(doc, defaults);
    assert.equal(a.kind, 'ok');
    assert.deepEqual(a.kind === 'ok' && a.result.findings.map((f) => f.rule), ['first-char']);
    assert.deepEqual(errors, ['boom: kaput']);
    assert.equal(cache.get(doc, defaults), a, 'cached');
    assert.equal(cache.peek(doc, defaults), a);
    assert.equal(calls, 1);
    assert.equal(cache.count, 1);
    assert.notEqual(cache.get(doc, validateSettings({ rules: { 'first-char': 'error' } }, RULES).settings), a, 'new settings, new lint');
    TextDocument.update(doc, [{ text: '二' }], 2);
    const b = cache.get(doc, defaults);
    assert.equal(b.version, 2);
    assert.equal(calls, 3);
    assert.notEqual(b.id, a.id, 'every analysis has its own id');
  });

  it('keys on the text, not only the version: new text under a repeated version is analysed again', () => {
    const cache = new AnalysisStore(undefined, RULES);
    const defaults = validateSettings({}).settings;
    const doc = TextDocument.create('untitled:b', 'plaintext', 3, '一、甲');
    const a = cache.get(doc, defaults);
    TextDocument.update(doc, [{ text: '乙、丙' }], 3); // same version number, new text
    assert.equal(cache.peek(doc, defaults), undefined);
    const b = cache.get(doc, defaults);
    assert.notEqual(b, a);
    assert.ok(b.kind === 'ok' && b.text === '乙、丙');
    // the same text in a new string object is still a hit
    const same = TextDocument.create('untitled:b', 'plaintext', 3, ['乙', '、丙'].join(''));
    assert.equal(cache.peek(same, defaults), b);
    // a language change under the same version and text is a new analysis
    const md = TextDocument.create('untitled:b', 'markdown', 3, '乙、丙');
    assert.equal(cache.peek(md, defaults), undefined);
  });

  it('skips documents over the size limit, disabled ones and other languages', () => {
    const cache = new AnalysisStore(undefined, RULES);
    const doc = TextDocument.create('file:///x.md', 'markdown', 1, 'x'.repeat(100));
    const big = cache.get(doc, validateSettings({ maxFileSize: 99 }).settings);
    assert.ok(big.kind === 'too-large' && big.length === 100 && big.limit === 99 && big.version === 1);
    assert.equal(cache.get(doc, validateSettings({ enable: false }).settings).kind, 'off');
    assert.equal(cache.get(doc, validateSettings({ languages: ['plaintext'] }).settings).kind, 'off');
    const tex = TextDocument.create('file:///x.tex', 'latex', 1, 'x');
    assert.equal(cache.get(tex, validateSettings({}).settings).kind, 'off');
    const ok = cache.get(tex, validateSettings({ languages: ['latex'] }).settings);
    assert.ok(ok.kind === 'ok' && ok.language === 'plaintext', 'other languages are linted as plain text');
  });
});
