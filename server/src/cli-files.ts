/**
 * The command-line tool's file half: which files a run checks, how a file is read, and how `--fix`
 * writes one back. Its promises (stated in the README):
 * - nothing lost: a file saved by someone else while the run worked on it is not overwritten; a write
 *   goes through a temporary sibling and a rename, and the temporary file is removed on every exit path
 *   (signals included);
 * - links and permissions kept: a symbolic link is written through to its target (the link stays); a
 *   file with several hard links, a read-only file, and a file whose owner the run could not keep are
 *   reported and left as they are; the written file keeps its mode and owner;
 * - a BOM is only what the file started with;
 * - only regular files are read (a FIFO or a device is skipped with a message), each once however named.
 * Messages are bilingual (`中文 / English`) and end up on stderr after `gongwen: PATH: `.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isUtf8, transcode } from 'node:buffer';
import type { Language } from './core';

/** A path `collectFiles` could not take, with a bilingual message. */
export interface FileProblem {
  path: string;
  message: string;
  /** Only worth telling (a link to a folder, left out on purpose): no file failed, the exit code stays. */
  note?: true;
}

/** The file names a folder walk picks up. A file named on the command line is checked whatever its name. */
const DOCUMENT_NAME = /\.(md|markdown|txt)$/i;
/** Folders a walk never enters (besides hidden ones): build output and dependencies, not drafts. Listed in `gongwen check --help`. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

/** Does a folder walk leave the folder (or link to a folder) named `name` out? Hidden folders and `SKIP_DIRS`. */
export function skipsFolder(name: string): boolean {
  return SKIP_DIRS.has(name) || name.startsWith('.');
}
/** Files larger than this are skipped with a message rather than read (a draft is far smaller). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file problem with a bilingual message; `path` is the name as the user gave or the walk found it. */
export class FileError extends Error {}

/**
 * A path fit for one line of text output: control characters (a newline in a file name), C1 controls,
 * line and paragraph separators and bidirectional overrides are written as `\n`, `\t`, `\xHH`, `\u{HHHH}`.
 * Everything else, CJK included, is kept as is.
 */
export function displayPath(p: string): string {
  // eslint-disable-next-line no-control-regex
  return p.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = c.charCodeAt(0);
    return named[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
  });
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? String(e);
}

const NOT_REGULAR = '不是普通文件（FIFO、设备或套接字），已跳过 / not a regular file (FIFO, device or socket), skipped';
/** A folder where a file is read (a folder named on the command line is walked, never read). */
const FOLDER = '是目录（文件夹），不是文件 / is a folder (directory), not a file';

/**
 * Which file a path is, links followed: device and inode (exact, as bigints), or the real path where
 * the file system has no inode numbers. Two names of one file (relative, absolute, a symbolic or a
 * hard link) give the same key.
 */
function identity(p: string, st: fs.BigIntStats): string {
  return st.ino === 0n ? `path:${fs.realpathSync(p)}` : `${st.dev}:${st.ino}`;
}

/**
 * Expand files and folders into the files to check, each once (a file named relatively, absolutely,
 * through a symbolic link or by another hard link is checked once, under the first name met), in
 * argument order, a folder's entries sorted by name (code-unit order, the same in every locale).
 *
 * In a folder walk: `.md`/`.markdown`/`.txt` files are taken, symbolic links to such files are followed,
 * links to folders are not (so no loop; they are reported), hidden folders and `node_modules`, `.git`,
 * `dist`, `out` are skipped, and a document-named entry that is not a regular file (FIFO, device,
 * socket, broken link) is reported. A path named on the command line is taken when it is a regular file
 * (any name) or a folder; anything else is reported. Problems are pushed to `problems` (the path as
 * given or found, not escaped for display; a bilingual message; `note` for a link to a folder, which
 * fails nothing). The folders a walk left out (hidden ones and `SKIP_DIRS`, links to them included) are
 * pushed to `skippedFolders` when given, as found (`dir/node_modules`), so the summary can say so. Never
 * throws for a file-system error.
 */
