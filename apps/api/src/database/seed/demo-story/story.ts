// The demo story's stage: the requests as the story moves them, one fixed random stream, office hours, and the one
// way anything happens to a request — `act`, through the API's own stepRequest — with the event rows it leaves.
import { DAY_MS, HOUR_MS, type Actor, type RequestEvent, type RequestStatus, type WorkingDayCalendar } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import type { EffectSubject } from '../../../modules/requests/request-effects';
import { isPublicEvent } from '../../../modules/requests/request-event-row';
import { stepRequest, type RequestStep } from '../../../modules/requests/request-transitions.service';
import type { DemoRequestContext } from '../demo-requests';
import { seededRandom } from '../seeded-random';

const SEED = 20_260_505;
export const MINUTE_MS = 60 * 1000;
/** Requests younger than this are still fresh in the inbox: nobody has looked at them yet. */
const FRESH_MS = 3 * DAY_MS;

/** The demo's 基层工会 per town: a town cadre serves all of them, so transfers and merges stay within a town. */
export const TOWNS = { town1: ['machinery', 'logistics', 'hospital'], town2: ['textile', 'construction', 'sanitation'] } as const;
export type TownKey = keyof typeof TOWNS;
export const CADRE_OF: Record<TownKey, string> = { town1: 'cadre', town2: 'cadre2' };

/** What the story reads of a request seeded by act one (demo-requests.ts); none of it changes. */
export interface RequestFacts {
  id: string;
  code: string;
  title: string;
  searchTerms: string;
  submittedAt: Date;
  responseDueAt: Date;
  requesterId: string | null;
  category: string;
}

/** The columns a transition moves: the state, what the API's effects read (EffectSubject) and what they write. */
export interface RequestColumns extends EffectSubject {
  status: RequestStatus;
  reopenCount: number;
  handlingUnitId: string;
  handlerId: string | null;
  resolutionWarnAt: Date | null;
  contactedAt: Date | null;
  mergedIntoId: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  extensionRequestedAt: Date | null;
}

/** A request in the story. */
export interface Sim extends RequestColumns {
  facts: RequestFacts;
  town: TownKey;
  /** its home 基层工会 (demo unit key) */
  unitKey: string;
  version: number;
  /** time of the latest event */
  last: number;
  /** a duplicate is merged into this request then: it must stay open until after */
  holdOpenUntil: number;
  changed: boolean;
}

export interface RequestEventRow {
  requestId: string;
  event: RequestEvent;
  public: boolean;
  at: number;
}

/** A request as act one left it. */
export type SeededRequest = RequestFacts & RequestColumns & { version: number };

/** Act one's requests, oldest first, as the story starts from them (each submitted, or accepted). */
export async function readRequests(manager: EntityManager): Promise<SeededRequest[]> {
  return manager.query(
    `SELECT r.id, r.code, r.title, r.search_terms AS "searchTerms", r.submitted_at AS "submittedAt", r.response_due_at AS "responseDueAt",
            r.requester_id AS "requesterId", c.code AS category, c.resolution_days AS "resolutionDays",
            r.status, r.reopen_count AS "reopenCount", r.version, r.handling_unit_id AS "handlingUnitId", r.handler_id AS "handlerId",
            r.responded_at AS "respondedAt", r.accepted_at AS "acceptedAt", r.resolution_due_at AS "resolutionDueAt", r.resolution_warn_at AS "resolutionWarnAt",
            r.contacted_at AS "contactedAt", r.merged_into_id AS "mergedIntoId", r.resolved_at AS "resolvedAt", r.closed_at AS "closedAt",
            r.extension_days AS "extensionDays", r.extension_requested_at AS "extensionRequestedAt", r.extended_days AS "extendedDays"
       FROM request r JOIN category c ON c.id = r.category_id
      ORDER BY r.submitted_at, r.id`,
  );
}

