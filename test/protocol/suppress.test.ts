/**
 * Protocol tests for .gongwenrc.json and the suppression actions: the built server, a test client
 * that answers `gongwen/configFiles` from an in-memory file system (as client/src/config-files.ts
 * does with workspace.fs), and every suppression action applied to see its finding go.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, TestClient } from './lsp-client';
import { ruleById } from '../../server/src/core';

const WS = 'file:///ws';
const RC = `${WS}/.gongwenrc.json`;
const P = '请XX镇各单位于本月底前报送材料。';
const R = '微信扫码领取福利';

/** In-memory workspace: rc files by URI, and the client's side of gongwen/configFiles. */
class FakeWorkspace {
  files = new Map<string, string>();
  configFiles(uri: string) {
    if (!uri.startsWith(`${WS}/`)) return { folder: null, files: [] };
    const out: Array<{ uri: string; text: string }> = [];
    let dir = uri.slice(0, uri.lastIndexOf('/'));
    for (;;) {
      const rc = `${dir}/.gongwenrc.json`;
      const text = this.files.get(rc);
      if (text !== undefined) out.push({ uri: rc, text });
      if (dir === WS) break;
      dir = dir.slice(0, dir.lastIndexOf('/'));
    }
    return { folder: WS, files: out };
  }
}

