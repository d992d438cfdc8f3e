// The failure branch's decisions, as data in and data out: which release to go back to (or why
// none), whether to roll back at all, what the rollback is asked to do, and what the incident
// says (rollback summary, timeline, severity, why the changes are unknown). No GitHub, no
// runner, no clock: flow.ts asks, performs and writes; this decides, so every sentence and
// every branch can be tested from plain values.

import type { Settings } from '../config/inputs.js'
import type { Deployment, DeploymentStatus } from '../github/client.js'
import { short, type RunContext } from '../github/context.js'
import type {
  ChangeSet,
  Evidence,
  IncidentInput,
  RollbackSummary,
  TimelineEvent,
} from '../incident/types.js'
import { plainLine } from '../report/log-text.js'
import { clip } from '../report/markdown.js'
import { iso } from '../report/time.js'
import { plural } from '../report/text.js'
import {
  probesFor,
  probesWithoutRelease,
  type Probe,
  type ProbeSet,
} from '../verify/probe-schema.js'
import type { VerifyConfig } from '../verify/probing.js'
import type { VerifyReport } from '../verify/report.js'
import { evidenceEvents } from './evidence.js'
import { FAILED_MARK, judge, type Discovery, type PreviousRule } from './previous.js'
import type { RollbackAttempt, RollbackRequest } from './strategies.js'

// ---- This release's deployment on GitHub

/**
 * The status description deploy-guard writes on a release that failed verification: one line of
 * plain text, as GitHub shows it.
 */
export const failedDescription = (r: VerifyReport) =>
  `${FAILED_MARK}: ${plainLine(r.verdict.reason)}`

/** Of the environment's deployments, the one of this SHA (environments match in any case). */
export function ownDeployment(
  found: Deployment[],
  sha: string,
  environment: string,
): Deployment | null {
  const env = environment.toLowerCase()
  return found.find((x) => x.sha === sha && x.environment.toLowerCase() === env) ?? null
}

/** The failure mark an earlier attempt of this run left on the deployment, or null. */
export function earlierFailure(
  statuses: Pick<DeploymentStatus, 'state' | 'description'>[],
): string | null {
  const mark = statuses.find((x) => judge([x]) === 'failed')
  return mark ? (mark.description ?? FAILED_MARK) : null
}

// ---- The release to go back to

export interface Target {
  sha: string
  ref: string
  rule: PreviousRule | null
  /** Why there is no rollback to this target, a sentence for people; null when there is one. */
  skip: string | null
}

/** No release to go back to, and why (null: none is needed, the command knows its own). */
const noTarget = (skip: string | null): Target => ({ sha: '', ref: '', rule: null, skip })

/** How a release is named in sentences: its short SHA, when it is known. */
const releaseName = (sha: string) => (sha ? short(sha) : 'the previous release')

/** previous-ref as a full SHA names the release outright; else null. */
export function fullShaTarget(ref: string): Target | null {
  if (!/^[0-9a-f]{40}$/i.test(ref)) return null
  const sha = ref.toLowerCase()
  return { sha, ref: sha, rule: 'explicit', skip: null }
}

/** The target when GitHub cannot be asked: previous-ref as it is given, if anything. */
export function targetWithoutGitHub(
  s: Pick<Settings, 'previous-ref' | 'rollback-strategy'>,
): Target {
  const ref = s['previous-ref']
  // Without GitHub a tag or branch cannot be resolved to a commit: it is handed on as given.
  if (ref) return fullShaTarget(ref) ?? { sha: '', ref, rule: 'explicit', skip: null }
  // Without GitHub a command can still roll back: it may know its previous release itself.
  if (s['rollback-strategy'] === 'command') return noTarget(null)
  return noTarget('no previous release is known (no previous-ref, no GitHub access)')
}

/** previous-ref (a tag or branch) resolved to a commit, and the ref that may be handed on. */
export const resolvedTarget = (sha: string, ref: string): Target => ({
  sha,
  ref,
  rule: 'explicit',
  skip: null,
})

/** previous-ref names no commit GitHub knows. */
export const unresolvedTarget = (ref: string, error: string): Target =>
  noTarget(`previous-ref "${ref}" could not be resolved to a commit (${error})`)

/** The target discovery found (null: GitHub could not be asked), or why there is none. */
export function discoveredTarget(found: Discovery | null, environment: string): Target {
  if (found?.newer)
    return noTarget(
      `a newer deploy of ${short(found.newer.sha)} to ${environment} started after this one, so deploy-guard did not roll back over it`,
    )
  if (!found?.previous) return noTarget(found?.note ?? 'the previous release could not be found')
  const { sha, ref, rule } = found.previous
  return { sha, ref, rule, skip: null }
}

