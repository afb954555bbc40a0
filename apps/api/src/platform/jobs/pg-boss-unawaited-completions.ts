// pg-boss 10 completes and fails a worker's jobs without awaiting the promise (timgit/pg-boss#577): when the database
// is gone, that rejection is unhandled. Patched once on the class so such a rejection becomes an 'error' event
// (pg-boss forwards the manager's to the PgBoss instance, where JobsService logs it); awaiting callers still see it.
import { EventEmitter } from 'node:events';

type Completion = (this: EventEmitter, ...args: unknown[]) => Promise<unknown>;
interface ManagerPrototype {
  complete: Completion;
  fail: Completion;
}

const PATCHED = Symbol.for('banshishi.pgBossUnawaitedCompletions');

export function reportUnawaitedCompletions(): void {
  // an internal CommonJS module of pg-boss (its package has no "exports" map)
  const Manager = require('pg-boss/src/manager') as { prototype: ManagerPrototype & { [PATCHED]?: true } };
  const prototype = Manager.prototype;
  if (prototype[PATCHED]) return;
  for (const method of ['complete', 'fail'] as const) {
    const original = prototype[method];
    const reported = function (this: EventEmitter, ...args: unknown[]) {
      const settled = original.apply(this, args);
      settled.catch((error: unknown) => this.emit('error', error instanceof Error ? error : new Error(String(error))));
      return settled;
    };
    // PgBoss publishes the manager's methods under their function names (boss.complete, boss.fail).
    prototype[method] = Object.defineProperty(reported, 'name', { value: method });
  }
  prototype[PATCHED] = true;
}
