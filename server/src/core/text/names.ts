/**
 * Common single-character surnames (the most frequent of 百家姓). Characters that are also frequent words (`于`,
 * `高`, `向`, `万`, `时`) are left out. Read by the placeholder rule (a name withheld with a mask, `李**`) and the
 * document model (a speech's speaker line after its date).
 */
export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤';
