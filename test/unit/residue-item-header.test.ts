/**
 * A document-sharing site's item header without a collection title (`第一篇:湖南省人民政府办公厅文件`, the shape of
 * xiexiebang.com): `第N篇` and a colon before the name of a document. The header goes; the name stays unless the next
 * line repeats it. `第一篇` in prose, a structure heading (`第一篇 总则`, `第二篇：坚持创新驱动发展`) and a sentence stay.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

const BODY = '\n\n湖南省人民政府办公厅关于加强安全生产工作的通知\n\n各市州人民政府：\n\n现就有关事项通知如下。\n';
const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
const fix = (text: string) => fixAll(text, { language: 'plaintext' }, 8).text;

describe('web-residue: a collection item header `第一篇:<document>`', () => {
  for (const [line, kept] of [
    ['第一篇:湖南省人民政府办公厅文件', '湖南省人民政府办公厅文件'],
    ['第二篇：关于做好春季防火工作的通知', '关于做好春季防火工作的通知'],
    ['第3篇： 2024年度工作总结', '2024年度工作总结'],
  ]) {
    it(`drops the header, keeps the name: ${line}`, () => {
      const text = line + BODY;
      const found = residue(text);
      assert.equal(found.length, 1);
      assert.equal(found[0].fix?.kind, 'safe');
      assert.match(found[0].message.en, /collection header.*at the start of this line/);
      assert.equal(fix(text), kept + BODY);
    });
  }

  it('the whole line when the next line repeats the name', () => {
    const text = '第一篇：湖南省人民政府办公厅关于加强安全生产工作的通知' + BODY;
    const found = residue(text);
    assert.deepEqual(found.map((f) => [text.slice(f.start, f.end), f.fix?.kind]), [['第一篇：湖南省人民政府办公厅关于加强安全生产工作的通知', 'safe']]);
    assert.equal(fix(text), BODY.replace(/^\n\n/, ''));
  });

  for (const text of [
    '中华人民共和国某某法\n\n第一篇 总则\n\n第一条 为了规范某某活动，制定本法。\n',
    '某某发展规划纲要\n\n第一篇：开启全面建设新征程\n\n第二篇：坚持创新驱动发展\n\n第一章 强化国家战略科技力量\n',
    '关于开展读书活动的通知\n\n各单位：\n\n第一篇：请各单位推荐一篇学习文章，于5月10日前报送。\n\n第一篇文章由办公室统一编发。\n',
  ]) {
    it(`not a header: ${text.split('\n')[2]}`, () => {
      assert.deepEqual(residue(text), []);
      assert.equal(fix(text), text);
    });
  }
});
