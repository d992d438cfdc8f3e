// `command: verify`: probe the deployed release; on failure the failure branch.

import type { Settings } from '../config/inputs.js'
import { writeReport } from '../report/report-file.js'
import { VERIFIED_MARK } from '../rollback/previous.js'
import { markDeployment, trackDeployment } from '../github/deployments.js'
import { probesFor } from '../verify/probe-schema.js'
import { renderVerifySummary, verdictText } from '../verify/report.js'
import { afterFailure, finishEarlierFailure } from './failure.js'
import { flowDeps, probeDeployed, UNKNOWN_SHA, type StepIO } from './context.js'

/** `command: verify`: probe the deployed release; on failure roll back, verify, and open the issue. */
export async function verifyCommand(s: Settings, io: StepIO, sha?: string): Promise<void> {
  // A fan-in judges the vantages' reports instead of probing (SPEC: Several vantages).
  if (s.reports) return (await import('./fan-in.js')).fanInCommand(s, io, sha)
  const d = flowDeps(s, io, true)
  const failedSha = sha ?? d.ctx.sha
  // Before anything is written: a probe that names the release cannot run without its SHA.
  const probes = probesFor(d.probes!, failedSha, UNKNOWN_SHA)
  if (s.vantage) return (await import('./vantage.js')).vantageCommand(s, io, d, probes, failedSha)
  // GitHub's record of the deployment is written while the first rounds probe: its pacing of
  // writes must not delay detection.
  const tracked = trackDeployment(d, failedSha)
  // A rerun must know first whether it is finishing a story.
  if (
    d.ctx.runAttempt > 1 &&
    (await finishEarlierFailure(d, failedSha, await tracked, 'verifying again'))
  )
    return
  const report = await probeDeployed(d, io, probes, failedSha)
  const tracking = await tracked
  if (report.verdict.healthy) {
    await markDeployment(d, tracking, 'success', VERIFIED_MARK)
    const file = writeReport(io.reportDir, `deploy-guard-${s.command}-${s.environment}`, report)
    io.runner.output('healthy', 'true')
    io.runner.output('severity', '')
    io.runner.output('rolled-back', 'false')
    io.runner.output('scope', '')
    io.runner.output('report', file)
    io.runner.info(verdictText(report))
    await io.runner.summary(renderVerifySummary(report))
    return
  }
  if (report.verdict.outcome === 'cancelled') {
    await markDeployment(d, tracking, 'error', 'deploy-guard: verification cancelled')
    io.runner.output('healthy', 'false')
    io.runner.output(
      'report',
      writeReport(io.reportDir, `deploy-guard-${s.command}-${s.environment}`, report),
    )
    await io.runner.summary(renderVerifySummary(report))
    io.runner.fail(verdictText(report))
    return
  }
  await afterFailure(report, failedSha, d, tracking.deploymentId, tracking.startedAt)
}
