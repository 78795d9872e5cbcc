// Starts the real server once for the whole browser-test run.
//
// bin/leergang (built by `make build`, `make e2e` or `make test`) runs with a fresh
// data directory, so it starts its own PostgreSQL cluster there and loads the demo
// world. E2E_DATABASE_URL points it at an existing, empty database instead.
// The base URL and the server log path reach the tests through `inject()`.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { FRONTEND_DIR, REPO_DIR, RESULTS_DIR, logTail } from './paths';

const BINARY = path.join(REPO_DIR, 'bin', 'leergang');
const STARTUP_TIMEOUT_MS = 90_000;
const SHUTDOWN_TIMEOUT_MS = 30_000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:41234. */
    baseURL: string;
    /** The server's stdout and stderr. */
    serverLog: string;
  }
}

function assertBinary(): void {
  try {
    accessSync(BINARY, constants.X_OK);
  } catch {
    throw new Error(
      `The browser tests need the server binary ${BINARY}, which is missing or not executable.\n` +
        'Build it first from the repository root with: make build   (or run the tests with: make e2e)',
    );
  }
  const dist = path.join(FRONTEND_DIR, 'dist', 'index.html');
  if (existsSync(dist) && statSync(dist).mtimeMs > statSync(BINARY).mtimeMs) {
    console.warn(
      `[e2e] Note: frontend/dist is newer than bin/leergang, so the binary embeds an older SPA. ` +
        'Run `make build` (or `go build -o bin/leergang ./server`) to test the current one.',
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

function serverEnv(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Nothing from the developer's own configuration may leak into the test server.
  for (const name of Object.keys(env)) {
    if (name.startsWith('LEERGANG_') || name.startsWith('DATABASE_URL')) delete env[name];
  }
  env.LEERGANG_ENV = 'development';
  env.LEERGANG_ADDR = `127.0.0.1:${port}`;
  env.LEERGANG_BASE_URL = `http://127.0.0.1:${port}`;
  env.LEERGANG_DATA_DIR = dataDir;
  env.LEERGANG_DEMO_DATA = 'true';
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  return env;
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function waitForHealthy(baseURL: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let exited = false;
  void exitOf(child).then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Error(
        `bin/leergang exited during startup (code ${String(child.exitCode)}, signal ${String(child.signalCode)}).\n` +
          `Last lines of the server log (kept as frontend/test-results/server.log):\n${logTail(logPath)}`,
      );
    }
    try {
      const response = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `bin/leergang did not answer GET /healthz with 200 within ${STARTUP_TIMEOUT_MS / 1000} s.\n` +
      `Last lines of the server log (kept as frontend/test-results/server.log):\n${logTail(logPath)}`,
  );
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // SIGTERM lets the server finish requests and stop its PostgreSQL cluster.
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    exitOf(child).then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), SHUTDOWN_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!stopped) {
    console.warn(`[e2e] bin/leergang did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s after SIGTERM; killing it.`);
    child.kill('SIGKILL');
    await exitOf(child);
  }
}

/** Screenshots of an earlier run would be mistaken for this run's. */
function clearOldScreenshots(): void {
  if (!existsSync(RESULTS_DIR)) return;
  for (const name of readdirSync(RESULTS_DIR)) {
    if (name.endsWith('.png')) rmSync(path.join(RESULTS_DIR, name), { force: true });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBinary();
  clearOldScreenshots();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'leergang-e2e-'));
  const logPath = path.join(dataDir, 'server.log');
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;

  const logFd = openSync(logPath, 'a');
  const child = spawn(BINARY, [], {
    cwd: REPO_DIR,
    env: serverEnv(port, dataDir),
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd); // the child has its own copy
  // Should this process end without running the teardown, the server (and with
  // it its PostgreSQL cluster) still gets told to stop.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);

  const cleanUp = async () => {
    process.off('exit', stopOnExit);
    await stop(child);
    try {
      // Keep the log where CI collects artefacts; the data directory goes.
      mkdirSync(RESULTS_DIR, { recursive: true });
      copyFileSync(logPath, path.join(RESULTS_DIR, 'server.log'));
    } catch {
      // No log to keep.
    }
    if (process.env.E2E_KEEP_DATA) console.warn(`[e2e] Kept the server's data directory ${dataDir}`);
    else await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealthy(baseURL, child, logPath);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  project.provide('baseURL', baseURL);
  project.provide('serverLog', logPath);
  return cleanUp;
}
