// The two medians' samples (响应时长, 办结时长). Small samples are kept exactly; at scale the dashboard keeps counts per
// duration band in its rollups and reads the median off them by linear interpolation within the band, as monitoring
// systems read quantiles off histograms (Prometheus's histogram_quantile). Such a median says it is an estimate.

/** A sample of durations in hours: each distinct value once, with how many times it occurs. */
export type HoursHistogram = readonly { readonly hours: number; readonly count: number }[];

/**
 * The band edges in hours, finer where durations crowd (the first working days), about a tenth of the value apart
 * further out. Band 0 is [0, 0.25) (and anything negative), band i is [EDGES[i-1], EDGES[i]), the last band is
 * [8760, ∞). The rollup migration (1764301400000) writes the same edges into its trigger; a test holds them equal.
 */
export const HOUR_BAND_EDGES: readonly number[] = Object.freeze([
  0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48, 54, 60, 72, 84, 96, 108, 120, 144, 168, 192, 216, 240, 264, 288, 336,
  384, 432, 480, 540, 600, 672, 744, 840, 1008, 1176, 1344, 1680, 2016, 2520, 3360, 4320, 8760,
]);

export const HOUR_BAND_COUNT = HOUR_BAND_EDGES.length + 1;

/** The band a duration falls in (as PostgreSQL's width_bucket over the edges). */
export function hourBand(hours: number): number {
  let band = 0;
  while (band < HOUR_BAND_EDGES.length && hours >= HOUR_BAND_EDGES[band]) band += 1;
  return band;
}

/** A median's sample: the exact durations, or how many durations fall in each band (HOUR_BAND_COUNT entries). */
export type DurationSample = { readonly exact: HoursHistogram } | { readonly bands: readonly number[] };

export interface MedianFigure {
  readonly value: number | null;
  readonly sampleSize: number;
  /** read off the duration bands rather than taken from the durations themselves */
  readonly estimated: boolean;
}

/** How many durations a sample holds. */
export function sampleSizeOf(sample: DurationSample): number {
  return 'exact' in sample ? sample.exact.reduce((sum, bin) => sum + (Number.isFinite(bin.hours) ? bin.count : 0), 0) : sample.bands.reduce((sum, count) => sum + count, 0);
}

export function medianOf(sample: DurationSample): MedianFigure {
  return 'exact' in sample ? exactMedian(sample.exact) : bandedMedian(sample.bands);
}

/** The middle value of the finite durations (an even sample averages the middle two). */
function exactMedian(histogram: HoursHistogram): MedianFigure {
  const bins = histogram.filter((bin) => Number.isFinite(bin.hours) && bin.count > 0).sort((a, b) => a.hours - b.hours);
  const n = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (n === 0) return { value: null, sampleSize: 0, estimated: false };
  /** the value at 0-based position k of the sorted sample */
  const at = (k: number): number => {
    let seen = 0;
    for (const bin of bins) {
      seen += bin.count;
      if (k < seen) return bin.hours;
    }
    /* istanbul ignore next: k < n always */
    throw new RangeError(`position ${k} is outside a sample of ${n}`);
  };
  const mid = Math.floor(n / 2);
  return { value: n % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2, sampleSize: n, estimated: false };
}

/**
 * The median read off the bands: the band holding the (n/2)-th duration, and within it the point as far along as that
 * duration is among the band's, assuming them spread evenly. The open last band gives its lower edge.
 */
function bandedMedian(bands: readonly number[]): MedianFigure {
  if (bands.length !== HOUR_BAND_COUNT) throw new RangeError(`a banded sample has ${HOUR_BAND_COUNT} bands, not ${bands.length}`);
  const n = bands.reduce((sum, count) => sum + count, 0);
  if (n === 0) return { value: null, sampleSize: 0, estimated: true };
  const rank = n / 2;
  let before = 0;
  let band = 0;
  while (bands[band] === 0 || before + bands[band] < rank) before += bands[band++];
  const lower = band === 0 ? 0 : HOUR_BAND_EDGES[band - 1];
  const upper = band < HOUR_BAND_EDGES.length ? HOUR_BAND_EDGES[band] : lower;
  return { value: lower + ((upper - lower) * (rank - before)) / bands[band], sampleSize: n, estimated: true };
}
