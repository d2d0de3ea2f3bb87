#!/usr/bin/env node
// Offline end-to-end runner: runs the extension's mocha suite inside the real VS Code (OSS 1.100.3, from
// code-server 4.100.3) remote node extension host, with the web workbench driven headless by Debian's chromium
// through playwright-core. The suite's run() settles -> the workbench calls window.codeAutomationExit(code),
// which we expose, and that code becomes our exit code.
//
// Usage: node e2e/run-web-tests.mjs [--vsix FILE] [--screenshots DIR] [--tests FILE] [--workspace DIR]
//                                   [--ext DIR] [--timeout SECONDS] [--locale zh-cn] [--untrusted]
//   default        the development extension (extensionDevelopmentPath = repository root) + out/test/suite
//   --vsix FILE    install FILE into a fresh --extensions-dir and run the suite against the installed copy
//                  (the development extension is an empty stand-in; the suite runs in "vsix" mode)
//   --screenshots  run out/test/screens/index.js, which stages scenes and asks us for screenshots
// Env: E2E_VERBOSE=1 prints all workbench console output; E2E_KEEP_STATE=1 keeps the temp state dir.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const t0 = Date.now();
const elapsed = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
const log = (...a) => console.log(`[e2e ${elapsed()}]`, ...a);

function parseArgs(argv) {
  const o = {
    ext: root,
    tests: undefined,
    workspace: path.join(root, 'client/src/test/fixtures/workspace'),
    vsix: undefined,
    screenshots: undefined,
    timeout: Number(process.env.E2E_TIMEOUT || 300),
    locale: process.env.E2E_LOCALE || undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === '--ext') o.ext = path.resolve(next());
    else if (a === '--tests') o.tests = path.resolve(next());
    else if (a === '--workspace') o.workspace = path.resolve(next());
    else if (a === '--vsix') o.vsix = path.resolve(next());
    else if (a === '--screenshots') o.screenshots = path.resolve(next());
    else if (a === '--timeout') o.timeout = Number(next());
    else if (a === '--locale') o.locale = next();
    else if (a === '--untrusted') o.untrusted = true;
    else throw new Error(`unknown argument ${a}`);
  }
  // --untrusted: workspace trust on and the folder not trusted (Restricted Mode), for trust.test.
  o.mode = o.screenshots ? 'screens' : o.vsix ? 'vsix' : o.untrusted ? 'untrusted' : 'dev';
  o.tests ??= path.join(root, 'out/test', o.mode === 'screens' ? 'screens' : 'suite', 'index.js');
  return o;
}

