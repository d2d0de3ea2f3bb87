/**
 * web-residue misses of the closing note of 2026-12-02: a cut page's bare `未完待续` at the end of the text (offered: it
 * rests on its place), a sharing page card's bare `链接地址：https://…` under the card's furniture (sure beside it), and a
 * page's own address under labels only a page gives itself (`本页地址：`, `永久链接：`). Beside them, the lines a real
 * document holds: a serialized article's `（未完待续）` in a 简报, `未完待续` above the document's own text, a 公告's
 * `详见链接：https://www.gov.cn/…`, `网址：…`, and `链接地址：…` under its own sentence or on a public body's site.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

const opts = { language: 'plaintext' as const };
/** Each finding as `1-based line: fix kind`. */
const found = (text: string) => {
  const r = lint(text, opts, [webResidue]);
  return r.findings.map((f) => `${r.source.lineAt(f.start).index + 1}:${f.fix?.kind}`);
};
const fixed = (text: string, suggestions = false) => fixAll(text, opts, 8, [webResidue], { suggestions }).text;

const SPEECH = ['在全县经济工作会议上的讲话', '', '同志们：', '', '　　今天我们召开会议，主要任务是总结工作、部署任务。', ''];

describe('web-residue: a bare 未完待续 where the page was cut', () => {
  for (const mark of ['未完待续', '（未完待续）', '——未完待续——', '(未完待续)', '未完，待续', '【待续】']) {
    it(`at the end of the text, offered: ${mark}`, () => {
      const text = [...SPEECH, mark, ''].join('\n');
      assert.deepEqual(found(text), ['7:suggestion']);
      assert.equal(fixed(text), text, 'plain --fix leaves it');
      assert.equal(fixed(text, true), [...SPEECH, ''].join('\n').replace(/\n\n$/, '\n'));
    });
  }
  it('with furniture after it (a related list, a copyright line), offered', () => {
    const text = [...SPEECH, '（未完待续）', '', '相关文章：', '1.在全县经济工作会议上的讲话', '版权所有 © 某某范文网', ''].join('\n');
    assert.ok(found(text).includes('7:suggestion'), found(text).join(' '));
  });
  it('above the document’s own text (a part, then the text goes on): left alone', () => {
    const text = [...SPEECH, '（未完待续）', '', '　　下面，我再讲三点意见。', ''].join('\n');
    assert.deepEqual(found(text), []);
  });
  it('in a 简报 that runs an article in parts: left alone', () => {
    const text = ['工作简报', '第5期', '县委办公室编　　　　2026年3月1日', '', '　　我县扎实推进乡村振兴工作，取得了阶段性成效。', '（未完待续）', '', '报：市委办公室', '送：县委各位领导', ''].join('\n');
    assert.deepEqual(found(text), []);
  });
  it('inside a sentence or as part of the text: left alone', () => {
    for (const line of ['　　改革永远在路上，未完待续。', '　　故事未完待续，我们继续努力！']) {
      assert.deepEqual(found([...SPEECH, line, ''].join('\n')), [], line);
    }
  });
});

describe('web-residue: a link line of the page', () => {
  it('a sharing page card’s bare 链接地址 under the card: sure', () => {
    const text = [...SPEECH, '关于本文', '本文标题：2026年防汛工作方案.doc', '链接地址：https://www.doc88-demo.com/p-0000000001.html', ''].join('\n');
    assert.deepEqual(found(text).slice(-2), ['8:safe', '9:safe']);
  });
  it('本文链接 and 原文链接 are still sure, and a bare 链接地址 under them too', () => {
    const text = [...SPEECH, '原文链接：https://www.gongwenpai-demo.com/a/123.html', '链接地址：http://www.xx.com/p/5.html', ''].join('\n');
    assert.deepEqual(found(text), ['7:safe', '8:safe']);
  });
  it('本页地址 and 永久链接: a page’s own address, sure', () => {
    assert.deepEqual(found([...SPEECH, '本页地址：https://www.example.com/a/1.html', ''].join('\n')), ['7:safe']);
    assert.deepEqual(found([...SPEECH, '永久链接：https://blog.example.com/?p=12', ''].join('\n')), ['7:safe']);
  });
  it('a notice’s own link lines are the document’s', () => {
    const text = [
      '关于开展2026年度评审工作的公告',
      '',
      '　　根据有关规定，现将有关事项公告如下。',
      '　　一、申报材料详见链接：https://www.gov.cn/zhengce/2026/a.html',
      '详见链接：https://www.gov.cn/zhengce/2026/a.html',
      '网址：https://www.qingshan.gov.cn',
      '　　二、报名请登录以下平台：',
      '链接地址：https://bm.qingshan-demo.com/2026',
      '链接地址：https://www.qingshan.gov.cn/zwgk/tz/2026/a.html',
      '',
      '　　特此公告。',
      '',
      '青山县人民政府',
      '2026年1月5日',
      '',
    ].join('\n');
    assert.deepEqual(found(text), []);
    assert.equal(fixed(text, true), text);
  });
  it('a bare 链接地址 at the end of a speech, beside no furniture: left alone', () => {
    assert.deepEqual(found([...SPEECH, '链接地址：https://www.example.com/a/1.html', ''].join('\n')), []);
  });
});
