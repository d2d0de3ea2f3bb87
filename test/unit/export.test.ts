import { describe, it, before } from 'node:test';
import * as fs from 'node:fs';
import * as path from 'node:path';
import assert from 'node:assert/strict';
import { exportDocx, type DocxResult } from '../../server/src/export/docx';
import { breakTitle, textWidth, CHAR, CHARS_PER_LINE, CHAR_SPACE, LINE_PITCH, LINES_PER_PAGE, MARGIN, PAGE, TEXT_HEIGHT, TEXT_WIDTH, chars, mm } from '../../server/src/export/layout';
import { DEFAULT_FONTS, resolveFonts } from '../../server/src/export/fonts';
import { attrs, find, paragraphs, unzipDocx, type Para } from '../helpers/docx';

// A notice written for these tests, with every part the exporter lays out.
const NOTICE = [
  '当前位置：首页 > 范文 > 通知',
  '青山县人民政府办公室关于进一步做好全县汛期防汛值守和应急物资保障工作的通知',
  '',
  '各乡镇人民政府，县政府各部门：',
  '',
  '　　为切实做好今年汛期防汛值守工作，现就有关事项通知如下。',
  '　　一、压实值守责任',
  '　　（一）落实领导带班。各乡镇主要负责同志要轮流带班。',
  '　　1.重大险情立即报告；',
  '　　二、强化物资保障',
  '　　“防汛物资”要备足，数量不少于2024年。',
  '',
  '　　附件：1.值班安排表',
  '　　　　　2.防汛物资清单',
  '',
  '青山县人民政府办公室',
  '2025年6月3日',
  '（此件公开发布）',
  '',
  '附件1',
  '',
  '值班安排表',
  '',
  '一、带班领导',
  '',
  '抄送：县委办公室，县人大常委会办公室。',
  '青山县人民政府办公室　　2025年6月3日印发',
].join('\n');

function fontsOf(p: Para): string[] {
  return p.runs.map((r) => r.fonts.eastAsia);
}

describe('the page (GB/T 9704-2012 §5)', () => {
  it('computes A4, the margins and a grid of 22 lines × 28 characters in twips', () => {
    assert.deepEqual(PAGE, { width: 11906, height: 16838 });
    assert.deepEqual(MARGIN, { top: 2098, bottom: 1984, left: 1587, right: 1474 });
    // 156 × 225 mm, to the twip.
    assert.equal(Math.round((TEXT_WIDTH / 1440) * 25.4), 156);
    assert.equal(Math.round((TEXT_HEIGHT / 1440) * 25.4), 225);
    assert.equal(LINE_PITCH, 579);
    assert.ok(LINES_PER_PAGE * LINE_PITCH <= TEXT_HEIGHT && (LINES_PER_PAGE + 1) * LINE_PITCH > TEXT_HEIGHT);
    // Word's character pitch: 16 pt + charSpace / 4096 pt; 28 fit, 29 do not.
    const pitch = (16 + CHAR_SPACE / 4096) * 20;
    assert.equal(CHAR_SPACE, -842);
    assert.ok(CHARS_PER_LINE * pitch <= TEXT_WIDTH && (CHARS_PER_LINE + 1) * pitch > TEXT_WIDTH);
    // The same for the run spacing that LibreOffice and Word both apply off the grid.
    assert.ok(CHARS_PER_LINE * CHAR <= TEXT_WIDTH && (CHARS_PER_LINE + 1) * CHAR > TEXT_WIDTH);
  });
});

