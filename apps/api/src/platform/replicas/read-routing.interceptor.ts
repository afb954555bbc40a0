// Gives each HTTP request its read context (read-context.ts) and, with replicas configured, answers for it: a request
// that may have written leaves the reader a signed cookie with the primary's WAL position, so the reader's next reads
// see the write (any API process); a response built from replica data says how old it is in `X-Data-As-Of`.
import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Observable, from, lastValueFrom } from 'rxjs';
import { APP_CONFIG, APP_SECRET, type AppConfig } from '../../config/app-config';
import { READ_AFTER_COOKIE, READ_AFTER_MAX_AGE_SECONDS, signReadAfter, verifyReadAfter } from './read-after-cookie';
import { type ReadContext, readContext } from './read-context';
import { ReadReplicas } from './read-replicas.service';
import { walReached } from './wal-position';

export const DATA_AS_OF_HEADER = 'X-Data-As-Of';
/** The cookie's value as a header too, for clients without a cookie jar (they send back what they were given). */
export const READ_AFTER_HEADER = 'X-Read-After';

const READ_METHODS = new Set(['GET', 'HEAD']);

@Injectable()
export class ReadRoutingInterceptor implements NestInterceptor {
  constructor(
    private readonly replicas: ReadReplicas,
    @Inject(APP_SECRET) private readonly secret: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.replicas.enabled || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const reads = READ_METHODS.has(request.method);
    const store: ReadContext = { replicaAllowed: reads, readAfter: this.readAfter(request), dataAsOf: null };
    return from(
      readContext.run(store, async () => {
        try {
          const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
          if (store.dataAsOf) void reply.header(DATA_AS_OF_HEADER, store.dataAsOf.toISOString());
          return result;
        } finally {
          if (!reads) await this.rememberWrite(reply);
        }
      }),
    );
  }

  /** The later of the positions the cookie and the header carry (each only if this server signed it). */
  private readAfter(request: FastifyRequest): string | null {
    const header = request.headers[READ_AFTER_HEADER.toLowerCase()];
    const positions = [request.cookies?.[READ_AFTER_COOKIE], typeof header === 'string' ? header : undefined]
      .map((value) => verifyReadAfter(this.secret, value))
      .filter((lsn): lsn is string => lsn !== null);
    return positions.reduce<string | null>((later, lsn) => (later === null || walReached(lsn, later) ? lsn : later), null);
  }

  /** Even a request that failed may have written (an audit row, a lock-out): the cookie is set all the same. */
  private async rememberWrite(reply: FastifyReply): Promise<void> {
    const lsn = await this.replicas.primaryPosition().catch(() => null);
    if (lsn === null) return; // the primary is away: nothing was written either
    const value = signReadAfter(this.secret, lsn);
    void reply.header(READ_AFTER_HEADER, value);
    void reply.setCookie(READ_AFTER_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.nodeEnv === 'production',
      path: '/',
      maxAge: READ_AFTER_MAX_AGE_SECONDS,
    });
  }
}
