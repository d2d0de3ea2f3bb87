/** The README packaged in the .vsix (scripts/package-readme.mjs): what the Extensions view shows offline. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { appendDoc, appendRules, breakQuoteRuns, inlineImages, joinChineseSoftBreaks, omitSections, packagedReadme, softBreak } from '../../scripts/package-readme.mjs';

const ROOT = path.join(__dirname, '..', '..');

/** Width and height of a PNG (IHDR) or a lossy/lossless WebP (VP8 / VP8L / VP8X header). */
function dimensions(file: string): [number, number] {
  const b = fs.readFileSync(file);
  if (b.toString('ascii', 1, 4) === 'PNG') return [b.readUInt32BE(16), b.readUInt32BE(20)];
  const chunk = b.toString('ascii', 12, 16);
  if (chunk === 'VP8 ') return [b.readUInt16LE(26) & 0x3fff, b.readUInt16LE(28) & 0x3fff];
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return [(bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1];
  }
  if (chunk === 'VP8X') return [b.readUIntLE(24, 3) + 1, b.readUIntLE(27, 3) + 1];
  throw new Error(`not a PNG or WebP: ${file}`);
}

describe('packaged README', () => {
  it('joins Chinese soft line breaks without a space, keeps English ones, code and tables', () => {
    assert.equal(joinChineseSoftBreaks('第一行中文\n第二行中文'), '第一行中文第二行中文');
    assert.equal(joinChineseSoftBreaks('an English\nsentence'), 'an English sentence');
    assert.equal(joinChineseSoftBreaks('检查 `XX`，\nthen more'), '检查 `XX`，then more');
    assert.equal(joinChineseSoftBreaks('```\n第一行\n第二行\n```'), '```\n第一行\n第二行\n```');
    assert.equal(joinChineseSoftBreaks('| a | 表 |\n| b | 格 |'), '| a | 表 |\n| b | 格 |');
    assert.equal(joinChineseSoftBreaks('段落一\n\n段落二\n- 列表\n- 项目'), '段落一\n\n段落二\n- 列表\n- 项目');
    assert.equal(joinChineseSoftBreaks('## 标题\n正文'), '## 标题\n正文');
  });

  it('keeps the space where an English word meets a Chinese one across a break (seen on the details page)', () => {
    // `restart under every 条\nand every attachment` showed as `every 条and every`.
    assert.equal(joinChineseSoftBreaks('restart under every 条\nand every attachment'), 'restart under every 条 and every attachment');
    assert.equal(joinChineseSoftBreaks("a speech's title, speaker and\n称呼)"), "a speech's title, speaker and 称呼)");
    // An English dash at a line end is English: `entry —` + `invalid` keeps its space.
    assert.equal(joinChineseSoftBreaks('A bad entry —\ninvalid JSON'), 'A bad entry — invalid JSON');
    // Full-width punctuation carries its own spacing, on either side.
    assert.equal(joinChineseSoftBreaks('检查 `XX`，\nthen more'), '检查 `XX`，then more');
    assert.equal(joinChineseSoftBreaks('the ordinal\n（一）'), 'the ordinal（一）');
    // Emphasis markers are looked through.
    assert.equal(joinChineseSoftBreaks('是**建议**\n还是**安全修复**'), '是**建议**还是**安全修复**');
    assert.equal(softBreak('条', 'a'), ' ');
    assert.equal(softBreak('条', '件'), '');
    assert.equal(softBreak('”', '“'), '');
    assert.equal(softBreak('e', 'f'), ' ');
  });

  it('lets runs of quoted items wrap (a zero-width space between the quotes), code untouched', () => {
    assert.equal(breakQuoteRuns('| x | “一、”“（一）”“1.” |'), '| x | “一、”\u200b“（一）”\u200b“1.” |');
    assert.equal(breakQuoteRuns('‘甲’‘乙’ and “丙”‘丁’'), '‘甲’\u200b‘乙’ and “丙”\u200b‘丁’');
    assert.equal(breakQuoteRuns('code `“a”“b”` stays'), 'code `“a”“b”` stays');
    assert.equal(breakQuoteRuns('```\n“a”“b”\n```'), '```\n“a”“b”\n```');
    assert.equal(breakQuoteRuns('“a” “b”'), '“a” “b”');
  });

  it('inlines the screenshots as data: URIs (the Extensions view shows only https: and data: images)', () => {
    const md = inlineImages('![状态栏](docs/screenshot-statusbar.png)', ROOT);
    assert.match(md, /^!\[状态栏\]\(data:image\/webp;base64,[A-Za-z0-9+/]+=*\)$/);
  });

  it('turns rule links into in-page links and appends the rule reference with anchors', () => {
    const out = appendRules('See [x](docs/rules.md#placeholder) and [all](docs/rules.md).', '# gongwen 规则 / Rules\n\n## placeholder\n\ntext\n');
    assert.match(out, /\[x\]\(#placeholder\) and \[all\]\(#rules\)/);
    assert.match(out, /<a id="placeholder"><\/a>\n\n## placeholder/);
    assert.match(out, /<a id="rules"><\/a>/);
  });

  it('turns links to any appended document into in-page links, with the anchor given', () => {
    const out = appendDoc('Every key: [docs/configuration.md](docs/configuration.md), [cli](./docs/configuration.md#command-line).', 'configuration', '# Configuration\n\ntext\n', 'configuration', '配置 Configuration');
    // A link that reads as the path reads as the section's title; other link text stays.
    assert.match(out, /\[配置 Configuration\]\(#configuration\), \[cli\]\(#command-line\)\./);
    assert.match(out, /<a id="configuration"><\/a>\n\n# 配置 Configuration\n\ntext/);
    // Another document's links are left alone.
    assert.match(appendDoc('[r](docs/rules.md)', 'configuration', '# C\n', 'configuration', 'C'), /\[r\]\(docs\/rules\.md\)/);
  });

  it('leaves out the parts marked vsix:omit, and names the line of a marker left open', () => {
    assert.equal(omitSections('用户\n<!-- vsix:omit -->\n## Development\nnpm ci\n<!-- /vsix:omit -->\n安装'), '用户\n安装');
    assert.equal(omitSections('no markers\n'), 'no markers\n');
    assert.throws(() => omitSections('a\n<!-- vsix:omit -->\nb'), /line 2: vsix:omit is never closed/);
    assert.throws(() => omitSections('a\n<!-- /vsix:omit -->'), /line 2: \/vsix:omit without vsix:omit/);
    assert.throws(() => omitSections('<!-- vsix:omit -->\n<!-- vsix:omit -->'), /line 2: vsix:omit inside vsix:omit \(opened on line 1\)/);
    // A marker in a code block or inside a line of text is text.
    assert.equal(omitSections('```\n<!-- vsix:omit -->\n```\nafter'), '```\n<!-- vsix:omit -->\n```\nafter');
    assert.equal(omitSections('write `<!-- vsix:omit -->` on its own line'), 'write `<!-- vsix:omit -->` on its own line');
  });

  it('the real README packages with every screenshot inlined and no link to a packaged-away file left', () => {
    const packaged: string = packagedReadme(ROOT);
    // Markdown shown as an example (in a code span or block) is text, not a link or an image.
    const md = packaged.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    assert.doesNotMatch(md, /!\[[^\]]*\]\((?!data:|https:)/, 'an image that is not data: or https:');
    // Every Markdown link is in-page or absolute: an installed extension has no docs/ folder to open.
    const links = [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((h) => !/^(?:#|https:|http:|mailto:|data:)/.test(h));
    assert.deepEqual(links, []);
    assert.match(md, /## numbering-level/);
    assert.match(md, /<a id="configuration"><\/a>/);
    assert.match(md, /<a id="export"><\/a>/);
    // Every in-page link has its anchor.
    const ids = new Set([...md.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    for (const m of md.matchAll(/\]\(#([^)]+)\)/g)) assert.ok(ids.has(m[1]), `#${m[1]} has no anchor`);
  });

  it('each screenshot has a WebP copy of the same size (regenerate with cwebp after SCREENSHOT=1)', () => {
    const pngs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => /^screenshot-.*\.png$/.test(f));
    assert.ok(pngs.length >= 4, pngs.join(', '));
    for (const png of pngs) {
      const webp = path.join(ROOT, 'docs', png.replace(/\.png$/, '.webp'));
      assert.ok(fs.existsSync(webp), `${webp} missing`);
      assert.deepEqual(dimensions(webp), dimensions(path.join(ROOT, 'docs', png)), png);
    }
  });
});
