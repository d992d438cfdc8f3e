// What happens when a release fails verification: roll back first, verify the restored
// release once, then tell GitHub (deployment status, incident issue). GitHub errors are logged
// and never stop the rollback; whatever cannot be written to GitHub stays in the report.

import type { Settings } from '../config/inputs.js'
import { bestEffort } from '../github/best-effort.js'
import type { Deployment, GitHub } from '../github/client.js'
import { short, type RunContext } from '../github/context.js'
import { fetchChanges } from '../incident/changes.js'
import type { ChangeSet, IncidentInput, RollbackSummary, TimelineEvent } from '../incident/types.js'
import type { Redactor } from '../report/redact.js'
import type { Runner } from '../runner/runner.js'
import type { VerifyConfig, VerifyIO } from '../verify/probing.js'
import { probeRelease } from '../verify/probing.js'
import type { Probe } from '../verify/probe-schema.js'
import type { VerifyReport } from '../verify/report.js'
import { iso } from '../report/time.js'
import {
  FAILED_MARK,
  discoverPrevious,
  judge,
  refFacts,
  ruleSentence,
  stableRef,
  type PreviousRule,
} from './previous.js'
import { runRollback, type RollbackAttempt } from './strategies.js'

export interface FlowDeps {
  settings: Settings
  runner: Runner
  now: () => number
  reportDir: string
  ctx: RunContext
  /** Null without a token or repository: nothing is read from or written to GitHub. */
  gh: GitHub | null
  redactor: Redactor
  probes: Probe[] | null
  config: VerifyConfig
  signal?: AbortSignal
  /** Deployments this run's own job got from GitHub (`environment:`): neither bad nor newer. */
  ownDeployments?: number[]
}

export interface Tracking {
  deploymentId: number | null
  /** When the deploy started, if GitHub knows. */
  startedAt: string | null
  /** An earlier attempt of this run marked the release failed: its status description. */
  failedBefore?: string | null
}

/** A GitHub call whose failure must not stop anything: warned about, then null. */
export function soft<T>(runner: Runner, what: string, fn: () => Promise<T>): Promise<T | null> {
  return bestEffort((m) => runner.warning(m), what, fn)
}

/** The key in the payload of a deployment deploy-guard creates for this run and purpose. */
export function deploymentKey(d: Pick<FlowDeps, 'ctx' | 'settings'>, purpose: string): string {
  return `${purpose}:${d.ctx.runId || 'local'}:${d.settings.environment.toLowerCase()}`
}

/**
 * The deployment for this SHA and environment (a job with `environment:` gets one from GitHub,
 * already in progress), else a new one. No `in_progress` status is written: the job's own
 * deployment has it, and the verdict's status follows within the soak (one request fewer).
 * Runs alongside the first probe round, so GitHub's pacing of writes never delays detection.
 * On a rerun of the job (attempt 2 and later) it also says whether an earlier attempt already
 * marked the release failed, so the rerun finishes that story instead of verifying the
 * restored release and calling the bad one healthy.
 */
export async function trackDeployment(d: FlowDeps, sha: string): Promise<Tracking> {
  const { gh, settings, runner } = d
  const none: Tracking = { deploymentId: null, startedAt: null, failedBefore: null }
  if (!gh || !sha) return none
  const env = settings.environment.toLowerCase()
  const found = await soft(runner, 'list deployments', () =>
    gh.deployments(settings.environment, { perPage: 30 }),
  )
  let dep: Deployment | null =
    found?.find((x) => x.sha === sha && x.environment.toLowerCase() === env) ?? null
  if (!dep && !settings['dry-run'] && found !== null)
    dep = await soft(runner, 'record the deployment', () =>
      gh.createDeployment({
        sha,
        environment: settings.environment,
        description: 'recorded by deploy-guard for verification',
        payload: {},
        key: deploymentKey(d, 'verify'),
      }),
    )
  if (!dep) return none
  let failedBefore: string | null = null
  if (d.ctx.runAttempt > 1) {
    const id = dep.id
    const statuses = await soft(runner, 'read the deployment statuses', () => gh.statuses(id))
    const mark = statuses?.find((x) => judge([x]) === 'failed')
    failedBefore = mark ? (mark.description ?? FAILED_MARK) : null
  }
  return { deploymentId: dep.id, startedAt: dep.created_at, failedBefore }
}

export async function markDeployment(
  d: FlowDeps,
  t: Tracking,
  state: 'success' | 'failure' | 'error' | 'inactive',
  description: string,
): Promise<void> {
  if (!d.gh || t.deploymentId === null || d.settings['dry-run']) return
  const gh = d.gh
  const id = t.deploymentId
  await soft(d.runner, `set the deployment to ${state}`, () =>
    gh.setStatus(id, { state, description, logUrl: d.ctx.runUrl }),
  )
}

function firstFailedRound(r: VerifyReport): string | null {
  return r.rounds.find((x) => !x.passed)?.startedAt ?? null
}

