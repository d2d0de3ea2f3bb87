/**
 * Custom request `gongwen/exportFonts`: the fonts the Word export should ask for in one document, as the
 * server resolves them for that document — the `gongwen.export.fonts` settings overlaid by every
 * `.gongwenrc.json` from the workspace root down to the document's folder (a nearer file winning font
 * by font), exactly like `gongwen export` on the command line. The editor's export asks this instead of
 * reading only the settings.
 *
 * Request params: `{ uri: string }`. Answer: `{ fonts: Record<string, string> }` (keys of export/fonts.ts
 * `FONT_KEYS`), or `null` when the URI is not a string. A failure is logged and answered with `null`.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { GongwenSettings } from './settings';

export const EXPORT_FONTS_REQUEST = 'gongwen/exportFonts';

/** Register the request on `connection`; `settingsOf` gives a document's resolved settings. */
export function registerExportFontsRequest(connection: Connection, settingsOf: (uri: string) => Promise<GongwenSettings>): void {
  connection.onRequest(EXPORT_FONTS_REQUEST, async (params: unknown) => {
    try {
      const uri = (params as { uri?: unknown } | null)?.uri;
      if (typeof uri !== 'string') return null;
      const settings = await settingsOf(uri);
      return { fonts: { ...settings.export.fonts } };
    } catch (e) {
      connection.console.error(`gongwen: ${EXPORT_FONTS_REQUEST} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return null;
    }
  });
}
