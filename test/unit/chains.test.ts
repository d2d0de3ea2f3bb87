/**
 * In-text enumeration chains: what is an item, how chains run over paragraphs, which defects are
 * reported and how the fix renumbers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainDefect, findChains, MARK_START, Predecessors } from '../../server/src/core/chains';
import { parseMarker } from '../../server/src/core/numbering/markers';
import { SourceMemo } from '../../server/src/core/memo';
import { Source } from '../../server/src/core/source';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { enumerationSequence } from '../../server/src/core/rules/enumeration-sequence';
import type { Language } from '../../server/src/core/types';

/** Chains as written: `一是,二是|第一,第二`. */
function chains(text: string, language: Language = 'plaintext'): string {
  return findChains(new Source(text, language))
    .map((c) => c.items.map((i) => text.slice(i.start, i.end)).join(','))
    .join('|');
}
/** Findings as `written→message`. */
function report(text: string, language: Language = 'plaintext'): string[] {
  return lint(text, { language }, [enumerationSequence]).findings.map((f) => `${text.slice(f.start, f.end)}:${f.message.zh}`);
}
function fixed(text: string, language: Language = 'plaintext'): string {
  return fixAll(text, { language, severities: Object.fromEntries(['numbering-punctuation', 'numbering-level', 'numbering-sequence', 'numbering-skip', 'numbering-mixed', 'placeholder', 'web-residue'].map((k) => [k, 'off'])) }, 8, undefined, { suggestions: true, minSeverity: 'hint' }).text;
}

describe('chain items', () => {
  const cases: Array<[string, string]> = [
    ['一是A；二是B；三是C。', '一是,二是,三是'],
    ['一要A，二要B。', '一要,二要'],
    ['第一，A。第二，B。', '第一,第二'],
    ['第一、A。第二：B。第三是C。', '第一,第二,第三'],
    ['其一，A；其二，B。', '其一,其二'],
    ['十一是A；十二是B。', '十一是,十二是'],
    ['**一是**A。**二是**B。', '一是,二是'],
    // Words, not items.
    ['祖国的统一是愿望，唯一是出路，之一是共识，名列第一是荣誉。', ''],
    ['统一要求', ''],
    ['召开第一次会议，选派第一书记，第一时间，第三方，第一季度，第一产业，第一线，第一批，第一个，第二天，第一位。', ''],
    ['第一、二季度', ''],
    // A list of ordinals (`第一、第二批`), within a paragraph and over paragraphs.
    ['第一、第二批试点单位要在6月底前完成验收。第三、第四批要在年底前完成。', ''],
    ['第一、第二批试点单位要在6月底前完成验收。\n\n第三、第四季度是全年工作的关键期。', ''],
    ['第一、第二届理事会成员名单附后。', ''],
    ['兴国的第一要务', ''],
    ['排名第一，位居前列。', ''],
    ['一是一、二是二。', ''],
    ['一方面A，另一方面B。', ''],
    ['一、总体要求', ''],
    // `第二、一定要` is an item; `第一、二季度` is not.
    ['第一、借外债要控制；第二、一定要用在建设上。', '第一,第二'],
    // `第二、第一…` is not a list of ordinals (the next is not larger): item 第二 whose text opens with 第一.
    ['第一、加强领导。第二、第一责任人要到位。', '第一,第二'],
    // Quotes are not the document's own enumeration.
    ['他说：“一是学，二是用。”我们要做好。', ''],
    ['他说："一是学，二是用。"我们要做好。', ''],
    ['“一是学”，二是用。', '二是'],
  ];
  for (const [text, want] of cases) it(text, () => assert.equal(chains(text), want));

  it('families are separate chains', () => {
    assert.equal(chains('一是A；二是B。第一，C；第二，D。一要E，二要F。'), '一是,二是|第一,第二|一要,二要');
  });
  it('a 一是 glued to a subject or adverb starts a new chain when 二是 follows it', () => {
    assert.equal(chains('在组织方面，一是A，二是B。在作风方面，我们一是C，二是D。'), '一是,二是|一是,二是');
    assert.equal(chains('一是A，二是B，三是C。此外，还要一是D，二是E。'), '一是,二是,三是|一是,二是');
    assert.equal(chains('一要A，二要B。县级层面一要C，二要D。'), '一要,二要|一要,二要');
    // Left out when what follows is not 二是, or when 一 ends a word (统一 唯一 之一 周一 这一).
    assert.equal(chains('一是A，二是B，三是思想统一是关键，四是C。'), '一是,二是,三是,四是');
    assert.equal(chains('一是A，二是B。我们一是C。三是D。'), '一是,二是,三是');
    // A later item in the glued 一是's own sentence goes with it: a second chain with a gap.
    assert.equal(chains('一是A，二是B。我们一是C，三是D。'), '一是,二是|一是,三是');
    assert.equal(chains('一是A，二是B。我们一是C；四是D；五是E。'), '一是,二是|一是,四是,五是');
    assert.equal(chains('按照统一要求，二要A，三要B。'), '二要,三要');
    assert.equal(chains('这一是关键，二是A，三是B。'), '二是,三是');
  });
  it('a restart at 一 starts a new chain; 一…一 in one paragraph stays together', () => {
    assert.equal(chains('一是A；二是B。一是C；二是D。'), '一是,二是|一是,二是');
    assert.equal(chains('一是A；一是B。'), '一是,一是');
  });
});

