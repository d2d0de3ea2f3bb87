// Writes the README that the .vsix carries (dist/README.md, passed to vsce with --readme-path) so that the
// Extensions view shows it properly on an offline machine:
//  - images: the Extensions view allows only https: and data: images (no packaged relative files), so each
//    `![…](docs/screenshot-x.png)` becomes a data: URI of docs/screenshot-x.webp (the same picture, about a
//    third of the PNG's size; regenerate with `cwebp -q 60 -m 6 x.png -o x.webp` after refreshing screenshots);
//  - Chinese lines hard-wrapped in the source would show a stray space at each wrap: a soft line break next
//    to a Chinese character is joined without a space (code blocks and tables are left as they are);
//  - the rule reference, the configuration reference and the export notes: links to docs/rules.md#<rule>,
//    docs/configuration.md and docs/export.md become in-page links, and the files are appended, so the details page carries
//    them whole (the command “gongwen: Rule Reference” opens docs/rules.md too);
//  - parts between `<!-- vsix:omit -->` and `<!-- /vsix:omit -->` (for the repository's developers) are left out;
//  - runs of quoted items (“一、”“（一）”…) get a zero-width space between the quotes, so that they can wrap
//    (unwrappable, they made the rule table wider than the page and cut its last column off).
// Usage: node scripts/package-readme.mjs [out]   (default dist/README.md); prints the size written.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Han, kana, CJK punctuation, full-width forms, curly quotes, dash and ellipsis: the characters of Chinese text. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;
/** Full-width punctuation (、。《》【】〔〕（），：；！？…): it carries its own spacing, so no space goes next to it. */
const FULL_WIDTH_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * What a soft line break between `a` (the last character of a line) and `b` (the first of the next) becomes:
 * nothing between two characters of Chinese text or next to full-width punctuation, else a space (an
 * English word next to a Chinese one keeps its space: `every 条` + `and` → `every 条 and`). This is the
 * segment-break rule of CSS Text 3 §4.1.3, which browsers do not apply yet.
 */
export function softBreak(a, b) {
  return (WIDE.test(a) && WIDE.test(b)) || FULL_WIDTH_PUNCT.test(a) || FULL_WIDTH_PUNCT.test(b) ? '' : ' ';
}

/** A line that starts a block of its own (and so never continues the paragraph above). */
function startsBlock(line) {
  return /^\s*$/.test(line) || /^\s{0,3}(?:#{1,6}\s|>|\||```|~~~|[-*+]\s|\d+[.)]\s|<|!\[|---\s*$|\*\*\*\s*$)/.test(line);
}

/**
 * Join the soft line breaks inside paragraphs and list items (see softBreak), so that Markdown does not
 * render a break inside Chinese text as a space. Code blocks, tables, headings and hard breaks stay.
 */
export function joinChineseSoftBreaks(markdown) {
  const lines = markdown.split('\n');
  const out = [];
  let fence = false;
  for (const line of lines) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      fence = !fence;
      out.push(line);
      continue;
    }
    const prev = out.length ? out[out.length - 1] : undefined;
    const continues = !fence && prev !== undefined && !/^\s*$/.test(prev) && !/^\s{0,3}(?:#{1,6}\s|\||```|~~~)/.test(prev) && !/ {2}$|\\$/.test(prev) && !startsBlock(line);
    if (continues) {
      const next = line.trimStart();
      // Emphasis markers are not text: `**重点**` + `继续` joins like `重点` + `继续`.
      const a = prev.replace(/\*+$/, '').slice(-1);
      const b = next.replace(/^\*+/, '').charAt(0);
      out[out.length - 1] = prev + softBreak(a, b) + next;
    } else out.push(line);
  }
  return out.join('\n');
}

/**
 * Puts a zero-width space (U+200B) between a closing and an opening curly quote (`”“`, `’‘`, `”‘`, `’“`) outside
 * code: browsers find no line-break opportunity around quotation marks there, so a run such as
 * `“一、”“（一）”“1.”“（1）”` cannot wrap, and in a table cell it makes the table wider than the page (the details
 * page then cuts the last column off). Code spans and fenced code keep their text as written.
 */
