/**
 * Pull diagnostics answered "unchanged" (diagnosticsFeature.ts `pull`, diagnostics.ts `diagnosticsMatch`,
 * `findingOf`), attacked as a real client and as a misbehaving one.
 *
 * The model-based walks keep the client's list as vscode-languageclient does (replace it on a full report,
 * keep it on "unchanged", send the resultId of the last answer) and, after every step, check that list
 * against (1) the pure core run here with independent position arithmetic and (2) a fresh full report of
 * the same text from the same server (a mirror document, closed and reopened each time so it is linted from
 * scratch); and that a HELD diagnostic (received for an earlier version) gets code actions exactly when it
 * shows what the fresh report shows at its index, and then they edit the current text exactly as the same
 * actions offered for the fresh diagnostic do, and the quick fix as the core's fix. Seeded: a failure replays.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { applyEdits, lint, pick, type Finding, type Language } from '../../server/src/core';
import { actionEdits, applyTextEdits, dataParts, rangeOf, SERVER, TestClient } from './lsp-client';
import { DRAFT } from './fixture';
import { prng } from '../helpers/prng';
import { CancellationTokenSource } from 'vscode-jsonrpc';

assert.ok(fs.existsSync(SERVER), 'dist/server.js is built (node esbuild.mjs)');

const LOCALE = 'zh-cn';
const SEV: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const CAP = 5000;
type Rules = Record<string, string>;

/** A diagnostic with its `data` as the index it names (null when it names none). */
function strip(d: any): any {
  if (!d) return d;
  const { data, ...rest } = d;
  return data === undefined ? rest : { ...rest, data: dataParts(data)?.index ?? null };
}

/** The finding index a diagnostic's `data` names. */
const indexOf = (d: any): number => dataParts(d.data)!.index;

/** Can an LSP position name this offset (not inside a surrogate pair or a CRLF)? Independent of convert.ts. */
function editable(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return at === 0 || at === text.length;
  const a = text.charCodeAt(at - 1);
  const b = text.charCodeAt(at);
  return !(a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) && !(a === 13 && b === 10);
}

function snap(text: string, at: number): number {
  at = Math.max(0, Math.min(text.length, at));
  while (!editable(text, at)) at--;
  return at;
}

/** The client's list checked against the core's findings for `text` (one diagnostic per finding, then `too-many`). */
function assertShowsCore(items: any[], text: string, findings: readonly Finding[], what: string): void {
  const shown = Math.min(findings.length, CAP);
  assert.equal(items.length, findings.length > CAP ? CAP + 1 : findings.length, `${what}: how many diagnostics`);
  for (let i = 0; i < shown; i++) {
    const f = findings[i];
    const d = items[i];
    const where = `${what}: diagnostic ${i} (${f.rule} at ${f.start})`;
    assert.equal(d.code, f.rule, where);
    assert.deepEqual(d.range, rangeOf(text, f.start, Math.max(f.start, f.end)), where);
    assert.equal(d.severity, SEV[f.severity], where);
    assert.equal(d.message, pick(f.message, LOCALE), where);
    assert.equal(dataParts(d.data)?.index, i, where);
  }
  if (findings.length > CAP) {
    const more = items[CAP];
    assert.equal(more.code, 'too-many', what);
    assert.deepEqual(more.range, rangeOf(text, findings[CAP].start, findings[CAP].start), `${what}: too-many at the first finding not shown`);
    assert.ok(more.message.includes((findings.length - CAP).toLocaleString('en-US')), `${what}: too-many counts ${findings.length - CAP}: ${more.message}`);
  }
}

/** What an action does to `uri`'s text (or its edit as JSON when it edits other files only). */
function effect(action: any, uri: string, text: string): string {
  const touches = action.edit?.documentChanges
    ? action.edit.documentChanges.some((c: any) => c.textDocument?.uri === uri)
    : action.edit?.changes?.[uri] !== undefined;
  return touches ? applyTextEdits(text, actionEdits(action, uri)) : JSON.stringify(action.edit);
}

