// What the offline end-to-end scripts share (run-web-tests.mjs: the mocha suite in the extension host;
// details-page.mjs: the packaged extension's details page): a code-server 4.100.3 (VS Code OSS 1.100.3) on
// 127.0.0.1 whose every file lives in a temp state dir, and Debian's chromium driven headless by playwright-core
// that reaches nothing but this machine. See e2e/README.md ("How a run works") and the notes on code-server
// writing into $HOME, its shutdown and its listening sockets in the project's vscode-offline notes.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** This folder (e2e/), absolute. */
export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, absolute. */
export const ROOT = path.resolve(E2E_DIR, '..');
/** code-server's entry script, run with this Node (process.execPath). */
export const CODE_SERVER = path.join(E2E_DIR, 'node_modules/code-server/out/node/entry.js');

const t0 = Date.now();

/** Seconds since this module loaded, one decimal, with the unit: `12.3s`. */
export function elapsed() {
  return ((Date.now() - t0) / 1000).toFixed(1) + 's';
}

/** A console.log that prefixes each line with `[TAG 12.3s]` (TAG names the script, time since start). */
export function makeLog(tag) {
  return (...a) => console.log(`[${tag} ${elapsed()}]`, ...a);
}

/**
 * Checks what every run needs and returns chromium's path: code-server installed by e2e/install.sh, and a
 * chromium (CHROMIUM_PATH, else /usr/bin/chromium or /usr/bin/chromium-browser).
 * @throws Error naming the missing piece and how to install it.
 */
export function requireTools() {
  if (!fs.existsSync(CODE_SERVER)) throw new Error('e2e dependencies are missing: run e2e/install.sh');
  const chromium = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!chromium) throw new Error('chromium not found: apt-get install -y chromium');
  return chromium;
}

/**
 * A TCP port free on 127.0.0.1 right now (the OS picks it; another process may take it before we bind it,
 * which code-server then reports as an early exit).
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * The command line, through node:util parseArgs (strict: an unknown flag, a positional argument or a flag
 * without its value throws).
 * @param {string[]} argv the arguments after the script's name
 * @param {{ paths?: string[], strings?: string[], booleans?: string[] }} spec flag names (without `--`) that take
 *   a path (returned absolute, resolved against the working directory), any other value, or no value
 * @returns {Record<string, string | boolean | undefined>} by flag name; undefined for a flag not given
 * @throws TypeError (code ERR_PARSE_ARGS_*) naming the offending argument.
 */
export function parseFlags(argv, { paths = [], strings = [], booleans = [] }) {
  const options = Object.fromEntries([...paths.map((k) => [k, { type: 'string' }]), ...strings.map((k) => [k, { type: 'string' }]), ...booleans.map((k) => [k, { type: 'boolean' }])]);
  const { values } = parseArgs({ args: argv, options });
  for (const k of paths) if (values[k] !== undefined) values[k] = path.resolve(values[k]);
  return values;
}

/**
 * How long a run may take, in seconds: the --timeout value if given, else E2E_TIMEOUT, else `fallback`.
 * @throws Error when the value is not a positive number.
 */
export function timeoutSeconds(flag, fallback) {
  const [value, what] = flag !== undefined ? [flag, '--timeout'] : process.env.E2E_TIMEOUT ? [process.env.E2E_TIMEOUT, 'E2E_TIMEOUT'] : [fallback, 'the default timeout'];
  const n = Number(value);
  if (!(n > 0)) throw new Error(`${what} must be a positive number of seconds, not ${JSON.stringify(value)}`);
  return n;
}

/** User settings of every run: nothing on the screen but what the run opens, nothing that phones home. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'chat.commandCenter.enabled': false,
};

// Chromium flags of every run: headless in a container (no sandbox, GPU or /dev/shm), and no traffic of its own.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'];

/**
 * One code-server and one chromium in a throwaway state dir. Everything both write goes into the state dir
 * (`--config`, `--user-data-dir`, `--extensions-dir`, XDG_*, TMPDIR, chromium's HOME), never into $HOME; the
 * gallery is disabled (EXTENSIONS_GALLERY={}).
 *
 * The constructor creates the state dir and arranges that it goes however the process leaves (an exception
 * before start() included; E2E_KEEP_STATE=1 keeps it), and that SIGINT/SIGTERM run {@link cleanup} and exit
 * with 130. Call cleanup() when done.
 */
