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
/** A site's banner above the header: sure furniture, a sign that the page is a sharing site's. */
const BANNER = '第一范文网 www.diyifanwen.com\n\n';
const residue = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
const fix = (text: string) => fixAll(text, { language: 'plaintext' }, 8).text;

describe('web-residue: a collection item header `第一篇:<document>`', () => {
  for (const [line, kept] of [
    ['第一篇:湖南省人民政府办公厅文件', '湖南省人民政府办公厅文件'],
    ['第二篇：关于做好春季防火工作的通知', '关于做好春季防火工作的通知'],
    ['第3篇： 2024年度工作总结', '2024年度工作总结'],
  ]) {
    it(`beside sure furniture, drops the header, keeps the name: ${line}`, () => {
      const text = BANNER + line + BODY;
      const found = residue(text);
      assert.equal(found.length, 2);
      assert.equal(found[1].fix?.kind, 'safe');
      assert.match(found[1].message.en, /collection header.*at the start of this line/);
      assert.equal(fix(text), kept + BODY);
    });
    it(`without a sign of a collection, only offers to drop the header: ${line}`, () => {
      const text = line + BODY;
      const found = residue(text);
      assert.equal(found.length, 1);
      assert.equal(found[0].fix?.kind, 'suggestion');
      assert.ok(fix(text).startsWith(line.slice(0, line.indexOf('篇') + 1)), fix(text));
    });
  }

  it('under a collection title elsewhere on the page (`（精选3篇）`), the header goes', () => {
    const text = '2024年度工作总结（精选3篇）\n\n第1篇：2024年度工作总结\n\n今年以来，我们认真贯彻落实上级部署。\n\n第二篇：关于做好春季防火工作的通知\n\n各单位：\n\n现就有关事项通知如下。\n';
    // (`第1篇：<the collection's title>` is offered whole by the collection pass, not applied)
    assert.equal(fix(text), '第1篇：2024年度工作总结\n\n今年以来，我们认真贯彻落实上级部署。\n\n关于做好春季防火工作的通知\n\n各单位：\n\n现就有关事项通知如下。\n');
  });

  it('a 规划纲要’s part headings over its 第X章 are its own (tester2 r3c)', () => {
    const text = '某市国民经济和社会发展第十四个五年规划纲要\n\n第一篇 总则\n\n第一章 发展环境\n\n第四篇：优化国土空间规划\n\n第十章 构建国土空间开发保护新格局\n\n第五篇：深化改革开放的实施方案\n\n第十一章 深化重点领域改革\n\n第六篇：《中国制造2025》湖南行动计划\n\n第十二章 推进制造强省建设\n';
    assert.deepEqual(residue(text), []);
    assert.equal(fix(text), text);
  });

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
