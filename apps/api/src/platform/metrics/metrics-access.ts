// Who may read /metrics: nobody when METRICS is off (404, as if there were no such path); with METRICS_TOKEN, only
// `Authorization: Bearer <token>` (401 otherwise); else anyone who reaches the port (nginx must deny the path).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../config/app-config';

export type MetricsAccess = 'off' | 'unauthorized' | 'allowed';

export function metricsAccess(metrics: AppConfig['metrics'], authorization: string | undefined): MetricsAccess {
  if (!metrics) return 'off';
  if (metrics.token === null) return 'allowed';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match && sameSecret(match[1], metrics.token) ? 'allowed' : 'unauthorized';
}

/** Compared as hashes, so neither the time taken nor a length check tells how much of the token was right. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