/** Why nothing is rolled back although there may be a target, or the target's own reason. */
export function skipReason(
  s: Pick<Settings, 'rollback-strategy' | 'dry-run'>,
  target: Target,
): string | null {
  if (s['rollback-strategy'] === 'none')
    return 'no rollback strategy is configured (rollback-strategy: none)'
  if (s['dry-run'] && !target.skip)
    return `dry run: would roll back to ${releaseName(target.sha)} with the ${s['rollback-strategy']} strategy`
  return target.skip
}

// ---- The rollback and the check of the restored release

export type RollbackSettings = Pick<
  Settings,
  | 'environment'
  | 'rollback-strategy'
  | 'rollback-command'
  | 'rollback-workflow'
  | 'rollback-timeout'
>

/** DEPLOY_GUARD_REASON: the verdict's reason, short enough for an environment variable. */
// One line of plain text: it becomes DEPLOY_GUARD_REASON, a dispatch input and a payload field,
// and an environment variable cannot hold a NUL a probe's name or body may carry (the rollback
// or evidence command would not start at all).
const reasonVar = (failed: VerifyReport) => plainLine(clip(failed.verdict.reason, 500))

/** The log line said as the rollback starts. */
export function rollingBack(s: RollbackSettings, failedSha: string, target: Target): string {
  return `Rolling back ${s.environment} from ${short(failedSha)} to ${releaseName(target.sha)} (${s['rollback-strategy']})`
}

/** What the strategy is asked to do. `key` names this run's rollback deployment. */
export function rollbackRequest(
  s: RollbackSettings,
  target: Target,
  failed: VerifyReport,
  failedSha: string,
  run: { failedDeploymentId: number | null; key: string; defaultBranch: string },
): RollbackRequest {
  return {
    strategy: s['rollback-strategy'],
    environment: s.environment,
    previousSha: target.sha,
    previousRef: target.ref,
    failedSha,
    reason: reasonVar(failed),
    command: s['rollback-command'],
    workflow: s['rollback-workflow'],
    timeoutMs: s['rollback-timeout'],
    failedDeploymentId: run.failedDeploymentId,
    key: run.key,
    defaultBranch: run.defaultBranch,
  }
}

/** What the evidence command's DEPLOY_GUARD_* variables say: what the rollback command's say. */
export function evidenceRequest(
  environment: string,
  target: Target,
  failed: VerifyReport,
  failedSha: string,
): Pick<RollbackRequest, 'environment' | 'previousSha' | 'previousRef' | 'failedSha' | 'reason'> {
  return {
    environment,
    previousSha: target.sha,
    previousRef: target.ref,
    failedSha,
    reason: reasonVar(failed),
  }
}

/** A strategy that threw: a failed rollback that took no time (`at`: when it was caught). */
export function thrownAttempt(e: unknown, at: number): RollbackAttempt {
  return {
    ok: false,
    synchronous: true,
    detail: `the rollback failed: ${(e as Error).message}`,
    startedAt: at,
    endedAt: at,
  }
}

/** The attempt with its warning, if any, carried into the detail the issue and report show. */
export function withWarning(attempt: RollbackAttempt): RollbackAttempt {
  return attempt.warning
    ? { ...attempt, detail: `${attempt.detail} (${attempt.warning})` }
    : attempt
}

/**
 * How the restored release is verified. Asynchronous strategies land later in another
 * workflow: wait for recovery up to the rollback timeout instead of failing fast on the release
 * still serving.
 */
export function restoreConfig(
  config: VerifyConfig,
  attempt: RollbackAttempt,
  rollbackTimeoutMs: number,
): VerifyConfig {
  if (attempt.synchronous) return config
  return {
    ...config,
    failureThreshold: Math.max(
      config.failureThreshold,
      Math.ceil(rollbackTimeoutMs / config.intervalMs),
    ),
  }
}

/**
 * The probes that check the restored release: the release's SHA filled in where they name it.
 * Without its SHA (no GitHub to resolve it) a probe of the served version cannot check it:
 * those are left out, and `unchecked` says so.
 */
export function restoreProbes(
  set: ProbeSet,
  sha: string,
): { probes: Probe[]; unchecked: string | null } {
  const naming = set.release.filter((fields) => fields.length > 0).length
  if (sha || naming === 0) return { probes: probesFor(set, sha), unchecked: null }
  return {
    probes: probesWithoutRelease(set),
    unchecked: `${plural(naming, 'probe')} naming {{ release.sha }} could not check it: its SHA is not known`,
  }
}

/** What the report of the restored release's verification calls it. */
export const restoreTarget = (target: Target) =>
  `the restored release ${target.sha ? short(target.sha) : ''}`.trim()

// ---- What the incident says

export interface Done {
  attempt: RollbackAttempt
  /** Verification of the restored release, when there were probes to run. */
  restore?: VerifyReport
  /** Why some probes did not check the restored release (restoreProbes), when some did not. */
  unchecked?: string
}

