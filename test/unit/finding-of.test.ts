/**
 * diagnostics.ts `findingOf` for an analysis of another version than the document's: a code action
 * asked with an analysis made for an earlier version gets no finding (so no action), even when the
 * text happens to be the same; the analysis of the document's own version finds it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisStore } from '../../server/src/analysis';
import { codeActions } from '../../server/src/actions';
import { documentDiagnostics, findingOf } from '../../server/src/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const URI = 'file:///stale.md';
const TEXT = '一.总体要求\n正文。\n';

describe('findingOf and the analysis version', () => {
  it('finds the finding for the analysis of the document version, nothing for an analysis of an older version', () => {
    const store = new AnalysisStore();
    const v1 = TextDocument.create(URI, 'markdown', 1, TEXT);
    const a1 = store.get(v1, DEFAULT_SETTINGS);
    const items = documentDiagnostics(v1, a1, 'zh-cn');
    const d = items.find((x) => x.code === 'numbering-punctuation');
    assert.ok(d && a1.kind === 'ok', 'a fixable finding');
    assert.equal(findingOf(d, a1, v1, 'zh-cn'), a1.result.findings[d.data as number]);
    // the client moved on to version 2 (an edit that put back the same text: undo, or a replace by itself)
    const v2 = TextDocument.update(TextDocument.create(URI, 'markdown', 1, TEXT), [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '一' }], 2);
    assert.equal(v2.getText(), TEXT);
    assert.equal(findingOf(d, a1, v2, 'zh-cn'), undefined, 'an analysis of version 1 does not stand for version 2');
    const range = d.range;
    assert.deepEqual(codeActions(v2, { textDocument: { uri: URI }, range, context: { diagnostics: [d] } }, a1, 'zh-cn', true), [], 'no action for the stale analysis');
    // the analysis of version 2 finds it again (the same finding in the same place)
    const a2 = store.get(v2, DEFAULT_SETTINGS);
    assert.ok(a2 !== a1 && a2.version === 2);
    assert.ok(findingOf(d, a2, v2, 'zh-cn'));
    assert.ok(codeActions(v2, { textDocument: { uri: URI }, range, context: { diagnostics: [d] } }, a2, 'zh-cn', true).some((a) => a.isPreferred));
  });

  it('an analysis of another version with other text finds nothing either', () => {
    const store = new AnalysisStore();
    const v1 = TextDocument.create(URI, 'markdown', 1, TEXT);
    const a1 = store.get(v1, DEFAULT_SETTINGS);
    const d = documentDiagnostics(v1, a1, 'en').find((x) => x.code === 'numbering-punctuation')!;
    const v3 = TextDocument.create(URI, 'markdown', 3, `前言。\n${TEXT}`);
    assert.equal(findingOf(d, a1, v3, 'en'), undefined);
  });
});
