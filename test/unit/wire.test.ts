/**
 * Diagnostic reports on the wire: `documentDiagnostics` with an earlier list shares its parts and says
 * exactly what it says without one; `encodeMessage` (wire.ts) writes exactly the bytes of
 * `JSON.stringify` (what vscode-jsonrpc writes) for any message, in ASCII for a report it built (`\uXXXX`
 * escapes for the other characters: the same JSON value).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../server/src/analysis';
import { diagnosticsMatch, documentDiagnostics, findingOf, matchingPrefix, MAX_DIAGNOSTICS, ruleDocUrl, sameDiagnostics, shownParts } from '../../server/src/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { encodeMessage } from '../../server/src/wire';
import { DRAFT } from '../protocol/fixture';
import { prng } from '../helpers/prng';

const json = (x: unknown) => Buffer.from(JSON.stringify(x), 'utf8');
/** `json(x)` with every character outside ASCII written as its `\uXXXX` escape: the bytes of a report. */
const ascii = (x: unknown) => Buffer.from(JSON.stringify(x).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'ascii');
/** Are `bytes` a report's: ASCII only, the JSON of `x`'s value? */
const isReport = (bytes: Buffer, x: unknown) => bytes.every((b) => b < 0x80) && bytes.equals(ascii(x)) && JSON.stringify(JSON.parse(bytes.toString('utf8'))) === JSON.stringify(x);

describe('documentDiagnostics with the previous list', () => {
  it('builds what it builds without it, shares the parts of findings shown the same, and encodes them as JSON.stringify does', () => {
    const random = prng(20261201);
    const pieces = ['的', '\n', '\r\n', 'XX', '𠮷', '一、', '（一）', '1.', ' ', '，', ',', '截止目前', '“', '附件：', ''];
    let shared = 0;
    let built = 0;
    let reused = 0;
    // a locale alone (with rule links), the view of a client that links rule codes itself, and of one that also sets source itself
    for (const locale of ['zh-cn', 'en', { locale: 'zh-cn', ruleLinks: false }, { locale: 'zh-cn', ruleLinks: false, source: false }]) {
      for (const start of [DRAFT.repeat(3), DRAFT.replace(/\n/g, '\r\n'), '\uFEFF𠮷' + DRAFT]) {
        const store = new AnalysisStore();
        const fresh = new AnalysisStore();
        let text = start;
        let doc = TextDocument.create('file:///w.md', 'markdown', 1, text);
        let previous = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), locale);
        for (let i = 0; i < 80; i++) {
          const at = Math.floor(random() * (text.length + 1));
          const del = random() < 0.3 ? Math.floor(random() * 4) : 0;
          const ins = pieces[Math.floor(random() * pieces.length)];
          text = text.slice(0, at) + ins + text.slice(at + del);
          doc = TextDocument.create('file:///w.md', 'markdown', doc.version + 1, text);
          const analysis = store.get(doc, DEFAULT_SETTINGS);
          const prefix = matchingPrefix(previous, doc, analysis, locale);
          const items = documentDiagnostics(doc, analysis, locale, previous, random() < 0.5 ? prefix : 0);
          // the same list as one built from scratch for the same analysis (another store: nothing shared)
          const alone = documentDiagnostics(doc, fresh.get(doc, DEFAULT_SETTINGS), locale);
          assert.deepEqual(items, alone, `edit ${i} at ${at}`);
          assert.ok(sameDiagnostics(items, alone));
          assert.ok(items.every((d) => typeof locale === 'string' || d.code === 'too-many' || !('codeDescription' in d)), 'no rule links for that view');
          assert.equal(diagnosticsMatch(previous, doc, analysis, locale, prefix), sameDiagnostics(previous, items), `edit ${i}: match`);
          // matchingPrefix: exactly the leading items equal one by one (sameDiagnostics of one item)
          let expected = 0;
          while (expected < previous.length && expected < alone.length && sameDiagnostics([previous[expected]], [alone[expected]])) expected++;
          assert.equal(prefix, analysis.kind === 'ok' && analysis.result.findings.length <= MAX_DIAGNOSTICS ? expected : 0, `edit ${i}: matching prefix`);
          // every item names its finding in this analysis (data: its index), under its own code
          items.forEach((d, k) => assert.equal(findingOf(d, analysis, doc, locale), analysis.kind === 'ok' && k < MAX_DIAGNOSTICS ? analysis.result.findings[k] : undefined));
          if (analysis.kind === 'ok') assert.ok(items.every((d, k) => d.data === (d.code === 'too-many' ? undefined : k)));
          // the leading items that show what the previous list shows are its objects (their JSON is sent again as it was)
          for (let k = 0; k < prefix; k++) assert.equal(items[k], previous[k], `edit ${i}: item ${k} reused`);
          if (prefix > 0) reused++;
          const before = new Set(shownParts(previous));
          for (const p of shownParts(items) ?? []) before.has(p) ? shared++ : built++;
          // the wire bytes: exactly JSON.stringify's in ASCII, for a pull and for a push
          const pull = { jsonrpc: '2.0', id: i, result: { kind: 'full', resultId: `x:${i}`, items } };
          assert.ok(isReport(encodeMessage(pull), pull), `edit ${i}: pull report bytes`);
          const push = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w.md', version: i, diagnostics: items } };
          assert.ok(isReport(encodeMessage(push), push), `edit ${i}: push bytes`);
          // now and then the client holds a list of some versions ago (answers "unchanged" in between)
          if (random() < 0.7) previous = items;
        }
      }
    }
    assert.ok(shared > 3 * built, `most parts are shared (${shared} shared, ${built} built)`);
    assert.ok(reused > 100, `lists that reuse leading diagnostics: ${reused}`);
  });

  it('shows one analysis with or without rule links, everything else equal, and encodes both as JSON.stringify does', () => {
    const store = new AnalysisStore();
    const doc = TextDocument.create('file:///v.md', 'markdown', 1, DRAFT);
    const analysis = store.get(doc, DEFAULT_SETTINGS);
    const linked = documentDiagnostics(doc, analysis, 'zh-cn');
    const bare = documentDiagnostics(doc, analysis, { locale: 'zh-cn', ruleLinks: false });
    assert.ok(linked.length > 5 && bare.length === linked.length);
    linked.forEach((d, i) => {
      assert.equal(d.codeDescription?.href, ruleDocUrl(String(d.code)));
      const { codeDescription, ...rest } = d;
      assert.deepEqual(Object.keys(bare[i]), Object.keys(rest), 'same fields in the same order, no codeDescription');
      assert.deepEqual(bare[i], rest);
    });
    // each view gets its own list (asked again, the cached one), never the other's
    assert.equal(documentDiagnostics(doc, analysis, 'zh-cn'), documentDiagnostics(doc, analysis, { locale: 'zh-cn', ruleLinks: true }));
    assert.notEqual(documentDiagnostics(doc, analysis, 'zh-cn'), bare);
    assert.ok(diagnosticsMatch(bare, doc, analysis, { locale: 'zh-cn', ruleLinks: false }));
    assert.equal(diagnosticsMatch(bare, doc, analysis, 'zh-cn'), false, 'a list without links is not what a linking client is shown');
    assert.equal(diagnosticsMatch(linked, doc, analysis, { locale: 'zh-cn', ruleLinks: false }), false);
    for (const items of [linked, bare]) {
      const msg = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a:1', items } };
      assert.ok(isReport(encodeMessage(msg), msg));
    }
  });

  it('keeps the too-many diagnostic after the cap, and lists are frozen', () => {
    const store = new AnalysisStore();
    const doc = TextDocument.create('file:///many.txt', 'plaintext', 1, 'XX。'.repeat(MAX_DIAGNOSTICS + 10));
    const items = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), 'zh-cn');
    assert.equal(items.length, MAX_DIAGNOSTICS + 1);
    assert.equal(items[MAX_DIAGNOSTICS].code, 'too-many');
    assert.ok(Object.isFrozen(items) && Object.isFrozen(items[0]) && Object.isFrozen(items[0].range) && Object.isFrozen(items[0].range.start));
    assert.throws(() => (items as any[]).push(items[0]));
    const msg = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a:1', items } };
    assert.ok(isReport(encodeMessage(msg), msg), 'the too-many diagnostic in ASCII too');
  });
});