describe('the first pass of a line', () => {
  it('MARK_START holds every first character of a structure marker with a level', () => {
    // findChains asks parseMarker only where MARK_START allows one: any other first character must give none.
    const starts = new Set(MARK_START);
    const tails = ['一、甲', '一）甲', '1.甲', '1）甲', '、甲', '）甲', '.甲', '，甲', '甲'];
    const missed: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (starts.has(ch)) continue;
      for (const tail of tails) {
        const m = parseMarker(ch + tail, 0, ch.length + tail.length);
        if (m && m.level > 0) missed.push(`U+${c.toString(16)}`);
      }
    }
    assert.deepEqual(missed, []);
  });
  it('run-in items after spaces and astral characters, openers, quotations', () => {
    assert.equal(chains('主要有两点：　 一、甲；二、乙。'), '一、,二、');
    assert.equal(chains('主要有：𠀀（1）甲；😀（2）乙。'), '（1）,（2）');
    assert.equal(chains('（1）甲；（2）乙；③丙。'), '（1）,（2）');
    assert.equal(chains('①甲；②乙。'), '①,②');
    assert.equal(chains('他说：“一是甲；二是乙。”会议要求，一是丙；二是丁。'), '一是,二是');
    assert.equal(chains('一、二、三类地区：一是甲，二是乙。'), '一是,二是');
  });
});

describe('chains over paragraphs', () => {
  it('paragraphs that open with the items form one chain', () => {
    assert.equal(chains('一是要顶在前。\n\n二是要冲在前。\n\n三是要干在前。'), '一是,二是,三是');
  });
  it('a paragraph between them does not break the chain', () => {
    assert.equal(chains('一是A。\n\n说明。\n\n二是B。'), '一是,二是');
  });
  it('the next number inside a later paragraph continues (split paragraphs)', () => {
    assert.equal(chains('一是A。二是B。\n\n承上文。三是C。'), '一是,二是,三是');
  });
  it('a heading or structure marker ends a chain', () => {
    assert.equal(chains('一是A。\n\n二、任务\n\n二是B。'), '一是|二是');
    assert.equal(chains('# 一\n\n一是A。\n\n# 二\n\n二是B。', 'markdown'), '一是|二是');
    assert.equal(chains('（一）组织。一是A；二是B。\n（二）保障。一是C；二是D。'), '一是,二是|一是,二是');
  });
  it('a paragraph opening with a lower number starts afresh', () => {
    assert.equal(chains('一是A；二是B；三是C。\n\n二是D；三是E。'), '一是,二是,三是|二是,三是');
  });
  it('Markdown: list items open their paragraph', () => {
    assert.equal(chains('- 一是A。\n\n- 二是B。\n\n- 四是C。', 'markdown'), '一是,二是,四是');
  });
  it('Markdown: code, tables and quotes are not read', () => {
    const md = ['一是A。', '', '```', '二是X。', '```', '', '> 三是Y。', '', '| 四是Z |', '|---|', '', '二是B。'].join('\n');
    assert.equal(chains(md, 'markdown'), '一是,二是');
  });
});

