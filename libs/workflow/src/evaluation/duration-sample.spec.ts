import fc from 'fast-check';
import { HOUR_BAND_COUNT, HOUR_BAND_EDGES, hourBand, medianOf, sampleSizeOf, type HoursHistogram } from './duration-sample';

const exact = (hours: number[]) => ({ exact: hours.map((value) => ({ hours: value, count: 1 })) });

/** Band counts for these durations. */
function banded(hours: number[]): { bands: number[] } {
  const bands = Array.from({ length: HOUR_BAND_COUNT }, () => 0);
  for (const value of hours) bands[hourBand(value)] += 1;
  return { bands };
}

describe('exact medians', () => {
  it('takes the middle of an odd sample and averages the middle two of an even one, ignoring non-finite values', () => {
    expect(medianOf(exact([7, Number.NaN, 2, 9, Infinity]))).toEqual({ value: 7, sampleSize: 3, estimated: false });
    expect(medianOf(exact([10, 40, 20, 30]))).toEqual({ value: 25, sampleSize: 4, estimated: false });
    expect(medianOf(exact([]))).toEqual({ value: null, sampleSize: 0, estimated: false });
  });

  it('counts each value as many times as its count and skips empty entries, without reordering the input', () => {
    // 1.5 ×3, 2 ×0, 4 ×1, 10 ×2: the sample is 1.5 1.5 1.5 4 10 10, its middle two 1.5 and 4
    const histogram: HoursHistogram = [
      { hours: 10, count: 2 },
      { hours: 2, count: 0 },
      { hours: 1.5, count: 3 },
      { hours: 4, count: 1 },
    ];
    expect(medianOf({ exact: histogram })).toEqual({ value: 2.75, sampleSize: 6, estimated: false });
    expect(histogram.map((entry) => entry.hours)).toEqual([10, 2, 1.5, 4]);
  });

  it('gives the same median from counted values as from the values one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }), (values) => {
        const counts = new Map<number, number>();
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
        expect(medianOf({ exact: [...counts].map(([hours, count]) => ({ hours, count })) })).toEqual(medianOf(exact(values)));
      }),
    );
  });
});

describe('duration bands', () => {
  it('puts a duration in the band whose lower edge it reaches, as width_bucket does', () => {
    expect(hourBand(-1)).toBe(0);
    expect(hourBand(0)).toBe(0);
    expect(hourBand(0.2499)).toBe(0);
    expect(hourBand(0.25)).toBe(1);
    expect(hourBand(24)).toBe(HOUR_BAND_EDGES.indexOf(24) + 1);
    expect(hourBand(26.9)).toBe(HOUR_BAND_EDGES.indexOf(24) + 1);
    expect(hourBand(100_000)).toBe(HOUR_BAND_COUNT - 1);
  });

  it('has rising edges', () => {
    expect(HOUR_BAND_EDGES.every((edge, i) => i === 0 || edge > HOUR_BAND_EDGES[i - 1])).toBe(true);
  });
});

describe('sample sizes', () => {
  it('counts the finite durations of an exact sample and every duration of a banded one', () => {
    expect(
      sampleSizeOf({
        exact: [
          { hours: 3, count: 2 },
          { hours: Number.NaN, count: 4 },
          { hours: 9, count: 1 },
        ],
      }),
    ).toBe(3);
    expect(sampleSizeOf(banded([1, 2, 300, 9000]))).toBe(4);
  });
});

describe('banded medians', () => {
  it('interpolates within the band that holds the middle duration', () => {
    // 24, 25, 26 in [24, 27): the 1.5th of 3 is halfway through the band → 25.5
    expect(medianOf(banded([24, 25, 26]))).toEqual({ value: 25.5, sampleSize: 3, estimated: true });
    // 1, 2 below, 30 ×2 in [30, 33): rank 2 is the end of [2, 2.5) where the 2 sits → 2.5
    expect(medianOf(banded([1, 2, 30, 30]))).toEqual({ value: 2.5, sampleSize: 4, estimated: true });
    expect(medianOf(banded([]))).toEqual({ value: null, sampleSize: 0, estimated: true });
  });

  it('gives the open last band its lower edge', () => {
    expect(medianOf(banded([9000, 9500, 20_000])).value).toBe(8760);
  });

  it('refuses counts that are not one per band', () => {
    expect(() => medianOf({ bands: [1, 2, 3] })).toThrow(RangeError);
  });

  it('lands in the same band as the exact median of an odd sample', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { minLength: 1, maxLength: 200 }).filter((values) => values.length % 2 === 1),
        (values) => {
          const estimate = medianOf(banded(values)).value as number;
          const truth = medianOf(exact(values)).value as number;
          const band = hourBand(truth);
          const lower = band === 0 ? 0 : HOUR_BAND_EDGES[band - 1];
          const upper = HOUR_BAND_EDGES[band] ?? lower;
          expect(estimate).toBeGreaterThanOrEqual(lower);
          expect(estimate).toBeLessThanOrEqual(upper);
        },
      ),
    );
  });
});
