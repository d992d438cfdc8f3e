// Which release to go back to, found from the Deployments API: the newest deployment for the
// environment, older than the one being verified, that succeeded and that deploy-guard has not
// marked as failed. One page of deployments, so the cost does not grow with history.

import type { Deployment, DeploymentStatus, GitHub } from '../github/client.js'

/** deploy-guard's own failure statuses start with this, so discovery can skip them. */
export const FAILED_MARK = 'deploy-guard: failed verification'

export interface Discovery {
  previous: { sha: string; ref: string; deploymentId: number | null } | null
  /** A deployment for the environment that started after the one being verified. */
  newer: Deployment | null
  /** Why there is no previous release, for people. */
  note: string
}

/** At most this many older deployments have their statuses read. */
const CANDIDATES = 10

export function isGood(statuses: DeploymentStatus[]): boolean {
  const marked = statuses.some(
    (s) => (s.state === 'failure' || s.state === 'error') && s.description?.startsWith(FAILED_MARK),
  )
  return !marked && statuses.some((s) => s.state === 'success')
}

export async function discoverPrevious(
  gh: GitHub,
  environment: string,
  current: { sha: string; deploymentId: number | null; ignore?: number[] },
): Promise<Discovery> {
  const ignore = new Set(current.ignore ?? [])
  const list = (await gh.deployments(environment)).filter((d) => !ignore.has(d.id))
  const at =
    current.deploymentId !== null
      ? list.findIndex((d) => d.id === current.deploymentId)
      : list.findIndex((d) => d.sha === current.sha)
  const mine = at >= 0 ? list[at]! : null
  // Creation times have whole seconds, so two runs in one second tie: ids break the tie (GitHub
  // hands them out in order). When this run's deployment is past the first page, ids alone
  // tell older from newer, so a release deployed later is never taken for the previous one.
  const after = (d: Deployment): boolean =>
    mine
      ? d.created_at > mine.created_at || (d.created_at === mine.created_at && d.id > mine.id)
      : current.deploymentId !== null && d.id > current.deploymentId
  const newer = list.find((d) => d.sha !== current.sha && after(d)) ?? null
  const older =
    at >= 0
      ? list.slice(at + 1)
      : current.deploymentId !== null
        ? list.filter((d) => d.id < current.deploymentId!)
        : list
  let checked = 0
  for (const d of older) {
    if (d.sha === current.sha) continue
    if (checked++ >= CANDIDATES) break
    if (isGood(await gh.statuses(d.id)))
      return { previous: { sha: d.sha, ref: d.ref, deploymentId: d.id }, newer, note: '' }
  }
  const note =
    older.length === 0
      ? `no earlier deployment to ${environment} is recorded: this looks like the first deploy, so there is nothing to roll back to`
      : `none of the ${Math.min(older.length, CANDIDATES)} earlier deployments to ${environment} succeeded`
  return { previous: null, newer, note }
}
