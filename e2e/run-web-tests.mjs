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
import fs from 'node:fs';
import path from 'node:path';
import { CodeServerSandbox, ROOT as root, elapsed, makeLog, parseFlags, requireTools, timeoutSeconds } from './code-server.mjs';

const log = makeLog('e2e');

/** The command line (see Usage above) as options; `mode` is the suite's mode (GONGWEN_E2E_MODE). */
function parseOptions(argv) {
  const v = parseFlags(argv, { paths: ['ext', 'tests', 'workspace', 'vsix', 'screenshots'], strings: ['timeout', 'locale'], booleans: ['untrusted'] });
  const o = {
    ...v,
    ext: v.ext ?? root,
    workspace: v.workspace ?? path.join(root, 'client/src/test/fixtures/workspace'),
    timeout: timeoutSeconds(v.timeout, 300),
    locale: v.locale ?? (process.env.E2E_LOCALE || undefined),
    untrusted: !!v.untrusted,
  };
  // --untrusted: workspace trust on and the folder not trusted (Restricted Mode), for trust.test.
  o.mode = o.screenshots ? 'screens' : o.vsix ? 'vsix' : o.untrusted ? 'untrusted' : 'dev';
  o.tests ??= path.join(root, 'out/test', o.mode === 'screens' ? 'screens' : 'suite', 'index.js');
  return o;
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

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const chromiumPath = requireTools();
  if (!fs.existsSync(o.tests)) throw new Error(`compiled tests not found at ${o.tests}: run npm run build:test`);

  // Everything code-server and chromium write goes into this state dir, never into $HOME; however we leave
  // (an install failure before the server starts included), the state dir goes.
  const sb = new CodeServerSandbox({
    prefix: 'gongwen-e2e-',
    log,
    // The tests edit and save files and write workspace settings: give them a throwaway copy.
    workspace: o.workspace,
    settings: {
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      // Restricted Mode for --untrusted: trust on, no prompt, the folder left untrusted.
      'security.workspace.trust.enabled': o.untrusted,
      ...(o.untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open', 'security.workspace.trust.banner': 'never' } : {}),
      'files.autoSave': 'off',
      'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', monospace",
    },
    env: {
      // Reaches the extension host (it inherits the server's environment): selects the suite's mode.
      GONGWEN_E2E_MODE: o.mode,
    },
  });
  const { dirs } = sb;
  // The screenshot handshake: the in-host script waits for a file here that says we took the picture.
  const handshake = path.join(sb.state, 'handshake');
  fs.mkdirSync(handshake);
  sb.env.GONGWEN_E2E_HANDSHAKE = handshake;

  sb.installLanguagePack(o.locale, { echo: true });

  if (o.vsix) {
    if (!fs.existsSync(o.vsix)) throw new Error(`vsix not found: ${o.vsix}`);
    log(`installing ${path.relative(root, o.vsix)} into a fresh extensions dir`);
    sb.install(o.vsix, { echo: true });
    const installed = sb.installed();
    log(`installed: ${installed.join(', ')}`);
    if (!installed.some((d) => d.startsWith('gongwen.gongwen-'))) throw new Error('gongwen.gongwen is not in the extensions dir');
    // The workbench only runs extension tests for a development extension: load a do-nothing one, so that
    // gongwen itself comes from the extensions dir.
    o.ext = path.join(sb.state, 'host-extension');
    fs.mkdirSync(o.ext, { recursive: true });
    fs.writeFileSync(
      path.join(o.ext, 'package.json'),
      JSON.stringify({ name: 'gongwen-e2e-host', publisher: 'gongwen', version: '0.0.0', engines: { vscode: '^1.90.0' } }),
    );
  }

  let exitCode = 1;
  let settled = false;
  try {
    const deadline = Date.now() + o.timeout * 1000;
    const host = await sb.start({ deadline, locale: o.locale, trust: o.untrusted });
    const context = await sb.launchBrowser(chromiumPath, { viewport: { width: 1280, height: 760 } });
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
          shots.push(takeShot(page, JSON.parse(shot[1]), o.screenshots, handshake));
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
    sb.server.once('exit', (c, s) => {
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
    const tail = sb.serverTail();
    if (tail.trim()) console.error(`--- code-server output (tail) ---\n${tail}`);
  } finally {
    await sb.cleanup();
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