interface Target {
  sha: string
  ref: string
  rule: PreviousRule | null
  skip: string | null
}

/** No release to go back to, and why (null: none is needed, the command knows its own). */
const noTarget = (skip: string | null): Target => ({ sha: '', ref: '', rule: null, skip })

/** The release to go back to, or why there is none (a sentence for people). */
async function previousRelease(d: FlowDeps, failedSha: string, t: Tracking): Promise<Target> {
  const { settings: s, gh } = d
  const ref = s['previous-ref']
  const full = /^[0-9a-f]{40}$/i.test(ref)
  if (ref && (full || !gh)) {
    const sha = full ? ref.toLowerCase() : ''
    return { sha, ref: sha || ref, rule: 'explicit', skip: null }
  }
  if (!gh) {
    // Without GitHub a command can still roll back: it may know its previous release itself.
    if (s['rollback-strategy'] === 'command') return noTarget(null)
    return noTarget('no previous release is known (no previous-ref, no GitHub access)')
  }
  const facts = refFacts(gh, d.ctx.defaultBranch || undefined)
  if (ref) {
    // A tag or branch names a commit now; the rollback, its outputs and the diff need which,
    // and only a tag on that commit is handed on as the ref (a branch moves).
    try {
      const sha = await gh.commitSha(ref)
      return { sha, ref: await stableRef(sha, ref, facts), rule: 'explicit', skip: null }
    } catch (e) {
      return noTarget(
        `previous-ref "${ref}" could not be resolved to a commit (${(e as Error).message})`,
      )
    }
  }
  const found = await soft(d.runner, 'find the previous release', () =>
    discoverPrevious(
      gh,
      s.environment,
      { sha: failedSha, deploymentId: t.deploymentId, ignore: d.ownDeployments ?? [] },
      facts,
    ),
  )
  if (found?.newer)
    return noTarget(
      `a newer deploy of ${short(found.newer.sha)} to ${s.environment} started after this one, so deploy-guard did not roll back over it`,
    )
  if (!found?.previous) return noTarget(found?.note ?? 'the previous release could not be found')
  const { sha, ref: stable, rule } = found.previous
  d.runner.info(`Previous release: ${ruleSentence(found.previous)}`)
  if (rule === 'fallback') d.runner.warning(ruleSentence(found.previous))
  return { sha, ref: stable, rule, skip: null }
}

/** Runs the strategy, then verifies the restored release once (never loops). */
async function rollBackAndVerify(
  d: FlowDeps,
  target: Target,
  failed: VerifyReport,
  failedSha: string,
  t: Tracking,
): Promise<{ attempt: RollbackAttempt; restore?: VerifyReport }> {
  const { settings: s, runner } = d
  const to = target.sha ? short(target.sha) : 'the previous release'
  runner.info(
    `Rolling back ${s.environment} from ${short(failedSha)} to ${to} (${s['rollback-strategy']})`,
  )
  let attempt: RollbackAttempt
  try {
    attempt = await runRollback(
      {
        strategy: s['rollback-strategy'],
        environment: s.environment,
        previousSha: target.sha,
        previousRef: target.ref,
        failedSha,
        reason: failed.verdict.reason.slice(0, 500),
        command: s['rollback-command'],
        workflow: s['rollback-workflow'],
        timeoutMs: s['rollback-timeout'],
        failedDeploymentId: t.deploymentId,
        key: deploymentKey(d, 'rollback'),
        defaultBranch: d.ctx.defaultBranch,
      },
      { gh: d.gh, runner, redactor: d.redactor, ...(d.signal ? { signal: d.signal } : {}) },
    )
  } catch (e) {
    const at = d.now()
    attempt = {
      ok: false,
      synchronous: true,
      detail: `the rollback failed: ${(e as Error).message}`,
      startedAt: at,
      endedAt: at,
    }
  }
  if (attempt.warning) {
    runner.warning(attempt.warning)
    attempt = { ...attempt, detail: `${attempt.detail} (${attempt.warning})` }
  }
  if (!attempt.ok || !d.probes) return { attempt }
  // Asynchronous strategies land later in another workflow: wait for recovery up to the rollback
  // timeout instead of failing fast on the release still serving.
  const config = attempt.synchronous
    ? d.config
    : {
        ...d.config,
        failureThreshold: Math.max(
          d.config.failureThreshold,
          Math.ceil(s['rollback-timeout'] / d.config.intervalMs),
        ),
      }
  const io: VerifyIO = {
    runner,
    now: d.now,
    workspace: d.ctx.workspace,
    reportDir: d.reportDir,
    ...(d.signal ? { signal: d.signal } : {}),
  }
  const { report } = await probeRelease(
    d.probes,
    config,
    io,
    { target: `the restored release ${target.sha ? to : ''}`.trim(), environment: s.environment },
    d.redactor,
  )
  return { attempt, restore: report }
}

