// The outline a writer navigates by: document symbols from the numbering tree, and folding per section.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, isChineseUi, lineOf, open, waitFor } from './helpers';

type Node = { name: string; children: Node[] };

const ORDINAL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/;

/** gongwen's symbols only: the built-in Markdown extension adds its own for # headings. */
function ours(symbols: vscode.DocumentSymbol[], title: string): vscode.DocumentSymbol[] {
  return symbols.filter((s) => ORDINAL.test(s.name) || s.name === title);
}

function tree(symbols: vscode.DocumentSymbol[]): Node[] {
  return symbols.map((s) => ({ name: s.name, children: tree(s.children) }));
}

function leaf(name: string): Node {
  return { name, children: [] };
}

async function symbolsOf(uri: vscode.Uri, ready: (s: vscode.DocumentSymbol[]) => boolean): Promise<vscode.DocumentSymbol[]> {
  // Poll: the language client may still be starting when the document opens.
  return waitFor(async () => {
    const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    return s && ready(s) ? s : undefined;
  }, `document symbols of ${uri.toString()}`);
}

suite('outline and folding', () => {
  suiteTeardown(closeAll);

  test('the long report gives a four-level outline tree', async () => {
    const doc = (await open(fixtureUri('报告-长.md'))).document;
    const title = '关于2024年度工作情况的报告';
    const symbols = ours(await symbolsOf(doc.uri, (s) => s.some((x) => x.name.startsWith('一、'))), title);
    assert.deepStrictEqual(tree(symbols), [
      leaf(title),
      {
        name: '一、主要工作及成效',
        children: [
          {
            name: '（一）聚焦中心工作，推动经济平稳运行',
            children: [leaf('1. 项目建设提速。'), { name: '2. 营商环境优化。', children: [leaf('（1）政务服务。'), leaf('（2）要素保障。')] }],
          },
          { name: '（二）聚焦民生改善，增进群众福祉', children: [leaf('1. 就业形势稳定。'), leaf('2. 社会保障加强。')] },
          { name: '（三）聚焦安全稳定，守牢发展底线', children: [leaf('1. 安全生产形势平稳。'), leaf('2. 信访秩序好转。')] },
        ],
      },
      { name: '二、存在的问题', children: [leaf('（一）经济发展质量不够高。'), leaf('（二）民生保障短板仍然存在。'), leaf('（三）干部作风有待进一步转变。')] },
      { name: '三、2025年工作打算', children: [leaf('（一）着力扩大有效投资。'), leaf('（二）着力保障改善民生。'), leaf('（三）着力加强自身建设。')] },
    ]);
    // Ranges: a section spans its children; the selection (the title) lies inside the range.
    const first = symbols[1];
    assert.strictEqual(first.selectionRange.start.line, lineOf(doc, '一、主要工作及成效'));
    assert.ok(first.range.contains(first.selectionRange));
    assert.ok(first.range.contains(first.children[2].range), 'section 一 spans （三）');
    assert.ok(first.range.end.line < lineOf(doc, '二、存在的问题'), 'section 一 ends before 二、');
  });

  test('in Markdown no heading appears twice: # headings are left to the built-in outline', async () => {
    const doc = (await open(fixtureUri('讲话稿-草稿.md'))).document;
    // Every provider's symbols (VS Code's Markdown outline and gongwen's), as the Outline view gets them.
    const all = await symbolsOf(doc.uri, (s) => JSON.stringify(tree(s)).includes('一、总体要求') && JSON.stringify(tree(s)).includes('在全县XX工作会议上的讲话'));
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (flat.push(s), walk(s.children)));
    walk(all);
    const byLine = new Map<number, string[]>();
    for (const s of flat) byLine.set(s.selectionRange.start.line, [...(byLine.get(s.selectionRange.start.line) ?? []), s.name]);
    const twice = [...byLine].filter(([, names]) => names.length > 1);
    assert.deepStrictEqual(twice, [], `one symbol per line: ${JSON.stringify(tree(all))}`);
    // The heading is the built-in one (`# …`); gongwen contributes the numbered sections.
    assert.strictEqual(flat.filter((s) => s.name.includes('在全县XX工作会议上的讲话')).length, 1);
    const top = all.filter((s) => ORDINAL.test(s.name)).map((s) => s.name);
    assert.deepStrictEqual(top, ['一、总体要求', '二、重点任务', '三、保障措施']);
  });

  test('the detail column shows a section\'s length, never its level marker', async () => {
    const doc = (await open(fixtureUri('报告-长.md'))).document;
    const symbols = ours(await symbolsOf(doc.uri, (s) => s.some((x) => x.name.startsWith('一、'))), '关于2024年度工作情况的报告');
    const flat: vscode.DocumentSymbol[] = [];
    const walk = (list: vscode.DocumentSymbol[]) => list.forEach((s) => (flat.push(s), walk(s.children)));
    walk(symbols);
    const numbered = flat.filter((s) => ORDINAL.test(s.name));
    assert.ok(numbered.length > 10);
    const unit = isChineseUi() ? / 字$/ : / chars$/;
    for (const s of numbered) {
      assert.match(s.detail, unit, `${s.name}: “${s.detail}”`);
      assert.doesNotMatch(s.detail, /[一二三]、|（一）|（1）/, s.name);
    }
    const first = numbered.find((s) => s.name === '一、主要工作及成效')!;
    const n = (s: vscode.DocumentSymbol) => Number(s.detail.replace(/[^\d]/g, ''));
    assert.ok(n(first) > first.children.reduce((a, c) => Math.max(a, n(c)), 0), 'a section is longer than any of its parts');
  });

  test('a .txt draft has an outline too', async () => {
    const doc = (await open(fixtureUri('通知-草稿.txt'))).document;
    const symbols = await symbolsOf(doc.uri, (s) => s.some((x) => x.name.startsWith('一、')));
    const names = symbols.map((s) => s.name).filter((n) => ORDINAL.test(n));
    assert.deepStrictEqual(names, ['一、检查范围', '二、检查内容', '三、工作要求']);
  });

  test('folding ranges come back per section', async () => {
    const doc = (await open(fixtureUri('报告-长.md'))).document;
    const l = (t: string) => lineOf(doc, t);
    const ranges = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.some((x) => x.start === l('一、主要工作及成效')) ? r : undefined;
    }, 'folding ranges');
    const has = (start: number, end: number) => ranges.some((r) => r.start === start && r.end === end);
    assert.ok(has(l('一、主要工作及成效'), l('2. 信访秩序好转')), `section 一 folds to its last line: ${JSON.stringify(ranges)}`);
    assert.ok(has(l('（一）聚焦中心工作'), l('（2）要素保障')), `（一） folds to its last line: ${JSON.stringify(ranges)}`);
    assert.ok(has(l('二、存在的问题'), l('（三）干部作风')), `section 二: ${JSON.stringify(ranges)}`);
  });

  test('plain-text drafts get semantic tokens for ordinals and placeholders', async () => {
    const doc = (await open(fixtureUri('通知-草稿.txt'))).document;
    const legend = await waitFor(
      () => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri),
      'the semantic tokens legend',
    );
    const tokens = await waitFor(async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
      return t && t.data.length > 0 ? t : undefined;
    }, 'semantic tokens');
    // Decode the relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token.
    const found: { text: string; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, ds, len, type] = tokens.data.slice(i, i + 4);
      line += dl;
      char = dl === 0 ? char + ds : ds;
      found.push({ text: doc.getText(new vscode.Range(line, char, line, char + len)), type: legend.tokenTypes[type] });
    }
    const of = (type: string) => found.filter((t) => t.type === type).map((t) => t.text);
    assert.ok(of('gongwenOrdinal').includes('一、') && of('gongwenOrdinal').includes('（一）'), JSON.stringify(found));
    assert.ok(of('gongwenPlaceholder').some((t) => t.includes('XX')), JSON.stringify(found));
  });

  test('next/previous/parent section commands move the cursor between titles', async () => {
    const editor = await open(fixtureUri('报告-长.md'));
    const doc = editor.document;
    const at = (t: string) => new vscode.Position(lineOf(doc, t), 0);
    editor.selection = new vscode.Selection(at('（1）政务服务'), at('（1）政务服务'));
    assert.strictEqual(await vscode.commands.executeCommand('gongwen.nextSection'), '（2）要素保障。');
    assert.strictEqual(editor.selection.active.line, lineOf(doc, '（2）要素保障'));
    assert.strictEqual(await vscode.commands.executeCommand('gongwen.parentSection'), '2. 营商环境优化。');
    assert.strictEqual(editor.selection.active.line, lineOf(doc, '2. 营商环境优化'));
    await vscode.commands.executeCommand('gongwen.parentSection');
    assert.strictEqual(editor.selection.active.line, lineOf(doc, '（一）聚焦中心工作'));
    await vscode.commands.executeCommand('gongwen.previousSection');
    assert.strictEqual(editor.selection.active.line, lineOf(doc, '一、主要工作及成效'));
  });
});
