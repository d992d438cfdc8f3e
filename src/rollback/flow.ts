// What happens when a release fails verification: roll back first, verify the restored
// release once, then tell GitHub (deployment status, incident issue). GitHub errors are logged
// and never stop the rollback; whatever cannot be written to GitHub stays in the report.
// This file runs the steps in order; what each step decides is in plan.ts.

import type { Settings } from '../config/inputs.js'
import { bestEffort } from '../github/best-effort.js'
import type { GitHub } from '../github/client.js'
import type { RunContext } from '../github/context.js'
import { deploymentKey, markDeployment, type Tracking } from '../github/deployments.js'
import { fetchChanges } from '../incident/changes.js'
import type { ChangeSet, Evidence, IncidentInput } from '../incident/types.js'
import type { Redactor } from '../report/redact.js'
import { iso } from '../report/time.js'
import type { Runner } from '../runner/runner.js'
import type { ProbeSet } from '../verify/probe-schema.js'
import type { VerifyConfig, VerifyIO } from '../verify/probing.js'
import { probeRelease } from '../verify/probing.js'
import type { VerifyReport } from '../verify/report.js'
import {
  compareLost,
  discoveredTarget,
  evidenceRequest,
  failedDescription,
  fullShaTarget,
  incidentInput,
  noCompare,
  repoUrl,
  resolvedTarget,
  restoreConfig,
  restoreProbes,
  restoreTarget,
  rollbackRequest,
  rollingBack,
  skipReason,
  summarise,
  targetWithoutGitHub,
  thrownAttempt,
  timeline,
  unresolvedTarget,
  withWarning,
  type Done,
  type Target,
} from './plan.js'
import { DRY_RUN_EVIDENCE } from './evidence.js'
import { captureEvidence } from './evidence-run.js'
import { discoverPrevious, refFacts, ruleSentence, stableRef } from './previous.js'
import { commandEnv, runRollback, type RollbackAttempt } from './strategies.js'

export interface FlowDeps {
  settings: Settings
  runner: Runner
  now: () => number
  /** The step's environment: the base of the user commands' environment (see runShell). */
  env: Record<string, string | undefined>
  reportDir: string
  ctx: RunContext
  /** Null without a token or repository: nothing is read from or written to GitHub. */
  gh: GitHub | null
  redactor: Redactor
  /** The probes as written: probesFor(probes, sha) gives one release's. */
  probes: ProbeSet | null
  config: VerifyConfig
  signal?: AbortSignal
  /** Deployments this run's own job got from GitHub (`environment:`): neither bad nor newer. */
  ownDeployments?: number[]
}

/** The release to go back to, or why there is none (a sentence for people). */
async function previousRelease(d: FlowDeps, failedSha: string, t: Tracking): Promise<Target> {
  const { settings: s, gh } = d
  if (!gh) return targetWithoutGitHub(s)
  const ref = s['previous-ref']
  const named = fullShaTarget(ref)
  if (named) return named
  const facts = refFacts(gh, d.ctx.defaultBranch || undefined)
  if (ref) {
    // A tag or branch names a commit now; the rollback, its outputs and the diff need which,
    // and only a tag on that commit is handed on as the ref (a branch moves).
    try {
      const sha = await gh.commitSha(ref)
      return resolvedTarget(sha, await stableRef(sha, ref, facts))
    } catch (e) {
      return unresolvedTarget(ref, (e as Error).message)
    }
  }
  const found = await bestEffort(d.runner, 'find the previous release', () =>
    discoverPrevious(
      gh,
      s.environment,
      { sha: failedSha, deploymentId: t.deploymentId, ignore: d.ownDeployments ?? [] },
      facts,
    ),
  )
  const target = discoveredTarget(found, s.environment)
  if (found?.previous && !target.skip) {
    d.runner.info(`Previous release: ${ruleSentence(found.previous)}`)
    if (target.rule === 'fallback') d.runner.warning(ruleSentence(found.previous))
  }
  return target
}

/**
 * The evidence command, when one is configured: after the verdict, before the rollback, with
 * the rollback command's variables. Whatever it does, the flow goes on (at the latest at
 * evidence-timeout); a dry run does not run it, as it runs no rollback command.
 */
