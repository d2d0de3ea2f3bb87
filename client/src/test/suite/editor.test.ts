// What a writer meets in the editor beyond the squiggles: start-up, the output channel, untitled drafts that
// VS Code takes for another language, fix titles in the UI language, bulk fixes that leave info findings
// alone, the packaged rule reference and the snippets' names.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeExtension, closeAll, gongwenDiagnostics, hasHan, isChineseUi, openCopy, openUntitled, rangeOf, ruleOf, setSetting, waitFor, waitForDiagnostics, waitForRules } from './helpers';

interface GongwenApi {
  activateMs: number;
  serverReady: Promise<boolean>;
  untitledOffers(): Promise<string[]>;
}

/** gongwen's exports, once a draft is open (which is what activates it). */
async function api(): Promise<GongwenApi> {
  if (!vscode.extensions.getExtension('gongwen.gongwen')?.isActive) await openUntitled('');
  const ext = await activeExtension();
  return ext.exports as GongwenApi;
}

const SPEECH = [
  '在全县安全生产工作会议上的讲话',
  '',
  '同志们：',
  '',
  '今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。',
  '',
  '一、充分认识做好安全生产工作的重要意义',
  '',
  '（一）加强组织领导。各单位要把安全生产摆在突出位置。',
  '',
  '（三）压实工作责任。请XX镇于X月X日前报送。',
  '',
].join('\n');

/** The text of the output channel “gongwen” once the Output view shows it (its model reaches the extension host). */
async function outputText(includes: string): Promise<string> {
  await vscode.commands.executeCommand('gongwen.showOutput');
  return waitFor(() => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && d.getText().includes('gongwen client:'));
    const text = doc?.getText();
    return text && text.includes(includes) ? text : undefined;
  }, `the output channel “gongwen” to show “${includes}”`);
}

