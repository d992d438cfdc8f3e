// The GitHub client for a run, from its settings and environment: the one place that turns the
// token, the API URL and the runner's variables into a client. Kept apart from the commands so
// the incident lock of `window` loads only this and the lock (see main.ts).

import type { Settings } from '../config/inputs.js'
import type { Runner } from '../runner/runner.js'
import { GitHub } from './client.js'
import type { RunContext } from './context.js'

function msFromEnv<K extends string>(
  value: string | undefined,
  key: K,
): Partial<Record<K, number>> {
  const ms = Number(value ?? '')
  return value && Number.isFinite(ms) && ms >= 0 ? ({ [key]: ms } as Record<K, number>) : {}
}

/** The GitHub client for this run, or null when there is no token or repository. */
export function github(
  s: Settings,
  ctx: RunContext,
  io: {
    runner: Runner
    env: Record<string, string | undefined>
    signal?: AbortSignal
  },
): GitHub | null {
  if (!s['github-token'] || !ctx.repo) return null
  return new GitHub({
    token: s['github-token'],
    baseUrl: ctx.apiUrl,
    repo: ctx.repo,
    // Tests run GitHub's seconds as milliseconds; nobody sets these on a runner.
    ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_PACE_MS, 'paceMs'),
    ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_ATTEMPT_TIMEOUT_MS, 'attemptTimeoutMs'),
    ...msFromEnv(io.env.DEPLOY_GUARD_GITHUB_CALL_TIMEOUT_MS, 'callTimeoutMs'),
    env: io.env,
    log: (m) => io.runner.info(m),
    // Shown when the step runs with debug logging (ACTIONS_STEP_DEBUG), as github-script does.
    debug: (m: string) => io.runner.debug(m),
    ...(io.signal ? { signal: io.signal } : {}),
  })
}
