// STUB — to be implemented with the placeholder rule.
import type { Source } from './source';

export interface PlaceholderMatch {
  start: number;
  end: number;
  /** The placeholder as written (`XX`, `××`, `【单位名称】`). */
  text: string;
  /** Group key: the placeholder with the words that follow it (`XX镇`, `XX书记`). */
  group: string;
  /** `某某` and other weak forms are reported at info level. */
  weak: boolean;
}

export interface PlaceholderGroup {
  group: string;
  /** Occurrences in document order. */
  occurrences: PlaceholderMatch[];
}

/** Every unfilled placeholder in the document's prose, in order. */
export function findPlaceholders(_source: Source): PlaceholderMatch[] {
  return [];
}

/** Placeholders grouped by group key, most frequent first, then by first occurrence. */
export function groupPlaceholders(matches: readonly PlaceholderMatch[]): PlaceholderGroup[] {
  const map = new Map<string, PlaceholderMatch[]>();
  for (const m of matches) {
    const list = map.get(m.group);
    if (list) list.push(m);
    else map.set(m.group, [m]);
  }
  return [...map.entries()]
    .map(([group, occurrences]) => ({ group, occurrences }))
    .sort((a, b) => b.occurrences.length - a.occurrences.length || a.occurrences[0].start - b.occurrences[0].start);
}