export function collectFiles(paths: string[], problems: FileProblem[], skippedFolders?: string[]): string[] {
  const out = new Map<string, string>();
  const visited = new Set<string>();
  const report = (p: string, message: string, note?: true) => problems.push(note ? { path: p, message, note } : { path: p, message });
  const statOf = (p: string, what: string): fs.BigIntStats | undefined => {
    try {
      return fs.statSync(p, { bigint: true });
    } catch (e) {
      report(p, `${what} (${codeOf(e)})`);
      return undefined;
    }
  };
  const add = (p: string, st: fs.BigIntStats) => {
    try {
      const key = identity(p, st);
      if (!out.has(key)) out.set(key, p);
    } catch (e) {
      report(p, `无法解析路径 / cannot resolve the path (${codeOf(e)})`);
    }
  };

  const walk = (root: string) => {
    // Iterative depth-first walk: no recursion on folder depth.
    const stack = [root];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const st = statOf(dir, '无法读取目录 / cannot read folder');
      if (!st) continue;
      const key = identity(dir, st);
      if (visited.has(key)) continue;
      visited.add(key);
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        report(dir, `无法读取目录 / cannot read folder (${codeOf(e)})`);
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const e of entries) {
        const p = path.join(dir, e.name);
        const isDoc = DOCUMENT_NAME.test(e.name);
        if (e.isDirectory()) {
          if (!skipsFolder(e.name)) subdirs.push(p);
          else skippedFolders?.push(p);
        } else if (e.isFile()) {
          if (!isDoc) continue;
          const fst = statOf(p, '无法访问 / not accessible');
          if (fst) add(p, fst);
        } else if (e.isSymbolicLink()) {
          let lst: fs.BigIntStats;
          try {
            lst = fs.statSync(p, { bigint: true });
          } catch (err) {
            if (isDoc) report(p, `链接指向的文件不存在，已跳过 / broken link, skipped (${codeOf(err)})`);
            continue;
          }
          if (lst.isFile()) {
            if (isDoc) add(p, lst);
          } else if (lst.isDirectory()) {
            if (!skipsFolder(e.name)) {
              report(p, '是指向目录的链接，未进入（可直接把它写在命令行上）/ a link to a folder, not followed (name it on the command line to check it)', true);
            } else skippedFolders?.push(p);
          } else if (isDoc) {
            report(p, NOT_REGULAR);
          }
        } else if (isDoc) {
          report(p, NOT_REGULAR);
        }
      }
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
    }
  };

  for (const p of paths) {
    const st = statOf(p, '文件不存在或无法访问 / no such file or not accessible');
    if (!st) continue;
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) add(p, st);
    else report(p, NOT_REGULAR);
  }
  return [...out.values()];
}

/** `.txt` files are plain text; everything else (`.md`, `.markdown`, a file of any other name) is Markdown. */
export function languageOf(file: string): Language {
  return /\.txt$/i.test(file) ? 'plaintext' : 'markdown';
}

/** What a file was when it was read: `writeAtomically` refuses to write over anything else. */
export interface Snapshot {
  /** The real path (links resolved) the bytes were read from. */
  realPath: string;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  /** The bytes read: `writeAtomically` compares the file with them byte for byte (no hash to compute on a check without --fix). */
  bytes: Buffer;
}

export interface Loaded {
  /** The text without the byte-order mark. */
  text: string;
  /** Whether the file started with a UTF-8 byte-order mark (EF BB BF). */
  bom: boolean;
  snapshot: Snapshot;
}

