// The runner as the commands see it. Commands take this interface, so tests hand them a
// recording fake and the CLI a terminal; on a runner it is @actions/core (the card's toolkit),
// so GitHub's own tools that stub @actions/core (@github/local-action) see every input, output,
// annotation and summary the action writes.

import * as core from '@actions/core'
import type { InputName } from '../config/inputs.js'
import type { OutputName } from '../constants.js'
import { commandSafeLines } from '../report/log-text.js'
import { guardRunner } from './guard.js'

/** Where an annotation points: a file of the repository and a line in it. */
export interface Annotation {
  file?: string
  startLine?: number
  title?: string
}

export interface Runner {
  input(name: InputName): string
  output(name: OutputName, value: string): void
  info(message: string): void
  /** Only shown when the step runs with debug logging (ACTIONS_STEP_DEBUG). */
  debug(message: string): void
  warning(message: string, where?: Annotation): void
  /** Appends markdown to the job summary; never throws (a summary is not worth a failed deploy). */
  summary(markdown: string): Promise<void>
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  secret(value: string): void
  /** An error annotation that does not end the step by itself. */
  error(message: string, where?: Annotation): void
  /** Fails the step with this message. */
  fail(message: string): void
}

export function createActionsRunner(): Runner {
  return guardRunner({
    input: (name) => core.getInput(name),
    output: (name, value) => core.setOutput(name, value),
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m, where) => core.warning(m, where ?? {}),
    async summary(markdown) {
      try {
        if (!process.env.GITHUB_STEP_SUMMARY) return // outside a runner (a local run)
        await core.summary.addRaw(markdown, !markdown.endsWith('\n')).write()
      } catch (e) {
        core.warning(commandSafeLines(`could not write the job summary: ${(e as Error).message}`))
      }
    },
    group: (name, fn) => core.group(name, fn),
    secret: (v) => {
      if (v) core.setSecret(v)
    },
    error: (m, where) => core.error(m, where ?? {}),
    fail: (m) => core.setFailed(m),
  })
}
