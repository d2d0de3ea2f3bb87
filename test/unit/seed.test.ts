/**
 * The seed draft (../shared/seeds/000_cb93799d58f4ec9c.txt): a real 范文 copied from a template
 * site. Every finding of the text rules (placeholder, web-residue, enumeration-sequence) is listed
 * here by line and text; the numbering rules have their own expectations elsewhere.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { findPlaceholders, groupPlaceholders } from '../../server/src/core/placeholders';
import { Source } from '../../server/src/core/source';
import { SEED_FILE } from '../helpers/shared';

const SEED = SEED_FILE;
const MINE = ['placeholder', 'web-residue', 'enumeration-sequence'];

describe('seed draft: text rules', () => {
  const present = fs.existsSync(SEED);
  const text = present ? fs.readFileSync(SEED, 'utf8') : '';
  const result = present ? lint(text, { language: 'plaintext' }) : undefined;
  /** `line text` of the findings of one rule (1-based lines). */
  const of = (rule: string) =>
    result!.findings.filter((f) => f.rule === rule).map((f) => `${result!.source.lineAt(f.start).index + 1} ${text.slice(f.start, f.end)}`);

  it('no rule throws', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    assert.deepEqual(result!.errors, []);
  });

  it('web-residue: the banner, the byline, the article id and the giveaway and share lines', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    assert.deepEqual(of('web-residue'), [
      '1 SUCAI198.COM —— 专注党建行政公文写作范文',
      '5 admin 分享 时间: 加入收藏 共计4943个字,预计阅读时长17分钟。',
      '31 221381',
      '32 领取福利',
      '34 微信扫码领取福利',
      '36 微信扫码分享',
    ]);
    for (const f of result!.findings.filter((x) => x.rule === 'web-residue')) assert.equal(f.severity, 'warning');
  });

  it('placeholder: every XX, X+X and 党的XX大, with its group', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    const found = result!.findings.filter((f) => f.rule === 'placeholder').map((f) => `${result!.source.lineAt(f.start).index + 1} ${f.group}`);
    assert.deepEqual(found, [
      '11 现代化XX',
      '11 XXX区',
      '11 美丽新XX',
      '13 XX同志',
      '13 XX同志',
      '13 XX同志',
      '13 XX镇',
      '19 党的XX大',
      '19 XX书记',
      '19 XX书记',
      '19 XX基层治理',
      '19 书记XX',
      '19 XX高质量发展',
      '19 XX高质量发展',
      '21 XX高质量发展',
      '21 党的XX大',
      '21 党的XX大',
      '21 XX高质量发展',
      '23 XX行动',
      '23 XX',
      '23 XX件',
      '23 XX发展',
      '23 XX经济社会',
      '29 X+X部门',
      '29 XX镇',
      '29 XX发展',
    ]);
    // Every run of X in the seed is inside exactly one placeholder.
    const ms = findPlaceholders(new Source(text, 'plaintext'));
    const runs = [...text.matchAll(/X+/g)].map((m) => m.index!);
    assert.equal(runs.length, 27);
    for (const r of runs) assert.equal(ms.filter((m) => m.start <= r && r < m.end).length, 1, `X run at ${r}`);
    assert.deepEqual(ms.filter((m) => m.text === 'X+X').map((m) => text.slice(m.start, m.end + 2)), ['X+X部门']);
    assert.deepEqual(ms.filter((m) => m.group === '党的XX大').length, 3);
    for (const m of ms) assert.equal(m.weak, false);
    // 某镇 (a single 某) in the title is not reported.
    assert.ok(!ms.some((m) => text.slice(m.start, m.end).includes('某')));
  });

  it('placeholder groups for the fill command', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    const groups = groupPlaceholders(findPlaceholders(new Source(text, 'plaintext'))).map((g) => `${g.group} ×${g.occurrences.length}`);
    assert.deepEqual(groups.slice(0, 6), ['XX高质量发展 ×4', 'XX同志 ×3', '党的XX大 ×3', 'XX镇 ×2', 'XX书记 ×2', 'XX发展 ×2']);
  });

  it('enumeration-sequence: the lone 一是要顶在前 is not a broken chain', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    assert.deepEqual(of('enumeration-sequence'), []);
  });

  it('fixing deletes the residue lines and nothing else of the text rules', (t) => {
    if (!present) assert.fail(`seed not found at ${SEED}`);
    const off = Object.fromEntries(result!.findings.map((f) => f.rule).filter((r) => !MINE.includes(r)).map((r) => [r, 'off' as const]));
    const out = fixAll(text, { language: 'plaintext', severities: off }).text;
    const lines = text.split('\n');
    const kept = lines.filter((_, i) => ![0, 4, 30, 31, 33, 35].includes(i));
    // Blank lines around deleted ones collapse: compare the non-blank lines, and check no double blank.
    assert.deepEqual(out.split('\n').filter((l) => l !== ''), kept.filter((l) => l !== ''));
    assert.ok(!/\n\n\n/.test(out));
    assert.ok(out.startsWith('某镇党委书记'));
    assert.ok(out.endsWith('是要打到身上的。'));
  });
});
