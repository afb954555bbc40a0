import { fields } from './input-fields';
import { inputSchema } from './input-schema';

describe('inputSchema', () => {
  const schema = inputSchema({
    reason: fields.text(),
    kind: fields.oneOf(['a', 'b']),
    urgent: fields.optional(fields.flag()),
    note: fields.optional(fields.text()),
  });

  it('describes its fields for forms', () => {
    expect(schema.fields).toEqual([
      { name: 'reason', required: true, kind: 'text' },
      { name: 'kind', required: true, kind: 'choice', options: ['a', 'b'] },
      { name: 'urgent', required: false, kind: 'flag' },
      { name: 'note', required: false, kind: 'text' },
    ]);
  });

  it('returns only declared fields, omitting absent optional ones', () => {
    expect(schema.parse({ reason: ' 理由 ', kind: 'b', note: '  ', extra: 1 })).toEqual({ ok: true, value: { reason: '理由', kind: 'b' } });
    expect(schema.parse({ reason: 'r', kind: 'a', urgent: false, note: null })).toEqual({ ok: true, value: { reason: 'r', kind: 'a', urgent: false } });
  });

  it('stops at the first failing field, in declaration order', () => {
    expect(schema.parse({ kind: 'z' })).toEqual({ ok: false, field: 'reason', message: 'reason is required' });
    expect(schema.parse({ reason: 'r', kind: 'z' })).toEqual({ ok: false, field: 'kind', message: 'kind must be one of: a, b' });
    expect(schema.parse({ reason: 'r', kind: 'a', urgent: 'yes' })).toEqual({ ok: false, field: 'urgent', message: 'urgent must be true or false' });
  });

  it.each([undefined, null, 'text', 42, ['reason']])('reads %p as an empty body', (body) => {
    expect(schema.parse(body)).toEqual({ ok: false, field: 'reason', message: 'reason is required' });
  });

  it('ignores inherited properties', () => {
    const body = Object.create({ reason: 'from the prototype', kind: 'a' }) as object;
    expect(schema.parse(body)).toEqual({ ok: false, field: 'reason', message: 'reason is required' });
  });
});

describe('fields.date', () => {
  const date = fields.date();

  it.each([
    ['2025-03-20', '2025-03-20'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2025-03-20T18:00:00+08:00', '2025-03-20T10:00:00.000Z'],
    ['2025-03-20T18:00+08:00', '2025-03-20T10:00:00.000Z'],
    ['2025-03-20T10:00:00.5Z', '2025-03-20T10:00:00.500Z'],
    [new Date('2025-03-20T10:00:00Z'), '2025-03-20T10:00:00.000Z'],
  ] as [unknown, string][])('accepts %p as %p', (value, stored) => {
    expect(date.check(value)).toEqual({ ok: true, value: stored });
  });

  it.each(['2025-02-29', '2025-13-01', '20250320', '2025-03-20T18:00:00', '2025-02-30T10:00:00Z', '2025-03-20T25:00:00Z', 1742464800000, new Date('nope')])(
    'refuses %p',
    (value) => {
      expect(date.check(value)).toEqual({ ok: false, message: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time with offset' });
    },
  );
});

describe('fields.numberBetween', () => {
  const score = fields.numberBetween(0, 100);
  it.each([0, 55.5, 100])('accepts %p', (value) => expect(score.check(value)).toEqual({ ok: true, value }));
  it.each([-0.1, 101, Number.NaN, '50', Infinity])('refuses %p', (value) => expect(score.check(value).ok).toBe(false));
});
