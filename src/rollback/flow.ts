// What happens when a release fails verification: roll back first, verify the restored
// release once, then tell GitHub (deployment status, incident issue). GitHub errors are logged
// and never stop the rollback; whatever cannot be written to GitHub stays in the report.

import type { Settings } from '../config/inputs.js'
import type { GitHub } from '../github/client.js'
import { short, type RunContext } from '../github/context.js'
import { fetchChanges } from '../incident/changes.js'
import type { ChangeSet, IncidentInput, RollbackSummary, TimelineEvent } from '../incident/types.js'
import type { Redactor } from '../report/redact.js'
import type { Runner } from '../runner/runner.js'
import type { VerifyConfig, VerifyIO } from '../verify/command.js'
import { probeRelease } from '../verify/command.js'
import type { Probe } from '../verify/probe-schema.js'
import type { VerifyReport } from '../verify/report.js'
import { iso } from '../window/decide.js'
import { FAILED_MARK, discoverPrevious } from './previous.js'
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
}

export interface Tracking {
  deploymentId: number | null
  /** When the deploy started, if GitHub knows. */
  startedAt: string | null
}

/** Runs a GitHub call whose failure must not stop anything; logs it and returns null. */
export async function soft<T>(
  runner: Runner,
  what: string,
  fn: () => Promise<T>,
): Promise<T | null> {
  try {
    return await fn()
  } catch (e) {
    runner.warning(`GitHub: could not ${what}: ${(e as Error).message}`)
    return null
  }
}