describe('breakTitle (GB/T 9704-2012 §7.3.1)', () => {
  it('keeps 中小学, 管理委员会 and 开发区 whole (a tester saw 全市中⏎小学 and 开发区管理⏎委员会)', () => {
    for (const [title, word] of [
      ['关于开展2024—2025年度全市中小学校园食品安全专项整治行动的通知', '中小学'],
      ['湘潭经济技术开发区管理委员会关于加强安全生产工作的通知', '管理委员会'],
      ['湘潭经济技术开发区管理委员会关于加强安全生产工作的通知', '经济技术开发区'],
    ] as const) {
      const lines = breakTitle(title);
      assert.equal(lines.join(''), title);
      assert.ok(lines.some((l) => l.includes(word)), `${word} split: ${lines.join(' | ')}`);
    }
  });
  it('leaves a title that fits one line alone', () => {
    assert.deepEqual(breakTitle('关于做好节日值班的通知'), ['关于做好节日值班的通知']);
  });

  it('breaks a long title into a trapezoid at word boundaries, lines no longer than 20 characters', () => {
    assert.deepEqual(breakTitle('中共青山县委关于加强和改进新时代基层党组织建设工作的意见'), ['中共青山县委关于加强和改进', '新时代基层党组织建设工作的意见']);
    const title = '青山县人民政府办公室关于进一步做好全县汛期防汛值守和应急物资保障工作的通知';
    const lines = breakTitle(title);
    assert.equal(lines.join(''), title);
    assert.ok(lines.length >= 2, lines.join('|'));
    for (const l of lines) assert.ok(textWidth(l) <= 20, l);
    const widths = lines.map(textWidth);
    // A trapezoid (each line at least as long as the one above) or a diamond; not 上长下短.
    const up = widths.every((w, i) => i === 0 || w >= widths[i - 1]);
    const diamond = widths.length === 3 && widths[1] >= widths[0] && widths[1] >= widths[2];
    assert.ok(up || diamond, widths.join(','));
    // Not a short line and a long one: the lines differ by at most a few characters.
    assert.ok(Math.max(...widths) - Math.min(...widths) <= 4, widths.join(','));
    assert.ok(!lines[lines.length - 1].startsWith('的'), '的 stays with the word before');
    assert.ok(lines[lines.length - 1].endsWith('的通知'), 'the 文种 stays with 的');
  });

  it('never makes 上长下短 (an inverted trapezoid), even where it would be more even (§7.3.1)', () => {
    const title = '国务院办公厅关于进一步优化政务服务提升行政效能推动高效办成一件事的指导意见';
    const widths = breakTitle(title).map(textWidth);
    assert.ok(widths.every((w, i) => i === 0 || w >= widths[i - 1]), widths.join(','));
    for (const t of ['青山县人民政府办公室关于开展2024年度安全生产大检查暨重点行业领域隐患排查整治专项行动的通知', '中共青山县委办公室青山县人民政府办公室关于印发《青山县深化农村人居环境整治提升五年行动实施方案（2024—2028年）》的通知']) {
      const w = breakTitle(t).map(textWidth);
      assert.ok(w.length >= 2 && w[1] >= w[0], w.join(','));
    }
  });

  it('breaks between any two characters where the runtime has no word segmenter', () => {
    const intl = Intl as unknown as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    try {
      intl.Segmenter = undefined;
      const title = '青山县人民政府办公室关于进一步做好全县汛期防汛值守和应急物资保障工作的通知';
      const lines = breakTitle(title);
      assert.equal(lines.join(''), title);
      assert.ok(lines.length >= 2 && lines.every((l) => textWidth(l) <= 20), lines.join('|'));
      assert.ok(lines[lines.length - 1].endsWith('的通知'));
    } finally {
      intl.Segmenter = saved;
    }
  });

  it('breaks between words and phrases (词意完整, §7.3.1), never inside a word the runtime dictionary splits', () => {
    /** The lines of `title` with no break inside any of `words` (each word must occur in the title). */
    const keepsWhole = (title: string, words: string[]) => {
      const lines = breakTitle(title);
      assert.equal(lines.join(''), title);
      assert.ok(lines.length >= 2, lines.join('|'));
      const breaks: number[] = [];
      lines.slice(0, -1).reduce((at, l) => (breaks.push(at + l.length), at + l.length), 0);
      for (const word of words) {
        const start = title.indexOf(word);
        assert.ok(start >= 0, word);
        assert.ok(!breaks.some((b) => b > start && b < start + word.length), `${lines.join(' | ')}: ${word} broken`);
      }
      const widths = lines.map(textWidth);
      assert.ok(widths.every((w) => w <= 20), widths.join(','));
      return lines;
    };
    // the brief's example: every line complete words, the 事由's words whole, 的实施意见 together, even lines
    const yijian = keepsWhole('关于进一步加强和改进新时代全县机关干部作风建设工作的实施意见', ['进一步', '加强', '改进', '新时代', '全县', '机关', '干部', '作风', '建设', '工作的实施意见']);
    assert.deepEqual(yijian.map(textWidth), [15, 15]);
    // ICU splits 全/县, 脱/贫/攻/坚, 办公/室, 人/居/环境, 大/检查: none of them is broken
    keepsWhole('关于表彰2024年度全县脱贫攻坚先进集体和先进个人的决定', ['2024年度', '全县', '脱贫攻坚', '先进集体', '先进个人的决定']);
    keepsWhole('关于进一步加强全县农村人居环境整治和美丽乡村建设的通知', ['全县', '人居环境', '美丽乡村', '的通知']);
    keepsWhole('青山县人民政府办公室关于开展2024年度安全生产大检查暨重点行业领域隐患排查整治专项行动的通知', ['青山县', '办公室', '2024年度', '大检查', '排查', '专项', '的通知']);
    // a 、 is a phrase boundary: the break goes after it
    assert.deepEqual(breakTitle('关于开展全县安全生产大检查、大排查、大整治专项行动的实施方案'), ['关于开展全县安全生产大检查、', '大排查、大整治专项行动的实施方案']);
    // two issuing bodies parted by a space: the space becomes the break
    assert.deepEqual(breakTitle('中共某某县委办公室 某某县人民政府办公室关于做好2025年春节期间有关工作的通知')[0], '中共某某县委办公室');
    // without a segmenter, a number stays whole
    const intl = Intl as unknown as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    try {
      intl.Segmenter = undefined;
      keepsWhole('县人民政府关于2024年度法治政府建设情况的报告', ['2024年度', '人民政府', '的报告']);
    } finally {
      intl.Segmenter = saved;
    }
  });

  it('inside 《…》 breaks before 《, after 》 or at a phrase boundary of the name, not inside its compound words', () => {
    // A new user's title broke 数字|政府 (two words to the dictionary, one to a reader).
    assert.deepEqual(breakTitle('关于印发《昆明市数字政府建设工作方案》的通知'), ['关于印发《昆明市', '数字政府建设工作方案》的通知']);
    // after a verb opening the name's own 事由
    assert.deepEqual(breakTitle('关于印发《昆明市推进数字政府建设三年行动计划》的通知'), ['关于印发《昆明市推进', '数字政府建设三年行动计划》的通知']);
    // before 《 when the lines allow it
    assert.deepEqual(breakTitle('XX县人民政府关于印发《XX县安全生产管理办法（试行）》的通知'), ['XX县人民政府关于印发', '《XX县安全生产管理办法（试行）》的通知']);
    assert.deepEqual(breakTitle('关于印发《数字政府建设工作方案》和《智慧城市建设工作方案》的通知'), ['关于印发《数字政府建设工作方案》', '和《智慧城市建设工作方案》的通知']);
    assert.deepEqual(breakTitle('青山县司法局关于印发《青山县人民调解员等级评定办法（试行）》的通知'), ['青山县司法局关于印发《青山县', '人民调解员等级评定办法（试行）》的通知']);
    // 人民代表大会常务委员会 is one body
    const lines = breakTitle('青川市人民代表大会常务委员会关于修改《青川市城市市容和环境卫生管理条例》的决定');
    assert.equal(lines[0], '青川市人民代表大会常务委员会', lines.join('|'));
  });

  it('the Word title carries the break where breakTitle puts it, as line breaks in one paragraph', async () => {
    const title = '关于表彰2024年度全县脱贫攻坚先进集体和先进个人的决定';
    const docx = unzipDocx((await exportDocx(`${title}\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n`, { language: 'plaintext' })).data);
    const p = paragraphs(docx['word/document.xml'])[0];
    assert.equal(p.text, title);
    assert.deepEqual(p.runs.map((r) => r.text), breakTitle(title));
    assert.deepEqual(p.runs.map((r) => r.breaks), [0, 1]);
  });

  it('counts half-width characters as half', () => {
    assert.equal(textWidth('2025年6月3日'), 6);
    assert.equal(textWidth('𠮷'), 1);
  });
});

describe('resolveFonts', () => {
  it('takes given names over the defaults and reports bad ones', () => {
    const { fonts, problems } = resolveFonts({ body: '仿宋', title: '', heading2: 42, colour: 'red' });
    assert.equal(fonts.body, '仿宋');
    assert.equal(fonts.title, DEFAULT_FONTS.title);
    assert.equal(fonts.heading2, DEFAULT_FONTS.heading2);
    assert.equal(problems.length, 3);
    assert.match(problems.join('\n'), /title/);
    assert.match(problems.join('\n'), /colour/);
  });
});

