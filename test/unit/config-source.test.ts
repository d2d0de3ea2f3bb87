/** config-source.ts: the server's per-document configuration from settings + the client's rc files. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentConfigs } from '../../server/src/config-source';
import type { ConfigProblem } from '../../server/src/config';

function configs(answer: (uri: string) => Promise<unknown>, section: unknown = {}) {
  const problems: ConfigProblem[] = [];
  let asked = 0;
  const c = new DocumentConfigs(
    {
      section: async () => section,
      configFiles: (uri) => {
        asked++;
        return answer(uri);
      },
      report: (p) => problems.push(...p),
    },
    50,
  );
  return { c, problems, asked: () => asked };
}

describe('DocumentConfigs', () => {
  it('merges the client\'s rc files (nearest first) over the settings, with percent-encoded URIs decoded for globs', async () => {
    const { c, problems } = configs(async () => ({
      folder: 'file:///ws',
      files: [
        { uri: 'file:///ws/%E9%80%9A%E7%9F%A5/.gongwenrc.json', text: '{"rules": {"placeholder": "hint"}, "ignore": ["旧/**"]}' },
        { uri: 'file:///ws/.gongwenrc.json', text: '{"rules": {"placeholder": "error", "web-residue": "off"}}' },
      ],
    }), { rules: { 'numbering-skip': 'info' } });
    const s = await c.settings('file:///ws/%E9%80%9A%E7%9F%A5/a.md');
    assert.deepEqual(s.rules, { 'numbering-skip': 'info', placeholder: 'hint', 'web-residue': 'off' });
    assert.equal(s.ignored, false);
    assert.equal((await c.settings('file:///ws/%E9%80%9A%E7%9F%A5/%E6%97%A7/b.md')).ignored, true);
    assert.deepEqual(problems, []);
    assert.equal((await c.context('file:///ws/%E9%80%9A%E7%9F%A5/a.md')).folder, 'file:///ws');
  });

  it('caches per document until cleared', async () => {
    const { c, asked } = configs(async () => ({ folder: null, files: [] }));
    await c.settings('file:///a.md');
    await c.settings('file:///a.md');
    assert.equal(asked(), 1);
    c.clear();
    await c.settings('file:///a.md');
    assert.equal(asked(), 2);
  });

  it('goes on with the settings alone when the client fails, answers nonsense or never answers', async () => {
    for (const answer of [() => Promise.reject(new Error('MethodNotFound')), async () => null, async () => 'what', () => new Promise<never>(() => {})]) {
      const { c } = configs(answer, { rules: { placeholder: 'off' } });
      assert.deepEqual((await c.settings('file:///ws/a.md')).rules, { placeholder: 'off' });
    }
  });

  it('reports an rc file the client could not read, and bad entries by file and key', async () => {
    const { c, problems } = configs(async () => ({
      folder: 'file:///ws',
      files: [
        { uri: 'file:///ws/a/.gongwenrc.json', error: 'permission denied' },
        { uri: 'file:///ws/.gongwenrc.json', text: '{"rules": {"nope": "off"}}' },
      ],
    }));
    await c.settings('file:///ws/a/x.md');
    assert.deepEqual(problems.map((p) => `${p.file}|${p.key}`), ['file:///ws/a/.gongwenrc.json|', 'file:///ws/.gongwenrc.json|rules.nope']);
    assert.match(problems[0].reason.en, /permission denied/);
  });
});
