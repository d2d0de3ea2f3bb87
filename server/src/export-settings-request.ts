/**
 * Custom request `gongwen/exportSettings`: what the Word export of one document needs from the configuration, as
 * the server resolves it for that document — the `gongwen.*` settings overlaid by every `.gongwenrc.json` from the
 * workspace root down to the document's folder, exactly as `gongwen export` on the command line reads them:
 * - `fonts`: the fonts the export asks for (keys of export/fonts.ts `FONT_KEYS`, a nearer file winning font by font);
 * - `check`: whether the document is checked at all (`enable` and not matched by `ignore`), and the configuration
 *   it is checked with (`rules`, `ruleOptions`, `allow`, `placeholderPatterns`, `residuePatterns`, as in
 *   config/resolve.ts `GongwenSettings`), so that the editor's export, when it runs the core itself (a draft the
 *   server has not analysed yet), finds what `check` finds and leaves out the same residue.
 *
 * Request params: `{ uri: string }`. Answer: `{ fonts: Record<string, string>, check: ExportCheckSettings }`;
 * params other than `{ uri: string }` get InvalidParams; a failure is logged and answered with `null`.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { Lifecycle } from './lifecycle';
import type { GongwenSettings } from './settings';

export const EXPORT_SETTINGS_REQUEST = 'gongwen/exportSettings';

/** The part of a document's `GongwenSettings` that decides its findings, and whether it is checked. */
export type ExportCheckSettings = Pick<GongwenSettings, 'rules' | 'ruleOptions' | 'allow' | 'placeholderPatterns' | 'residuePatterns'> & {
  /** `enable` and not `ignored`: a draft left unchecked is not held back by findings no one asked for. */
  checked: boolean;
};

/** What `gongwen/exportSettings` answers for settings `s` (fresh objects: the answer is serialised, never shared). */
export function exportSettingsOf(s: GongwenSettings): { fonts: Record<string, string>; check: ExportCheckSettings } {
  return {
    fonts: { ...s.export.fonts },
    check: {
      checked: s.enable && !s.ignored,
      rules: { ...s.rules },
      ruleOptions: structuredClone(s.ruleOptions),
      allow: [...s.allow],
      placeholderPatterns: [...s.placeholderPatterns],
      residuePatterns: [...s.residuePatterns],
    },
  };
}

/**
 * Register the request on `connection`, through `life` (lifecycle.ts: life-cycle errors, InvalidParams
 * for params other than `{ uri: string }`); `settingsOf` gives a document's resolved settings.
 */
export function registerExportSettingsRequest(connection: Connection, settingsOf: (uri: string) => Promise<GongwenSettings>, life: Lifecycle): void {
  connection.onRequest(
    EXPORT_SETTINGS_REQUEST,
    life.request(EXPORT_SETTINGS_REQUEST, null, async (params: { uri: string }) => exportSettingsOf(await settingsOf(params.uri))),
  );
}
