/**
 * The typefaces the Word export asks for. GB/T 9704-2012 names typefaces (小标宋体, 仿宋体, 黑体, 楷体,
 * 宋体), not font products, and offices install different ones (`仿宋_GB2312` or `仿宋`, `方正小标宋简体`
 * or `华文中宋`), so each is a setting (`gongwen.export.fonts.*`) and a CLI option (`--font KEY=NAME`).
 * Pure: no Node or editor API.
 */

/** Font names by use. */
export interface ExportFonts {
  /** 标题 and attachment titles: 小标宋体 (GB/T 9704-2012 §7.3.1). */
  title: string;
  /** 正文, levels 3–4, 主送机关, 署名, 成文日期, 附注, 版记: 仿宋体 (§7.3.3, §5.2.1 and §7.4). */
  body: string;
  /** Level-1 headings (`一、`) and the `附件N` label: 黑体 (§7.3.3, §7.3.8). */
  heading1: string;
  /** Level-2 headings (`（一）`): 楷体 (§7.3.3). */
  heading2: string;
  /** Page numbers: 宋体 (§7.5). */
  pageNumber: string;
}

export type ExportFontKey = keyof ExportFonts;

/** The names most offices install (the GB2312 faces and 方正小标宋简体). */
export const DEFAULT_FONTS: Readonly<ExportFonts> = Object.freeze({
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
});

export const FONT_KEYS: readonly ExportFontKey[] = ['title', 'body', 'heading1', 'heading2', 'pageNumber'];

/** What each font setting is for, both languages (settings descriptions, CLI help). */
export const FONT_DESCRIPTIONS: Readonly<Record<ExportFontKey, { zh: string; en: string }>> = Object.freeze({
  title: { zh: '导出 Word：标题字体（小标宋体），如 方正小标宋简体、华文中宋', en: 'Word export: title font (小标宋体), e.g. 方正小标宋简体' },
  body: { zh: '导出 Word：正文字体（仿宋体），如 仿宋_GB2312、仿宋', en: 'Word export: body font (仿宋体), e.g. 仿宋_GB2312 or 仿宋' },
  heading1: { zh: '导出 Word：一级标题字体（黑体）', en: 'Word export: level-1 heading font (黑体)' },
  heading2: { zh: '导出 Word：二级标题字体（楷体），如 楷体_GB2312、楷体', en: 'Word export: level-2 heading font (楷体), e.g. 楷体_GB2312 or 楷体' },
  pageNumber: { zh: '导出 Word：页码字体（宋体）', en: 'Word export: page number font (宋体)' },
});

/** Longest font name accepted (Word's own limit is 31 characters; leave room for odd names). */
const MAX_NAME = 64;

/**
 * Merge given font names over the defaults. A name that is not a non-empty string of at most 64
 * characters without control characters is reported in `problems` (`body: …`) and the default used.
 */
export function resolveFonts(given: Readonly<Record<string, unknown>> = {}): { fonts: ExportFonts; problems: string[] } {
  const fonts: ExportFonts = { ...DEFAULT_FONTS };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined || value === null) continue;
    if (!(FONT_KEYS as readonly string[]).includes(key)) {
      problems.push(`${key}: 未知的字体项 / unknown font key (known: ${FONT_KEYS.join(', ')})`);
      continue;
    }
    const k = key as ExportFontKey;
    const name = typeof value === 'string' ? value.trim() : '';
    // eslint-disable-next-line no-control-regex
    if (name === '' || name.length > MAX_NAME || /[\u0000-\u001f]/.test(name)) {
      problems.push(`${k}: 字体名无效，改用 ${DEFAULT_FONTS[k]} / invalid font name, using ${DEFAULT_FONTS[k]}`);
      continue;
    }
    fonts[k] = name;
  }
  return { fonts, problems };
}

/** `标题 方正小标宋简体，正文 仿宋_GB2312，…` — what the document asks for (Word substitutes missing fonts). */
export function describeFonts(fonts: ExportFonts, lang: 'zh' | 'en'): string {
  const names: Record<keyof ExportFonts, [string, string]> = {
    title: ['标题', 'title'],
    body: ['正文', 'body'],
    heading1: ['一级标题', 'level 1'],
    heading2: ['二级标题', 'level 2'],
    pageNumber: ['页码', 'page numbers'],
  };
  return FONT_KEYS.map((k) => `${names[k][lang === 'zh' ? 0 : 1]} ${fonts[k]}`).join(lang === 'zh' ? '，' : ', ');
}
