import { publicUrl, trackingLink } from './public-url';

describe('publicUrl', () => {
  it('is PUBLIC_URL when set, whatever address the request came to', () => {
    expect(publicUrl({ publicUrl: 'https://bss.example.org', port: 3000 }, { protocol: 'http', host: '10.0.0.5:3000' })).toBe('https://bss.example.org');
  });

  it("falls back to the request's origin, then to this process's address", () => {
    expect(publicUrl({ publicUrl: null, port: 3000 }, { protocol: 'http', host: 'localhost:4200' })).toBe('http://localhost:4200');
    expect(publicUrl({ publicUrl: null, port: 3000 }, { protocol: 'https', host: 'lan.example:8443' })).toBe('https://lan.example:8443');
    expect(publicUrl({ publicUrl: null, port: 3001 })).toBe('http://localhost:3001');
  });

  it('puts code and secret of a tracking link in the fragment', () => {
    expect(trackingLink('https://bss.example.org', 'BS-2026-000123', 'K7MQ-4XTR-9HCP-2WNA')).toBe('https://bss.example.org/track#code=BS-2026-000123&secret=K7MQ-4XTR-9HCP-2WNA');
  });
});
