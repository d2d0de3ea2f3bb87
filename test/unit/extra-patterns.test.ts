/**
 * The configuration's own patterns (`placeholderPatterns`, `residuePatterns`, issue 9 §1): a match in prose
 * is an unfilled placeholder; a line whose text matches is web residue. Through the core and through a
 * `.gongwenrc.json` read by the command line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint, LintSession, RULES, applyEdits } from '../../server/src/core';
import { main } from '../../server/src/cli';
import { tempFolder } from '../helpers/temp-folder';

const DRAFT = ['关于做好防汛工作的通知', '', '各村（社区）：', '', '请〈待填甲方〉于本月底前报送材料，联系〈待填甲方〉办公室。', '', '甲乙丙工作群第七期推送', '', '`〈待填甲方〉` 是代码，不算。', ''].join('\n');
const patterns = { placeholder: [/〈待填[^〉]{1,8}〉/gu], residue: [/^甲乙丙工作群.{1,6}推送$/gu] };

describe('configured placeholder and residue patterns', () => {
  it('report each placeholder match in prose as a placeholder, grouped by its text, and not in code', () => {
    const r = lint(DRAFT, { language: 'markdown', extraPatterns: patterns });
    const ph = r.findings.filter((f) => f.rule === 'placeholder');
    assert.deepEqual(ph.map((f) => DRAFT.slice(f.start, f.end)), ['〈待填甲方〉', '〈待填甲方〉']);
    assert.deepEqual(ph.map((f) => f.group), ['〈待填甲方〉', '〈待填甲方〉']);
    // without the pattern nothing of the kind is found
    assert.equal(lint(DRAFT, { language: 'markdown' }).findings.filter((f) => f.rule === 'placeholder').length, 0);
  });

  it('report a line matching a residue pattern as web residue, whose fix deletes the line', () => {
    const r = lint(DRAFT, { language: 'markdown', extraPatterns: patterns });
    const res = r.findings.filter((f) => f.rule === 'web-residue');
    assert.equal(res.length, 1);
    assert.equal(DRAFT.slice(res[0].start, res[0].end), '甲乙丙工作群第七期推送');
    assert.equal(res[0].fix?.kind, 'safe');
    const fixed = applyEdits(DRAFT, res[0].fix!.edits).text;
    assert.ok(!fixed.includes('工作群') && fixed.includes('请〈待填甲方〉'));
    assert.equal(lint(DRAFT, { language: 'markdown' }).findings.filter((f) => f.rule === 'web-residue').length, 0);
  });

  it('a match inside a line only offers the deletion (suggestion): the line may be a sentence of the draft', () => {
    const text = ['关于拨付资金的请示', '', '市财政局：', '', '项目资金来源为市级财政预算，共计100万元。', '', '来源：某网站', ''].join('\n');
    const r = lint(text, { language: 'plaintext', extraPatterns: { placeholder: [], residue: [/来源/gu] } });
    const res = r.findings.filter((f) => f.rule === 'web-residue');
    assert.deepEqual(
      res.map((f) => [text.slice(f.start, f.end), f.fix?.kind]),
      [
        ['项目资金来源为市级财政预算，共计100万元。', 'suggestion'],
        ['来源：某网站', 'safe'],
      ],
    );
  });

  it('a pattern written too widely only offers to delete a heading, an addressee or a salutation', () => {
    const text = ['关于做好防汛工作的通知', '', '各单位：', '', '一、工作要求', '', '（一）加强值班', '', '1.加强值班值守。', '', '第三条 本办法自印发之日起施行。', '', '各位同事要按时报送。', ''].join('\n');
    const wide = [/^\d+\./gu, /^一、/gu, /^（/gu, /^各/gu, /^第/gu];
    const res = lint(text, { language: 'plaintext', extraPatterns: { placeholder: [], residue: wide } }).findings.filter((f) => f.rule === 'web-residue');
    assert.deepEqual(
      res.map((f) => [text.slice(f.start, f.end), f.fix?.kind]),
      [
        ['各单位：', 'suggestion'],
        ['一、工作要求', 'suggestion'],
        ['（一）加强值班', 'suggestion'],
        ['1.加强值班值守。', 'suggestion'],
        ['第三条 本办法自印发之日起施行。', 'suggestion'],
        ['各位同事要按时报送。', 'suggestion'],
      ],
    );
  });

  it('a session follows a change of patterns', () => {
    const session = new LintSession();
    assert.equal(lint(DRAFT, { language: 'markdown' }, RULES, session).findings.filter((f) => f.rule === 'placeholder').length, 0);
    assert.equal(lint(DRAFT, { language: 'markdown', extraPatterns: patterns }, RULES, session).findings.filter((f) => f.rule === 'placeholder').length, 2);
  });

  it('reach the command line from .gongwenrc.json', async () => {
    const tmp = tempFolder('gongwen-patterns-');
    tmp.write('.gongwenrc.json', JSON.stringify({ placeholderPatterns: ['〈待填[^〉]{1,8}〉'], residuePatterns: ['^甲乙丙工作群.{1,6}推送$'] }));
    const file = tmp.write('draft.md', DRAFT);
    let out = '';
    const code = await main(['check', '--format', 'json', file], { stdout: (s) => (out += s), stderr: () => {}, env: {} });
    assert.equal(code, 0, 'warnings only');
    type Diag = { rule: string; range: { start: { line: number } } };
    const diagnostics = (JSON.parse(out) as { files: Array<{ diagnostics: Diag[] }> }).files.flatMap((f) => f.diagnostics);
    // 0-based lines: the placeholders on line 5 of the draft, the residue on line 7
    assert.deepEqual(diagnostics.filter((d) => d.rule === 'placeholder').map((d) => d.range.start.line), [4, 4]);
    assert.deepEqual(diagnostics.filter((d) => d.rule === 'web-residue').map((d) => d.range.start.line), [6]);
  });
});
