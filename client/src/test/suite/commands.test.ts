// The rest of a writer's toolbox: hover on a finding, statistics (restarting the server: zz-restart.test.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, gongwenDiagnostics, openCopy, rangeOf, waitFor, waitForRules } from './helpers';

function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

suite('hover, statistics', () => {
  teardown(closeAll);

  test('hovering a finding explains its rule', async () => {
    const doc = (await openCopy('讲话稿-草稿.md')).document;
    await waitForRules(doc.uri, ['numbering-sequence']);
    const at = rangeOf(doc, '（四）').start.translate(0, 1);
    const text = await waitFor(async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? [];
      return hovers.map(hoverText).find((t) => t.includes('numbering-sequence'));
    }, 'gongwen hover on （四）');
    assert.match(text, /gongwen/);
  });

  test('gongwen.showStats reports characters, speaking time and placeholders', async () => {
    await openCopy('讲话稿-草稿.md');
    type Stats = { total: number; chinese: number; rate: number; minutes: number; placeholders: number; groups: { group: string; count: number }[] };
    // Placeholders come from the server's analysis: wait until it has answered for this version.
    const s = await waitFor(async () => {
      const got = await vscode.commands.executeCommand<Stats>('gongwen.showStats', true);
      return got && got.placeholders > 0 && got;
    }, 'statistics with the server\'s placeholders', 30_000);
    assert.ok(s.chinese > 200 && s.total >= s.chinese, JSON.stringify(s));
    assert.strictEqual(s.rate, 190, 'the default speaking rate');
    assert.ok(s.minutes >= 1, JSON.stringify(s));
    assert.strictEqual(s.placeholders, 5, JSON.stringify(s.groups));
    assert.deepStrictEqual(s.groups.find((g) => g.group === 'XX工作会议')?.count, 2);
  });
});
