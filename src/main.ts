// Wires the runner to the commands: read and validate every input, then run one command.
// Nothing here decides anything. `run()` takes no arguments, as in actions/typescript-action,
// so GitHub's @github/local-action can run this file as it is; `runWith` is the same with the
// runner, environment, clock and cancellation handed in.

import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from './config/errors.js'
import { checkInputs } from './config/check.js'
import type { Settings } from './config/inputs.js'
import { createActionsRunner, type Runner } from './runner/runner.js'
import type { WindowIO } from './commands/window.js'

export interface Context {
  runner: Runner
  env: Record<string, string | undefined>
  now: () => number
  signal?: AbortSignal
}

/**
 * The incident lock for `window`: an open incident issue for the environment closes it. Loaded
 * only when it can apply, so a window check without a token pays nothing for the GitHub client.
 */
async function lockLookup(
  s: Settings,
  ctx: Context,
): Promise<Pick<WindowIO, 'findIncident' | 'recordOverride'>> {
  if (!s['lock-on-incident'] || !s['github-token'] || !ctx.env.GITHUB_REPOSITORY) return {}
  const { github } = await import('./github/connect.js')
  const { findIncident } = await import('./incident/lock.js')
  const { runContext } = await import('./github/context.js')
  const gh = github(s, runContext(ctx.env), ctx)
  if (!gh) return {}
  const { bestEffort } = await import('./github/best-effort.js')
  return {
    // Failing closed would block every deploy during a GitHub outage: say so and go on.
    findIncident: async () => {
      const issue = await bestEffort(ctx.runner, 'check for an open incident issue', () =>
        findIncident(gh, s),
      )
      return issue ? { number: issue.number, url: issue.html_url, title: issue.title } : null
    },
    recordOverride: async (lock, text) => {
      if (s['dry-run']) return
      const { clip, md } = await import('./report/markdown.js')
      await bestEffort(ctx.runner, `record the override on incident #${lock.number}`, () =>
        gh.comment(lock.number, md(clip(text, 10_000))),
      )
    },
  }
}

/** The action on a runner: @actions/core, the process environment, the wall clock. */
export async function run(): Promise<void> {
  // A cancelled workflow gets SIGINT, then SIGTERM: stop probing and the rollback command's
  // process group, then write what there is instead of dying mid-way.
  const cancel = new AbortController()
  for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => cancel.abort())
  await runWith({
    runner: createActionsRunner(),
    env: process.env,
    now: Date.now,
    signal: cancel.signal,
  })
}

export async function runWith(ctx: Context): Promise<void> {
  const { runner, env } = ctx
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    // Every input, and every YAML document but window's own policy, before anything changes.
    const { settings } = await checkInputs((name) => runner.input(name), workspace, env, true)
    if (settings['github-token']) runner.secret(settings['github-token'])
    const io = {
      runner,
      env,
      now: ctx.now,
      workspace,
      actor: env.GITHUB_ACTOR || 'unknown',
      reportDir: join(env.RUNNER_TEMP || tmpdir(), 'deploy-guard'),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    }
    // Each command loads only its own code: a window decision should not pay for an HTTP
    // client or the GitHub API (see README, Performance).
    switch (settings.command) {
      case 'window': {
        const { windowCommand } = await import('./commands/window.js')
        await windowCommand(settings, { ...io, ...(await lockLookup(settings, ctx)) })
        return
      }
      case 'verify':
        await (await import('./commands/verify.js')).verifyCommand(settings, io)
        return
      case 'rollback':
        await (await import('./commands/rollback.js')).rollbackCommand(settings, io)
        return
      case 'deploy': {
        const { windowCommand } = await import('./commands/window.js')
        const lock = await lockLookup(settings, ctx)
        const { deployCommand } = await import('./commands/deploy.js')
        await deployCommand(
          settings,
          io,
          async () => (await windowCommand(settings, { ...io, ...lock })).proceed,
        )
        return
      }
    }
  } catch (e) {
    if (e instanceof InputError) {
      // A field of a policy or probes file: an error annotation on its line as well.
      for (const p of e.problems)
        if (p.file)
          runner.error(`${p.path}: ${p.message}`, {
            file: p.file,
            ...(p.line ? { startLine: p.line } : {}),
            title: `deploy-guard: invalid ${p.path.split(/[.[]/)[0]}`,
          })
      runner.fail(`deploy-guard: invalid input, nothing was done.\n${e.message}`)
    } else runner.fail(`deploy-guard failed: ${(e as Error).stack ?? String(e)}`)
  }
}
