// The address people reach the deployment at, for links that leave the screen: QR posters, tracking slips, e-mail.
import type { AppConfig } from './app-config';

/** What a link needs of the HTTP request it answers (Fastify's, which honours TRUST_PROXY for both). */
export interface RequestOrigin {
  protocol: string;
  host: string;
}

/**
 * PUBLIC_URL when configured (always in production). Without it (development) the origin the request came to — the
 * Vite dev server's, through its proxy, which keeps the Host header — or, with no request at hand (an e-mail sent by a
 * job), this process's own address.
 */
export function publicUrl(config: Pick<AppConfig, 'publicUrl' | 'port'>, request?: RequestOrigin): string {
  if (config.publicUrl) return config.publicUrl;
  if (request?.host) return `${request.protocol === 'https' ? 'https' : 'http'}://${request.host}`;
  return `http://localhost:${config.port}`;
}

/** The tracking page with code and secret in the fragment: a browser never sends a fragment, so no log sees the secret. */
export function trackingLink(base: string, code: string, secret: string): string {
  return `${base}/track#${new URLSearchParams({ code, secret }).toString()}`;
}
