import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ReadReplicas } from './read-replicas.service';
import { ReadRoutingInterceptor } from './read-routing.interceptor';

/** Read replicas (DATABASE_REPLICA_URLS): ReadReplicas.read() for the repositories' replica-safe reads. */
@Global()
@Module({ providers: [ReadReplicas, { provide: APP_INTERCEPTOR, useClass: ReadRoutingInterceptor }], exports: [ReadReplicas] })
export class ReplicasModule {}
