/**
 * The server started as the extension starts it (client/src/extension.ts): with its Node.js options
 * (client/src/server-launch.ts) and its initialization options. Node refuses to start on an option it
 * does not know, so an option that cannot be used would leave the extension without a server.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from './lsp-client';
import { DRAFT } from './fixture';
import { SERVER_EXEC_ARGV } from '../../client/src/server-launch';
import { INITIALIZATION_OPTIONS } from '../../client/src/rule-code';

describe('server launch', () => {
  let client: TestClient | undefined;
  after(async () => client?.stop());

  it('starts with the extension’s Node.js options and reports diagnostics', async () => {
    assert.ok(SERVER_EXEC_ARGV.length > 0 && SERVER_EXEC_ARGV.every((a) => a.startsWith('--')));
    client = await TestClient.start({ locale: 'zh-cn', initializationOptions: INITIALIZATION_OPTIONS, nodeArgs: SERVER_EXEC_ARGV });
    const uri = 'file:///launch/draft.md';
    client.open(uri, DRAFT, 'markdown');
    const report = await client.diagnostics(uri);
    assert.equal(report.kind, 'full');
    assert.ok(report.items.length > 5, `findings of the draft (${report.items.length})`);
    assert.ok(report.items.every((d: { source?: string }) => d.source === undefined), 'the extension’s initialization options apply (no source)');
  });
});
