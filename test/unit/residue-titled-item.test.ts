/**
 * A collection page's item number after the draft's own title (`在全县经济工作会议上的讲话 篇1`), a new user's
 * report (2026-12-01): `--fix` deleted the whole line, the draft's only title. Only the number is residue; a
 * site's collection title with a number (`年终工作总结范文篇2`) and an item header alone (`篇一`) stay whole-line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { fixAll } from '../../server/src/core/autofix';

const BODY = '\n\n同志们：\n\n今天召开全县经济工作会议，主要任务是总结今年工作，部署明年任务。\n';

describe('web-residue: a title with a collection item number', () => {
  for (const [title, kept] of [
    ['在全县经济工作会议上的讲话 篇1', '在全县经济工作会议上的讲话'],
    ['在全县经济工作会议上的讲话篇2', '在全县经济工作会议上的讲话'],
    ['关于做好春季防火工作的通知　篇三', '关于做好春季防火工作的通知'],
    ['**在年度总结大会上的讲话 篇1**', '**在年度总结大会上的讲话**'],
  ]) {
    it(`keeps the title, drops the number: ${title}`, () => {
      const text = title + BODY;
      const found = lint(text, { language: 'markdown' }).findings.filter((f) => f.rule === 'web-residue');
      assert.equal(found.length, 1);
      const f = found[0];
      assert.equal(text.slice(0, f.start) + text.slice(f.end), kept + BODY, 'the finding covers the number only');
      assert.equal(fixAll(text, { language: 'markdown' }, 8).text, kept + BODY);
    });
  }

  for (const line of ['年终工作总结范文篇2', '篇一', '1.村委会换届选举办法 篇一']) {
    it(`a site's line stays a whole-line call: ${line}`, () => {
      const text = '关于做好年终工作的通知' + BODY.replace('\n\n同志们：', `\n\n${line}\n\n同志们：`);
      const found = lint(text, { language: 'plaintext' }).findings.filter((f) => f.rule === 'web-residue');
      assert.equal(found.length, 1);
      assert.equal(text.slice(found[0].start, found[0].end), line);
    });
  }
});
