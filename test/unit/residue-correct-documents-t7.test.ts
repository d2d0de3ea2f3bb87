/**
 * web-residue on a seventh proofreader's correct documents (test/correct-documents/t7-*): plain --fix deleted lines of each
 * as page furniture. The context a real document gives them keeps them: an excerpt's elision note in brackets
 * (`（中间部分从略）`) and its note that the issued text prevails, a table of contents under its `目　　录` heading (`……办法　　第3页`),
 * a form's field among the form's fields (`字数：3215字` between `作品名称：` and `作者：`), a count of data up to a moment
 * (`数据统计截至2026-06-30 23:59:59`), a file name and an app named after the document's lead-in ending in `：`, a scan
 * prompt under the notice's sentence pointing to its QR code, and the notice's own sentence naming itself (`本公告由……同步发布，
 * 各媒体转载请注明来源。`). Beside each, the site's furniture of the same words stays residue, most of it a safe fix.
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
const fixed = (text: string) => fixAll(text, opts, 8, [webResidue]).text;
const doc = (...lines: string[]) => [...lines, ''].join('\n');
/** The document is left alone: no finding, and plain --fix changes nothing. */
const untouched = (text: string) => {
  assert.deepEqual(found(text), []);
  assert.equal(fixed(text), text);
};

const BRIEFING = ['学习参考', '', '第5期', '', '临川市委理论学习中心组办公室　　　　　　2026年10月15日', '', '市委主要领导在全市理论学习中心组专题学习会上的讲话（摘编）', '', '同志们：', '', '今天，我们围绕推进高质量发展开展专题学习。刚才，几位同志作了很好的交流发言。', ''];

describe('web-residue t7: an excerpt’s elision note and its closing note', () => {
  it('a 简报 excerpting a speech: （中间部分从略） and 以上为节选内容，完整版请以正式印发文件为准。 stay', () => {
    untouched(doc(...BRIEFING, '（中间部分从略）', '', '总之，我们要把学习成果转化为推动高质量发展的实际成效。', '', '以上为节选内容，完整版请以正式印发文件为准。', '', '送：市委理论学习中心组成员。'));
  });
  it('the other elision marks an excerpt writes: left alone', () => {
    for (const mark of ['（中间部分省略）', '【中间内容略去】', '……（中间部分从略）……', '(中间部分省略)']) untouched(doc(...BRIEFING, mark, '', '总之，我们要把学习成果转化为推动高质量发展的实际成效。'));
  });
  it('a cut page’s note that goes on to the download, and its teaser: still safe fixes', () => {
    for (const line of ['……（中间部分省略，完整内容请下载附件）', '（中间部分省略，下载后查看完整版）', '以上为节选内容，完整版请下载后查看。', '以上为部分内容，下载后查看完整版']) {
      assert.deepEqual(found(doc(...BRIEFING, line)), ['13:safe'], line);
    }
  });
});

describe('web-residue t7: a table of contents under its heading', () => {
  const TOC = ['临川市城市管理法规文件汇编（2026年版）', '', '目　　录', '', '临川市城市绿化管理办法　　第3页', '', '临川市城市道路挖掘管理办法　　第12页', '', '临川市户外广告设施设置管理规定　　第20页', '', '编印说明', '', '为方便各级城市管理部门学习使用，市城市管理局对现行有效的城市管理法规文件进行了汇编。'];
  it('a compilation’s 目录: its entries stay', () => untouched(doc(...TOC)));
  it('under 目录, without blank lines, with a part heading between the entries: stay', () => {
    untouched(doc('法规文件汇编', '目录', '第一部分　规章', '临川市城市绿化管理办法　　第3页', '临川市城市道路挖掘管理办法　　第12页', '第二部分　规范性文件', '临川市户外广告设施设置管理规定　　第20页', '', '编印说明', '', '为方便学习使用，现将现行有效的文件汇编成册。'));
  });
  it('under a standard’s 目次: stay', () => {
    untouched(doc('临川市地方标准', '', '目　　次', '', '前言　　第1页', '', '范围　　第2页', '', '规范性引用文件　　第2页', '', '本文件按照GB/T 1.1—2020的规定起草。'));
  });
  it('a running header with its page and no 目录 above it: still a safe fix', () => {
    const text = doc('在全县经济工作会议上的讲话', '', '同志们：', '', '今天我们召开会议，主要任务是总结工作、部署任务。', '在全县经济工作会议上的讲话　　第 1 页', '下面，我讲三点意见。');
    assert.deepEqual(found(text), ['6:safe']);
  });
  it('a running header below the body, the document’s 目录 far above it (prose between): still a safe fix', () => {
    const text = doc('目　　录', '临川市城市绿化管理办法　　第3页', '', '临川市城市绿化管理办法', '', '第一条　为了加强城市绿化管理，改善生态环境，制定本办法。', '临川市城市管理法规文件汇编　　第 3 页', '第二条　本办法适用于本市城市规划区。');
    assert.deepEqual(found(text), ['7:safe']);
  });
  it('a real page’s 上一篇 and 下一篇 under a 目录-like list: still residue', () => {
    const text = doc('目录', '临川市城市绿化管理办法　　第3页', '上一篇：关于做好2026年防汛工作的通知', '下一篇：关于开展安全生产大检查的通知');
    assert.deepEqual(found(text), ['3:safe', '4:safe']);
  });
});

