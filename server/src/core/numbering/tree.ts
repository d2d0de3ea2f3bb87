// STUB — replaced by the numbering model (markers + parent-aware section tree).
import type { Source } from '../source';
import type { SectionTree } from '../types';

/** Build the section tree from Markdown headings and line-initial ordinal markers. */
export function buildSections(_source: Source): SectionTree {
  return { roots: [], markers: [] };
}
