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

export function runShell(command: string, o: ShellOptions): Promise<ShellResult> {
  const started = Date.now()
  const child = spawn('bash', ['-o', 'pipefail', '-c', command], {
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
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