describe('web-residue t7: a form filled in as an example', () => {
  const NOTICE = ['关于报送“我与新时代”征文推荐作品的通知', '', '各基层工会：', '', '请各单位认真组织推荐，并于2026年6月30日前将推荐作品及推荐表报送市总工会宣传教育部。推荐表请从市总工会网站下载，文件名为：', '', '“我与新时代”征文推荐表.xlsx', '', '推荐表填写示例如下：', '', '作品名称：《车间里的春天》', '字数：3215字', '作者：李红梅', '', '各单位也可通过手机报送：', '', '请下载“赣服通”APP', '', '数据统计截至2026-06-30 23:59:59', '', '临川市总工会', '2026年5月20日'];
  it('the 征文 notice: no finding, nothing deleted', () => untouched(doc(...NOTICE)));
  it('a 文库 card’s 字数 among the card’s fields: still a safe fix', () => {
    const text = doc('2026年防汛工作方案', '格式：DOCX', '页数：18页', '字数：3215字', '大小：25KB', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。');
    assert.ok(found(text).includes('4:safe'), found(text).join(' '));
  });
  it('字数 as the form’s last field (a field above, no card’s field below): only offered', () => {
    const text = doc('关于报送征文的通知', '', '各基层工会：', '', '推荐表填写示例如下：', '', '作品名称：《车间里的春天》', '字数：3215字', '', '临川市总工会');
    assert.deepEqual(found(text), ['8:suggestion']);
    assert.equal(fixed(text), text);
  });
  it('a blog’s byline 作者 / 字数 / 阅读: 字数 still a safe fix', () => {
    const text = doc('2026年防汛工作方案', '作者：张三', '字数：3215字', '阅读：1024次', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。');
    assert.ok(found(text).includes('3:safe'), found(text).join(' '));
  });
  it('a page’s post time to the second: still a safe fix', () => {
    const text = doc('2026年防汛工作方案', '发布时间：2026-06-30 23:59:59', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。');
    assert.deepEqual(found(text), ['2:safe']);
  });
  it('a sharing page’s file name under its title (no lead-in): still residue', () => {
    const text = doc('2026年防汛工作方案', '2026年防汛工作方案.docx', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。');
    assert.deepEqual(found(text).length, 1, found(text).join(' '));
  });
  it('an app a site sells, not after a lead-in of the document’s: still residue', () => {
    const text = doc('2026年防汛工作方案', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。', '', '请下载“范文大全”APP');
    assert.deepEqual(found(text), ['5:safe']);
  });
});

describe('web-residue t7: a 公告’s QR code and its own statement of where it is published', () => {
  const EXAM = ['关于2026年下半年全市事业单位公开招聘笔试有关事项的公告', '', '一、笔试时间', '', '2026年11月29日（星期六）上午9:00—11:30。', '', '二、笔试地点', '', '临川市第一中学考点、临川市第二中学考点。考点分布图见下方二维码。', ''];
  const END = ['', '三、信息发布', '', '本次招聘笔试成绩将于12月10日在临川市人力资源和社会保障局网站公布。本公告由临川新闻网、“临川发布”微信公众号同步发布，各媒体转载请注明来源。', '', '临川市人力资源和社会保障局', '2026年11月20日'];
  it('the 公告: no finding, nothing deleted', () => untouched(doc(...EXAM, '扫描二维码查看考点分布', ...END)));
  it('a site’s 扫描二维码，关注公众号 under the same sentence: still a safe fix', () => {
    assert.deepEqual(found(doc(...EXAM, '扫描二维码，关注公众号')), ['11:safe']);
  });
  it('扫码查看考点分布 under the same sentence: left alone', () => untouched(doc(...EXAM, '扫码查看考点分布', ...END)));
  it('the same scan prompt without the sentence pointing to a QR code above it: still a safe fix', () => {
    const text = doc('2026年防汛工作方案', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。', '', '扫描二维码查看考点分布');
    assert.deepEqual(found(text), ['5:safe']);
  });
  it('a notice’s sentence naming itself (本通知) on a line of its own: left alone', () => {
    untouched(doc(...EXAM.slice(0, 5), '本通知由市政府网站、“临川发布”微信公众号同步发布，转载请注明来源。'));
  });
  it('转载请注明来源 in a site’s footer, and a site’s notice that calls the text 本文件: still safe fixes', () => {
    for (const line of ['版权所有：某某范文网　转载请注明来源', '本站文章转载请注明来源', '本文件来源于网络，如有侵权请联系删除。']) {
      const text = doc('2026年防汛工作方案', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。', '', line);
      assert.deepEqual(found(text), ['5:safe'], line);
    }
  });
  it('a site’s notice after a sentence of the document’s: still cut off as a safe fix', () => {
    const text = doc('2026年防汛工作方案', '', '为做好2026年防汛工作，确保人民群众生命财产安全，制定本方案。本文来自公文库，转载请注明出处。');
    assert.deepEqual(found(text), ['3:safe']);
  });
});
