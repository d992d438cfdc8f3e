// Wires the runner to the commands: read and validate every input, then run one command.
// Nothing here decides anything.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from './config/errors.js'
import { readSettings } from './config/inputs.js'
import type { Runner } from './runner/runner.js'

export interface Context {
  runner: Runner
  env: Record<string, string | undefined>
  now: () => number
}

export async function run(ctx: Context): Promise<void> {
  const { runner, env } = ctx
  try {
    const settings = readSettings((name) => runner.input(name))
    if (settings['github-token']) runner.secret(settings['github-token'])
    const io = {
      runner,
      now: ctx.now,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      actor: env.GITHUB_ACTOR || 'unknown',
      reportDir: join(env.RUNNER_TEMP || tmpdir(), 'deploy-guard'),
    }
    switch (settings.command) {
      // Each command loads only its own code: a window decision should not pay for an HTTP
      // client or the GitHub API (see README, Performance).
      case 'window':
        await (await import('./window/command.js')).windowCommand(settings, io)
        return
      case 'verify':
        await (await import('./verify/command.js')).verifyCommand(settings, io)
        return
      default:
        runner.fail(
          `command "${settings.command}" is not available in this version of deploy-guard yet`,
        )
    }
  } catch (e) {
    if (e instanceof InputError)
      runner.fail(`deploy-guard: invalid input, nothing was done.\n${e.message}`)
    else runner.fail(`deploy-guard failed: ${(e as Error).stack ?? String(e)}`)
  }
}
