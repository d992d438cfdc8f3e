// `command: deploy`: the window, then the deploy-command, then verification; a failed deploy
// command takes the failure branch like a failed verification.

import type { Settings } from '../config/inputs.js'
import { short } from '../github/context.js'
import { trackDeployment } from '../github/deployments.js'
import { runShell } from '../rollback/process.js'
import { commandEnv } from '../rollback/strategies.js'
import { probesFor } from '../verify/probe-schema.js'
import { afterFailure } from './failure.js'
import { failedWithoutProbing, flowDeps, UNKNOWN_SHA, type StepIO } from './context.js'
import { verifyCommand } from './verify.js'

/** `command: deploy`: the deploy-command between a window check and a verification. */
export async function deployCommand(
  s: Settings,
  io: StepIO,
  windowOpen: () => Promise<boolean>,
): Promise<void> {
  if (!(await windowOpen())) return
  const d = flowDeps(s, io, true)
  const sha = d.ctx.sha
  // Checked before anything is deployed: verification would stop on it after the deploy.
  probesFor(d.probes!, sha, UNKNOWN_SHA)
  if (s['dry-run']) {
    // A dry run decides; deploying is the one thing it must not do.
    io.runner.info(
      `dry run: the window is open; would run the deploy command for ${short(sha)}, then verify it`,
    )
    return
  }
  const res = await io.runner.group('deploy command', () =>
    runShell(s['deploy-command'], {
      env: commandEnv({
        environment: s.environment,
        previousSha: '',
        previousRef: '',
        failedSha: '',
        reason: '',
      }),
      base: io.env,
      now: io.now,
      timeoutMs: s['rollback-timeout'],
      onLine: (l) => io.runner.info(d.redactor.text(l)),
      ...(io.signal ? { signal: io.signal } : {}),
    }),
  )
  if (res.code !== 0) {
    // A half-applied deploy is a failed deploy: the same branch as a failed verification.
    const why = `the deploy command ${res.timedOut ? 'timed out and was stopped' : `exited with ${res.code ?? res.signal}`}`
    const tracking = await trackDeployment(d, sha)
    await afterFailure(
      failedWithoutProbing(d, sha, why),
      sha,
      d,
      tracking.deploymentId,
      tracking.startedAt,
    )
    return
  }
  await verifyCommand(s, io, sha)
}
