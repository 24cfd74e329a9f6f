import { summarize } from './rating-summary';

describe('the summary of page ratings', () => {
  it('groups by page and language, with count, average, reasons and up to three comments, worst first', () => {
    const rating = (path: string, pageLocale: string, score: number, reason: string, comment: string | null = null) => ({ path, pageLocale, score, reason, comment });
    const summaries = summarize([
      rating('/it/services/a', 'it', 5, 'clear', 'ottimo'),
      rating('/it/services/a', 'it', 4, 'clear'),
      rating('/ar/services/a', 'ar', 1, 'unclear', 'غير واضح'),
      rating('/ar/services/a', 'ar', 2, 'unclear', 'b'),
      rating('/ar/services/a', 'ar', 3, 'technical', 'c'),
      rating('/ar/services/a', 'ar', 2, 'lost', 'd'),
    ]);
    expect(summaries).toEqual([
      { path: '/ar/services/a', locale: 'ar', count: 4, total: 8, average: 2, reasons: { unclear: 2, technical: 1, lost: 1 }, comments: ['غير واضح', 'b', 'c'] },
      { path: '/it/services/a', locale: 'it', count: 2, total: 9, average: 4.5, reasons: { clear: 2 }, comments: ['ottimo'] },
    ]);
  });
});
