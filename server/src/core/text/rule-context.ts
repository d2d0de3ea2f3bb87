import type { Source } from '../source';
import type { DocumentModel } from '../document/types';
import type { RuleContext } from '../types';
import { textLayer, type TextLayer } from './prose';

// A WeakSet (no value per entry): it holds nothing of a version alive, not even during a scavenge.
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
  if (!marked.has(layer)) markResidue(layer, ctx.source, ctx.document);
  return ctx.windows ? layer.within(ctx.windows) : layer;
}

/**
 * `proseOf` for the whole text, for the engine's own passes (see `LintSession.begin`): the same layer
 * object a rule's `proseOf(ctx)` gives for `source` without windows. `document` is called only when
 * the layer's residue lines are not marked yet (it may build the document model).
 *
 * (The engine used to call `proseOf` with an object literal holding a `get document()`: each such
 * literal gets a map of its own, which V8 keeps in the old generation, so every version's source and
 * text stayed reachable from those maps, and was copied by the next scavenge, until a full collection.)
 */
export function wholeProseLayer(source: Source, document: () => DocumentModel): TextLayer {
  const layer = textLayer(source);
  if (!marked.has(layer)) markResidue(layer, source, document());
  return layer;
}

/** Mark the residue lines of `document` in `layer` (once per layer). */
function markResidue(layer: TextLayer, source: Source, document: DocumentModel): void {
  marked.add(layer);
  const paras = document.paragraphs;
  // (An index loop: a `for…of` allocates an iterator result per paragraph until the loop is optimized.)
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (p.role !== 'residue') continue;
    const line = source.lines[p.line];
    layer.exclude(line.start, line.end, 'residue');
  }
}