function describeActions(actions: any[], uri: string, text: string): Array<{ title: string; kind: string; preferred: boolean; result: string }> {
  return actions.map((a) => ({ title: a.title, kind: a.kind, preferred: !!a.isPreferred, result: effect(a, uri, text) }));
}

/** The versioned document edits of an action (all of `uri`'s edits must name `version`). */
function assertVersioned(action: any, uri: string, version: number): void {
  for (const c of action.edit?.documentChanges ?? []) if (c.textDocument?.uri === uri) assert.equal(c.textDocument.version, version, `"${action.title}" is for version ${version}`);
}

interface Doc {
  uri: string;
  lang: Language;
  text: string;
  version: number;
  /** What the client shows (vscode-languageclient: replaced on full, kept on unchanged). */
  items: any[];
  /** The resultId of the last answer the client took. */
  resultId?: string;
  /** Every resultId the server gave for this document (for out-of-order pulls). */
  history: string[];
  /** The resultId of the server's last answer (full or unchanged) for this document. */
  lastGiven?: string;
  /** The client skipped the pull of the current version (its list may be stale). */
  skipped: boolean;
}

describe('pull diagnostics answered "unchanged": held lists and their actions stay right', () => {
  let c: TestClient;
  let rules: Rules = {};
  before(async () => {
    c = await TestClient.start({ locale: LOCALE });
  });
  after(async () => {
    await c.stop();
  });

  const pull = (uri: string, previousResultId?: unknown) =>
    c.request('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId !== undefined ? { previousResultId } : {}) });

  /** Pull as VS Code does (or with `prev` instead of the last resultId), take the answer into the model. */
  async function pullAs(d: Doc, prev: unknown = d.resultId): Promise<any> {
    const report = await pull(d.uri, prev);
    assert.ok(report.kind === 'full' || report.kind === 'unchanged', JSON.stringify(report).slice(0, 200));
    assert.equal(typeof report.resultId, 'string');
    if (report.kind === 'unchanged') {
      // "unchanged" only for the resultId of the server's last answer (what the client holds) or the current one
      assert.ok(prev !== undefined && (prev === d.lastGiven || prev === report.resultId), `"unchanged" for previousResultId ${String(prev)} (last given ${d.lastGiven})`);
    } else d.items = report.items;
    d.resultId = report.resultId;
    d.lastGiven = report.resultId;
    d.history.push(report.resultId);
    d.skipped = false;
    return report;
  }

  /**
   * A pull is sent, the text changes (or not) before its answer, and the client cancels the pull. `vscode`:
   * as vscode-languageclient 9 does, the cancelled pull counts as an empty full report without a resultId
   * (the list is cleared) and the pull is sent again at once, without a previousResultId. Otherwise the
   * client ignores whatever answer comes (its list and resultId stay as they were).
   */
  async function cancelledPull(d: Doc, editBetween: (() => void) | undefined, vscode: boolean): Promise<void> {
    const source = new CancellationTokenSource();
    const answer = c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: d.uri }, previousResultId: d.resultId }, source.token).then(
      (r: any) => r,
      () => undefined,
    );
    editBetween?.();
    source.cancel();
    const r = await answer;
    if (r?.resultId) {
      // the server answered before it saw the cancellation: that answer is its last for this document
      d.lastGiven = r.resultId;
      d.history.push(r.resultId);
    }
    if (vscode) {
      d.items = [];
      d.resultId = undefined;
      const again = await pullAs(d);
      assert.equal(again.kind, 'full', 'a pull without a previousResultId gets a full report');
    }
  }

  const mirrorUri = (d: Doc) => d.uri.replace(/(\.\w+)$/, '.mirror$1');

  /** A fresh full report of `d`'s current text: a mirror document linted from scratch. */
  async function fresh(d: Doc): Promise<{ uri: string; items: any[] }> {
    const uri = mirrorUri(d);
    c.open(uri, d.text, d.lang);
    const report = await pull(uri);
    assert.equal(report.kind, 'full');
    return { uri, items: report.items };
  }

  const quickFixes = (uri: string, diagnostic: any) =>
    c.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });

  /** The held list against the core and a fresh report; the held diagnostics' actions against the fresh ones'. */
  async function check(d: Doc, random: () => number, what: string, samples = 3): Promise<void> {
    const findings = lint(d.text, { language: d.lang, severities: rules as any }).findings;
    const mirror = await fresh(d);
    try {
      await checkAgainst(d, random, what, samples, findings, mirror);
    } finally {
      c.close(mirror.uri);
    }
  }

  async function checkAgainst(d: Doc, random: () => number, what: string, samples: number, findings: readonly Finding[], mirror: { uri: string; items: any[] }): Promise<void> {
    assertShowsCore(mirror.items, d.text, findings, `${what}: fresh report`);
    if (!d.skipped) {
      assertShowsCore(d.items, d.text, findings, `${what}: held list`);
      assert.deepEqual(d.items.map(strip), mirror.items.map(strip), `${what}: held list = a fresh full report`);
    }
    // Fix All (source.fixAll.gongwen, also run on save) edits the current text as for the fresh document
    const fixAll = (uri: string) => c.request('textDocument/codeAction', { textDocument: { uri }, range: rangeOf(d.text, 0, 0), context: { diagnostics: [], only: ['source.fixAll.gongwen'] } });
    const [mine, theirs] = [await fixAll(d.uri), await fixAll(mirror.uri)];
    for (const a of mine) assertVersioned(a, d.uri, d.version);
    assert.deepEqual(describeActions(mine, d.uri, d.text), describeActions(theirs, mirror.uri, d.text), `${what}: Fix All`);
    const withData = d.items.filter((x) => x.data !== undefined);
    if (!withData.length) return;
    // the held diagnostics under test: a few at random, and always one with a fix when there is one
    const picks = new Set<any>();
    const fixable = withData.filter((x) => findings[indexOf(x)]?.rule === x.code && findings[indexOf(x)]?.fix);
    if (fixable.length) picks.add(fixable[Math.floor(random() * fixable.length)]);
    for (let k = 0; k < samples; k++) picks.add(withData[Math.floor(random() * withData.length)]);
    for (const held of picks) {
      const i = indexOf(held);
      const current = mirror.items[i];
      const same = current !== undefined && JSON.stringify(strip(held)) === JSON.stringify(strip(current));
      const got = await quickFixes(d.uri, held);
      if (!same) {
        assert.deepEqual(got, [], `${what}: no action for a held diagnostic the current text does not show (${held.code} ${JSON.stringify(held.range)})`);
        continue;
      }
      if (d.skipped && got.length === 0) continue; // a skipped pull may cost the held data its actions, never correctness
      for (const a of got) assertVersioned(a, d.uri, d.version);
      const want = await quickFixes(mirror.uri, current);
      assert.deepEqual(describeActions(got, d.uri, d.text), describeActions(want, mirror.uri, d.text), `${what}: actions of held ${held.code} #${i} = those of the fresh diagnostic`);
      const f = findings[i];
      const preferred = got.find((a: any) => a.isPreferred);
      if (f.fix) assert.equal(preferred && applyTextEdits(d.text, actionEdits(preferred, d.uri, d.version)), applyEdits(d.text, f.fix.edits).text, `${what}: quick fix of held ${f.rule} #${i} = the core's fix on the current text`);
      else assert.equal(preferred, undefined, `${what}: no quick fix for ${f.rule}`);
    }
  }

  function open(uri: string, text: string, lang: Language): Doc {
    c.open(uri, text, lang);
    return { uri, lang, text, version: 1, items: [], history: [], skipped: true };
  }

  function editDoc(d: Doc, start: number, end: number, newText: string): void {
    d.version = c.edit(d.uri, rangeOf(d.text, start, end), newText);
    d.text = d.text.slice(0, start) + newText + d.text.slice(end);
    d.skipped = true;
  }

  /** A random edit, half of the time at or next to a finding the client shows (before, inside, after it, at its line's end). */
  function randomEdit(d: Doc, random: () => number, eol: string): void {
    const pieces = ['的', eol, 'XX', '𠮷', '一、', '（一）', '1.', ' ', '，', ',', '截止目前', '“', '附件：', '', '××', '二、', '\t'];
    const text = d.text;
    const r = random();
    if (r < 0.1) {
      // move a line elsewhere (cut and paste in one edit each)
      const lines = text.split(eol);
      if (lines.length < 3) return;
      const from = Math.floor(random() * (lines.length - 1));
      let offset = 0;
      for (let k = 0; k < from; k++) offset += lines[k].length + eol.length;
      const cut = lines[from] + eol;
      editDoc(d, offset, offset + cut.length, '');
      const to = snap(d.text, Math.floor(random() * (d.text.length + 1)));
      const lineStart = d.text.lastIndexOf(eol.at(-1)!, to - 1) + 1;
      editDoc(d, lineStart, lineStart, cut);
      return;
    }
    let at: number;
    const shown = d.items.filter((x) => x.data !== undefined);
    if (r < 0.45 && shown.length) {
      const target = shown[Math.floor(random() * shown.length)];
      const f = lint(text, { language: d.lang, severities: rules as any }).findings[indexOf(target)];
      const spot = f ? [f.start, f.end, Math.floor((f.start + f.end) / 2), text.indexOf(eol, f.end) < 0 ? text.length : text.indexOf(eol, f.end)][Math.floor(random() * 4)] : 0;
      at = spot;
    } else if (r < 0.65) {
      // typing at the end of a line (the commonest keystroke: it moves no finding of other lines)
      const ends = [...text.matchAll(new RegExp(eol, 'g'))].map((m) => m.index!);
      at = ends.length ? ends[Math.floor(random() * ends.length)] : text.length;
      editDoc(d, at, at, ['的', '好', '工作', '𠮷'][Math.floor(random() * 4)]);
      return;
    } else at = Math.floor(random() * (text.length + 1));
    at = snap(text, at);
    const del = random() < 0.3 ? Math.floor(random() * 5) : 0;
    const end = snap(text, at + del);
    editDoc(d, at, Math.max(at, end), pieces[Math.floor(random() * pieces.length)]);
  }

  for (const [lang, eol, astral, seed] of [
    ['markdown', '\n', false, 1],
    ['plaintext', '\n', false, 2],
    ['markdown', '\r\n', true, 3],
    ['plaintext', '\r\n', true, 4],
  ] as const) {
    it(`a random walk of edits, skipped and out-of-order pulls, settings changes (${lang}, ${eol === '\n' ? 'LF' : 'CRLF'}${astral ? ', astral' : ''})`, async () => {
      const random = prng(20261130 + seed);
      const start = (astral ? '𠮷' : '') + DRAFT.replace(/一、坚持/g, astral ? '一、𠮷坚持' : '一、坚持').replace(/\n/g, eol);
      const d = open(`file:///tmp/gongwen-test/walk-${seed}.${lang === 'markdown' ? 'md' : 'txt'}`, start, lang);
      await pullAs(d);
      await check(d, random, 'opened');
      let unchanged = 0;
      let full = 0;
      let configured = false;
      for (let step = 0; step < 40; step++) {
        const what = `seed ${seed} step ${step}`;
        const r = random();
        if (r < 0.06) {
          // a settings change: a rule off, a severity changed, or back to the defaults; the server asks for a refresh
          const choices: Array<{ rules?: Rules; fix?: { suggestions: boolean } }> = [
            { rules: { placeholder: 'off' } },
            { rules: { placeholder: 'error' } },
            { rules: { 'numbering-punctuation': 'hint' } },
            { rules: { 'web-residue': 'off', placeholder: 'info' } },
            { fix: { suggestions: true } }, // the diagnostics stay, the bulk fixes change
            {},
          ];
          const config = choices[Math.floor(random() * choices.length)];
          rules = config.rules ?? {};
          configured = true;
          await c.reconfigure(() => config);
          d.skipped = true; // not pulled since
        } else randomEdit(d, random, eol);
        const p = random();
        if (p < 0.12) {
          // the client skips this version's pull (VS Code debounces); its list is stale until the next pull
          await check(d, random, `${what} (pull skipped)`, 2);
          continue;
        }
        if (p < 0.2) {
          // a pull cancelled (its answer ignored), maybe with an edit arriving before the cancellation
          await cancelledPull(d, random() < 0.5 ? () => randomEdit(d, random, eol) : undefined, random() < 0.5);
          await check(d, random, `${what} (pull cancelled)`, 2);
          continue;
        }
        if (p < 0.24) {
          // two pulls in flight with the same previousResultId (a client that does not wait); answers taken in order
          const prev = d.resultId;
          const [one, two] = await Promise.all([pull(d.uri, prev), pull(d.uri, prev)]);
          for (const r of [one, two]) {
            if (r.kind === 'unchanged') {
              assert.ok(prev === d.lastGiven || prev === r.resultId, `${what}: "unchanged" for an overlapping pull with ${prev} (last given ${d.lastGiven})`);
              unchanged++;
            } else d.items = r.items;
            d.resultId = d.lastGiven = r.resultId;
            d.history.push(r.resultId);
          }
          d.skipped = false;
          await check(d, random, `${what} (overlapping pulls)`, 2);
          continue;
        }
        if (p < 0.3 && d.history.length > 1) {
          // an out-of-order pull: an older resultId of this document must get a full report
          const old = d.history[Math.floor(random() * (d.history.length - 1))];
          const before = d.lastGiven;
          const report = await pullAs(d, old);
          if (old !== before) assert.equal(report.kind, 'full', `${what}: out-of-order previousResultId ${old} gets a full report`);
        } else {
          const report = await pullAs(d);
          if (report.kind === 'unchanged') unchanged++;
          else full++;
        }
        await check(d, random, what);
      }
      assert.ok(unchanged >= 5 && full >= 5, `both answers exercised (${unchanged} unchanged, ${full} full)`);
      if (configured) {
        rules = {};
        await c.reconfigure(() => ({}));
      }
      c.close(d.uri);
    });
  }

  it('a diagnostic of another document, of a closed and reopened document or of another language gets actions only when it shows a finding of the current text exactly; forged data none', async () => {
    const text = '一.总体要求\n\n请XX县报送，各单位要加强领导。\n\n二.工作任务\n';
    const a = open('file:///tmp/gongwen-test/held-a.md', text, 'markdown');
    const b = open('file:///tmp/gongwen-test/held-b.md', text, 'markdown');
    await pullAs(a);
    await pullAs(b);
    // an edit that moves nothing: "unchanged", and a's held data (version 1) keeps its fix
    const at = text.indexOf('加强');
    editDoc(a, at, at, '切实');
    assert.equal((await pullAs(a)).kind, 'unchanged');
    const held = a.items.find((x) => x.code === 'numbering-punctuation');
    assert.ok(held);
    const fixOf = async (uri: string, diagnostic: any) => (await quickFixes(uri, diagnostic)).find((x: any) => x.isPreferred);
    const kept = await fixOf(a.uri, held);
    assert.ok(kept, 'the held diagnostic keeps its fix');
    /**
     * The invariant: `diagnostic` sent for `doc` gets the actions of the fresh diagnostic at its index when it
     * shows exactly what that one shows, and none otherwise.
     */
    const actsAsCurrent = async (doc: Doc, diagnostic: any, what: string) => {
      const mirror = await fresh(doc);
      try {
        const current = mirror.items[indexOf(diagnostic)];
        const got = await quickFixes(doc.uri, diagnostic);
        const same = current !== undefined && ['range', 'code', 'severity', 'message', 'data'].every((k) => JSON.stringify(diagnostic[k]) === JSON.stringify(current[k]));
        if (!same) return assert.deepEqual(got, [], `${what}: not what the current text shows, no action`);
        assert.deepEqual(describeActions(got, doc.uri, doc.text), describeActions(await quickFixes(mirror.uri, current), mirror.uri, doc.text), `${what}: the actions of the current text's finding`);
      } finally {
        c.close(mirror.uri);
      }
    };
    // b's diagnostic (same text, same rule, same index) shows a's finding exactly: a's fix, built from a's text
    const fromB = b.items.find((x) => x.code === 'numbering-punctuation');
    await actsAsCurrent(a, fromB, "another document's diagnostic");
    assert.equal(applyTextEdits(a.text, actionEdits(await fixOf(a.uri, fromB), a.uri, a.version)), applyTextEdits(a.text, actionEdits(kept, a.uri, a.version)));
    // b's diagnostic moved by an edit of b before it: it shows nothing of a's
    await actsAsCurrent(a, { ...fromB, range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } } }, "another document's moved diagnostic");
    // b's resultId for a: a full report
    assert.equal((await pull(a.uri, b.resultId)).kind, 'full', "another document's resultId");
    a.resultId = a.lastGiven = undefined;
    await pullAs(a);
    // forged data next to the held one: another index, the index in another shape
    const p = dataParts(held.data)!;
    for (const data of [p.index + 1, `${p.index}`, `a.1:1:${p.index}`, -1, { ...p, rule: held.code }]) {
      assert.equal(await fixOf(a.uri, { ...held, data }), undefined, `forged data ${JSON.stringify(data)}`);
    }
    assert.equal(await fixOf(a.uri, { ...held, code: 'placeholder' }), undefined, 'held data under the code of another rule');
    // closed and reopened with the same text: the old resultId counts for nothing, the old diagnostics show what the current text shows
    const before = a.items;
    const oldId = a.resultId;
    c.close(a.uri);
    const again = open(a.uri, a.text, 'markdown');
    const first = await pullAs(again, oldId);
    assert.equal(first.kind, 'full', 'a reopened document never gets "unchanged" for a resultId from before');
    for (const x of before) await actsAsCurrent(again, x, `a diagnostic from before the close (${x.code})`);
    const edited = { ...before.find((x: any) => x.code === 'numbering-punctuation'), message: 'x' };
    await actsAsCurrent(again, edited, 'a diagnostic from before the close with another message');
    // the language changes (VS Code closes and reopens): the plaintext report is full; a markdown diagnostic gets actions only where it shows what plain text shows
    const md = again.items;
    c.close(again.uri);
    const txt = open(again.uri, again.text, 'plaintext');
    assert.equal((await pullAs(txt, again.resultId)).kind, 'full', 'after a language change');
    for (const x of md) await actsAsCurrent(txt, x, `a markdown diagnostic after the language change (${x.code})`);
    await check(txt, prng(7), 'after the language change');
    // malformed previousResultIds never crash the server nor get "unchanged"
    for (const prev of [null, 42, {}, [], '', 'x:1', txt.resultId + ' ']) {
      const report = await pull(txt.uri, prev);
      assert.equal(report.kind, 'full', `previousResultId ${JSON.stringify(prev)}`);
    }
    assert.ok(c.alive);
    c.close(txt.uri);
    c.close(b.uri);
  });

  it('a settings change (a rule off, a severity changed) never leaves the old list held', async () => {
    const text = '请XX县于X月X日前报送。\n\n一.总体要求\n';
    const d = open('file:///tmp/gongwen-test/held-settings.md', text, 'markdown');
    await pullAs(d);
    const at = text.indexOf('报送');
    editDoc(d, at, at, '及时');
    assert.equal((await pullAs(d)).kind, 'unchanged');
    const heldPlaceholder = d.items.find((x) => x.code === 'placeholder');
    assert.ok(heldPlaceholder);
    for (const next of [{ placeholder: 'error' }, { placeholder: 'off' }, { placeholder: 'off', 'numbering-punctuation': 'hint' }, {}] as Rules[]) {
      rules = next;
      await c.reconfigure(() => ({ rules }));
      const report = await pullAs(d);
      assert.equal(report.kind, 'full', `after rules ${JSON.stringify(next)}`);
      await check(d, prng(11), `rules ${JSON.stringify(next)}`);
      if (next.placeholder === 'off') assert.deepEqual(await quickFixes(d.uri, heldPlaceholder), [], 'a diagnostic of a rule turned off gets no action');
    }
    rules = {};
    c.close(d.uri);
  });

  it('checking paused (too large), off, or the language not checked: "unchanged" only when the lists are equal, held data refused', async () => {
    const text = '请XX县报送，各单位要加强领导。\n\n一.总体要求\n';
    const d = open('file:///tmp/gongwen-test/held-off.md', text, 'markdown');
    await pullAs(d);
    const heldOk = d.items.find((x) => x.code === 'numbering-punctuation');
    const step = async (config: object, expectKind: string, expectCodes: string[], what: string) => {
      await c.reconfigure(() => config);
      const at = d.text.indexOf('领导');
      editDoc(d, at, at, '的');
      const report = await pullAs(d);
      assert.equal(report.kind, expectKind, what);
      assert.deepEqual(d.items.map((x) => x.code), expectCodes, what);
      const fresh = await pull(d.uri);
      d.lastGiven = fresh.resultId; // (the fresh pull is this client's too: it takes it)
      d.resultId = fresh.resultId;
      assert.deepEqual(d.items.map(strip), fresh.items.map(strip), `${what}: held = fresh`);
      d.items = fresh.items;
    };
    await step({ maxFileSize: 10 }, 'full', ['too-large'], 'too large');
    assert.deepEqual(await quickFixes(d.uri, heldOk), [], 'data of a checked version while checking is paused');
    await step({ maxFileSize: 10 }, 'full', ['too-large'], 'too large, the length in its message changed');
    await step({ enable: false }, 'full', [], 'off');
    await step({ enable: false }, 'unchanged', [], 'off, still nothing');
    await step({ languages: ['plaintext'] }, 'unchanged', [], 'markdown not checked: still nothing');
    assert.deepEqual(await quickFixes(d.uri, heldOk), [], 'data of a checked version while checking is off');
    await c.reconfigure(() => ({}));
    const back = await pullAs(d);
    assert.equal(back.kind, 'full');
    await check(d, prng(13), 'checked again');
    c.close(d.uri);
  });

  it(`more than ${CAP} findings: the held list with its too-many diagnostic stays right, held data past the cap is refused`, async () => {
    const random = prng(5000);
    const text = '截止目前XX。\n' + 'XX，XX，XX，XX。\n'.repeat(1260) + '一.总体要求\n';
    const d = open('file:///tmp/gongwen-test/held-many.md', text, 'markdown');
    await pullAs(d);
    assert.equal(d.items.length, CAP + 1);
    const edits: Array<() => void> = [
      // on the last line (after every finding): unchanged
      () => editDoc(d, d.text.length - 1, d.text.length - 1, '的'),
      // in the first line, after its findings: unchanged
      () => editDoc(d, d.text.indexOf('\n'), d.text.indexOf('\n'), '好'),
      // a finding beyond the cap goes: only the too-many count changes
      () => editDoc(d, d.text.lastIndexOf('XX'), d.text.lastIndexOf('XX') + 2, '县'),
      // a line added at the top: everything moves
      () => editDoc(d, 0, 0, '请XX。\n'),
      // the first findings go
      () => editDoc(d, 0, d.text.indexOf('\n', d.text.indexOf('\n') + 1) + 1, ''),
    ];
    const kinds: string[] = [];
    for (const [k, edit] of edits.entries()) {
      edit();
      kinds.push((await pullAs(d)).kind);
      // the full check (a fresh report, actions of held diagnostics) costs seconds here: after the first
      // "unchanged" (held data of version 1); the core check after every edit
      if (k === 0) await check(d, random, `many, edit ${k}`, 1);
      else assertShowsCore(d.items, d.text, lint(d.text, { language: 'markdown' }).findings, `many, edit ${k}`);
    }
    assert.deepEqual(kinds, ['unchanged', 'unchanged', 'full', 'full', 'full']);
    // a forged index at or past the cap names no diagnostic the client was given
    const last = d.items[CAP - 1];
    const p = dataParts(last.data)!;
    assert.equal(p.index, CAP - 1);
    for (const index of [CAP, CAP + 1]) assert.deepEqual(await quickFixes(d.uri, { ...last, data: index }), [], `index ${index}`);
    c.close(d.uri);
  });
});

