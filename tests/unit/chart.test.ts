import { describe, expect, it } from 'vitest';
import { fixedScale, formatNumber, niceScale, niceStep, renderChart, type ChartSpec } from '../../src/lib/chart.ts';
import { indexSeries, rankAxisMax, type IndexPoint } from '../../src/lib/index-series.ts';
import { indices as T } from '../../src/i18n/indices.ts';

const scores: ChartSpec = {
  id: 'par-diem',
  kind: 'bar',
  title: 'Điểm PAR Index qua các năm',
  description: 'Điểm PAR Index năm 2023: 86,12; năm 2024: 87,46; năm 2025: 88,73.',
  data: [
    { label: '2023', value: 86.12 },
    { label: '2024', value: 87.46 },
    { label: '2025', value: 88.73 },
  ],
  xLabel: 'Năm',
  yLabel: 'Điểm',
  highlightLast: true,
};

/** Numbers of an attribute on every element with the given class, in document order. */
function attr(svg: string, className: string, name: string): number[] {
  const pattern = new RegExp(`<[a-z]+ class="${className}[^"]*"[^>]*?\\s${name}="([-\\d.]+)"`, 'g');
  return [...svg.matchAll(pattern)].map((m) => Number(m[1]));
}
function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]!);
}

describe('renderChart: bar chart', () => {
  const svg = renderChart(scores);

  it('is an image named by its title and described by its description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="par-diem-title par-diem-desc"/);
    expect(svg).toContain('<title id="par-diem-title">Điểm PAR Index qua các năm</title>');
    expect(svg).toContain('<desc id="par-diem-desc">Điểm PAR Index năm 2023: 86,12; năm 2024: 87,46; năm 2025: 88,73.</desc>');
  });

  it('draws both axes with their titles, the years and rounded ticks from 0', () => {
    expect(svg).toContain('class="chart__axis chart__axis--x"');
    expect(svg).toContain('class="chart__axis chart__axis--y"');
    expect(texts(svg, 'chart__axis-title')).toEqual(['Điểm', 'Năm']);
    const ticks = texts(svg, 'chart__tick');
    expect(ticks.slice(0, 6)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(ticks.slice(6)).toEqual(['2023', '2024', '2025']);
  });

  it('writes every value on the chart in Vietnamese number style', () => {
    expect(texts(svg, 'chart__value')).toEqual(['86,12', '87,46', '88,73']);
  });

  it('gives each bar a height proportional to its value, from a zero baseline', () => {
    const heights = attr(svg, 'chart__bar', 'height');
    const ys = attr(svg, 'chart__bar', 'y');
    expect(heights).toHaveLength(3);
    // Plot height is 240 − 34 − 40 = 166 for the 0–100 scale.
    expect(heights[0]).toBeCloseTo(166 * 0.8612, 0);
    expect(heights[2]! / heights[0]!).toBeCloseTo(88.73 / 86.12, 2);
    // Every bar ends on the same baseline.
    expect(new Set(ys.map((y, i) => Math.round(y + heights[i]!))).size).toBe(1);
  });

  it('marks only the latest bar', () => {
    expect(svg.match(/chart__bar--latest/g)).toHaveLength(1);
    expect(svg).toMatch(/chart__bar chart__bar--latest"[^>]*data-value="88.73"/);
  });

  it('escapes markup in labels', () => {
    const out = renderChart({ ...scores, title: 'A < B & "C"', data: [{ label: '<2025>', value: 1 }] });
    expect(out).toContain('<title id="par-diem-title">A &lt; B &amp; &quot;C&quot;</title>');
    expect(out).toContain('&lt;2025&gt;');
    expect(out).not.toContain('<2025>');
  });

  it('refuses an empty series instead of drawing an empty frame', () => {
    expect(() => renderChart({ ...scores, data: [] })).toThrow(RangeError);
  });
});

describe('renderChart: line chart of ranks', () => {
  const svg = renderChart({
    id: 'par-hang',
    kind: 'line',
    title: 'Xếp hạng PAR Index',
    description: 'Hạng 27/63, 21/63, 12/34.',
    data: [
      { label: '2023', value: 27, valueLabel: '27/63' },
      { label: '2024', value: 21, valueLabel: '21/63' },
      { label: '2025', value: 12, valueLabel: '12/34' },
    ],
    domain: [1, 63],
    invert: true,
  });

  it('puts better ranks higher: rank 1 at the top of the axis', () => {
    const cy = attr(svg, 'chart__point', 'cy');
    expect(cy).toHaveLength(3);
    expect(cy[0]).toBeGreaterThan(cy[1]!);
    expect(cy[1]).toBeGreaterThan(cy[2]!);
    const ticks = texts(svg, 'chart__tick');
    expect(ticks[0]).toBe('1');
    expect(ticks).toContain('63');
  });

  it('labels each point with the rank out of the total', () => {
    expect(texts(svg, 'chart__value')).toEqual(['27/63', '21/63', '12/34']);
    expect(svg).toMatch(/<polyline class="chart__line" points="[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+"/);
  });
});

describe('scales', () => {
  it('rounds ranges to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(100, 5)).toBe(20);
    expect(niceStep(2.61, 5)).toBe(1);
    expect(niceScale(86.12, 88.73).ticks).toEqual([86, 87, 88, 89]);
    expect(niceScale(86.12, 88.73, 8).ticks).toEqual([86, 86.5, 87, 87.5, 88, 88.5, 89]);
    expect(niceScale(0, 0.3, 3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('keeps fixed ends and does not crowd them', () => {
    expect(fixedScale(1, 63).ticks).toEqual([1, 20, 40, 63]);
    expect(fixedScale(1, 34).ticks).toEqual([1, 10, 20, 34]);
  });

  it('formats numbers the Vietnamese way', () => {
    expect(formatNumber(2318)).toBe('2.318');
    expect(formatNumber(88.734)).toBe('88,73');
  });
});

describe('indexSeries', () => {
  const results: IndexPoint[] = [
    { index: 'pci', year: 2025, score: 65.94, rank: 13, of: 34 },
    { index: 'par-index', year: 2024, score: 87.46, rank: 21, of: 63 },
    { index: 'par-index', year: 2023, score: 86.12, rank: 27, of: 63 },
    { index: 'pci', year: 2024, score: 65.37, rank: 22, of: 34 },
    { index: 'par-index', year: 2025, score: 88.73, rank: 12, of: 34 },
  ];
  const [par, pci] = indexSeries(results, ['par-index', 'sipas', 'pci']);

  it('orders indices as asked, years oldest first, and skips indices without data', () => {
    expect([par!.kind, pci!.kind]).toEqual(['par-index', 'pci']);
    expect(par!.points.map((p) => p.year)).toEqual([2023, 2024, 2025]);
  });

  it('computes the change since the year before', () => {
    expect(par!.scoreChange).toBe(1.27);
    expect(pci!.rankChange).toBe(9);
  });

  it('does not compare ranks out of different totals', () => {
    expect(par!.rankChange).toBeUndefined();
    expect(rankAxisMax(par!.points)).toBe(63);
  });

  it('describes the series in words for the chart description', () => {
    const text = T.describeScores('PAR Index', par!.points);
    expect(text).toContain('năm 2023: 86,12 điểm');
    expect(text).toContain('Cả giai đoạn tăng 2,61 điểm');
    expect(T.describeRanks('PAR Index', par!.points)).toContain('không so sánh trực tiếp được');
  });
});