export class CodeServerSandbox {
  /**
   * @param {object} o
   * @param {string} o.prefix name prefix of the state dir in os.tmpdir(), e.g. `gongwen-e2e-`
   * @param {(...a: unknown[]) => void} o.log where progress lines go (see {@link makeLog})
   * @param {Record<string, unknown>} [o.settings] user settings added to (or overriding) the base ones
   * @param {Record<string, string>} [o.env] environment added for code-server and so for its extension host
   * @param {string} [o.workspace] a folder copied into `dirs.workspace` (the tests edit it); else it is empty
   */
  constructor({ prefix, log, settings = {}, env = {}, workspace }) {
    this.log = log;
    /** The state dir, absolute. */
    this.state = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    process.on('exit', () => {
      if (!process.env.E2E_KEEP_STATE) fs.rmSync(this.state, { recursive: true, force: true, maxRetries: 3 });
    });
    /** Folders inside the state dir, absolute; `workspace` is the folder the workbench opens. */
    this.dirs = Object.fromEntries(
      Object.entries({
        userData: 'user-data',
        extensions: 'extensions',
        xdgConfig: 'xdg-config',
        xdgData: 'xdg-data',
        xdgCache: 'xdg-cache',
        chromeHome: 'chromium-home',
        workspace: 'workspace',
        tmp: 'tmp',
      }).map(([k, d]) => [k, path.join(this.state, d)]),
    );
    for (const d of Object.values(this.dirs)) fs.mkdirSync(d, { recursive: true });
    if (workspace) fs.cpSync(workspace, this.dirs.workspace, { recursive: true });
    fs.mkdirSync(path.join(this.dirs.userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.dirs.userData, 'User/settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
    /** The environment of code-server and its children (and, with HOME changed, of chromium). */
    this.env = {
      ...process.env,
      XDG_CONFIG_HOME: this.dirs.xdgConfig,
      XDG_DATA_HOME: this.dirs.xdgData,
      XDG_CACHE_HOME: this.dirs.xdgCache,
      // code-server's IPC sockets and the built-in TypeScript server's temp files go here, not into /tmp.
      TMPDIR: this.dirs.tmp,
      EXTENSIONS_GALLERY: '{}',
      ...env,
    };
    delete this.env.VSCODE_IPC_HOOK_CLI;
    this.commonArgs = ['--config', path.join(this.state, 'config.yaml'), '--user-data-dir', this.dirs.userData, '--extensions-dir', this.dirs.extensions];
    /** The running code-server (a ChildProcess, leader of its own process group), after start(). */
    this.server = undefined;
    /** The playwright Browser, after launchBrowser(). */
    this.browser = undefined;
    /** URLs of the requests the browser aborted because they would have left the machine. */
    this.aborted = [];
    this.serverOut = [];
    for (const sig of ['SIGINT', 'SIGTERM']) {
      process.on(sig, async () => {
        await this.cleanup();
        process.exit(130);
      });
    }
  }

  /**
   * Installs a .vsix into the state dir's extensions dir (`code-server --install-extension FILE --force`).
   * @param {string} vsix absolute path
   * @param {{ echo?: boolean }} [o] echo: pass code-server's output through (else it shows only on failure)
   * @throws Error when code-server fails or times out (120 s).
   */
  install(vsix, { echo = false } = {}) {
    const r = spawnSync(process.execPath, [CODE_SERVER, ...this.commonArgs, '--install-extension', vsix, '--force'], { env: this.env, encoding: 'utf8', timeout: 120_000 });
    if (echo) {
      process.stdout.write(r.stdout || '');
      process.stderr.write(r.stderr || '');
    }
    if (r.status !== 0) throw new Error(`--install-extension ${path.basename(vsix)} failed (${r.status ?? r.signal})${echo ? '' : `:\n${r.stdout ?? ''}${r.stderr ?? ''}`}`);
  }

  /** The folders in the extensions dir (one per installed extension: `publisher.name-version`). */
  installed() {
    return fs.readdirSync(this.dirs.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
  }

  /**
   * Makes `locale` the display language. VS Code honours --locale only when a language pack for it is
   * installed: for zh-cn this packs (vsce) and installs the stand-in in e2e/zh-cn-pack/, which has no
   * translations (the workbench stays English) but makes vscode.env.language zh-cn, so the extension and its
   * language server speak Chinese; and it writes languagepacks.json, which the server writes itself only
   * when a pack is installed through a running server. English (`en…`) or none needs nothing.
   * @param {string | undefined} locale as given to --locale, e.g. `zh-cn`
   * @param {{ echo?: boolean }} [o] as for {@link install}
   * @throws Error for a locale other than English or zh-cn, or when packing or installing fails.
   */
  installLanguagePack(locale, { echo = false } = {}) {
    if (!locale || locale.toLowerCase().startsWith('en')) return;
    if (locale.toLowerCase() !== 'zh-cn') throw new Error(`only --locale zh-cn has a language pack stand-in, not ${locale}`);
    const packVsix = path.join(this.state, 'zh-cn-pack.vsix');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', packVsix], {
      cwd: path.join(E2E_DIR, 'zh-cn-pack'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`packaging the zh-cn language pack stand-in failed:\n${r.stdout}${r.stderr}`);
    this.install(packVsix, { echo });
    const packDir = this.installed().find((d) => d.startsWith('gongwen.gongwen-e2e-zh-cn-'));
    if (!packDir) throw new Error('the zh-cn language pack stand-in did not install');
    fs.writeFileSync(
      path.join(this.dirs.userData, 'languagepacks.json'),
      JSON.stringify({
        'zh-cn': {
          hash: 'gongwen-e2e-0.0.1',
          extensions: [{ extensionIdentifier: { id: 'gongwen.gongwen-e2e-zh-cn' }, version: '0.0.1' }],
          translations: { vscode: path.join(this.dirs.extensions, packDir, 'translations/main.i18n.json') },
          label: '中文(简体)',
        },
      }),
    );
  }

  /**
   * Starts code-server on a free port of 127.0.0.1, without auth, telemetry, update checks or the
   * getting-started page, in its own process group, and waits until /healthz answers. Its output is kept
   * (see {@link serverTail}) and shown live with E2E_VERBOSE=1.
   * @param {object} o
   * @param {number} o.deadline epoch ms; the wait for /healthz also ends 60 s after the start
   * @param {string} [o.locale] passed as --locale (without a pack the workbench stays English, but
   *   vscode.env.language, and so the server's messages and the extension's l10n bundle, follow it)
   * @param {boolean} [o.trust] keep workspace trust on (else --disable-workspace-trust)
   * @returns {Promise<string>} `127.0.0.1:PORT`
   * @throws Error when code-server exits first or does not answer in time.
   */
  async start({ deadline, locale, trust = false }) {
    const host = `127.0.0.1:${await freePort()}`;
    this.server = spawn(
      process.execPath,
      [
        CODE_SERVER,
        '--bind-addr', host,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...(trust ? [] : ['--disable-workspace-trust']),
        '--disable-getting-started-override',
        '--ignore-last-opened',
        ...(locale ? ['--locale', locale] : []),
        ...this.commonArgs,
      ],
      { env: this.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const keep = (b) => {
      this.serverOut.push(String(b));
      if (process.env.E2E_VERBOSE) process.stderr.write(`[code-server] ${b}`);
    };
    this.server.stdout.on('data', keep);
    this.server.stderr.on('data', keep);
    const url = `http://${host}/healthz`;
    const until = Math.min(deadline, Date.now() + 60_000);
    for (;;) {
      if (this.server.exitCode !== null) throw new Error(`code-server exited early with ${this.server.exitCode}`);
      if (Date.now() >= until) throw new Error(`code-server did not answer ${url} in time`);
      if (await fetch(url).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 150));
    }
    this.log(`code-server ${host} healthy`);
    return host;
  }

  /** The last `lines` lines code-server wrote (stdout and stderr, interleaved as they came). */
  serverTail(lines = 30) {
    return this.serverOut.join('').split('\n').slice(-lines).join('\n');
  }

  /**
   * Launches chromium headless through playwright-core and opens a browser context in which every request
   * that is not to 127.0.0.1 or localhost is aborted (and listed in {@link aborted}; logged with
   * E2E_VERBOSE=1). Playwright keeps the profile in a temp dir of its own; HOME points into the state dir so
   * that chromium's crash reports and dconf cache do not land in the real $HOME.
   * @param {string} executablePath from {@link requireTools}
   * @param {object} o
   * @param {{ width: number, height: number }} o.viewport CSS px, at device scale factor 1
   * @param {string} [o.locale] the context's locale, e.g. `zh-CN` (default `en-US`)
   * @param {string} [o.lang] chromium's --lang, e.g. `zh-cn`
   * @returns {Promise<import('playwright-core').BrowserContext>}
   */
  async launchBrowser(executablePath, { viewport, locale = 'en-US', lang }) {
    const { chromium } = await import('playwright-core');
    this.browser = await chromium.launch({
      executablePath,
      headless: true,
      args: [...(lang ? [`--lang=${lang}`] : []), ...CHROMIUM_ARGS],
      env: { ...this.env, HOME: this.dirs.chromeHome },
    });
    const context = await this.browser.newContext({ viewport, deviceScaleFactor: 1, locale });
    // Belt and braces: nothing but this machine's loopback is ever contacted.
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (!/^https?:$/.test(u.protocol) || u.hostname === '127.0.0.1' || u.hostname === 'localhost') return route.continue();
      this.aborted.push(u.href);
      if (process.env.E2E_VERBOSE) this.log(`aborted non-local request ${u.href}`);
      return route.abort();
    });
    return context;
  }

  /**
   * Closes the browser, stops code-server's whole process group (SIGTERM, SIGKILL 5 s later: the wrapper,
   * the server, the extension host and the language server) and removes the state dir (E2E_KEEP_STATE=1
   * keeps it and logs where). Safe to call more than once.
   */
  async cleanup() {
    if (this.browser) await this.browser.close().catch(() => {});
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once('exit', r));
      const kill = (sig) => {
        try {
          process.kill(-server.pid, sig);
        } catch {
          /* already gone */
        }
      };
      kill('SIGTERM');
      const t = setTimeout(() => kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(t);
    }
    if (!process.env.E2E_KEEP_STATE) fs.rmSync(this.state, { recursive: true, force: true, maxRetries: 3 });
    else this.log(`state kept in ${this.state}`);
  }
}
