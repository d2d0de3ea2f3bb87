/**
 * One character, one diagnostic: a general rule (`meta.yields`) gives way when a specific rule reports the
 * same range with the same fix, or safely deletes that range, at a severity at least as high (lint.ts `dropEchoes`).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, RULES } from '../../server/src/core';

const NOTICE = '关于做好防汛工作的通知\n\n县直各部门:\n\n现将有关事项通知如下。\n\n附件：1、防汛预案\n      2、值班表\n\n县政府办公室\n2024年6月1日\n\n附件1\n\n防汛预案\n\n附件2\n\n值班表\n';
const at = (s: string) => NOTICE.indexOf(s);
const rulesAt = (findings: ReturnType<typeof lint>['findings'], start: number) => findings.filter((f) => f.start === start).map((f) => f.rule).sort();

test('the general rule gives way to the specific one on the same character with the same fix', () => {
  const { findings } = lint(NOTICE, { language: 'plaintext' });
  assert.deepEqual(rulesAt(findings, at(':')), ['addressee']);
  assert.deepEqual(rulesAt(findings, at('1、')), ['attachment-note']);
  assert.deepEqual(rulesAt(findings, at('2、')), ['attachment-note']);
});

test('both stay when the general one is more severe, or the specific one is off', () => {
  const louder = lint(NOTICE, { language: 'plaintext', severities: { 'punctuation-width': 'error' } }).findings;
  assert.deepEqual(rulesAt(louder, at(':')), ['addressee', 'punctuation-width']);
  const off = lint(NOTICE, { language: 'plaintext', severities: { addressee: 'off', 'attachment-note': 'off' } }).findings;
  assert.deepEqual(rulesAt(off, at(':')), ['punctuation-width']);
  assert.deepEqual(rulesAt(off, at('1、')), ['numbering-punctuation']);
});

test('only findings with the same range and the same edits are echoes', () => {
  // A half-width colon in the body is punctuation-width's alone.
  const body = NOTICE.replace('现将有关事项通知如下。', '现将有关事项通知如下:请遵照执行。');
  const { findings } = lint(body, { language: 'plaintext' });
  assert.deepEqual(rulesAt(findings, body.indexOf(':请')), ['punctuation-width']);
  // the yielding rules are the general ones
  assert.deepEqual(RULES.filter((r) => r.meta.yields).map((r) => r.meta.id).sort(), ['numbering-punctuation', 'placeholder', 'punctuation-width']);
});

test('a title\'s last "." is title-punctuation\'s: it deletes it, so punctuation-width does not offer a 。 there', () => {
  const title = '关于做好春节期间安全工作的通知.\n\n各单位：\n\n请认真落实.\n';
  for (const text of [title, title.replace(/\n/g, '\r\n')]) {
    const { findings } = lint(text, { language: 'plaintext' });
    const dot = text.indexOf('.');
    assert.deepEqual(rulesAt(findings, dot), ['title-punctuation']);
    assert.equal(findings.find((f) => f.start === dot)?.fix?.edits[0].newText, '');
    // The body's sentence-final `.` is no title's: punctuation-width makes it a 。.
    const body = text.lastIndexOf('.');
    assert.deepEqual(rulesAt(findings, body), ['punctuation-width']);
  }
  // With title-punctuation off, or louder punctuation-width, the 。 is offered again.
  const off = lint(title, { language: 'plaintext', severities: { 'title-punctuation': 'off' } }).findings;
  assert.deepEqual(rulesAt(off, title.indexOf('.')), ['punctuation-width']);
  const louder = lint(title, { language: 'plaintext', severities: { 'punctuation-width': 'error' } }).findings;
  assert.deepEqual(rulesAt(louder, title.indexOf('.')), ['punctuation-width', 'title-punctuation']);
});
