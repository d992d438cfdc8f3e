// The incident lock: the labels that scope an environment's incident issue, and the lookup of
// the open one (the `window` command's lock and the failure branch share them). Small on
// purpose: `window` loads this and the GitHub client, nothing that renders or rolls back.

import type { Settings } from '../config/inputs.js'
import type { GitHub, Issue } from '../github/client.js'

/** GitHub's limit for a label's name (https://docs.github.com/en/rest/issues/labels). */
export const LABEL_LIMIT = 50

/**
 * The label that scopes incidents to an environment. Environment names are case-insensitive on
 * GitHub, so the label is lower case; one longer than GitHub's 50 characters keeps its start
 * and ends in a hash of the whole name, so two long names never share a label.
 */
export function environmentLabel(environment: string): string {
  const label = `env:${environment.toLowerCase()}`
  if (label.length <= LABEL_LIMIT) return label
  let h = 0x811c9dc5 // FNV-1a: short, stable, and enough to tell environments apart
  for (const ch of environment.toLowerCase()) {
    h ^= ch.codePointAt(0)!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  const hash = h.toString(16).padStart(8, '0')
  return `${Array.from(label)
    .slice(0, LABEL_LIMIT - 9)
    .join('')}~${hash}`
}

/** The labels that find an environment's incident issue (severity may change, so it is not one). */
export function incidentLabels(s: Pick<Settings, 'issue-labels' | 'environment'>): string[] {
  return [...new Set([...s['issue-labels'], environmentLabel(s.environment)])]
}

export async function findIncident(
  gh: GitHub,
  s: Pick<Settings, 'issue-labels' | 'environment'>,
): Promise<Issue | null> {
  return gh.findOpenIssue(incidentLabels(s))
}