describe('pull diagnostics: a misbehaving client', () => {
  let c: TestClient;
  before(async () => {
    c = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    await c.stop();
  });
  const pull = (uri: unknown, previousResultId?: unknown) => c.request('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  it('pulls for closed or unknown documents, odd resultIds and odd data get full reports or nothing, never a crash', async () => {
    const uri = 'file:///tmp/gongwen-test/odd.md';
    const text = '请XX县报送，各单位要加强领导。\n\n一.总体要求\n';
    c.open(uri, text);
    const first = await pull(uri);
    assert.equal(first.kind, 'full');
    assert.ok(first.items.length >= 2);
    c.close(uri);
    // closed: no diagnostics, and certainly no "unchanged" for its last resultId
    assert.deepEqual(await pull(uri, first.resultId), { kind: 'full', items: [] });
    assert.equal((await pull('file:///never/opened.md', first.resultId)).kind, 'full', 'a document never opened');
    // a URI that is not a string is the client's bug: InvalidParams naming the field (malformed.test.ts)
    for (const bad of [undefined, null, 7, { uri }]) {
      await assert.rejects(pull(bad, first.resultId), (e: any) => e.code === -32602 && /textDocument\.uri must be a string/.test(e.message), `uri ${JSON.stringify(bad)}`);
    }
    c.open(uri, text);
    const second = await pull(uri, first.resultId);
    assert.equal(second.kind, 'full');
    for (const prev of ['x'.repeat(100_000), second.resultId.split(':')[0], `${second.resultId}:1`, second.resultId.replace(/:\d+$/, ':2')]) {
      assert.equal((await pull(uri, prev)).kind, 'full', `previousResultId ${prev.slice(0, 40)}`);
    }
    // data whose fields have the wrong types never finds a finding
    const d = second.items.find((x: any) => x.code === 'numbering-punctuation');
    assert.ok(d);
    const actions = (data: unknown) => c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [{ ...d, data }], only: ['quickfix'] } });
    assert.ok((await actions(d.data)).length > 0, 'its own data finds it');
    const { index } = dataParts(d.data)!;
    for (const data of [
      { index },
      { index, rule: d.code },
      index + 0.5,
      -index - 1,
      `${index}`,
      `${index}.0`,
      `+${index}`,
      `${index}e0`,
      `0x${index}`,
      '１',
      `${index}\n`,
      [d.data],
      null,
      'data',
      true,
    ]) {
      assert.deepEqual(await actions(data), [], `data ${JSON.stringify(data)}`);
    }
    assert.ok(c.alive, c.stderr);
    c.close(uri);
  });
});