async function gatherEvidence(
  d: FlowDeps,
  target: Target,
  failed: VerifyReport,
  failedSha: string,
): Promise<Evidence | null> {
  const s = d.settings
  if (!s['evidence-command'].trim()) return null
  if (s['dry-run']) {
    d.runner.info(DRY_RUN_EVIDENCE)
    return null
  }
  const evidence = await captureEvidence(
    s['evidence-command'],
    commandEnv(evidenceRequest(s.environment, target, failed, failedSha)),
    s['evidence-timeout'],
    d,
  )
  const said = `Evidence: the evidence command ${evidence.detail}.`
  if (evidence.outcome === 'ok') d.runner.info(said)
  else d.runner.warning(said)
  return evidence
}

/** Runs the strategy, then verifies the restored release once (never loops). */
async function rollBackAndVerify(
  d: FlowDeps,
  target: Target,
  failed: VerifyReport,
  failedSha: string,
  t: Tracking,
): Promise<Done> {
  const { settings: s, runner } = d
  runner.info(rollingBack(s, failedSha, target))
  let attempt: RollbackAttempt
  try {
    attempt = await runRollback(
      rollbackRequest(s, target, failed, failedSha, {
        failedDeploymentId: t.deploymentId,
        key: deploymentKey(d, 'rollback'),
        defaultBranch: d.ctx.defaultBranch,
      }),
      {
        gh: d.gh,
        runner,
        redactor: d.redactor,
        env: d.env,
        now: d.now,
        ...(d.signal ? { signal: d.signal } : {}),
      },
    )
  } catch (e) {
    attempt = thrownAttempt(e, d.now())
  }
  if (attempt.warning) runner.warning(attempt.warning)
  attempt = withWarning(attempt)
  if (!attempt.ok || !d.probes) return { attempt }
  // The same probes, now of the release put back: a version probe checks that it serves.
  const { probes, unchecked } = restoreProbes(d.probes, target.sha)
  const note = unchecked ? { unchecked } : {}
  if (probes.length === 0) return { attempt, ...note }
  const io: VerifyIO = {
    runner,
    now: d.now,
    workspace: d.ctx.workspace,
    reportDir: d.reportDir,
    ...(d.signal ? { signal: d.signal } : {}),
  }
  const { report } = await probeRelease(
    probes,
    restoreConfig(d.config, attempt, s['rollback-timeout']),
    io,
    { target: restoreTarget(target), environment: s.environment },
    d.redactor,
  )
  return { attempt, restore: report, ...note }
}

/** "What changed" between the releases, or why it is not known. */
async function changesBetween(
  d: FlowDeps,
  previousSha: string,
  failedSha: string,
  htmlUrl: string,
): Promise<{ changes: ChangeSet | null; changesNote?: string }> {
  const gh = d.gh
  const why = noCompare(previousSha, failedSha, gh !== null)
  if (why) return { changes: null, changesNote: why }
  const changes =
    gh &&
    (await bestEffort(d.runner, 'compare the releases', () =>
      fetchChanges(gh, previousSha, failedSha, htmlUrl),
    ))
  return changes ? { changes } : { changes: null, changesNote: compareLost(previousSha, failedSha) }
}

/**
 * The failure branch: performs the rollback plan.ts decides on, verifies the restored release
 * once, and gathers everything the incident issue says. Writes nothing to GitHub except the failure
 * mark and the rollback deployment or dispatch a strategy needs; the caller writes the rest,
 * after the rollback.
 */
export async function rollBack(
  failed: VerifyReport,
  t: Tracking,
  failedSha: string,
  d: FlowDeps,
): Promise<IncidentInput> {
  const { settings: s } = d
  // The failure mark goes on the bad release's deployment before anything is rolled back, so no
  // later run (a rerun after a crash included) can take it for verified; it is written while
  // the previous release is looked up.
  const [target] = await Promise.all([
    previousRelease(d, failedSha, t),
    markDeployment(d, t, 'failure', failedDescription(failed)),
  ])
  const skip = skipReason(s, target)
  // Before anything is rolled back: a rollback may erase what shows why the release broke.
  const evidence = await gatherEvidence(d, target, failed, failedSha)
  const done = skip ? null : await rollBackAndVerify(d, target, failed, failedSha, t)
  const strategy = s['rollback-strategy']
  return incidentInput({
    environment: s.environment,
    ctx: d.ctx,
    failed,
    failedSha,
    target,
    rollback: summarise(strategy, skip, done?.attempt ?? null, done?.restore, done?.unchecked),
    evidence,
    timeline: timeline(failed, failedSha, t.startedAt, strategy, target, done, evidence),
    changes: await changesBetween(d, target.sha, failedSha, repoUrl(d.ctx)),
    now: iso(d.now()),
  })
}