/** Read a regular file's bytes without blocking on a FIFO; throws FileError for anything else. */
function readRegular(file: string): { buf: Buffer; st: fs.Stats } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new FileError(`无法打开 / cannot open (${codeOf(e)})`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new FileError(FOLDER);
    if (!st.isFile()) throw new FileError(NOT_REGULAR);
    if (st.size > MAX_FILE_BYTES) {
      throw new FileError(`文件过大（${Math.round(st.size / 1048576)} MB，上限 ${MAX_FILE_BYTES / 1048576} MB）/ file too large (${st.size} bytes, limit ${MAX_FILE_BYTES})`);
    }
    // Read what the file held when opened; bytes appended meanwhile show up as a change at write time.
    // Not zero-filled: every byte kept is read from the file (a short read keeps only what arrived).
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { buf: got === buf.length ? buf : buf.subarray(0, got), st };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The encoding a buffer that is not UTF-8 is in, when there is real evidence that it is UTF-16: a UTF-16
 * byte-order mark, or (without one) an even length whose NUL bytes fall on one side of the code units —
 * the high bytes of ASCII characters, line breaks and spaces (odd offsets for UTF-16LE, even for BE) —
 * at least `MIN_UTF16_NULS` of them and three times as many as on the other side (where the characters
 * U+xx00, such as 一 U+4E00, put theirs), with the text read that way made of ASCII, CJK and their
 * punctuation at least 90 % of the time. Bytes without NULs are never called UTF-16: pairs of Latin-1 or
 * GBK bytes read as CJK code units as often as not (`café` reads as the UTF-16BE characters 獡 and 曩),
 * so a short or legacy-encoded file was named UTF-16BE. Undefined when undecided (`decode` then says
 * what it can).
 */
export function utf16Kind(buf: Buffer): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'UTF-16LE';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'UTF-16BE';
  if (buf.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = buf.indexOf(0); i >= 0; i = buf.indexOf(0, i + 1)) {
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const le = oddNuls >= MIN_UTF16_NULS && oddNuls >= 3 * evenNuls;
  const be = evenNuls >= MIN_UTF16_NULS && evenNuls >= 3 * oddNuls;
  if (!le && !be) return undefined;
  const score = (little: boolean) => {
    let good = 0;
    const n = buf.length / 2;
    for (let i = 0; i < buf.length; i += 2) {
      const c = little ? buf[i] | (buf[i + 1] << 8) : (buf[i] << 8) | buf[i + 1];
      if (
        (c >= 0x20 && c < 0x7f) ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x09 ||
        (c >= 0x3000 && c <= 0x303f) ||
        (c >= 0x4e00 && c <= 0x9fff) ||
        (c >= 0xff00 && c <= 0xffef) ||
        (c >= 0x2010 && c <= 0x2027)
      ) {
        good++;
      }
    }
    return good / n;
  };
  if (le && score(true) >= 0.9) return 'UTF-16LE';
  if (be && score(false) >= 0.9) return 'UTF-16BE';
  return undefined;
}

/** The fewest NUL bytes, all on one side of the code units, that make a buffer without a BOM UTF-16 (`utf16Kind`). */
export const MIN_UTF16_NULS = 2;

/** A file shorter than this that is not UTF-8 is too short to tell its encoding (`decode` says so). */
export const MIN_GUESS_BYTES = 64;

/**
 * Decode a draft's bytes: UTF-8 with or without a BOM. Throws FileError, saying what the file is and
 * what to do, for UTF-16 (a BOM, or NULs that say so: `utf16Kind`), binary data (NUL bytes, located: `nulMessage`), GBK
 * (GB18030) text, a file under `MIN_GUESS_BYTES` whose encoding cannot be told (said so, no guess), and
 * other bytes that are not UTF-8 (naming the line and character where they start).
 * Never decodes anything but UTF-8: a draft in another encoding is refused, not guessed at, so `--fix`
 * cannot write back text it misread. `task` is what the user tries again once the file is mended: `check`
 * (`后再检查 / and check again`) or `export` (`后再导出 / and export again`).
 */
export function decode(buf: Buffer, task: Task = 'check'): { text: string; bom: boolean } {
  // Each test once: both are a pass over the whole file.
  const utf8 = isUtf8(buf);
  const nul = buf.includes(0);
  const utf16 = utf8 && !nul ? undefined : utf16Kind(buf);
  if (utf16) throw new FileError(`是 ${utf16} 编码的文本，请另存为 UTF-8 / is ${utf16} text: save it as UTF-8`);
  // (an odd length cannot be UTF-16; UTF-8 text with a NUL in it is binary data, as below)
  if (nul && buf.length < MIN_GUESS_BYTES && buf.length % 2 === 0 && !(utf8 && buf.some((b) => b >= 0x80))) {
    const at = buf.indexOf(0);
    throw new FileError(`含 NUL 字节（第一个在字节偏移 ${at} 处），且只有 ${buf.length} 字节，无法判断是二进制文件还是无 BOM 的 UTF-16 文本；gongwen 只读 UTF-8（可带 BOM），请以 UTF-8 编码保存 / has NUL bytes (the first at byte offset ${at}), and at ${buf.length} bytes too short to tell a binary file from UTF-16 text without a BOM; gongwen reads UTF-8 only (with or without a BOM): save it as UTF-8`);
  }
  if (nul) throw new FileError(nulMessage(buf, utf8, task));
  if (!utf8) throw new FileError(notUtf8Message(buf, task));
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  return { text: utf8ToString(bom ? buf.subarray(3) : buf), bom };
}

/**
 * What to tell the user about a buffer with a NUL byte (U+0000) that is not UTF-16: where the first NUL is
 * and what to do. UTF-8 text with a NUL in it (a stray control character pasted into a draft) is located
 * by 1-based line and character (code points, as `notUtf8Message` counts them) and the count of NULs, so
 * the user can delete them; other bytes are binary data, located by the 0-based byte offset of the first NUL.
 */
function nulMessage(buf: Buffer, utf8: boolean, task: Task): string {
  const at = buf.indexOf(0);
  let count = 0;
  for (let i = at; i >= 0; i = buf.indexOf(0, i + 1)) count++;
  if (!utf8) {
    return `看起来是二进制文件（第一个 NUL 字节在字节偏移 ${at} 处）；gongwen 只读 UTF-8 文本，若这是文字稿，请以 UTF-8 编码保存 / looks like a binary file (the first NUL byte is at byte offset ${at}); gongwen reads UTF-8 text only: if it is a text draft, save it as UTF-8`;
  }
  const before = buf.subarray(0, at);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
  let character = [...before.subarray(lineStart).toString('utf8')].length + 1;
  // A BOM at the start of the file is not a character of the first line.
  if (lineStart === 0 && before.length >= 3 && before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf) character--;
  const more = count > 1 ? `（共 ${count} 个）` : '';
  const moreEn = count > 1 ? ` (${count} in all)` : '';
  return `第 ${line} 行第 ${character} 个字符处有 NUL 字节（U+0000）${more}，看起来是二进制文件：若这是文字稿，请删去这些字符后再${AGAIN[task].zh} / has a NUL byte (U+0000) at line ${line}, character ${character}${moreEn}, so it looks like a binary file: if it is a text draft, delete the NUL character(s) and ${AGAIN[task].en} again`;
}

/**
 * The byte offset of the first byte that does not belong to a well-formed UTF-8 sequence (overlong
 * forms, surrogates and code points above U+10FFFF count as ill-formed, as for `isUtf8`), or
 * `buf.length` when there is none.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Length and the allowed range of the second byte (Unicode Table 3-7, well-formed UTF-8 byte sequences).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > buf.length) return i;
    if (buf[i + 1] < lo || buf[i + 1] > hi) return i;
    for (let k = 2; k < n; k++) if (buf[i + k] < 0x80 || buf[i + k] > 0xbf) return i;
    i += n;
  }
  return buf.length;
}

/**
 * What to tell the user about bytes that are not UTF-8 (and not UTF-16 or binary). When the bytes
 * before the first bad one hold no non-ASCII UTF-8 text and the whole file reads as GB18030 (which
 * includes GBK and GB2312), it is most likely a draft saved as GBK by Notepad or WPS: say so. Otherwise
 * (UTF-8 text with other bytes pasted in, a cut-off file, another encoding) name the line and character
 * where the undecodable bytes start (1-based), so the user can find them.
 */
function notUtf8Message(buf: Buffer, task: Task): string {
  const bad = firstInvalidUtf8(buf);
  const before = buf.subarray(0, bad);
  const utf8Before = before.some((b) => b >= 0x80);
  if (!utf8Before) {
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(buf);
      return `不是 UTF-8，看起来是 GBK（GB18030）等旧编码的中文文本：请“另存为”UTF-8 编码后再${AGAIN[task].zh} / not UTF-8: looks like Chinese text in GBK (GB18030) or another legacy encoding; save it as UTF-8 (Save As, encoding UTF-8) and ${AGAIN[task].en} again`;
    } catch {
      // Not GB18030 either (or a Node.js without that decoder): say where it goes wrong.
    }
  }
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
  const character = [...before.subarray(lineStart).toString('utf8')].length + 1;
  if (!utf8Before && buf.length < MIN_GUESS_BYTES) {
    // A few bytes fit several encodings (Latin-1, GBK, UTF-16 without BOM…): no guess at which. (UTF-8
    // text before the bad bytes says the file is UTF-8 with something pasted in: located as below.)
    return `不是 UTF-8 文本（第 ${line} 行第 ${character} 个字符起），且只有 ${buf.length} 字节，无法判断是哪种编码（Latin-1、GBK、无 BOM 的 UTF-16 等）；gongwen 只读 UTF-8（可带 BOM），请以 UTF-8 编码重新保存 / not UTF-8 (from line ${line}, character ${character}), and at ${buf.length} bytes too short to tell which encoding it is in (Latin-1, GBK, UTF-16 without a BOM…); gongwen reads UTF-8 only (with or without a BOM): save it as UTF-8`;
  }
  return `不是有效的 UTF-8 文本：第 ${line} 行第 ${character} 个字符起有无法识别的字节（混入了其他编码的文字，或文件不完整），请以 UTF-8 编码重新保存 / not valid UTF-8: undecodable bytes from line ${line}, character ${character} (text in another encoding, or a cut-off file): save it as UTF-8`;
}

