/**
 * Renders the Word export with LibreOffice and checks the page as a reader sees it, not only the XML:
 *   node --import tsx scripts/render-docx.ts [--require] [--png docs/export-page.png]
 *
 * 1. exports the example drafts (examples/draft-notice.txt, examples/draft-speech.md) and a check draft
 *    made of the speech's body paragraphs (letters and digits removed, repeated to fill several
 *    pages) with the real exporter;
 * 2. converts them to PDF (`soffice --headless --convert-to pdf`) and the notice's first page to PNG
 *    (`pdftoppm`) in out/render/;
 * 3. with `pdftotext -layout`, checks that continued body lines hold 28 characters (none more) and
 *    that every full page of the check draft holds 22 lines (GB/T 9704-2012 §5.2.3);
 *    with `pdftotext -bbox-layout`, that the 版记 (抄送, 印发机关和印发日期) of a draft of several pages
 *    sits at the foot of the last page: its last line ends within one line of the 版心's lower edge,
 *    below every other text of the page (§7.4); and that each page number's 一字线 is 7 mm (± 1) below
 *    the 版心, on odd pages right and on even pages left, one 4号 character in (§7.5);
 * 4. with `--png FILE`, copies the first page of the notice as a writer hands it in there (the README's
 *    picture): every defect fixed (`fixAll` with suggestions) and the placeholders filled with sample values.
 *
 * Needs LibreOffice Writer, poppler-utils and a CJK font (Debian: libreoffice-writer poppler-utils
 * fonts-noto-cjk). Without them it prints what is missing and exits 0 — or 1 with `--require`, as CI
 * runs it. Exit 1 when a check fails.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportDocx } from '../server/src/export/docx';
import { CHARS_PER_LINE, LINES_PER_PAGE, LINE_PITCH, MARGIN, PAGE } from '../server/src/export/layout';
import { DEFAULT_FONTS } from '../server/src/export/fonts';
import { Source } from '../server/src/core/source';
import { buildSections } from '../server/src/core/numbering/tree';
import { buildDocumentModel } from '../server/src/core/document/model';
import { fixAll } from '../server/src/core';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(ROOT, 'out', 'render');
const EXAMPLES = path.join(ROOT, 'examples');

function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (dir && fs.existsSync(p)) return p;
  }
  return undefined;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, env });
  if (r.error || r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

/**
 * Width of a rendered line in full-width characters (CJK 1, anything else ½), spaces left out, and
 * not counting one closing punctuation mark hung past the line's end (Word and LibreOffice both let
 * `。` `，` overflow the margin rather than start the next line with it).
 */
function width(line: string): number {
  let w = 0;
  const chars = [...line.replace(/[\s\u3000]/g, '')];
  for (const ch of chars) w += (ch.codePointAt(0) ?? 0) < 0x1100 ? 0.5 : 1;
  if (w > CHARS_PER_LINE && /[，。、；：！？”’）》]/.test(chars[chars.length - 1] ?? '')) w -= 1;
  return w;
}

/** A check draft: the example's body paragraphs without letters or digits, enough for four pages. */
function checkDraft(example: string): string {
  const src = new Source(example, 'markdown');
  const model = buildDocumentModel(src, buildSections(src));
  const body = model.paragraphs.filter((p) => p.role === 'body').map((p) => example.slice(p.start, p.end).replace(/[A-Za-z0-9]/g, ''));
  const paras: string[] = [];
  while (paras.join('').length < CHARS_PER_LINE * LINES_PER_PAGE * 4) paras.push(...body);
  return paras.join('\n\n') + '\n';
}

/**
 * A check draft with a 版记: a notice of the example's body paragraphs (letters and digits removed)
 * long enough for two pages, its 署名 and 成文日期, then 抄送 and 印发机关和印发日期.
 */
function imprintDraft(example: string): string {
  const src = new Source(example, 'markdown');
  const model = buildDocumentModel(src, buildSections(src));
  const body = model.paragraphs.filter((p) => p.role === 'body').map((p) => example.slice(p.start, p.end).replace(/[A-Za-z0-9]/g, ''));
  const paras: string[] = [];
  while (paras.join('').length < CHARS_PER_LINE * LINES_PER_PAGE * 1.3) paras.push(...body);
  return ['关于做好春季农业生产工作的通知', '', '各乡镇人民政府，县直有关单位：', '', ...paras.flatMap((p) => [p, '']), '青山县人民政府办公室', '2025年3月6日', '', '抄送：县委办公室，县人大常委会办公室，县政协办公室。', '青山县人民政府办公室　　2025年3月6日印发', ''].join('\n');
}

/** A text line of a PDF page: its text and its box in points from the page's top left. */
interface BoxLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Lines of each page of `pdftotext -bbox-layout` output. */
function boxPages(pdf: string): BoxLine[][] {
  const html = run('pdftotext', ['-bbox-layout', pdf, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: [...m[5].matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
      })),
    );
}

