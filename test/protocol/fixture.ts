/** A seed-like draft for protocol tests: placeholders, a residue line, and the wrong-level `一、二、三、` run under `一、`. */
import { seedText } from '../helpers/shared';

export const DRAFT = [
  '关于做好XX镇2024年安全生产工作的通知',
  '',
  'SUCAI198.COM —— 专注党建行政公文写作范文',
  '',
  '各村（社区）、镇直各单位：',
  '',
  '一、总体要求',
  '',
  '一、坚持安全第一。XX同志要亲自抓，XX同志具体负责。',
  '二、坚持预防为主。',
  '三、坚持综合治理。',
  '',
  '二、主要任务',
  '',
  '（一）加强隐患排查。由XXX同志负责，于X月X日前完成。',
  '（二）落实主体责任。',
  '（四）强化应急处置。',
  '',
  '三、工作要求',
  '',
  '1.各单位要高度重视。',
  '3.及时报送信息至XX镇人民政府。',
  '',
  'admin 分享 时间: 加入收藏 共计4943个字,预计阅读时长17分钟。',
  '',
  'XX镇人民政府',
  '20XX年X月X日',
  '',
].join('\n');

/** The seed draft from the shared folder, when present. */
export { seedText };
