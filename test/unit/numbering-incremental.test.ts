/**
 * The section tree and the numbering rules in a session (`LintSession`, `Source.memo`): each line's parse
 * and each line's run-in ordinals are kept per line text, offsets relative. These cases change what
 * surrounds an unchanged line (a break before it, the title, a fence, a skipped residue line, the
 * language) and require the tree and the findings of a fresh build after every version.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint, LintSession, RULES, type LintOptions } from '../../server/src/core';
import { SourceMemo } from '../../server/src/core/memo';
import { Source } from '../../server/src/core/source';
import { residueLines } from '../../server/src/core/residue';
import { buildSections } from '../../server/src/core/numbering/tree';
import { dumpSectionTree } from '../helpers/section-tree';
import type { Language, SectionTree } from '../../server/src/core/types';

function fresh(text: string, language: Language): string {
  const source = new Source(text, language);
  return dumpSectionTree(buildSections(source, { skipLines: residueLines(source) }));
}

/** Build each version's tree through one memo (rotated per version, as a session does) and without. */
function replayTree(versions: readonly string[], language: Language): void {
  replayMixed(versions.map((text) => [text, language]));
}

function replayMixed(versions: ReadonlyArray<readonly [string, Language]>): void {
  const memo = new SourceMemo();
  versions.forEach(([text, language], i) => {
    memo.rotate();
    const source = new Source(text, language);
    source.memo = memo;
    const kept = dumpSectionTree(buildSections(source, { skipLines: residueLines(source) }));
    assert.equal(kept, fresh(text, language), `${language} version ${i}: ${JSON.stringify(text).slice(0, 100)}`);
  });
}

const plain = (r: ReturnType<typeof lint>) => r.findings.map((f) => JSON.stringify(f));

/** Lint each version with one session and without: the same findings. */
function replayLint(versions: readonly string[], options: LintOptions): void {
  const session = new LintSession();
  versions.forEach((text, i) => {
    assert.deepEqual(plain(lint(text, options, RULES, session)), plain(lint(text, options)), `version ${i}: ${JSON.stringify(text).slice(0, 100)}`);
  });
}

function both(versions: readonly string[]): void {
  for (const language of ['plaintext', 'markdown'] as const) {
    replayTree(versions, language);
    replayLint(versions, { language });
  }
}

test('a plain heading stays a scope line only after a break, whatever an earlier version made of the same line', () => {
  const body = '工作安排\n1.做好准备。\n2.抓好落实。\n';
  both([
    `关于工作的通知\n\n各单位：\n\n${body}`,
    // the line before it no longer ends a clause: `工作安排` runs on from it
    `关于工作的通知\n\n各单位要认真落实\n${body}`,
    `关于工作的通知\n\n各单位要认真落实。\n${body}`,
    `关于工作的通知\n\n各单位要认真落实\n\n${body}`,
  ]);
});

test('the same line is the title, a heading or an ordinal as its neighbours change', () => {
  both([
    '工作方案\n\n一、总体要求\n（一）目标\n',
    // the first line alone: no title
    '工作方案\n',
    '工作方案\n\n一、总体要求\n',
    // the title line moves down: the old first line is now text under it
    '关于印发的通知\n工作方案\n\n一、总体要求\n（一）目标\n',
    '一、总体要求\n工作方案\n\n一、总体要求\n',
  ]);
});

test('an attachment line with its first item, a bare ordinal and a misleveled run, edited around', () => {
  const v1 = '通知\n\n附件：1.名单\n2.要求\n\n一、总体要求\n一、目标明确\n二、任务清楚\n二、主要任务\n1加强学习\n2.抓好落实\n';
  both([
    v1,
    v1.replace('2.要求', '2.要求。'),
    v1.replace('2.抓好落实', '3.抓好落实'),
    v1.replace('二、主要任务', '三、主要任务'),
    v1.replace('附件：1.名单', '附件：名单'),
    v1,
  ]);
});

