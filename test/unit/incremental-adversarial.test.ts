/**
 * Adversarial cases for incremental analysis (core/incremental.ts): each one a small document and a
 * sequence of versions (or of options, or of clock readings) chosen to catch a `LintSession` reusing
 * findings that a full lint would no longer give. The randomized property test is
 * test/unit/incremental.test.ts; these are the corners it is unlikely to reach by chance.
 */
import { mock, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession, RULES, type LintOptions, type Rule } from '../../server/src/core';

const plain = (r: ReturnType<typeof lint>) => r.findings.map((f) => JSON.stringify(f));

/**
 * Lint each version with one session and without, and require the same findings and errors. Each version
 * is a text, or a text with its own options. Returns the session (to read `last`).
 */
function replay(versions: ReadonlyArray<string | readonly [string, LintOptions]>, base: LintOptions = {}, rules: readonly Rule[] = RULES): LintSession {
  const session = new LintSession();
  versions.forEach((v, i) => {
    const [text, options] = typeof v === 'string' ? [v, base] : v;
    const full = lint(text, options, rules);
    const inc = lint(text, options, rules, session);
    assert.deepEqual(plain(inc), plain(full), `version ${i}: ${JSON.stringify(text).slice(0, 120)}`);
    assert.deepEqual(
      inc.errors.map((e) => [e.rule, String(e.error)]),
      full.errors.map((e) => [e.rule, String(e.error)]),
      `errors of version ${i}`,
    );
  });
  return session;
}

const md: LintOptions = { language: 'markdown' };
const pt: LintOptions = { language: 'plaintext' };

test('the turn of the year re-checks a two-digit 发文字号 year (document-number reads the clock)', () => {
  // No 成文日期: the latest possible year is the present one. 〔26〕 reads as 2026 only from 2026 on.
  const text = (tail: string) => `关于做好防汛工作的通知\n\n根据《关于加强防汛工作的通知》（省发〔26〕3号）要求，现通知如下。\n\n一、加强组织领导。\n\n二、做好物资储备${tail}\n`;
  const session = new LintSession();
  try {
    mock.timers.enable({ apis: ['Date'], now: Date.UTC(2025, 11, 31, 12) });
    const before = lint(text('。'), pt, RULES, session);
    assert.equal(before.findings.find((f) => f.rule === 'document-number')?.fix, undefined, '2026 is in the future on 31 December 2025');
    mock.timers.setTime(Date.UTC(2026, 0, 1, 12));
    // an edit two paragraphs away: the 发文字号's paragraph is not re-checked unless the year is in the key
    const inc = lint(text('。。'), pt, RULES, session);
    const full = lint(text('。。'), pt);
    assert.ok(full.findings.find((f) => f.rule === 'document-number')?.fix, 'in 2026, 〔26〕 is 2026');
    assert.deepEqual(plain(inc), plain(full));
  } finally {
    mock.timers.reset();
  }
});

/**
 * A paragraph-local rule that reports at each paragraph holding `甲` and throws on a paragraph holding `炸`,
 * in document order: what it reported before throwing is all a full lint has of it.
 */
const brittle: Rule = {
  meta: { ...RULES.find((r) => r.meta.id === 'punctuation-duplicate')!.meta, id: 'brittle' },
  check(ctx) {
    const text = ctx.text;
    const windows = ctx.windows ?? [[0, text.length]];
    for (const [from, to] of windows) {
      for (let i = text.indexOf('甲', from); i >= 0 && i < to; i = text.indexOf('甲', i + 1)) ctx.report({ message: { zh: '甲', en: 'jia' }, start: i, end: i + 1 });
      const bad = text.indexOf('炸', from);
      if (bad >= 0 && bad < to) throw new Error(`炸 at ${bad}`);
    }
  },
};

test('a rule that throws after reporting gives the same (no) findings with and without a session', () => {
  const p = (k: string) => `第${k}段甲。\n\n`;
  const doc = p('一') + p('二') + p('三') + p('四') + p('五');
  replay([doc, doc.replace('第五段甲', '第五段炸'), doc, doc.replace('第四段甲', '第四段炸甲')], {}, [brittle]);
});
