// What the incident issue says about a fan-in's vantages: a section with each vantage's
// verdict, and for a regional problem (fewer failing vantages than the quorum) the words that
// replace "the release failed": the release stays, a network path or region is the suspect.

import { vantagesMarkdown } from '../verify/vantages-render.js'
import { clip } from '../report/markdown.js'
import { shaCode, untrusted, when } from './render-parts.js'
import type { IncidentInput } from './types.js'

/** The Vantages section (`level` is its heading's), or nothing for a single vantage. */
export function vantagesPart(i: IncidentInput, level: string): string[] {
  return i.vantages ? [`${level} Vantages`, vantagesMarkdown(i.vantages)] : []
}

export const isRegional = (i: IncidentInput) => i.vantages?.scope === 'regional'

const failingNames = (i: IncidentInput) =>
  (i.vantages?.rows ?? []).filter((r) => r.verdict === 'failing').map((r) => r.vantage)

/** The title for a regional problem, one line of plain text. */
export function regionalTitle(env: string, sha: string, i: IncidentInput): string {
  const names = failingNames(i)
  const from = names.length > 3 ? `${names.slice(0, 3).join(', ')} and more` : names.join(', ')
  return `Regional: ${env} fails from ${clip(from, 120)} after ${sha}, not rolled back`
}

/** The Summary's opening and state for a regional problem. */
export function regionalSummary(i: IncidentInput, since: string): string {
  const v = i.vantages!
  const names = failingNames(i).map((n) => untrusted(n, 64))
  return [
    `**${untrusted(i.environment, 100)}** fails from ${names.join(', ')} (${v.failingCount} of ${v.counted} vantages) since ${when(since)}, after release ${shaCode(i.failedSha)} was deployed; the other vantages see it healthy.`,
    `Fewer vantages than the quorum of ${v.needed} saw it fail, so deploy-guard treats this as a regional problem (a network path, a region, a CDN edge or DNS), not the release: nothing was rolled back.`,
    `**Current state: release ${shaCode(i.failedSha)} serves; check the failing vantages' path to the service.** If the release is at fault after all, roll back with \`command: rollback\`.`,
  ].join(' ')
}

/** The Severity line's reason for a regional problem. */
export function regionalSeverity(i: IncidentInput): string {
  const v = i.vantages!
  return `**${i.severity}**: regional: ${v.failingCount} of ${v.counted} vantages saw the release fail, fewer than the quorum of ${v.needed}; the table below has each one.`
}
