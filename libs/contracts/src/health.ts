// The probes: `GET /api/health/live` (the process serves) and `GET /api/health/ready` (it can do its work).

/** `GET /api/health/live`. */
export interface Liveness {
  status: 'ok';
}

export type ReadinessCheckName = 'database' | 'migrations' | 'jobs' | 'uploads';

export interface ReadinessCheck {
  status: 'up' | 'down';
  message?: string;
}

/** `GET /api/health/ready` 200: every check up (the shape of @nestjs/terminus, which monitors know). */
export interface Readiness {
  status: 'ok' | 'error';
  /** the checks that passed / failed, and all of them */
  info: Partial<Record<ReadinessCheckName, ReadinessCheck>>;
  error: Partial<Record<ReadinessCheckName, ReadinessCheck>>;
  details: Record<ReadinessCheckName, ReadinessCheck>;
}

/** `GET /api/health/ready` 503: an error body that names what failed, with the checks. */
export interface NotReady extends Readiness {
  code: 'NOT_READY';
  message: string;
}
