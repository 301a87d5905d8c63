import { describe, expect, it } from 'vitest';
import { readSheetContext, sheetSource } from '../../../src/lib/ingest/tables/spec.ts';

describe('a sheet’s source as its publisher names it', () => {
  it('reads the title row and the reporting unit above the header', () => {
    const ctx = readSheetContext([
      ['2022年社会组织开展乡村振兴项目明细表'],
      ['单位（盖章）：测试省民政厅'],
      ['联系人：_____', '', '电话：_____'],
    ]);
    expect(ctx).toEqual({ year: 2022, reporter: '测试省民政厅', title: '2022年社会组织开展乡村振兴项目明细表' });
    expect(sheetSource(ctx, 'C:\\Users\\clerk\\Desktop\\附件2.csv')).toBe('测试省民政厅报送的《2022年社会组织开展乡村振兴项目明细表》');
  });

  it('never shows the folders a file sat in', () => {
    const none = readSheetContext([]);
    expect(sheetSource(none, '/home/clerk/桌面/附件2-2022.csv')).toBe('附件2-2022.csv');
    expect(sheetSource(none, 'C:\\Users\\clerk\\附件2.xlsx')).toBe('附件2.xlsx');
    expect(sheetSource({ ...none, reporter: '测试县民政局' }, 'data/p.csv')).toBe('测试县民政局报送的 p.csv');
  });
});
