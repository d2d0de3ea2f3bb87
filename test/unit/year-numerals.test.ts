/**
 * Years written in Chinese numerals with full-width digits or circles (found on a published report:
 * `比二０００年`): the safe fixes must never produce a mixed year such as `二000年`, and which line is the
 * 成文日期 is a reading of the document, so converting it is only a suggestion.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { fixAll, lint } from '../../server/src/core';

const fix = (t: string) => fixAll(t, { language: 'plaintext' }).text;

it('二０００年 and 二○○○年 become 二〇〇〇年; a mixed 二０２０年 is reported, never rewritten', () => {
  assert.equal(fix('比二０００年翻两番。\n'), '比二〇〇〇年翻两番。\n');
  assert.equal(fix('二○○○年以前完成。\n'), '二〇〇〇年以前完成。\n');
  const mixed = '到二０２０年力争完成。\n';
  assert.equal(fix(mixed), mixed);
  const found = lint(mixed, { language: 'plaintext' }).findings.filter((f) => f.rule === 'numeral-usage');
  assert.equal(found.length, 1);
  assert.equal(found[0].fix, undefined);
  // Arabic full-width digits elsewhere are still made half-width.
  assert.equal(fix('增长１４．８％。\n'), '增长14.8％。\n');
});

it('the 成文日期 in Chinese numerals is a suggestion, not applied by bulk fixing', () => {
  const text = '关于做好防汛工作的通知\n\n各乡镇：\n\n请做好防汛工作。\n\n东江市人民政府\n二〇二五年三月二十日\n';
  assert.equal(fix(text), text);
  const date = lint(text, { language: 'plaintext' }).findings.find((f) => f.severityKey === 'date-format/signing-date');
  assert.ok(date, 'the date is reported');
  assert.equal(date!.fix?.kind, 'suggestion');
});

it('a 成文日期 written with 号 (二零二四年五月六号) is still the 成文日期: the suggestion writes 2024年5月6日', () => {
  const text = '关于召开会议的通知\n\n各单位：\n\n定于5月8日召开会议。\n\n昆明市人民政府\n二零二四年五月六号\n';
  const date = lint(text, { language: 'plaintext' }).findings.find((f) => f.severityKey === 'date-format/signing-date');
  assert.ok(date, 'the date is reported');
  assert.equal(text.slice(date!.start, date!.end), '二零二四年五月六号');
  assert.deepEqual(date!.fix?.edits.map((e) => e.newText), ['2024年5月6日']);
  // a 号 inside a sentence is no date line
  assert.equal(lint('关于召开会议的通知\n\n各单位：\n\n会议定于二〇二四年五月六号召开。\n', { language: 'plaintext' }).findings.filter((f) => f.severityKey === 'date-format/signing-date').length, 0);
});

it('a letter or certificate (贺信, 倡议书, 聘书: not a 公文) keeps its date in Chinese numerals; a 公文 of the same body does not', () => {
  const body = '\n\n青川市第一中学：\n\n欣闻你校建校一百周年，谨致热烈祝贺！\n\n青川市人民政府\n二〇二六年九月十八日\n';
  const signing = (t: string) => lint(t, { language: 'plaintext' }).findings.filter((f) => f.severityKey === 'date-format/signing-date').length;
  for (const title of ['贺信', '贺　　信', '慰问信', '倡议书', '致全市广大教师的一封信', '聘书']) assert.equal(signing(title + body), 0, title);
  assert.equal(signing('青川市人民政府关于祝贺青川市第一中学建校一百周年的通知' + body), 1);
});

it('a litigation document (a court 公告 with its 案号, a 判决书, a procuratorate 起诉书) keeps its date in Chinese numerals; a court 通知 does not', () => {
  const signing = (t: string) => lint(t, { language: 'plaintext' }).findings.filter((f) => f.severityKey === 'date-format/signing-date').length;
  const courtNotice = '临川市西湖区人民法院\n公　　告\n\n（2026）赣1002民初3517号\n\n刘某某：\n\n本院受理原告与被告刘某某借款合同纠纷一案，向你公告送达起诉状副本。\n\n特此公告。\n\n临川市西湖区人民法院\n二〇二六年十一月十六日\n';
  assert.equal(signing(courtNotice), 0, 'case number');
  // no case number: a court signing a 公告 or a document of 书
  assert.equal(signing(courtNotice.replace('（2026）赣1002民初3517号\n\n', '')), 0, 'court 公告');
  const indictment = '起诉书\n\n被告人张某，男，1980年出生。\n\n此致\n\n青川市人民法院\n\n青川市人民检察院\n二〇二六年五月六日\n';
  assert.equal(signing(indictment), 0, '起诉书');
  // an ordinary 公文 of a court, with no case number, is checked as any other
  const courtCircular = '青川市中级人民法院关于做好防汛工作的通知\n\n各基层人民法院：\n\n请做好防汛工作。\n\n青川市中级人民法院\n二〇二六年六月一日\n';
  assert.equal(signing(courtCircular), 1, 'court 通知');
  // a 公告 of a government (not a court) is checked
  assert.equal(signing(courtNotice.replace('（2026）赣1002民初3517号\n\n', '').replaceAll('临川市西湖区人民法院', '临川市西湖区人民政府')), 1, 'government 公告');
});