/**
 * The text of bytes already known to be valid UTF-8. Through UTF-16LE bytes (ICU's converter) and
 * their copy into a string: on Chinese text several times faster than `buf.toString('utf8')`, the
 * same result for valid UTF-8. Falls back to `toString` on a Node.js built without ICU.
 */
function utf8ToString(buf: Buffer): string {
  if (buf.length < 4096 || typeof transcode !== 'function') return buf.toString('utf8');
  try {
    return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return buf.toString('utf8');
  }
}

/** What a draft is read for, which a message about an unreadable file tells the user to do again. */
export type Task = 'check' | 'export';
const AGAIN: Record<Task, { zh: string; en: string }> = { check: { zh: '检查', en: 'check' }, export: { zh: '导出', en: 'export' } };

/**
 * Read a draft (see `decode`; `task` as there); throws FileError with a bilingual message when it cannot be
 * checked or exported.
 */
export function load(file: string, task: Task = 'check'): Loaded {
  const { buf, st } = readRegular(file);
  const { text, bom } = decode(buf, task);
  let realPath: string;
  try {
    realPath = fs.realpathSync(file);
  } catch (e) {
    throw new FileError(`无法解析路径 / cannot resolve the path (${codeOf(e)})`);
  }
  return { text, bom, snapshot: { realPath, dev: st.dev, ino: st.ino, size: buf.length, mtimeMs: st.mtimeMs, bytes: buf } };
}

