// Runs the bundled action as the GitHub runner does: `node dist/index.js` with INPUT_* and
// GITHUB_* variables, files for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH.
// Used by the demo and by the end-to-end tests.

import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  dir: string
  /** With `cancelWhen`: how long the process took to exit after the signal. */
  exitedAfterCancelMs?: number
}

/** Parses GITHUB_OUTPUT's heredoc format into a map. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const end = lines.indexOf(m[2] as string, i + 1)
    out[m[1] as string] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return out
}

export interface ActionProcessOptions {
  /** Path to dist/index.js. */
  action: string
  /** A fresh directory for this run's files. */
  dir: string
  inputs: Record<string, string>
  env?: Record<string, string>
  timeoutMs?: number
  /** Node binary; the current one by default. */
  node?: string
  /** Sent SIGTERM after this many ms, as the runner does when a workflow is cancelled. */
  cancelAfterMs?: number
  /** Sent the cancel signal once this returns true (polled every 20 ms), e.g. when a command started. */
  cancelWhen?: (stdout: string) => boolean
  /** The runner sends SIGINT first, then SIGTERM 7.5 s later (default SIGTERM). */
  cancelSignal?: NodeJS.Signals
}

export async function runActionProcess(o: ActionProcessOptions): Promise<ActionRun> {
  mkdirSync(o.dir, { recursive: true })
  const output = join(o.dir, 'output')
  const summary = join(o.dir, 'summary.md')
  const event = join(o.dir, 'event.json')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  writeFileSync(
    event,
    JSON.stringify({ ref: 'refs/heads/main', repository: { default_branch: 'main' } }),
  )
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? o.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: o.dir,
    ...o.env,
  }
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  const child = spawn(o.node ?? process.execPath, [o.action], { env, cwd: o.dir })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d) => (stdout += d))
  child.stderr.on('data', (d) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 60_000)
  const cancel =
    o.cancelAfterMs !== undefined
      ? setTimeout(() => child.kill(o.cancelSignal ?? 'SIGTERM'), o.cancelAfterMs)
      : undefined
  let cancelledAt: number | undefined
  const poll = o.cancelWhen
    ? setInterval(() => {
        if (cancelledAt === undefined && o.cancelWhen!(stdout)) {
          cancelledAt = Date.now()
          child.kill(o.cancelSignal ?? 'SIGTERM')
        }
      }, 20)
    : undefined
  const code = await new Promise<number | null>((done) => child.on('close', done))
  clearTimeout(timer)
  if (cancel) clearTimeout(cancel)
  if (poll) clearInterval(poll)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
    dir: o.dir,
    ...(cancelledAt !== undefined ? { exitedAfterCancelMs: Date.now() - cancelledAt } : {}),
  }
}
