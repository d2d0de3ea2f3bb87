/**
 * The `gongwen/placeholders` request: the editor's placeholder commands get positions and groups
 * from the server's analysis of the document version (never by scanning the text themselves), and
 * so respect `gongwen.rules`. Driven over stdio against the built server.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core';
import { TestClient } from './lsp-client';

const URI = 'untitled:placeholders-1';
// Invented draft: two different people behind `XX同志`, a town slot, a date, an empty form.
const TEXT = ['关于召开XX镇防汛工作会议的通知', '', '镇党委书记XX同志、县长XX同志出席，XX镇各村参加。', '会议时间：X月X日', '', '联系人：', '联系电话：', '单位地址：', ''].join('\n');

describe('gongwen/placeholders request', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    await c.stop();
  });

  it('answers with the placeholder findings of the current version, grouped, with line and context', async () => {
    c.open(URI, TEXT, 'plaintext');
    const answer: any = await c.request('gongwen/placeholders', { uri: URI });
    const findings = lint(TEXT, { language: 'plaintext' }).findings.filter((f) => f.rule === 'placeholder');
    assert.ok(findings.length >= 6, 'the draft has placeholders');
    assert.equal(answer.uri, URI);
    assert.equal(answer.version, 1);
    assert.deepEqual(answer.placeholders.map((p: any) => [p.start, p.end]), findings.map((f) => [f.start, f.end]));
    for (const p of answer.placeholders) {
      assert.equal(p.text, TEXT.slice(p.start, p.end));
      assert.equal(p.line, TEXT.slice(0, p.start).split('\n').length - 1);
      assert.ok(p.context.includes(p.text), p.context);
    }
    const keys = answer.groups.map((g: any) => g.group);
    assert.ok(keys.includes('书记XX同志') && keys.includes('县长XX同志'), `people apart: ${keys.join(', ')}`);
    assert.equal(answer.groups.find((g: any) => g.group === 'XX镇').occurrences.length, 2);
    const fields = answer.placeholders.filter((p: any) => p.insert);
    assert.deepEqual(fields.map((p: any) => p.text), ['联系人：', '联系电话：', '单位地址：']);
  });

  it('follows the document: a new version is answered for, and gongwen.rules turns it off', async () => {
    c.replace(URI, '请XX同志讲话。\n');
    let answer: any = await c.request('gongwen/placeholders', { uri: URI });
    assert.equal(answer.version, 2);
    assert.deepEqual(answer.groups.map((g: any) => g.group), ['XX同志']);
    await c.reconfigure(() => ({ rules: { placeholder: 'off' } }));
    answer = await c.request('gongwen/placeholders', { uri: URI });
    assert.deepEqual(answer.placeholders, []);
    c.config = () => ({});
  });

  it('answers null for a document that is not open, InvalidParams for bad params, and stays up', async () => {
    assert.equal(await c.request('gongwen/placeholders', { uri: 'file:///nowhere.txt' }), null);
    await assert.rejects(c.request('gongwen/placeholders', { uri: 42 }), (e: any) => e.code === -32602 && /uri must be a string/.test(e.message));
    const answer: any = await c.request('gongwen/placeholders', { uri: URI });
    assert.equal(answer.uri, URI);
  });
});
