// `command: verify` with `reports`: the fan-in of a matrix of vantages. It probes nothing
// itself: it reads every vantage's report, applies the quorum, sets `scope`, and then
// - healthy: marks the release verified;
// - regional (fewer failing vantages than the quorum): the release stands (verified, no
//   rollback), the step passes with a warning and, with `issue`, an incident issue (P2) names
//   the failing vantages;
// - partial or everywhere: the failure branch as a single verify takes it (rollback, the
//   restored release verified by this job's own `probes`, the issue), P1 when every vantage
//   failed.

import { InputError } from '../config/errors.js'
import type { Settings } from '../config/inputs.js'
import { bestEffort } from '../github/best-effort.js'
import { short } from '../github/context.js'
import { markDeployment, trackDeployment } from '../github/deployments.js'
import { publishIncident, type Published } from '../incident/publish.js'
import type { IncidentInput } from '../incident/types.js'
import { link } from '../report/markdown.js'
import { writeReport } from '../report/report-file.js'
import { plural } from '../report/text.js'
import { iso } from '../report/time.js'
import type { FlowDeps } from '../rollback/flow.js'
import { incidentInput } from '../rollback/plan.js'
import { VERIFIED_MARK } from '../rollback/previous.js'
import { readVantageReports } from '../verify/vantage-files.js'
import {
  fanInVerification,
  judgeVantages,
  reportProblems,
  vantageTimeline,
  type VantageReport,
  type VantageView,
} from '../verify/vantages.js'
import { fanInSummary } from '../verify/vantages-render.js'
import { flowDeps, type StepIO } from './context.js'
import { afterFailure, finishEarlierFailure } from './failure.js'

export async function fanInCommand(s: Settings, io: StepIO, sha?: string): Promise<void> {
  const d = flowDeps(s, io, false)
  const failedSha = sha ?? d.ctx.sha
  // Input first: nothing is written, rolled back or marked when the reports cannot be judged.
  const found = readVantageReports(s.reports, d.ctx.workspace)
  const problems = reportProblems(found, {
    sha: failedSha,
    environment: s.environment,
    quorum: s.quorum,
  })
  if (problems.length) throw new InputError(problems)
  const reports = found.map((f) => f.report)
  const view = judgeVantages(reports, s.quorum)
  io.runner.info(
    `Fan-in of ${plural(reports.length, 'vantage report')} (${found.map((f) => f.file).join(', ')}): ${view.reason}; quorum ${view.needed} of ${view.counted} (${view.quorum})`,
  )
  const tracking = await trackDeployment(d, failedSha)
  if (await finishEarlierFailure(d, failedSha, tracking, 'judging again')) return
  if (view.scope === 'partial' || view.scope === 'everywhere') {
    const failed = fanInVerification(reports, view)
    await afterFailure(failed, failedSha, d, tracking.deploymentId, tracking.startedAt, view)
    return
  }
  // Healthy, or regional: the release itself passed the quorum and counts as verified.
  await markDeployment(d, tracking, 'success', VERIFIED_MARK)
  const issue = view.scope === 'regional' ? await regionalIssue(d, reports, view, failedSha) : null
  const target = failedSha ? `release ${short(failedSha)}` : 'the deployed release'
  const file = writeReport(
    io.reportDir,
    `deploy-guard-verify-${s.environment}`,
    d.redactor.deep({
      command: 'verify',
      environment: s.environment,
      sha: failedSha,
      healthy: true,
      scope: view.scope ?? '',
      severity: view.severity,
      rolledBack: false,
      vantages: view,
      issue: issue?.published ?? null,
      issueNote: issue?.note ?? null,
      reports: found.map((f) => ({ file: f.file, vantage: f.report.vantage })),
    }),
  )
  io.runner.output('healthy', 'true')
  io.runner.output('severity', view.severity ?? '')
  io.runner.output('scope', view.scope ?? '')
  io.runner.output('rolled-back', 'false')
  io.runner.output('issue-number', issue?.published ? String(issue.published.number) : '')
  io.runner.output('issue-url', issue?.published?.url ?? '')
  io.runner.output('report', file)
  const issueLine = issue?.published
    ? `Incident issue: ${link(`#${issue.published.number}`, issue.published.url)} (${issue.published.created ? 'opened' : 'updated'})`
    : issue
      ? `The incident issue was not written (${issue.note}).`
      : null
  await io.runner.summary(
    fanInSummary(view, { target, environment: s.environment, issue: issueLine }),
  )
  if (view.scope === 'regional')
    io.runner.warning(
      `${target} on ${s.environment}: ${view.reason}. Not rolled back; the step passes.${issue?.published ? ` Incident: ${issue.published.url}` : ''}`,
    )
  else io.runner.info(`${target} on ${s.environment} is healthy: ${view.reason}`)
}

/** The incident issue of a regional problem (P2, no rollback), when `issue` asks for one. */
async function regionalIssue(
  d: FlowDeps,
  reports: VantageReport[],
  view: VantageView,
  sha: string,
): Promise<{ published: Published | null; note: string }> {
  const s = d.settings
  if (!s.issue) return { published: null, note: 'issue: false' }
  if (s['dry-run']) return { published: null, note: 'dry run' }
  if (!d.gh) return { published: null, note: 'no GitHub token or repository' }
  const gh = d.gh
  const input: IncidentInput = {
    ...incidentInput({
      environment: s.environment,
      ctx: d.ctx,
      failed: fanInVerification(reports, view),
      failedSha: sha,
      target: { sha: '', ref: '', rule: null, skip: view.reason },
      rollback: {
        state: 'not-rolled-back',
        strategy: s['rollback-strategy'],
        detail: `not rolled back: ${view.reason}`,
      },
      timeline: vantageTimeline(reports),
      changes: {
        changes: null,
        changesNote: 'not compared: a regional problem does not make the release the suspect.',
      },
      now: iso(d.now()),
    }),
    vantages: view,
  }
  const published = await bestEffort(d.runner, 'write the incident issue', () =>
    publishIncident(gh, input, s, {
      actor: d.ctx.actor,
      runId: d.ctx.runId || 'local',
      runner: d.runner,
    }),
  )
  return { published, note: published ? '' : 'GitHub did not accept it' }
}