// Temporary files being written; removed on every way out (see removeTemporaries).
const temporaries = new Set<string>();

/** Remove every temporary file this process is still writing. Safe to call at any time, any number of times. */
export function removeTemporaries(): void {
  for (const t of temporaries) {
    try {
      fs.rmSync(t, { force: true });
    } catch {
      // Nothing more can be done on the way out.
    }
    temporaries.delete(t);
  }
}

/** The temporary files currently open for writing (for tests and the signal handler). */
export function pendingTemporaries(): string[] {
  return [...temporaries];
}

const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
];

/**
 * On SIGINT, SIGTERM or SIGHUP: remove temporary files, say so on stderr and exit with 128 + the
 * signal number; on any exit, remove temporary files. `proc` is `process` outside tests.
 */
export function installSignalCleanup(proc: Pick<NodeJS.Process, 'on' | 'exit'> & { stderr: { write(s: string): unknown } } = process): void {
  for (const [sig, n] of SIGNALS) {
    proc.on(sig, () => {
      removeTemporaries();
      proc.stderr.write(`\ngongwen: 已中断，未完成的文件保持原样 / interrupted; files not finished are unchanged\n`);
      proc.exit(128 + n);
    });
  }
  proc.on('exit', removeTemporaries);
}

function sameSnapshot(a: Snapshot, st: fs.Stats, bytes: () => Buffer): boolean {
  return st.isFile() && st.dev === a.dev && st.ino === a.ino && st.size === a.size && st.mtimeMs === a.mtimeMs && a.bytes.equals(bytes());
}

