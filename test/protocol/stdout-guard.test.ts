/**
 * Over stdio the server's stdout carries the protocol: console output from any code in the server
 * process must go to stderr, never between frames (the VS Code extension starts the server over stdio).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { SERVER } from './lsp-client';

test('console.log in the server process goes to stderr, and stdout holds only frames', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongwen-stdout-'));
  try {
    // Preloaded before the server: writes through console once the server has set up its transport.
    const preload = path.join(dir, 'noise.js');
    fs.writeFileSync(preload, `setTimeout(() => { console.log('noise from console.log'); console.info('noise from console.info'); }, 200);\n`);
    const proc = spawn(process.execPath, ['-r', preload, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = Buffer.alloc(0);
    let err = '';
    proc.stdout.on('data', (b: Buffer) => (out = Buffer.concat([out, b])));
    proc.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const until = Date.now() + 15000;
    while (!(err.includes('noise from console.info') && out.length > 0) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    proc.kill();
    assert.match(err, /noise from console\.log/);
    assert.match(err, /noise from console\.info/);
    // stdout: frames and nothing else
    let at = 0;
    let frames = 0;
    while (at < out.length) {
      const headerEnd = out.indexOf('\r\n\r\n', at);
      assert.ok(headerEnd > 0, `a frame header at byte ${at}: ${JSON.stringify(out.subarray(at, at + 40).toString())}`);
      const m = /^Content-Length: (\d+)$/.exec(out.subarray(at, headerEnd).toString('latin1'));
      assert.ok(m, `a Content-Length header at byte ${at}`);
      const start = headerEnd + 4;
      JSON.parse(out.subarray(start, start + Number(m[1])).toString('utf8'));
      at = start + Number(m[1]);
      frames++;
    }
    assert.ok(frames >= 1, 'the initialize answer arrived');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
