/**
 * Template-page furniture a tester found unreported (round 3, m5): a site's category bar, its share bar, its
 * customer-service notice, a paywall teaser, and a site's plug appended to a paragraph. Each kind is checked with
 * other sites' wording too, and with the document lines of the same words that must stay (a 温馨提示 to citizens,
 * 微信、QQ、微博 as channels, kinds of text named in a sentence).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyResidue, residueText } from '../../server/src/core/residue';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';
import { webResidue } from '../../server/src/core/rules/web-residue';

const findings = (text: string) => lint(text, { language: 'plaintext' }, [webResidue]).findings;
const fixed = (text: string) => fixAll(text, { language: 'plaintext' }, 8, [webResidue]).text;
const kindOf = (line: string) => classifyResidue(residueText(line));

const HEAD = ['关于加强作风建设的通知', '', '各单位：', '', '　　为进一步加强作风建设，现就有关事项通知如下。', ''];
const TAIL = ['', '　　二、强化监督检查。', '', '某某市委办公室', '2024年3月1日', ''];
/** A document with `line` in its body, and the UTF-16 offset where `line` starts. */
function doc(line: string): [string, number] {
  const before = [...HEAD, ''].join('\n');
  return [before + [line, ...TAIL].join('\n'), before.length];
}
/** The web-residue findings on `line` placed in a document (any finding elsewhere fails the test). */
function on(line: string) {
  const [text, at] = doc(line);
  const all = findings(text);
  for (const f of all) assert.ok(f.start >= at && f.end <= at + line.length, `finding outside the line: ${text.slice(f.start, f.end)}`);
  return all;
}

