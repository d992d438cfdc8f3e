// This run's record on GitHub's Deployments API: the deployment of the release being verified
// (found or created) and the statuses deploy-guard writes on it. Every call is best effort: a
// GitHub fault is warned about and never stops verification or a rollback. What the statuses
// mean is decided in src/rollback/plan.ts; this file only asks and writes.

import type { Settings } from '../config/inputs.js'
import { earlierFailure, ownDeployment } from '../rollback/plan.js'
import type { Runner } from '../runner/runner.js'
import { bestEffort } from './best-effort.js'
import type { GitHub } from './client.js'
import type { RunContext } from './context.js'

export interface DeploymentDeps {
  /** Null without a token or repository: nothing is read or written. */
  gh: GitHub | null
  settings: Pick<Settings, 'environment' | 'dry-run'>
  runner: Pick<Runner, 'warning'>
  ctx: Pick<RunContext, 'runId' | 'runAttempt' | 'runUrl'>
}

export interface Tracking {
  deploymentId: number | null
  /** When the deploy started, if GitHub knows. */
  startedAt: string | null
  /** An earlier attempt of this run marked the release failed: its status description. */
  failedBefore?: string | null
}

/** The key in the payload of a deployment deploy-guard creates for this run and purpose. */
export function deploymentKey(
  d: { ctx: Pick<RunContext, 'runId'>; settings: Pick<Settings, 'environment'> },
  purpose: string,
): string {
  return `${purpose}:${d.ctx.runId || 'local'}:${d.settings.environment.toLowerCase()}`
}

/**
 * The deployment for this SHA and environment (a job with `environment:` gets one from GitHub,
 * already in progress), else a new one. No `in_progress` status is written: the job's own
 * deployment has it, and the verdict's status follows within the soak (one request fewer).
 * Runs alongside the first probe round, so GitHub's pacing of writes never delays detection.
 * On a rerun of the job (attempt 2 and later) it also says whether an earlier attempt already
 * marked the release failed, so the rerun finishes that story instead of verifying the
 * restored release and calling the bad one healthy.
 */
export async function trackDeployment(d: DeploymentDeps, sha: string): Promise<Tracking> {
  const { gh, settings, runner } = d
  const none: Tracking = { deploymentId: null, startedAt: null, failedBefore: null }
  if (!gh || !sha) return none
  const found = await bestEffort(runner, 'list deployments', () =>
    gh.deployments(settings.environment, { perPage: 30 }),
  )
  // A failed listing is no proof there is none: creating one then could make a second.
  let dep = found ? ownDeployment(found, sha, settings.environment) : null
  if (!dep && !settings['dry-run'] && found !== null)
    dep = await bestEffort(runner, 'record the deployment', () =>
      gh.createDeployment({
        sha,
        environment: settings.environment,
        description: 'recorded by deploy-guard for verification',
        payload: {},
        key: deploymentKey(d, 'verify'),
      }),
    )
  if (!dep) return none
  let failedBefore: string | null = null
  if (d.ctx.runAttempt > 1) {
    const id = dep.id
    const statuses = await bestEffort(runner, 'read the deployment statuses', () => gh.statuses(id))
    failedBefore = earlierFailure(statuses ?? [])
  }
  return { deploymentId: dep.id, startedAt: dep.created_at, failedBefore }
}

/** Writes a status on the tracked deployment; nothing without one, or in a dry run. */
export async function markDeployment(
  d: DeploymentDeps,
  t: Tracking,
  state: 'success' | 'failure' | 'error' | 'inactive',
  description: string,
): Promise<void> {
  if (!d.gh || t.deploymentId === null || d.settings['dry-run']) return
  const gh = d.gh
  const id = t.deploymentId
  await bestEffort(d.runner, `set the deployment to ${state}`, () =>
    gh.setStatus(id, { state, description, logUrl: d.ctx.runUrl }),
  )
}
