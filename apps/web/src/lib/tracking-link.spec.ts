import { trackingFromHash, trackingLink } from './tracking-link';

describe('tracking links', () => {
  it('carry code and secret in the fragment and read back', () => {
    const link = trackingLink('https://bss.example.org', 'BS-2026-000123', 'K7MQ-4XTR-9HCP-2WNA');
    expect(link).toBe('https://bss.example.org/track#code=BS-2026-000123&secret=K7MQ-4XTR-9HCP-2WNA');
    expect(trackingFromHash(new URL(link).hash)).toEqual({ code: 'BS-2026-000123', secret: 'K7MQ-4XTR-9HCP-2WNA' });
  });

  it('read nothing from another fragment', () => {
    expect(trackingFromHash('')).toBeNull();
    expect(trackingFromHash('#code=BS-2026-000123')).toBeNull();
  });
});
