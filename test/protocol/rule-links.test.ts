/**
 * `initializationOptions.clientRuleLinks` and `clientSource` (server/src/lifecycle.ts): a client that
 * links rule codes itself (the VS Code extension, client/src/rule-code.ts) gets diagnostics without
 * `codeDescription`, one that sets `source` itself gets those of findings without `source`; any other
 * client gets each rule's link (the packaged docs/rules.md, server/src/rule-docs.ts) and `source`. Everything else on the wire is the same, in full
 * reports built from scratch and from the parts of the last one, over stdio (the cached JSON of
 * wire.ts) and over node IPC, pulled and pushed; and a diagnostic sent back without `source` by a
 * client that announced `clientSource` gets its actions.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataParts, positionOf, SERVER, TestClient } from './lsp-client';
import { DRAFT } from './fixture';
import { INITIALIZATION_OPTIONS } from '../../client/src/rule-code';
import { ruleDocUrl } from '../../server/src/rule-docs';

assert.ok(fs.existsSync(SERVER), 'dist/server.js is built (npm test runs npm run build first)');

const URI = 'file:///tmp/gongwen-links/draft.txt';
/** Findings of several rules, some after others on their line (an edit before them moves them: a full report). */
const TEXT = `${DRAFT}\n会议要求:一是抓落实,二是XX,三是重实效.\n`.repeat(3);

/** A diagnostic with its `data` reduced to the finding index (the analysis id differs per server and version). */
const strip = ({ data, ...rest }: any) => ({ ...rest, data: data === undefined ? undefined : dataParts(data)?.index });

/** Pull after each of a few edits (with the previous resultId, as VS Code does); the full reports' items, by step. */
async function walk(c: TestClient): Promise<any[][]> {
  let text = TEXT;
  c.open(URI, text, 'plaintext');
  let report = await c.diagnostics(URI);
  const out: any[][] = [report.items];
  let previousResultId = report.resultId;
  const at = text.indexOf('一是');
  for (const [offset, insert] of [[at, '的'], [at, ''], [0, 'XX'], [text.length, '，']] as Array<[number, string]>) {
    const del = insert === '' ? 1 : 0;
    c.edit(URI, { start: positionOf(text, offset), end: positionOf(text, offset + del) }, insert);
    text = text.slice(0, offset) + insert + text.slice(offset + del);
    report = await c.request('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId });
    previousResultId = report.resultId;
    out.push(report.kind === 'full' ? report.items : ['unchanged']);
  }
  return out;
}

for (const transport of ['stdio', 'ipc'] as const) {
  describe(`rule links in diagnostics (${transport}, pulled)`, () => {
    let linked: TestClient;
    let bare: TestClient;
    before(async () => {
      linked = await TestClient.start({ locale: 'zh-cn', transport });
      bare = await TestClient.start({ locale: 'zh-cn', transport, initializationOptions: INITIALIZATION_OPTIONS });
    });
    after(async () => {
      await Promise.all([linked.stop(), bare.stop()]);
    });

    it('leaves out codeDescription only for a client that links codes itself, everything else equal', async () => {
      const [withLinks, withoutLinks] = await Promise.all([walk(linked), walk(bare)]);
      assert.equal(withoutLinks.length, withLinks.length);
      let full = 0;
      for (let step = 0; step < withLinks.length; step++) {
        const a = withLinks[step];
        const b = withoutLinks[step];
        if (a[0] === 'unchanged' || b[0] === 'unchanged') {
          assert.deepEqual(a, b, `step ${step}: both unchanged`);
          continue;
        }
        full++;
        assert.ok(a.length > 10, `step ${step}: findings`);
        for (const d of a) assert.equal(d.codeDescription?.href, ruleDocUrl(d.code), `step ${step}: link of ${d.code}`);
        for (const d of a) assert.equal(d.source, 'gongwen', `step ${step}: source of ${d.code}`);
        for (const d of b) assert.ok(!('codeDescription' in d), `step ${step}: no link for ${d.code}`);
        // the extension fills in `source` (client/src/rule-code.ts filledSource) for the findings' diagnostics
        for (const d of b) assert.ok(!('source' in d), `step ${step}: no source for ${d.code}`);
        assert.deepEqual(b.map(strip), a.map(({ codeDescription, source, ...rest }: any) => strip(rest)), `step ${step}`);
      }
      assert.ok(full >= 3, `full reports: ${full}`);
    });
  });
}

describe('rule links in pushed diagnostics', () => {
  it('are left out for a client that links codes itself', async () => {
    const clients = await Promise.all([TestClient.start({ locale: 'en', pull: false }), TestClient.start({ locale: 'en', pull: false, initializationOptions: INITIALIZATION_OPTIONS })]);
    try {
      const pushed = await Promise.all(
        clients.map((c) => {
          const got = c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === URI && p.diagnostics.length > 0);
          c.open(URI, TEXT, 'plaintext');
          return got;
        }),
      );
      const [a, b] = pushed.map((p) => p.diagnostics);
      assert.ok(a.length > 10 && a.every((d: any) => d.codeDescription?.href === ruleDocUrl(d.code) && d.source === 'gongwen'));
      assert.ok(b.every((d: any) => !('source' in d)));
      assert.deepEqual(b.map(strip), a.map(({ codeDescription, source, ...rest }: any) => strip(rest)));
    } finally {
      await Promise.all(clients.map((c) => c.stop()));
    }
  });
});

