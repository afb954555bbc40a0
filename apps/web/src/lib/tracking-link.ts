// A tracking link: the tracking page on the public address, with code and secret in the fragment.

/** The tracking page with code and secret in the fragment (never sent to any server), on the public address. */
export function trackingLink(publicUrl: string, code: string, secret: string): string {
  return `${publicUrl}/track#${new URLSearchParams({ code, secret }).toString()}`;
}

/** Code and secret from a tracking link's fragment (`#code=…&secret=…`), or null. */
export function trackingFromHash(hash: string): { code: string; secret: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code');
  const secret = params.get('secret');
  return code && secret ? { code, secret } : null;
}
