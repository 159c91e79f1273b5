import { describe, expect, it } from 'vitest';
import { groupResults, prizeBlocks, sortResults } from '../../src/lib/contest-results.ts';

const rows = [
  { prize: 'khuyen-khich', name: 'Trần Văn Út', group: 'Nhân dân', score: 90 },
  { prize: 'Giải Triển vọng', name: 'Lê Thị An', group: 'Nhân dân' },
  { prize: 'nhat', name: 'Phạm Hữu Nghĩa', group: 'Nhân dân', score: 100 },
  { prize: 'ba', name: 'Nguyễn Văn Bình', unit: 'Công an xã', group: 'Cán bộ', score: 95 },
  { prize: 'Giải Nhì', name: 'Đặng Thị Mai', group: 'Nhân dân', score: 95 },
];

describe('contest results order', () => {
  it('by prize: Nhất, Nhì, Ba, Khuyến khích, then special prizes', () => {
    expect(sortResults(rows, 'giai').map((r) => r.name)).toEqual(['Phạm Hữu Nghĩa', 'Đặng Thị Mai', 'Nguyễn Văn Bình', 'Trần Văn Út', 'Lê Thị An']);
  });
  it('by score: highest first, rows without a score last', () => {
    expect(sortResults(rows, 'diem').map((r) => r.score)).toEqual([100, 95, 95, 90, undefined]);
  });
  it('by name: Vietnamese order of the given name (last word), so An before Bình before Mai', () => {
    expect(sortResults(rows, 'ten').map((r) => r.name)).toEqual(['Lê Thị An', 'Nguyễn Văn Bình', 'Đặng Thị Mai', 'Phạm Hữu Nghĩa', 'Trần Văn Út']);
  });
  it('groups in order of first appearance and blocks prizes for the printed list', () => {
    const groups = groupResults(rows);
    expect(groups.map((g) => [g.name, g.rows.length])).toEqual([['Nhân dân', 4], ['Cán bộ', 1]]);
    expect(prizeBlocks(groups[0]!.rows).map((b) => b.prize)).toEqual(['nhat', 'nhi', 'khuyen-khich', 'Giải Triển vọng']);
  });
});
