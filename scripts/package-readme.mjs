// Writes the README that the .vsix carries (dist/README.md, passed to vsce with --readme-path) so that the
// Extensions view shows it properly on an offline machine:
//  - images: the Extensions view allows only https: and data: images (no packaged relative files), so each
//    `![…](docs/screenshot-x.png)` becomes a data: URI of docs/screenshot-x.webp (the same picture, about a
//    third of the PNG's size; regenerate with `cwebp -q 60 -m 6 x.png -o x.webp` after refreshing screenshots);
//  - Chinese lines hard-wrapped in the source would show a stray space at each wrap: a soft line break next
//    to a Chinese character is joined without a space (code blocks and tables are left as they are);
//  - the rule reference: links to docs/rules.md#<rule> become in-page links, and docs/rules.md is appended,
//    so the details page carries the whole reference (the command “gongwen: Rule Reference” opens it too).
// Usage: node scripts/package-readme.mjs [out]   (default dist/README.md); prints the size written.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Han, CJK punctuation and full-width forms: no space is wanted between two of them or next to one. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026]/;

/** A line that starts a block of its own (and so never continues the paragraph above). */
function startsBlock(line) {
  return /^\s*$/.test(line) || /^\s{0,3}(?:#{1,6}\s|>|\||```|~~~|[-*+]\s|\d+[.)]\s|<|!\[|---\s*$|\*\*\*\s*$)/.test(line);
}

/**
 * Join soft line breaks inside paragraphs and list items when a Chinese character (or full-width
 * punctuation) meets the break, so that Markdown does not render the break as a space.
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
      const a = prev.slice(-1);
      const b = next.charAt(0);
      out[out.length - 1] = prev + (WIDE.test(a) || WIDE.test(b) ? '' : ' ') + next;
    } else out.push(line);
  }
  return out.join('\n');
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

/** Links into docs/rules.md become in-page links; the reference is appended after the README. */
export function appendRules(markdown, rules) {
  const body = markdown.replace(/\]\((?:\.\/)?docs\/rules\.md(#[a-z0-9-]+)?\)/g, (_, anchor) => `](${anchor ?? '#rules'})`);
  const reference = rules
    .replace(/^# .*$/m, '<a id="rules"></a>\n\n# 规则说明 Rule reference')
    // Explicit anchors: the details page's Markdown renderer may not give headings ids.
    .replace(/^## ([a-z][a-z0-9-]*)$/gm, '<a id="$1"></a>\n\n## $1');
  return `${body.trimEnd()}\n\n---\n\n${reference.trimStart()}`;
}

export function packagedReadme(dir = root) {
  const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
  const rulesFile = path.join(dir, 'docs', 'rules.md');
  const rules = fs.existsSync(rulesFile) ? joinChineseSoftBreaks(fs.readFileSync(rulesFile, 'utf8')) : '';
  const joined = joinChineseSoftBreaks(readme);
  return inlineImages(rules ? appendRules(joined, rules) : joined, dir);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(root, process.argv[2] ?? 'dist/README.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const text = packagedReadme();
  fs.writeFileSync(out, text);
  console.log(`package-readme: ${path.relative(root, out)} (${Math.round(Buffer.byteLength(text) / 1024)} KB)`);
}
