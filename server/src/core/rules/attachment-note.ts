import { msg } from '../messages';
import { parseMarker } from '../numbering/markers';
import type { AttachmentNoteItem } from '../document/types';
import type { Msg, OffsetEdit, Rule } from '../types';

/** Marks an attachment's name must not end with. */
const TRAILING = /[。，；：、.,;:]+$/;

/** Compare names loosely: spaces, 书名号 (outer 《》 and inner 〈〉) and quotes do not count. */
const norm = (s: string) => s.replace(/[\s\u3000《》〈〉“”"]/g, '').replace(TRAILING, '');

/**
 * The offsets of the inner 书名号 `〈` `〉` in `s` (a name inside its outer 《》) when they are paired one level deep
 * (`关于〈青禾县条例〉的实施细则`), so that each can become `《` `》` once the outer pair goes (GB/T 15834 §4.15: 〈〉
 * mark a title inside a title); an empty list when there are none; undefined when they are not so paired.
 */
function innerTitleMarks(s: string): number[] | undefined {
  const out: number[] = [];
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '〈' && c !== '〉') continue;
    if ((c === '〈') === open) return undefined;
    open = c === '〈';
    out.push(i);
  }
  return open ? undefined : out;
}

/**
 * 附件说明, GB/T 9704 §7.3.4: `附件：` with a full-width colon, then the names; several attachments are
 * numbered `1.` `2.` (Arabic numeral and a full stop — `1、`, tolerated by many offices in the body, is
 * wrong here), in order from 1; no punctuation after a name, and no 书名号 around it (the standard's example
 * `附件：1.XXXXX`; the attachment's own title has none either). And §7.3.8: the attachments that follow
 * (`附件1` …) match the 附件说明 in number and title. The 附件说明 and the attachments come from the
 * document model; a long name wraps under its own first character (§7.3.4) and a long title over two or three
 * lines, each read as one. Fixes of the form are safe; a mismatch of number or title has no fix (which one is
 * right is the writer's call).
 */
