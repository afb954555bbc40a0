import ExcelJS from 'exceljs';
import { addTableSheet, chinaWallClock, displayWidth } from './xlsx-table';

describe('addTableSheet', () => {
  it('writes typed cells in China time under a frozen, filterable header, as wide as their contents', async () => {
    const book = new ExcelJS.Workbook();
    addTableSheet(
      book,
      '诉求',
      [
        { header: '编号', value: (row: { code: string }) => row.code },
        { header: '提交时间', value: (row: { at: string }) => row.at, kind: 'datetime' },
        { header: '满意率', value: (row: { rate: number | null }) => row.rate, kind: 'percent' },
        { header: '标题', value: (row: { title: string }) => row.title },
      ],
      [{ code: 'BS-2026-000001', at: '2026-03-01T06:05:00.000Z', rate: 0.875, title: '车间夏季高温降温措施不足，希望增加冷风机' }],
      ['期间 2026-03-01 至 2026-03-31'],
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    const sheet = read.getWorksheet('诉求') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('期间 2026-03-01 至 2026-03-31');
    expect(sheet.getRow(2).values).toEqual([undefined, '编号', '提交时间', '满意率', '标题']);
    expect(sheet.getRow(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const time = sheet.getRow(3).getCell(2);
    expect(time.value).toEqual(new Date('2026-03-01T14:05:00.000Z')); // 14:05 China time, as Excel shows it
    expect(time.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getRow(3).getCell(3)).toMatchObject({ value: 0.875, numFmt: '0.0%' });
    expect(sheet.getColumn(4).width).toBe(displayWidth('车间夏季高温降温措施不足，希望增加冷风机') + 2);
    expect(sheet.getColumn(1).width).toBe('BS-2026-000001'.length + 2);
  });

  it('counts a Chinese character two cells wide', () => {
    expect(displayWidth('满意率')).toBe(6);
    expect(displayWidth('Rate')).toBe(4);
    expect(chinaWallClock('2026-12-31T16:30:00Z').toISOString()).toBe('2027-01-01T00:30:00.000Z');
  });
});