const CHANGED = '文件在检查期间已被修改，未写入修复（请重新运行）/ the file changed while it was being fixed; fixes not written (run again)';

/**
 * Why a file must not be replaced, or undefined when it may: several hard links (a rename would split
 * them), no write permission (mode bits, so root too respects a read-only file), or an owner or group
 * this process cannot give the new file. `uid`/`gids` are the process's (undefined on Windows).
 */
export function refusal(st: Pick<fs.Stats, 'nlink' | 'mode' | 'uid' | 'gid'>, uid: number | undefined, gids: readonly number[]): string | undefined {
  if (st.nlink > 1) {
    return `有 ${st.nlink} 个硬链接，为不拆开链接未写入修复 / has ${st.nlink} hard links; fixes not written, to keep the links`;
  }
  const readOnly = '文件只读，未写入修复 / the file is read-only; fixes not written';
  if ((st.mode & 0o222) === 0) return readOnly;
  if (uid === undefined || uid === 0) return undefined;
  const writable = st.uid === uid ? st.mode & 0o200 : gids.includes(st.gid) ? st.mode & 0o020 : st.mode & 0o002;
  if (!writable) return readOnly;
  if (st.uid !== uid) return '文件属于其他用户，改写会改变所有者，未写入修复 / the file belongs to another user; rewriting it would change its owner, fixes not written';
  if (!gids.includes(st.gid)) return '文件属于本用户不在其中的组，改写会改变所属组，未写入修复 / the file belongs to a group you are not in; rewriting it would change its group, fixes not written';
  return undefined;
}

function processIds(): { uid: number | undefined; gids: number[] } {
  if (typeof process.getuid !== 'function') return { uid: undefined, gids: [] };
  const gids = new Set<number>([process.getgid?.() ?? -1, ...(process.getgroups?.() ?? [])]);
  return { uid: process.getuid(), gids: [...gids] };
}

/** The longest file name, in bytes, that common file systems take (ext4, APFS, NTFS's 255 UTF-16 units are more). */
const NAME_MAX_BYTES = 255;

/**
 * A temporary file's path beside `target`: `.NAME.gongwen-TAG.tmp`, the target's name cut (at a
 * character boundary) so the whole name stays within 255 bytes of UTF-8. A long Chinese file name
 * (80 characters are 240 bytes) otherwise made the temporary name too long (ENAMETOOLONG) and its
 * fixes or export could not be written. `tag` tells processes and attempts apart.
 */
