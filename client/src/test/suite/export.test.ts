// Word export from the editor: the command loads its own bundle and writes a .docx beside the draft.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import type { GongwenApi } from '../../extension';
import { activeExtension, closeAll, fixtureUri, gongwenDiagnostics, isChineseUi, open, openCopy, ruleOf, setSetting, waitForDiagnostics, waitForRules, workspaceRoot } from './helpers';

suite('export to Word', () => {
  teardown(closeAll);

  test('gongwen.exportWord writes DRAFT.docx beside a draft with nothing blocking its export, through no temporary file left', async () => {
    const doc = (await openCopy('通知-草稿.txt', '-export')).document;
    // The draft has unfilled placeholders: they block an export (the command would ask first, a modal
    // question a test cannot answer) until the writer fills them in or turns the rule off, as here.
    await waitForRules(doc.uri, ['placeholder']);
    const restore = await setSetting('rules', { placeholder: 'off' });
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === 'placeholder'), 'the placeholder diagnostics gone');
      assert.ok(gongwenDiagnostics(doc.uri).every((d) => d.severity !== vscode.DiagnosticSeverity.Error), 'no error-severity finding left');
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord');
      assert.ok(target, 'the command returns the file it wrote');
      assert.strictEqual(target.path, doc.uri.path.replace(/\.txt$/, '.docx'));
      const bytes = await vscode.workspace.fs.readFile(target);
      assert.strictEqual(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a zip (.docx)');
      const folder = vscode.Uri.joinPath(target, '..');
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n);
      assert.ok(!names.some((n) => n.endsWith('.tmp')), names.join(', '));
      await vscode.workspace.fs.delete(target);
    } finally {
      await restore();
    }
  });

  test('the export takes its fonts and rules from .gongwenrc.json through the server, as gongwen export does', async () => {
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'tmp', `rc-export-${process.pid}-${Date.now()}`);
    // The rc file turns the placeholder rule off (nothing blocks) and names the body font.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '.gongwenrc.json'), Buffer.from(JSON.stringify({ rules: { placeholder: 'off' }, export: { fonts: { body: '华文仿宋' } } })));
    const draft = vscode.Uri.joinPath(dir, '通知.txt');
    await vscode.workspace.fs.copy(fixtureUri('通知-草稿.txt'), draft, { overwrite: true });
    try {
      const doc = (await open(draft)).document;
      await waitForDiagnostics(doc.uri, (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === 'placeholder'), 'the rc file applied (no placeholder findings)');
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('gongwen.exportWord');
      assert.ok(target, 'the command returns the file it wrote');
      const files = unzipSync(await vscode.workspace.fs.readFile(target));
      const xml = strFromU8(files['word/document.xml']) + strFromU8(files['word/styles.xml'] ?? new Uint8Array());
      assert.ok(xml.includes('华文仿宋'), 'the body font of the rc file is in the .docx');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });

  test('a draft exported before the server analysed it is checked with the .gongwenrc.json rules too (the server answers them)', async () => {
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'tmp', `rc-fallback-${process.pid}-${Date.now()}`);
    // The rc file turns web-residue and placeholder off: nothing blocks, nothing is left out as residue.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, '.gongwenrc.json'), Buffer.from(JSON.stringify({ rules: { 'web-residue': 'off', placeholder: 'off' } })));
    const site = '本站部分内容来自网络，如有侵权请联系删除。';
    const draft = vscode.Uri.joinPath(dir, '通知.txt');
    await vscode.workspace.fs.writeFile(draft, Buffer.from(['关于加强作风建设的通知', '', '各单位：', '', '请认真贯彻落实XX精神。', '', site, ''].join('\n')));
    try {
      const api = (await activeExtension()).exports as GongwenApi;
      // Exported from its URI at once (as from the explorer): the server has published nothing for it yet.
      const asked: string[] = [];
      const target = await api.exportWord(draft, (question) => {
        asked.push(question);
        return undefined;
      });
      assert.deepStrictEqual(asked, [], 'nothing the rc file turned off blocks the export');
      assert.ok(target, 'exported');
      const xml = strFromU8(unzipSync(await vscode.workspace.fs.readFile(target))['word/document.xml']);
      assert.ok(xml.includes(site), 'the rule is off: the line is the document’s');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });

  test('exported anyway, a site notice appended to a sentence is left out and the sentence kept', async () => {
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'tmp', `tail-export-${process.pid}-${Date.now()}`);
    const draft = vscode.Uri.joinPath(dir, '通知.txt');
    const sentence = '为做好安全工作，现将有关事项通知如下。';
    await vscode.workspace.fs.writeFile(draft, Buffer.from(['关于开展安全检查的通知', '', '各单位：', '', `${sentence}（本文来自公文库，转载请注明出处）`, '', '一、检查内容', '', '重点检查消防设施。', ''].join('\n')));
    try {
      const doc = (await open(draft)).document;
      await waitForRules(doc.uri, ['web-residue']);
      const api = (await activeExtension()).exports as GongwenApi;
      const target = await api.exportWord(doc.uri, (_q, choices) => choices[0]);
      assert.ok(target, 'exported after "Export Anyway"');
      const xml = strFromU8(unzipSync(await vscode.workspace.fs.readFile(target))['word/document.xml']);
      assert.ok(xml.includes(sentence), 'the sentence is the document’s');
      assert.ok(!xml.includes('本文来自公文库'), 'the notice check deletes is not in the Word file');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });

  test('with unfilled placeholders left, the export asks first, naming them with their lines, and writes nothing when cancelled', async () => {
    const doc = (await openCopy('通知-草稿.txt', '-gate')).document;
    await waitForRules(doc.uri, ['placeholder']);
    const api = (await activeExtension()).exports as GongwenApi;
    const target = doc.uri.with({ path: doc.uri.path.replace(/\.txt$/, '.docx') });
    const asked: string[] = [];
    const cancelled = await api.exportWord(doc.uri, (question) => {
      asked.push(question);
      return undefined;
    });
    assert.strictEqual(cancelled, undefined, 'cancelled: nothing written');
    assert.strictEqual(asked.length, 1, 'asked once');
    assert.match(asked[0], isChineseUi() ? /未填占位符/ : /Unfilled placeholder/);
    assert.match(asked[0], isChineseUi() ? /第 \d+/ : /lines? \d+/);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(target)), 'no .docx after a cancel');
    // Answering "Export Anyway" writes it.
    const written = await api.exportWord(doc.uri, (_q, choices) => choices[0]);
    assert.ok(written, 'exported after "Export Anyway"');
    assert.strictEqual(written.path, target.path);
    await vscode.workspace.fs.delete(written);
  });

  test('an empty draft is not exported (a message, no file, no question)', async () => {
    const dir = vscode.Uri.joinPath(workspaceRoot(), 'tmp', `empty-export-${process.pid}-${Date.now()}`);
    const draft = vscode.Uri.joinPath(dir, '空白.txt');
    await vscode.workspace.fs.writeFile(draft, Buffer.from('\n\u3000\n'));
    try {
      await open(draft);
      const api = (await activeExtension()).exports as GongwenApi;
      let asked = 0;
      const result = await api.exportWord(draft, () => {
        asked++;
        return undefined;
      });
      assert.strictEqual(result, undefined);
      assert.strictEqual(asked, 0, 'nothing to ask about');
      const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
      assert.deepStrictEqual(names, ['空白.txt'], 'no .docx written');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
  });
});
