/**
 * The Word export leaves out as web residue exactly the lines `check` deletes whole with a safe fix (tester round
 * 3, E1/E2): never a line `check` does not report — the rule off, silenced by a suppression comment, a heading the
 * rule keeps, a phrase the document quotes, a notice appended to a sentence — nor one whose deletion is only offered.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/src/cli';
import { exportDocx } from '../../server/src/export/docx';
import { describeResidueLeftOut, residueLinesToLeaveOut, residuePartsToLeaveOut, withoutParts } from '../../server/src/export/residue';
import { lint } from '../../server/src/core/lint';
import { Source } from '../../server/src/core/source';
import { paragraphs, unzipDocx } from '../helpers/docx';

const HEAD = ['关于加强作风建设的通知', '', '各单位：', ''];
const SITE_LINE = '本站部分内容来自网络，如有侵权请联系删除。';

/** The texts of the exported document's paragraphs. */
const texts = (data: Uint8Array) => paragraphs(unzipDocx(data)['word/document.xml']).map((p) => p.text);

describe('residueLinesToLeaveOut: the web-residue findings that delete a whole line safely', () => {
  it('takes a whole-line safe deletion, not a part, not a suggestion, not the invisible sub-check, not another rule', () => {
    const text = [...HEAD, '一、提高认识。要把作风建设摆在突出位置。（本文来自公文库，转载请注明出处）', '', SITE_LINE, '', '\u200b二、强化监督。严肃查处问题。', '', '网站页脚须标注：主办：某某镇人民政府　网站标识码：3412000001', ''].join('\n');
    const source = new Source(text, 'plaintext');
    const { findings } = lint(text, { language: 'plaintext' });
    assert.ok(findings.some((f) => f.rule === 'web-residue' && f.fix?.kind === 'suggestion'), 'the footer the document prescribes on its own line is offered');
    assert.ok(findings.some((f) => f.severityKey === 'web-residue/invisible'));
    assert.deepEqual([...residueLinesToLeaveOut(source, findings)], [6]);
  });
});

describe('residuePartsToLeaveOut: residue inside a line of the document’s own text', () => {
  it('takes the safe deletion of a notice appended to a sentence, not the sentence, not a whole line, not an offered one', () => {
    const sentence = '一、提高认识。要把作风建设摆在突出位置。';
    const notice = '（本文来自公文库，转载请注明出处）';
    const text = [...HEAD, sentence + notice, '', SITE_LINE, ''].join('\n');
    const source = new Source(text, 'plaintext');
    const { findings } = lint(text, { language: 'plaintext' });
    const parts = residuePartsToLeaveOut(source, findings);
    assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), [notice]);
    assert.deepEqual([...residueLinesToLeaveOut(source, findings)], [6], 'the whole site line is the lines’ list, not a part');
    assert.equal(withoutParts(text, parts).split('\n')[4], sentence);
    // the same deletion only offered (a suggestion) is the writer's to confirm: nothing is left out
    const offered = findings.filter((x) => x.rule === 'web-residue').map((x) => ({ ...x, fix: { ...x.fix!, kind: 'suggestion' as const } }));
    assert.deepEqual(residuePartsToLeaveOut(source, offered), []);
  });

  it('residue at both ends of a title and a plug before a sentence end: the title and the sentence are exported without them', async () => {
    const text = ['【免费下载】关于开展安全检查的通知（本文来自某某文库）', '', '各单位：', '', '为做好安全工作，现将有关事项通知如下（本文来自公文库）。', ''].join('\n');
    const r = await exportDocx(text, { language: 'plaintext' });
    assert.equal(r.omitted.residueParts, 3);
    const t = texts(r.data);
    assert.ok(t.includes('关于开展安全检查的通知'), t.join('|'));
    assert.ok(t.includes('为做好安全工作，现将有关事项通知如下。'), t.join('|'));
  });

  it('merges overlapping stretches, skips fixes that also write text, and withoutParts refuses a line break', () => {
    const text = '甲乙丙丁戊\n己庚';
    const source = new Source(text, 'plaintext');
    const f = (edits: Array<{ start: number; end: number; newText: string }>) => ({ rule: 'web-residue', severityKey: 'web-residue', severity: 'warning' as const, basis: '实务' as const, message: { zh: '', en: '' }, start: edits[0].start, end: edits[0].end, fix: { kind: 'safe' as const, title: { zh: '', en: '' }, edits } });
    const parts = residuePartsToLeaveOut(source, [f([{ start: 3, end: 5, newText: '' }]), f([{ start: 1, end: 4, newText: '' }]), f([{ start: 0, end: 1, newText: '甲' }])]);
    assert.deepEqual(parts, [{ start: 1, end: 5 }]);
    assert.equal(withoutParts(text, parts), '甲\n己庚');
    assert.throws(() => withoutParts(text, [{ start: 4, end: 7 }]), RangeError);
    assert.throws(() => withoutParts(text, [{ start: 3, end: 4 }, { start: 1, end: 2 }]), RangeError);
  });

  it('describes what was left out in both languages', () => {
    assert.equal(describeResidueLeftOut({ residue: 0, residueParts: 0 }), undefined);
    assert.deepEqual(describeResidueLeftOut({ residue: 2, residueParts: 1 }), { zh: '略去网页残留 2 行、行内网页残留 1 处', en: 'Left out 2 line(s) and 1 stretch(es) inside lines of web residue' });
    assert.deepEqual(describeResidueLeftOut({ residue: 0, residueParts: 3 }), { zh: '略去行内网页残留 3 处', en: 'Left out 3 stretch(es) inside lines of web residue' });
  });
});

