/**
 * Bar and line charts as SVG markup, built once at build time: no client script, no library.
 * The SVG carries its own accessible name and description (role="img", <title>, <desc>) and
 * prints every value as text, so a reader never has to guess a height; pages still put the
 * same figures in a table beside the chart for screen readers and copy-paste.
 */

export interface ChartDatum {
  /** Category on the x axis, e.g. the year. */
  label: string;
  value: number;
  /** Text written at the point or bar; defaults to the formatted value (e.g. "12/34" for a rank). */
  valueLabel?: string;
}

export interface ChartSpec {
  /** Unique within the page: prefixes the ids of <title> and <desc>. */
  id: string;
  kind: 'bar' | 'line';
  title: string;
  description: string;
  data: ChartDatum[];
  /** Short axis titles shown at the end of each axis, e.g. "Điểm", "Năm". */
  xLabel?: string;
  yLabel?: string;
  /** Fixed value range; otherwise a rounded range around the data (bars always start at 0). */
  domain?: [number, number];
  /** Small values at the top: ranks, where 1 is the best. Line charts only. */
  invert?: boolean;
  /** Draw the last category stronger: the latest year is what people look for. */
  highlightLast?: boolean;
  width?: number;
  height?: number;
  format?: (value: number) => string;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Vietnamese number style: "88,73", "2.318". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Round away floating-point noise such as 0.30000000000000004 before printing or comparing. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into at most `maxTicks` parts. */
export function niceStep(span: number, maxTicks = 5): number {
  if (!(span > 0)) return 1;
  const rough = span / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const ratio = rough / magnitude;
  const factor = ratio <= 1 ? 1 : ratio <= 2 ? 2 : ratio <= 2.5 ? 2.5 : ratio <= 5 ? 5 : 10;
  return clean(factor * magnitude);
}

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** A rounded range that holds `min`..`max`, with its tick values. */
export function niceScale(min: number, max: number, maxTicks = 5): Scale {
  let low = min;
  let high = max;
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const step = niceStep(high - low, maxTicks);
  const niceMin = clean(Math.floor(low / step) * step);
  const niceMax = clean(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let value = niceMin; value <= niceMax + step / 2; value += step) ticks.push(clean(value));
  return { min: niceMin, max: niceMax, ticks };
}

/**
 * Ticks for a range the caller fixed (e.g. ranks 1..63): both ends, plus round values in
 * between that do not crowd the ends.
 */
export function fixedScale(min: number, max: number, maxTicks = 5): Scale {
  const step = niceStep(max - min, maxTicks);
  const inner: number[] = [];
  for (let value = Math.ceil(min / step) * step; value < max; value += step) {
    if (value - min >= step / 2 && max - value >= step / 2) inner.push(clean(value));
  }
  return { min, max, ticks: [min, ...inner, max] };
}

function scaleFor(spec: ChartSpec): Scale {
  if (spec.domain) return fixedScale(spec.domain[0], spec.domain[1]);
  const values = spec.data.map((d) => d.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A bar's length is its value: a bar chart that does not start at zero exaggerates differences.
  if (spec.kind === 'bar') return niceScale(Math.min(0, low), Math.max(0, high));
  return niceScale(low, high);
}

const FONT_SIZE = 15;
const MARGIN = { top: 34, right: 16, bottom: 40, left: 52 };

/** The chart as an SVG string, to be placed inline in the page. */
export function renderChart(spec: ChartSpec): string {
  if (spec.data.length === 0) throw new RangeError(`chart "${spec.id}" has no data`);
  if (spec.invert && spec.kind === 'bar') throw new RangeError(`chart "${spec.id}": bars cannot be inverted`);
  const width = spec.width ?? 360;
  const height = spec.height ?? 240;
  const format = spec.format ?? formatNumber;
  const scale = scaleFor(spec);
  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = height - MARGIN.bottom;
  const band = (plotRight - plotLeft) / spec.data.length;
  const xCenter = (index: number) => plotLeft + band * (index + 0.5);
  const yOf = (value: number) => {
    const share = (value - scale.min) / (scale.max - scale.min || 1);
    return spec.invert ? plotTop + share * (plotBottom - plotTop) : plotBottom - share * (plotBottom - plotTop);
  };
  const r = (n: number) => Number(n.toFixed(1));
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const lastIndex = spec.data.length - 1;
  const isHighlighted = (index: number) => spec.highlightLast === true && index === lastIndex;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--${spec.kind}" viewBox="0 0 ${width} ${height}" ` +
      `role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" focusable="false" ` +
      `font-family="system-ui, sans-serif" font-size="${FONT_SIZE}">`,
  );
  parts.push(`<title id="${escapeXml(titleId)}">${escapeXml(spec.title)}</title>`);
  parts.push(`<desc id="${escapeXml(descId)}">${escapeXml(spec.description)}</desc>`);

  // Grid and y axis with its tick values.
  parts.push('<g class="chart__grid">');
  for (const tick of scale.ticks) {
    const y = r(yOf(tick));
    parts.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${y}" y2="${y}" stroke="#d5d9e0" stroke-width="1"/>`);
  }
  parts.push('</g>');
  parts.push('<g class="chart__axis chart__axis--y">');
  parts.push(`<line x1="${plotLeft}" x2="${plotLeft}" y1="${plotTop}" y2="${plotBottom}" stroke="#44474f" stroke-width="1.5"/>`);
  for (const tick of scale.ticks) {
    const y = r(yOf(tick));
    parts.push(
      `<text class="chart__tick" x="${plotLeft - 8}" y="${y}" text-anchor="end" dominant-baseline="middle" fill="#44474f">${escapeXml(format(tick))}</text>`,
    );
  }
  if (spec.yLabel) {
    parts.push(`<text class="chart__axis-title" x="4" y="${FONT_SIZE}" fill="#1a1a1a" font-weight="600">${escapeXml(spec.yLabel)}</text>`);
  }
  parts.push('</g>');

  // X axis: one category per datum.
  parts.push('<g class="chart__axis chart__axis--x">');
  parts.push(`<line x1="${plotLeft}" x2="${plotRight}" y1="${plotBottom}" y2="${plotBottom}" stroke="#44474f" stroke-width="1.5"/>`);
  spec.data.forEach((datum, index) => {
    const weight = isHighlighted(index) ? ' font-weight="700"' : '';
    parts.push(
      `<text class="chart__tick" x="${r(xCenter(index))}" y="${plotBottom + 22}" text-anchor="middle" fill="#1a1a1a"${weight}>${escapeXml(datum.label)}</text>`,
    );
  });
  if (spec.xLabel) {
    parts.push(
      `<text class="chart__axis-title" x="${plotRight}" y="${height - 2}" text-anchor="end" fill="#44474f">${escapeXml(spec.xLabel)}</text>`,
    );
  }
  parts.push('</g>');

  parts.push('<g class="chart__data">');
  if (spec.kind === 'bar') {
    const barWidth = Math.min(band * 0.6, 72);
    const zero = yOf(Math.max(scale.min, Math.min(0, scale.max)));
    spec.data.forEach((datum, index) => {
      const top = Math.min(yOf(datum.value), zero);
      const barHeight = Math.abs(zero - yOf(datum.value));
      const highlighted = isHighlighted(index);
      const label = datum.valueLabel ?? format(datum.value);
      parts.push(
        `<rect class="chart__bar${highlighted ? ' chart__bar--latest' : ''}" x="${r(xCenter(index) - barWidth / 2)}" y="${r(top)}" ` +
          `width="${r(barWidth)}" height="${r(barHeight)}" fill="${highlighted ? '#0b2f6b' : '#1351b4'}" data-value="${datum.value}"/>`,
      );
      parts.push(
        `<text class="chart__value" x="${r(xCenter(index))}" y="${r(top - 8)}" text-anchor="middle" fill="#1a1a1a" font-weight="${highlighted ? 700 : 600}">${escapeXml(label)}</text>`,
      );
    });
  } else {
    const points = spec.data.map((datum, index) => [r(xCenter(index)), r(yOf(datum.value))] as const);
    parts.push(
      `<polyline class="chart__line" points="${points.map(([x, y]) => `${x},${y}`).join(' ')}" fill="none" stroke="#1351b4" stroke-width="3" stroke-linejoin="round"/>`,
    );
    spec.data.forEach((datum, index) => {
      const [x, y] = points[index]!;
      const highlighted = isHighlighted(index);
      const label = datum.valueLabel ?? format(datum.value);
      parts.push(
        `<circle class="chart__point${highlighted ? ' chart__point--latest' : ''}" cx="${x}" cy="${y}" r="${highlighted ? 7 : 5}" ` +
          `fill="${highlighted ? '#0b2f6b' : '#ffffff'}" stroke="#0b2f6b" stroke-width="2.5" data-value="${datum.value}"/>`,
      );
      // Labels sit above the point, or below it when there is no room left above.
      const labelY = y - 14 < FONT_SIZE + 1 ? y + 24 : y - 14;
      parts.push(
        `<text class="chart__value" x="${x}" y="${r(labelY)}" text-anchor="middle" fill="#1a1a1a" font-weight="${highlighted ? 700 : 600}">${escapeXml(label)}</text>`,
      );
    });
  }
  parts.push('</g></svg>');
  return parts.join('');
}
