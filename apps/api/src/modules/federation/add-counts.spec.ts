import { EMPTY_FIGURE_COUNTS, HOUR_BAND_COUNT, hourBand, medianOf, type FigureCounts } from '@banshishi/workflow';
import { addCounts } from './federation.service';

const counts = (over: Partial<FigureCounts>): FigureCounts => ({ ...EMPTY_FIGURE_COUNTS, ...over });

describe("adding two regions' figure counts", () => {
  it('adds every count, and keeps the durations exact while both regions have them exact', () => {
    const a = counts({ answered: 3, answeredSatisfied: 2, backlog: 1, responseHours: { exact: [{ hours: 2, count: 1 }] } });
    const b = counts({ answered: 4, answeredSatisfied: 1, backlog: 5, responseHours: { exact: [{ hours: 10, count: 2 }] } });
    const sum = addCounts(a, b);
    expect(sum).toMatchObject({ answered: 7, answeredSatisfied: 3, backlog: 6 });
    expect(sum.responseHours).toEqual({
      exact: [
        { hours: 2, count: 1 },
        { hours: 10, count: 2 },
      ],
    });
    expect(medianOf(sum.responseHours).value).toBe(10);
  });

  it("counts one region's exact durations into the other's bands", () => {
    const bands = Array.from({ length: HOUR_BAND_COUNT }, () => 0);
    bands[hourBand(30)] = 5;
    const sum = addCounts(
      counts({ resolveHours: { bands } }),
      counts({
        resolveHours: {
          exact: [
            { hours: 30, count: 2 },
            { hours: 1, count: 1 },
          ],
        },
      }),
    );
    expect('bands' in sum.resolveHours && sum.resolveHours.bands[hourBand(30)]).toBe(7);
    expect('bands' in sum.resolveHours && sum.resolveHours.bands[hourBand(1)]).toBe(1);
    expect('bands' in sum.resolveHours && sum.resolveHours.bands.reduce((total, n) => total + n, 0)).toBe(8);
  });
});
