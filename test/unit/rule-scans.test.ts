/**
 * Edge cases of the rules whose scans run in two passes (a tight scan for candidate offsets, then the
 * rule's own test at those offsets): wording, duplicate-word, punctuation-quotes, punctuation-pairs and
 * numbering-mixed's ordinal words. Each case is one where the two-pass form could differ from a plain
 * left-to-right reading: a match overlapping the next candidate, a run at the very end of the text, a
 * paragraph whose only mark is at its last character, nested marks of different kinds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { RULES } from '../../server/src/core/rules/index';

const rule = (id: string) => {
  const r = RULES.find((x) => x.meta.id === id);
  assert.ok(r, id);
  return r;
};
/** [matched text, fix text or undefined] of one rule's findings on a plain-text document. */
const run = (id: string, text: string) =>
  lint(text, { language: 'plaintext', severities: { [id]: 'warning', [`${id}/words`]: 'warning' } }, [rule(id)]).findings.map((f) => [
    text.slice(f.start, f.end),
    f.fix?.edits.map((e) => e.newText).join('|'),
  ]);

describe('wording: candidates after a match', () => {
  it('a candidate inside a match is not tried again; the next one after it is', () => {
    // 再接再励 matched at 0; 其它 right after it still counts.
    assert.deepEqual(run('wording', '再接再励其它工作照常。'), [
      ['再接再励', '再接再厉'],
      ['其它', '其他'],
    ]);
  });
  it('an entry at the very end of the text, and a lone first character there, are read safely', () => {
    assert.deepEqual(run('wording', '今后要再接再励'), [['再接再励', '再接再厉']]);
    assert.deepEqual(run('wording', '其中包括其'), []);
  });
});

describe('duplicate-word: runs near the end and overlapping runs', () => {
  it('a doubled word ending exactly at the end of the text', () => {
    assert.deepEqual(run('duplicate-word', '我们要加强加强'), [['加强加强', '']]);
  });
  it('after a doubled word the scan goes on past it, not inside it', () => {
    assert.deepEqual(run('duplicate-word', '进一步进一步加强加强管理'), [
      ['进一步进一步', ''],
      ['加强加强', ''],
    ]);
  });
  it('reduplication and short texts stay quiet', () => {
    assert.deepEqual(run('duplicate-word', '研究研究'), []);
    assert.deepEqual(run('duplicate-word', '看看'), []);
    assert.deepEqual(run('duplicate-word', '好'), []);
  });
});

describe('duplicate-word: 的的 after a word that ends in 的', () => {
  const kinds = (text: string) => lint(text, { language: 'plaintext' }, [rule('duplicate-word')]).findings.map((f) => [text.slice(f.start, f.end), f.fix?.kind]);
  it('an idiom ending in 的 (一语中的, 众矢之的) and the particle after it: nothing to delete', () => {
    assert.deepEqual(kinds('他的发言可谓一语中的的精辟论述。'), []);
    assert.deepEqual(kinds('不要成为众矢之的的那种心理。'), []);
  });
  it('美的的: the company 美的 or a slip after 美: only offered', () => {
    assert.deepEqual(kinds('美的的“灯塔工厂”建设走在前列。'), [['的的', 'suggestion']]);
  });
  it('a doubled particle after other words is still deleted (群众的的困难, 工作中的的问题)', () => {
    assert.deepEqual(kinds('解决群众的的困难。'), [['的的', 'safe']]);
    assert.deepEqual(kinds('工作中的的问题。'), [['的的', 'safe']]);
  });
});

describe('punctuation-quotes: paragraphs found by their marks', () => {
  it('a straight pair in the second paragraph only; a paragraph without marks in between', () => {
    assert.deepEqual(run('punctuation-quotes', '第一段没有引号。\n\n第二段也没有。\n\n要做到"两个维护"。'), [['"两个维护"', '“|”']]);
  });
  it('a paragraph whose quotes are all closing ones, the last at its very end', () => {
    assert.deepEqual(
      run('punctuation-quotes', '会议记下”一致同意”'),
      [['”一致同意”', '“']],
    );
  });
});

describe('punctuation-pairs: marks of several kinds', () => {
  it('a closer that closes an outer mark leaves the inner one open, and its own closer lone', () => {
    const found = run('punctuation-pairs', '转发《关于（试行》的通知）。');
    assert.deepEqual(
      found.map(([t]) => t),
      ['（', '）'],
    );
  });
  it('an apostrophe is not a closing quote; balanced marks are quiet', () => {
    assert.deepEqual(run('punctuation-pairs', 'don’t 说“好”，《通知》（试行）【附件】〔2024〕'), []);
  });
  it('an unclosed “ continued by the next paragraph that opens with “', () => {
    assert.deepEqual(run('punctuation-pairs', '他说：“第一段。\n\n“第二段。”'), []);
    assert.deepEqual(
      run('punctuation-pairs', '他说：“第一段。\n\n第二段。').map(([t]) => t),
      ['“'],
    );
  });
  it('the same inside one Markdown blockquote, its paragraphs separated by a `>` line (GB/T 15834 §4.7)', () => {
    const md = (text: string) => lint(text, { language: 'markdown', severities: { 'punctuation-pairs': 'warning' } }, [rule('punctuation-pairs')]).findings.map((f) => text.slice(f.start, f.end));
    assert.deepEqual(md('他说：\n\n> “第一段。\n>\n> “第二段。\n>\n> “第三段。”\n'), []);
    assert.deepEqual(md('他说：\n\n> “第一段。\n>\n> 第二段。\n'), ['“']);
  });
});

describe('numbering-mixed: ordinal words across paragraphs', () => {
  it('a mixed set in one paragraph is reported; one far away is a new series', () => {
    assert.deepEqual(
      run('numbering-mixed', '首先，统一思想。其次，明确任务。第三，狠抓落实。').map(([t]) => t),
      ['第三'],
    );
    const far = ['首先，统一思想。', '其次，明确任务。', 'a', 'b', 'c', 'd', 'e', '第三，狠抓落实。'].join('\n\n');
    assert.deepEqual(run('numbering-mixed', far), []);
  });
  it('a structure ordinal between two words ends the series', () => {
    assert.deepEqual(run('numbering-mixed', '首先，统一思想。\n（二）工作要求\n第三，狠抓落实。'), []);
  });
});
