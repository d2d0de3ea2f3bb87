#!/usr/bin/env node
// The packaged extension's details page, as a user sees it in the Extensions view (issue 13): installs a .vsix
// into a fresh code-server (VS Code OSS 1.100.3) extensions dir, opens the workbench headless in Debian's
// chromium, opens the Extensions view, clicks gongwen and reads the details webview (dist/README.md from
// scripts/package-readme.mjs). Asserts, in the webview's DOM:
//  - every <img> has loaded (complete, naturalWidth > 0): the screenshots are inlined, not broken links;
//  - the rule table is there (a <table> whose rows name numbering-level, placeholder, web-residue);
//  - the rule reference is on the page (#rules and one #<rule> anchor per in-page rule link);
//  - no link in the README points at a relative file (it would be dead in an installed extension);
//  - no raw Markdown or HTML leaks into the text outside code (`![`, `](`, `<a `, `**`, `<br`, `<!--`);
//  - no space between two characters of Chinese text where the packaged Markdown has a line break (a
//    hard-wrapped source line left unjoined);
//  - nothing is wider than the page (the page does not scroll sideways: the part past its edge is cut off);
//  - the in-page link #numbering-level scrolls to its rule reference;
//  - every code block wider than the page scrolls sideways; no request leaves the machine.
// Saves screenshots (the whole window, then one per screenful of the README) into --out (default:
// e2e/.tmp/details-page). Prints "N passed, M failed" last and exits 1 when a check fails.
//
// Usage: node e2e/details-page.mjs [--vsix FILE] [--out DIR] [--locale zh-cn] [--timeout SECONDS] [--shots N]
//                                   [--record FILE]
//   --shots N      at most N screenshots of the README after the first (default 80: the whole page)
//   --record FILE  also the whole window with the README at its first editor screenshot (the record in
//                  docs/details-page.webp: cwebp -q 60 -m 6 FILE -o docs/details-page.webp)
//   without --vsix it runs `npm run package` into e2e/.tmp/gongwen-details.vsix first (and rebuilds the
//   development dist/ afterwards, as scripts/e2e.sh does).
// Env: E2E_VERBOSE=1 shows code-server's output and aborted requests; E2E_KEEP_STATE=1 keeps the state dir.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CodeServerSandbox, E2E_DIR as here, ROOT as root, makeLog, parseFlags, requireTools, timeoutSeconds } from './code-server.mjs';

const log = makeLog('details');

/** The command line (see Usage above) as options. */
function parseOptions(argv) {
  const v = parseFlags(argv, { paths: ['vsix', 'out', 'record'], strings: ['locale', 'timeout', 'shots'] });
  const maxShots = Number(v.shots ?? 80);
  if (!Number.isInteger(maxShots) || maxShots < 0) throw new Error(`--shots must be a whole number, 0 or more, not ${JSON.stringify(v.shots)}`);
  return { ...v, timeout: timeoutSeconds(v.timeout, 120), maxShots };
}

function run(cmd, args, opts) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, ...opts });
  if (r.status !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout;
}

