/** The editor's navigation targets (client/src/navigation.ts) over the real core's output. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Source, buildSections, findPlaceholders } from '../../server/src/core';
import { flattenSections, pickPlaceholder, targetSection } from '../../client/src/navigation';

const TEXT = ['关于XX镇的通知', '', '一、总体要求', '', '（一）加强领导。XX镇要抓好。', '', '（二）明确责任', '', '1.细化分工', '', '二、保障措施', '', '请XX书记和××镇联系。', ''].join('\n');
const source = new Source(TEXT, 'markdown');
const at = (s: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  assert.ok(i >= 0, s);
  return i;
};

describe('pickPlaceholder', () => {
  const ms = findPlaceholders(source);
  const starts = (m?: { start: number }) => m?.start;

  it('finds the placeholders of the sample (guards the fixture)', () => {
    assert.deepEqual(ms.map((m) => m.text), ['XX', 'XX', 'XX', '××']);
  });

  it('forward: the first one at or after the cursor, skipping the selected one, wrapping round', () => {
    assert.equal(starts(pickPlaceholder(ms, 0, 0, true)), ms[0].start);
    assert.equal(starts(pickPlaceholder(ms, ms[0].start, ms[0].start, true)), ms[0].start); // cursor just before it
    assert.equal(starts(pickPlaceholder(ms, ms[0].start, ms[0].end, true)), ms[1].start); // it is selected
    assert.equal(starts(pickPlaceholder(ms, ms[0].start + 1, ms[0].start + 1, true)), ms[1].start); // cursor inside
    assert.equal(starts(pickPlaceholder(ms, ms[3].start, ms[3].end, true)), ms[0].start); // wraps
    assert.equal(starts(pickPlaceholder(ms, TEXT.length, TEXT.length, true)), ms[0].start);
  });

  it('backward: the last one ending at or before the cursor, wrapping round', () => {
    assert.equal(starts(pickPlaceholder(ms, ms[1].end, ms[1].end, false)), ms[1].start); // cursor just after it
    assert.equal(starts(pickPlaceholder(ms, ms[1].start, ms[1].end, false)), ms[0].start); // it is selected
    assert.equal(starts(pickPlaceholder(ms, 0, 0, false)), ms[3].start); // wraps
  });

  it('nothing to pick in a clean text', () => {
    assert.equal(pickPlaceholder([], 0, 0, true), undefined);
    assert.equal(pickPlaceholder([], 0, 0, false), undefined);
  });
});

describe('targetSection', () => {
  const sections = flattenSections(buildSections(source).roots);
  const label = (s?: { label: string }) => s?.label;
  const line = (s: string) => source.lineAt(at(s)).index;

  it('flattens the outline in document order', () => {
    assert.deepEqual(
      sections.filter((s) => s.kind === 'marker').map((s) => s.label.slice(0, 3)),
      ['一、总', '（一）', '（二）', '1.细', '二、保'],
    );
  });

  it('next and previous follow document order and stop at the ends', () => {
    assert.equal(label(targetSection(sections, line('一、总体'), at('一、总体'), 'next')), sections[sections.indexOf(sections.find((s) => s.label.startsWith('一、'))!) + 1].label);
    assert.match(label(targetSection(sections, line('（二）'), at('（二）'), 'next'))!, /^1\.细化/);
    assert.match(label(targetSection(sections, line('（二）'), at('（二）'), 'previous'))!, /^（一）/);
    assert.equal(targetSection(sections, line('请XX'), at('请XX'), 'next'), undefined);
    assert.equal(targetSection(sections, 0, 0, 'previous'), undefined);
  });

  it('previous from inside a body goes to that section’s own title', () => {
    const body = at('XX镇要抓好');
    assert.match(label(targetSection(sections, source.lineAt(body).index + 1, body, 'previous'))!, /^（一）/);
  });

  it('parent: from a title to its parent, from a body to its own title', () => {
    assert.match(label(targetSection(sections, line('1.细化'), at('1.细化'), 'parent'))!, /^（二）/);
    assert.match(label(targetSection(sections, line('（二）'), at('（二）'), 'parent'))!, /^一、/);
    assert.equal(targetSection(sections, line('一、总体'), at('一、总体'), 'parent'), undefined);
    const body = at('请XX');
    assert.match(label(targetSection(sections, line('请XX'), body, 'parent'))!, /^二、/);
  });
});