test('Markdown: a line inside a fence, a heading and a list keep no memo of their context', () => {
  const list = '1. 甲\n2. 乙\n';
  both([
    `# 方案\n\n${list}\n## 一、总体要求\n\n${list}`,
    `# 方案\n\n\`\`\`\n${list}\`\`\`\n\n## 一、总体要求\n\n${list}`,
    `# 方案\n\n  ${list}\n一、总体要求\n\n    ${list}`,
    `# 方案\n\n${list}\n## 一、总体要求\n\n${list}`,
  ]);
});

test('a web-residue line among the ordinals is skipped, then read again when it changes', () => {
  const v = (mid: string) => `通知\n\n一、总体要求\n${mid}\n二、主要任务\n三、保障措施\n`;
  both([v('本文来源：某某网站'), v('（一）工作目标'), v('分享到：微信 微博'), v('（一）工作目标')]);
});

test('numbering-sequence: a run-in ordinal on an unchanged middle line still leaves the run alone', () => {
  const v = (a: string, b: string) => `通知\n\n1.会议名称${a}\n会议讨论了有关事项。\n会议认为${b}\n4.议定事项。\n`;
  both([v('。', '。'), v('。2.导言。', '。'), v('。', '。'), v('。', '。3.讨论。'), v('。2.导言。', '。3.讨论。'), v('。', '。')]);
});

test('one memo shared by plain text and Markdown versions: a nested list is nested only in Markdown', () => {
  const text = '# 方案\n\n1. 甲\n    1. 甲一\n    2. 甲二\n2. 乙\n';
  replayMixed([
    [text, 'plaintext'],
    [text, 'markdown'],
    [text, 'plaintext'],
  ]);
});

test('one session over plain text and Markdown versions of the same document', () => {
  const session = new LintSession();
  const text = '# 方案\n\n一、总体要求\n1. 甲\n2. 乙\n二、主要任务\n**三、保障措施**\n';
  for (const language of ['markdown', 'plaintext', 'markdown'] as const) {
    assert.deepEqual(plain(lint(text, { language }, RULES, session)), plain(lint(text, { language })), language);
  }
});

test('random edits of a structured draft: the tree through a memo equals a fresh tree after every edit', () => {
  const base = [
    '关于做好年度工作的通知',
    '',
    '各单位：',
    '',
    '现就有关事项通知如下：',
    '一、总体要求',
    '（一）指导思想。坚持稳中求进。',
    '（二）工作目标',
    '1.完成任务；',
    '2.提高质量。3.控制成本。',
    '二、主要任务',
    '一、加强学习',
    '二、改进作风',
    '三、保障措施',
    '存在的问题',
    '1加强领导',
    '2.压实责任',
    '**工作要求**',
    'A.按时报送',
    'B.如实填写',
    '第一条 总则',
    '（一）适用范围',
    '附件：1.名单',
    '2.日程',
  ].join('\n');
  const inserts = ['的', '\n', '一、', '（二）', '3.', '\n\n', '：', '。', '**', '附件', '第三条 ', '# ', 'A.', '  ', '\n1.', '\n四、新增\n', '（1）', '②'];
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (const language of ['plaintext', 'markdown'] as const) {
    const versions: string[] = [];
    let text = base;
    for (let i = 0; i < 60; i++) {
      versions.push(text);
      const at = rnd(text.length + 1);
      if (rnd(4) === 0) text = text.slice(0, at) + text.slice(at + 1 + rnd(20));
      else text = text.slice(0, at) + inserts[rnd(inserts.length)] + text.slice(at);
    }
    replayTree(versions, language);
    replayLint(versions.filter((_, i) => i % 3 === 0), { language });
  }
});

