import { dataAsOf, noteDataAsOf, subscribeDataAsOf } from './data-as-of';

describe('data as of', () => {
  it('gives the oldest replica time under a path, and forgets a path answered by the primary', () => {
    const heard: number[] = [];
    const stop = subscribeDataAsOf(() => heard.push(1));
    noteDataAsOf('/dashboard/summary?from=2026-01-01', '2026-12-01T10:00:05.000Z');
    noteDataAsOf('/dashboard/hotspots', '2026-12-01T10:00:02.000Z');
    noteDataAsOf('/dashboards-other', '2026-12-01T09:00:00.000Z');
    expect(dataAsOf(['/dashboard/*'])).toBe('2026-12-01T10:00:02.000Z');
    expect(dataAsOf(['/dashboard/summary'])).toBe('2026-12-01T10:00:05.000Z');
    noteDataAsOf('/dashboard/hotspots', null);
    expect(dataAsOf(['/dashboard/*'])).toBe('2026-12-01T10:00:05.000Z');
    noteDataAsOf('/dashboard/summary', null);
    expect(dataAsOf(['/dashboard/*'])).toBeNull();
    const before = heard.length;
    noteDataAsOf('/dashboard/summary', null); // nothing changed: nobody is told
    expect(heard.length).toBe(before);
    stop();
  });
});