describe('exportDocx: residue left out follows the rule', () => {
  it('by default, the rule’s safe whole-line deletions (and the draft’s suppression comments) decide', async () => {
    const text = [...HEAD, '请认真贯彻落实。', '', SITE_LINE, ''].join('\n');
    const r = await exportDocx(text, { language: 'plaintext' });
    assert.equal(r.omitted.residue, 1);
    assert.ok(!texts(r.data).includes(SITE_LINE));
    const md = ['# 关于加强作风建设的通知', '', '各单位：', '', '<!-- gongwen-disable-next-line web-residue -->', SITE_LINE, ''].join('\n');
    const s = await exportDocx(md, { language: 'markdown' });
    assert.equal(s.omitted.residue, 0);
    assert.ok(texts(s.data).includes(SITE_LINE));
  });

  it('an empty set (the rule off) leaves nothing out', async () => {
    const text = [...HEAD, '请认真贯彻落实。', '', SITE_LINE, ''].join('\n');
    const r = await exportDocx(text, { language: 'plaintext', residue: new Set() });
    assert.equal(r.omitted.residue, 0);
    assert.ok(texts(r.data).includes(SITE_LINE));
  });

  it('a numbered heading the rule keeps (its run is the document’s) is exported', async () => {
    const text = [...HEAD, '一、加强组织领导。各单位要高度重视。', '', '二、本站提供信息存储空间服务', '', '三、强化督促检查。各单位要按时报送。', ''].join('\n');
    assert.deepEqual(lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue'), []);
    const r = await exportDocx(text, { language: 'plaintext' });
    assert.equal(r.omitted.residue, 0);
    assert.ok(texts(r.data).some((t) => t.includes('二、本站提供信息存储空间服务')));
  });
});

describe('gongwen export: the same residue as check', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-export-residue-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = async (args: string[]) => {
    let out = '';
    let err = '';
    // cwd: the temporary folder, so no .gongwenrc.json above it is read.
    const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), env: { LANG: 'en_US.UTF-8' }, cwd: dir });
    return { code, out, err };
  };
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    return name;
  };
  const exported = (name: string) => texts(fs.readFileSync(path.join(dir, name)));

  it('--rule web-residue=off: check reports nothing, export leaves nothing out', async () => {
    const p = write('off.txt', [...HEAD, '请认真贯彻落实。', '', SITE_LINE, ''].join('\n'));
    const r = await cli(['export', p, '--rule', 'web-residue=off', '-o', 'off.docx']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Left out/);
    assert.ok(exported('off.docx').includes(SITE_LINE));
  });

  it('a line silenced by gongwen-disable comments is exported', async () => {
    const line = '三、有的材料保留了“本文来源于网络，仅供学习参考，如有侵权请联系删除”字样。';
    const p = write('suppressed.md', ['# 关于规范公文格式的通知', '', '各单位：', '', '<!-- gongwen-disable web-residue -->', SITE_LINE, '<!-- gongwen-enable web-residue -->', '', line, ''].join('\n'));
    const r = await cli(['export', p, '-o', 'suppressed.docx']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Left out/);
    const t = exported('suppressed.docx');
    assert.ok(t.includes(SITE_LINE));
    assert.ok(t.includes(line), 'the quoted phrase is the document’s');
  });

  it('a heading with a residue tail: check reports the tail only, export keeps the heading paragraph without the tail', async () => {
    const heading = '　　二、强化监督检查。各级纪检监察机关要加强日常监督，对顶风违纪问题严肃查处。本文由用户上传，如有侵权请联系删除';
    const p = write('tail.txt', [...HEAD, '　　一、提高思想认识。作风建设是党的建设的重要内容。', '', heading, ''].join('\n'));
    const refused = await cli(['export', p, '-o', 'tail.docx']);
    assert.equal(refused.code, 1, 'the tail blocks the export as check reports it');
    assert.match(refused.err, /line 7/);
    const r = await cli(['export', p, '-o', 'tail.docx', '--force']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Left out 1 stretch\(es\) inside lines of web residue/);
    const t = exported('tail.docx');
    assert.ok(t.some((x) => x.endsWith('对顶风违纪问题严肃查处。')), 'the heading paragraph, up to its own full stop');
    assert.ok(!t.some((x) => x.includes('本文由用户上传')), 'the tail check deletes is not in the Word file');
  });

  it('a quoted residue phrase: no finding, nothing left out', async () => {
    const line = '　　一是某单位报送的工作总结中，连“本文来源于网络，仅供学习参考，如有侵权请联系删除”字样都未删除。';
    const p = write('quoted.txt', ['关于部分单位文稿抄袭问题的通报', '', '各区县人民政府：', '', line, ''].join('\n'));
    const r = await cli(['export', p, '-o', 'quoted.docx']);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.out, /Left out/);
    assert.ok(exported('quoted.docx').some((t) => t.includes('字样都未删除')));
  });

  it('a whole residue line check reports is left out with --force, and the count is said', async () => {
    const p = write('site.txt', [...HEAD, '请认真贯彻落实。', '', SITE_LINE, ''].join('\n'));
    const r = await cli(['export', p, '-o', 'site.docx', '--force']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Left out 1 line\(s\) of web residue/);
    assert.ok(!exported('site.docx').includes(SITE_LINE));
  });
});

describe('web residue in a list item wrapped in emphasis of any form (residueText reads wholeLineEmphasis)', () => {
  it('reports and leaves out `- *来源：新华网*`, `- ***责任编辑：王五***`, `- _来源：人民网_` as `- **来源：新华网**`; keeps the text around them', async () => {
    const wrapped = ['- *来源：新华网*', '- ***责任编辑：王五***', '- _来源：人民网_', '- **来源：新华网**'];
    const text = [...HEAD, ...wrapped.flatMap((l) => [l, '']), '一、提高认识。要把作风建设摆在突出位置。', ''].join('\n');
    const { findings } = lint(text, { language: 'markdown' });
    const lines = new Set(findings.filter((f) => f.rule === 'web-residue').map((f) => text.slice(0, f.start).split('\n').length - 1));
    assert.deepEqual([...lines].sort((a, b) => a - b), [4, 6, 8, 10]);
    const shown = texts((await exportDocx(text, { language: 'markdown' })).data);
    assert.ok(!shown.some((t) => /来源|责任编辑/.test(t)), shown.join('|'));
    assert.ok(shown.includes('一、提高认识。要把作风建设摆在突出位置。'), shown.join('|'));
  });
});
