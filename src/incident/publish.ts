// Writes the incident to GitHub: comment on the open incident issue for the environment if there
// is one (found by labels through the issues list API, which is consistent, unlike search),
// else open one with its labels and assignees. Each write carries a hidden mark of this run and
// environment, so a write whose answer was lost, or a rerun of the job, finds it instead of
// writing a second one (SPEC: one issue and one comment of each kind per failed run).

import type { Settings } from '../config/inputs.js'
import { bestEffort } from '../github/best-effort.js'
import { answered, type GitHub, type Issue } from '../github/client.js'
import type { Runner } from '../runner/runner.js'
import { incidentLabels } from './lock.js'
import {
  ISSUE_LIMIT,
  incidentTitle,
  renderIncidentBody,
  renderIncidentComment,
  renderRecoveryComment,
} from './render.js'
import type { IncidentInput } from './types.js'

export interface Published {
  number: number
  url: string
  created: boolean
}

/** The hidden line that identifies what one run wrote for one environment. */
export function runMark(kind: 'incident' | 'update' | 'recovery', runId: string, env: string) {
  // An HTML comment: invisible on GitHub; the environment is encoded so it cannot close it.
  return `<!-- deploy-guard:${kind} run=${runId} env=${encodeURIComponent(env.toLowerCase())} -->`
}

export interface PublishContext {
  actor: string
  /** The run's id: a rerun of a job keeps it, so what its first attempt wrote is found. */
  runId: string
  /** Where the side calls' failures are said; nowhere when absent. */
  runner?: Pick<Runner, 'warning'>
}

/**
 * Writes the incident. Only the issue itself (or the update on the open one) is required; the
 * lookup, the severity label and the recovery note are best effort, each failure said as a
 * warning, so a GitHub fault on a side call never costs responders the issue.
 */
export async function publishIncident(
  gh: GitHub,
  input: IncidentInput,
  s: Pick<Settings, 'issue-labels' | 'environment' | 'issue-assignees'>,
  p: PublishContext,
): Promise<Published> {
  const runner = p.runner ?? { warning: () => {} }
  const labels = incidentLabels(s)
  const severity = `severity:${input.severity}`
  const mark = (kind: 'incident' | 'update' | 'recovery') => runMark(kind, p.runId, s.environment)
  const recovered = input.rollback.state === 'recovered' && !!input.previousSha
  let existing: Issue | null = null
  try {
    existing = await gh.findOpenIssue(labels)
  } catch (e) {
    // A second issue can be closed as a duplicate; a lost one cannot be found at 2am.
    runner.warning(
      `GitHub: could not look for an open incident issue (${(e as Error).message}); opening a new one`,
    )
  }
  if (existing) {
    const ours = !!existing.body?.includes(mark('incident'))
    // This run opened it (a rerun of the job after a crash): only the end of the story is new.
    if (ours) {
      if (recovered) await recoveryNote(gh, existing.number, input, mark('recovery'), runner)
      return { number: existing.number, url: existing.html_url, created: false }
    }
    const note = recovered ? `\n\n${recoveryText(input)}` : ''
    const tail = `${note}\n\n${mark('update')}`
    const update = renderIncidentComment(input, ISSUE_LIMIT - [...tail].length)
    await gh.comment(existing.number, `${update}${tail}`, mark('update'))
    await bestEffort(runner, 'label the incident issue', () =>
      gh.addLabels(existing.number, [severity]),
    )
    return { number: existing.number, url: existing.html_url, created: false }
  }
  const assignees = [
    ...new Set(s['issue-assignees'].map((a) => (a === '@actor' ? p.actor : a.replace(/^@/, '')))),
  ]
  // The body says the release was put back and passed its checks: no separate recovery comment.
  const marker = mark('incident')
  const fields = {
    title: incidentTitle(input),
    body: `${renderIncidentBody(input, ISSUE_LIMIT - marker.length - 2)}\n\n${marker}`,
    labels: [...labels, severity],
    marker,
  }
  let created: Issue
  try {
    created = await gh.createIssue({ ...fields, assignees })
  } catch (e) {
    // GitHub answers 422 when an assignee cannot be assigned: the issue matters more. It names
    // the login it refused; the others stay.
    if (!answered(e) || e.status !== 422 || assignees.length === 0) throw e
    const refused = refusedLogins(e)
    const kept = refused.length ? assignees.filter((a) => !refused.includes(a)) : []
    runner.warning(
      `GitHub refused ${refused.length ? refused.map((r) => `@${r}`).join(', ') : 'the assignees'} as assignee (${e.message}); opening the issue ${kept.length ? `with ${kept.map((k) => `@${k}`).join(', ')}` : 'without assignees'}`,
    )
    created = await gh.createIssue({ ...fields, assignees: kept })
  }
  return { number: created.number, url: created.html_url, created: true }
}

/** The logins a 422 names in its `errors` (`{field: "assignees", value: "login"}`). */
function refusedLogins(e: { response?: { data?: unknown } }): string[] {
  const data = e.response?.data as { errors?: { field?: string; value?: unknown }[] } | undefined
  return (data?.errors ?? [])
    .filter((x) => x.field === 'assignees' && typeof x.value === 'string')
    .map((x) => x.value as string)
}

function recoveryText(input: IncidentInput): string {
  return renderRecoveryComment({
    at: input.rollback.restore?.endedAt ?? input.now,
    sha: input.previousSha!,
    environment: input.environment,
    ...(input.rollback.restore ? { restore: input.rollback.restore } : {}),
  })
}

async function recoveryNote(
  gh: GitHub,
  issue: number,
  input: IncidentInput,
  marker: string,
  runner: Pick<Runner, 'warning'>,
) {
  await bestEffort(runner, `comment on #${issue} that the rollback recovered`, async () => {
    const already = (await gh.comments(issue)).some((c) => c.body?.includes(marker))
    if (!already) await gh.comment(issue, `${recoveryText(input)}\n\n${marker}`, marker)
  })
}