describe('encodeMessage', () => {
  const store = new AnalysisStore();
  const doc = TextDocument.create('file:///e.md', 'markdown', 1, DRAFT);
  const items = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), 'zh-cn');

  it('writes the bytes JSON.stringify writes for any message but a report it built, and those in ASCII', () => {
    assert.ok(items.length > 5);
    const messages: unknown[] = [
      { jsonrpc: '2.0', id: 7, result: { kind: 'unchanged', resultId: 'a:2' } },
      { jsonrpc: '2.0', id: 'str', result: null },
      { jsonrpc: '2.0', id: 8, error: { code: -32800, message: '请求已取消 “取消”\u0000' } },
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '𠮷\r\n"\\' } },
      // a copy of our list (not frozen, not registered): stringified as is
      { jsonrpc: '2.0', id: 9, result: { kind: 'full', resultId: 'a:3', items: [...items] } },
      // our list twice in one message, and next to a string that looks like the placeholder
      { jsonrpc: '2.0', id: 10, result: { kind: 'full', resultId: 'a:4', items, again: items } },
      { jsonrpc: '2.0', id: 11, result: { kind: 'full', resultId: '\u0000gongwen-diagnostics\u0000', items } },
      // in a code action (the fix-all-of-a-rule action lists diagnostics): not a report, stringified as is
      { jsonrpc: '2.0', id: 13, result: [{ title: 't', diagnostics: items }] },
      { jsonrpc: '2.0', id: 14, result: { kind: 'full', items: [] } },
    ];
    for (const m of messages) assert.ok(encodeMessage(m as any).equals(json(m)), JSON.stringify(m).slice(0, 120));
    // our lists (frozen, registered): the same JSON in ASCII, every Chinese message escaped
    for (const m of [
      { jsonrpc: '2.0', id: 12, result: { items, kind: 'full', toJSON: undefined } },
      { jsonrpc: '2.0', id: 15, result: { kind: 'full', resultId: '结果:1', items } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///%E5%85%AC%E6%96%87.md', diagnostics: items } },
    ]) {
      const bytes = encodeMessage(m as any);
      assert.ok(isReport(bytes, m), JSON.stringify(m).slice(0, 120));
      assert.ok(bytes.length > json(m).length, 'the escapes are longer than the UTF-8 they stand for');
    }
  });

  it('writes a list that shares leading and trailing diagnostics with the last one as it writes any list', () => {
    // one line edited in the middle of a long document: the diagnostics before and after it are the same objects
    const lines = Array.from({ length: 60 }, (_, i) => `第${i}段，XX单位要在X月X日前报送材料,并做好“衔接”工作。`);
    const store = new AnalysisStore();
    const a = TextDocument.create('file:///s.txt', 'plaintext', 1, lines.join('\n'));
    const first = documentDiagnostics(a, store.get(a, DEFAULT_SETTINGS), 'zh-cn');
    const edited = [...lines];
    edited[30] = edited[30].replace('报送', '及时报送');
    const b = TextDocument.create('file:///s.txt', 'plaintext', 2, edited.join('\n'));
    const analysis = store.get(b, DEFAULT_SETTINGS);
    const second = documentDiagnostics(b, analysis, 'zh-cn', first, matchingPrefix(first, b, analysis, 'zh-cn'));
    assert.equal(second.length, first.length);
    const shared = shownParts(second)!.filter((p, i) => p === shownParts(first)![i]).length;
    assert.ok(shared > 0 && shared < second.length, `some parts shared (${shared} of ${second.length})`);
    // another document's list in between, then both lists again, in every order: always their own bytes
    const other = documentDiagnostics(TextDocument.create('file:///o.md', 'markdown', 1, DRAFT), store.get(TextDocument.create('file:///o.md', 'markdown', 1, DRAFT), DEFAULT_SETTINGS), 'zh-cn');
    for (const list of [first, second, first, other, second, second, first, items, second]) {
      const msg = { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'r', items: list } };
      assert.ok(isReport(encodeMessage(msg), msg));
      const push = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///s.txt', diagnostics: list } };
      assert.ok(isReport(encodeMessage(push), push));
    }
  });

  it('throws what JSON.stringify throws', () => {
    const cyclic: any = { jsonrpc: '2.0', id: 1, result: { kind: 'full', items } };
    cyclic.result.self = cyclic;
    assert.throws(() => encodeMessage(cyclic), TypeError);
    assert.throws(() => encodeMessage({ jsonrpc: '2.0', id: 2, result: { n: 1n } } as any), TypeError);
  });
});