suite('editor: start-up, output, untitled drafts, titles', () => {
  teardown(closeAll);

  test('activation does not wait for the language server; its cost is printed as VS Code reports it', async () => {
    const a = await api();
    assert.ok(typeof a.activateMs === 'number' && a.activateMs >= 0, JSON.stringify(a));
    assert.strictEqual(await a.serverReady, true, 'the server started after activation');
    // VS Code's own figures ("Developer: Startup Performance", the table the Extensions view sums up).
    await vscode.commands.executeCommand('perfview.show');
    const perf = await waitFor(async () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'perf') ?? (await vscode.workspace.openTextDocument(vscode.Uri.parse('perf:Startup%20Performance')).then((d) => d, () => undefined));
      const row = doc?.getText().split('\n').find((l) => l.includes('gongwen.gongwen'));
      return row;
    }, 'gongwen in the Extension Activation Stats');
    // | Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |
    const table = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'perf')?.getText(), 'the perf document');
    const rows = table.split('\n').filter((l) => /^\|\s*[\w.-]+\.[\w.-]+\s*\|/.test(l));
    console.log(`      Extension Activation Stats (Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By):\n${rows.map((r) => `        ${r}`).join('\n')}`);
    const cells = perf.split('|').map((c) => c.trim());
    const [load, call, finish] = [cells[3], cells[4], cells[5]].map(Number);
    console.log(`      activation: VS Code reports load code ${load} ms + call activate ${call} ms = ${load + call} ms (finish activate ${finish} ms); activate() itself ${a.activateMs.toFixed(1)} ms`);
    assert.ok([load, call, finish].every((n) => Number.isFinite(n)), perf);
  });

  test('the output channel “gongwen” logs the client’s start', async () => {
    await api();
    const text = await outputText('language server running');
    assert.match(text, /gongwen client: version \d+\.\d+\.\d+ activated in [\d.]+ ms/);
  });

  /**
   * Click the offer's first button (notification.acceptPrimaryAction, as a keyboard user would); when the web
   * workbench will not take that within 10 s, run the command the button runs. Returns which one worked.
   */
  async function acceptOffer(uri: vscode.Uri): Promise<string> {
    const language = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
    const ours = () => language() === 'plaintext' || language() === 'markdown';
    try {
      await waitFor(async () => {
        if (!ours()) await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        return ours();
      }, 'the offer accepted through its notification', 10_000);
      return 'notification button';
    } catch {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      if (editor) await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('gongwen.checkAsDraft');
      await waitFor(ours, 'the buffer switched by gongwen.checkAsDraft');
      return 'command gongwen.checkAsDraft (the notification did not take acceptPrimaryAction)';
    }
  }

  test('an untitled buffer VS Code took for another language is offered, once, to be checked as a draft', async () => {
    const a = await api();
    const restoreTrace = await setSetting('trace.server', 'messages');
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: SPEECH });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'the untitled draft checked as plain text');
    // What VS Code's language detection does to a pasted speech: the buffer becomes Ini, unchecked.
    await vscode.commands.executeCommand('notifications.clearAll');
    const ini = await vscode.languages.setTextDocumentLanguage(doc, 'ini');
    try {
      // Its old diagnostics go (the client closes it on the server).
      await waitFor(() => gongwenDiagnostics(ini.uri).length === 0, 'no diagnostics while it is Ini').catch(async (e) => {
        const out = (await outputText('gongwen client:')).split('\n').filter((l) => /didClose|didOpen|Received response 'textDocument\/diagnostic|no longer checked/.test(l)).slice(-12);
        throw new Error(`${(e as Error).message}; still: ${gongwenDiagnostics(ini.uri).map(ruleOf).join(', ')}; language ${ini.languageId}; trace:\n${out.join('\n')}`);
      });
      await waitFor(async () => (await a.untitledOffers()).includes(ini.uri.toString()), 'the offer to check it as a draft');
      console.log(`      offer accepted through the ${await acceptOffer(ini.uri)}`);
      await waitForDiagnostics(ini.uri, (ds) => ds.some((d) => ruleOf(d) === 'numbering-sequence') && ds.some((d) => ruleOf(d) === 'placeholder'), 'the draft checked again');
    } finally {
      await restoreTrace();
    }
  });

  test('a new untitled file with a pasted speech ends up checked, whatever language VS Code guesses', async () => {
    const a = await api();
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.scheme === 'untitled' && vscode.window.activeTextEditor, 'the new untitled editor');
    const uri = editor.document.uri;
    const languages: string[] = [editor.document.languageId];
    const sub = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.toString() === uri.toString()) languages.push(d.languageId);
    });
    try {
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), SPEECH));
      // Checked as it is, or after accepting the offer when detection moved it to another language.
      const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      try {
        let how = 'as it was';
        await waitFor(async () => {
          const doc = current();
          if (doc && doc.languageId !== 'plaintext' && doc.languageId !== 'markdown' && (await a.untitledOffers()).includes(uri.toString())) {
            how = await acceptOffer(uri);
          }
          return doc && (doc.languageId === 'plaintext' || doc.languageId === 'markdown') && gongwenDiagnostics(uri).some((d) => ruleOf(d) === 'numbering-sequence');
        }, 'the new untitled draft to be checked', 40_000);
        console.log(`      checked ${how}`);
      } catch (e) {
        throw new Error(`${(e as Error).message}; languages seen: ${languages.join(' → ')}; now ${current()?.languageId}; offers: ${JSON.stringify(await a.untitledOffers())}; text starts ${JSON.stringify(current()?.getText().slice(0, 20))}; diagnostics: ${gongwenDiagnostics(uri).map(ruleOf).join(', ')}`);
      }
      console.log(`      untitled draft languages seen: ${languages.join(' → ')}`);
    } finally {
      sub.dispose();
    }
  });

  test('fix titles are in the UI language and name rules, not ids', async () => {
    const titles = new Set<string>();
    const collect = async (doc: vscode.TextDocument, ranges: vscode.Range[]) => {
      for (const range of ranges) {
        const actions = await waitFor(async () => {
          const got = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
          const fixes = got.filter((x) => x.kind && vscode.CodeActionKind.QuickFix.contains(x.kind));
          return fixes.length ? fixes : undefined;
        }, `quick fixes at ${JSON.stringify(range)}`);
        for (const x of actions) titles.add(x.title);
      }
    };
    // Two findings of one rule with different fixes: "fix all of this rule" is offered, named by the rule.
    const small = (await openUntitled('一.总体要求\n\n二.重点任务\n')).document;
    await waitForDiagnostics(small.uri, (ds) => ds.filter((d) => ruleOf(d) === 'numbering-punctuation').length === 2, 'two numbering-punctuation findings');
    await collect(small, [rangeOf(small, '一.')]);
    // Every fixable finding of the example speech (a wrong-level run, a gap, residue…).
    const speech = (await openCopy('讲话稿-草稿.md')).document;
    const ds = await waitForRules(speech.uri, ['numbering-level', 'numbering-sequence', 'web-residue']);
    await collect(speech, ds.filter((d) => ruleOf(d) !== 'placeholder').map((d) => d.range));
    const all = [...titles];
    console.log(`      fix titles: ${all.join(' | ')}`);
    if (isChineseUi()) {
      assert.ok(all.includes('修复本文档中全部“序号标点”问题'), all.join(' | '));
    } else {
      assert.ok(all.includes('Fix all "Ordinal punctuation" problems in this document'), all.join(' | '));
      // Chinese only inside quotes (the markers themselves, "（一）"), never in the words of a title.
      for (const t of all) assert.ok(!hasHan(t.replace(/"[^"]*"|“[^”]*”/g, '')), `English title with Chinese words: ${t}`);
    }
    for (const t of all) assert.doesNotMatch(t, /numbering-|placeholder|web-residue|enumeration-/, `a rule id in a title: ${t}`);
  });

  test('fix-all (source.fixAll.gongwen) leaves an info finding (1、) alone and fixes the warnings', async () => {
    const doc = (await openUntitled('一.总体要求\n\n1、加强学习\n\n2、改进作风\n')).document;
    await waitForDiagnostics(
      doc.uri,
      (ds) => ds.some((d) => ruleOf(d) === 'numbering-punctuation' && d.severity === vscode.DiagnosticSeverity.Warning) && ds.some((d) => ruleOf(d) === 'numbering-punctuation' && d.severity === vscode.DiagnosticSeverity.Information),
      'a warning (一.) and info findings (1、)',
    );
    const full = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const action = await waitFor(async () => {
      const got = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, full, 'source.fixAll.gongwen')) ?? [];
      return got.find((x) => x.kind?.value === 'source.fixAll.gongwen');
    }, 'the source.fixAll.gongwen action');
    assert.ok(action.edit);
    assert.strictEqual(await vscode.workspace.applyEdit(action.edit), true);
    assert.strictEqual(doc.getText(), '一、总体要求\n\n1、加强学习\n\n2、改进作风\n', 'only the warning was fixed; 1、 (tolerated, info) stays');
  });

  test('gongwen.showRules opens the packaged rule reference at a rule, offline', async () => {
    await api();
    const ext = await activeExtension();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('gongwen.showRules', 'numbering-level');
    assert.ok(uri, 'the command returns what it opened');
    assert.strictEqual(uri.fragment, 'numbering-level');
    assert.ok(uri.path.startsWith(ext.extensionUri.path), `${uri.toString()} is inside the extension (${ext.extensionUri.toString()})`);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri.with({ fragment: '' })));
    assert.match(text, /^## numbering-level$/m);
  });

  test('diagnostic code links and hovers point at the packaged reference (gongwen.showRules)', async () => {
    const doc = (await openUntitled('一.总体要求\n')).document;
    const [d] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => ruleOf(x) === 'numbering-punctuation'), 'a numbering-punctuation finding');
    assert.ok(d.code && typeof d.code === 'object', JSON.stringify(d.code));
    assert.strictEqual(d.code.target.scheme, 'command');
    assert.strictEqual(d.code.target.path, 'gongwen.showRules');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(d.code.target.query)), ['numbering-punctuation']);
    const hover = await waitFor(async () => {
      const hs = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, rangeOf(doc, '一.').start.translate(0, 1))) ?? [];
      return hs.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((v) => v.includes('numbering-punctuation'));
    }, 'the hover of 一.');
    assert.match(hover, /\(command:gongwen\.showRules\?/);
    assert.match(hover, isChineseUi() ? /依据：/ : /basis: /);
    assert.match(hover, isChineseUi() ? /\*\*序号标点\*\*/ : /\*\*Ordinal punctuation\*\*/);
  });

  test('snippet names and descriptions are in the UI language', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'gw-' });
    await vscode.window.showTextDocument(doc);
    const item = await waitFor(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.positionAt(3));
      return list?.items.find((i) => typeof i.label !== 'string' && i.label.label === 'gw-jianghua');
    }, 'the gw-jianghua snippet');
    const name = (item.label as vscode.CompletionItemLabel).description ?? '';
    if (isChineseUi()) assert.strictEqual(name, '讲话稿');
    else {
      assert.strictEqual(name, 'Speech draft');
      assert.match(String(item.detail ?? ''), /^Speech draft: /);
    }
  });
});