function summarise(
  strategy: RollbackSummary['strategy'],
  skip: string | null,
  attempt: RollbackAttempt | null,
  restore: VerifyReport | undefined,
): RollbackSummary {
  if (skip || !attempt)
    return { state: 'not-rolled-back', strategy, detail: skip ?? 'no rollback was attempted' }
  if (!attempt.ok) return { state: 'rollback-failed', strategy, detail: attempt.detail }
  if (!restore)
    return {
      state: 'recovered',
      strategy,
      detail: `${attempt.detail}; no probes to verify the restored release`,
    }
  return restore.verdict.healthy
    ? {
        state: 'recovered',
        strategy,
        detail: `${attempt.detail}; the restored release passed verification`,
        restore,
      }
    : {
        state: 'rollback-failed',
        strategy,
        detail: `${attempt.detail}, but the restored release failed verification too: ${restore.verdict.reason}`,
        restore,
      }
}

/** "What changed" between the releases, or why it is not known. */
async function changesBetween(
  d: FlowDeps,
  previousSha: string,
  failedSha: string,
  htmlUrl: string,
): Promise<{ changes: ChangeSet | null; changesNote?: string }> {
  const gh = d.gh
  if (!previousSha)
    return { changes: null, changesNote: 'there is no previous release to compare with' }
  if (!gh || !failedSha)
    return { changes: null, changesNote: 'GitHub was not available to compare the releases' }
  const changes = await soft(d.runner, 'compare the releases', () =>
    fetchChanges(gh, previousSha, failedSha, htmlUrl),
  )
  return changes
    ? { changes }
    : {
        changes: null,
        changesNote: `the compare between ${short(previousSha)} and ${short(failedSha)} could not be fetched from GitHub`,
      }
}

/**
 * The failure branch: decides and performs the rollback, verifies the restored release once,
 * and gathers everything the incident issue says. Writes nothing to GitHub except the rollback
 * deployment or dispatch a strategy needs; the caller writes the rest, after the rollback.
 */
export async function rollBack(
  failed: VerifyReport,
  t: Tracking,
  failedSha: string,
  d: FlowDeps,
): Promise<IncidentInput> {
  const { settings: s } = d
  const timeline: TimelineEvent[] = []
  if (t.startedAt) timeline.push({ at: t.startedAt, what: `deploy of ${short(failedSha)} started` })
  timeline.push({ at: failed.startedAt, what: 'verification started' })
  const firstFail = firstFailedRound(failed)
  if (firstFail) timeline.push({ at: firstFail, what: 'first failed round' })
  timeline.push({
    at: failed.endedAt,
    what: `verdict: unhealthy (${failed.verdict.severity ?? 'no severity'})`,
  })

  // The failure mark goes on the bad release's deployment before anything is rolled back, so no
  // later run (a rerun after a crash included) can take it for verified; it is written while
  // the previous release is looked up.
  const [target] = await Promise.all([
    previousRelease(d, failedSha, t),
    markDeployment(d, t, 'failure', failedDescription(failed)),
  ])
  let skip = target.skip
  if (s['rollback-strategy'] === 'none')
    skip = 'no rollback strategy is configured (rollback-strategy: none)'
  else if (s['dry-run'] && !skip)
    skip = `dry run: would roll back to ${target.sha ? short(target.sha) : 'the previous release'} with the ${s['rollback-strategy']} strategy`

  const done = skip ? null : await rollBackAndVerify(d, target, failed, failedSha, t)
  if (done) {
    const to = target.sha ? short(target.sha) : 'the previous release'
    timeline.push({
      at: iso(done.attempt.startedAt),
      what: `rollback to ${to} started (${s['rollback-strategy']})`,
    })
    timeline.push({
      at: iso(done.attempt.endedAt),
      what: `rollback ${done.attempt.ok ? 'finished' : 'failed'}`,
    })
    if (done.restore)
      timeline.push({
        at: done.restore.endedAt,
        what: done.restore.verdict.healthy
          ? 'recovery verified'
          : 'restored release failed verification',
      })
  }
  const rollback = summarise(s['rollback-strategy'], skip, done?.attempt ?? null, done?.restore)

  const htmlUrl = d.ctx.repo ? `${d.ctx.serverUrl}/${d.ctx.repo.owner}/${d.ctx.repo.repo}` : ''
  return {
    environment: s.environment,
    repo: { owner: d.ctx.repo?.owner ?? '', name: d.ctx.repo?.repo ?? '', htmlUrl },
    failedSha,
    previousSha: target.sha || null,
    ...(target.sha && target.rule ? { previousRule: target.rule } : {}),
    severity: rollback.state === 'rollback-failed' ? 'P1' : (failed.verdict.severity ?? 'P2'),
    verification: failed,
    rollback,
    timeline,
    ...(await changesBetween(d, target.sha, failedSha, htmlUrl)),
    runUrl: d.ctx.runUrl,
    actor: d.ctx.actor,
    now: iso(d.now()),
  }
}

export const failedDescription = (r: VerifyReport) => `${FAILED_MARK}: ${r.verdict.reason}`
