import { queryGrams, questionGrams, textGrams, titleSimilarity } from './qa-search-grams';

describe('qa search grams', () => {
  it('splits Han runs into bigrams and keeps letter/digit runs whole, lower-cased and NFKC-normalised', () => {
    expect(textGrams('胎压灯亮了')).toEqual(['胎压', '压灯', '灯亮', '亮了']);
    expect(textGrams('ABS灯，Ｒ16 轮胎！')).toEqual(['abs', '灯', 'r16', '轮胎']);
    expect(textGrams('  ，。!  ')).toEqual([]);
  });

  it('matches a query when every query gram is among the question grams (title or body)', () => {
    const stored = new Set(questionGrams('冬天车子打不着', '可能是电瓶亏电了'));
    const matches = (query: string) => queryGrams(query).every((gram) => stored.has(gram));
    expect(matches('电瓶亏电')).toBe(true);
    expect(matches('电瓶 打不着')).toBe(true);
    expect(matches('电瓶坏了')).toBe(false);
  });

  it('bounds stored and query grams', () => {
    const long = Array.from({ length: 3000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(questionGrams(long, '').length).toBe(1200);
    expect(queryGrams(long).length).toBe(12);
  });

  it('scores title similarity as shared grams over all grams', () => {
    expect(titleSimilarity(textGrams('电瓶亏电'), textGrams('电瓶亏电'))).toBe(1);
    expect(titleSimilarity(textGrams('电瓶亏电'), textGrams('空调异味'))).toBe(0);
    expect(titleSimilarity([], textGrams('空调'))).toBe(0);
  });
});
