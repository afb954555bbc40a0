// The supervision's rules with a stand-in server process (`sleep`), real signals and exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { superviseServer, type SupervisedServer } from './embedded-supervisor';

class FakeServer implements SupervisedServer {
  process?: ChildProcess;
  starts = 0;
  failNext = 0;

  async start(): Promise<void> {
    this.starts++;
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('could not start');
    }
    this.process = spawn('sleep', ['30'], { stdio: 'ignore' });
  }

  exit(): Promise<void> {
    return new Promise((resolve) => this.process!.once('exit', () => setImmediate(resolve)));
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('superviseServer', () => {
  const servers: FakeServer[] = [];
  const started = async () => {
    const server = new FakeServer();
    servers.push(server);
    await server.start();
    return server;
  };
  afterEach(() => {
    for (const server of servers.splice(0)) server.process?.kill('SIGKILL');
  });

  it('restarts a killed server, again and again, with one line when it dies and one when it is back', async () => {
    const server = await started();
    const lines: string[] = [];
    const supervision = superviseServer(server, { notice: (line) => lines.push(line), delaysMs: [10] });
    for (const round of [1, 2]) {
      const pid = server.process!.pid;
      const exited = server.exit();
      server.process!.kill('SIGKILL');
      await exited;
      await supervision.settled();
      expect(server.starts).toBe(round + 1);
      expect(server.process!.pid).not.toBe(pid);
    }
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/stopped unexpectedly \(pid \d+ was killed by SIGKILL\)/);
    expect(lines[1]).toMatch(/restarted after \d+\.\d s/);
    supervision.stop();
  });

  it('tries again after a failed start', async () => {
    const server = await started();
    server.failNext = 2;
    const supervision = superviseServer(server, { notice: () => undefined, delaysMs: [10, 20] });
    const exited = server.exit();
    server.process!.kill('SIGKILL');
    await exited;
    await supervision.settled();
    expect(server.starts).toBe(4);
    expect(server.process?.exitCode).toBeNull();
    supervision.stop();
  });

  it('leaves a server alone that was stopped on purpose, or that exited cleanly', async () => {
    const stopped = await started();
    const supervision = superviseServer(stopped, { notice: () => undefined, delaysMs: [10] });
    supervision.stop();
    const exited = stopped.exit();
    stopped.process!.kill('SIGINT');
    await exited;
    await sleep(50);
    expect(stopped.starts).toBe(1);
    expect(stopped.process).toBeUndefined(); // forgotten, so the package's stop() does not wait for a second exit

    const clean = new FakeServer();
    servers.push(clean);
    clean.process = spawn('true', [], { stdio: 'ignore' });
    superviseServer(clean, { notice: () => undefined, delaysMs: [10] });
    await clean.exit();
    await sleep(50);
    expect(clean.starts).toBe(0);
  });
});
