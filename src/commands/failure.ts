// What a failed release publishes, whichever command found it: roll back first (the flow),
// write to GitHub second, and keep the whole report on disk and in the summary whatever GitHub
// does; then the outputs and the failed step.

import { bestEffort } from '../github/best-effort.js'
import { publishIncident, type Published } from '../incident/publish.js'
import { renderIncidentBody } from '../incident/render.js'
import { evidenceSaid, evidenceSection } from '../incident/render-evidence.js'
import { md } from '../report/markdown.js'
import { writeReport } from '../report/report-file.js'
import { DRY_RUN_EVIDENCE } from '../rollback/evidence.js'
import { ruleSentence } from '../rollback/previous.js'
import { rollBack, type FlowDeps } from '../rollback/flow.js'
import { renderVerifySummary, verdictText, type VerifyReport } from '../verify/report.js'

/** Outputs, report file and summary for a failed release, then the failed step. */
export async function afterFailure(
  failed: VerifyReport,
  sha: string,
  d: FlowDeps,
  deploymentId: number | null,
  startedAt: string | null,
) {
  const { settings: s, runner } = d
  const incident = await rollBack(failed, { deploymentId, startedAt }, sha, d)
  const rolledBack = incident.rollback.state === 'recovered'
  const previousSha = incident.previousSha ?? ''

  const report = (issue: Published | null) =>
    d.redactor.deep({
      command: s.command,
      environment: s.environment,
      failedSha: sha,
      healthy: false,
      severity: incident.severity,
      rolledBack,
      previousSha,
      previousRule: incident.previousRule ?? null,
      rollback: incident.rollback,
      evidence: incident.evidence ?? null,
      timeline: incident.timeline,
      issue,
      verification: failed,
      changes: incident.changes,
      githubRequests: d.gh?.requests ?? 0,
    })
  const name = `deploy-guard-${s.command}-${s.environment}`
  // On disk before the issue is written: whatever GitHub does next, the evidence is kept.
  const file = writeReport(d.reportDir, name, report(null))

  let issue: Published | null = null
  let issueError = ''
  if (!s.issue) issueError = 'issue: false'
  else if (s['dry-run']) issueError = 'dry run'
  else if (!d.gh) issueError = 'no GitHub token or repository'
  else {
    const gh = d.gh
    issue = await bestEffort(runner, 'write the incident issue', () =>
      publishIncident(gh, incident, s, {
        actor: d.ctx.actor,
        runId: d.ctx.runId || 'local',
        runner,
      }),
    )
    if (!issue) issueError = 'GitHub did not accept it'
    else writeReport(d.reportDir, name, report(issue))
  }

  runner.output('healthy', 'false')
  runner.output('severity', incident.severity)
  runner.output('rolled-back', String(rolledBack))
  runner.output('previous-sha', previousSha)
  runner.output('issue-number', issue ? String(issue.number) : '')
  runner.output('issue-url', issue?.url ?? '')
  runner.output('report', file)

  const lines = [renderVerifySummary(failed)]
  // The evidence command's output once: here beside the issue, or in the issue body shown below.
  if (incident.evidence)
    lines.push(
      '### Evidence',
      '',
      issue ? evidenceSection(incident.evidence) : evidenceSaid(incident.evidence),
      '',
    )
  else if (s['evidence-command'].trim() && s['dry-run'])
    lines.push('### Evidence', '', md(DRY_RUN_EVIDENCE), '')
  lines.push(`### Rollback: ${incident.rollback.state}`, '', md(incident.rollback.detail), '')
  // Which rule chose the release rolled back to; a fallback was never verified by deploy-guard.
  if (incident.previousSha && incident.previousRule)
    lines.push(
      `${incident.previousRule === 'fallback' ? '⚠️ ' : ''}Previous release: ${md(ruleSentence({ sha: incident.previousSha, rule: incident.previousRule }))}.`,
      '',
    )
  if (incident.rollback.restore) lines.push(renderVerifySummary(incident.rollback.restore))
  if (issue)
    lines.push(
      `Incident issue: [#${issue.number}](${issue.url}) (${issue.created ? 'opened' : 'updated'})`,
      '',
    )
  else
    lines.push(
      `The incident issue was not written (${md(issueError)}); here it is in full, and in the report file.`,
      '',
      d.redactor.text(renderIncidentBody(incident)),
    )
  await runner.summary(lines.join('\n'))
  const where = issue
    ? ` Incident: ${issue.url}`
    : ` The incident issue was not written (${issueError}); the full report is in the job summary and at ${file}.`
  const sentence = `${verdictText(failed)} Rollback: ${incident.rollback.detail.replace(/\.$/, '')}.${where}`
  // A rollback someone asked for, done and verified, is a success; anything else fails the step.
  if (s.command === 'rollback' && rolledBack) runner.info(sentence)
  else runner.fail(sentence)
}
