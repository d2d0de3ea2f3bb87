import type { RuleContext } from '../types';
import { textLayer, type TextLayer } from './prose';

const marked = new WeakSet<TextLayer>();

/**
 * The text layer a prose rule should use: `textLayer(ctx.source)` with the lines the document model
 * reads as web residue marked `residue` (web-residue deletes them whole; correcting their punctuation
 * first would only add noise). Builds the document model on first use; shared by every rule of the run.
 * When the engine re-runs a paragraph-local rule on part of the text (`ctx.windows`), the layer's scans
 * look only there.
 */
export function proseOf(ctx: RuleContext): TextLayer {
  const layer = textLayer(ctx.source);
  if (!marked.has(layer)) {
    marked.add(layer);
    for (const p of ctx.document.paragraphs) {
      if (p.role !== 'residue') continue;
      const line = ctx.source.lines[p.line];
      layer.exclude(line.start, line.end, 'residue');
    }
  }
  return ctx.windows ? layer.within(ctx.windows) : layer;
}
