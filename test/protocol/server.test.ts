/**
 * Protocol tests: the built server (dist/server.js) in its own process, driven over stdio.
 * Expectations come from the pure core run in this process plus independent position arithmetic,
 * so they follow the rules as they land and still fail when the server mis-converts anything.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, buildSections, compatibleEdits, ruleById, findPlaceholders, fixAll, lint, pick, Source, type Finding } from '../../server/src/core';
import { actionEdits, applyTextEdits, dataParts, deadline, rangeOf, SERVER, TestClient } from './lsp-client';
import { DRAFT, seedText } from './fixture';

const SEV: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const MD_URI = 'file:///tmp/gongwen-test/draft.md';

assert.ok(fs.existsSync(SERVER), 'dist/server.js is built (npm test runs npm run build first)');

function expectDiagnostics(items: any[], text: string, findings: readonly Finding[], locale: string, version: number) {
  assert.equal(items.length, findings.length, `one diagnostic per finding: ${JSON.stringify(items.map((d) => d.code))} vs ${JSON.stringify(findings.map((f) => f.rule))}`);
  findings.forEach((f, i) => {
    const d = items[i];
    assert.equal(d.code, f.rule);
    assert.equal(d.source, 'gongwen');
    assert.deepEqual(d.range, rangeOf(text, f.start, f.end), `range of ${f.rule} at ${f.start}`);
    assert.equal(d.severity, SEV[f.severity]);
    assert.ok(d.message.startsWith(pick(f.message, locale)), `message in ${locale}: ${d.message}`);
    assert.match(d.codeDescription.href, new RegExp(`#${f.rule}$`));
    // data finds the finding again and carries nothing else (no fix: it is built when asked for): its index
    assert.equal(d.data, i, `data of ${f.rule} (version ${version})`);
  });
}

describe('language server over stdio, pull diagnostics, zh-cn', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ locale: 'zh-cn' });
  });
  after(async () => {
    await c.stop();
  });

  it('announces its capabilities', () => {
    const caps = c.initializeResult.capabilities;
    assert.ok(caps.diagnosticProvider, 'pull diagnostics');
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.gongwen']);
    assert.deepEqual(caps.semanticTokensProvider.legend.tokenTypes, ['gongwenOrdinal', 'gongwenPlaceholder']);
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.hoverProvider);
  });

  it('reports the core findings as diagnostics with exact ranges, Chinese messages and data', async () => {
    c.open(MD_URI, DRAFT);
    const report = await c.diagnostics(MD_URI);
    assert.equal(report.kind, 'full');
    expectDiagnostics(report.items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'zh-cn', 1);
    // an unchanged document answers "unchanged" for the same resultId
    const again = await c.request('textDocument/diagnostic', { textDocument: { uri: MD_URI }, previousResultId: report.resultId });
    assert.equal(again.kind, 'unchanged');
  });

  it('a document reopened under the same URI at the same version never gets "unchanged"', async () => {
    const uri = 'untitled:Untitled-7';
    c.open(uri, '请XX县报送。\n');
    const first = await c.diagnostics(uri);
    assert.ok(first.items.some((d: { code: unknown }) => JSON.stringify(d.code).includes('placeholder')));
    c.close(uri);
    c.open(uri, '一.总体要求\n\n二.重点任务\n');
    const second = await c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId: first.resultId });
    assert.equal(second.kind, 'full');
    assert.notEqual(second.resultId, first.resultId);
    assert.ok(second.items.some((d: { code: unknown }) => JSON.stringify(d.code).includes('numbering-punctuation')));
    c.close(uri);
  });

  it('lints plain text, CRLF, astral characters, untitled and virtual documents', async () => {
    const text = '𠮷' + DRAFT.replace(/\n/g, '\r\n');
    for (const [uri, lang] of [
      ['untitled:Untitled-1', 'plaintext'],
      ['vscode-vfs://github/gongwen-dev/sample/draft.md', 'markdown'],
      ['file:///tmp/gongwen-test/crlf.txt', 'plaintext'],
    ] as const) {
      c.open(uri, text, lang);
      const report = await c.diagnostics(uri);
      expectDiagnostics(report.items, text, lint(text, { language: lang }).findings, 'zh-cn', 1);
    }
  });

  it('offers each finding its fix, refuses stale ones, and fix-all matches the core fixAll', async () => {
    const uri = 'file:///tmp/gongwen-test/fix.md';
    c.open(uri, DRAFT);
    const { items } = await c.diagnostics(uri);
    const findings = lint(DRAFT, { language: 'markdown' }).findings;
    items.forEach((d: any, i: number) => assert.equal(d.code, findings[i].rule));
    for (const [i, d] of items.entries()) {
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
      const preferred = actions.find((a: any) => a.isPreferred);
      if (!findings[i].fix) {
        assert.equal(preferred, undefined, `no fix for ${d.code}`);
        continue;
      }
      assert.ok(preferred, `a preferred fix for ${d.code}`);
      assert.equal(preferred.kind, 'quickfix');
      assert.equal(applyTextEdits(DRAFT, actionEdits(preferred, uri, 1)), applyEdits(DRAFT, findings[i].fix!.edits).text);
    }
    // "fix all of this rule": one action per rule with several distinct fixes, = its fixes applied pass after pass
    const byRule = new Map<string, Set<string>>();
    for (const f of lint(DRAFT, { language: 'markdown' }).findings) if (f.fix) byRule.set(f.rule, (byRule.get(f.rule) ?? new Set()).add(JSON.stringify(f.fix.edits)));
    for (const [rule, fixes] of byRule) {
      const d = items.find((x: any) => x.code === rule);
      const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      // (the suppression actions, tested in suppress.test.ts, are the other quick fixes)
      const forRule = actions.filter((a: any) => !a.isPreferred && a.kind === 'quickfix' && /^(修复本文档中全部|删除全部网页残留行)/.test(a.title));
      if (fixes.size < 2) {
        assert.equal(forRule.length, 0, `no fix-all for ${rule} with one distinct fix`);
        continue;
      }
      assert.equal(forRule.length, 1, `fix-all for ${rule}`);
      assert.equal(forRule[0].diagnostics.length, findings.filter((f) => f.rule === rule && f.fix).length, 'it names every finding it fixes');
      let expectedRule = DRAFT;
      for (let pass = 0; pass < 8; pass++) {
        const fs = lint(expectedRule, { language: 'markdown' }).findings.filter((f) => f.rule === rule && f.fix).map((f) => f.fix!);
        const next = applyEdits(expectedRule, compatibleEdits(fs).edits).text;
        if (next === expectedRule) break;
        expectedRule = next;
      }
      assert.equal(applyTextEdits(DRAFT, actionEdits(forRule[0], uri)), expectedRule);
    }
    // source.fixAll.gongwen
    const expected = fixAll(DRAFT, { language: 'markdown' }).text;
    const source = await c.request('textDocument/codeAction', {
      textDocument: { uri },
      range: rangeOf(DRAFT, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll.gongwen'] },
    });
    if (expected === DRAFT) assert.deepEqual(source, []);
    else {
      assert.equal(source.length, 1);
      assert.equal(source[0].kind, 'source.fixAll.gongwen');
      assert.equal(applyTextEdits(DRAFT, actionEdits(source[0], uri)), expected);
    }
  });

  it('reports the fixture defects of every rule that has landed, with working fixes', async (t) => {
    const uri = 'file:///tmp/gongwen-test/landed.md';
    c.open(uri, DRAFT);
    const { items } = await c.diagnostics(uri);
    const implemented = (id: string) => !!ruleById(id) && !ruleById(id)!.meta.description.zh.includes('待实现');
    const at = (code: string, line: number) => items.find((d: any) => d.code === code && d.range.start.line === line);
    const actionsFor = (d: any) => c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    let checked = 0;
    if (implemented('placeholder')) {
      checked++;
      assert.deepEqual(at('placeholder', 0)?.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } }, 'XX in the title');
      assert.ok(at('placeholder', 14), 'XXX同志 / X月X日 under （一）');
      assert.ok(at('placeholder', 26), '20XX年X月X日');
    }
    if (implemented('web-residue')) {
      checked++;
      const banner = at('web-residue', 2);
      const byline = at('web-residue', 23);
      assert.ok(banner && byline, 'the site banner and the byline are residue');
      const actions = await actionsFor(banner);
      const one = actions.find((a: any) => a.isPreferred);
      assert.equal(one.title, '删除此行');
      const afterOne = applyTextEdits(DRAFT, actionEdits(one, uri));
      assert.ok(!afterOne.includes('SUCAI198') && afterOne.includes('admin 分享') && afterOne.includes('各村（社区）'));
      const all = actions.find((a: any) => a.title === '删除全部网页残留行');
      assert.ok(all, 'delete all residue');
      const afterAll = applyTextEdits(DRAFT, actionEdits(all, uri));
      assert.ok(!afterAll.includes('SUCAI198') && !afterAll.includes('admin 分享') && afterAll.includes('各村（社区）') && afterAll.includes('XX镇人民政府'));
    }
    if (implemented('numbering-level')) {
      checked++;
      const level = items.filter((d: any) => d.code === 'numbering-level');
      assert.ok(at('numbering-level', 8), 'the inner run starting on line 9 is reported');
      for (const d of level) assert.ok(d.range.start.line >= 8 && d.range.start.line <= 10 && d.range.start.character === 0, `only the inner run: ${JSON.stringify(d.range)}`);
      const fix = (await actionsFor(at('numbering-level', 8))).find((a: any) => a.isPreferred);
      const fixed = applyTextEdits(DRAFT, actionEdits(fix, uri));
      for (const s of ['（一）坚持安全第一', '（二）坚持预防为主', '（三）坚持综合治理', '二、主要任务']) assert.ok(fixed.includes(s), s);
    }
    if (implemented('numbering-sequence')) {
      checked++;
      const d = at('numbering-sequence', 16);
      assert.ok(d && at('numbering-sequence', 21), '（四） after （二）, 3. after 1.');
      assert.match(d.message, /（三）/);
      const fix = (await actionsFor(d)).find((a: any) => a.isPreferred);
      assert.ok(applyTextEdits(DRAFT, actionEdits(fix, uri)).includes('（三）强化应急处置'));
    }
    const seed = seedText();
    if (seed && implemented('web-residue')) {
      const seedUri = 'file:///tmp/gongwen-test/seed-residue.txt';
      c.open(seedUri, seed, 'plaintext');
      const lines = (await c.diagnostics(seedUri)).items.filter((d: any) => d.code === 'web-residue').map((d: any) => d.range.start.line);
      const seedLines = seed.split(/\r\n|\n|\r/);
      for (const needle of ['SUCAI198.COM', 'admin 分享']) {
        const line = seedLines.findIndex((l) => l.includes(needle));
        if (line >= 0) assert.ok(lines.includes(line), `seed residue “${needle}” on line ${line + 1}`);
      }
    }
    if (checked === 0) assert.fail('none of the fixture rules has landed yet');
  });

  it('builds quick fixes from the analysis, never from Diagnostic.data; forged, malformed and stale diagnostics get no action', async () => {
    const uri = 'file:///tmp/gongwen-test/stale.md';
    const text = '一.总体要求\r\n𠮷正文第一段。\r\n';
    c.open(uri, text);
    const { items } = await c.diagnostics(uri);
    const d = items.find((x: any) => x.code === 'numbering-punctuation');
    assert.ok(d, 'a fixable finding');
    // (the request's own range stays the finding's: a malformed request range is InvalidParams, malformed.test.ts)
    const ask = (diagnostic: any) => c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [diagnostic] } });
    const fresh = await ask(d);
    assert.equal(fresh.filter((a: any) => a.isPreferred).length, 1, 'the fix is offered for the analysis it came from');
    // forged or malformed data: no action at all, never an untitled one
    const { index } = dataParts(d.data)!;
    const forged = [
      { index, rule: d.code, fix: { title: { zh: '合成修复', en: 'synthetic fix' }, edits: [{ start: 0, end: 2, newText: '改写' }] } },
      { index, rule: d.code },
      index + 1,
      index + 1000,
      -1,
      0.5,
      index + 0.5,
      `${index}`,
      `0${index}`,
      `${index} `,
      `a.1:1:${index}`,
      { version: 1, rule: 'numbering-punctuation', severityKey: 'numbering-punctuation', start: 0, end: 2 },
      null,
      'data',
      [1, 2],
      [index],
      undefined,
    ];
    for (const data of forged) {
      const actions = await ask({ ...d, data });
      assert.deepEqual(actions, [], `no action for data ${JSON.stringify(data)}`);
    }
    assert.deepEqual(await ask({ ...d, code: 'web-residue' }), [], 'the finding named is of another rule than the code');
    assert.deepEqual(await ask({ ...d, code: undefined }), [], 'no code');
    assert.deepEqual(await ask({ ...d, source: 'other-linter' }), [], 'not our diagnostic');
    // the genuine data with a range, message or code the finding does not have: nothing
    const moved = { ...d.range, start: { ...d.range.start, character: d.range.start.character + 1 } };
    for (const other of [{ ...d, range: moved }, { ...d, range: { start: d.range.start, end: { line: 1, character: 0 } } }, { ...d, message: `${d.message}。` }, { ...d, range: null }, { ...d, range: { start: null, end: d.range.end } }]) {
      assert.deepEqual(await ask(other), [], `not what the finding shows: ${JSON.stringify(other)}`);
    }
    // typing after it (a line added at the end): it still shows the current text's finding, whose fix it gets
    c.replace(uri, text + '新增一行。');
    await c.diagnostics(uri);
    const after = await ask(d);
    assert.equal(after.filter((a: any) => a.isPreferred).length, 1, 'a diagnostic the current text still shows keeps its fix');
    const core = lint(text + '新增一行。', { language: 'markdown' }).findings.find((f) => f.rule === 'numbering-punctuation')!;
    assert.equal(applyTextEdits(text + '新增一行。', actionEdits(after.find((a: any) => a.isPreferred), uri)), applyEdits(text + '新增一行。', core.fix!.edits).text);
    // typing before it on its line moves it: the diagnostic the client holds is stale, refused
    c.replace(uri, ' ' + text + '新增一行。');
    await c.diagnostics(uri);
    assert.deepEqual(await ask(d), [], 'stale fix refused');
  });

  it('answers "unchanged" when an edit leaves every diagnostic as the client shows it, and the held diagnostics keep their fixes', async () => {
    const uri = 'file:///tmp/gongwen-test/held.md';
    let text = '一.总体要求\n\n各单位要加强领导。\n\n二.工作任务\n';
    c.open(uri, text);
    const pull = (previousResultId?: string) => c.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
    const first = await pull();
    assert.equal(first.kind, 'full');
    const d = first.items.find((x: any) => x.code === 'numbering-punctuation' && x.range.start.line === 0);
    assert.ok(d, 'a fixable finding on line 0');
    const fixOf = async (diagnostic: any) =>
      (await c.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })).find((a: any) => a.isPreferred);
    // typing in the prose of line 2 moves no diagnostic: "unchanged", with the new version's resultId
    const at = text.indexOf('加强');
    c.edit(uri, rangeOf(text, at, at), '切实');
    text = text.slice(0, at) + '切实' + text.slice(at);
    const second = await pull(first.resultId);
    assert.equal(second.kind, 'unchanged');
    assert.ok(second.resultId.endsWith(':2') && second.resultId !== first.resultId);
    // what the client keeps is what a full report of the new version would say (but for data)
    const full = await pull();
    const shown = (items: any[]) => items.map(({ data, ...rest }: any) => ({ ...rest, index: dataParts(data)?.index }));
    assert.deepEqual(shown(full.items), shown(first.items));
    assert.deepEqual(full.items, first.items, 'the same diagnostics, data (the finding index) included');
    // the diagnostic the client holds (data of version 1) still gets its fix, built from the current text
    const kept = await fixOf(d);
    assert.ok(kept, 'the held diagnostic keeps its quick fix');
    const core = lint(text, { language: 'markdown' }).findings.find((f) => f.rule === 'numbering-punctuation' && f.start === 0)!;
    assert.equal(applyTextEdits(text, actionEdits(kept, uri, 2)), applyEdits(text, core.fix!.edits).text);
    // an edit before the finding on its own line moves it: a full report, and the held data goes stale
    c.edit(uri, rangeOf(text, 0, 0), ' ');
    text = ' ' + text;
    const fourth = await pull(second.resultId);
    assert.equal(fourth.kind, 'full');
    assert.ok(fourth.resultId.endsWith(':3'));
    assert.equal(await fixOf(d), undefined, 'data of version 1 is stale now');
    // a resultId the server did not give last gets a full report even when nothing moved
    const at2 = text.indexOf('领导');
    c.edit(uri, rangeOf(text, at2, at2), '组织');
    text = text.slice(0, at2) + '组织' + text.slice(at2);
    const fifth = await pull(first.resultId);
    assert.equal(fifth.kind, 'full');
    c.close(uri);
  });

  it('returns the section tree as document symbols and folding ranges', async () => {
    const text = seedText() ?? DRAFT;
    const uri = 'file:///tmp/gongwen-test/seed.txt';
    c.open(uri, text, 'plaintext');
    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    // the tree the server's analysis built (lint skips web-residue lines when reading the structure)
    const tree = lint(text, { language: 'plaintext' }).sections;
    const expectSymbols = (sections: typeof tree.roots, syms: any[], depth = 0) => {
      assert.equal(syms.length, sections.length);
      sections.forEach((s, i) => {
        const sym = syms[i];
        assert.ok(sym.name.length > 0, 'non-empty name');
        assert.deepEqual(sym.range, rangeOf(text, s.start, Math.max(s.end, s.titleEnd)));
        const inside = (p: any) => (p.line > sym.range.start.line || (p.line === sym.range.start.line && p.character >= sym.range.start.character)) && (p.line < sym.range.end.line || (p.line === sym.range.end.line && p.character <= sym.range.end.character));
        assert.ok(inside(sym.selectionRange.start) && inside(sym.selectionRange.end), 'selectionRange ⊆ range');
        if (s.titleStart >= s.start && s.titleEnd <= s.end) assert.deepEqual(sym.selectionRange, rangeOf(text, s.titleStart, s.titleEnd));
        if (depth < 10) expectSymbols(s.children, sym.children ?? [], depth + 1);
      });
    };
    expectSymbols(tree.roots, symbols);
    const folds = await c.request('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(Array.isArray(folds));
    const lines = text.split(/\r\n|\n|\r/);
    for (const f of folds) {
      assert.ok(f.endLine > f.startLine);
      assert.notEqual(lines[f.endLine].trim(), '', 'a fold ends on a non-blank line');
    }
    if (tree.roots.some((s) => s.children.length > 0)) assert.ok(folds.length > 0, 'sections with children fold');
  });

  it('colours ordinal markers and placeholders with semantic tokens', async () => {
    const uri = 'file:///tmp/gongwen-test/tokens.txt';
    const text = DRAFT.replace(/\n/g, '\r\n');
    c.open(uri, text, 'plaintext');
    const { data } = await c.request('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(data.length % 5, 0);
    const source = new Source(text, 'plaintext');
    const expected = [
      ...buildSections(source).markers.flatMap((s) => (s.marker ? [{ start: s.marker.start, end: s.marker.end, type: 0 }] : [])),
      ...findPlaceholders(source).map((p) => ({ start: p.start, end: p.end, type: 1 })),
    ].sort((a, b) => a.start - b.start);
    let line = 0;
    let char = 0;
    const got: Array<{ range: unknown; type: number }> = [];
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      got.push({ range: { start: { line, character: char }, end: { line, character: char + data[i + 2] } }, type: data[i + 3] });
    }
    assert.deepEqual(got, expected.map((t) => ({ range: rangeOf(text, t.start, t.end), type: t.type })));
    // a range request returns the tokens inside the range only (here: the line of the last token)
    const tokenLine = expected.length ? rangeOf(text, expected[expected.length - 1].start, expected[expected.length - 1].start).start.line : 0;
    const ranged = await c.request('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: tokenLine, character: 0 }, end: { line: tokenLine + 1, character: 0 } } });
    const onLine = got.filter((g: any) => g.range.start.line === tokenLine);
    assert.equal(ranged.data.length / 5, onLine.length);
    if (onLine.length) assert.equal(ranged.data[0], tokenLine);
  });

  it('explains a finding on hover', async (t) => {
    const { items } = await c.diagnostics(MD_URI);
    if (items.length === 0) assert.fail('no rule reports on the draft yet');
    const d = items[0];
    const hover = await c.request('textDocument/hover', { textDocument: { uri: MD_URI }, position: d.range.start });
    assert.ok(hover, 'hover at a finding');
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, new RegExp(d.code));
    assert.match(hover.contents.value, /依据/);
    const nothing = await c.request('textDocument/hover', { textDocument: { uri: MD_URI }, position: { line: 1, character: 0 } });
    assert.equal(nothing, null, 'no hover on a blank line');
  });

  it('survives malformed requests, unknown methods and a 10 MB document', async () => {
    await assert.rejects(c.request('gongwen/noSuchMethod', {}), (e: any) => e.code === -32601);
    // malformed params: InvalidParams naming the field (every case: malformed.test.ts)
    await assert.rejects(c.request('textDocument/documentSymbol', {}), (e: any) => e.code === -32602 && /textDocument must be an object/.test(e.message));
    await assert.rejects(c.request('textDocument/codeAction', { textDocument: { uri: 5 } }), (e: any) => e.code === -32602 && /textDocument\.uri must be a string/.test(e.message));
    await assert.rejects(c.request('textDocument/hover', { textDocument: { uri: MD_URI } }), (e: any) => e.code === -32602 && /position must be a Position/.test(e.message));
    assert.deepEqual((await c.diagnostics('file:///never/opened.md')).items, []);
    // malformed notifications are dropped, the server carries on
    c.notify('textDocument/didOpen', {});
    c.notify('textDocument/didChange', { textDocument: { uri: MD_URI, version: 99 }, contentChanges: 'nope' });
    c.notify('workspace/didChangeConfiguration', 42);
    c.notify('gongwen/unknownNotification', { x: 1 });
    const bigUri = 'file:///tmp/gongwen-test/big.txt';
    const big = '一、XX镇工作。\n'.repeat(1_100_000); // > 10 M characters
    const t0 = Date.now();
    c.open(bigUri, big, 'plaintext');
    const report = await c.request('textDocument/diagnostic', { textDocument: { uri: bigUri } }, 30000);
    assert.equal(report.items.length, 1);
    assert.equal(report.items[0].code, 'too-large');
    assert.match(report.items[0].message, /文档过大/);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }), []);
    assert.ok(Date.now() - t0 < 20000, 'answered promptly');
    c.close(bigUri);
    // still alive and correct
    const after = await c.diagnostics(MD_URI);
    expectDiagnostics(after.items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'zh-cn', 1);
    assert.ok(c.alive);
  });
});

describe('settings, per document and on change', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    await c.stop();
  });


  it('asks for the gongwen section of each document, English messages', async () => {
    c.open(MD_URI, DRAFT);
    const report = await c.diagnostics(MD_URI);
    expectDiagnostics(report.items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'en', 1);
    const asked = c.serverRequests.filter((m) => m.method === 'workspace/configuration').flatMap((m) => (m.params as any).items);
    assert.ok(asked.some((i: any) => i.scopeUri === MD_URI && i.section === 'gongwen'));
  });

  it('applies severities and turning a rule off without a restart', async (t) => {
    const findings = lint(DRAFT, { language: 'markdown' }).findings;
    if (findings.length === 0) assert.fail('no rule reports on the draft yet');
    const rule = findings[0].rule;
    await c.reconfigure(() => ({ rules: { [rule]: 'error' } }));
    let { items } = await c.diagnostics(MD_URI);
    const sev = lint(DRAFT, { language: 'markdown', severities: { [rule]: 'error' } }).findings;
    expectDiagnostics(items, DRAFT, sev, 'en', 1);
    assert.ok(items.filter((d: any) => d.code === rule).every((d: any) => d.severity === 1));
    await c.reconfigure(() => ({ rules: { [rule]: 'off' } }));
    ({ items } = await c.diagnostics(MD_URI));
    assert.equal(items.filter((d: any) => d.code === rule).length, 0, `${rule} off`);
    expectDiagnostics(items, DRAFT, lint(DRAFT, { language: 'markdown', severities: { [rule]: 'off' } }).findings, 'en', 1);
  });

  it('keeps settings per document (multi-root) and handles the size limit', async () => {
    const small = 'untitled:Untitled-2';
    await c.reconfigure((scopeUri) => (scopeUri === small ? { maxFileSize: 10 } : {}));
    c.open(small, DRAFT, 'plaintext');
    const limited = await c.diagnostics(small);
    assert.deepEqual(limited.items.map((d: any) => d.code), ['too-large']);
    assert.match(limited.items[0].message, /Document too large/);
    const other = await c.diagnostics(MD_URI);
    expectDiagnostics(other.items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'en', 1);
  });

  it('disables checking by enable=false and by languages', async () => {
    await c.reconfigure(() => ({ enable: false }));
    assert.deepEqual((await c.diagnostics(MD_URI)).items, []);
    await c.reconfigure(() => ({ languages: ['plaintext'] }));
    assert.deepEqual((await c.diagnostics(MD_URI)).items, []);
    await c.reconfigure(() => ({}));
    expectDiagnostics((await c.diagnostics(MD_URI)).items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'en', 1);
  });

  it('checks a document of language id `text` (Neovim, Emacs) as plain text, by default and while plaintext is listed', async () => {
    const uri = 'file:///tmp/gongwen-test/neovim.txt';
    await c.reconfigure(() => ({}));
    c.open(uri, DRAFT, 'text');
    const findings = lint(DRAFT, { language: 'plaintext' }).findings;
    assert.ok(findings.length > 0);
    expectDiagnostics((await c.diagnostics(uri)).items, DRAFT, findings, 'en', 1);
    await c.reconfigure(() => ({ languages: ['markdown'] }));
    assert.deepEqual((await c.diagnostics(uri)).items, [], 'plaintext not listed: text is not checked either');
    await c.reconfigure(() => ({ languages: ['markdown', 'text'] }));
    expectDiagnostics((await c.diagnostics(uri)).items, DRAFT, findings, 'en', 1);
    await c.reconfigure(() => ({}));
    c.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('stops colouring placeholders when the placeholder rule is off', async () => {
    const types = async () => {
      const { data } = await c.request('textDocument/semanticTokens/full', { textDocument: { uri: MD_URI } });
      return new Set(data.filter((_: number, i: number) => i % 5 === 3));
    };
    await c.reconfigure(() => ({}));
    const on = await types();
    await c.reconfigure(() => ({ rules: { placeholder: 'off' } }));
    const off = await types();
    assert.equal(off.has(1), false);
    if (findPlaceholders(new Source(DRAFT, 'markdown')).length) assert.equal(on.has(1), true);
    await c.reconfigure(() => ({}));
  });

  it('reports a bad value once and uses its default', async () => {
    await c.reconfigure(() => ({ speakingRate: 'fast', rules: { 'no-such-rule': 'error' } }));
    await c.diagnostics(MD_URI);
    await c.reconfigure(() => ({ speakingRate: 'fast', rules: { 'no-such-rule': 'error' } }));
    const report = await c.diagnostics(MD_URI);
    expectDiagnostics(report.items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'en', 1);
    const warnings = c.notifications.filter((m) => m.method === 'window/showMessage').map((m) => (m.params as any).message as string);
    assert.equal(warnings.filter((w) => w.includes('speakingRate')).length, 1, JSON.stringify(warnings));
    assert.equal(warnings.filter((w) => w.includes('no-such-rule')).length, 1);
  });
});

describe('push diagnostics for clients without pull support', () => {
  it('publishes diagnostics with the document version after open and change', async () => {
    const c = await TestClient.start({ locale: 'zh-CN', pull: false, configuration: false });
    try {
      assert.equal(c.initializeResult.capabilities.diagnosticProvider, undefined);
      const uri = 'untitled:push';
      c.open(uri, DRAFT, 'plaintext');
      const first = await c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 15000, true);
      expectDiagnostics(first.diagnostics, DRAFT, lint(DRAFT, { language: 'plaintext' }).findings, 'zh-cn', 1);
      const text2 = DRAFT + '\n四、其他事项\n';
      c.replace(uri, text2);
      const second = await c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 15000, true);
      expectDiagnostics(second.diagnostics, text2, lint(text2, { language: 'plaintext' }).findings, 'zh-cn', 2);
      // settings pushed with didChangeConfiguration (no workspace/configuration support)
      c.notify('workspace/didChangeConfiguration', { settings: { gongwen: { maxFileSize: 5 } } });
      const third = await c.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length === 1 && p.diagnostics[0].code === 'too-large');
      assert.match(third.diagnostics[0].message, /文档过大/);
    } finally {
      await c.stop();
    }
  });

  it('runs over node IPC, as the extension starts it', async () => {
    const c = await TestClient.start({ transport: 'ipc', locale: 'zh-cn' });
    try {
      c.open(MD_URI, DRAFT);
      expectDiagnostics((await c.diagnostics(MD_URI)).items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'zh-cn', 1);
    } finally {
      await c.stop();
    }
  });

  it('runs as `gongwen lsp --stdio` (dist/cli.js)', async (t) => {
    const cli = path.join(path.dirname(SERVER), 'cli.js');
    if (!fs.existsSync(cli) || !fs.readFileSync(cli, 'utf8').includes('startServer')) assert.fail('the CLI has no lsp command yet');
    const c = await TestClient.start({ program: cli, args: ['lsp', '--stdio'], locale: 'en' });
    try {
      c.open(MD_URI, DRAFT);
      expectDiagnostics((await c.diagnostics(MD_URI)).items, DRAFT, lint(DRAFT, { language: 'markdown' }).findings, 'en', 1);
    } finally {
      assert.equal(await c.stop(), 0);
    }
  });

  it('exits cleanly on shutdown/exit', async () => {
    const c = await TestClient.start();
    const code = await deadline(c.stop(), 10000, 'stop');
    assert.equal(code, 0);
  });
});