describe('enumeration-sequence findings and fixes', () => {
  it('gap', () => {
    assert.deepEqual(report('一是A；二是B；四是C。'), ['四是:列举序号“四是”不连续（上一项为“二是”），此处应为“三是”']);
    assert.equal(fixed('一是A；二是B；四是C；五是D。'), '一是A；二是B；三是C；四是D。');
  });
  it('duplicate', () => {
    assert.deepEqual(report('第一，A。第二，B。第二，C。'), ['第二:列举序号“第二”重复，此处应为“第三”']);
    assert.equal(fixed('一要A，二要B，二要C，三要D。'), '一要A，二要B，三要C，四要D。');
  });
  it('a second chain whose 一是 follows a word is not a repeat; true repeats stay', () => {
    assert.deepEqual(report('在组织建设方面，一是健全组织，二是加强教育。在作风建设方面，我们一是开展整治，二是强化监督。'), []);
    assert.deepEqual(report('一要A，二要B。对乡镇而言，一要C，二要D，二要E。'), ['二要:列举序号“二要”重复，此处应为“三要”']);
    assert.deepEqual(report('我们一是A，二是B，四是C。'), ['四是:列举序号“四是”不连续（上一项为“二是”），此处应为“三是”']);
    assert.deepEqual(report('一是A，二是B。我们一是C，二是D，二是E。'), ['二是:列举序号“二是”重复，此处应为“三是”']);
    // The gap in a second chain whose 一是 follows a word is reported (a suggestion), not read as 三是 after 二是B.
    for (const text of ['一是A，二是B。我们一是C，三是D。', '我们一是C，三是D。']) {
      assert.deepEqual(report(text), ['三是:列举序号“三是”不连续（上一项为“一是”），此处应为“二是”'], text);
      const f = lint(text, { language: 'plaintext' }, [enumerationSequence]).findings[0];
      assert.equal(f.fix?.kind, 'suggestion');
      assert.equal(fixAll(text, { language: 'plaintext' }, 8, [enumerationSequence]).text, text, 'a bulk fix leaves it');
      assert.equal(fixed(text), text.replace('三是', '二是'));
    }
    assert.equal(fixed('一是A，二是B。还要一是C，二是D。'), '一是A，二是B。还要一是C，二是D。');
  });
  it('predecessors: one finder for many chains answers as a fresh one per chain (window reads, then the list of all)', () => {
    // Forty chains starting at 二 or 三, some with their predecessor written before them at various distances.
    let seed = 99;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const parts: string[] = [];
    const leads = ['一是', '第一，', '其一，', '首先，', '一方面，', '一要', '统一是', '第一次', '一'];
    for (let k = 0; k < 40; k++) {
      parts.push(`${leads[rand(leads.length)]}正文${'长'.repeat(rand(3) === 0 ? 4100 : rand(40))}。`);
      parts.push(rand(2) ? '二是甲；三是乙。' : '第三，甲。第四，乙。');
    }
    const text = parts.join('\n\n');
    const found = findChains(new Source(text, 'plaintext'));
    assert.ok(found.length >= 40);
    const shared = new Predecessors(text);
    const got = found.map((c) => chainDefect(c, shared)?.kind ?? '-');
    const fresh = found.map((c) => chainDefect(c, text)?.kind ?? '-');
    assert.deepEqual(got, fresh);
    assert.ok(got.includes('start') && got.includes('-'));
  });
  it('not starting at one: reported without a fix', () => {
    const r = lint('二是A；三是B。', { language: 'plaintext' }, [enumerationSequence]).findings;
    assert.deepEqual(r.map((f) => [f.message.zh, f.fix]), [['列举从“二是”开始，缺少“一是”', undefined]]);
  });
  it('not starting at one is fine when its predecessor is written another way', () => {
    assert.deepEqual(report('经验是：第一步，建立联系；第二，选拔骨干；第三，加强教育。'), []);
    assert.deepEqual(report('首先，统一思想。\n\n第二，明确任务。\n\n第三，压实责任。'), []);
  });
  it('the predecessor counts only when written whole within the 4,000 units before the chain', () => {
    // `其一` at [0, 2); the chain `第二…第三` starts at n + 6.
    const text = (n: number) => `其一，${'甲'.repeat(n)}。\n\n第二，A。第三，B。`;
    assert.deepEqual(report(text(3993)), []); // starts at 3999: window [0, 3999)
    assert.deepEqual(report(text(3994)), []); // starts at 4000: window [0, 4000)
    assert.deepEqual(report(text(3995)), ['第二:列举从“第二”开始，缺少“第一”']); // window [1, 4001) cuts `其一`
  });
  it('each chain of a text looks for its own predecessor before it', () => {
    // The second `二是` chain has `首先` before it, `三要` has `二是`; nothing before `第七` reads as its sixth item.
    assert.deepEqual(report('二是A；三是B。\n\n首先，C。\n\n二是D；三是E。\n\n三要F；四要G。\n\n第七，H；第八，I。'), [
      '二是:列举从“二是”开始，缺少“一是”',
      '第七:列举从“第七”开始，缺少“第一”',
    ]);
  });
  it('no false alarms on lone items and older usage', () => {
    assert.deepEqual(report('一是A。'), []);
    assert.deepEqual(report('第一，要提高认识。'), []);
    assert.deepEqual(report('两件大事：一是发展经济，一是加强法治。'), []);
  });
  it('the fix rewrites only numerals', () => {
    const text = '第一，A。第二，B。第四，C。';
    const [f] = lint(text, { language: 'plaintext' }, [enumerationSequence]).findings;
    assert.deepEqual(f.fix?.edits, [{ start: text.indexOf('四'), end: text.indexOf('四') + 1, newText: '三' }]);
  });
  it('renumbers past ten', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12].map((n) => `${'一二三四五六七八九十'[n - 1] ?? '十' + '一二'[n - 11]}是X`);
    assert.equal(fixed(items.join('；') + '。'), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `${n <= 10 ? '一二三四五六七八九十'[n - 1] : '十一'}是X`).join('；') + '。');
  });
});