/** Pages of `pdftotext -layout` output, each without its page-number line and trailing blank lines. */
function pages(pdf: string): string[][] {
  return run('pdftotext', ['-layout', pdf, '-'])
    .split('\f')
    .map((page) => page.split('\n').filter((l) => l.trim() !== '' && !/^\s*—\s*\d+\s*—\s*$/.test(l)))
    .filter((p) => p.length > 0);
}

/** A fontconfig file: the system's, plus aliases from the export's default font names to free fonts. */
function fontconfig(): string {
  const serif = ['Noto Serif CJK SC', 'Noto Serif CJK', 'AR PL UMing CN', 'WenQuanYi Zen Hei'];
  const sans = ['Noto Sans CJK SC', 'Noto Sans CJK', 'WenQuanYi Zen Hei'];
  const alias = (family: string, prefer: string[]) => `  <alias binding="same"><family>${family}</family><prefer>${prefer.map((f) => `<family>${f}</family>`).join('')}</prefer></alias>`;
  const { title, body, heading1, heading2, pageNumber } = DEFAULT_FONTS;
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    alias(title, serif),
    alias(body, serif),
    alias(heading2, serif),
    alias(pageNumber, serif),
    alias(heading1, sans),
    '</fontconfig>',
    '',
  ].join('\n');
}

/** Sample values for the example notice's placeholders, longest first (the picture shows a finished notice). */
const SAMPLE_FILL: ReadonlyArray<[RegExp, string]> = [
  [/XXXXXXXX/g, '12345678'],
  [/联系人：XXX/g, '联系人：王明'],
  [/XX县/g, '城关县'],
  [/2024年X月X日/g, '2024年5月6日'],
  [/X月X日—X月X日/, '5月6日—5月17日'],
  [/X月X日—X月X日/, '5月20日—5月31日'],
  [/X月X日前/g, '6月14日前'],
  [/XX文件/g, '省政府有关文件'],
  [/XX制度/g, '安全生产责任制度'],
  [/XX工作/g, '安全生产'],
];

