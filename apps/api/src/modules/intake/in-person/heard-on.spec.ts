import { heardOnClockStart } from './heard-on';

const NOW = new Date('2026-03-04T10:30:00+08:00'); // a Wednesday

describe('heardOnClockStart', () => {
  it('starts the clocks at recording when heard today (China time)', () => {
    expect(heardOnClockStart('2026-03-04', NOW)).toEqual({ ok: true, clockStart: NOW });
    // 01:00 China time is still the previous day in UTC
    const early = new Date('2026-03-04T01:00:00+08:00');
    expect(heardOnClockStart('2026-03-04', early)).toEqual({ ok: true, clockStart: early });
  });

  it('starts them at the end of an earlier day it was heard on', () => {
    const result = heardOnClockStart('2026-03-02', NOW);
    expect(result).toEqual({ ok: true, clockStart: new Date(Date.parse('2026-03-03T00:00:00+08:00') - 1) });
  });

  it('accepts the oldest day allowed and refuses one more', () => {
    expect(heardOnClockStart('2025-12-04', NOW).ok).toBe(true); // 90 days before
    expect(heardOnClockStart('2025-12-03', NOW)).toEqual({ ok: false, message: 'heardOn must be within the last 90 days' });
  });

  it('refuses tomorrow and days that do not exist', () => {
    expect(heardOnClockStart('2026-03-05', NOW)).toEqual({ ok: false, message: 'heardOn must not be after today (China time)' });
    expect(heardOnClockStart('2026-02-30', NOW).ok).toBe(false);
  });
});