import { PassThrough } from 'node:stream';
import { StreamMessageReader } from 'vscode-languageserver/node';
import { encodeFrame, FrameWriter } from '../../server/src/wire';

describe('FrameWriter', () => {
  const store = new AnalysisStore();
  const doc = TextDocument.create('file:///f.md', 'markdown', 1, DRAFT);
  const items = documentDiagnostics(doc, store.get(doc, DEFAULT_SETTINGS), 'zh-cn');

  it('frames each message as the library does, header and body in one chunk', () => {
    for (const msg of [{ jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a:1', items } }, { jsonrpc: '2.0', id: 2, result: null }, { jsonrpc: '2.0', method: 'x', params: { s: '中文𠮷' } }]) {
      const body = (msg as { result?: { items?: unknown } }).result?.items ? ascii(msg) : json(msg);
      assert.ok(encodeFrame(msg as any).equals(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body])));
    }
  });

  it('writes messages in order, one chunk each, that the library reads back', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const writer = new FrameWriter(stream);
    const sent = [
      { jsonrpc: '2.0', id: 1, result: { kind: 'full', resultId: 'a:1', items } },
      { jsonrpc: '2.0', id: 2, result: { kind: 'unchanged', resultId: 'a:2' } },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: doc.uri, diagnostics: items } },
    ];
    await Promise.all(sent.map((m) => writer.write(m as any)));
    assert.equal(chunks.length, sent.length, 'one chunk per message');
    const back = new PassThrough();
    const got: unknown[] = [];
    const reader = new StreamMessageReader(back);
    const all = new Promise<void>((resolve) => reader.listen((m) => got.push(m) === sent.length && resolve()));
    back.end(Buffer.concat(chunks));
    await all;
    assert.deepEqual(got, JSON.parse(JSON.stringify(sent)));
  });

  it('rejects a message it cannot encode and one the stream refuses, and says so on onError', async () => {
    const stream = new PassThrough();
    const writer = new FrameWriter(stream);
    const errors: unknown[] = [];
    writer.onError(([e, , count]) => errors.push([e.constructor.name, count]));
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: { n: 1n } } as any), TypeError);
    stream.destroy();
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 2, result: null } as any));
    assert.deepEqual(errors[0], ['TypeError', 1]);
    assert.equal((errors[1] as any)?.[1], 2, 'the stream error, counted');
  });
});