export function summarise(
  strategy: RollbackSummary['strategy'],
  skip: string | null,
  attempt: RollbackAttempt | null,
  restore: VerifyReport | undefined,
  unchecked?: string,
): RollbackSummary {
  if (skip || !attempt)
    return { state: 'not-rolled-back', strategy, detail: skip ?? 'no rollback was attempted' }
  if (!attempt.ok) return { state: 'rollback-failed', strategy, detail: attempt.detail }
  const note = unchecked ? ` (${unchecked})` : ''
  if (!restore)
    return {
      state: 'recovered',
      strategy,
      detail: `${attempt.detail}; no probes to verify the restored release${note}`,
    }
  return restore.verdict.healthy
    ? {
        state: 'recovered',
        strategy,
        detail: `${attempt.detail}; the restored release passed verification${note}`,
        restore,
      }
    : {
        state: 'rollback-failed',
        strategy,
        detail: `${attempt.detail}, but the restored release failed verification too: ${restore.verdict.reason}`,
        restore,
      }
}

function firstFailedRound(r: VerifyReport): string | null {
  return r.rounds.find((x) => !x.passed)?.startedAt ?? null
}

/** From the deploy to the end of the check of the restored release, in order. */
export function timeline(
  failed: VerifyReport,
  failedSha: string,
  deployStartedAt: string | null,
  strategy: RollbackSummary['strategy'],
  target: Target,
  done: Done | null,
  evidence: Evidence | null = null,
): TimelineEvent[] {
  const events: TimelineEvent[] = []
  if (deployStartedAt)
    events.push({ at: deployStartedAt, what: `deploy of ${short(failedSha)} started` })
  events.push({ at: failed.startedAt, what: 'verification started' })
  const firstFail = firstFailedRound(failed)
  if (firstFail) events.push({ at: firstFail, what: 'first failed round' })
  events.push({
    at: failed.endedAt,
    what: `verdict: unhealthy (${failed.verdict.severity ?? 'no severity'})`,
  })
  // After the verdict, before the rollback: its time is part of the time to recover.
  if (evidence) events.push(...evidenceEvents(evidence))
  if (!done) return events
  events.push({
    at: iso(done.attempt.startedAt),
    what: `rollback to ${releaseName(target.sha)} started (${strategy})`,
  })
  events.push({
    at: iso(done.attempt.endedAt),
    what: `rollback ${done.attempt.ok ? 'finished' : 'failed'}`,
  })
  if (done.restore)
    events.push({
      at: done.restore.endedAt,
      what: done.restore.verdict.healthy
        ? 'recovery verified'
        : 'restored release failed verification',
    })
  return events
}

/** Why the releases are not compared, or null when GitHub can be asked. */
export function noCompare(previousSha: string, failedSha: string, hasGitHub: boolean) {
  if (!previousSha) return 'there is no previous release to compare with'
  if (!hasGitHub || !failedSha) return 'GitHub was not available to compare the releases'
  return null
}

/** What the issue says when GitHub was asked for the compare and did not answer. */
export const compareLost = (previousSha: string, failedSha: string) =>
  `the compare between ${short(previousSha)} and ${short(failedSha)} could not be fetched from GitHub`

/** The repository's page, or empty outside a repository. */
export const repoUrl = (ctx: Pick<RunContext, 'repo' | 'serverUrl'>) =>
  ctx.repo ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}` : ''

/** Everything the incident issue, the summary and the report are made from. */
export function incidentInput(p: {
  environment: string
  ctx: Pick<RunContext, 'repo' | 'serverUrl' | 'runUrl' | 'actor'>
  failed: VerifyReport
  failedSha: string
  target: Target
  rollback: RollbackSummary
  evidence?: Evidence | null
  timeline: TimelineEvent[]
  changes: { changes: ChangeSet | null; changesNote?: string }
  /** ISO-8601 instant the issue is written. */
  now: string
}): IncidentInput {
  const { ctx, target, rollback } = p
  return {
    environment: p.environment,
    repo: { owner: ctx.repo?.owner ?? '', name: ctx.repo?.repo ?? '', htmlUrl: repoUrl(ctx) },
    failedSha: p.failedSha,
    previousSha: target.sha || null,
    ...(target.sha && target.rule ? { previousRule: target.rule } : {}),
    // A failed rollback may leave the broken release live: P1 whatever the verdict said.
    severity: rollback.state === 'rollback-failed' ? 'P1' : (p.failed.verdict.severity ?? 'P2'),
    verification: p.failed,
    rollback,
    ...(p.evidence ? { evidence: p.evidence } : {}),
    timeline: p.timeline,
    ...p.changes,
    runUrl: ctx.runUrl,
    actor: ctx.actor,
    now: p.now,
  }
}
