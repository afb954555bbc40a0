import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DatabaseUploadStorage } from './database-upload-storage';
import { DiskUploadStorage } from './disk-upload-storage';
import { UploadStorage } from './upload-storage';

/** The upload storage UPLOAD_STORAGE names, for attachments, readiness and the abandoned-upload sweep. */
@Global()
@Module({
  providers: [
    {
      provide: UploadStorage,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource): UploadStorage =>
        config.uploadStorage === 'database' ? new DatabaseUploadStorage(dataSource) : new DiskUploadStorage(config.dataDir),
    },
  ],
  exports: [UploadStorage],
})
export class StorageModule {}
