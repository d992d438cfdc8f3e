// The job summary of a failed release, as data in and markdown out: the failed verification,
// the rollback, the restored release's verification, and the incident issue (a link, or the
// whole issue when it could not be written). Fitted under GitHub's limit for one step's summary:
// the verifications share what the rest leaves, the restored one at most a third.

import type { Published } from '../incident/publish.js'
import { renderIncidentBody } from '../incident/render.js'
import { evidenceSaid, evidenceSection } from '../incident/render-evidence.js'
import type { IncidentInput } from '../incident/types.js'
import { clip, link, md } from '../report/markdown.js'
import { fitSummary, summarySize, VERIFY_SUMMARY_BUDGET } from '../report/summary-size.js'
import { DRY_RUN_EVIDENCE } from '../rollback/evidence.js'
import { ruleSentence } from '../rollback/previous.js'
import { renderVerifySummary, type VerifyReport } from '../verify/report.js'
import { vantagesMarkdown } from '../verify/vantages-render.js'

export interface FailureSummary {
  failed: VerifyReport
  incident: IncidentInput
  /** The issue written, or null with why not. */
  issue: Published | null
  issueError: string
  /** Scrubs secrets from the issue body, which is not a report and was not redacted. */
  redact: (text: string) => string
  /** An evidence command was configured but not run (dry run): say so. */
  dryRunEvidence?: boolean
}

export function failureSummary(f: FailureSummary, budget = VERIFY_SUMMARY_BUDGET): string {
  const { incident, issue } = f
  // The evidence command's output once: here beside the issue link, or in the issue body shown
  // in full below.
  const evidence = incident.evidence
    ? [
        '### Evidence',
        '',
        issue ? evidenceSection(incident.evidence) : evidenceSaid(incident.evidence),
        '',
      ]
    : f.dryRunEvidence
      ? ['### Evidence', '', md(DRY_RUN_EVIDENCE), '']
      : []
  // A fan-in's verdict is the vantages': the table comes before the rollback it led to.
  const vantages = incident.vantages
    ? ['### Vantages', '', vantagesMarkdown(incident.vantages), '']
    : []
  const rollback = [
    ...vantages,
    ...evidence,
    `### Rollback: ${incident.rollback.state}`,
    '',
    md(clip(incident.rollback.detail, 2000)),
    '',
  ]
  // Which rule chose the release rolled back to; a fallback was never verified by deploy-guard.
  if (incident.previousSha && incident.previousRule)
    rollback.push(
      `${incident.previousRule === 'fallback' ? '⚠️ ' : ''}Previous release: ${md(ruleSentence({ sha: incident.previousSha, rule: incident.previousRule }))}.`,
      '',
    )
  const after = issue
    ? [
        `Incident issue: ${link(`#${issue.number}`, issue.url)} (${issue.created ? 'opened' : 'updated'})`,
        '',
      ]
    : [
        `The incident issue was not written (${md(f.issueError)}); here it is in full, and in the report file.`,
        '',
        f.redact(renderIncidentBody(incident)),
      ]
  const fixed = summarySize([...rollback, ...after].join('\n')) + 16
  const restored = incident.rollback.restore
    ? renderVerifySummary(incident.rollback.restore, Math.floor((budget - fixed) / 3))
    : null
  const failed = renderVerifySummary(
    f.failed,
    budget - fixed - (restored ? summarySize(restored) : 0),
  )
  const lines = [failed, ...rollback, ...(restored ? [restored] : []), ...after]
  return fitSummary(lines.join('\n'), budget)
}
