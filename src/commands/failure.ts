// What a failed release publishes, whichever command found it: roll back first (the flow),
// write to GitHub second, and keep the whole report on disk and in the summary whatever GitHub
// does; then the outputs and the failed step.

import { bestEffort } from '../github/best-effort.js'
import { publishIncident, type Published } from '../incident/publish.js'
import { writeReport } from '../report/report-file.js'
import { rollBack, type FlowDeps } from '../rollback/flow.js'
import { verdictText, type VerifyReport } from '../verify/report.js'
import type { Scope, VantageView } from '../verify/vantages.js'
import type { Tracking } from '../github/deployments.js'
import { short } from '../github/context.js'
import { failedWithoutProbing } from './context.js'
import { failureSummary } from './failure-summary.js'

/** Outputs, report file and summary for a failed release, then the failed step. */
export async function afterFailure(
  failed: VerifyReport,
  sha: string,
  d: FlowDeps,
  deploymentId: number | null,
  startedAt: string | null,
  /** A fan-in's vantages: the scope they give, and the table the summary and issue show. */
  vantages?: VantageView,
) {
  const { settings: s, runner } = d
  const rolled = await rollBack(failed, { deploymentId, startedAt }, sha, d)
  const incident = vantages ? { ...rolled, vantages } : rolled
  // A single verify is one vantage (SPEC); a rollback on demand measured nothing.
  const scope: Scope | '' = vantages?.scope ?? (s.command === 'rollback' ? '' : 'everywhere')
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
      scope,
      previousSha,
      previousRule: incident.previousRule ?? null,
      rollback: incident.rollback,
      evidence: incident.evidence ?? null,
      timeline: incident.timeline,
      issue,
      verification: failed,
      ...(vantages ? { vantages } : {}),
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
  runner.output('scope', scope)
  runner.output('previous-sha', previousSha)
  runner.output('issue-number', issue ? String(issue.number) : '')
  runner.output('issue-url', issue?.url ?? '')
  runner.output('report', file)

  await runner.summary(
    failureSummary({
      failed,
      incident,
      issue,
      issueError,
      redact: (t) => d.redactor.text(t),
      dryRunEvidence: s['evidence-command'].trim() !== '' && s['dry-run'],
    }),
  )
  const where = issue
    ? ` Incident: ${issue.url}`
    : ` The incident issue was not written (${issueError}); the full report is in the job summary and at ${file}.`
  const sentence = `${verdictText(failed)} Rollback: ${incident.rollback.detail.replace(/\.$/, '')}.${where}`
  // A rollback someone asked for, done and verified, is a success; anything else fails the step.
  if (s.command === 'rollback' && rolledBack) runner.info(sentence)
  else runner.fail(sentence)
}

/**
 * A rerun of the job (attempt 2 and later) whose first attempt already marked the release
 * failed finishes that story (rollback, issue) instead of judging again: judging now could
 * call the restored release's health the bad release's. True when it did.
 */
export async function finishEarlierFailure(
  d: FlowDeps,
  sha: string,
  t: Tracking,
  instead: string,
): Promise<boolean> {
  if (d.ctx.runAttempt <= 1 || !t.failedBefore) return false
  const why = `an earlier attempt of this run marked ${sha ? short(sha) : 'this release'} failed ("${t.failedBefore}"); this attempt finishes its rollback and incident instead of ${instead}`
  d.runner.warning(why)
  await afterFailure(failedWithoutProbing(d, sha, why), sha, d, t.deploymentId, t.startedAt)
  return true
}
