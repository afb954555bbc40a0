import { downloadName } from './download-file';

describe('downloadName', () => {
  it('prefers the UTF-8 name, so a Chinese file name survives', () => {
    expect(downloadName(`attachment; filename="figures.xlsx"; filename*=UTF-8''${encodeURIComponent('评估指标.xlsx')}`, '/api/x')).toBe('评估指标.xlsx');
  });

  it('takes the plain name, or the last part of the path', () => {
    expect(downloadName('attachment; filename="figures.xlsx"', '/api/x')).toBe('figures.xlsx');
    expect(downloadName(null, '/api/dashboard/export.xlsx?from=2026-01-01')).toBe('export.xlsx');
  });
});
