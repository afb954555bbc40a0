// What this process may keep in memory about who is who: the signed-in users (auth.service.ts) and the unit tree
// (units.repository.ts), kept only while a LISTEN connection to the primary is up, and dropped whenever sessions,
// accounts, grants or units change: told by the database (NOTIFY from the migration 1764302800000's triggers, at commit,
// to every API process, whoever wrote), and, for a change made through this process's identity routes, before its
// answer leaves (so the caller's next request sees it even before the notification arrives).
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const IDENTITY_CHANNEL = 'banshishi_identity';
/** A lost LISTEN connection is opened again after this long; nothing is cached meanwhile. */
export const RELISTEN_MS = 1000;
/** Routes that change sessions, accounts, grants or units (besides what the notifications say). */
const IDENTITY_ROUTES = ['/api/auth/', '/api/users', '/api/units', '/api/roster'];
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class IdentityChanges implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('IdentityChanges');
  private client: Client | null = null;
  private listening = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  /** bumped by every change: what was read before a change is not kept after it */
  private current = 0;
  private readonly dropAll = new Set<() => void>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** True while changes reach this process: only then may anything be kept. */
  get live(): boolean {
    return this.listening;
  }

  /** A number that changes with every change: a value read under one generation is kept only if it is still current. */
  get generation(): number {
    return this.current;
  }

  /** `drop` runs on every change (and when the LISTEN connection is lost or found again). */
  onChange(drop: () => void): void {
    this.dropAll.add(drop);
  }

  changed(): void {
    this.current += 1;
    for (const drop of this.dropAll) drop();
  }

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onSend', async (request, _reply, payload) => {
      if (!READ_METHODS.has(request.method) && IDENTITY_ROUTES.some((prefix) => request.url.startsWith(prefix))) this.changed();
      return payload;
    });
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url) return; // no way to listen: nothing is ever kept
    const client = new Client({ connectionString: url, application_name: 'banshishi-listen', connectionTimeoutMillis: 5000 });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.changed();
      if (!this.stopped) {
        this.logger.warn(`identity notifications lost (${error?.message ?? 'connection closed'}): nothing cached until they are back`);
        this.timer = setTimeout(() => void this.listen(), RELISTEN_MS);
        this.timer.unref();
      }
      void client.end().catch(() => undefined);
    };
    this.client = client;
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.changed());
    try {
      await client.connect();
      await client.query(`LISTEN ${IDENTITY_CHANNEL}`);
      if (this.client !== client) return;
      this.changed(); // whatever changed while nobody listened
      this.listening = true;
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
