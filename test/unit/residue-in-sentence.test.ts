/**
 * A line that holds the document's own text besides a residue phrase (tester round 3, B1): the phrase quoted as
 * the object of a sentence is no residue; a site notice after (or before) a sentence is residue alone — the fix
 * deletes the notice, never the sentence, and is safe only when the notice's own words make it a site's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLines, documentTextIn, residueLines } from '../../server/src/core/residue';
import { Source } from '../../server/src/core/source';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings;
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
const residue = (text: string) => [...residueLines(new Source(text, 'plaintext'))].sort((a, b) => a - b);

const HEAD = ['关于加强作风建设的通知', '', '各单位：', ''];

describe('web-residue: a residue phrase inside a sentence of the document (B1)', () => {
  it('a 通报 quoting the phrase it criticises: no finding, --fix changes nothing', () => {
    const text = [
      '关于部分单位文稿抄袭问题的通报',
      '',
      '　　一是某单位报送的工作总结中，连“本文来源于网络，仅供学习参考，如有侵权请联系删除”字样都未删除。',
      '　　二是有的材料保留了「转载请注明出处」字样。',
      '',
    ].join('\n');
    assert.deepEqual(findings(text), []);
    assert.equal(fixed(text), text);
    assert.equal(documentTextIn('一是某单位报送的工作总结中，连“本文来源于网络，仅供学习参考，如有侵权请联系删除”字样都未删除。'), 'quoted');
  });

  it('a quotation that is the whole of the furniture stays residue (`点个“在看”`, `点击上方“某某发布”，关注我们`)', () => {
    assert.equal(documentTextIn('点个“在看”'), undefined);
    assert.deepEqual(residue('正文第一段。\n点击上方“某某发布”，关注我们吧！\n正文第二段。'), [1]);
  });

  it('a bracketed notice after a sentence: only the bracket goes, safely', () => {
    const line = '　　为进一步加强作风建设，现就有关事项通知如下。（本文来自公文库，转载请注明出处）';
    const text = [...HEAD, line, ''].join('\n');
    const fs = findings(text);
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '（本文来自公文库，转载请注明出处）');
    assert.equal(fs[0].fix?.kind, 'safe');
    assert.match(fs[0].message.en, /at the end of this line/);
    assert.equal(fixed(text), [...HEAD, '　　为进一步加强作风建设，现就有关事项通知如下。', ''].join('\n'));
    assert.deepEqual(residue(text), [], 'the line is no residue line (the numbering and the document model keep it)');
  });

  it('a bracketed notice no pattern calls a whole line residue is found after a sentence (`（本文来源于网络，仅供学习参考）`)', () => {
    const text = [...HEAD, '　　一、提高思想认识。各级党组织要把作风建设摆在突出位置。（本文来源于网络，仅供学习参考）', ''].join('\n');
    assert.equal(fixed(text), [...HEAD, '　　一、提高思想认识。各级党组织要把作风建设摆在突出位置。', ''].join('\n'));
  });

  it('a trailing site notice after a numbered heading’s sentence: the heading and its sentence stay', () => {
    const text = [...HEAD, '　　一、提高思想认识。作风建设是党的建设的重要内容。', '', '　　二、强化监督检查。各级纪检监察机关要加强日常监督，对顶风违纪问题严肃查处。本文由用户上传，如有侵权请联系删除', ''].join('\n');
    const fs = findings(text);
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), '本文由用户上传，如有侵权请联系删除');
    assert.equal(fs[0].fix?.kind, 'safe');
    assert.ok(fixed(text).includes('　　二、强化监督检查。各级纪检监察机关要加强日常监督，对顶风违纪问题严肃查处。\n'));
  });

  it('a notice before a sentence goes from the line’s start; one between sentences is only offered', () => {
    const head = '本文来源于网络。为进一步加强作风建设，现就有关事项通知如下。';
    const fh = findings(head);
    assert.equal(fh.length, 1);
    assert.equal(head.slice(fh[0].start, fh[0].end), '本文来源于网络。');
    assert.match(fh[0].message.en, /at the start of this line/);
    const middle = '为进一步加强作风建设，现通知如下。如有侵权请联系删除。请各单位认真贯彻落实。';
    const fm = findings(middle);
    assert.equal(fm.length, 1);
    assert.equal(middle.slice(fm[0].start, fm[0].end), '如有侵权请联系删除。');
    assert.equal(fm[0].fix?.kind, 'suggestion');
    assert.match(fm[0].message.en, /inside this line/);
    assert.equal(fixed(middle), middle, '--fix applies no suggestion');
  });

  it('a line of site sentences only stays one whole-line call', () => {
    for (const line of ['本站所有资源均来自网络。我们尊重原创。如有侵权请联系删除。', '本文来源于网络，仅供学习参考。如有侵权，请联系删除。', '声明：本站部分内容来自网络，如有侵权请联系删除。']) {
      const calls = classifyLines(new Source(line, 'plaintext'));
      assert.equal(calls.get(0)?.part, undefined, line);
      assert.equal(calls.get(0)?.certainty, 'sure', line);
    }
  });

  it('a title before a collection count is the collection’s header, not a sentence: the whole line', () => {
    assert.equal(documentTextIn('春耕动员会讲话稿（精选3篇）'), undefined);
  });

  it('a source credited after a sentence stays text; a template site’s credit goes', () => {
    assert.deepEqual(findings('今年夏粮收购量同比增长一成。（来源：人民网）'), []);
    assert.deepEqual(findings('请各单位于5月10日前报送材料。（本文来源：市政府办公室）'), []);
    const t = '今年夏粮收购量同比增长一成。（来源：某某范文网）';
    assert.deepEqual(findings(t).map((f) => t.slice(f.start, f.end)), ['（来源：某某范文网）']);
  });
});

describe('web-residue: a site blurb’s lead-in is the blurb’s', () => {
  it('a blurb line with a general sentence before 小编 stays one whole-line call', () => {
    const line = '为确保各项工作高效有序推进,我们往往需要提前拟定方案,方案是计划类文书中常用的一种。那么一份好的方案该怎样写呢?';
    assert.equal(documentTextIn(line), undefined);
    assert.deepEqual(residue(`${line}\n\n关于开展安全检查的工作方案`), [0]);
  });
});

describe('web-residue: a page’s prompt around a quoted word stays residue', () => {
  it('`点击下方“阅读原文”，查看更多精彩内容。` asks the reader to act: no document sentence', () => {
    const line = '点击下方“阅读原文”，查看更多精彩内容。';
    assert.equal(documentTextIn(line), undefined);
    assert.equal(documentTextIn('一是有的单位报送的材料中保留了“点击阅读原文”字样。'), 'quoted', 'the quoted prompt itself is no action of the sentence');
  });
});

describe('web-residue: a notice run into a sentence of the document (no sentence break)', () => {
  it('is only offered for deletion: a guess, since the line holds the document’s clause', () => {
    const line = '为进一步加强作风建设，现就有关事项通知如下，本文来自公文库，转载请注明出处。';
    const fs = findings(line);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fix?.kind, 'suggestion');
    assert.equal(fixed(line), line);
  });
  it('a site’s own sentence before the phrase leaves the call sure', () => {
    for (const line of ['本站文章均为原创，转载请注明出处。', '声明：本站部分内容来自网络，如有侵权请联系删除。']) assert.equal(findings(line)[0]?.fix?.kind, 'safe', line);
  });
});