export function breakQuoteRuns(markdown) {
  let fence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        fence = !fence;
        return line;
      }
      if (fence) return line;
      // Odd pieces of the split are code spans (`…`, ``…``).
      return line
        .split(/(`+[^`]*?`+)/)
        .map((part, i) => (i % 2 ? part : part.replace(/([”’])(?=[“‘])/g, '$1\u200b')))
        .join('');
    })
    .join('\n');
}

/** `![alt](docs/x.png)` → a data: URI of docs/x.webp (or of the PNG itself when there is no WebP copy). */
export function inlineImages(markdown, dir = root) {
  return markdown.replace(/!\[([^\]]*)\]\(((?:\.\/)?docs\/[^)\s]+\.png)\)/g, (_, alt, rel) => {
    const png = path.join(dir, rel);
    const webp = png.replace(/\.png$/, '.webp');
    const [file, type] = fs.existsSync(webp) ? [webp, 'image/webp'] : [png, 'image/png'];
    return `![${alt}](data:${type};base64,${fs.readFileSync(file).toString('base64')})`;
  });
}

/**
 * Appends docs/<name>.md after the README under an anchor `id`, its first `# ` heading replaced by `title`,
 * and turns the README's links to it (`docs/<name>.md`, `./docs/<name>.md#x`) into in-page links (`#id`, `#x`):
 * an installed extension has no docs/ folder to link to, and an offline machine no repository.
 */
export function appendDoc(markdown, name, doc, id, title) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `docs/x.md` from the README, `x.md` from a document of docs/ appended before
  const link = new RegExp(`\\[([^\\]]*)\\]\\((?:\\./)?(?:docs/)?${escaped}\\.md(#[A-Za-z0-9_-]+)?\\)`, 'g');
  // A link that reads as the file's path (`[docs/rules.md](docs/rules.md)`) reads as the section's title instead.
  const body = markdown.replace(link, (_, text, anchor) => {
    const label = /^(?:\.\/)?docs\/[\w.-]+\.md$/.test(text) ? title : text;
    return `[${label}](${anchor ?? `#${id}`})`;
  });
  const appendix = doc.replace(/^# .*$/m, `<a id="${id}"></a>\n\n# ${title}`);
  return `${body.trimEnd()}\n\n---\n\n${appendix.trimStart()}`;
}

/** The rule reference (docs/rules.md) appended under #rules, each `## <rule-id>` with an explicit anchor. */
export function appendRules(markdown, rules) {
  // Explicit anchors: the details page's Markdown renderer gives headings no ids.
  const anchored = rules.replace(/^## ([a-z][a-z0-9-]*)$/gm, '<a id="$1"></a>\n\n## $1');
  return appendDoc(markdown, 'rules', anchored, 'rules', '规则说明 Rule reference');
}

/** The documents the README links to, appended in this order (a missing file is left out). */
const APPENDICES = [
  { name: 'rules', append: appendRules },
  { name: 'configuration', append: (md, doc) => appendDoc(md, 'configuration', doc, 'configuration', '配置与命令行 Configuration, suppressions and the command line') },
  { name: 'export', append: (md, doc) => appendDoc(md, 'export', doc, 'export', '导出为 Word Export to Word') },
];

/**
 * Drops what lies between `<!-- vsix:omit -->` and `<!-- /vsix:omit -->` (each on a line of its own), markers
 * included: README parts for the repository's developers (building, benchmarks, the source layout) that a
 * user reading the Extensions view does not need. An unclosed marker is an error (it would drop the rest).
 * @throws {Error} on an unclosed or unopened marker, naming its line (1-based)
 */
export function omitSections(markdown) {
  const out = [];
  let open = 0;
  let fence = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence || /^\s{0,3}(```|~~~)/.test(line)) {
      if (!open) out.push(line);
    } else if (/^\s*<!--\s*vsix:omit\s*-->\s*$/.test(line)) {
      if (open) throw new Error(`package-readme: line ${i + 1}: vsix:omit inside vsix:omit (opened on line ${open})`);
      open = i + 1;
    } else if (/^\s*<!--\s*\/vsix:omit\s*-->\s*$/.test(line)) {
      if (!open) throw new Error(`package-readme: line ${i + 1}: /vsix:omit without vsix:omit`);
      open = 0;
    } else if (!open) out.push(line);
  });
  if (open) throw new Error(`package-readme: line ${open}: vsix:omit is never closed by <!-- /vsix:omit -->`);
  return out.join('\n');
}

export function packagedReadme(dir = root) {
  let md = joinChineseSoftBreaks(omitSections(fs.readFileSync(path.join(dir, 'README.md'), 'utf8')));
  for (const { name, append } of APPENDICES) {
    const file = path.join(dir, 'docs', `${name}.md`);
    if (fs.existsSync(file)) md = append(md, joinChineseSoftBreaks(fs.readFileSync(file, 'utf8')));
  }
  return inlineImages(breakQuoteRuns(md), dir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(root, process.argv[2] ?? 'dist/README.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const text = packagedReadme();
  fs.writeFileSync(out, text);
  console.log(`package-readme: ${path.relative(root, out)} (${Math.round(Buffer.byteLength(text) / 1024)} KB)`);
}
