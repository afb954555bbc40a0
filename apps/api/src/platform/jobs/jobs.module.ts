import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** pg-boss, started with the application when JOBS=on. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
