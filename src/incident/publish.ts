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

export async function publishIncident(
  gh: GitHub,
  input: IncidentInput,
  s: Pick<Settings, 'issue-labels' | 'environment' | 'issue-assignees'>,
  actor: string,
): Promise<Published> {
  const labels = incidentLabels(s)
  const severity = `severity:${input.severity}`
  const existing = await gh.findOpenIssue(labels)
  let issue: Published
  if (existing) {
    await gh.comment(existing.number, renderIncidentComment(input))
    await gh.ensureLabels([
      {
        name: severity,
        color: COLORS[severity] ?? 'ededed',
        description: 'deploy-guard incident severity',
      },
    ])
    await gh.addLabels(existing.number, [severity])
    issue = { number: existing.number, url: existing.html_url, created: false }
  } else {
    await gh.ensureLabels(
      [...labels, severity].map((name) => ({
        name,
        color: COLORS[name] ?? (name.startsWith('env:') ? '1d76db' : 'd93f0b'),
        description: 'deploy-guard',
      })),
    )
    const assignees = [
      ...new Set(s['issue-assignees'].map((a) => (a === '@actor' ? actor : a.replace(/^@/, '')))),
    ]
    const created = await gh.createIssue({
      title: incidentTitle(input),
      body: renderIncidentBody(input),
      labels: [...labels, severity],
      assignees,
    })
    issue = { number: created.number, url: created.html_url, created: true }
  }
  if (input.rollback.state === 'recovered' && input.previousSha)
    await gh.comment(
      issue.number,
      renderRecoveryComment({
        at: input.rollback.restore?.endedAt ?? input.now,
        sha: input.previousSha,
        environment: input.environment,
        ...(input.rollback.restore ? { restore: input.rollback.restore } : {}),
      }),
    )
  return issue
}
