import { execFile, spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT, SHARED } from '../helpers/cli.ts';
import { waitFor } from '../worker/wait.ts';

const exec = promisify(execFile);
const BASE_IMAGE = process.env['NODE_BASE_IMAGE'] ?? 'localhost/node-base:24';

/** Runs buildah with an argument array and resolves to its stdout; a failure carries buildah's output. */
export async function buildah(
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<string> {
  try {
    const { stdout } = await exec('buildah', args, {
      cwd: options.cwd,
      timeout: options.timeoutMs ?? 180_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(
      `buildah ${args.slice(0, 2).join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`.trim(),
      {
        cause: error,
      },
    );
  }
}

/**
 * Builds the project's Dockerfile on the local Node 24 base image that
 * ../shared/tools/container-base.sh makes (standing in for node:24-slim), in
 * Docker format so that HEALTHCHECK is kept.
 */
export async function buildImage(tag: string, timeoutMs: number): Promise<void> {
  const present = await buildah(['images', '--quiet', '--noheading', '--filter', `reference=${BASE_IMAGE}`]);
  if (present.trim() === '') await buildBaseImage(timeoutMs);
  const args = ['bud', '--isolation', 'chroot', '--layers', '--format', 'docker'];
  await buildah([...args, '--build-arg', `NODE_IMAGE=${BASE_IMAGE}`, '-t', tag, '.'], {
    cwd: PROJECT_ROOT,
    timeoutMs,
  });
}

/** The script copies the machine's own global npm, so it must not see the Node 24 this test runs on. */
async function buildBaseImage(timeoutMs: number): Promise<void> {
  const ownNodeDir = dirname(process.execPath);
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => dir !== ownNodeDir);
  await exec('bash', [join(SHARED, 'tools/container-base.sh')], {
    env: { ...process.env, PATH: path.join(delimiter), NODE_BASE_IMAGE: BASE_IMAGE },
    timeout: timeoutMs,
  });
}

export interface ImageConfig {
  User: string;
  Entrypoint: string[];
  Cmd: string[];
  Volumes: Record<string, object>;
  Healthcheck: { Test: string[] };
}

export async function imageConfig(image: string): Promise<ImageConfig> {
  const inspected = JSON.parse(await buildah(['inspect', '--type', 'image', image])) as {
    Docker: { config: ImageConfig };
  };
  return inspected.Docker.config;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** host:container[:ro] bind mounts, as `docker run -v`. */
  volumes?: string[];
}

/** A working container from an image; `remove()` deletes it. */
export async function fromImage(image: string) {
  const name = (await buildah(['from', '--quiet', image])).trim();
  // `--isolation chroot` is what runs in this sandbox; it shares the host network, so 127.0.0.1 is the host.
  const runArgs = (command: string[], { env = {}, volumes = [] }: RunOptions) => [
    'run',
    '--isolation',
    'chroot',
    ...Object.entries(env).flatMap(([key, value]) => ['--env', `${key}=${value}`]),
    ...volumes.flatMap((volume) => ['--volume', volume]),
    name,
    '--',
    ...command,
  ];
  return {
    run: (command: string[], options: RunOptions = {}) => buildah(runArgs(command, options)),
    /** A long-running command; its output goes to the test's stderr. */
    spawn: (command: string[], options: RunOptions = {}) => {
      const child = spawn('buildah', runArgs(command, options), { stdio: ['ignore', 'inherit', 'inherit'] });
      let code: number | null | undefined;
      child.once('exit', (exitCode) => (code = exitCode));
      return {
        pid: child.pid ?? -1,
        exitCode: () => code,
        /** Ends the command if it still runs (`buildah run` ends its child on SIGTERM). */
        stop: async () => {
          if (code !== undefined) return;
          child.kill('SIGTERM');
          await waitFor(() => code !== undefined, 'buildah run to end', 30_000);
        },
        /** The exit code, or a failure when still running after `ms`. */
        exited: async (ms: number) => {
          await waitFor(() => code !== undefined, `the container process to exit within ${ms} ms`, ms);
          return code;
        },
      };
    },
    remove: () => buildah(['rm', name]).then(() => undefined),
  };
}

/**
 * Sends a signal to the process inside the container, found among the
 * descendants of `buildah run` by its command line. `buildah run` itself does
 * not forward signals; a container runtime signals the process the same way.
 */
export async function signalDescendant(
  ancestor: number,
  commandLine: string,
  signal: NodeJS.Signals,
): Promise<void> {
  const { stdout } = await exec('ps', ['-eo', 'pid=,ppid=,args=']);
  const processes = stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args ?? '' }));
  const descendants = new Set([ancestor]);
  for (let size = 0; descendants.size !== size;) {
    size = descendants.size;
    for (const p of processes) if (descendants.has(p.ppid)) descendants.add(p.pid);
  }
  const matches = processes.filter(
    (p) => descendants.has(p.pid) && p.pid !== ancestor && p.args.includes(commandLine),
  );
  // buildah's exec helper carries the same command line: the process itself is the innermost match.
  const target = matches.find((p) => !matches.some((child) => child.ppid === p.pid));
  if (!target) throw new Error(`no process "${commandLine}" under pid ${ancestor}`);
  process.kill(target.pid, signal);
}