describe('diagnostics without source (clientSource)', () => {
  const quickFixTitles = async (c: TestClient, d: any) =>
    ((await c.request('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } })) as any[]).map((a) => a.title).sort();

  it('clientSource alone leaves out source and nothing else; the diagnostics sent back as received, or filled in, get the same actions', async () => {
    const [full, own] = await Promise.all([TestClient.start({ locale: 'en' }), TestClient.start({ locale: 'en', initializationOptions: { clientSource: true } })]);
    try {
      full.open(URI, TEXT, 'plaintext');
      own.open(URI, TEXT, 'plaintext');
      const [a, b] = (await Promise.all([full.diagnostics(URI), own.diagnostics(URI)])).map((r) => r.items);
      assert.ok(a.length > 10 && a.every((d: any) => d.source === 'gongwen' && d.codeDescription?.href === ruleDocUrl(d.code)));
      assert.ok(b.every((d: any) => !('source' in d) && d.codeDescription?.href === ruleDocUrl(d.code)));
      assert.deepEqual(b.map(strip), a.map(({ source, ...rest }: any) => strip(rest)));
      let offered = 0;
      for (let i = 0; i < a.length; i++) {
        const expected = await quickFixTitles(full, a[i]);
        if (expected.length > 0) offered++;
        // as the server sent it (no source), and as the extension shows it (source filled in)
        assert.deepEqual(await quickFixTitles(own, b[i]), expected, `${b[i].code} without source`);
        assert.deepEqual(await quickFixTitles(own, { ...b[i], source: 'gongwen' }), expected, `${b[i].code} with source`);
        // another linter's diagnostic is not ours, with or without the option
        assert.deepEqual(await quickFixTitles(own, { ...b[i], source: 'other' }), [], `${b[i].code} of another source`);
      }
      assert.ok(offered > 5, `findings with actions: ${offered}`);
      // a client that did not announce clientSource: a diagnostic without source is not ours
      assert.deepEqual(await quickFixTitles(full, { ...a[0], source: undefined }), []);
    } finally {
      await Promise.all([full.stop(), own.stop()]);
    }
  });
});

describe('rule links lead somewhere real', () => {
  it('each link is the packaged docs/rules.md (a file: URL) at a heading of its rule, in diagnostics and hovers', async () => {
    const c = await TestClient.start({ locale: 'en' });
    try {
      c.open(URI, TEXT, 'plaintext');
      const { items } = await c.diagnostics(URI);
      assert.ok(items.length > 10);
      const hrefs = new Set<string>(items.map((d: any) => d.codeDescription?.href));
      const hover: any = await c.request('textDocument/hover', { textDocument: { uri: URI }, position: items[0].range.start });
      const inHover = /\]\(([^)]+)\)\s*$/.exec(hover.contents.value)?.[1];
      assert.ok(inHover, hover.contents.value);
      hrefs.add(inHover);
      for (const href of hrefs) {
        const url = new URL(href);
        assert.equal(url.protocol, 'file:', href);
        const file = fileURLToPath(url);
        assert.equal(path.basename(file), 'rules.md');
        assert.equal(file, path.resolve(SERVER, '..', '..', 'docs', 'rules.md'), 'the copy shipped beside dist/');
        const headings = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.startsWith('## '));
        assert.ok(headings.includes(`## ${url.hash.slice(1)}`), `a heading for ${url.hash}`);
      }
    } finally {
      await c.stop();
    }
  });
});