describe('exportDocx: the .docx of a notice', () => {
  let result: DocxResult;
  let files: Record<string, string>;
  let ps: Para[];
  before(async () => {
    result = await exportDocx(NOTICE, { language: 'plaintext' });
    files = unzipDocx(result.data);
    ps = paragraphs(files['word/document.xml']);
  });

  it('is a zip with a document, styles, settings and two footers', () => {
    for (const f of ['word/document.xml', 'word/styles.xml', 'word/settings.xml', '[Content_Types].xml']) assert.ok(files[f], f);
  });

  it('sets A4, the margins in twips and the document grid', () => {
    const doc = files['word/document.xml'];
    assert.deepEqual(attrs(doc, 'w:pgSz'), { w: '11906', h: '16838', orient: 'portrait' });
    const mar = attrs(doc, 'w:pgMar');
    assert.deepEqual([mar?.top, mar?.bottom, mar?.left, mar?.right], ['2098', '1984', '1587', '1474']);
    // The footer's 14 pt line ends 25.5 mm above the page's edge, so its 一字线 is 7 mm below the 版心
    // (§7.5; measured in LibreOffice's rendering by scripts/render-docx.ts).
    assert.equal(mar?.footer, String(mm(25.5)));
    assert.deepEqual(attrs(doc, 'w:docGrid'), { type: 'linesAndChars', linePitch: '579', charSpace: '-842' });
  });

  it('keeps every line to the grid pitch and 28 characters: exact 579-twip lines, −0.3 pt runs, no grid snapping or widow control', () => {
    const styles = files['word/styles.xml'];
    const pPrDefault = /<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(styles)?.[1] ?? '';
    assert.match(pPrDefault, /<w:widowControl w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:snapToGrid w:val="0"\/><w:spacing /);
    assert.deepEqual(attrs(pPrDefault, 'w:spacing'), { after: '0', before: '0', line: '579', lineRule: 'exact' });
    const rPrDefault = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
    assert.equal(attrs(rPrDefault, 'w:sz')?.val, '32');
    assert.equal(attrs(rPrDefault, 'w:rFonts')?.eastAsia, '仿宋_GB2312');
    // The Normal style names the size too (LibreOffice sizes the grid from it).
    const normal = /<w:style w:type="paragraph" w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    assert.equal(attrs(normal, 'w:sz')?.val, '32');
    for (const p of ps) for (const r of p.runs) assert.equal(r.spacing, -6, p.text);
  });

  it('names one font for East Asian and Latin text in every run: punctuation and digits are never Times New Roman', () => {
    const all = Object.values(files).join('');
    assert.doesNotMatch(files['word/document.xml'], /Times New Roman/);
    for (const p of ps)
      for (const r of p.runs) {
        assert.ok(r.fonts.eastAsia, `${p.text}: a font`);
        assert.equal(r.fonts.ascii, r.fonts.eastAsia, p.text);
        assert.equal(r.fonts.hAnsi, r.fonts.eastAsia, p.text);
        assert.equal(r.fonts.hint, 'eastAsia', p.text);
      }
    const quoted = find(ps, '“防汛物资”要备足，数量不少于2024年。');
    assert.deepEqual(fontsOf(quoted), ['仿宋_GB2312']);
    assert.ok(all.length > 0);
  });

  it('lays out the title: 2号 小标宋体, centred, broken into lines', () => {
    const title = ps[0];
    assert.equal(title.text, '青山县人民政府办公室关于进一步做好全县汛期防汛值守和应急物资保障工作的通知');
    assert.equal(title.jc, 'center');
    assert.ok(title.runs.length >= 2);
    assert.deepEqual(title.runs.map((r) => r.breaks), [0, ...title.runs.slice(1).map(() => 1)]);
    for (const r of title.runs) {
      assert.equal(r.fonts.eastAsia, '方正小标宋简体');
      assert.equal(r.size, 44);
    }
    // An empty line between the title and the 主送机关.
    assert.equal(ps[1].text, '');
  });

  it('leaves out web residue and says so', () => {
    assert.ok(!ps.some((p) => p.text.includes('当前位置')));
    assert.equal(result.omitted.residue, 1);
  });

  it('sets the 主送机关 flush left and the body in 3号 仿宋体 indented two characters', () => {
    const addressee = find(ps, '各乡镇人民政府，县政府各部门：');
    assert.deepEqual(addressee.ind, {});
    assert.equal(addressee.jc, undefined);
    assert.deepEqual(fontsOf(addressee), ['仿宋_GB2312']);
    const body = find(ps, '为切实做好今年汛期防汛值守工作，现就有关事项通知如下。');
    assert.deepEqual(body.ind, { firstLine: String(chars(2)), firstLineChars: '200' });
    assert.equal(body.runs[0].size, 32);
    assert.deepEqual(fontsOf(body), ['仿宋_GB2312']);
  });

  it('gives level 1 黑体, level 2 楷体 on the heading part of a run-in heading only, level 3 仿宋体', () => {
    const h1 = find(ps, '一、压实值守责任');
    assert.deepEqual(fontsOf(h1), ['黑体']);
    assert.equal(h1.ind.firstLineChars, '200');
    const h2 = find(ps, '（一）落实领导带班。各乡镇主要负责同志要轮流带班。');
    assert.deepEqual(
      h2.runs.map((r) => [r.text, r.fonts.eastAsia, r.size]),
      [
        ['（一）落实领导带班。', '楷体_GB2312', 32],
        ['各乡镇主要负责同志要轮流带班。', '仿宋_GB2312', 32],
      ],
    );
    assert.deepEqual(fontsOf(find(ps, '1.重大险情立即报告；')), ['仿宋_GB2312']);
  });

  it('aligns the 附件说明: `附件：` two characters in, names under each other (hanging indent)', () => {
    const first = find(ps, '附件：1.值班安排表');
    const second = find(ps, '2.防汛物资清单');
    // `附件：` is 3 characters, `1.` one (two half-width): names start 2 + 3 + 1 = 6 characters in.
    assert.deepEqual(first.ind, { left: String(chars(6)), hanging: String(chars(4)) });
    assert.deepEqual(second.ind, { left: String(chars(6)), hanging: String(chars(1)) });
    assert.equal(ps[ps.indexOf(first) - 1].text, '', 'an empty line before the 附件说明');
  });

  it('right-aligns the 成文日期 four characters in and centres the 署名 on it (§7.3.5.1)', () => {
    const sig = find(ps, '青山县人民政府办公室');
    const date = find(ps, '2025年6月3日');
    assert.equal(sig.jc, 'right');
    assert.equal(date.jc, 'right');
    // The date (6 characters) four characters in; the signature (10) centred on it, two characters in.
    assert.equal(date.ind.right, String(chars(4)));
    assert.equal(sig.ind.right, String(chars(4 - (10 - 6) / 2)));
    // The last text before them goes with them to a new page, so the 署名 never opens a page alone.
    const before = ps[ps.indexOf(sig) - 2];
    assert.equal(before.text, '2.防汛物资清单');
    assert.match(before.xml, /<w:keepNext\/>[\s\S]*<w:keepLines\/>/);
    assert.match(ps[ps.indexOf(sig) - 1].xml, /<w:keepNext\/>/);
    assert.doesNotMatch(find(ps, '为切实做好今年汛期防汛值守工作，现就有关事项通知如下。').xml, /<w:keepNext/);
    const note = find(ps, '（此件公开发布）');
    assert.equal(note.ind.firstLineChars, '200');
  });

  it('starts an attachment on a new page: `附件1` in 黑体 flush left, its title like the document title', () => {
    const label = find(ps, '附件1');
    assert.ok(label.pageBreakBefore);
    assert.deepEqual(fontsOf(label), ['黑体']);
    assert.deepEqual(label.ind, {});
    const title = find(ps, '值班安排表');
    assert.equal(title.jc, 'center');
    assert.deepEqual(fontsOf(title), ['方正小标宋简体']);
    assert.equal(title.runs[0].size, 44);
    assert.equal(ps.indexOf(title) - ps.indexOf(label), 2, 'the title on the third line');
    assert.deepEqual(fontsOf(find(ps, '一、带班领导')), ['黑体']);
  });

  it('puts page numbers `— N —` in 4号 宋体 on odd pages right and even pages left, one character in', () => {
    const doc = files['word/document.xml'];
    assert.match(files['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    const refs = [...doc.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(refs.map((r) => r[0]).sort(), ['default', 'even']);
    const rels = files['word/_rels/document.xml.rels'];
    const footer = (type: string) => {
      const id = refs.find((r) => r[0] === type)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
      return files[`word/${target?.[1] ?? target?.[2]}`];
    };
    const odd = paragraphs(footer('default'))[0];
    const even = paragraphs(footer('even'))[0];
    assert.equal(odd.jc, 'right');
    assert.deepEqual(odd.ind, { right: '280' });
    assert.equal(even.jc, 'left');
    assert.deepEqual(even.ind, { left: '280' });
    for (const f of [footer('default'), footer('even')]) {
      assert.match(f, /<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
      const texts = [...f.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
      assert.deepEqual(texts, ['— ', ' —']);
      for (const r of paragraphs(f)[0].runs) {
        assert.equal(r.fonts.eastAsia, '宋体');
        assert.equal(r.fonts.ascii, '宋体');
        assert.equal(r.size, 28);
      }
    }
  });

  it('sets the 版记 between its rules in a table floated to the foot of the page, in 4号 仿宋体 (position checked in LibreOffice by scripts/render-docx.ts)', () => {
    const doc = files['word/document.xml'];
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    assert.ok(tbl, 'a table');
    assert.ok(doc.indexOf(tbl) > doc.indexOf('一、带班领导'), 'after all text');
    const pos = attrs(tbl, 'w:tblpPr');
    assert.equal(pos?.vertAnchor, 'margin');
    assert.equal(pos?.tblpYSpec, 'bottom');
    // Placed on the page, its cells' text one character in from the left margin; the table's own
    // cell margin is that character, so its rules start at the margin.
    assert.equal(pos?.horzAnchor, 'page');
    assert.equal(pos?.tblpX, String(MARGIN.left + 280));
    const cellMar = /<w:tblCellMar>([\s\S]*?)<\/w:tblCellMar>/.exec(tbl)?.[1] ?? '';
    assert.equal(attrs(cellMar, 'w:left')?.w, '280');
    assert.equal(attrs(cellMar, 'w:right')?.w, '280');
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(tbl)?.[1] ?? '';
    assert.equal(attrs(borders, 'w:top')?.sz, '8');
    assert.equal(attrs(borders, 'w:bottom')?.sz, '8');
    assert.equal(attrs(borders, 'w:insideH')?.sz, '6');
    assert.equal(attrs(borders, 'w:left')?.val, 'none');
    assert.equal(attrs(tbl, 'w:tblW')?.w, String(TEXT_WIDTH));
    const rows = paragraphs(tbl);
    assert.deepEqual(
      rows.map((r) => r.text),
      ['抄送：县委办公室，县人大常委会办公室。', '青山县人民政府办公室\t2025年6月3日印发'],
    );
    for (const r of rows) for (const run of r.runs) assert.deepEqual([run.fonts.eastAsia, run.size], ['仿宋_GB2312', 28]);
    // The date sits at a right tab one character (4号) in from the right edge of the cell's text.
    assert.equal(attrs(rows[1].xml, 'w:tab')?.val, 'right');
    // The organ list wraps under its first name.
    assert.deepEqual(rows[0].ind, { left: String(3 * 280), hanging: String(3 * 280) });
  });

  it('reports the fonts it asked for', () => {
    assert.deepEqual(result.fonts, DEFAULT_FONTS);
  });
});

describe('exportDocx: options and other drafts', () => {
  it('uses the configured fonts everywhere', async () => {
    const r = await exportDocx('关于开展检查的通知\n各单位：\n一、范围。全县。\n（一）重点。略。', { language: 'plaintext', fonts: { body: '仿宋', title: '华文中宋', heading1: '方正黑体', heading2: '楷体' } });
    assert.deepEqual(r.problems, []);
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']);
    assert.deepEqual(fontsOf(ps[0]), ['华文中宋']);
    assert.deepEqual(fontsOf(find(ps, '一、范围。全县。')), ['方正黑体', '仿宋']);
    assert.deepEqual(fontsOf(find(ps, '（一）重点。略。')), ['楷体', '仿宋']);
    assert.equal(r.fonts.pageNumber, DEFAULT_FONTS.pageNumber);
  });

  it('exports a Markdown speech without its markup; CRLF and a BOM change nothing', async () => {
    const md = '# 在全县春耕生产动员会上的讲话\n\n县委副书记　刘明\n\n（2025年3月5日）\n\n同志们：\n\n今天召开这次会议，**主要任务**是部署[春耕生产](https://example.org/a)。\n\n## 一、认清形势\n\n今年任务很重。\n';
    const a = await exportDocx(md, { language: 'markdown' });
    const b = await exportDocx(`\ufeff${md.replace(/\n/g, '\r\n')}`, { language: 'markdown' });
    const pa = paragraphs(unzipDocx(a.data)['word/document.xml']);
    const pb = paragraphs(unzipDocx(b.data)['word/document.xml']);
    assert.deepEqual(
      pa.map((p) => p.text),
      pb.map((p) => p.text),
    );
    assert.equal(a.model.kind, 'speech');
    assert.equal(pa[0].text, '在全县春耕生产动员会上的讲话');
    assert.equal(find(pa, '县委副书记　刘明').jc, 'center');
    assert.equal(find(pa, '（2025年3月5日）').jc, 'center');
    assert.deepEqual(find(pa, '同志们：').ind, {});
    find(pa, '今天召开这次会议，主要任务是部署春耕生产。');
    assert.deepEqual(fontsOf(find(pa, '一、认清形势')), ['黑体']);
  });

  it('centres a speech’s speaker line after its date line as before it; a short line of the body there stays text', async () => {
    const layout = async (text: string) => paragraphs(unzipDocx((await exportDocx(text, { language: 'plaintext' })).data)['word/document.xml']);
    for (const speaker of ['张三', '县委书记　张三', '习　近　平']) {
      const ps = await layout(`在全县经济工作会议上的讲话\n（2026年3月5日）\n${speaker}\n同志们：\n今天召开这次会议。\n`);
      assert.equal(find(ps, '（2026年3月5日）').jc, 'center', speaker);
      assert.equal(find(ps, speaker).jc, 'center', speaker);
      assert.deepEqual(find(ps, speaker).ind, {}, speaker);
      assert.deepEqual(find(ps, '同志们：').ind, {}, speaker);
    }
    // Without a salutation after it, a person's name (surname first) is the speaker; a short phrase is the body's.
    const named = await layout('在全县经济工作会议上的讲话\n（2026年3月5日）\n张三\n今天召开这次会议，部署全年工作。\n');
    assert.equal(find(named, '张三').jc, 'center');
    const text = await layout('在全县经济工作会议上的讲话\n（2026年3月5日）\n会议开始\n今天召开这次会议，部署全年工作。\n');
    assert.equal(find(text, '会议开始').jc, 'both');
    assert.equal(find(text, '会议开始').ind.firstLine, String(chars(2)));
  });

  it('indents a nested Markdown list item one level (two characters) a depth, its ordinal as written', async () => {
    const md = ['# 关于做好防汛工作的通知', '', '各村：', '', '1. 第一项', '   1. 子项甲', '   2. 子项乙', '2. 第二项', '', '- 要点一', '  - 细则甲', '    - 更细', '- 要点二', '', '正文一段。', ''].join('\n');
    const ps = paragraphs(unzipDocx((await exportDocx(md, { language: 'markdown' })).data)['word/document.xml']);
    const left = (t: string) => find(ps, t).ind.left;
    assert.deepEqual(['1.第一项', '1.子项甲', '2.子项乙', '2.第二项'].map(left), [undefined, String(chars(2)), String(chars(2)), undefined]);
    assert.deepEqual(['要点一', '细则甲', '更细', '要点二', '正文一段。'].map(left), [undefined, String(chars(2)), String(chars(4)), undefined, undefined]);
    for (const t of ['1.子项甲', '细则甲', '更细']) assert.equal(find(ps, t).ind.firstLine, String(chars(2)), t);
    // Not nested: items under each other at one indentation, an item indented less than the text of the one before
    // (CommonMark: a sibling), a paragraph indent of U+3000, plain text.
    const flat = ['# 关于做好防汛工作的通知', '', '  1. 第一项', '  2. 第二项', ' 3. 第三项', '', '　　4. 第四项', ''].join('\n');
    const fs2 = paragraphs(unzipDocx((await exportDocx(flat, { language: 'markdown' })).data)['word/document.xml']);
    assert.ok(fs2.every((p) => p.ind.left === undefined), fs2.map((p) => `${p.text}:${p.ind.left}`).join('|'));
    const txt = paragraphs(unzipDocx((await exportDocx('关于做好防汛工作的通知\n1. 第一项\n   1. 子项甲\n', { language: 'plaintext' })).data)['word/document.xml']);
    assert.ok(txt.every((p) => p.ind.left === undefined));
  });

  it('gives an empty draft a valid one-paragraph document, and no 版记 table without a 版记', async () => {
    const r = await exportDocx('', { language: 'plaintext' });
    const f = unzipDocx(r.data);
    assert.equal(paragraphs(f['word/document.xml']).length, 1);
    assert.doesNotMatch(f['word/document.xml'], /<w:tbl>/);
  });

  it('escapes XML-special characters in the text', async () => {
    const r = await exportDocx('关于A&B<C>项目的通知\n各单位：\n请落实“A&B”。', { language: 'plaintext' });
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']);
    assert.equal(ps[0].text, '关于A&B<C>项目的通知');
    find(ps, '请落实“A&B”。');
  });
});

describe('exportDocx: edge parts', () => {
  it('centres a 署名 shorter than the 成文日期 on it, and keeps a very long 署名 inside the 版心 (§7.3.5.1)', async () => {
    const closing = async (lines: string[]) => paragraphs(unzipDocx((await exportDocx(['关于调整作息时间的通知', '各科室：', '自下周起调整。', ...lines].join('\n'), { language: 'plaintext' })).data)['word/document.xml']);
    let ps = await closing(['中共青山县委', '二〇二五年五月六日']);
    assert.equal(find(ps, '二〇二五年五月六日').ind.right, String(chars(4)));
    assert.equal(find(ps, '中共青山县委').ind.right, String(chars(4 + (9 - 6) / 2)));
    ps = await closing(['青山县人民政府办公室青山县应急管理局', '2025年5月6日']);
    assert.equal(find(ps, '2025年5月6日').ind.right, String(chars(4)));
    assert.equal(find(ps, '青山县人民政府办公室青山县应急管理局').ind.right, '0');
  });

  it('aligns ten and more attachment names after a wider ordinal', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}.清单${i + 1}`);
    const text = ['关于报送材料的通知', '各单位：', '请按附件报送。', `附件：${items[0]}`, ...items.slice(1), '县档案馆', '2025年5月6日'].join('\n');
    const r = await exportDocx(text, { language: 'plaintext' });
    assert.equal(r.model.attachmentNote?.items.length, 10);
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']);
    const nine = find(ps, '9.清单9');
    const ten = find(ps, '10.清单10');
    // `9.` is one character wide, `10.` one and a half: each name starts right after its ordinal.
    assert.deepEqual(nine.ind, { left: String(chars(6)), hanging: String(chars(1)) });
    assert.deepEqual(ten.ind, { left: String(chars(6.5)), hanging: String(chars(1.5)) });
  });

  it('lays out a 版记 with only 印发机关和印发日期', async () => {
    const text = '关于调整作息时间的通知\n各科室：\n自下周起调整。\n县档案馆\n2025年5月6日\n县档案馆办公室　2025年5月6日印发';
    const r = await exportDocx(text, { language: 'plaintext' });
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(unzipDocx(r.data)['word/document.xml'])?.[0] ?? '';
    assert.deepEqual(paragraphs(tbl).map((p) => p.text), ['县档案馆办公室\t2025年5月6日印发']);
  });

  it('shows Markdown table rows as lines of cells, and not their delimiter rows or code fences', async () => {
    const md = ['# 关于印发工作要点的通知', '', '| 项目 | 时间 |', '|---|---|', '| 检查 | 五月 |', '', '```', '代码行', '```', ''].join('\n');
    const ps = paragraphs(unzipDocx((await exportDocx(md, { language: 'markdown' })).data)['word/document.xml']);
    const texts = ps.map((p) => p.text).filter(Boolean);
    assert.deepEqual(texts, ['关于印发工作要点的通知', '项目　时间', '检查　五月', '代码行']);
  });
});

describe('exportDocx: the 版头 (GB/T 9704-2012 §7.2)', () => {
  const HEAD = ['000128', '机密★1年', '特急', '青山县人民政府文件', '青府发〔2025〕9号　　　　　　签发人：赵东升', '青山县人民政府关于申请设立开发区的请示', '省人民政府：', '现就有关事项请示如下。', '妥否，请批示。', '青山县人民政府', '2025年3月20日'];
  const layout = async (lines: string[]) => paragraphs(unzipDocx((await exportDocx(lines.join('\n'), { language: 'plaintext' })).data)['word/document.xml']);

  it('puts 发文字号 one character in from the left and 签发人 one in from the right on one line: `签发人：` 仿宋, the name 楷体 (§7.2.5, §7.2.6)', async () => {
    const ps = await layout(HEAD);
    const line = find(ps, /^青府发/);
    assert.equal(line.text, '青府发〔2025〕9号\t签发人：赵东升');
    assert.equal(line.jc, undefined);
    assert.deepEqual(line.ind, { left: String(chars(1)) });
    assert.match(line.xml, new RegExp(`<w:tab w:val="right" w:pos="${TEXT_WIDTH - chars(1)}"/>`));
    assert.deepEqual(line.runs.map((r) => [r.text, r.fonts.eastAsia]), [['青府发〔2025〕9号\t', '仿宋_GB2312'], ['签发人：', '仿宋_GB2312'], ['赵东升', '楷体_GB2312']]);
    assert.match(line.xml, /<w:bottom w:val="single" w:color="E00000"/, 'the red rule under it (§7.2.7)');
  });

  it('takes a 签发人 written on a line of its own onto the 发文字号 line, and sets one without a 发文字号 right, one character in', async () => {
    const own = await layout([...HEAD.slice(0, 4), '青府发〔2025〕9号', '签发人：赵东升', ...HEAD.slice(5)]);
    assert.equal(find(own, /^青府发/).text, '青府发〔2025〕9号\t签发人：赵东升');
    assert.equal(own.filter((p) => p.text.includes('签发人')).length, 1);
    // Two 签发人 lines, or one beside a 发文字号 that has its own: none is lost, the last joins the number.
    const two = await layout([...HEAD.slice(0, 4), '签发人：赵东升', '签发人：钱西岭', '青府发〔2025〕9号', ...HEAD.slice(5)]);
    assert.equal(find(two, '签发人：赵东升').jc, 'right');
    assert.equal(find(two, /^青府发/).text, '青府发〔2025〕9号\t签发人：钱西岭');
    const both = await layout([...HEAD.slice(0, 4), '签发人：钱西岭', ...HEAD.slice(4)]);
    assert.equal(find(both, '签发人：钱西岭').jc, 'right');
    assert.equal(find(both, /^青府发/).text, '青府发〔2025〕9号\t签发人：赵东升');
    const alone = await layout(['签发人：王明', ...HEAD.slice(5)]);
    const signer = find(alone, '签发人：王明');
    assert.equal(signer.jc, 'right');
    assert.deepEqual(signer.ind, { right: String(chars(1)) });
    assert.deepEqual(signer.runs.map((r) => r.fonts.eastAsia), ['仿宋_GB2312', '楷体_GB2312']);
  });

  it('sets 份号, 密级 and 紧急程度 flush left in 黑体, the 发文机关标志 35 mm below the top of the 版心, the 发文字号 two lines below it and the title two lines below the red rule (§7.2.1–§7.2.5, §7.3.1)', async () => {
    const ps = await layout(HEAD);
    for (const t of ['000128', '机密★1年', '特急']) {
      assert.deepEqual(find(ps, t).ind, {}, t);
      assert.deepEqual(fontsOf(find(ps, t)), ['黑体'], t);
    }
    const mark = find(ps, '青山县人民政府文件');
    assert.equal(ps.indexOf(mark), 3);
    assert.equal(attrs(mark.xml, 'w:spacing')?.before, String(mm(35) - 3 * LINE_PITCH));
    const number = find(ps, /^青府发/);
    assert.deepEqual(ps.slice(ps.indexOf(mark) + 1, ps.indexOf(number)).map((p) => p.text), ['', '']);
    const title = find(ps, /^青山县人民政府关于/);
    assert.deepEqual(ps.slice(ps.indexOf(number) + 1, ps.indexOf(title)).map((p) => p.text), ['', '']);
    const bare = await layout(['青山县人民政府文件', '青府发〔2025〕9号', ...HEAD.slice(5)]);
    assert.equal(attrs(find(bare, '青山县人民政府文件').xml, 'w:spacing')?.before, String(mm(35)));
    assert.equal(find(bare, '青府发〔2025〕9号').jc, 'center');
  });
});

describe('exportDocx: what of a numbered paragraph is a heading (GB/T 9704-2012 §7.3.3)', () => {
  const layout = async (lines: string[], language: 'plaintext' | 'markdown' = 'plaintext') => paragraphs(unzipDocx((await exportDocx(lines.join('\n'), { language })).data)['word/document.xml']);
  const faces = (p: Para) => p.runs.map((r) => [r.text, r.fonts.eastAsia]);

  it('sets an article number in 黑体 and its text in 仿宋体, a chapter centred in 黑体, and the items of an article in 仿宋体', async () => {
    const ps = await layout(['# 青山县政府投资项目管理办法', '', '## 第一章　总则', '', '第一条　为规范政府投资行为，根据有关法律法规，制定本办法。', '', '第二条　县发展改革部门履行下列职责：', '', '（一）编制年度计划；', '', '（二）审批项目建议书。', '', '## 第二章　附则', '', '第三条　本办法自2025年5月1日起施行。', ''], 'markdown');
    const chapter = find(ps, '第一章　总则');
    assert.equal(chapter.jc, 'center');
    assert.deepEqual(chapter.ind, {});
    assert.deepEqual(fontsOf(chapter), ['黑体']);
    assert.match(chapter.xml, /<w:keepNext\/>/);
    const first = find(ps, /^第一条/);
    assert.deepEqual(faces(first), [['第一条', '黑体'], ['　为规范政府投资行为，根据有关法律法规，制定本办法。', '仿宋_GB2312']]);
    assert.doesNotMatch(first.xml, /<w:keepNext\/>/, 'an article is text: not kept with the next paragraph');
    for (const t of ['（一）编制年度计划；', '（二）审批项目建议书。']) {
      assert.deepEqual(fontsOf(find(ps, t)), ['仿宋_GB2312'], t);
      assert.doesNotMatch(find(ps, t).xml, /<w:keepNext\/>/, t);
    }
  });

  it('reads a chapter and an article wrapped in any emphasis form the checker reads (`*…*`, `***…***`, `_…_`, `___…___`), markers out', async () => {
    const ps = await layout(['# 青山县政府投资项目管理办法', '', '*第一章 总则*', '', '***第一条***', '', '为规范政府投资行为，制定本办法。', '', '_第二条　县发展改革部门负责本办法的实施。_', '', '___第二章 附则___', '', '**第三条**　本办法自2025年5月1日起施行。', '', '__第四条__　本办法由县发展改革局负责解释。', ''], 'markdown');
    for (const t of ['第一章 总则', '第二章 附则']) {
      assert.equal(find(ps, t).jc, 'center', t);
      assert.deepEqual(fontsOf(find(ps, t)), ['黑体'], t);
    }
    assert.deepEqual(faces(find(ps, '第一条')), [['第一条', '黑体']]);
    assert.deepEqual(faces(find(ps, /^第二条/)), [['第二条', '黑体'], ['　县发展改革部门负责本办法的实施。', '仿宋_GB2312']]);
    assert.deepEqual(faces(find(ps, /^第三条/)), [['第三条', '黑体'], ['　本办法自2025年5月1日起施行。', '仿宋_GB2312']]);
    assert.deepEqual(faces(find(ps, /^第四条/)), [['第四条', '黑体'], ['　本办法由县发展改革局负责解释。', '仿宋_GB2312']]);
  });

  it('sets a bold-italic article number run into its text (`***第一条*** 为……`) as the checker reads it, a paragraph of text, with no `*` left', async () => {
    const ps = await layout(['# 青山县政府投资项目管理办法', '', '***第一条*** 为规范政府投资行为，制定本办法。', '', '***第二条*** 本办法适用于全县。', ''], 'markdown');
    assert.deepEqual(faces(find(ps, /^第一条/)), [['第一条 为规范政府投资行为，制定本办法。', '仿宋_GB2312']]);
    assert.ok(!ps.some((p) => /[*_]/.test(p.text)), ps.map((p) => p.text).join('|'));
  });

  it('sets a numbered sentence longer than a line in 仿宋体 (the items of a 批复), and keeps real headings, short or long, in their face', async () => {
    const ps = await layout([
      '青山县人民政府关于同意追加校舍维修资金的批复',
      '县教育体育局：',
      '你局《关于追加校舍维修资金的请示》收悉。经研究，现批复如下：',
      '一、同意追加2025年农村学校校舍维修资金360万元，由县财政局从县本级预备费中安排。',
      '二、请你局与县财政局具体对接资金拨付时间和使用计划安排，联系电话：0791-86543210。',
      '三、深入学习贯彻党的二十大精神，奋力推进中国式现代化县域实践',
      '（一）加强组织领导。各单位要高度重视。',
      '（二）严格落实属地责任，压实各方面工作责任；',
      '此复。',
      '青山县人民政府',
      '2025年5月6日',
    ]);
    assert.deepEqual(fontsOf(find(ps, /^一、同意追加/)), ['仿宋_GB2312']);
    assert.deepEqual(fontsOf(find(ps, /^二、请你局/)), ['仿宋_GB2312']);
    const long = find(ps, /^三、深入学习/);
    assert.deepEqual(fontsOf(long), ['黑体'], 'a heading alone on its line, however long, keeps 黑体');
    assert.match(long.xml, /<w:keepNext\/>/);
    assert.deepEqual(faces(find(ps, /^（一）加强/)), [['（一）加强组织领导。', '楷体_GB2312'], ['各单位要高度重视。', '仿宋_GB2312']]);
    assert.deepEqual(fontsOf(find(ps, /^（二）严格/)), ['仿宋_GB2312'], 'an item ending with ； is part of a sentence');
  });

  it('a 命令: its 令号 centred two lines below the 发文机关标志, the text two lines below it (§10.2); 第N号 under another title is text', async () => {
    const ps = await layout(['某省人民政府令', '', '第215号', '', '《某省突发事件应急预案管理办法》已经省人民政府常务会议审议通过，现予公布，自2024年7月1日起施行。', '', '省长　李四', '', '2024年5月8日']);
    const at = ps.findIndex((p) => p.text === '第215号');
    assert.equal(ps[at].jc, 'center');
    assert.equal(ps[at].ind.firstLine, undefined, 'not indented as text');
    assert.deepEqual(ps.slice(at - 2, at).map((p) => p.text), ['', ''], 'two lines below the title');
    assert.deepEqual(ps.slice(at + 1, at + 3).map((p) => p.text), ['', ''], 'the text two lines below it');
    const other = await layout(['关于表彰先进集体的通知', '', '第215号', '', '各单位：']);
    assert.notEqual(other.find((p) => p.text === '第215号')?.jc, 'center');
  });

  it('an enumeration whose items end with ； has one face for all of them, the last one closed by 。 too; a list of headings keeps its own', async () => {
    const ps = await layout([
      '关于召开全市防汛工作会议的通知',
      '',
      '各县（市、区）人民政府：',
      '',
      '一、参会人员',
      '',
      '（一）各县（市、区）政府分管负责同志；',
      '',
      '（二）各县（市、区）水利局主要负责同志；',
      '',
      '（三）市防指成员单位分管负责同志。',
      '',
      '二、有关要求',
      '',
      '（一）会议安排',
      '',
      '（二）材料报送',
      '',
      '请于5月31日前报送参会回执。',
    ]);
    for (const t of [/^（一）各县/, /^（二）各县/, /^（三）市防指/]) assert.deepEqual(fontsOf(find(ps, t)), ['仿宋_GB2312'], String(t));
    for (const t of [/^（一）会议安排/, /^（二）材料报送/]) assert.deepEqual(fontsOf(find(ps, t)), ['楷体_GB2312'], String(t));
  });

  it('a Markdown block quotation is a paragraph of the text: indented two characters and justified', async () => {
    const ps = await layout(['# 关于学习的通知', '', '各单位：', '', '> 习近平总书记强调：“要坚持不懈。”', '', '请认真学习。', ''], 'markdown');
    const q = find(ps, /^习近平总书记强调/);
    assert.equal(q.jc, 'both');
    assert.ok(q.ind.firstLine !== undefined, 'indented');
  });

  it('a 批复’s items that are sentences, one longer than a line: all 正文, the short one too; short headings ending in 。 keep their face', async () => {
    const ps = await layout([
      '青州市人民政府关于同意设立青州市东部新城管理委员会的批复',
      '',
      '东城区人民政府：',
      '',
      '你区《关于设立青州市东部新城管理委员会的请示》收悉。经研究，现批复如下：',
      '',
      '一、同意设立青州市东部新城管理委员会，为东城区人民政府派出机构。',
      '',
      '二、所需编制由你区内部调剂解决。',
      '',
      '此复。',
    ]);
    for (const t of [/^一、同意设立/, /^二、所需编制/]) assert.deepEqual(fontsOf(find(ps, t)), ['仿宋_GB2312'], String(t));
    const headings = await layout(['关于加强作风建设的通知', '', '各单位：', '', '一、提高认识。', '', '二、强化措施。', '']);
    for (const t of [/^一、提高/, /^二、强化/]) assert.deepEqual(fontsOf(find(headings, t)), ['黑体'], String(t));
  });
});

describe('exportDocx: no character of a plain-text draft is lost or added', () => {
  it('on every plain-text draft of test/correct-documents, the Word text holds exactly the characters of the shown paragraphs (spacing aside; invisible format characters left out and counted)', async () => {
    const dir = path.join(__dirname, '..', 'correct-documents');
    const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt'));
    assert.ok(names.length >= 40, `${names.length} drafts`);
    const sorted = (s: string) => [...s.replace(/[\s\u3000]/g, '')].sort().join('');
    for (const name of names) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      const r = await exportDocx(text, { language: 'plaintext' });
      const shown = r.model.paragraphs.filter((p) => p.role !== 'residue' && p.role !== 'separator').map((p) => text.slice(p.start, p.end)).join('');
      const written = paragraphs(unzipDocx(r.data)['word/document.xml']).map((p) => p.text).join('');
      // Invisible format characters (U+200B, U+2060, U+FEFF) are left out and counted in the summary.
      const invisible = shown.match(/[\u200B\u2060\uFEFF]/g)?.length ?? 0;
      assert.equal(r.literals.invisible.count, invisible, name);
      assert.equal(sorted(written), sorted(shown.replace(/[\u200B\u2060\uFEFF]/g, '')), name);
    }
  });
});

describe('a 纪要’s 出席/请假/列席 lists (GB/T 9704-2012 §10.3)', () => {
  const MINUTES = ['市政府第28次常务会议纪要', '', '　　会议研究了城市更新工作。纪要如下：', '', '　　一、关于城市更新工作', '', '　　会议原则同意该计划。', '', '　　出席：王建国　李　明　张晓华', '', '　　请假：吴　斌（出差）', '', '　　列席：赵　磊（市政府办公室）', '', '　　记录：郑小燕', ''].join('\n');

  it('sets the label in 黑体 two characters in, the names in 仿宋, wrapped lines under the first name, after one line of space', async () => {
    const r = await exportDocx(MINUTES, { language: 'plaintext' });
    const ps = paragraphs(unzipDocx(r.data)['word/document.xml']);
    const at = ps.findIndex((p) => p.text.startsWith('出席：'));
    assert.ok(at > 0, ps.map((p) => p.text).join('|'));
    assert.equal(ps[at - 1].text, '', 'a line of space before the lists');
    for (const label of ['出席：', '请假：', '列席：']) {
      const p = ps.find((q) => q.text.startsWith(label));
      assert.ok(p, label);
      assert.deepEqual(fontsOf(p), [DEFAULT_FONTS.heading1, DEFAULT_FONTS.body], label);
      assert.equal(p.runs[0].text, label);
      assert.deepEqual({ left: p.ind.left, hanging: p.ind.hanging }, { left: String(chars(5)), hanging: String(chars(3)) }, label);
    }
    // only those three: 记录 is text
    const record = ps.find((q) => q.text.startsWith('记录：'));
    assert.deepEqual(fontsOf(record!), [DEFAULT_FONTS.body]);
  });

  it('leaves a line that starts with 出席： in a document that is no 纪要 as text', async () => {
    const r = await exportDocx(MINUTES.replace('常务会议纪要', '常务会议情况的报告'), { language: 'plaintext' });
    const p = paragraphs(unzipDocx(r.data)['word/document.xml']).find((q) => q.text.startsWith('出席：'));
    assert.deepEqual(fontsOf(p!), [DEFAULT_FONTS.body]);
  });
});