describe('web-residue: template-site furniture (m5)', () => {
  it('a category bar of site sections, separated by bars or spaces: a safe deletion', () => {
    for (const line of [
      '范文大全 | 公文写作 | 工作总结 | 心得体会 | 讲话稿',
      '工作总结｜工作计划｜述职报告｜思想汇报',
      '心得体会 / 演讲稿 / 主持词 / 申请书 / 作文',
      '范文　工作总结　工作计划　入党申请书　自我鉴定',
      '工作总结 | 工作计划 | 心得体会 | 入党申请书 | 更多>>',
    ]) {
      assert.equal(kindOf(line), 'breadcrumb', line);
      const [text] = doc(line);
      const out = fixed(text);
      assert.ok(!out.includes(line.trim()), line);
      for (const kept of [...HEAD, ...TAIL]) assert.ok(out.includes(kept), kept);
    }
  });

  it('a line of labels that are not a site’s sections, or too few of them, is left alone', () => {
    for (const line of [
      '姓名 | 单位 | 职务 | 联系电话',
      '工作总结 | 工作计划 | 报送时间 | 联系人',
      '工作总结 述职报告 心得体会',
      '请于3月10日前报送工作总结、述职报告、心得体会和讲话稿。',
    ]) {
      assert.equal(kindOf(line), undefined, line);
      assert.deepEqual(on(line), [], line);
    }
  });

  it('a share bar (`复制本文链接 分享到：微信 QQ 微博`) is residue; channels named by the document are not', () => {
    for (const line of ['复制本文链接 分享到：微信 QQ 微博', '复制网址 | 分享至：QQ空间 新浪微博', '复制本页链接　打印本文　关闭窗口', '一键分享：微信 朋友圈 QQ']) {
      assert.equal(kindOf(line), 'share', line);
      assert.equal(on(line).length, 1, line);
    }
    for (const line of ['　　三、通过微信、QQ、微博等渠道广泛宣传。', '　　群众可通过微信公众号分享到朋友圈。']) assert.deepEqual(on(line), [], line);
  });

  it('a customer-service notice about the site’s text is residue; a 温馨提示 to citizens is the document’s', () => {
    for (const line of ['温馨提示：如果您对本文有任何疑问，请联系客服。', '如您对本文档内容有异议，请联系站长处理。', '本站内容如有疑问，请联系站长。', '温馨提示：文档下载后如有问题请联系客服处理。']) {
      assert.equal(kindOf(line), 'disclaimer', line);
      assert.equal(on(line)[0]?.fix?.kind, 'safe', line);
    }
    for (const line of [
      '温馨提示：请携带身份证原件。',
      '温馨提示：如对本文件有疑问，请联系市政务服务中心。',
      '　　温馨提示：办理过程中如有问题，请拨打12345政务服务热线或联系人工客服。',
      '　　申请人下载电子证照后如有问题，请咨询人工客服。',
    ]) {
      assert.equal(kindOf(line), undefined, line);
      assert.deepEqual(on(line), [], line);
    }
  });

  it('a paywall teaser over a cut page is residue; a document pointing to its full text is not', () => {
    for (const line of ['本页内容仅展示部分，完整版请下载后查看>>>', '文档仅预览前3页，下载后查看全文', '全文请下载后查看>>', '试读结束，完整版请下载', '剩余内容已隐藏，请下载后查看', '内容仅展示部分，如需全文请下载']) {
      assert.equal(kindOf(line), 'paywall', line);
      assert.equal(on(line).length, 1, line);
    }
    for (const line of ['　　《实施方案》全文请登录市政府门户网站查看。', '　　本通知仅对部分单位适用。', '　　此处仅展示部分，完整名单请下载附件查看。', '　　本次展览仅展示部分作品，欢迎下载导览手册。']) assert.deepEqual(on(line), [], line);
  });

  it('a site plug appended to a paragraph: only the plug goes, the sentence stays', () => {
    const line = '　　一、提高思想认识。作风建设是党的建设的重要内容。更多精彩范文请访问www.fanwen.com';
    const [text] = doc(line);
    const f = on(line);
    assert.equal(f.length, 1);
    assert.equal(text.slice(f[0].start, f[0].end), '更多精彩范文请访问www.fanwen.com');
    assert.equal(f[0].fix?.kind, 'safe');
    assert.equal(fixed(text), text.replace('更多精彩范文请访问www.fanwen.com', ''));
  });

  it('a site plug run onto a paragraph with no pattern for the whole line: only the plug goes', () => {
    for (const [line, plug] of [
      ['　　一、提高思想认识。作风建设是党的建设的重要内容。更多精彩内容请关注本站', '更多精彩内容请关注本站'],
      ['　　一、提高思想认识。作风建设是党的建设的重要内容。更多范文尽在第一范文网', '更多范文尽在第一范文网'],
      ['　　一、提高思想认识。作风建设是党的建设的重要内容。更多相关范文，请关注公文库。', '更多相关范文，请关注公文库。'],
    ]) {
      const [text] = doc(line);
      const f = on(line);
      assert.equal(f.length, 1, line);
      assert.equal(text.slice(f[0].start, f[0].end), plug);
      assert.equal(f[0].fix?.kind, 'safe');
      assert.equal(fixed(text), text.replace(plug, ''));
    }
  });

  it('a pointer of the document’s after its sentence (no site word) is left alone', () => {
    for (const line of ['　　具体内容详见附件。更多信息请访问市人社局网站', '　　请各单位认真组织学习。更多详情请关注“某某发布”微信公众号。']) {
      const [text] = doc(line);
      assert.deepEqual(on(line), [], line);
      assert.equal(fixed(text), text, line);
    }
  });
});

describe('web-residue: an event’s organisers above a share bar are the notice’s', () => {
  it('`主办单位：` / `承办单位：` lines above `分享到：` are not reported; a site’s footer line there is offered', () => {
    const notice = '关于举办全市全民健身运动会的通知\n\n各区县体育局：\n\n　　定于12月举办全市全民健身运动会，请组织参加。\n\n主办单位：白石市体育局\n承办单位：白石市体育中心\n\n分享到：\n';
    assert.deepEqual(findings(notice).map((f) => notice.slice(f.start, f.end)), ['分享到：']);
    const page = '关于举办全市运动会的通知\n\n　　请组织参加。\n\n返回顶部\n主办：白石市人民政府办公室　承办：白石市大数据中心\n分享到：\n';
    const footer = findings(page).find((f) => page.slice(f.start, f.end).startsWith('主办：'));
    assert.equal(footer?.fix?.kind, 'suggestion');
  });
});