describe('text rules: fixes converge on random documents', () => {
  // A small deterministic generator (no Math.random: failures must reproduce).
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pieces = [
    '',
    '',
    '正文段落，内容充实。',
    '一是加强领导；二是完善制度；四是强化督查。',
    '一是A；二是B；二是C。',
    '二是要冲在前。',
    '四是要干在前。',
    '第一，提高认识。第三，狠抓落实。',
    '221381',
    '领取福利',
    '微信扫码分享',
    'SUCAI198.COM —— 专注党建行政公文写作范文',
    '上一篇：乡镇工作总结',
    '（一）加强组织领导',
    'XX镇党委书记XX同志主持会议。',
  ];
  for (let round = 0; round < 200; round++) {
    const lines: string[] = [];
    const n = 1 + rand(12);
    for (let i = 0; i < n; i++) lines.push(pieces[rand(pieces.length)]);
    const eol = rand(3) === 0 ? '\r\n' : '\n';
    const text = lines.join(eol) + (rand(2) ? eol : '');
    it(`round ${round}`, () => {
      const opts = { language: 'plaintext' as const, severities: Object.fromEntries(['numbering-punctuation', 'numbering-level', 'numbering-sequence', 'numbering-skip', 'numbering-mixed'].map((k) => [k, 'off' as const])) };
      const out = fixAll(text, opts, 8, undefined, { suggestions: true, minSeverity: 'hint' }).text;
      const left = lint(out, opts).findings.filter((f) => f.fix);
      assert.deepEqual(left.map((f) => `${f.rule} ${out.slice(f.start, f.end)}`), [], JSON.stringify(text));
      // Deleting residue never creates a run of blank lines that was not there.
      const blanks = (s: string) => Math.max(0, ...(s.replace(/\r\n/g, '\n').match(/\n{2,}/g) ?? []).map((m) => m.length));
      assert.ok(blanks(out) <= Math.max(2, blanks(text)), `${JSON.stringify(text)} → ${JSON.stringify(out)}`);
      if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(out), 'CRLF kept');
    });
  }
});

describe('chains across versions of one document (session memo)', () => {
  /** findChains of `text` through `memo` must equal a one-off findChains: items as `start-end:value`. */
  function check(memo: SourceMemo, text: string, language: Language = 'plaintext'): string {
    const s = new Source(text, language);
    s.memo = memo;
    memo.rotate();
    const shape = (cs: ReturnType<typeof findChains>) => JSON.stringify(cs.map((c) => c.items.map((i) => `${i.start}-${i.end}:${i.value}:${i.paragraph}:${i.opening}`)));
    const got = shape(findChains(s));
    assert.equal(got, shape(findChains(new Source(text, language))));
    return got;
  }
  it('edits, CRLF and lone CR breaks, a language switch, a large paste and its removal', () => {
    const memo = new SourceMemo();
    const steps: Array<[string, Language]> = [
      ['一是统筹推进；二是压实责任。\n\n第一，抓好落实。第二，加强督导。', 'plaintext'],
      ['一是统筹推进；二是压实责任；四是强化考核。\n\n第一，抓好落实。第二，加强督导。', 'plaintext'],
      ['一是统筹推进；二是压实责任；四是强化考核。\r\n\r\n第一，抓好落实。\r第二，加强督导。', 'plaintext'],
      ['- 一是统筹推进；二是压实责任。\n\n**第一**，抓好落实。第二，加强督导。', 'markdown'],
      ['- 一是统筹推进；二是压实责任。\n\n**第一**，抓好落实。第二，加强督导。', 'plaintext'],
      [`一是统筹推进；\n${'（1）甲；（2）乙。\n二是压实责任。\n'.repeat(1500)}三是强化考核。`, 'plaintext'],
      [`一是统筹推进；\n${'（1）甲；（2）乙。\n二是压实责任。\n'.repeat(1499)}“三是强化考核。`, 'plaintext'],
      ['一是统筹推进；三是强化考核。', 'plaintext'],
      ['', 'plaintext'],
      ['其一，补短板；其二，强弱项。', 'plaintext'],
      // A change in the last units of a line, and of the first units of one.
      ['一是统筹推进；二是\n三是压实责任；四是\n五是强化考核。', 'plaintext'],
      ['一是统筹推进；二要\n三是压实责任；四是\n五是强化考核。', 'plaintext'],
      ['一是统筹推进；二要\n三是压实责任；四是\n六是强化考核。', 'plaintext'],
    ];
    const seen = steps.map(([text, language]) => check(memo, text, language));
    // The steps differ in what they find (the check is not vacuous).
    assert.ok(new Set(seen).size >= 10);
  });
});
