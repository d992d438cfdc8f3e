// The runner as the commands see it. Commands take this interface, so tests hand them a
// recording fake and the CLI a terminal.
//
// `actionsRunner` speaks the runner's file and workflow-command protocol directly instead of
// importing @actions/core: core pulls an HTTP client for OIDC tokens at import time, which
// cost ~40 ms of every `window` step (README, Performance). The behaviour is the same as
// core's getInput/setOutput/setFailed/summary; test/runner/runner.test.ts checks it against
// @actions/core itself.

import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { InputName } from '../config/inputs.js'

export interface Runner {
  input(name: InputName): string
  output(name: string, value: string): void
  info(message: string): void
  warning(message: string): void
  /** Appends markdown to the job summary; never throws (a summary is not worth a failed deploy). */
  summary(markdown: string): Promise<void>
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  secret(value: string): void
  fail(message: string): void
}

type Env = Record<string, string | undefined>

/** Escapes a workflow command's data, as @actions/core does. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function createActionsRunner(
  env: Env = process.env,
  write: (s: string) => void = (s) => process.stdout.write(s),
): Runner {
  const command = (name: string, data: string) => write(`::${name}::${escapeData(data)}${EOL}`)
  const warn = (m: string) => command('warning', m)
  return {
    input: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    output(name, value) {
      const file = env.GITHUB_OUTPUT
      if (!file) {
        write(`${EOL}::set-output name=${escapeData(name)}::${escapeData(value)}${EOL}`)
        return
      }
      const delimiter = `ghadelimiter_${randomUUID()}`
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
    },
    info: (m) => write(m + EOL),
    warning: warn,
    async summary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY
      if (!file) return
      try {
        appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + EOL, 'utf8')
      } catch (e) {
        warn(`could not write the job summary: ${(e as Error).message}`)
      }
    },
    async group(name, fn) {
      command('group', name)
      try {
        return await fn()
      } finally {
        write(`::endgroup::${EOL}`)
      }
    },
    secret: (v) => {
      if (v) command('add-mask', v)
    },
    fail(m) {
      process.exitCode = 1
      command('error', m)
    },
  }
}
