// gongwen.* settings take effect without a reload: a rule turned off, a severity changed, checking disabled,
// the speaking rate.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, describe as describeDiags, gongwenDiagnostics, openCopy, ruleOf, setSetting, waitFor, waitForDiagnostics, waitForRules } from './helpers';

suite('settings', () => {
  teardown(closeAll);

  test('turning a rule off removes its diagnostics; turning it back on restores them', async () => {
    const doc = (await openCopy('讲话稿-草稿.md')).document;
    await waitForRules(doc.uri, ['placeholder', 'numbering-sequence']);
    const restore = await setSetting('rules', { placeholder: 'off' });
    try {
      const ds = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleOf(x) === 'placeholder') && d.length > 0, 'placeholder diagnostics to disappear');
      assert.ok(ds.some((d) => ruleOf(d) === 'numbering-sequence'), `other rules stay:\n${describeDiags(ds)}`);
    } finally {
      await restore();
    }
    await waitForRules(doc.uri, ['placeholder']);
  });

  test('changing a severity changes the diagnostic severity', async () => {
    const doc = (await openCopy('讲话稿-草稿.md')).document;
    await waitForRules(doc.uri, ['numbering-sequence']);
    const restore = await setSetting('rules', { 'numbering-sequence': 'error', placeholder: 'hint' });
    try {
      await waitForDiagnostics(
        doc.uri,
        (ds) =>
          ds.some((d) => ruleOf(d) === 'numbering-sequence' && d.severity === vscode.DiagnosticSeverity.Error) &&
          ds.filter((d) => ruleOf(d) === 'placeholder').every((d) => d.severity === vscode.DiagnosticSeverity.Hint) &&
          ds.some((d) => ruleOf(d) === 'placeholder'),
        'numbering-sequence as error and placeholder as hint',
      );
    } finally {
      await restore();
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleOf(d) === 'numbering-sequence' && d.severity === vscode.DiagnosticSeverity.Warning), 'the default severity back');
  });

  test('gongwen.enable = false clears the diagnostics, true brings them back', async () => {
    const doc = (await openCopy('通知-草稿.txt')).document;
    await waitForRules(doc.uri, ['placeholder']);
    const restore = await setSetting('enable', false);
    try {
      await waitFor(() => gongwenDiagnostics(doc.uri).length === 0, 'no diagnostics while disabled');
    } finally {
      await restore();
    }
    await waitForRules(doc.uri, ['placeholder']);
  });

  test('gongwen.languages without plaintext stops checking .txt drafts', async () => {
    const doc = (await openCopy('通知-草稿.txt')).document;
    await waitForRules(doc.uri, ['placeholder']);
    const restore = await setSetting('languages', ['markdown']);
    try {
      await waitFor(() => gongwenDiagnostics(doc.uri).length === 0, 'no diagnostics for plaintext');
    } finally {
      await restore();
    }
    await waitForRules(doc.uri, ['placeholder']);
  });

  test('gongwen.speakingRate changes the speaking time at once', async () => {
    await openCopy('报告-长.md');
    type Stats = { total: number; rate: number; minutes: number };
    const base = await waitFor(() => vscode.commands.executeCommand<Stats>('gongwen.showStats', true), 'statistics of the active draft');
    assert.ok(base.total > 300, `counted characters: ${base.total}`);
    const restore = await setSetting('speakingRate', 60);
    try {
      const slow = await waitFor(async () => {
        const s = await vscode.commands.executeCommand<Stats>('gongwen.showStats', true);
        return s && s.rate === 60 ? s : undefined;
      }, 'the new rate to be used');
      assert.strictEqual(slow.total, base.total);
      assert.ok(slow.minutes > base.minutes, `${slow.minutes} min at 60/min vs ${base.minutes} min at ${base.rate}/min`);
    } finally {
      await restore();
    }
  });
});