export const attachmentNote: Rule = {
  meta: {
    id: 'attachment-note',
    name: msg('附件说明', 'Attachment note'),
    basis: 'GB/T 9704',
    defaultSeverity: 'warning',
    fixable: true,
    description: msg(
      '附件说明写作“附件：1.XXXX”：全角冒号，序号用“1.”，名称后不加标点；与后附附件的数量、标题一致',
      'The attachment note reads 附件：1.XXXX: full-width colon, ordinals 1., no punctuation after a name; it matches the attachments that follow',
    ),
    example: { wrong: '附件:1、工作方案；\n2、责任分工表。', right: '附件：1.工作方案\n2.责任分工表' },
    subChecks: {
      single: {
        defaultSeverity: 'info',
        description: msg('只有一个附件时不编序号', 'A single attachment takes no number'),
        example: { wrong: '附件：1.工作方案', right: '附件：工作方案' },
      },
    },
  },
  check(ctx) {
    const text = ctx.text;
    const doc = ctx.document;
    const note = doc.attachmentNote;
    if (!note) return;
    const report = (start: number, end: number, message: Msg, fix?: { title: Msg; edits: OffsetEdit[] }) =>
      ctx.report({ message, start, end, ...(fix ? { fix: { ...fix, kind: 'safe' as const } } : {}) });

    // `附件:` → `附件：`
    const head = note.paragraphs[0];
    const colon = /^附件\s*(:)/.exec(text.slice(head.start, head.end));
    if (colon) {
      const at = head.start + colon[0].length - 1;
      report(at, at + 1, msg('附件说明的“附件”后用全角冒号“：”', 'Use a full-width colon after 附件'), {
        title: msg('改为“：”', 'Change to "："'),
        edits: [{ start: at, end: at + 1, newText: '：' }],
      });
    }

    // The model ends the list at a number out of sequence (`1.` then `3.`); numbered lines right after it,
    // before the 署名, are the rest of the list.
    const items: AttachmentNoteItem[] = [...note.items];
    const lastPara = note.paragraphs[note.paragraphs.length - 1];
    for (let k = doc.paragraphs.indexOf(lastPara) + 1; k < doc.paragraphs.length && items.length > 0 && items[0].number !== undefined; k++) {
      const q = doc.paragraphs[k];
      if (q.role !== 'body' && q.role !== 'heading') break;
      const m = parseMarker(text, q.start, q.end);
      if (!m || (m.family !== 'arabic' && m.family !== 'arabic-paren')) break;
      let start = m.end;
      while (start < q.end && /[\s\u3000]/.test(text[start])) start++;
      items.push({ number: m.value, marker: m, line: q.line, start, end: q.end });
    }
    const numbered = items.filter((it) => it.number !== undefined);
    // GB/T 9704 §7.3.4 numbers attachments only when there are several.
    if (items.length === 1 && items[0].marker && doc.attachments.length <= 1) {
      const m = items[0].marker;
      ctx.report({
        message: msg(`只有一个附件，不编序号，应删去“${m.text}”`, `A single attachment takes no number: delete "${m.text}"`),
        start: m.start,
        end: m.end,
        sub: 'single',
        fix: { title: msg(`删去“${m.text}”`, `Delete "${m.text}"`), edits: [{ start: m.start, end: m.end, newText: '' }], kind: 'suggestion' },
      });
    }
    numbered.forEach((it, k) => {
      const m = it.marker;
      if (m && it.number !== undefined && m.text !== `${it.number}.`) {
        const right = `${it.number}.`;
        report(m.start, m.end, msg(`附件序号“${m.text}”应为“${right}”`, `Attachment ordinal "${m.text}" should be "${right}"`), {
          title: msg(`改为“${right}”`, `Change to "${right}"`),
          edits: [{ start: m.start, end: m.end, newText: right }],
        });
      }
      if (it.number !== k + 1 && m) {
        report(m.start, m.end, msg(`附件序号应依次为1、2、3……，此处应为“${k + 1}.”`, `Attachment ordinals run 1, 2, 3…: this one should be "${k + 1}."`));
      }
    });

    for (const it of items) {
      const name = text.slice(it.start, it.end);
      // `1.《青禾市实施方案》`: the name of an attachment is written bare, as the standard's example `附件：1.XXXXX`
      // and the attachment's own title are; one pair of 书名号 around the whole name is dropped.
      const bare = name.replace(TRAILING, '');
      if (bare.length > 2 && bare.startsWith('《') && bare.endsWith('》') && !/[《》]/.test(bare.slice(1, -1))) {
        // Inner 〈〉 (`《关于〈青禾县条例〉的实施细则》`) become the outer marks 《》 once the outer pair goes; when they do
        // not pair up, deleting the outer pair is only offered (the inner marks are then the writer's to mend).
        const inner = innerTitleMarks(bare.slice(1, -1));
        const close = it.start + bare.length - 1;
        const edits: OffsetEdit[] = [{ start: it.start, end: it.start + 1, newText: '' }];
        for (const k of inner ?? []) {
          const at = it.start + 1 + k;
          edits.push({ start: at, end: at + 1, newText: text[at] === '〈' ? '《' : '》' });
        }
        edits.push({ start: close, end: close + 1, newText: '' });
        // Marked from the name's first character (a mark right after the ordinal would make the note's line hard to
        // read in an editor that underlines it together with `1.`).
        const [message, title] =
          inner === undefined
            ? [
                msg('附件名称不加书名号，应删去“《》”（内层“〈〉”不成对，请一并改正）', 'An attachment\'s name takes no 书名号: delete 《》 (the inner 〈〉 do not pair up: mend them too)'),
                msg('删去“《》”', 'Delete 《》'),
              ]
            : inner.length === 0
              ? [msg('附件名称不加书名号，应删去“《》”', 'An attachment\'s name takes no 书名号: delete 《》'), msg('删去“《》”', 'Delete 《》')]
              : [
                  msg('附件名称不加书名号，应删去外层“《》”，内层“〈〉”随之改为“《》”', 'An attachment\'s name takes no 书名号: delete the outer 《》 and make the inner 〈〉 《》'),
                  msg('删去外层“《》”，“〈〉”改为“《》”', 'Delete the outer 《》, make 〈〉 《》'),
                ];
        ctx.report({ message, start: it.start + 1, end: close + 1, fix: { title, edits, kind: inner === undefined ? 'suggestion' : 'safe' } });
      }
      const end = TRAILING.exec(name);
      if (end) {
        const at = it.end - end[0].length;
        report(at, it.end, msg(`附件名称后不加标点，应删去“${end[0]}”`, `No punctuation after an attachment's name: delete "${end[0]}"`), {
          title: msg(`删去“${end[0]}”`, `Delete "${end[0]}"`),
          edits: [{ start: at, end: it.end, newText: '' }],
        });
      }
    }

    // The attachments that follow, when the draft carries them.
    const atts = doc.attachments;
    if (atts.length === 0) return;
    if (items.length === 0) return;
    if (atts.length !== items.length) {
      report(
        items[0].start,
        items[items.length - 1].end,
        msg(`附件说明列出${items.length}个附件，正文后附了${atts.length}个，数量不一致`, `The note lists ${items.length} attachment(s) but ${atts.length} follow`),
      );
      return;
    }
    items.forEach((it, k) => {
      const att = atts[k];
      // The label's number is compared even when the attachment's title was not recognised (a last attachment of
      // one line).
      if (att.number !== undefined && it.number !== undefined && att.number !== it.number) {
        report(att.label.start, att.label.end, msg(`附件顺序号“${text.slice(att.label.start, att.label.end)}”与附件说明的序号${it.number}不一致`, `Attachment label "${text.slice(att.label.start, att.label.end)}" differs from the note's number ${it.number}`));
      }
      if (!att.title) return;
      const name = norm(text.slice(it.start, it.end));
      // A long title wraps onto the lines after it (`…计划表` over `（含续建项目和新开工项目）`): read on while
      // the name goes on with them, at most three lines.
      let title = norm(text.slice(att.title.start, att.title.end));
      for (let j = att.paragraphs.indexOf(att.title) + 1, n = 0; title !== name && name.startsWith(title) && j < att.paragraphs.length && n < 3; j++, n++) {
        const next = att.paragraphs[j];
        title += norm(text.slice(next.start, next.end));
      }
      if (name !== title) {
        report(
          it.start,
          it.end,
          msg(`附件说明中的名称与附件${att.number ?? k + 1}的标题“${title}”不一致`, `The note's name differs from the title of attachment ${att.number ?? k + 1}, "${title}"`),
        );
      }
    });
  },
};
