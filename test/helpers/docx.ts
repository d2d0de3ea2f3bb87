/** Reading a .docx in tests: unzip it and pull paragraphs, runs and attributes out of its XML. */
import { strFromU8, unzipSync } from 'fflate';

export interface Run {
  /** The run's text; a tab element (`w:tab`) as a tab character. */
  text: string;
  /** w:rFonts attributes by name (ascii, hAnsi, eastAsia, cs, hint). */
  fonts: Record<string, string>;
  /** w:sz in half-points. */
  size?: number;
  /** w:spacing in twentieths of a point. */
  spacing?: number;
  /** Line breaks (w:br) before the text. */
  breaks: number;
}

export interface Para {
  xml: string;
  text: string;
  /** w:jc value. */
  jc?: string;
  /** w:ind attributes. */
  ind: Record<string, string>;
  pageBreakBefore: boolean;
  runs: Run[];
}

export function unzipDocx(data: Uint8Array): Record<string, string> {
  const files = unzipSync(data);
  const out: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(bytes);
  return out;
}

/** The attributes of the first `<tag …>` in `xml` (namespace prefixes kept off the names). */
export function attrs(xml: string, tag: string): Record<string, string> | undefined {
  const m = new RegExp(`<${tag}(\\s[^>]*?)?/?>`).exec(xml);
  if (!m) return undefined;
  const out: Record<string, string> = {};
  for (const a of (m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)) out[a[1].replace(/^w:/, '')] = a[2];
  return out;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function runsOf(xml: string): Run[] {
  const runs: Run[] = [];
  for (const m of xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)) {
    const r = m[1];
    // Text in order, a tab element (w:tab) read as a tab character.
    const text = [...r.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => (t[1] === undefined ? '\t' : unescape(t[1]))).join('');
    const sz = attrs(r, 'w:sz');
    const sp = /<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(r);
    runs.push({ text, fonts: attrs(r, 'w:rFonts') ?? {}, ...(sz ? { size: Number(sz.val) } : {}), ...(sp ? { spacing: Number(sp[1]) } : {}), breaks: (r.match(/<w:br\/>/g) ?? []).length });
  }
  return runs;
}

/** The body's paragraphs in order (table cells' paragraphs included, in document order). */
export function paragraphs(documentXml: string): Para[] {
  const out: Para[] = [];
  for (const m of documentXml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)) {
    const xml = m[1] ?? '';
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
    const runs = runsOf(xml);
    out.push({ xml, text: runs.map((r) => r.text).join(''), jc: attrs(pPr, 'w:jc')?.val, ind: attrs(pPr, 'w:ind') ?? {}, pageBreakBefore: pPr.includes('<w:pageBreakBefore/>'), runs });
  }
  return out;
}

/** The paragraph whose text is `text` (throws with the texts seen when there is none). */
export function find(ps: Para[], text: string | RegExp): Para {
  const p = ps.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!p) throw new Error(`no paragraph ${String(text)} among: ${ps.map((x) => JSON.stringify(x.text)).join(', ')}`);
  return p;
}
