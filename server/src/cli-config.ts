/**
 * Configuration for the command line: `.gongwenrc.json` files found upward from each checked file's
 * folder (up to the current folder when the file is inside it, else the file's own folder only),
 * or exactly the one file given with `--config PATH`. Files are read once each; problems (invalid
 * JSON, unknown rules, bad patterns…) are handed back once per file, and the rest applies.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadRcText, rcFileIn, resolveDocument, searchFolders, type ConfigProblem, type GongwenSettings, type RcFileText } from './config';

/** `/`-separated absolute path (the config module's path form). */
const slash = (p: string) => p.split(path.sep).join('/');

export class CliConfig {
  private readonly texts = new Map<string, string | undefined>();
  /** Why an rc file that exists could not be read (a folder by that name, no permission), by path. */
  private readonly unreadable = new Map<string, string>();
  private readonly reported = new Set<string>();
  private readonly explicit?: RcFileText;

  /**
   * @param configPath `--config PATH`, or undefined to search upward.
   * @param cwd the folder the search stops at.
   * @throws Error when `configPath` cannot be read (the caller reports it as bad usage).
   */
  constructor(
    configPath: string | undefined,
    private readonly cwd: string,
  ) {
    if (configPath !== undefined) {
      const abs = path.resolve(cwd, configPath);
      this.explicit = { path: slash(abs), text: readUtf8(abs) };
    }
  }

  private read(file: string): string | undefined {
    if (!this.texts.has(file)) {
      let text: string | undefined;
      try {
        text = readUtf8(file);
      } catch (e) {
        text = undefined; // no rc file here; one that exists but cannot be read is reported
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') this.unreadable.set(slash(file), code === 'EISDIR' ? '是文件夹，不是文件 / is a folder, not a file' : (code ?? (e as Error).message));
      }
      this.texts.set(file, text);
    }
    return this.texts.get(file);
  }

  /** The settings of `file` and the problems not reported before (each problem once per run). */
  settingsFor(file: string, cliRules: GongwenSettings['rules']): { settings: GongwenSettings; problems: ConfigProblem[] } {
    const abs = slash(path.resolve(this.cwd, file));
    const root = slash(this.cwd);
    let rcs: RcFileText[];
    let folder: string | undefined;
    if (this.explicit) {
      rcs = [this.explicit];
      folder = this.explicit.path.slice(0, this.explicit.path.lastIndexOf('/'));
    } else {
      const inside = abs.startsWith(`${root.replace(/\/$/, '')}/`);
      folder = inside ? root : abs.slice(0, abs.lastIndexOf('/'));
      rcs = searchFolders(abs, folder).flatMap((dir) => {
        const rc = rcFileIn(dir);
        const text = this.read(rc.split('/').join(path.sep));
        return text === undefined ? [] : [{ path: rc, text }];
      });
    }
    const { settings, problems } = resolveDocument(undefined, rcs, abs, folder);
    if (!this.explicit) {
      for (const dir of searchFolders(abs, folder)) {
        const why = this.unreadable.get(rcFileIn(dir));
        if (why) problems.unshift({ file: rcFileIn(dir), key: '', whole: true, reason: { zh: `无法读取：${why.split(' / ')[0]}`, en: `cannot be read: ${why.split(' / ').at(-1)}` } });
      }
    }
    settings.rules = { ...settings.rules, ...cliRules };
    return { settings, problems: this.fresh(problems) };
  }

  /**
   * The problems of the `--config` file itself (invalid JSON, an unknown rule, a bad severity…), none
   * without one: known before any document is checked, so a run that checks nothing still reports them.
   * They count as reported (`settingsFor` does not hand them back again).
   */
  explicitProblems(): ConfigProblem[] {
    return this.explicit ? this.fresh(loadRcText(this.explicit.text, this.explicit.path).problems) : [];
  }

  /** `problems` not reported before in this run (each problem once). */
  private fresh(problems: readonly ConfigProblem[]): ConfigProblem[] {
    return problems.filter((p) => {
      const key = `${p.file}|${p.key}|${p.reason.en}`;
      if (this.reported.has(key)) return false;
      this.reported.add(key);
      return true;
    });
  }
}

/**
 * The text of a UTF-8 file (a BOM is left for loadRcText). Bytes that are not UTF-8 (a file saved as GBK)
 * come back as U+FFFD, which loadRcText reports as "not UTF-8".
 * @throws the fs error when the file cannot be read (ENOENT, EISDIR, EACCES…).
 */
function readUtf8(file: string): string {
  return fs.readFileSync(file).toString('utf8');
}
