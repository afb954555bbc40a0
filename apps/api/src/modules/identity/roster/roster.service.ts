// 名册导入: the template, a dry run that lists every bad row, and the import itself in one transaction.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RosterImportResult } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { runTransaction } from '../../../common/database/run-transaction';
import { APP_SECRET } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { scopePaths, type AuthUser } from '../auth-user';
import { importRoster } from './roster-import';
import { readRosterWorkbook, writeRosterWorkbook } from './roster-workbook';

@Injectable()
export class RosterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  template(): Promise<Buffer> {
    return writeRosterWorkbook();
  }

  /** A dry run reads and plans only; an import writes the whole sheet or, with any bad row, nothing (422). */
  async import(admin: AuthUser, bytes: Buffer, dryRun: boolean): Promise<RosterImportResult> {
    const rows = await readRosterWorkbook(bytes);
    const importer = { actorId: admin.id, scopeRoots: scopePaths(admin, ['admin']) };
    const options = { dryRun, secret: this.secret, record: this.audit.record.bind(this.audit) };
    if (dryRun) return importRoster(this.dataSource.manager, rows, importer, options);
    return runTransaction(this.dataSource, (manager) => importRoster(manager, rows, importer, options));
  }
}
