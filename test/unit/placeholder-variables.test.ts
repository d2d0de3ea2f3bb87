/**
 * Letters and dots a correct text uses on purpose (found by a tester, 2026-12-01): a letter the line defines
 * or computes with is a variable, not a slot (`（N为批次数）`, `设完成率为x%`, `2+N`); dots that draw a rating
 * scale (`良好●●●●○`) are no fillers. The same letters and dots without that context stay slots.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source } from '../../server/src/core/source';
import { findPlaceholders } from '../../server/src/core/placeholders';
import { lint } from '../../server/src/core/lint';
import { regexWork } from '../helpers/work';

function found(text: string): string[] {
  return findPlaceholders(new Source(text, 'plaintext')).map((m) => m.text);
}

describe('placeholder: a letter the line uses as a variable', () => {
  const variables: string[] = [
    // Defined in a bracket, after 其中 or 设/令, or given a value.
    '第N批补贴按原标准执行（N为申报批次）。',
    '每增加一次，第N次评审另行安排，其中N表示评审轮次。',
    '设全年完成率为x%，则x%×计划数为实际完成数。',
    '按X取1.5计算，奖励金额增长X倍。',
    '令N=4，共分N个片区推进。',
    // Quoted and defined, or opening a clause that says what it stands for.
    '说明：表中“N”表示抽样户数，“X%”为达标率。',
    '横轴为月份，X%表示完成进度。',
    // In arithmetic with a number, or a scheme named by one (`“2+N”`).
    '推行“2+N”服务模式，即2个中心带动N个站点。',
    '按N+1配备人员，每个小组N人。',
    '第N-1次会议的决议在第N次会议上通报。',
  ];
  for (const text of variables) {
    it(`no slot: ${text}`, () => assert.deepEqual(found(text), []));
  }

  const slots: Array<[string, string[]]> = [
    // The same shapes with nothing that makes the letter a variable.
    ['本次培训共N人参加。', ['N']],
    ['第N批补贴按原标准执行。', ['N']],
    ['完成投资XX万元，同比增长X%。', ['XX', 'X']],
    ['奖励金额增长X倍。', ['X']],
    ['X取得了明显成效。', ['X']],
    ['完成进度X%，抽样N个村。', ['X', 'N']],
    // A template's bracket explaining its own slot asks for a value.
    ['召开第X届职工代表大会（X为届次，请按实际填写）', ['X', 'X']],
    // A slot sum is two slots, not arithmetic; a date with slashes is a date.
    ['建立“X+X”工作机制', ['X+X']],
    // A definition of another letter does not excuse this one; a run of letters is never a variable.
    ['（N为批次数）共X人参加。', ['X']],
    ['设增长率为x%，完成投资XX万元。', ['XX']],
  ];
  for (const [text, want] of slots) {
    it(`slot: ${text}`, () => assert.deepEqual(found(text), want));
  }

  it('the variable is a fact of its own line: the line after a definition still has its slot', () => {
    assert.deepEqual(found('第N批另行通知（N为申报批次）。\n本批共N人参加。'), ['N']);
  });
});

describe('placeholder: rating dots', () => {
  it('a scale drawn with filled and hollow dots is no filler', () => {
    assert.deepEqual(found('考评等次：好●●●●●，较好●●●●○，中●●●○○，差●○○○○。'), []);
    assert.deepEqual(found('| 服务态度 | ●●●○○ | 中 |'), []);
    assert.deepEqual(found('满意度◎◎◎○○'), []);
  });
  it('dots without a scale on their line are still fillers, and a two-dot slot beside a scale too', () => {
    assert.deepEqual(found('好●●●●●'), ['●●●●●']);
    assert.deepEqual(found('○○村委会'), ['○○']);
    assert.deepEqual(found('○○村考评：●●●○○'), ['○○']);
  });
  it('through the rule: a notice with a rating scale has no placeholder finding', () => {
    const text = '关于开展窗口服务评议的通知\n\n各窗口单位：\n\n评议等次：优●●●●●，良●●●●○，中●●●○○。\n\n特此通知。\n\n青山市政务服务中心\n2025年4月1日\n';
    assert.deepEqual(lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'placeholder'), []);
  });
});

describe('placeholder: variables and ratings keep the scan linear', () => {
  // The variables of a line are read once per line, however many one-letter atoms ask: the work counted
  // at 4× the input grows at most ~4× (5× allowed for constant overheads); the timeout is a hang guard.
  const cases: Array<[string, string]> = [
    ['one-letter counts after a definition', '（N为批次）第N次，'],
    ['one-letter counts without one', '第N次，共X人，'],
    ['arithmetic', '1+N个，'],
    ['long 设 clauses', '设增长率为'],
    ['rating dots', '良●●●●○，'],
    ['dot runs too long for a rating', '●○●○●○●○●○●○'],
  ];
  for (const [name, unit] of cases) {
    it(name, { timeout: 60_000 }, () => {
      const run = (n: number) => regexWork(() => findPlaceholders(new Source(unit.repeat(Math.ceil(n / unit.length)), 'plaintext')));
      const small = run(3000);
      const large = run(12000);
      assert.ok(large <= small * 5, `work ${small} → ${large} for 4× the input`);
    });
  }
});

describe('placeholder: a caption framed by dashes', () => {
  it('-----原始邮件----- is a mail header, not a dash slot; a dash run before a name still is one', () => {
    assert.deepEqual(found('-----原始邮件-----'), []);
    assert.deepEqual(found('———— 以下为正文 ————'), []);
    assert.deepEqual(found('------社区居民委员会'), ['------']);
  });
});