/** The deployment for this SHA and environment (jobs with `environment:` get one), else a new one. */
export async function trackDeployment(d: FlowDeps, sha: string): Promise<Tracking> {
  const { gh, settings, runner } = d
  if (!gh || !sha) return { deploymentId: null, startedAt: null }
  const found = await soft(runner, 'list deployments', () =>
    gh.deployments(settings.environment, { sha, perPage: 5 }),
  )
  let dep = found?.[0] ?? null
  if (!dep && !settings['dry-run'] && found !== null)
    dep = await soft(runner, 'record the deployment', () =>
      gh.createDeployment({
        ref: sha,
        environment: settings.environment,
        description: 'recorded by deploy-guard for verification',
        payload: { deploy_guard: true },
      }),
    )
  if (dep && !settings['dry-run'])
    await soft(runner, 'set the deployment in progress', () =>
      gh.setStatus(dep.id, {
        state: 'in_progress',
        description: 'deploy-guard: verifying',
        logUrl: d.ctx.runUrl,
      }),
    )
  return { deploymentId: dep?.id ?? null, startedAt: dep?.created_at ?? null }
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

export interface FailureOutcome {
  rollback: RollbackSummary
  previousSha: string
  rolledBack: boolean
  timeline: TimelineEvent[]
  incident: IncidentInput
  changes: ChangeSet | null
}

function firstFailedRound(r: VerifyReport): string | null {
  return r.rounds.find((x) => !x.passed)?.startedAt ?? null
}

/**
 * Decides and performs the rollback, verifies the restored release once (never loops), and
 * gathers everything the incident issue says. Writes nothing to GitHub except the rollback
 * deployment or dispatch a strategy needs.
 */
export async function rollBack(
  failed: VerifyReport,
  t: Tracking,
  failedSha: string,
  d: FlowDeps,
): Promise<FailureOutcome> {
  const { settings: s, runner, gh } = d
  const timeline: TimelineEvent[] = []
  if (t.startedAt) timeline.push({ at: t.startedAt, what: `deploy of ${short(failedSha)} started` })
  timeline.push({ at: failed.startedAt, what: 'verification started' })
  const firstFail = firstFailedRound(failed)
  if (firstFail) timeline.push({ at: firstFail, what: 'first failed round' })
  timeline.push({
    at: failed.endedAt,
    what: `verdict: unhealthy (${failed.verdict.severity ?? 'no severity'})`,
  })

  let previousSha = s['previous-ref']
  let previousRef = s['previous-ref']
  let skip: string | null = null
  if (!previousSha && gh) {
    const found = await soft(runner, 'find the previous release', () =>
      discoverPrevious(gh, s.environment, { sha: failedSha, deploymentId: t.deploymentId }),
    )
    if (found?.newer)
      skip = `a newer deploy of ${short(found.newer.sha)} to ${s.environment} started after this one, so deploy-guard did not roll back over it`
    else if (found?.previous) {
      previousSha = found.previous.sha
      previousRef = found.previous.ref
    } else if (found) skip = found.note
  }
  // Without GitHub a command can still roll back: it may know its previous release itself.
  if (!previousSha && !skip && !(s['rollback-strategy'] === 'command' && !gh))
    skip = gh
      ? 'the previous release could not be found'
      : 'no previous release is known (no previous-ref, no GitHub access)'
  if (s['rollback-strategy'] === 'none')
    skip = 'no rollback strategy is configured (rollback-strategy: none)'
  else if (s['dry-run'] && !skip)
    skip = `dry run: would roll back to ${previousSha ? short(previousSha) : 'the previous release'} with the ${s['rollback-strategy']} strategy`

  let attempt: RollbackAttempt | null = null
  let restore: VerifyReport | undefined
  if (!skip) {
    const reason = `${failed.verdict.reason}`.slice(0, 500)
    runner.info(
      `Rolling back ${s.environment} from ${short(failedSha)} to ${previousSha ? short(previousSha) : 'the previous release'} (${s['rollback-strategy']})`,
    )
    try {
      attempt = await runRollback(
        {
          strategy: s['rollback-strategy'],
          environment: s.environment,
          previousSha,
          previousRef,
          failedSha,
          reason,
          command: s['rollback-command'],
          workflow: s['rollback-workflow'],
          timeoutMs: s['rollback-timeout'],
          failedDeploymentId: t.deploymentId,
        },
        { gh, runner, redactor: d.redactor, signal: d.signal },
      )
    } catch (e) {
      attempt = {
        ok: false,
        synchronous: true,
        detail: `the rollback failed: ${(e as Error).message}`,
        startedAt: d.now(),
        endedAt: d.now(),
      }
    }
    timeline.push({
      at: iso(attempt.startedAt),
      what: `rollback to ${previousSha ? short(previousSha) : 'the previous release'} started (${s['rollback-strategy']})`,
    })
    timeline.push({
      at: iso(attempt.endedAt),
      what: `rollback ${attempt.ok ? 'finished' : 'failed'}`,
    })
    if (attempt.ok && d.probes) {
      // Asynchronous strategies land later in another workflow: wait for recovery up to the
      // rollback timeout instead of failing fast on the release still serving.
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
        signal: d.signal,
      }
      restore = (
        await probeRelease(
          d.probes,
          config,
          io,
          {
            target: `the restored release ${previousSha ? short(previousSha) : ''}`.trim(),
            environment: s.environment,
          },
          d.redactor,
        )
      ).report
      timeline.push({
        at: restore.endedAt,
        what: restore.verdict.healthy
          ? 'recovery verified'
          : 'restored release failed verification',
      })
    }
  }

  const state: RollbackSummary['state'] = skip
    ? 'not-rolled-back'
    : attempt?.ok && (restore?.verdict.healthy ?? !d.probes)
      ? 'recovered'
      : 'rollback-failed'
  const detail = skip
    ? skip
    : !attempt?.ok
      ? (attempt?.detail ?? 'the rollback failed')
      : restore && !restore.verdict.healthy
        ? `${attempt.detail}, but the restored release failed verification too: ${restore.verdict.reason}`
        : restore
          ? `${attempt.detail}; the restored release passed verification`
          : `${attempt.detail}; no probes to verify the restored release`
  const rollback: RollbackSummary = {
    state,
    strategy: s['rollback-strategy'],
    detail,
    ...(restore ? { restore } : {}),
  }

  let changes: ChangeSet | null = null
  let changesNote: string | undefined
  const htmlUrl = d.ctx.repo ? `${d.ctx.serverUrl}/${d.ctx.repo.owner}/${d.ctx.repo.repo}` : ''
  if (gh && previousSha && failedSha) {
    changes = await soft(runner, 'compare the releases', () =>
      fetchChanges(gh, previousSha, failedSha, htmlUrl),
    )
    if (!changes)
      changesNote = `the compare between ${short(previousSha)} and ${short(failedSha)} could not be fetched from GitHub`
  } else
    changesNote = previousSha
      ? 'GitHub was not available to compare the releases'
      : 'there is no previous release to compare with'

  const severity = state === 'rollback-failed' ? 'P1' : (failed.verdict.severity ?? 'P2')
  const incident: IncidentInput = {
    environment: s.environment,
    repo: { owner: d.ctx.repo?.owner ?? '', name: d.ctx.repo?.repo ?? '', htmlUrl },
    failedSha,
    previousSha: previousSha || null,
    severity,
    verification: failed,
    rollback,
    timeline,
    changes,
    ...(changesNote ? { changesNote } : {}),
    runUrl: d.ctx.runUrl,
    actor: d.ctx.actor,
    now: iso(d.now()),
  }
  return { rollback, previousSha, rolledBack: state === 'recovered', timeline, incident, changes }
}

export const failedDescription = (r: VerifyReport) => `${FAILED_MARK}: ${r.verdict.reason}`
