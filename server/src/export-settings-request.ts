/**
 * Custom request `gongwen/exportFonts`: the fonts the Word export should ask for in one document, as the
 * server resolves them for that document — the `gongwen.export.fonts` settings overlaid by every
 * `.gongwenrc.json` from the workspace root down to the document's folder (a nearer file winning font
 * by font), exactly like `gongwen export` on the command line. The editor's export asks this instead of
 * reading only the settings.
 *
 * Request params: `{ uri: string }`. Answer: `{ fonts: Record<string, string> }` (keys of export/fonts.ts
 * `FONT_KEYS`), params other than `{ uri: string }` get InvalidParams; a failure is logged and answered with `null`.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Lifecycle } from './lifecycle';
import type { GongwenSettings } from './settings';

export const EXPORT_FONTS_REQUEST = 'gongwen/exportFonts';

/**
 * Register the request on `connection`, through `life` (lifecycle.ts: life-cycle errors, InvalidParams
 * for params other than `{ uri: string }`); `settingsOf` gives a document's resolved settings.
 */
export function registerExportFontsRequest(connection: Connection, settingsOf: (uri: string) => Promise<GongwenSettings>, life: Lifecycle): void {
  connection.onRequest(
    EXPORT_FONTS_REQUEST,
    life.request(EXPORT_FONTS_REQUEST, null, async (params: { uri: string }) => {
      const settings = await settingsOf(params.uri);
      return { fonts: { ...settings.export.fonts } };
    }),
  );
}