describe('.gongwenrc.json and suppression actions over the protocol', () => {
  let c: TestClient;
  const fsys = new FakeWorkspace();
  const texts = new Map<string, string>();
  let n = 0;

  before(async () => {
    c = await TestClient.start({ locale: 'en' });
    c.handlers['gongwen/configFiles'] = (p: { uri: string }) => fsys.configFiles(p.uri);
  });
  after(async () => {
    await c.stop();
  });

  /** Tell the server an rc file changed and wait for its refresh. */
  async function rcChanged() {
    const since = c.serverRequests.length;
    c.notify('gongwen/configFilesChanged', null);
    await c.waitForServerRequest('workspace/diagnostic/refresh', since);
  }

  function open(name: string, text: string, lang = 'markdown') {
    const uri = `${WS}/${name}`;
    texts.set(uri, text);
    c.open(uri, text, lang);
    return uri;
  }

  async function codes(uri: string): Promise<string[]> {
    return (await c.diagnostics(uri)).items.map((d: any) => `${d.range.start.line}:${d.code}`);
  }

  /** The code actions on the first diagnostic of `rule`. */
  async function actionsFor(uri: string, rule: string) {
    const { items } = await c.diagnostics(uri);
    const d = items.find((x: any) => x.code === rule);
    assert.ok(d, `a ${rule} diagnostic on ${uri}`);
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return actions as any[];
  }

  /** Apply a WorkspaceEdit: open documents get didChange, rc files go to the fake file system. */
  async function apply(edit: any) {
    let rcTouched = false;
    for (const [uri, edits] of Object.entries((edit.changes ?? {}) as Record<string, any[]>)) {
      const next = applyTextEdits(texts.get(uri)!, edits);
      texts.set(uri, next);
      c.replace(uri, next);
    }
    for (const ch of edit.documentChanges ?? []) {
      if (ch.kind === 'create') {
        if (!fsys.files.has(ch.uri)) fsys.files.set(ch.uri, '');
        rcTouched = true;
      } else if (texts.has(ch.textDocument.uri)) {
        // An open document: edited at the version the server saw (as VS Code refuses a stale edit).
        const uri = ch.textDocument.uri;
        assert.equal(ch.textDocument.version, c.version(uri), 'an edit of an open document names its current version');
        const next = applyTextEdits(texts.get(uri)!, ch.edits);
        texts.set(uri, next);
        c.replace(uri, next);
      } else {
        const uri = ch.textDocument.uri;
        assert.equal(uri.endsWith('.gongwenrc.json'), true, 'documentChanges only write rc files');
        assert.equal(ch.textDocument.version, null, 'an rc file the client has not opened is edited unversioned');
        fsys.files.set(uri, applyTextEdits(fsys.files.get(uri) ?? '', ch.edits));
        rcTouched = true;
      }
    }
    if (rcTouched) await rcChanged();
  }

  const title = (actions: any[], re: RegExp) => {
    const a = actions.find((x) => re.test(x.title));
    assert.ok(a, `an action matching ${re} among ${JSON.stringify(actions.map((x) => x.title))}`);
    return a;
  };

  it('titles use the rule\'s name, never its id', async () => {
    const uri = open(`t${n++}.md`, `${R}\n`);
    const actions = await actionsFor(uri, 'web-residue');
    const name = ruleById('web-residue')!.meta.name.en;
    const ours = actions.filter((a) => /Disable|Turn/.test(a.title));
    assert.equal(ours.length, 3, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions.filter((a) => /allow-list/.test(a.title)).length, 0, 'no allow-list for a rule without meta.allowList');
    for (const a of ours) {
      assert.ok(a.title.includes(`“${name}”`), a.title);
      assert.ok(!a.title.includes('web-residue'), a.title);
    }
    c.close(uri);
  });

  it('"disable for this line" (Markdown) silences exactly that line', async () => {
    const uri = open(`t${n++}.md`, `${P}\n\n${P}\n`);
    assert.deepEqual(await codes(uri), ['0:placeholder', '2:placeholder']);
    await apply(title(await actionsFor(uri, 'placeholder'), /for this line/).edit);
    assert.match(texts.get(uri)!, /^<!-- gongwen-disable-next-line placeholder -->\n/);
    assert.deepEqual(await codes(uri), ['3:placeholder']);
    c.close(uri);
  });

  it('"disable for this line" joins a disable-next-line comment already above the line', async () => {
    const uri = open(`t${n++}.md`, `<!-- gongwen-disable-next-line web-residue -->\n${P}\n`);
    assert.deepEqual(await codes(uri), ['1:placeholder']);
    await apply(title(await actionsFor(uri, 'placeholder'), /for this line/).edit);
    assert.equal(texts.get(uri), `<!-- gongwen-disable-next-line web-residue placeholder -->\n${P}\n`);
    assert.deepEqual(await codes(uri), []);
    c.close(uri);
  });

  it('"disable for this line" inside a paragraph, a block quote and a table row writes an inline comment: no new finding', async () => {
    for (const [text, after] of [
      ['会议强调“要把\n工作落实到XX”。\n', '会议强调“要把\n工作落实到XX”。<!-- gongwen-disable-line placeholder -->\n'],
      ['> 会议强调“要把\n> 工作落实到XX”。\n', '> 会议强调“要把\n> 工作落实到XX”。<!-- gongwen-disable-line placeholder -->\n'],
      ['| 项目 | 负责人 |\n| --- | --- |\n| 乙 | XX |\n', '| 项目 | 负责人 |\n| --- | --- |\n| 乙 | XX<!-- gongwen-disable-line placeholder --> |\n'],
    ]) {
      const uri = open(`t${n++}.md`, text);
      assert.deepEqual((await codes(uri)).map((x) => x.split(':')[1]), ['placeholder']);
      await apply(title(await actionsFor(uri, 'placeholder'), /for this line/).edit);
      assert.equal(texts.get(uri), after);
      assert.deepEqual(await codes(uri), [], after);
      c.close(uri);
    }
  });

  it('the in-document suppression edits are versioned documentChanges (a stale one is refused, not applied to other lines)', async () => {
    const uri = open(`t${n++}.md`, `${P}\n\n${P}\n`);
    const version = c.replace(uri, `${P}\n\n${P}\n\n`);
    texts.set(uri, `${P}\n\n${P}\n\n`);
    const actions = await actionsFor(uri, 'placeholder');
    for (const re of [/for this line/, /for this file/]) {
      const edit = title(actions, re).edit;
      assert.equal(edit.changes, undefined, `${re}: no unversioned changes`);
      assert.deepEqual(edit.documentChanges.map((d: any) => d.textDocument), [{ uri, version }], `${re}`);
    }
    c.close(uri);
  });

  it('an rc file open in the client is edited from its open text and version, keeping unsaved edits', async () => {
    fsys.files.set(RC, '{\n  "rules": {}\n}\n');
    await rcChanged();
    // The client has the rc file open with an unsaved edit that is not on disk.
    const dirty = '{\n  "allow": ["某某"],\n  "rules": {}\n}\n';
    c.open(RC, '{}', 'json');
    const rcVersion = c.replace(RC, dirty);
    const uri = open(`t${n++}.md`, `${R}\n`);
    const edit = title(await actionsFor(uri, 'web-residue'), /Turn .* off in the workspace/).edit;
    const [change] = edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri: RC, version: rcVersion });
    const after = applyTextEdits(dirty, change.edits);
    assert.deepEqual(JSON.parse(after), { allow: ['某某'], rules: { 'web-residue': 'off' } }, after);
    c.close(uri);
    c.close(RC);
    fsys.files.delete(RC);
    await rcChanged();
  });

  it('an rc file with unsaved edits in VS Code (gongwen/rcBuffer, not a synchronised document) is edited from that text and version', async () => {
    const saved = '{\n  "rules": {}\n}\n';
    fsys.files.set(RC, saved);
    await rcChanged();
    // VS Code's client does not synchronise rc files: it reports their unsaved text (extension: config-files.ts).
    const dirty = '{\n  "rules": {},\n  "allow": ["某某", "甲乙丙丁戊己庚辛"]\n}\n';
    for (const bad of [null, 7, { uri: 3 }, { uri: RC, text: 5, version: 1 }, { uri: RC, text: dirty, version: 1.5 }]) c.notify('gongwen/rcBuffer', bad);
    c.notify('gongwen/rcBuffer', { uri: RC, text: dirty, version: 7 });
    const uri = open(`t${n++}.md`, `${R}\n`);
    let [change] = title(await actionsFor(uri, 'web-residue'), /Turn .* off in the workspace/).edit.documentChanges;
    assert.deepEqual(change.textDocument, { uri: RC, version: 7 });
    // applied to the saved text, this edit would have cut into the unsaved allow-list; applied to the buffer it keeps it
    const after = applyTextEdits(dirty, change.edits);
    assert.deepEqual(JSON.parse(after), { rules: { 'web-residue': 'off' }, allow: ['某某', '甲乙丙丁戊己庚辛'] }, after);
    // saved (or reverted): the saved file is the text again, edited unversioned
    c.notify('gongwen/rcBuffer', { uri: RC });
    [change] = title(await actionsFor(uri, 'web-residue'), /Turn .* off in the workspace/).edit.documentChanges;
    assert.equal(change.textDocument.version, null);
    assert.deepEqual(JSON.parse(applyTextEdits(saved, change.edits)), { rules: { 'web-residue': 'off' } });
    c.close(uri);
    fsys.files.delete(RC);
    await rcChanged();
  });

  it('a wrong suppression comment is a diagnostic saying what is right, with no action to silence it', async () => {
    const uri = open(`t${n++}.md`, `<!-- gongwen-disable-next-line placeholdr -->\n${P}\n<!-- gongwen-disabled -->\n`);
    const { items } = await c.diagnostics(uri);
    const ours = items.filter((d: any) => d.code === 'suppression-comment');
    assert.deepEqual(
      ours.map((d: any) => [d.range.start.line, d.message]),
      [
        [0, 'unknown rule "placeholdr", ignored; did you mean "placeholder"? The rule names: gongwen rules'],
        [2, 'unknown suppression comment "gongwen-disabled", ignored; did you mean "gongwen-disable"? Valid: gongwen-disable, gongwen-enable, gongwen-disable-line, gongwen-disable-next-line, gongwen-disable-file'],
      ],
    );
    assert.deepEqual(await codes(uri), ['0:suppression-comment', '1:placeholder', '2:suppression-comment'], 'the misspelled comment silenced nothing');
    const actions = await c.request('textDocument/codeAction', { textDocument: { uri }, range: ours[0].range, context: { diagnostics: [ours[0]] } });
    assert.deepEqual(actions.filter((a: any) => /Disable|Turn|allow-list/.test(a.title)), []);
    c.close(uri);
  });

  it('"disable for this file" (Markdown) silences the rule in the whole document, after front matter', async () => {
    const uri = open(`t${n++}.md`, `---\ntitle: x\n---\n${P}\n\n${R}\n\n${P}\n`);
    assert.deepEqual(await codes(uri), ['3:placeholder', '5:web-residue', '7:placeholder']);
    await apply(title(await actionsFor(uri, 'placeholder'), /for this file/).edit);
    assert.match(texts.get(uri)!, /^---\ntitle: x\n---\n<!-- gongwen-disable-file placeholder -->\n/);
    assert.deepEqual(await codes(uri), ['6:web-residue']);
    c.close(uri);
  });

  it('"disable for this file" (plain text) writes an override into a new .gongwenrc.json', async () => {
    fsys.files.clear();
    const uri = open(`通知/草稿 ${n++}.txt`, `${P}\n${R}\n`, 'plaintext');
    const other = open(`通知/other${n++}.txt`, `${P}\n`, 'plaintext');
    assert.deepEqual(await codes(uri), ['0:placeholder', '1:web-residue']);
    await apply(title(await actionsFor(uri, 'placeholder'), /for this file/).edit);
    assert.ok(fsys.files.get(RC)!.includes('"overrides"'), fsys.files.get(RC));
    assert.deepEqual(await codes(uri), ['1:web-residue']);
    assert.deepEqual(await codes(other), ['0:placeholder'], 'other files keep the rule');
    c.close(uri);
    c.close(other);
  });

  it('"turn off in the workspace" writes rules: off into the existing rc file, keeping its content', async () => {
    fsys.files.clear();
    fsys.files.set(RC, '{\n  // our office\n  "allow": ["XX染色体"]\n}\n');
    await rcChanged();
    const uri = open(`sub/t${n++}.md`, `${R}\n\n${P}\n`);
    assert.deepEqual(await codes(uri), ['0:web-residue', '2:placeholder']);
    await apply(title(await actionsFor(uri, 'web-residue'), /off in the workspace/).edit);
    assert.ok(fsys.files.get(RC)!.includes('// our office'));
    assert.deepEqual(await codes(uri), ['2:placeholder']);
    c.close(uri);
  });

  it('"add to the allow-list" writes the word into the nearest rc file', async () => {
    fsys.files.clear();
    fsys.files.set(`${WS}/a/.gongwenrc.json`, '{}');
    await rcChanged();
    const uri = open(`a/t${n++}.md`, `${P}\n\n请XXX同志讲话。\n`);
    assert.deepEqual(await codes(uri), ['0:placeholder', '2:placeholder']);
    const a = title(await actionsFor(uri, 'placeholder'), /allow-list/);
    assert.match(a.title, /“XX镇”/);
    await apply(a.edit);
    assert.deepEqual(JSON.parse(fsys.files.get(`${WS}/a/.gongwenrc.json`)!).allow, ['XX镇']);
    assert.deepEqual(await codes(uri), ['2:placeholder']);
    c.close(uri);
  });

  it('a bad rc file gets one message naming the file and the key; its good keys still apply', async () => {
    fsys.files.clear();
    fsys.files.set(RC, '{"rules": {"placeholder": "off", "nope": "error"}, "placeholderPatterns": ["(a+)+"]}');
    await rcChanged();
    const uri = open(`t${n++}.md`, `${P}\n\n${R}\n`);
    assert.deepEqual(await codes(uri), ['2:web-residue']);
    await rcChanged();
    await codes(uri);
    const warnings = c.notifications.filter((m) => m.method === 'window/showMessage').map((m) => (m.params as any).message as string);
    const nope = warnings.filter((w) => w.includes('/ws/.gongwenrc.json: rules.nope'));
    assert.equal(nope.length, 1, JSON.stringify(warnings));
    assert.match(nope[0], /unknown rule "nope"/);
    assert.equal(warnings.filter((w) => w.includes('placeholderPatterns.0') && /nested quantifiers/.test(w)).length, 1, JSON.stringify(warnings));
    c.close(uri);
  });

  it('offers no rc-file action when the rc file does not parse, but still the comments', async () => {
    fsys.files.clear();
    fsys.files.set(RC, '{"allow": [');
    await rcChanged();
    const uri = open(`t${n++}.md`, `${P}\n`);
    const titles = (await actionsFor(uri, 'placeholder')).map((a) => a.title as string);
    assert.ok(titles.some((t) => /for this line/.test(t)), JSON.stringify(titles));
    assert.ok(!titles.some((t) => /workspace|allow-list/.test(t)), JSON.stringify(titles));
    assert.equal(fsys.files.get(RC), '{"allow": [');
    c.close(uri);
  });

  it('ignore globs switch checking off for the files they match', async () => {
    fsys.files.clear();
    fsys.files.set(RC, '{"ignore": ["归档/**"]}');
    await rcChanged();
    const ignored = open(`归档/t${n++}.md`, `${P}\n`);
    const kept = open(`现行/t${n++}.md`, `${P}\n`);
    assert.deepEqual(await codes(ignored), []);
    assert.deepEqual(await codes(kept), ['0:placeholder']);
  });

  it('gongwen/exportSettings answers the fonts and the check configuration of .gongwenrc.json files over the settings, nearer file winning', async () => {
    fsys.files.set(RC, JSON.stringify({ export: { fonts: { body: '仿宋', title: '华文中宋' } }, rules: { placeholder: 'off' }, allow: ['某某'], ignore: ['归档/'] }));
    fsys.files.set(`${WS}/科室/.gongwenrc.json`, JSON.stringify({ export: { fonts: { body: '仿宋_GB2312' } }, rules: { 'web-residue': 'error' }, residuePatterns: ['^本科室自编'] }));
    await rcChanged();
    const uri = open(`科室/t${n++}.md`, `${P}\n`);
    const answer = (await c.request('gongwen/exportSettings', { uri })) as { fonts: Record<string, string>; check: any };
    assert.equal(answer.fonts.body, '仿宋_GB2312');
    assert.equal(answer.fonts.title, '华文中宋');
    // the fonts no file names keep their defaults
    const { DEFAULT_FONTS } = await import('../../server/src/export/fonts');
    assert.equal(answer.fonts.heading1, DEFAULT_FONTS.heading1);
    // what check uses for the document: both files' rules, the allow-list, the residue pattern
    assert.equal(answer.check.checked, true);
    assert.equal(answer.check.rules.placeholder, 'off');
    assert.equal(answer.check.rules['web-residue'], 'error');
    assert.deepEqual(answer.check.allow, ['某某']);
    assert.deepEqual(answer.check.residuePatterns, ['^本科室自编']);
    // a document the configuration ignores is not checked
    const ignored = open(`归档/t${n++}.md`, `${P}\n`);
    assert.equal(((await c.request('gongwen/exportSettings', { uri: ignored })) as any).check.checked, false);
    await assert.rejects(c.request('gongwen/exportSettings', { uri: 42 }), (e: any) => e.code === -32602 && /uri must be a string/.test(e.message));
    fsys.files.delete(RC);
    fsys.files.delete(`${WS}/科室/.gongwenrc.json`);
    await rcChanged();
  });
});
