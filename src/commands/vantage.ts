// `command: verify` with `vantage`: probe from this place, write the report a fan-in reads, and
// stop there. A vantage takes no failure branch and writes nothing to GitHub: one place cannot
// tell a broken release from its own broken path, and every vantage rolling back on its own
// would roll back several times. Its step passes even when its probes failed, because a
// failing job in a matrix cancels the others under `strategy.fail-fast` (GitHub's default:
// "GitHub will cancel all in-progress and queued jobs in the matrix if any job in the matrix
// fails", docs.github.com, "Running variations of jobs in a workflow"); the other vantages
// must finish for the fan-in to judge.

import type { Settings } from '../config/inputs.js'
import { writeReport } from '../report/report-file.js'
import type { Probe } from '../verify/probe-schema.js'
import { renderVerifySummary, verdictText } from '../verify/report.js'
import { vantageReport } from '../verify/vantages.js'
import { md } from '../report/markdown.js'
import type { FlowDeps } from '../rollback/flow.js'
import { probeDeployed, type StepIO } from './context.js'

export async function vantageCommand(
  s: Settings,
  io: StepIO,
  d: FlowDeps,
  probes: Probe[],
  sha: string,
): Promise<void> {
  const report = await probeDeployed(d, io, probes, sha)
  const file = writeReport(
    io.reportDir,
    `deploy-guard-verify-${s.environment}-${s.vantage}`,
    vantageReport(s.vantage, sha, report),
  )
  const v = report.verdict
  const failed = !v.healthy && v.outcome !== 'cancelled'
  io.runner.output('healthy', String(v.healthy))
  io.runner.output('severity', v.severity ?? '')
  // A single verify is one vantage (SPEC): its own view, before any fan-in.
  io.runner.output('scope', failed ? 'everywhere' : '')
  io.runner.output('rolled-back', 'false')
  io.runner.output('report', file)
  const note = `Vantage ${md(s.vantage)}: this step only reports; the fan-in job (\`verify\` with \`reports\`) decides whether the release failed, and rolls back.`
  await io.runner.summary(`${renderVerifySummary(report)}\n\n${note}\n`)
  const said = `From vantage ${s.vantage}: ${verdictText(report)}`
  if (v.outcome === 'cancelled') io.runner.fail(said)
  else if (failed)
    io.runner.warning(
      `${said.replace(/\.$/, '')}. This vantage only reports (its step passes, so fail-fast does not cancel the other vantages); the fan-in job with reports decides.`,
    )
  else io.runner.info(said)
}
