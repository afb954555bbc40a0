// 7. Write it all, in a few statements: the projects, their events and links, the requests' new columns, their
// events in time order, and the answers the figures read.
import { chinaDayNumber, formatIsoDay } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import { formatProjectCode } from '../../../modules/projects/project-code';
import type { RequestChanges } from '../../../modules/requests/request-effects';
import { storedPayload } from '../../../modules/requests/request-event-row';
import type { ProjectSim } from './play-projects';
import { CADRE_OF, type Sim, type Story } from './story';

/** Every column a request action may move (the API's RequestChanges): a new effect fails to compile here until it is written. */
const CHANGE_COLUMNS = {
  respondedAt: ['responded_at', 'timestamptz'],
  acceptedAt: ['accepted_at', 'timestamptz'],
  resolutionDueAt: ['resolution_due_at', 'timestamptz'],
  resolutionWarnAt: ['resolution_warn_at', 'timestamptz'],
  handlingUnitId: ['handling_unit_id', 'uuid'],
  handlerId: ['handler_id', 'uuid'],
  mergedIntoId: ['merged_into_id', 'uuid'],
  contactedAt: ['contacted_at', 'timestamptz'],
  resolvedAt: ['resolved_at', 'timestamptz'],
  closedAt: ['closed_at', 'timestamptz'],
  extensionDays: ['extension_days', 'int'],
  extensionRequestedAt: ['extension_requested_at', 'timestamptz'],
  extendedDays: ['extended_days', 'int'],
} as const satisfies Record<keyof RequestChanges, readonly [string, string]>;

/** What the story writes back to a request it moved: its state, its version, and every column an action may move. */
const REQUEST_COLUMNS: readonly (readonly [name: string, type: string, value: (sim: Sim) => unknown])[] = [
  ['status', 'text', (sim) => sim.status],
  ['reopen_count', 'int', (sim) => sim.reopenCount],
  ['version', 'int', (sim) => sim.version],
  ['updated_at', 'timestamptz', (sim) => new Date(sim.last)],
  ...(Object.entries(CHANGE_COLUMNS) as [keyof RequestChanges, readonly [string, string]][]).map(([key, [name, type]]) => [name, type, (sim: Sim) => sim[key]] as const),
];

export async function writeStory(manager: EntityManager, story: Story, projects: readonly ProjectSim[]): Promise<void> {
  await writeProjects(manager, story, projects);
  await writeRequests(manager, story);
}

async function writeProjects(manager: EntityManager, story: Story, projects: readonly ProjectSim[]): Promise<void> {
  const numbers: { n: number }[] = await manager.query(`SELECT nextval('project_code_seq')::int AS n FROM generate_series(1, $1)`, [projects.length]);
  for (const [index, project] of projects.entries()) {
    const { theme, town, createdAt } = project.plan;
    await manager.query(
      `INSERT INTO project (id, code, title, goal, plan, owner_unit_id, owner_user_id, budget, deadline, expected_beneficiaries, status, version,
                            created_by, created_at, updated_at, approved_at, started_at, completed_at, report, beneficiaries_reached, score, evaluation_comment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $7, $13, $14, $15, $16, $17, $18, $19, $20, $21)`,
      [
        project.id,
        formatProjectCode(new Date(createdAt), numbers[index].n),
        theme.title,
        theme.goal,
        theme.plan,
        story.unitId(town),
        story.user(CADRE_OF[town]),
        theme.budget,
        formatIsoDay(chinaDayNumber(story.now) + theme.deadlineDays),
        theme.beneficiaries,
        project.status,
        project.version,
        new Date(createdAt),
        new Date(project.last),
        project.approvedAt,
        project.startedAt,
        project.completedAt,
        project.report,
        project.beneficiariesReached,
        project.score,
        project.evaluationComment,
      ],
    );
  }
  const events = projects.flatMap((project) => project.events.map((event) => ({ ...event, projectId: project.id }))).sort((a, b) => a.at - b.at);
  await manager.query(
    `INSERT INTO project_event (project_id, action, from_status, to_status, actor_id, payload, public, at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::boolean[], $8::timestamptz[])`,
    columns(events, (e) => [e.projectId, e.action, e.from, e.to, e.actorId, JSON.stringify(e.payload), e.public, new Date(e.at)], 8),
  );
  const links = projects.flatMap((project) => project.links.map((link) => ({ ...link, projectId: project.id })));
  await manager.query(
    `INSERT INTO project_request (project_id, request_id, linked_by, linked_at) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])`,
    columns(links, (l) => [l.projectId, l.requestId, l.linkedBy, new Date(l.at)], 4),
  );
}

async function writeRequests(manager: EntityManager, story: Story): Promise<void> {
  const changed = story.sims.filter((sim) => sim.changed);
  const names = REQUEST_COLUMNS.map(([name]) => name);
  const types = REQUEST_COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`);
  await manager.query(
    `UPDATE request r SET ${names.map((name) => `${name} = t.${name}`).join(', ')}
       FROM unnest($1::uuid[], ${types.join(', ')}) AS t(id, ${names.join(', ')})
      WHERE r.id = t.id`,
    [changed.map((sim) => sim.facts.id), ...REQUEST_COLUMNS.map(([, , value]) => changed.map(value))],
  );

  // The payload as RequestTimelineRepository stores it (an escalation is marked on the event).
  const events = [...story.events].sort((a, b) => a.at - b.at);
  await manager.query(
    `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::boolean[], $8::timestamptz[])`,
    columns(
      events,
      ({ requestId, event, public: isPublic, at }) => [requestId, event.action, event.from, event.to, event.actorId, JSON.stringify(storedPayload(event)), isPublic, new Date(at)],
      8,
    ),
  );
  // The answers the figures read, one row per answer event, as the actions API stores them (round = 重办 so far).
  await manager.query(
    `INSERT INTO request_answer (request_id, source, resolved, satisfaction, comment, channel, round, answered_at, recorded_by)
     SELECT e.request_id, e.action, e.payload->>'resolved', e.payload->>'satisfaction', e.payload->>'comment', e.payload->>'channel',
            (SELECT count(*) FROM request_event p WHERE p.request_id = e.request_id AND p.action IN ('feedback', 'return_visit') AND p.id < e.id)::int,
            e.at, e.actor_id
       FROM request_event e
      WHERE e.action IN ('feedback', 'return_visit')`,
  );
}

/** Rows to the column arrays of an unnest(...) insert. */
function columns<T>(rows: readonly T[], cells: (row: T) => unknown[], width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) cells(row).forEach((cell, i) => out[i].push(cell));
  return out;
}
