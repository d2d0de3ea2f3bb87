/**
 * Output formats of `gongwen check` beyond plain text and JSON:
 * - `--format sarif`: one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), for
 *   code-scanning dashboards. Columns count UTF-16 code units (`columnKind: utf16CodeUnits`),
 *   lines and columns are 1-based, `endColumn` points just past the region. Fixes become SARIF
 *   `fixes` with their replacements. Checked against the official 2.1.0 schema in test/unit/cli-formats.test.ts.
 * - `--fix-dry-run`: a unified diff (jsdiff's `createTwoFilesPatch`, `a/` and `b/` prefixes as git
 *   writes them) of what `--fix` would change; nothing is written.
 */
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { pick } from './core';
import type { Source } from './core';
import type { Finding, Rule, Severity } from './core';


/** One checked document as the formatters need it. */
export interface CheckedFile {
  /** As given on the command line (or the --stdin-filename). */
  path: string;
  source: Source;
  findings: readonly Finding[];
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** 1-based line and column (UTF-16 units) of an offset. */
function lineColumn(source: Source, offset: number): { line: number; column: number } {
  const line = source.lineAt(offset);
  return { line: line.index + 1, column: offset - line.start + 1 };
}

function region(source: Source, start: number, end: number): Sarif.Region {
  const s = lineColumn(source, start);
  const e = lineColumn(source, Math.max(start, end));
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

/**
 * The artifact location of a checked path: relative to `cwd` under `%SRCROOT%` when inside it
 * (segments percent-encoded: Chinese file names are fine), else an absolute `file:` URI.
 */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

/** A folder's artifact location: as `artifact`, its URI ending in `/` (RFC 3986: a folder's relative reference). */
function folderArtifact(folder: string, cwd: string): Sarif.ArtifactLocation {
  const a = artifact(folder, cwd);
  return a.uri && !a.uri.endsWith('/') ? { ...a, uri: a.uri + '/' } : a;
}

/** What went wrong around the check itself, for the SARIF `invocations`. */
export interface RunNotes {
  /** Configuration problems (bad rc entries), one line each. */
  configuration: readonly string[];
  /** Files that could not be read, checked or written, one line each: the run did not succeed (exit code 2). */
  execution: readonly string[];
  /** Files named on the command line that the configuration left unchecked, one line each (the run still succeeds). */
  skipped?: readonly string[];
  /**
   * Folders a folder walk left out (hidden ones, `node_modules`, `dist`…: `skipsFolder`), as found
   * (`dir/node_modules`): each a `note` notification located at the folder, and all of them in the
   * invocation's property bag as `skippedFolders` (the run still succeeds).
   */
  skippedFolders?: readonly string[];
}

/** What a SARIF notification says of a folder a walk left out (after the folder's path). */
export const SKIPPED_FOLDER_MESSAGE = '文件夹遍历时未进入（隐藏文件夹或 node_modules、dist 等）；要检查请在命令行上直接写出 / not entered by the folder walk (a hidden folder or node_modules, dist…); name it on the command line to check it';

/**
 * A SARIF 2.1.0 log of the checked files. `rules` describes every rule (tool.driver.rules: id, name,
 * description, default level, basis; no `helpUri` nor `informationUri`: gongwen has no public web
 * address, and a report read on another machine must not point at a local file, rule-docs.ts),
 * `lang` picks the message language, `cwd` is `%SRCROOT%`; `notes` become the invocation's
 * configuration and execution notifications (execution fails when a file could not be read, checked or
 * written: exactly when the exit code is 2; a file the configuration skipped is a `note`).
 */
export function formatSarif(files: readonly CheckedFile[], rules: readonly Rule[], lang: 'zh' | 'en', version: string, cwd: string, notes: RunNotes = { configuration: [], execution: [] }): Sarif.Log {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const driver: Sarif.ToolComponent = {
    name: 'gongwen',
    version,
    rules: rules.map((r) => ({
      id: r.meta.id,
      shortDescription: { text: pick(r.meta.name, lang) },
      fullDescription: { text: pick(r.meta.description, lang) },
      defaultConfiguration: r.meta.defaultSeverity === 'off' ? { enabled: false } : { level: LEVEL[r.meta.defaultSeverity] },
      properties: { basis: r.meta.basis },
    })),
  };
  const results: Sarif.Result[] = [];
  for (const file of files) {
    const location = artifact(file.path, cwd);
    for (const f of file.findings) {
      const result: Sarif.Result = {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: pick(f.message, lang) },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(file.source, f.start, f.end) } }],
        properties: { severityKey: f.severityKey, basis: f.basis },
      };
      const ri = index.get(f.rule);
      if (ri !== undefined) result.ruleIndex = ri;
      if (f.fix) {
        result.fixes = [
          {
            description: { text: pick(f.fix.title, lang) },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: f.fix.edits.map((e) => ({ deletedRegion: region(file.source, e.start, e.end), ...(e.newText ? { insertedContent: { text: e.newText } } : {}) })),
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: notes.execution.length === 0,
            ...(notes.configuration.length ? { toolConfigurationNotifications: notes.configuration.map((text) => ({ level: 'warning' as const, message: { text } })) } : {}),
            ...(notes.execution.length || notes.skipped?.length || notes.skippedFolders?.length
              ? {
                  toolExecutionNotifications: [
                    ...notes.execution.map((text) => ({ level: 'error' as const, message: { text } })),
                    ...(notes.skipped ?? []).map((text) => ({ level: 'note' as const, message: { text } })),
                    ...(notes.skippedFolders ?? []).map((folder) => ({
                      level: 'note' as const,
                      message: { text: `${folder}: ${SKIPPED_FOLDER_MESSAGE}` },
                      locations: [{ physicalLocation: { artifactLocation: folderArtifact(folder, cwd) } }],
                    })),
                  ],
                }
              : {}),
            ...(notes.skippedFolders?.length ? { properties: { skippedFolders: [...notes.skippedFolders] } } : {}),
          },
        ],
        results,
      },
    ],
  };
}