/** Runs in the README webview's inner frame: what the page shows, measured in its DOM. */
function inspectReadme() {
  const imgs = [...document.images].map((i) => ({ alt: i.alt, complete: i.complete, width: i.naturalWidth, src: i.currentSrc.slice(0, 30) }));
  const tables = [...document.querySelectorAll('table')].map((t) => t.innerText);
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  const ids = [...new Set([...document.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name')))];
  // The text a reader sees outside code (code shows Markdown and HTML on purpose).
  const clone = document.body.cloneNode(true);
  for (const c of clone.querySelectorAll('code, pre')) c.remove();
  const prose = clone.textContent;
  const paragraphs = [...document.querySelectorAll('p, li, td, th, h1, h2, h3, h4')].map((e) => {
    const c = e.cloneNode(true);
    for (const x of c.querySelectorAll('code, pre')) x.replaceWith('\u0000');
    return c.textContent;
  });
  // Anything wider than the page is cut off at its right edge (the page does not scroll sideways).
  const pageRight = document.body.getBoundingClientRect().right;
  const wide = [...document.querySelectorAll('body > *, table, img, p, li, h1, h2, h3')]
    .filter((e) => e.getBoundingClientRect().right > pageRight + 1)
    .map((e) => {
      // A table is as wide as the sum of its columns' narrowest widths (min-content): name the cell that sets
      // each column's, so that the unbreakable run in it can be found.
      const cells = [];
      if (e.tagName === 'TABLE') {
        const probe = document.createElement('div');
        probe.style.cssText = 'position:absolute;visibility:hidden;width:min-content;';
        document.body.append(probe);
        const widest = [];
        for (const row of e.rows) {
          [...row.cells].forEach((c, i) => {
            probe.innerHTML = c.innerHTML;
            const w = probe.getBoundingClientRect().width;
            if (!widest[i] || w > widest[i].w) widest[i] = { w, text: c.innerText };
          });
        }
        probe.remove();
        for (const x of widest) cells.push(`${Math.round(x.w)} px: ${x.text.slice(0, 50)}`);
      }
      return { tag: e.tagName, right: Math.round(e.getBoundingClientRect().right), pageRight: Math.round(pageRight), text: e.innerText.slice(0, 80), cells };
    });
  // A code block wider than the page must scroll sideways, not clip.
  const clipped = [...document.querySelectorAll('pre')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && !/auto|scroll/.test(getComputedStyle(e).overflowX))
    .map((e) => `${getComputedStyle(e).overflowX}: ${e.innerText.slice(0, 60)}`);
  return { imgs, tables, links, ids, prose, paragraphs, wide, clipped, height: document.documentElement.scrollHeight, view: window.innerHeight };
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const chromiumPath = requireTools();

  if (!o.vsix) {
    o.vsix = path.join(here, '.tmp/gongwen-details.vsix');
    fs.mkdirSync(path.dirname(o.vsix), { recursive: true });
    log('npm run package');
    run('npm', ['run', 'package', '--silent', '--', '--out', o.vsix], { cwd: root });
    // `package` leaves a production build in dist/: put the development one back.
    run('npm', ['run', 'build', '--silent'], { cwd: root });
  }
  if (!fs.existsSync(o.vsix)) throw new Error(`vsix not found: ${o.vsix}`);

  const sb = new CodeServerSandbox({ prefix: 'gongwen-details-', log });
  const { dirs } = sb;
  // Default: e2e/.tmp/details-page (ignored by git), emptied first so that it shows this run only.
  const outDir = o.out ?? path.join(here, '.tmp/details-page');
  if (!o.out) fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const failures = [];
  let passed = 0;
  const check = (ok, what) => {
    if (ok) {
      passed++;
      log(`ok   ${what}`);
    } else {
      log(`FAIL ${what}`);
      failures.push(what);
    }
  };
  let crashed;
  try {
    sb.installLanguagePack(o.locale);
    log(`installing ${path.relative(root, o.vsix)}`);
    sb.install(o.vsix);
    // The README the details page shows: the installed copy's (vsce stores --readme-path as readme.md).
    const installed = sb.installed().find((d) => /^gongwen\.gongwen-\d/.test(d));
    if (!installed) throw new Error('gongwen.gongwen is not in the extensions dir after --install-extension');
    const readmeFile = ['readme.md', 'README.md'].map((f) => path.join(dirs.extensions, installed, f)).find((f) => fs.existsSync(f));
    if (!readmeFile) throw new Error(`no README in the installed extension ${installed}`);
    const displayName = JSON.parse(fs.readFileSync(path.join(dirs.extensions, installed, 'package.json'), 'utf8')).displayName;
    const deadline = Date.now() + o.timeout * 1000;
    const host = await sb.start({ deadline, locale: o.locale });
    // The browser gets the display language too, which is what picks the Chinese (not Japanese) glyphs for
    // the README's Han text, as on a Chinese desktop.
    const context = await sb.launchBrowser(chromiumPath, {
      viewport: { width: 1280, height: 900 },
      lang: o.locale,
      locale: o.locale ? o.locale.replace(/-(\w+)$/, (_, r) => `-${r.toUpperCase()}`) : 'en-US',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(Math.max(5000, deadline - Date.now()));
    await page.goto(`http://${host}/?folder=${encodeURIComponent(dirs.workspace)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench');
    log('workbench loaded');

    // The Extensions view: the activity bar's Extensions item, then gongwen in the installed list.
    await page.locator('.activitybar .action-item a[aria-label^="Extensions"]').first().click();
    const item = page.locator('.extensions-viewlet .extension-list-item').filter({ has: page.locator('.name', { hasText: displayName }) }).first();
    await item.waitFor({ state: 'visible' });
    await item.click();
    await page.waitForSelector('.extension-editor .header .name');
    log(`details page: ${await page.locator('.extension-editor .header .name').first().innerText()}`);

    // The README is a webview: an iframe (the host page) with the content in its inner #active-frame.
    let frame;
    while (!frame) {
      if (Date.now() > deadline) throw new Error('the README webview did not appear');
      for (const f of page.frames()) {
        if (!/\/webview\/|fake\.html/.test(f.url())) continue;
        const has = await f.evaluate(() => !!document.querySelector('table') && document.body.innerText.includes('numbering-level')).catch(() => false);
        if (has) frame = f;
      }
      if (!frame) await page.waitForTimeout(250);
    }
    // Let the data: images decode.
    await frame.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 15_000 }).catch(() => {});
    const r = await frame.evaluate(inspectReadme);
    log(`README: ${r.imgs.length} images, ${r.tables.length} tables, ${r.links.length} links, ${r.height} px tall`);

    check(r.imgs.length >= 5, `at least 5 images (found ${r.imgs.length})`);
    for (const i of r.imgs) check(i.complete && i.width > 0, `image loaded: ${i.alt || i.src} (naturalWidth ${i.width})`);
    const ruleTable = r.tables.find((t) => /numbering-level/.test(t) && /placeholder/.test(t) && /web-residue/.test(t));
    check(!!ruleTable, 'the rule table (numbering-level, placeholder, web-residue) is a rendered table');
    check(r.ids.includes('rules'), 'the rule reference (#rules) is on the page');
    const inPage = r.links.filter((h) => h.length > 1 && h.startsWith('#')).map((h) => decodeURIComponent(h.slice(1)));
    const missing = inPage.filter((id) => !r.ids.includes(id));
    check(inPage.length > 0 && missing.length === 0, `every in-page link has its anchor (${inPage.length} links${missing.length ? `; missing: ${missing.join(', ')}` : ''})`);
    const relative = r.links.filter((h) => !/^(?:#|https?:|mailto:|command:)/.test(h));
    check(relative.length === 0, `no link to a relative file (dead in an installed extension)${relative.length ? `: ${relative.join(', ')}` : ''}`);
    const leaks = ['![', '](', '<a ', '**', '<br', '<img', '</', '<!--'].filter((x) => r.prose.includes(x));
    const leakContext = leaks.map((x) => r.prose.slice(Math.max(0, r.prose.indexOf(x) - 30), r.prose.indexOf(x) + 30).replace(/\s+/g, ' '));
    check(leaks.length === 0, `no raw Markdown or HTML in the text outside code${leaks.length ? `:\n  ${leakContext.join('\n  ')}` : ''}`);
    // A hard-wrapped source line inside Chinese text shows as a space: a space between two characters of
    // Chinese text that the packaged Markdown has as a line break there, never as a written space.
    const md = fs.readFileSync(readmeFile, 'utf8');
    const strays = [];
    for (const t of r.paragraphs) {
      for (const m of t.matchAll(/([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \n]([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g)) {
        if (md.includes(`${m[1]}\n${m[2]}`) && !md.includes(`${m[1]} ${m[2]}`)) strays.push(t.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\s+/g, ' '));
      }
    }
    check(strays.length === 0, `no stray space from a wrapped line inside Chinese text${strays.length ? `:\n  ${strays.join('\n  ')}` : ''}`);
    check(r.wide.length === 0, `nothing wider than the page (cut off at the right)${r.wide.length ? `:\n  ${r.wide.map((w) => `${w.tag} right ${w.right} > ${w.pageRight}: ${w.text.replace(/\s+/g, ' ')}${w.cells.length ? `\n    narrowest column widths: ${w.cells.map((c) => c.replace(/\s+/g, ' ')).join(' | ')}` : ''}`).join('\n  ')}` : ''}`);
    check(r.clipped.length === 0, `every code block wider than the page scrolls sideways${r.clipped.length ? `:\n  ${r.clipped.join('\n  ')}` : ''}`);
    check(sb.aborted.length === 0, `no request left this machine${sb.aborted.length ? ` (${sb.aborted.slice(0, 5).join(', ')})` : ''}`);

    // An in-page link works: the rule table's link to numbering-level scrolls its reference into view.
    const target = 'numbering-level';
    const clicked = await frame.locator(`a[href="#${target}"]`).first().click({ timeout: 5000 }).then(() => true, () => false);
    const arrived = clicked && await frame
      .waitForFunction((id) => {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        return top !== undefined && top >= -5 && top < window.innerHeight / 2;
      }, target, { timeout: 5000 })
      .then(() => true, () => false);
    check(arrived, `the link #${target} scrolls to its rule reference`);

    // Screenshots: the whole window at the top, then the README screenful by screenful (clipped to the webview)
    // until the page stops scrolling.
    const shots = [];
    // The README webview's own box (the frame's element; playwright gives it in page coordinates).
    const webview = await (await frame.frameElement()).boundingBox().catch(() => null);
    const shoot = async (name, clip) => {
      const file = path.join(outDir, `${name}.png`);
      await page.screenshot({ path: file, clip: clip ?? undefined });
      shots.push(file);
    };
    await frame.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(150);
    await shoot('details-00-top');
    const step = Math.max(200, r.view - 60);
    for (let s = 1, last = 0; s <= o.maxShots; s++) {
      const y = await frame.evaluate((to) => {
        window.scrollTo(0, to);
        return window.scrollY;
      }, s * step);
      if (y <= last) break;
      last = y;
      await page.waitForTimeout(120);
      await shoot(`details-${String(s).padStart(2, '0')}`, webview);
    }
    if (o.maxShots > 0) {
      // The other two tabs of the page, for the eye: Features (settings, commands) and Changelog.
      for (const tab of ['Features', 'Changelog']) {
        const ok = await page
          .locator('.extension-editor .navbar .action-label', { hasText: new RegExp(`^${tab}$`, 'i') })
          .first()
          .click({ timeout: 5000 })
          .then(() => true, () => false);
        if (!ok) {
          log(`tab ${tab} not found`);
          continue;
        }
        await page.waitForTimeout(1500);
        await shoot(`tab-${tab.toLowerCase()}`);
      }
      await page.locator('.extension-editor .navbar .action-label', { hasText: /^Details$/i }).first().click({ timeout: 5000 }).catch(() => {});
    }
    log(`${shots.length} screenshots in ${outDir}`);
    if (o.record) {
      // The record of the check (docs/): the whole window, the README scrolled to its first editor screenshot
      // with the text above it.
      await frame.evaluate(() => {
        const img = document.images[1] ?? document.images[0];
        window.scrollTo(0, img ? img.getBoundingClientRect().top + window.scrollY - 260 : 0);
      });
      await page.waitForTimeout(200);
      fs.mkdirSync(path.dirname(o.record), { recursive: true });
      await page.screenshot({ path: o.record });
      log(`record: ${o.record} (${fs.statSync(o.record).size} bytes)`);
    }
  } catch (e) {
    crashed = e;
  } finally {
    await sb.cleanup();
  }
  if (crashed) {
    console.error(`[details] FAILED: ${crashed.stack || crashed.message}`);
    const tail = sb.serverTail();
    if (tail.trim()) console.error(`--- code-server output (tail) ---\n${tail}`);
    process.exit(1);
  }
  // The line scripts/e2e.sh sums over its passes.
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
