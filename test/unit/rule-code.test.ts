/** Which diagnostics the extension links to its packaged rule reference (client/src/rule-code.ts), with or without the server's link. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filledSource, INITIALIZATION_OPTIONS, linkedRuleCode } from '../../client/src/rule-code';
import { readInitializationOptions } from '../../server/src/lifecycle';

const target = (rule: string) => `command:gongwen.showRules?${rule}`;

describe('linkedRuleCode', () => {
  it('links a gongwen rule code whether the server sent a web link or none', () => {
    assert.deepEqual(linkedRuleCode('gongwen', 'punctuation-width', target), { value: 'punctuation-width', target: 'command:gongwen.showRules?punctuation-width' });
    assert.deepEqual(linkedRuleCode('gongwen', { value: 'web-residue', target: 'https://example.invalid/rules.md#web-residue' } as any, target), {
      value: 'web-residue',
      target: 'command:gongwen.showRules?web-residue',
    });
    assert.deepEqual(linkedRuleCode('gongwen', { value: 'numbering-level' }, target), { value: 'numbering-level', target: 'command:gongwen.showRules?numbering-level' });
  });

  it('leaves other diagnostics as they came', () => {
    assert.equal(linkedRuleCode('other-linter', 'punctuation-width', target), undefined);
    assert.equal(linkedRuleCode(undefined, 'punctuation-width', target), undefined);
    assert.equal(linkedRuleCode('gongwen', undefined, target), undefined);
    // no rule behind them: the cap on reported findings and the paused check of a huge document
    assert.equal(linkedRuleCode('gongwen', 'too-many', target), undefined);
    assert.equal(linkedRuleCode('gongwen', 'too-large', target), undefined);
    // not a rule id
    assert.equal(linkedRuleCode('gongwen', 42, target), undefined);
    assert.equal(linkedRuleCode('gongwen', '', target), undefined);
    assert.equal(linkedRuleCode('gongwen', 'Not A Rule', target), undefined);
  });

  it('is what the server reads as clientRuleLinks and clientSource', () => {
    assert.deepEqual(readInitializationOptions(INITIALIZATION_OPTIONS), { clientRuleLinks: true, clientSource: true });
  });
});

describe('filledSource', () => {
  it("gives a diagnostic the server sent without source gongwen's, and keeps any other", () => {
    assert.equal(filledSource(undefined), 'gongwen');
    assert.equal(filledSource(''), 'gongwen');
    assert.equal(filledSource('gongwen'), 'gongwen');
    assert.equal(filledSource('other-linter'), 'other-linter');
    // a filled diagnostic is linked like one the server sent with its source
    assert.deepEqual(linkedRuleCode(filledSource(undefined), 'punctuation-width', target), { value: 'punctuation-width', target: 'command:gongwen.showRules?punctuation-width' });
  });
});

describe('readInitializationOptions', () => {
  it('takes clientRuleLinks and clientSource only when they are true, and ignores anything malformed', () => {
    for (const raw of [undefined, null, 'clientRuleLinks', 1, [], [true], {}, { clientRuleLinks: 'true' }, { clientRuleLinks: 1 }, { clientRuleLinks: false }, { ClientRuleLinks: true }, { clientSource: 'true' }, { clientSource: 1 }, { ClientSource: true }]) {
      assert.deepEqual(readInitializationOptions(raw), { clientRuleLinks: false, clientSource: false }, JSON.stringify(raw));
    }
    assert.deepEqual(readInitializationOptions({ clientRuleLinks: true, other: 1 }), { clientRuleLinks: true, clientSource: false });
    assert.deepEqual(readInitializationOptions({ clientSource: true }), { clientRuleLinks: false, clientSource: true });
  });
});