test('numbering-mixed words: ordinal words kept per line across versions, lines split, joined, moved and undone', () => {
  const v1 = '通知\n\n首先，要提高认识。\n其次，要落实责任。\n第三，要加强督查。\n\n一、总体要求\n第一，明确目标。首先是定任务。其次是抓进度。\n';
  both([
    v1,
    // a word in the middle of a line changes: only that line is scanned again
    v1.replace('第三，要加强督查。', '再次，要加强督查。'),
    // a line split after a word, and joined again
    v1.replace('首先，要提高认识。\n', '首先，\n要提高认识。\n'),
    v1.replace('首先，要提高认识。\n其次，要落实责任。\n', '首先，要提高认识。其次，要落实责任。\n'),
    // a line whose scope changes (a fence in Markdown) with its text unchanged
    v1.replace('第三，要加强督查。\n', '```\n第三，要加强督查。\n```\n'),
    // the words move to another line index (a line inserted above them)
    '前言。\n' + v1,
    v1.replace(/\n/g, '\r\n'),
    v1,
  ]);
});

test('a sentence end added to or removed from the item before a run (ASCII ! and ? too) is read again, and so is the line between them', () => {
  const head = '关于做好冬春农田水利建设的通知\n\n各乡镇：\n\n一、统一思想认识\n\n二、突出建设重点\n\n';
  const tail = '\n\n一、落实配套资金。\n\n二、保障施工用地。\n\n特此通知。\n';
  const intro = '县水利局就资金和用地提出两点意见。';
  both([
    `${head}三、强化要素保障\n\n${intro}${tail}`,
    `${head}三、强化要素保障!\n\n${intro}${tail}`,
    `${head}三、强化要素保障\n\n${intro}${tail}`,
    `${head}三、强化要素保障?\n\n${intro}${tail}`,
    `${head}三、强化要素保障。\n\n${intro}${tail}`,
    `${head}三、强化要素保障。\n\n1.${intro}${tail}`,
    `${head}三、强化要素保障。\n\n${intro}${tail}`,
  ]);
  // The readings differ: after the heading the run is its sub-items, after the sentence a list of its own.
  const findings = (t: string) => lint(t, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-level').length;
  assert.equal(findings(`${head}三、强化要素保障\n\n${intro}${tail}`), 1);
  assert.equal(findings(`${head}三、强化要素保障!\n\n${intro}${tail}`), 0);
});

test('a paragraph without blank lines that makes a restart at one a second list is read again when its end or the line before changes', () => {
  const head = '某县防汛通知\n各单位：\n一、工作要求\n1.加强组织领导，明确责任分工。\n2.强化值班值守';
  const tail = '\n1.储备沙袋等防汛物资。\n2.检修抽排设备。\n二、其他事项\n请按时报送材料。\n';
  const versions = [
    `${head}。\n同时，各单位要做好以下物资准备工作。${tail}`,
    `${head}。\n同时，各单位要做好以下物资准备工作${tail}`,
    `${head}。\n同时，各单位要做好以下物资准备工作：${tail}`,
    `${head}，\n同时，各单位要做好以下物资准备工作：${tail}`,
    `${head}。\n同时，各单位要做好以下物资准备工作。${tail}`,
  ];
  both(versions);
  const sequence = (t: string) => lint(t, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numbering-sequence').length;
  assert.deepEqual(versions.slice(0, 3).map(sequence), [0, 1, 0]);
});

test('an ordinal after a line that ends in 第 completes a citation broken by a hard wrap, in every version', () => {
  const head = '关于规范执法的通知\n\n各单位：\n\n一、严格程序\n\n';
  const tail = '\n二、规范裁量\n\n（一）自查。\n\n（二）抽查。\n';
  both([
    `${head}根据《条例》第二十条第\n（二）项的规定，现通知如下。\n${tail}`,
    // the 第 typed away: the ordinal opens a section again
    `${head}根据《条例》第二十条\n（二）项的规定，现通知如下。\n${tail}`,
    // and typed back
    `${head}根据《条例》第二十条第\n（二）项的规定，现通知如下。\n${tail}`,
    // a space after 第 changes nothing
    `${head}根据《条例》第二十条第　\n（二）项的规定，现通知如下。\n${tail}`,
    // the ordinal itself edited
    `${head}根据《条例》第二十条第　\n（三）项的规定，现通知如下。\n${tail}`,
  ]);
});
