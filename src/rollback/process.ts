// Runs a user's shell command (rollback-command, deploy-command): inputs arrive as environment
// variables, never spliced into the command string; output streams line by line; a timeout or a
// cancelled run stops the whole process group, not just the shell.

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
  env: Record<string, string>
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
  base: NodeJS.ProcessEnv,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || k.startsWith('INPUT_') || ACTION_ONLY.has(k)) continue
    env[k] = v
  }
  return { ...env, ...extra }
}

export function runShell(command: string, o: ShellOptions): Promise<ShellResult> {
  const started = Date.now()
  const child = spawn('bash', ['-o', 'pipefail', '-c', command], {
    cwd: o.cwd,
    env: commandEnvironment(process.env, o.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a timeout can stop everything it started
  })
  const tail: string[] = []
  let timedOut = false
  let cancelled = false
  const emit = (line: string) => {
    tail.push(line)
    if (tail.length > 50) tail.shift()
    o.onLine(line)
  }
  for (const stream of [child.stdout, child.stderr]) {
    let buf = ''
    stream.setEncoding('utf8')
    stream.on('data', (d: string) => {
      buf += d
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      lines.forEach(emit)
    })
    stream.on('end', () => buf && emit(buf))
  }
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
  o.signal?.addEventListener('abort', onAbort, { once: true })
  return new Promise((resolve) => {
    child.on('error', (e) => emit(`could not start the command: ${e.message}`))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      o.signal?.removeEventListener('abort', onAbort)
      // Whatever the shell left running in its group goes with it.
      killGroup('SIGKILL')
      resolve({ code, signal, timedOut, cancelled, durationMs: Date.now() - started, tail })
    })
  })
}
