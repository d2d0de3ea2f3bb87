/** core/suppress.ts: <!-- gongwen-disable… --> comments in Markdown, and the allow-list, applied by lint(). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseDirectives, Source } from '../../server/src/core';

/** `line:rule` of each finding (1-based lines). */
function found(text: string, language: 'markdown' | 'plaintext' = 'markdown'): string[] {
  const r = lint(text, { language });
  return r.findings.map((f) => `${r.source.lineAt(f.start).index + 1}:${f.severityKey}`);
}

const P = '请XX镇各单位报送材料。';
const R = '微信扫码领取福利';

describe('suppression comments', () => {
  it('parse only whole-line comments outside code, with rule lists', () => {
    const text = ['<!-- gongwen-disable placeholder, web-residue -->', '```', '<!-- gongwen-disable -->', '```', 'a <!-- gongwen-disable --> b', '<!--gongwen-enable-->', '<!-- gongwen-disabled x -->'].join('\n');
    assert.deepEqual(parseDirectives(new Source(text, 'markdown')).map(({ kind, rules, line }) => ({ kind, rules, line })), [
      { kind: 'disable', rules: ['placeholder', 'web-residue'], line: 0 },
      { kind: 'enable', rules: [], line: 5 },
    ]);
    assert.deepEqual(parseDirectives(new Source('<!-- gongwen-disable -->', 'plaintext')), [], 'plain text has no comments');
  });

  it('disable … enable silences a region, for the named rules or all', () => {
    const text = [P, '', '<!-- gongwen-disable placeholder -->', P, '', R, '', '<!-- gongwen-enable placeholder -->', P, ''].join('\n');
    assert.deepEqual(found(text), ['1:placeholder', '6:web-residue', '9:placeholder']);
    const all = [P, '<!-- gongwen-disable -->', P, R, '<!-- gongwen-enable web-residue -->', P, R].join('\n');
    assert.deepEqual(found(all), ['1:placeholder', '7:web-residue']);
  });

  it('disable-next-line silences one line; disable-file the whole document, wherever it is', () => {
    const text = ['<!-- gongwen-disable-next-line placeholder -->', P, P, ''].join('\n');
    assert.deepEqual(found(text), ['3:placeholder']);
    const file = [P, '', R, '', '<!-- gongwen-disable-file web-residue -->', ''].join('\n');
    assert.deepEqual(found(file), ['1:placeholder']);
    assert.deepEqual(found(['<!-- gongwen-disable-file -->', P, R].join('\n')), []);
  });

  it('a rule id covers its sub-checks; a sub-check key only itself', () => {
    const weak = '请某某同志讲话。';
    assert.deepEqual(found([weak, P].join('\n')), ['1:placeholder/weak', '2:placeholder']);
    assert.deepEqual(found(['<!-- gongwen-disable-file placeholder/weak -->', weak, P].join('\n')), ['3:placeholder']);
    assert.deepEqual(found(['<!-- gongwen-disable-file placeholder -->', weak, P].join('\n')), []);
  });

  it('work with CRLF and do nothing in plain text', () => {
    assert.deepEqual(found(['<!-- gongwen-disable-next-line -->', P, P].join('\r\n')), ['3:placeholder']);
    assert.deepEqual(found(['<!-- gongwen-disable-next-line -->', P].join('\n'), 'plaintext'), ['2:placeholder']);
  });

  it('suppressed findings are not fixed by fix-all', async () => {
    const { fixAll } = await import('../../server/src/core');
    const text = ['正文。', '', '<!-- gongwen-disable-next-line web-residue -->', R, ''].join('\n');
    assert.equal(fixAll(text, { language: 'markdown' }).text, text);
  });
});

describe('allow-list', () => {
  it('drops placeholder findings covered by an allowed word or equal to their group, nothing else', () => {
    const text = '请XXX同志讲话，XX镇参加。\n微信扫码领取福利\n';
    const rules = (allow: string[]) => lint(text, { language: 'plaintext', allow }).findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    assert.deepEqual(rules([]), ['placeholder:XXX', 'placeholder:XX', 'web-residue:微信扫码领取福利']);
    assert.deepEqual(rules(['XXX同志']), ['placeholder:XX', 'web-residue:微信扫码领取福利']);
    assert.deepEqual(rules(['XX镇']), ['placeholder:XXX', 'web-residue:微信扫码领取福利'], 'the group');
    assert.deepEqual(rules(['微信扫码领取福利', '同志']), ['placeholder:XXX', 'placeholder:XX', 'web-residue:微信扫码领取福利'], 'only rules with meta.allowList; a word must cover the finding');
  });
});