function freePort() {
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

async function waitHealthy(url, deadline, child) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer ${url} in time`);
}

/** Re-applies console formatting (%c styles dropped, %s/%d/%i/%f/%o/%O substituted). */
function formatConsole(values) {
  if (values.length === 0) return '';
  const [first, ...rest] = values;
  const str = (v) => (typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v));
  if (typeof first !== 'string') return values.map(str).join(' ');
  let i = 0;
  const out = first.replace(/%[csdifoO%]/g, (m) => {
    if (m === '%%') return '%';
    const v = rest[i++];
    return m === '%c' ? '' : str(v);
  });
  return [out, ...rest.slice(i).map(str)].join(' ');
}

// Workbench start-up chatter that says nothing about the tests.
const NOISE = [
  /vsda/i,
  /web worker extension host is started in a same-origin iframe/i,
  /\[Extension Host\] (?:Extension host|Loading development extension)/,
  /Failed to load resource/i,
  /Download the React DevTools/i,
  /An iframe which has both allow-scripts and allow-same-origin/i,
  /Ignoring the error while validating workspace folder/i,
  /Long running operations during shutdown/i,
  /Unrecognized feature/i,
  /^(?:Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^ChatSessionStore/,
  /additional builtin extensions/,
  /^Overwriting extension <</,
  /^Started local extension host/,
  /^Error: No extension gallery service configured/,
  /^Creation of workbench contribution '.*' took \d+ms/,
  /^\s*$/,
];

const CODE_SERVER = path.join(here, 'node_modules/code-server/out/node/entry.js');
const CODE_SERVER_BIN = path.join(here, 'node_modules/.bin/code-server');

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(CODE_SERVER_BIN)) throw new Error('e2e dependencies are missing: run e2e/install.sh');
  if (!fs.existsSync(o.tests)) throw new Error(`compiled tests not found at ${o.tests}: run npm run build:test`);
  const chromiumPath = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
  if (!chromiumPath) throw new Error('chromium not found: apt-get install -y chromium');

  // Everything code-server and chromium write goes into this state dir, never into $HOME.
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-'));
  // However we leave (an install failure before the server starts included), the state dir goes.
  process.on('exit', () => {
    if (!process.env.E2E_KEEP_STATE) fs.rmSync(state, { recursive: true, force: true, maxRetries: 3 });
  });
  const dirs = {
    userData: path.join(state, 'user-data'),
    extensions: path.join(state, 'extensions'),
    xdgConfig: path.join(state, 'xdg-config'),
    xdgData: path.join(state, 'xdg-data'),
    xdgCache: path.join(state, 'xdg-cache'),
    chromeHome: path.join(state, 'chromium-home'),
    workspace: path.join(state, 'workspace'),
    handshake: path.join(state, 'handshake'),
    tmp: path.join(state, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // The tests edit and save files and write workspace settings: give them a throwaway copy.
  fs.cpSync(o.workspace, dirs.workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        // Restricted Mode for --untrusted: trust on, no prompt, the folder left untrusted.
        'security.workspace.trust.enabled': !!o.untrusted,
        ...(o.untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open', 'security.workspace.trust.banner': 'never' } : {}),
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'git.enabled': false,
        'files.autoSave': 'off',
        'window.restoreWindows': 'none',
        'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );

  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    // code-server's IPC sockets and the built-in TypeScript server's temp files go here, not into /tmp.
    TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: '{}',
    // Reaches the extension host (it inherits the server's environment): selects the suite's mode.
    GONGWEN_E2E_MODE: o.mode,
    GONGWEN_E2E_HANDSHAKE: dirs.handshake,
  };
  delete env.VSCODE_IPC_HOOK_CLI;
  const commonArgs = ['--config', path.join(state, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  const install = (vsixPath) => {
    const r = spawnSync(process.execPath, [CODE_SERVER, ...commonArgs, '--install-extension', vsixPath, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
    process.stdout.write(r.stdout || '');
    process.stderr.write(r.stderr || '');
    if (r.status !== 0) throw new Error(`--install-extension ${path.basename(vsixPath)} failed (${r.status ?? r.signal})`);
  };

  if (o.locale && !o.locale.toLowerCase().startsWith('en')) {
    // VS Code honours --locale only when a language pack for it is installed. The stand-in in zh-cn-pack/
    // has no translations (the workbench stays English) but makes vscode.env.language the locale, so the
    // extension and its language server speak Chinese.
    if (o.locale.toLowerCase() !== 'zh-cn') throw new Error(`only --locale zh-cn has a language pack stand-in, not ${o.locale}`);
    const packVsix = path.join(state, 'zh-cn-pack.vsix');
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', packVsix], {
      cwd: path.join(here, 'zh-cn-pack'),
      encoding: 'utf8',
      timeout: 60_000,
    });
    if (r.status !== 0) throw new Error(`packaging the zh-cn language pack stand-in failed:\n${r.stdout}${r.stderr}`);
    install(packVsix);
    // The server resolves the display language from languagepacks.json in the user data dir, which it
    // writes only when a pack is installed through a running server: write it for the installed stand-in.
    const packDir = fs.readdirSync(dirs.extensions).find((d) => d.startsWith('gongwen.gongwen-e2e-zh-cn-'));
    if (!packDir) throw new Error('the zh-cn language pack stand-in did not install');
    fs.writeFileSync(
      path.join(dirs.userData, 'languagepacks.json'),
      JSON.stringify({
        'zh-cn': {
          hash: 'gongwen-e2e-0.0.1',
          extensions: [{ extensionIdentifier: { id: 'gongwen.gongwen-e2e-zh-cn' }, version: '0.0.1' }],
          translations: { vscode: path.join(dirs.extensions, packDir, 'translations/main.i18n.json') },
          label: '中文(简体)',
        },
      }),
    );
  }

  if (o.vsix) {
    if (!fs.existsSync(o.vsix)) throw new Error(`vsix not found: ${o.vsix}`);
    log(`installing ${path.relative(root, o.vsix)} into a fresh extensions dir`);
    install(o.vsix);
    const installed = fs.readdirSync(dirs.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
    log(`installed: ${installed.join(', ')}`);
    if (!installed.some((d) => d.startsWith('gongwen.gongwen-'))) throw new Error('gongwen.gongwen is not in the extensions dir');
    // The workbench only runs extension tests for a development extension: load a do-nothing one, so that
    // gongwen itself comes from the extensions dir.
    o.ext = path.join(state, 'host-extension');
    fs.mkdirSync(o.ext, { recursive: true });
    fs.writeFileSync(
      path.join(o.ext, 'package.json'),
      JSON.stringify({ name: 'gongwen-e2e-host', publisher: 'gongwen', version: '0.0.0', engines: { vscode: '^1.90.0' } }),
    );
  }

  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      CODE_SERVER,
      '--bind-addr', host,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(o.untrusted ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // Without a language pack the workbench stays English, but vscode.env.language (and so the
      // language server's messages and the extension's l10n bundle) follow this.
      ...(o.locale ? ['--locale', o.locale] : []),
      ...commonArgs,
    ],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const serverOut = [];
  const keepServerOut = (b) => {
    serverOut.push(b.toString());
    if (process.env.E2E_VERBOSE) process.stderr.write(`[code-server] ${b}`);
  };
  server.stdout.on('data', keepServerOut);
  server.stderr.on('data', keepServerOut);

  let browser;
  let exitCode = 1;
  let settled = false;
  const killServer = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const gone = new Promise((r) => server.once('exit', r));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const t = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await gone;
    clearTimeout(t);
  };
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await killServer();
    if (!process.env.E2E_KEEP_STATE) fs.rmSync(state, { recursive: true, force: true });
    else log(`state kept in ${state}`);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, async () => {
      await cleanup();
      process.exit(130);
    });
  }

  try {
    const deadline = Date.now() + o.timeout * 1000;
    await waitHealthy(`http://${host}/healthz`, Math.min(deadline, Date.now() + 60_000), server);
    log(`code-server ${host} healthy`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      // playwright keeps the profile in a temp dir of its own; HOME and XDG_* point into the state dir so that
      // chromium's crash reports and dconf cache do not land in the real $HOME.
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
      env: { ...env, HOME: dirs.chromeHome },
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1, locale: 'en-US' });
    // Belt and braces: nothing but this machine's loopback is ever contacted.
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (!/^https?:$/.test(u.protocol) || u.hostname === '127.0.0.1' || u.hostname === 'localhost') return route.continue();
      if (process.env.E2E_VERBOSE) log(`aborted non-local request ${u.href}`);
      return route.abort();
    });
    const page = await context.newPage();

    let resolveExit;
    let rejectExit;
    const exited = new Promise((res, rej) => {
      resolveExit = res;
      rejectExit = rej;
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(typeof code === 'number' ? code : 1);
    });

    // Console output arrives in order; formatting is async, so chain it.
    let chain = Promise.resolve();
    const shots = [];
    page.on('console', (msg) => {
      chain = chain.then(async () => {
        // Errors do not survive jsonValue(): take their stack (or message) in the page.
        const values = await Promise.all(
          msg.args().map((a) => a.evaluate((v) => (v instanceof Error ? String(v.stack || v.message) : v)).catch(() => a.jsonValue().catch(() => undefined))),
        );
        if (process.env.E2E_RAW) console.log("RAW", JSON.stringify(values));
        // The workbench's log service (which also carries the extension host's console) sends
        // ['%c INFO', css, format, ...args]: drop the styled prefix and apply the host's own format.
        let level = '';
        let text;
        const prefix = typeof values[0] === 'string' ? values[0].match(/^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)\s*$/) : null;
        if (prefix && typeof values[1] === 'string') {
          level = prefix[1];
          text = formatConsole(values.slice(2));
        } else {
          text = formatConsole(values.length ? values : [msg.text()]);
        }
        text = text.replace(/^\s*\[Extension Host\]\s*/, '');
        if (text.includes('No extension host found that can launch the test runner')) {
          rejectExit(new Error(`workbench: ${text}`));
        }
        const shot = text.match(/GW_SHOT (\{.*\})/);
        if (shot) {
          shots.push(takeShot(page, JSON.parse(shot[1]), o.screenshots, dirs.handshake));
          return;
        }
        if (!process.env.E2E_VERBOSE) {
          if (NOISE.some((re) => re.test(text))) return;
          if (level === 'TRACE' || level === 'DEBUG') return;
          if (!level && msg.type() !== 'log' && msg.type() !== 'info') return;
        }
        console.log(level && level !== 'INFO' ? `${level} ${text}` : text);
      });
    });
    page.on('pageerror', (err) => {
      if (process.env.E2E_VERBOSE) log(`page error: ${err.message}`);
    });
    page.on('crash', () => rejectExit(new Error('the workbench page crashed')));
    server.once('exit', (c, s) => {
      if (!settled) rejectExit(new Error(`code-server exited during the run (${c ?? s})`));
    });

    const remote = (p) => `vscode-remote://${host}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(o.ext)],
      ['extensionTestsPath', remote(o.tests)],
    ];
    // Screenshots start with the example draft open: the payload's openFile, never Quick Open (which waits
    // for a search provider that vscode-remote does not have here).
    const firstFile = path.join(dirs.workspace, '讲话稿-草稿.md');
    if (o.mode === 'screens' && fs.existsSync(firstFile)) payload.push(['openFile', remote(firstFile)]);
    const url = `http://${host}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`mode ${o.mode}: opening the workbench`);
    if (process.env.E2E_VERBOSE) log(url);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench loaded; running the suite');

    let timer;
    const timeout = new Promise((_, rej) => {
      timer = setTimeout(() => rej(new Error(`timed out after ${o.timeout} s without codeAutomationExit`)), Math.max(0, deadline - Date.now()));
    });
    try {
      exitCode = await Promise.race([exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
    settled = true;
    await Promise.race([chain, new Promise((r) => setTimeout(r, 5000))]);
    await Promise.all(shots);
    log(`suite finished with exit code ${exitCode}`);
  } catch (e) {
    settled = true;
    exitCode = 1;
    console.error(`[e2e ${elapsed()}] FAILED: ${e.message}`);
    const tail = serverOut.join('').split('\n').slice(-30).join('\n');
    if (tail.trim()) console.error(`--- code-server output (tail) ---\n${tail}`);
  } finally {
    await cleanup();
  }
  log(`done, exit ${exitCode}`);
  process.exit(exitCode);
}

/** Screenshot handshake: the in-host script staged a scene and waits for a file that says we took the picture. */
async function takeShot(page, req, outDir, handshake) {
  const done = path.join(handshake, `${req.name}.done`);
  try {
    if (req.waitFor) await page.waitForSelector(req.waitFor, { state: 'visible', timeout: 15_000 }).catch(() => log(`shot ${req.name}: ${req.waitFor} not visible, taking it anyway`));
    for (const sel of req.click ?? []) await page.locator(sel).first().click({ timeout: 5000 }).catch((e) => log(`shot ${req.name}: click ${sel}: ${e.message}`));
    if (req.hover) await page.hover(req.hover, { timeout: 5000 }).catch(() => {});
    if (req.keys) for (const k of req.keys) await page.keyboard.press(k);
    if (req.waitAfterKeys) await page.waitForSelector(req.waitAfterKeys, { state: 'visible', timeout: 15_000 }).catch(() => log(`shot ${req.name}: ${req.waitAfterKeys} not visible, taking it anyway`));
    // Let layout animations (a pane collapsing) finish: wait until the watched element stops moving.
    if (req.waitFor) {
      let last = '';
      for (let i = 0; i < 40; i++) {
        const box = JSON.stringify(await page.locator(req.waitFor).first().boundingBox().catch(() => null));
        if (box === last) break;
        last = box;
        await page.waitForTimeout(100);
      }
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    if (outDir) {
      fs.mkdirSync(outDir, { recursive: true });
      const file = path.join(outDir, `${req.name}.png`);
      const vp = page.viewportSize();
      // region: a corner of the window (the status bar with its tooltip), else clip: an element, else all.
      const clip =
        req.region === 'bottom-right' && vp
          ? { x: Math.round(vp.width * 0.45), y: vp.height - 260, width: Math.round(vp.width * 0.55), height: 260 }
          : req.clip
            ? await clipOf(page, req.clip)
            : undefined;
      await page.screenshot({ path: file, clip });
      log(`screenshot ${path.relative(root, file)} (${fs.statSync(file).size} bytes)`);
    }
    fs.writeFileSync(done, 'ok');
  } catch (e) {
    log(`shot ${req.name} failed: ${e.message}`);
    fs.writeFileSync(done, `error: ${e.message}`);
  }
}

async function clipOf(page, selector) {
  const box = await page.locator(selector).first().boundingBox().catch(() => null);
  return box ?? undefined;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
