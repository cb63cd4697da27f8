import { longText, shortText } from './text.schema';
import { noticeTitleSchema, noticeBlockSchema } from './notice.schema';
import { questionTitleSchema } from './qa.schema';

const refused = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => !schema.safeParse(value).success;

describe('the one text schema', () => {
  const hostile = [
    ['a bidi override (title shows reversed)', '通知\u202e告公'],
    ['a bidi isolate', '活动\u2066报名\u2069'],
    ['a NUL', '活动\u0000报名'],
    ['an escape', '活动\u001b[31m'],
    ['a C1 control', '活动\u0085报名'],
    ['a lone high surrogate', '活动\ud800报名'],
    ['a lone low surrogate', '活动\udc00报名'],
  ];

  it.each(hostile)('refuses %s in single- and multi-line fields', (_, value) => {
    expect(refused(shortText(40), value)).toBe(true);
    expect(refused(longText(400), value)).toBe(true);
  });

  it('refuses them in notice titles and body runs, and in Q&A titles', () => {
    for (const [, value] of hostile) {
      expect(refused(noticeTitleSchema, value)).toBe(true);
      expect(refused(noticeBlockSchema, { type: 'paragraph', children: [{ text: value }] })).toBe(true);
      expect(refused(questionTitleSchema, `${value}怎么办`)).toBe(true);
    }
  });

  it('keeps what people really type: emoji (surrogate pairs), line breaks where allowed, inner spaces of notice runs', () => {
    expect(shortText(40).parse(' 洗车 🚗 ')).toBe('洗车 🚗');
    expect(refused(shortText(40), '第一行\n第二行')).toBe(true);
    expect(longText(400).parse('第一行\n第二行\t备注')).toBe('第一行\n第二行\t备注');
    expect(noticeBlockSchema.parse({ type: 'paragraph', children: [{ text: ' 加粗 ' }] })).toMatchObject({
      children: [{ text: ' 加粗 ' }],
    });
  });

  it('answers in Chinese', () => {
    const result = shortText(40).safeParse('a\u202eb');
    expect(result.success ? '' : result.error.issues[0].message).toBe('不能包含改变文字方向的字符');
  });
});