export class Story {
  readonly next = seededRandom(SEED);
  readonly now: number;
  /** no event later than this */
  readonly limit: number;
  readonly calendar: WorkingDayCalendar;
  readonly sims: Sim[];
  /** every request event the story adds, in the order it happened in the story */
  readonly events: RequestEventRow[] = [];
  readonly leader: Actor;
  readonly system: Actor = { id: null, roles: [], system: true };

  constructor(
    private readonly context: DemoRequestContext,
    rows: readonly SeededRequest[],
  ) {
    this.now = (context.now ?? new Date()).getTime();
    this.limit = this.now - 10 * MINUTE_MS;
    this.calendar = context.calendar;
    this.leader = { id: this.user('leader'), roles: ['leader'] };
    const unitKeyOf = new Map([...context.units].map(([key, unit]) => [unit.id, key]));
    this.sims = rows.map(({ id, code, title, searchTerms, submittedAt, responseDueAt, requesterId, category, ...columns }) => {
      const unitKey = unitKeyOf.get(columns.handlingUnitId) ?? '';
      const facts = { id, code, title, searchTerms, submittedAt, responseDueAt, requesterId, category };
      return { ...columns, facts, town: townOf(unitKey), unitKey, last: (columns.acceptedAt ?? submittedAt).getTime(), holdOpenUntil: 0, changed: false };
    });
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  between(a: number, b: number): number {
    return a + this.next() * (b - a);
  }

  user(username: string): string {
    const id = this.context.users.get(username);
    if (!id) throw new Error(`demo story: no user ${username}`);
    return id;
  }

  unitId(key: string): string | undefined {
    return this.context.units.get(key)?.id;
  }

  cadre(town: TownKey): Actor {
    return { id: this.user(CADRE_OF[town]), roles: ['cadre'] };
  }

  requester(sim: Sim): Actor {
    return { id: sim.facts.requesterId, roles: ['worker'], isRequester: true };
  }

  /** The demo worker's own real-name request (the only requester who signs in and answers for themselves). */
  isWorkerOwn(sim: Sim): boolean {
    return sim.facts.requesterId !== null && sim.facts.requesterId === this.context.users.get('worker');
  }

  /** Past its first few days in the inbox. */
  older(sim: Sim): boolean {
    return this.now - sim.facts.submittedAt.getTime() > FRESH_MS;
  }

  /** Office hours, China time (08:30–18:00): a cadre's action outside them waits for the next morning. */
  office(t: number): number {
    const hour = ((t + 8 * HOUR_MS) % DAY_MS) / HOUR_MS;
    if (hour >= 8.5 && hour < 18) return t;
    const dayStart = t - hour * HOUR_MS;
    return dayStart + (hour < 8.5 ? 0 : DAY_MS) + this.between(8.6, 10.5) * HOUR_MS;
  }

  /** The time of the next event on a request, `min`–`max` hours after its last one; null when that would be in the future. */
  later(sim: Sim, minHours: number, maxHours: number, inOffice = true): number | null {
    const raw = sim.last + this.between(minHours, maxHours) * HOUR_MS;
    const t = inOffice ? this.office(raw) : raw;
    return t <= this.limit ? t : null;
  }

  /** One action on one request at time `at`: the API's step (transition table, then the columns it moves), then the event. */
  act(sim: Sim, action: string, actor: Actor, input: Record<string, unknown>, at: number): void {
    const { state, event, changes } = this.step(sim, action, actor, input, at);
    Object.assign(sim, changes, { status: state.status, reopenCount: state.reopenCount, version: sim.version + 1, last: at, changed: true });
    this.events.push({ requestId: sim.facts.id, event, public: isPublicEvent(event), at });
  }

  private step(sim: Sim, action: string, actor: Actor, input: Record<string, unknown>, at: number): RequestStep {
    try {
      return stepRequest(sim, action, actor, input, { now: new Date(at), calendar: this.calendar });
    } catch (error) {
      throw new Error(`demo story: ${sim.facts.code} ${action}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

function townOf(unitKey: string): TownKey {
  return (TOWNS.town1 as readonly string[]).includes(unitKey) ? 'town1' : 'town2';
}
