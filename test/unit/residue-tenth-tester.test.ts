/**
 * A tenth proofreader's correct documents (2026-12-02) whose lines plain --fix deleted as web residue, and whose
 * standard's code --fix-suggestions deleted: a GB/T 1.1 standard's cover (`DB3601`, `2025-06-18发布　……　2025-09-18实施`),
 * an incident report's labelled times, a 统计公报's closing sentence that gives its WeChat account, the empty writing
 * rows of a 回执 typed as a pipe table in a .txt. None may be flagged; the page shapes next to them still are.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';

const residue = (text: string, language: 'plaintext' | 'markdown' = 'plaintext') =>
  lint(text, { language }).findings.filter((f) => f.rule === 'web-residue').map((f) => text.slice(f.start, f.end));

describe('web-residue: a tenth tester’s document lines', () => {
  it('a standard’s cover: its code, its 发布 and 实施 dates', () => {
    const cover = 'ICS 13.020\nCCS Z 05\n\nDB3601\n\n青禾市地方标准\n\nDB3601/T 0087—2025\n\n公共机构能源资源消耗统计规范\n\n2025-06-18发布　　　　　　　　2025-09-18实施\n\n青禾市市场监督管理局　发布\n\n前　　言\n\n　　本文件按照GB/T 1.1—2020的规定起草。\n';
    assert.deepEqual(residue(cover), []);
    assert.deepEqual(residue('某某地方标准\n\n2025-08-01发布\n\n2025-11-01实施\n\n1　范围\n\n　　本文件规定了统计的内容。\n'), []);
  });
  it('an event’s labelled times to the second', () => {
    const text = '关于一起网络安全事件的通报\n\n各单位：\n\n　　监测平台告警时间：2025-06-18 10:21:33\n\n　　处置完成时间：2025-06-18 11:05:12\n\n　　请各单位引以为戒。\n';
    assert.deepEqual(residue(text), []);
  });
  it('a sentence that gives the office’s WeChat account', () => {
    for (const line of ['　　欢迎关注“青禾统计”微信公众号（微信号：qhtjgb），及时了解最新统计数据。', '　　请添加工作人员微信（微信号：qhtj2025）进群咨询。']) {
      assert.deepEqual(residue(`2025年青禾市国民经济统计公报\n\n　　全年地区生产总值增长5.2%。\n\n${line}\n`), [], line);
    }
  });
  it('the empty rows of a form typed as a pipe table in plain text', () => {
    const text = '参会回执\n\n| 单位 | 姓名 | 职务 | 电话 |\n| --- | --- | --- | --- |\n|  |  |  |  |\n| | | | |\n';
    assert.deepEqual(residue(text), []);
  });
  it('the 署名 is not a caption of the body’s name over the title (信函格式, a long title’s first line)', () => {
    const letter = '青禾市教育局\n\n青教函〔2025〕41号　　　　　　　　　　　　A类\n\n青禾市教育局关于市政协十届四次会议第126号提案办理情况的答复函\n\n王明委员：\n\n　　您提出的关于加强中小学心理健康教育的提案收悉。现答复如下。\n\n　　一是完善工作机制。二是加强队伍建设。三是强化家校协同。\n\n　　感谢您对教育工作的关心和支持。\n\n　　　　　　　　　　　　　　　　青禾市教育局\n\n　　　　　　　　　　　　　　　　2025年6月20日\n';
    assert.deepEqual(residue(letter), []);
    const reply = '青禾市财政局\n关于对《青禾市全民健身设施补短板工程实施方案（征求意见稿）》意见的复函\n\n青财函〔2025〕29号\n\n市体育局：\n\n　　你局来函收悉。经研究，我局原则同意该方案。\n\n　　一是明确资金来源。二是细化绩效目标。三是加强监督检查。\n\n　　特此函复。\n\n　　　　　　　　　　　　　　　　青禾市财政局\n\n　　　　　　　　　　　　　　　　2025年6月3日\n';
    assert.deepEqual(residue(reply), []);
  });
  it('the page shapes beside them are still residue', () => {
    assert.ok(residue('正文。\n\n发布时间：2023-05-06 10:12:33\n\n正文。\n').includes('发布时间：2023-05-06 10:12:33'));
    assert.ok(residue('来源｜某某研究（ID：abcd2020）\n\n正文。\n').includes('来源｜某某研究（ID：abcd2020）'));
    assert.ok(residue('关于开展安全检查的通知\n\n2023-04-06 发布\n\n各单位：\n\n　　现将有关事项通知如下。\n').includes('2023-04-06 发布'));
  });
});