/**
 * The unified diff from `before` to `after` of `file` (`''` when they are equal), in the form `patch -p1`
 * applies to the file on disk: paths use `/` under `a/` and `b/`, written as they are (Chinese included, as git
 * writes them with core.quotePath=false); a name with a space ends with a tab; a name with a control character,
 * a quote or a backslash is C-quoted (jsdiff, as git does; GNU patch reads both); `bom`: the file starts with a byte order mark (not in
 * `before`/`after`), which the diff then shows on the first line as it is on disk.
 */
export function unifiedDiff(file: string, before: string, after: string, bom = false): string {
  if (before === after) return '';
  const name = file.split(path.sep).join('/');
  // `a/` `b/` as git writes them, without doubling the slash of an absolute path (`a/tmp/x.md`).
  const rel = name.replace(/^\/+/, '');
  const mark = bom ? '\ufeff' : '';
  // jsdiff is loaded here, not at start-up: only --fix-dry-run prints a diff. It C-quotes a name that needs it.
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = require('diff') as typeof import('diff');
  const diff = createTwoFilesPatch(`a/${rel}`, `b/${rel}`, mark + before, mark + after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  // jsdiff C-quotes every name outside printable ASCII: `会议/通知.txt` came out as `"a/\344\274\232…"`.
  // Like git with core.quotePath=false, quote only a name with a control character, a quote or a backslash
  // (which an unquoted header cannot carry); others, CJK included, are written as they are (GNU patch reads bytes).
  if (NEEDS_QUOTES.test(rel)) return diff;
  const nl = diff.indexOf('\n');
  const nl2 = diff.indexOf('\n', nl + 1);
  // GNU patch reads a header's name up to a tab (or the line end if there is none, but then it stops at a space).
  const end = rel.includes(' ') ? '\t' : '';
  return `--- a/${rel}${end}\n+++ b/${rel}${end}${diff.slice(nl2)}`;
}

/** A file name a diff header must C-quote: C0 and C1 controls, DEL, line and paragraph separators, bidirectional controls, `"` and `\`. */
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069"\\]/;
