/**
 * Placeholder findings a fifteenth tester found wrong on correct documents (2026-12-02): a notice that fixes a format
 * quotes it with its `×` (`格式为“×政发〔××××〕×号”`) and attaches a format sample (`（样式）`) whose `××` and `（正文）`
 * show where each writer's text goes; a letter named as itself (`大写字母X`, an identity number's check character);
 * `“XX”表示两位数字的区县码`, a definition. Each beside the writer's own slots in the same shapes, still found.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';

function placeholders(text: string): string[] {
  return lint(text, { language: 'plaintext' })
    .findings.filter((f) => f.rule === 'placeholder')
    .map((f) => text.slice(f.start, f.end));
}

const HEAD = '关于规范行政规范性文件格式的通知\n\n各县（市、区）人民政府：\n\n';
const SIGN = '\n\n临江市人民政府办公室\n\n2024年8月12日\n';

describe('placeholder: a prescribed format and a format sample', () => {
  it('a format quoted after 格式为 / 表述为 is not a slot; an example after 比如 still is', () => {
    assert.deepEqual(placeholders(`${HEAD}　　发文字号格式为“×政发〔××××〕×号”，施行日期表述为“本规定自××××年××月××日起施行”。${SIGN}`), []);
    assert.deepEqual(placeholders(`${HEAD}　　开头可以写，比如“为做好×××工作，现通知如下”。${SIGN}`), ['×××']);
    assert.deepEqual(placeholders(`${HEAD}　　请于××月××日前报送。${SIGN}`), ['××月××日']);
  });
  it('an attachment that says it is a sample keeps its ×× and （正文）; the same lines in the body are slots', () => {
    const sample = '附件\n\n行政规范性文件格式样式\n\n（样式）\n\n临江市××局文件\n\n临×〔××××〕×号\n\n（正文）\n\n××××年×月×日\n';
    assert.deepEqual(placeholders(`${HEAD}　　请按附件格式起草。\n\n附件：行政规范性文件格式样式${SIGN}\n${sample}`), []);
    const found = placeholders(`${HEAD}　　请按附件格式起草。\n\n附件：报名表${SIGN}\n附件\n\n报名表\n\n临江市××局\n\n××××年×月×日\n`);
    assert.ok(found.includes('××') && found.includes('××××年×月×日'), found.join(' '));
    assert.ok(placeholders(`临江市××局文件\n\n（正文）\n\n××××年×月×日\n`).length >= 2);
  });
});

describe('placeholder: a letter named as itself, a code defined', () => {
  it('大写字母X, 小写字母x and an identity number’s check character are letters, not slots', () => {
    assert.deepEqual(placeholders(`${HEAD}　　身份证号码末位为X的，请填写大写字母X，不得填写小写字母x或者其他字符。${SIGN}`), []);
    assert.deepEqual(placeholders(`${HEAD}　　请于X月X日前报送。${SIGN}`), ['X月X日']);
  });
  it('“XX”表示两位数字的区县码 defines the code; `XX区` is a slot', () => {
    assert.deepEqual(placeholders(`${HEAD}　　本规则中“XX”表示两位数字的区县码，例如东湖区为“01”。${SIGN}`), []);
    assert.deepEqual(placeholders(`${HEAD}　　XX区要加强领导。${SIGN}`), ['XX']);
  });
});

describe('placeholder: names withheld in a document that publishes cases', () => {
  const all = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'placeholder').map((f) => text.slice(f.start, f.end));
  it('a 典型案例 通报 withholds 张某某 after 对 or 判处, and 某某……有限公司; 某某 alone, and a notice’s, are still doubts', () => {
    const cases = '关于发布2024年度侵害消费者权益犯罪典型案例的通报\n\n各基层人民检察院：\n\n　　案例一　某某健康科技有限公司虚假广告案。检察院依法对张某某等3人提起公诉，法院判处张某某有期徒刑五年。\n\n临江市人民检察院\n\n2024年12月2日\n';
    assert.deepEqual(all(cases), []);
    assert.deepEqual(all('关于两起问题的通报\n\n各单位：\n\n　　请某某同志讲话。\n'), ['某某']);
    assert.deepEqual(all('关于召开座谈会的通知\n\n各单位：\n\n　　请某某同志参加。\n\n临江市人民政府办公室\n\n2024年12月2日\n'), ['某某']);
  });
});

describe('placeholder: a phone number masked with ×', () => {
  it('0531-8888×××× is a slot as 0531-8888XXXX is; 3×4米 is a product', () => {
    assert.deepEqual(placeholders(`${HEAD}　　联系电话：0531-8888××××，0531-8888XXXX。面积为3×4米。${SIGN}`), ['0531-8888××××', '0531-8888XXXX']);
  });
});

describe('placeholder: the writer’s own contact is never withheld', () => {
  it('联系人：林** is a slot (a warning); 申请人：林** in a notice stays a doubt', () => {
    const sev = (text: string) => lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'placeholder').map((f) => `${text.slice(f.start, f.end)}:${f.severityKey}`);
    assert.deepEqual(sev(`${HEAD}　　联系人：林**，电话：0571-87654321。${SIGN}`), ['**:placeholder']);
    assert.deepEqual(sev(`${HEAD}　　申请人：林**。${SIGN}`), ['**:placeholder/weak']);
  });
});

describe('placeholder: a test paper’s blanks', () => {
  it('（　） in a 试卷 with its answers or a 习题 is the question’s blank; XX in its title is still a slot', () => {
    assert.deepEqual(placeholders('2026年度统计执法人员业务考试试卷（参考答案）\n\n第1题\n统计调查对象应当依照规定（　）提供统计资料。\n【参考答案】真实、准确、完整、及时地\n\n第2题\n统计机构应当（　）公布统计资料。\n【参考答案】依法\n'), []);
    assert.deepEqual(placeholders('保密知识培训习题\n\n一、单选题\n\n1.发现涉密载体丢失，应当（　）。\n\nA.自行寻找\nB.立即报告\n'), []);
    assert.deepEqual(placeholders('XX县2026年度业务考试试卷\n\n1.统计调查对象应当依照规定（　）提供统计资料。\n'), ['XX']);
  });
});