/** The example notice as a writer hands it in: every fix applied (suggestions too), placeholders filled. */
function finishedNotice(notice: string): string {
  let text = fixAll(notice, { language: 'plaintext' }, 8, undefined, { suggestions: true, minSeverity: 'hint' }).text;
  for (const [re, value] of SAMPLE_FILL) text = text.replace(re, value);
  return text;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const mustRun = args.includes('--require');
  const pngAt = args.indexOf('--png');
  const pngTarget = pngAt >= 0 ? args[pngAt + 1] : undefined;
  const soffice = which('soffice') ?? which('libreoffice');
  const missing = [soffice ? '' : 'LibreOffice (libreoffice-writer)', which('pdftotext') && which('pdftoppm') ? '' : 'poppler-utils'].filter(Boolean);
  if (missing.length) {
    console.log(`render-docx: skipped, not installed: ${missing.join(', ')} (Debian: apt-get install libreoffice-writer poppler-utils fonts-noto-cjk)`);
    return mustRun ? 1 : 0;
  }
  fs.mkdirSync(OUT, { recursive: true });
  const notice = fs.readFileSync(path.join(EXAMPLES, 'draft-notice.txt'), 'utf8');
  const speech = fs.readFileSync(path.join(EXAMPLES, 'draft-speech.md'), 'utf8');
  const docs: Array<[string, string, 'markdown' | 'plaintext']> = [
    ['draft-notice', notice, 'plaintext'],
    ['draft-speech', speech, 'markdown'],
    ['check-28x22', checkDraft(speech), 'markdown'],
    ['check-imprint', imprintDraft(speech), 'plaintext'],
    ['notice-finished', finishedNotice(notice), 'plaintext'],
  ];
  for (const [name, text, language] of docs) {
    const r = await exportDocx(text, { language });
    fs.writeFileSync(path.join(OUT, `${name}.docx`), r.data);
  }
  // A private LibreOffice profile: no first-start dialogs, no clash with a running instance. The
  // faces the export asks for are mapped to the free CJK fonts a Linux machine has (serif for 仿宋,
  // 楷体 and 小标宋, sans for 黑体), so the picture shows the faces apart.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-lo-'));
  const fontsConf = path.join(profile, 'fonts.conf');
  fs.writeFileSync(fontsConf, fontconfig());
  try {
    run(soffice as string, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...docs.map(([n]) => path.join(OUT, `${n}.docx`))], { ...process.env, FONTCONFIG_FILE: fontsConf });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join(OUT, 'notice-finished.pdf'), path.join(OUT, 'draft-notice-page1')]);

  let failed = 0;
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) failed++;
  };

  for (const [name] of docs) {
    const ps = pages(path.join(OUT, `${name}.pdf`));
    // A full line: neither a paragraph's first (indented) line nor its last, whose next line on the
    // page starts a new (indented) paragraph.
    const full: number[] = [];
    const indented = (l: string) => /^\s/.test(l);
    for (const page of ps)
      for (let i = 0; i + 1 < page.length; i++) if (!indented(page[i]) && !indented(page[i + 1])) full.push(width(page[i]));
    const counts = new Map<number, number>();
    for (const w of full) counts.set(w, (counts.get(w) ?? 0) + 1);
    const modal = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    console.log(`${name}: ${ps.length} page(s), lines per page ${ps.map((p) => p.length).join(' ')}; characters in continued lines: ${[...counts].sort((a, b) => a[0] - b[0]).map(([w, n]) => `${w}×${n}`).join(' ')}`);
    if (name === 'check-28x22') {
      check(modal === CHARS_PER_LINE, `${name}: continued body lines hold ${CHARS_PER_LINE} characters (most common: ${modal})`);
      check(full.every((w) => w <= CHARS_PER_LINE), `${name}: no line holds more than ${CHARS_PER_LINE} characters`);
      const fullPages = ps.slice(0, -1);
      check(fullPages.length >= 2 && fullPages.every((p) => p.length === LINES_PER_PAGE), `${name}: every full page holds ${LINES_PER_PAGE} lines (${fullPages.map((p) => p.length).join(', ')})`);
    } else {
      check(full.every((w) => w <= CHARS_PER_LINE), `${name}: no line holds more than ${CHARS_PER_LINE} characters`);
      check(ps.every((p) => p.length <= LINES_PER_PAGE), `${name}: no page holds more than ${LINES_PER_PAGE} lines`);
    }
  }
  {
    // The 版记 at the foot of the last page (GB/T 9704-2012 §7.4): twips → points for the 版心's lower edge.
    const ps = boxPages(path.join(OUT, 'check-imprint.pdf'));
    const last = ps[ps.length - 1] ?? [];
    const bottom = (PAGE.height - MARGIN.bottom) / 20;
    const pitch = LINE_PITCH / 20;
    const copyTo = last.find((l) => l.text.startsWith('抄送'));
    const printing = last.find((l) => l.text.endsWith('印发'));
    // The 版记's own lines: 抄送, and both halves of the 印发 line (organ, then the date at a tab).
    const ownRow = (l: BoxLine) => [copyTo, printing].some((o) => o && Math.abs(o.yMin - l.yMin) < 1);
    const others = last.filter((l) => !ownRow(l) && l.yMax < bottom);
    const where = (l?: BoxLine) => (l ? `${l.yMin.toFixed(0)}–${l.yMax.toFixed(0)} pt` : 'missing');
    console.log(`check-imprint: ${ps.length} page(s); 版心 ends at ${bottom.toFixed(0)} pt; 抄送 ${where(copyTo)}, 印发 ${where(printing)} on the last page`);
    check(ps.length >= 2, 'check-imprint: the draft runs to more than one page');
    check(!!copyTo && !!printing, 'check-imprint: 抄送 and 印发 lines are on the last page');
    if (copyTo && printing) {
      check(printing.yMax <= bottom + 1 && printing.yMax >= bottom - pitch, `check-imprint: the 印发 line ends within one line (${pitch.toFixed(1)} pt) of the 版心's lower edge`);
      check(copyTo.yMax <= printing.yMin + 1, 'check-imprint: 抄送 is right above 印发机关和印发日期');
      check(others.every((l) => l.yMax <= copyTo.yMin), `check-imprint: no other text below the 版记's top (lowest: ${Math.max(0, ...others.map((l) => l.yMax)).toFixed(0)} pt)`);
      check(others.some((l) => copyTo.yMin - l.yMax > pitch), 'check-imprint: the 版记 stands apart at the foot, not right after the text');
    }
  }
  {
    // Page numbers (GB/T 9704-2012 §7.5): the 一字线 (drawn at the middle of the line) 7 mm below the
    // 版心's lower edge; odd pages right and even pages left, one 4号 character (14 pt) in.
    const ps = boxPages(path.join(OUT, 'check-28x22.pdf'));
    const bottom = (PAGE.height - MARGIN.bottom) / 20;
    const mmPt = 72 / 25.4;
    ps.forEach((page, i) => {
      const n = i + 1;
      const line = page.find((l) => l.text === `—${n}—`);
      if (!line) return check(false, `page ${n}: a page number —${n}— (lines: ${page.slice(-2).map((l) => l.text).join(' | ')})`);
      const dash = ((line.yMin + line.yMax) / 2 - bottom) / mmPt;
      check(Math.abs(dash - 7) <= 1, `page ${n}: the page number's 一字线 ${dash.toFixed(1)} mm below the 版心 (7 mm)`);
      const inset = n % 2 ? (PAGE.width - MARGIN.right) / 20 - line.xMax : line.xMin - MARGIN.left / 20;
      check(Math.abs(inset - 14) <= 2, `page ${n}: ${n % 2 ? 'odd, right' : 'even, left'}, ${inset.toFixed(1)} pt in (one 4号 character, 14 pt)`);
    });
  }
  const png = path.join(OUT, 'draft-notice-page1.png');
  console.log(`PDF and PNG in ${path.relative(ROOT, OUT)}/ (${Math.round(fs.statSync(png).size / 1024)} KB page image)`);
  if (pngTarget) {
    fs.copyFileSync(png, path.resolve(pngTarget));
    console.log(`copied the first page to ${pngTarget}`);
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`render-docx: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