describe('wrong suppression comments are reported (suppression-comment), never silently ignored', () => {
  /** `line:rule:message(en)` of the suppression-comment findings. */
  function problems(text: string): string[] {
    const r = lint(text, { language: 'markdown' });
    return r.findings.filter((f) => f.rule === 'suppression-comment').map((f) => `${r.source.lineAt(f.start).index + 1}:${text.slice(f.start, f.end)}:${f.message.en}`);
  }

  it('an unknown rule name: named, with the nearest rule, and it silences nothing', () => {
    const text = ['<!-- gongwen-disable-next-line placeholdr -->', P].join('\n');
    assert.deepEqual(problems(text), ['1:placeholdr:unknown rule "placeholdr", ignored; did you mean "placeholder"? The rule names: gongwen rules']);
    assert.deepEqual(found(text), ['1:suppression-comment', '2:placeholder'], 'a list of unknown names is not "every rule"');
    assert.deepEqual(problems(['<!-- gongwen-disable-next-line nosuchrule -->', P].join('\n')), ['1:nosuchrule:unknown rule "nosuchrule", ignored. The rule names: gongwen rules']);
    // the known names of the same comment still work
    assert.deepEqual(found(['<!-- gongwen-disable-next-line placeholder, nosuchrule -->', P].join('\n')), ['1:suppression-comment']);
  });

  it('a misspelled directive: named, with the right one', () => {
    assert.deepEqual(problems(['<!-- gongwen-disable-lines placeholder -->', P].join('\n')).map((x) => x.split(':').slice(2).join(':')), [
      'unknown suppression comment "gongwen-disable-lines", ignored; did you mean "gongwen-disable-line"? Valid: gongwen-disable, gongwen-enable, gongwen-disable-line, gongwen-disable-next-line, gongwen-disable-file',
    ]);
    assert.match(problems('<!-- gongwen-disabled -->\n')[0], /unknown suppression comment "gongwen-disabled", ignored; did you mean "gongwen-disable"\?/);
    assert.match(problems(`${P}<!-- gongwen-disable-lien -->\n`)[0], /did you mean "gongwen-disable-line"\?/);
    assert.match(lint('<!-- gongwen-disabled -->\n', { language: 'markdown' }).findings[0].message.zh, /未知的停用注释“gongwen-disabled”，不起作用，应为“gongwen-disable”？/);
  });

  it('a directive in the wrong place: a line directive alone on its line, a block directive inside a line', () => {
    assert.match(problems(['<!-- gongwen-disable-line placeholder -->', P].join('\n'))[0], /alone on its line silences nothing/);
    assert.match(problems(`${P}<!-- gongwen-disable-next-line placeholder -->\n${P}\n`)[0], /must stand alone on its line and is ignored here/);
  });

  it('nothing to report: right comments, other comments, code, code spans, plain text', () => {
    const text = [
      '<!-- gongwen-disable-next-line placeholder/weak, web-residue -->',
      '正文。<!-- gongwen-disable-line -->',
      '<!-- 说明：gongwen 检查 -->',
      '```',
      '<!-- gongwen-disabled -->',
      '```',
      '写法：`<!-- gongwen-disable-lines x -->`。',
    ].join('\n');
    assert.deepEqual(problems(text), []);
    assert.deepEqual(lint('<!-- gongwen-disabled -->\n', { language: 'plaintext' }).findings.filter((f) => f.rule === 'suppression-comment'), []);
  });
});

describe('a description after the rule names', () => {
  it('` -- ` ends the names (as in ESLint): the description is no rule name', () => {
    const text = ['<!-- gongwen-disable-next-line placeholder -- 这是范文的原样 -->', P, `${P}<!-- gongwen-disable-line placeholder -- 原文如此 -->`].join('\n');
    assert.deepEqual(found(text), []);
    assert.deepEqual(parseDirectives(new Source(text, 'markdown')).map((d) => d.rules), [['placeholder'], ['placeholder']]);
  });
});
