// `command: rollback`: the failure branch on demand, for the environment's newest deployment.

import type { Settings } from '../config/inputs.js'
import type { Deployment, GitHub } from '../github/client.js'
import { bestEffort } from '../github/best-effort.js'
import type { Runner } from '../runner/runner.js'
import { afterFailure } from './failure.js'
import { failedWithoutProbing, flowDeps, type StepIO } from './context.js'

/** `command: rollback`: the failure branch on demand, for the newest deployment of the environment. */
export async function rollbackCommand(s: Settings, io: StepIO): Promise<void> {
  const d = flowDeps(s, io, false)
  let sha = d.ctx.sha
  let deploymentId: number | null = null
  let startedAt: string | null = null
  if (d.gh) {
    const gh = d.gh
    const recent =
      (await bestEffort(io.runner, 'list deployments', () =>
        gh.deployments(s.environment, { perPage: 5 }),
      )) ?? []
    const latest = await notThisRun(gh, recent, d.ctx.runUrl, io.runner)
    d.ownDeployments = recent
      .slice(0, latest ? recent.indexOf(latest) : recent.length)
      .map((x) => x.id)
    if (latest) ({ sha, id: deploymentId, created_at: startedAt } = latest)
  }
  const reason = `@${d.ctx.actor} requested a rollback: ${s['override-reason'] || 'on demand'}`
  await afterFailure(failedWithoutProbing(d, sha, reason), sha, d, deploymentId, startedAt)
}

/**
 * The newest deployment that is not this job's own. A rollback job with `environment:` gets a
 * deployment of its own commit from GitHub, newer than the release it is meant to roll back:
 * its statuses link to this run and it is still under way (an earlier step's deploy has ended).
 */
async function notThisRun(
  gh: GitHub,
  recent: Deployment[],
  runUrl: string,
  runner: Runner,
): Promise<Deployment | undefined> {
  if (!runUrl) return recent[0]
  const ours = (u?: string) => !!u && (u === runUrl || u.startsWith(`${runUrl}/`))
  for (const dep of recent) {
    // newest first, as GitHub lists them
    const statuses =
      (await bestEffort(runner, 'read deployment statuses', () => gh.statuses(dep.id, 5))) ?? []
    const running = ['queued', 'pending', 'in_progress'].includes(statuses[0]?.state ?? '')
    if (!(running && statuses.some((st) => ours(st.log_url) || ours(st.target_url)))) return dep
  }
  return undefined
}
