// Writes the incident to GitHub: comment on the open incident issue for the environment if there
// is one (found by labels through the issues list API, which is consistent, unlike search),
// else open one with its labels and assignees; then say when the rollback was verified.

import type { Settings } from '../config/inputs.js'
import type { GitHub, Issue } from '../github/client.js'
import {
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

/** The labels that find an environment's incident issue (severity may change, so it is not one). */
export function incidentLabels(s: Pick<Settings, 'issue-labels' | 'environment'>): string[] {
  return [...new Set([...s['issue-labels'], `env:${s.environment}`])]
}

const COLORS: Record<string, string> = { 'severity:P1': 'b60205', 'severity:P2': 'fbca04' }

export async function findIncident(
  gh: GitHub,
  s: Pick<Settings, 'issue-labels' | 'environment'>,
): Promise<Issue | null> {
  return gh.findOpenIssue(incidentLabels(s))
}

/**
 * Writes the incident. Only the issue itself (or the update on the open one) is required; the
 * lookup, labels and the recovery comment are best effort, each failure said through `warn`,
 * so a GitHub fault on a side call never costs responders the issue.
 */
export async function publishIncident(
  gh: GitHub,
  input: IncidentInput,
  s: Pick<Settings, 'issue-labels' | 'environment' | 'issue-assignees'>,
  actor: string,
  warn: (message: string) => void = () => {},
): Promise<Published> {
  const labels = incidentLabels(s)
  const severity = `severity:${input.severity}`
  const attempt = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn()
    } catch (e) {
      warn(`GitHub: could not ${what}: ${(e as Error).message}`)
    }
  }
  let existing: Issue | null = null
  try {
    existing = await gh.findOpenIssue(labels)
  } catch (e) {
    // A second issue can be closed as a duplicate; a lost one cannot be found at 2am.
    warn(
      `GitHub: could not look for an open incident issue (${(e as Error).message}); opening a new one`,
    )
  }
  let issue: Published
  if (existing) {
    await gh.comment(existing.number, renderIncidentComment(input))
    await attempt('label the incident issue', async () => {
      await gh.ensureLabels([
        {
          name: severity,
          color: COLORS[severity] ?? 'ededed',
          description: 'deploy-guard incident severity',
        },
      ])
      await gh.addLabels(existing.number, [severity])
    })
    issue = { number: existing.number, url: existing.html_url, created: false }
  } else {
    // Only for their colours: GitHub creates missing labels itself when the issue names them.
    await attempt('create the labels', () =>
      gh.ensureLabels(
        [...labels, severity].map((name) => ({
          name,
          color: COLORS[name] ?? (name.startsWith('env:') ? '1d76db' : 'd93f0b'),
          description: 'deploy-guard',
        })),
      ),
    )
    const assignees = [
      ...new Set(s['issue-assignees'].map((a) => (a === '@actor' ? actor : a.replace(/^@/, '')))),
    ]
    const fields = { title: incidentTitle(input), body: renderIncidentBody(input) }
    let created: Issue
    try {
      created = await gh.createIssue({ ...fields, labels: [...labels, severity], assignees })
    } catch (e) {
      // GitHub answers 422 when an assignee cannot be assigned: the issue matters more. The
      // labels stay, as the next run and the window lock find the issue by them.
      if ((e as { status?: number }).status !== 422 || assignees.length === 0) throw e
      warn(
        `GitHub refused the issue with its assignees (${(e as Error).message}); opening it without them`,
      )
      created = await gh.createIssue({ ...fields, labels: [...labels, severity], assignees: [] })
    }
    issue = { number: created.number, url: created.html_url, created: true }
  }
  if (input.rollback.state === 'recovered' && input.previousSha) {
    const previousSha = input.previousSha
    await attempt(`comment on #${issue.number} that the rollback recovered`, () =>
      gh.comment(
        issue.number,
        renderRecoveryComment({
          at: input.rollback.restore?.endedAt ?? input.now,
          sha: previousSha,
          environment: input.environment,
          ...(input.rollback.restore ? { restore: input.rollback.restore } : {}),
        }),
      ),
    )
  }
  return issue
}
