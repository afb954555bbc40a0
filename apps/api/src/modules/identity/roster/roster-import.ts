// One roster import, in the caller's transaction: read what the sheet names, plan (roster-plan.ts), and — unless it
// is a dry run or a row is bad — write the whole plan and one audit entry with the counts. The API's RosterService
// and the demo seed both import through here.
import { randomUUID } from 'node:crypto';
import type { RosterCredential, RosterImportResult, RosterProblem } from '@banshishi/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import type { AuditRecord } from '../../audit/audit.service';
import { normaliseMainlandMobile } from '../../intake/in-person/requester-phone';
import { hashTemporaryPassword, newTemporaryPassword } from '../temporary-password';
import { planRoster, type RosterPlan } from './roster-plan';
import { RosterRepository, type NewAccountRow } from './roster.repository';
import type { RosterRows } from './roster-workbook';

export interface RosterImporter {
  /** the admin importing */
  actorId: string;
  /** the paths of the units the admin holds `admin` on: everything the sheet touches must lie under one */
  scopeRoots: string[];
}

export interface RosterImportOptions {
  dryRun: boolean;
  /** APP_SECRET, which keys the one-time passwords' hashes */
  secret: string;
  /** the audit log, in this transaction */
  record: (entry: AuditRecord, manager: EntityManager) => Promise<void>;
}

function counts(plan: RosterPlan['units'] | RosterPlan['users']) {
  return { created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged };
}

/** The problems as a 422's field errors (`users.12.phone`), for an import that was refused. */
function asFieldErrors(problems: RosterProblem[]) {
  return problems.map((problem) => ({
    field: [problem.sheet ?? 'file', problem.row, problem.column].filter((part) => part !== null && part !== 0).join('.'),
    message: problem.message,
  }));
}

export async function importRoster(manager: EntityManager, rows: RosterRows, importer: RosterImporter, options: RosterImportOptions): Promise<RosterImportResult> {
  const repository = new RosterRepository(manager);
  if (!options.dryRun) await repository.lock();

  const phones = [...new Set(rows.users.map((row) => normaliseMainlandMobile(row.phone)).filter((phone): phone is string => phone !== null))];
  const wanted = [...new Set(rows.users.map((row) => (row.username || normaliseMainlandMobile(row.phone) || '').toLowerCase()).filter(Boolean))];
  const [units, users, usernames] = [await repository.units(), await repository.usersByPhone(phones), await repository.usernames(wanted)];
  const plan = planRoster(rows.units, rows.users, { units, usersByPhone: new Map(users.map((user) => [user.phone, user])), usernames }, importer.scopeRoots);

  const problems = [...rows.problems, ...plan.problems];
  const result: RosterImportResult = {
    dryRun: options.dryRun,
    rows: { units: rows.units.length, users: rows.users.length },
    units: counts(plan.units),
    users: counts(plan.users),
    problems,
    credentials: [],
  };
  if (options.dryRun) return result;
  if (problems.length) {
    throw new DomainError('UNPROCESSABLE', `The roster has ${problems.length} problem(s): nothing was imported. Run a dry run to see them.`, { errors: asFieldErrors(problems) });
  }

  await repository.insertUnits(plan.units.create);
  await repository.updateUnits(plan.units.update);

  const credentials: RosterCredential[] = [];
  const accounts: NewAccountRow[] = plan.users.create.map((user) => {
    const temporaryPassword = newTemporaryPassword();
    credentials.push({ row: user.row, displayName: user.displayName, username: user.username, phone: user.phone, temporaryPassword });
    return { id: randomUUID(), username: user.username, displayName: user.displayName, phone: user.phone, passwordHash: hashTemporaryPassword(temporaryPassword, options.secret) };
  });
  await repository.insertUsers(accounts);
  await repository.updateUsers(plan.users.update);
  const regranted = [
    ...accounts.map((account, i) => ({ userId: account.id, grants: plan.users.create[i].grants })),
    ...plan.users.update.map((change) => ({ userId: change.id, grants: change.grants })),
  ];
  await repository.replaceGrants(
    regranted.map((entry) => entry.userId),
    regranted.flatMap((entry) => entry.grants.map((grant) => ({ ...grant, userId: entry.userId }))),
  );

  await options.record(
    {
      actorId: importer.actorId,
      action: 'roster.import',
      entityType: 'roster',
      after: {
        rows: result.rows,
        units: result.units,
        users: result.users,
        // Who changed, by row: enough to find them again, never a password.
        unitsCreated: plan.units.create.map((unit) => unit.name).slice(0, 200),
        usersUpdated: plan.users.update.map((change) => ({ row: change.row, before: change.before.displayName, after: change.displayName })).slice(0, 200),
      },
    },
    manager,
  );
  return { ...result, credentials };
}