export function temporaryPath(target: string, tag: string): string {
  const suffix = `.gongwen-${tag}.tmp`;
  let name = path.basename(target);
  const room = NAME_MAX_BYTES - 1 - Buffer.byteLength(suffix);
  if (Buffer.byteLength(name) > room) {
    const chars = [...name];
    let bytes = 0;
    let n = 0;
    while (n < chars.length && bytes + Buffer.byteLength(chars[n]) <= room) bytes += Buffer.byteLength(chars[n++]);
    name = chars.slice(0, n).join('');
  }
  return path.join(path.dirname(target), `.${name}${suffix}`);
}

/**
 * Write fixed text back to a file read by `load`: the BOM goes back only if the file had one; the bytes
 * go to a temporary file beside the real target (links resolved), which gets the target's owner, group
 * and mode, is flushed, and replaces the target by a rename — only if the target is still exactly what
 * was read (same file, size, mtime and bytes). Throws FileError (nothing written, no temporary file
 * left) when the file changed meanwhile, has several hard links, is read-only or owned by someone the
 * new file could not be given to, when the text would start with a U+FEFF that the file did not start
 * with (it would turn into a BOM), or on any write error.
 */
export function writeAtomically(file: string, loaded: Loaded, text: string): void {
  if (text.charCodeAt(0) === 0xfeff && loaded.text.charCodeAt(0) !== 0xfeff) {
    throw new FileError('修复后文本会以 U+FEFF 开头而被当作 BOM，未写入修复 / after fixing, the text would start with U+FEFF and read as a BOM; fixes not written');
  }
  const snap = loaded.snapshot;
  let target: string;
  let st: fs.Stats;
  try {
    target = fs.realpathSync(file);
    st = fs.statSync(target);
  } catch (e) {
    throw new FileError(`${CHANGED} (${codeOf(e)})`);
  }
  if (target !== snap.realPath) throw new FileError(CHANGED);
  const ids = processIds();
  const why = refusal(st, ids.uid, ids.gids);
  if (why) throw new FileError(why);
  if (!sameSnapshot(snap, st, () => fs.readFileSync(target))) throw new FileError(CHANGED);

  const content = Buffer.from((loaded.bom ? '\ufeff' : '') + text, 'utf8');
  // node:crypto is loaded here, not at start-up: only --fix writes.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const tmp = temporaryPath(target, `${process.pid}-${randomBytes(4).toString('hex')}`);
  temporaries.add(tmp);
  try {
    let fd: number;
    try {
      fd = fs.openSync(tmp, 'wx', 0o600);
    } catch (e) {
      throw new FileError(`无法在目录中创建临时文件 / cannot create a temporary file in the folder (${codeOf(e)})`);
    }
    try {
      let done = 0;
      while (done < content.length) done += fs.writeSync(fd, content, done, content.length - done);
      // Owner before mode: chown clears set-user-ID bits.
      const made = fs.fstatSync(fd);
      if (ids.uid !== undefined && (made.uid !== st.uid || made.gid !== st.gid)) {
        try {
          fs.fchownSync(fd, st.uid, st.gid);
        } catch (e) {
          throw new FileError(`无法保留文件的所有者，未写入修复 / cannot keep the file's owner; fixes not written (${codeOf(e)})`);
        }
      }
      fs.fchmodSync(fd, st.mode & 0o7777);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Last look just before the rename: a save made while we worked wins over our fixes.
    let now: fs.Stats;
    try {
      now = fs.statSync(target);
    } catch (e) {
      throw new FileError(`${CHANGED} (${codeOf(e)})`);
    }
    if (!sameSnapshot(snap, now, () => fs.readFileSync(target))) throw new FileError(CHANGED);
    fs.renameSync(tmp, target);
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(`写入失败 / write failed (${codeOf(e)})`);
  } finally {
    if (temporaries.has(tmp)) {
      try {
        if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
      } catch {
        // Reported by the caught error already.
      }
      temporaries.delete(tmp);
    }
  }
}
