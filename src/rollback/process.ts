// Runs a user's shell command (rollback-command, deploy-command): inputs arrive as environment
// variables, never spliced into the command string, in the environment a `run:` step would get;
// output streams line by line; the command is done when the shell exits, and what it left in its
// process group is stopped then; a timeout or a cancelled run stops the whole group too.

import { spawn } from 'node:child_process'

export interface ShellResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  cancelled: boolean
  durationMs: number
  /** The last lines of output, for the report. */
  tail: string[]
}

export interface ShellOptions {
  /** deploy-guard's own variables (DEPLOY_GUARD_*), on top of `base`. */
  env: Record<string, string>
  /**
   * The step's environment (StepIO.env), not this process's: what the runner gave the step is
   * what a `run:` step would see, and a test or an embedding hands in its own.
   */
  base: Record<string, string | undefined>
  /** The injected clock: durations are said on the same time line as the rest of the run. */
  now: () => number
  timeoutMs: number
  onLine: (line: string) => void
  signal?: AbortSignal
  cwd?: string
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number
}

// What the runner gives a JavaScript action's process and not a `run:` step. Its node handler
// adds every input as INPUT_<NAME> (upper-cased, spaces to `_`, hyphens kept, so the token input
// is INPUT_GITHUB-TOKEN) and the Actions service endpoints with their token:
// https://github.com/actions/runner/blob/258d6c857db3519913f7deb6004b60172f8043ae/src/Runner.Worker/Handlers/NodeScriptActionHandler.cs#L38-L90
// and Handler.cs#L175-L188 (AddInputsToEnvironment); GitHub documents the INPUT_ naming in
// https://docs.github.com/en/actions/creating-actions/metadata-syntax-for-github-actions#inputs
// The script handler behind `run:` adds neither, but does add ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN
// (when the job has `id-token: write`) and ACTIONS_ORCHESTRATION_ID (ScriptHandler.cs#L314-L327),
// so those stay: a deploy script may use OIDC to reach its cloud, "using environment variables on
// the runner" as https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/about-security-hardening-with-openid-connect#adding-permissions-settings
// describes. GITHUB_ACTION_REPOSITORY/_REF (set for any action step) describe, not authorize,
// and stay.
const ACTION_ONLY = new Set([
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
])

/**
 * The environment a user's command gets: what a `run:` step in this job would see (the job's
 * and this step's `env:`, GITHUB_*, RUNNER_*, PATH, HOME...), without the action's inputs and
 * the runner's service credentials, plus `extra` (the DEPLOY_GUARD_* variables). A token the
 * user put in the step's `env:` (GITHUB_TOKEN: ...) is an ordinary variable and stays.
 */
export function commandEnvironment(
  base: Record<string, string | undefined>,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || k.startsWith('INPUT_') || ACTION_ONLY.has(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

/** How long output already written is read after the shell exits, when something holds its pipes. */
const DRAIN_MS = 150

export function runShell(command: string, o: ShellOptions): Promise<ShellResult> {
  const started = o.now()
  const child = spawn('bash', ['-o', 'pipefail', '-c', command], {
    cwd: o.cwd,
    env: commandEnvironment(o.base, o.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a timeout can stop everything it started
  })
  const tail: string[] = []
  let timedOut = false
  let cancelled = false
  let finished = false
  const emit = (line: string) => {
    if (finished) return
    tail.push(line)
    if (tail.length > 50) tail.shift()
    o.onLine(line)
  }
  const streams = [child.stdout, child.stderr]
  const pending = ['', '']
  const flush = (i: number) => {
    if (pending[i]) emit(pending[i])
    pending[i] = ''
  }
  streams.forEach((stream, i) => {
    stream.setEncoding('utf8')
    stream.on('data', (d: string) => {
      const lines = (pending[i] + d).split('\n')
      pending[i] = lines.pop() ?? ''
      lines.forEach(emit)
    })
    stream.on('end', () => flush(i))
  })
  const killGroup = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig)
    } catch {
      // already gone
    }
  }
  const stop = () => {
    killGroup('SIGTERM')
    setTimeout(() => killGroup('SIGKILL'), o.graceMs ?? 5000).unref()
  }
  const timer = setTimeout(() => {
    timedOut = true
    stop()
  }, o.timeoutMs)
  const onAbort = () => {
    cancelled = true
    stop()
  }
  // A run cancelled before the command started (during a GitHub call of the failure branch, say)
  // fires no 'abort' event any more: the command is stopped at once, not at its timeout.
  if (o.signal?.aborted) onAbort()
  else o.signal?.addEventListener('abort', onAbort, { once: true })
  return new Promise((resolve) => {
    let drain: NodeJS.Timeout | undefined
    const finish = (code: number | null, signal: NodeJS.Signals | null) => {
      if (finished) return
      clearTimeout(drain)
      // Lines already read but not ended by a newline are output too.
      flush(0)
      flush(1)
      finished = true
      for (const s of streams) s.destroy()
      resolve({ code, signal, timedOut, cancelled, durationMs: o.now() - started, tail })
    }
    child.on('error', (e) => emit(`could not start the command: ${e.message}`))
    const settle = () => {
      clearTimeout(timer)
      o.signal?.removeEventListener('abort', onAbort)
    }
    // The step ends when the shell exits, not when every holder of its stdout/stderr has: a
    // `daemon &` started by the command inherits the pipes and would hold 'close' until the
    // timeout. Whatever the shell left running in its group goes with it; a process that left
    // the group (setsid, or a background job under `set -m`) is not stopped here; nohup alone
    // does not leave it.
    child.on('exit', (code, signal) => {
      settle()
      killGroup('SIGKILL')
      // With the group gone the pipes usually close at once ('close' below); if a process
      // outside the group still holds them, take what is buffered and stop reading.
      drain = setTimeout(() => finish(code, signal), DRAIN_MS)
    })
    // After 'exit' once nothing holds the pipes; alone (after 'error') when bash could not start.
    child.on('close', (code, signal) => {
      settle()
      finish(code, signal)
    })
  })
}
