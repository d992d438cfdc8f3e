// The failure branch's decisions from plain values: no GitHub, no runner, no clock. The steps
// that ask GitHub and roll back are run end to end in test/e2e/rollback-action.test.ts.
import type { Deployment } from '../../src/github/client.js'
import {
  compareLost,
  discoveredTarget,
  earlierFailure,
  evidenceRequest,
  failedDescription,
  fullShaTarget,
  incidentInput,
  noCompare,
  ownDeployment,
  repoUrl,
  restoreConfig,
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
  type RollbackSettings,
  type Target,
} from '../../src/rollback/plan.js'
import { FAILED_MARK, VERIFIED_MARK, judge } from '../../src/rollback/previous.js'
import type { RollbackAttempt } from '../../src/rollback/strategies.js'
import type { VerifyReport } from '../../src/verify/report.js'
import { FAILED, PREVIOUS, T0, at, failedReport } from '../incident/render-fixtures.js'

const target: Target = { sha: PREVIOUS, ref: 'v1.4.0', rule: 'verified', skip: null }
const settings: RollbackSettings = {
  environment: 'production',
  'rollback-strategy': 'command',
  'rollback-command': './deploy.sh',
  'rollback-workflow': '',
  'rollback-timeout': 300_000,
}
const attempt = (extra: Partial<RollbackAttempt> = {}): RollbackAttempt => ({
  ok: true,
  synchronous: true,
  detail: 'the rollback command re-deployed def5678 in 12s',
  startedAt: T0 + 40_000,
  endedAt: T0 + 52_000,
  ...extra,
})
function restored(healthy: boolean): VerifyReport {
  const r = failedReport()
  return {
    ...r,
    target: 'the restored release def5678',
    endedAt: at(90),
    verdict: healthy
      ? {
          ...r.verdict,
          healthy: true,
          outcome: 'healthy',
          severity: null,
          reason: '3 rounds passed',
        }
      : { ...r.verdict, reason: 'homepage still answers 502' },
  }
}
const deployment = (id: number, sha: string, environment: string) =>
  ({ id, sha, environment, ref: sha, created_at: at(0) }) as Deployment

describe("this release's deployment", () => {
  test('the failure description carries the mark that discovery reads as failed', () => {
    const description = failedDescription(failedReport())
    expect(description).toBe(`${FAILED_MARK}: ${failedReport().verdict.reason}`)
    expect(judge([{ state: 'failure', description }])).toBe('failed')
  })

  test("the deployment of this SHA, the environment's name in any case", () => {
    const found = [
      deployment(3, PREVIOUS, 'production'),
      deployment(2, FAILED, 'staging'),
      deployment(1, FAILED, 'Production'),
    ]
    expect(ownDeployment(found, FAILED, 'production')?.id).toBe(1)
    expect(ownDeployment(found, FAILED, 'qa')).toBeNull()
    expect(ownDeployment([], FAILED, 'production')).toBeNull()
  })

  test('an earlier failure mark is found among the statuses, and only a failure mark', () => {
    const failed = `${FAILED_MARK}: 3 rounds failed`
    expect(
      earlierFailure([
        { state: 'in_progress', description: 'deploying' },
        { state: 'failure', description: failed },
      ]),
    ).toBe(failed)
    expect(earlierFailure([{ state: 'error', description: failed }])).toBe(failed)
    expect(earlierFailure([{ state: 'failure', description: 'the deploy job failed' }])).toBeNull()
    expect(earlierFailure([{ state: 'success', description: VERIFIED_MARK }])).toBeNull()
    expect(earlierFailure([])).toBeNull()
  })
})

describe('the release to go back to', () => {
  test('a full SHA in previous-ref is the release, in lower case; anything else is not', () => {
    expect(fullShaTarget(PREVIOUS.toUpperCase())).toEqual({
      sha: PREVIOUS,
      ref: PREVIOUS,
      rule: 'explicit',
      skip: null,
    })
    expect(fullShaTarget(PREVIOUS.slice(0, 7))).toBeNull()
    expect(fullShaTarget('v1.4.0')).toBeNull()
    expect(fullShaTarget('')).toBeNull()
  })

  test('without GitHub: previous-ref as given, a command on its own, or nothing', () => {
    const none = { 'previous-ref': '', 'rollback-strategy': 'deployment' } as const
    expect(targetWithoutGitHub({ ...none, 'previous-ref': 'v1.4.0' })).toEqual({
      sha: '',
      ref: 'v1.4.0',
      rule: 'explicit',
      skip: null,
    })
    expect(targetWithoutGitHub({ ...none, 'previous-ref': PREVIOUS })).toMatchObject({
      sha: PREVIOUS,
      skip: null,
    })
    expect(targetWithoutGitHub({ ...none, 'rollback-strategy': 'command' })).toEqual({
      sha: '',
      ref: '',
      rule: null,
      skip: null,
    })
    expect(targetWithoutGitHub(none)).toMatchObject({
      sha: '',
      skip: 'no previous release is known (no previous-ref, no GitHub access)',
    })
  })

  test('a previous-ref GitHub cannot resolve is no target, with its answer', () => {
    expect(unresolvedTarget('v9', 'Not Found')).toEqual({
      sha: '',
      ref: '',
      rule: null,
      skip: 'previous-ref "v9" could not be resolved to a commit (Not Found)',
    })
  })

  test('what discovery found, a newer deploy, or why nothing', () => {
    const previous = { sha: PREVIOUS, ref: 'v1.4.0', deploymentId: 7, rule: 'fallback' as const }
    expect(discoveredTarget({ previous, newer: null, note: '' }, 'production')).toEqual({
      sha: PREVIOUS,
      ref: 'v1.4.0',
      rule: 'fallback',
      skip: null,
    })
    // A newer deploy outweighs a previous release: rolling back would undo someone's deploy.
    const newer = deployment(9, 'fedcba9876543210fedcba9876543210fedcba98', 'production')
    expect(discoveredTarget({ previous, newer, note: '' }, 'production')).toMatchObject({
      sha: '',
      skip: 'a newer deploy of fedcba9 to production started after this one, so deploy-guard did not roll back over it',
    })
    expect(
      discoveredTarget({ previous: null, newer: null, note: 'this looks like the first deploy' }, 'production').skip, // prettier-ignore
    ).toBe('this looks like the first deploy')
    expect(discoveredTarget(null, 'production').skip).toBe(
      'the previous release could not be found',
    )
  })

  test('strategy none and dry runs skip the rollback; otherwise the target says', () => {
    const s = { 'rollback-strategy': 'command', 'dry-run': false } as const
    expect(skipReason(s, target)).toBeNull()
    expect(skipReason({ ...s, 'rollback-strategy': 'none' }, target)).toBe(
      'no rollback strategy is configured (rollback-strategy: none)',
    )
    expect(skipReason({ ...s, 'dry-run': true }, target)).toBe(
      'dry run: would roll back to def5678 with the command strategy',
    )
    const unknown = { ...target, sha: '', ref: '' }
    expect(skipReason({ ...s, 'dry-run': true }, unknown)).toBe(
      'dry run: would roll back to the previous release with the command strategy',
    )
    // In a dry run too, the reason there is no target is the one people need.
    const none = { ...unknown, skip: 'no previous release is known' }
    expect(skipReason({ ...s, 'dry-run': true }, none)).toBe('no previous release is known')
    expect(skipReason(s, none)).toBe('no previous release is known')
  })
})

describe('the rollback', () => {
  test('the log line names the environment, both releases and the strategy', () => {
    expect(rollingBack(settings, FAILED, target)).toBe(
      'Rolling back production from abc1234 to def5678 (command)',
    )
    expect(rollingBack(settings, FAILED, { ...target, sha: '' })).toBe(
      'Rolling back production from abc1234 to the previous release (command)',
    )
  })

  test('the request carries the target, the settings and at most 500 characters of reason', () => {
    const long = failedReport()
    long.verdict.reason = 'x'.repeat(600)
    const run = { failedDeploymentId: 41, key: 'rollback:7:production', defaultBranch: 'main' }
    expect(rollbackRequest(settings, target, long, FAILED, run)).toEqual({
      strategy: 'command',
      environment: 'production',
      previousSha: PREVIOUS,
      previousRef: 'v1.4.0',
      failedSha: FAILED,
      reason: `${'x'.repeat(499)}…`,
      command: './deploy.sh',
      workflow: '',
      timeoutMs: 300_000,
      failedDeploymentId: 41,
      key: 'rollback:7:production',
      defaultBranch: 'main',
    })
  })

  test('the reason is one plain line: it becomes an environment variable, which holds no NUL', () => {
    const hostile = failedReport()
    hostile.verdict.reason = 'probe a\u0000b\n::error::forged \u202e(http-status)'
    const run = { failedDeploymentId: 41, key: 'rollback:7:production', defaultBranch: 'main' }
    expect(rollbackRequest(settings, target, hostile, FAILED, run).reason).toBe(
      'probe ab ::error::forged (http-status)',
    )
  })

  test('a strategy that threw is a failed rollback at the instant it was caught', () => {
    expect(thrownAttempt(new Error('spawn bash ENOENT'), T0)).toEqual({
      ok: false,
      synchronous: true,
      detail: 'the rollback failed: spawn bash ENOENT',
      startedAt: T0,
      endedAt: T0,
    })
  })

  test("a strategy's warning is carried into the detail", () => {
    const warned = attempt({ warning: 'no workflow will run' })
    expect(withWarning(warned).detail).toBe(`${attempt().detail} (no workflow will run)`)
    expect(withWarning(attempt())).toEqual(attempt())
  })

  test('an asynchronous rollback is waited for up to the rollback timeout', () => {
    const config = failedReport().config // every 10 s, 3 failed rounds
    expect(restoreConfig(config, attempt(), 300_000)).toEqual(config)
    expect(restoreConfig(config, attempt({ synchronous: false }), 300_000)).toEqual({
      ...config,
      failureThreshold: 30,
    })
    // Never fewer failed rounds than configured, and a partial interval counts as one.
    expect(restoreConfig(config, attempt({ synchronous: false }), 15_000).failureThreshold).toBe(3)
    expect(restoreConfig(config, attempt({ synchronous: false }), 45_001).failureThreshold).toBe(5)
  })

  test('the restored release is named by its short SHA when it is known', () => {
    expect(restoreTarget(target)).toBe('the restored release def5678')
    expect(restoreTarget({ ...target, sha: '' })).toBe('the restored release')
  })
})

describe('what the incident says', () => {
  test('the rollback summary for every outcome', () => {
    expect(summarise('command', 'dry run: would roll back', null, undefined)).toEqual({
      state: 'not-rolled-back',
      strategy: 'command',
      detail: 'dry run: would roll back',
    })
    expect(summarise('command', null, null, undefined).detail).toBe('no rollback was attempted')
    expect(summarise('command', null, attempt({ ok: false, detail: 'exited with 1' }), undefined)).toEqual({ state: 'rollback-failed', strategy: 'command', detail: 'exited with 1' }) // prettier-ignore
    expect(summarise('command', null, attempt(), undefined)).toEqual({
      state: 'recovered',
      strategy: 'command',
      detail: `${attempt().detail}; no probes to verify the restored release`,
    })
    const good = restored(true)
    expect(summarise('command', null, attempt(), good)).toEqual({
      state: 'recovered',
      strategy: 'command',
      detail: `${attempt().detail}; the restored release passed verification`,
      restore: good,
    })
    const bad = restored(false)
    expect(summarise('command', null, attempt(), bad)).toEqual({
      state: 'rollback-failed',
      strategy: 'command',
      detail: `${attempt().detail}, but the restored release failed verification too: homepage still answers 502`,
      restore: bad,
    })
  })

  test('the timeline from the deploy to the check of the restored release', () => {
    const done = { attempt: attempt(), restore: restored(true) }
    expect(timeline(failedReport(), FAILED, at(-60), 'command', target, done)).toEqual([
      { at: at(-60), what: 'deploy of abc1234 started' },
      { at: at(0), what: 'verification started' },
      { at: at(10), what: 'first failed round' },
      { at: at(31), what: 'verdict: unhealthy (P1)' },
      { at: at(40), what: 'rollback to def5678 started (command)' },
      { at: at(52), what: 'rollback finished' },
      { at: at(90), what: 'recovery verified' },
    ])
  })

  test('the evidence command between the verdict and the rollback; with or without a rollback', () => {
    const evidence = {
      outcome: 'timed-out' as const,
      detail: 'did not finish within evidence-timeout (30s)',
      exitCode: null,
      signal: null,
      startedAt: at(32),
      endedAt: at(62),
      timeoutMs: 30_000,
      output: '',
      lines: 0,
      bytes: 0,
      truncated: false,
    }
    const done = { attempt: attempt({ startedAt: T0 + 62_000 }), restore: restored(true) }
    const events = timeline(failedReport(), FAILED, null, 'command', target, done, evidence)
    expect(events.map((e) => e.what).slice(2, 6)).toEqual([
      'verdict: unhealthy (P1)',
      'evidence command started',
      'evidence command timed out after 30s and was stopped',
      'rollback to def5678 started (command)',
    ])
    // strategy none: the evidence is still gathered, and on the timeline
    expect(
      timeline(failedReport(), FAILED, null, 'none', target, null, evidence).slice(-2),
    ).toEqual([
      { at: at(32), what: 'evidence command started' },
      { at: at(62), what: 'evidence command timed out after 30s and was stopped' },
    ])
    expect(incidentInput({ ...baseParts(), evidence }).evidence).toBe(evidence)
    expect(incidentInput({ ...baseParts(), evidence: null })).not.toHaveProperty('evidence')
  })

  test("the evidence command's variables are the rollback command's", () => {
    const request = rollbackRequest(settings, target, failedReport(), FAILED, {
      failedDeploymentId: 7,
      key: 'k',
      defaultBranch: 'main',
    })
    expect(evidenceRequest('production', target, failedReport(), FAILED)).toEqual({
      environment: request.environment,
      previousSha: request.previousSha,
      previousRef: request.previousRef,
      failedSha: request.failedSha,
      reason: request.reason,
    })
  })

  test('a timeline without a known deploy, a failed round or a rollback', () => {
    const cancelled = { ...failedReport(), rounds: [] }
    cancelled.verdict = { ...cancelled.verdict, severity: null }
    expect(timeline(cancelled, FAILED, null, 'command', target, null)).toEqual([
      { at: at(0), what: 'verification started' },
      { at: at(31), what: 'verdict: unhealthy (no severity)' },
    ])
    const failedRollback = { attempt: attempt({ ok: false }) }
    expect(
      timeline(failedReport(), FAILED, null, 'workflow', { ...target, sha: '' }, failedRollback).slice(-2), // prettier-ignore
    ).toEqual([
      { at: at(40), what: 'rollback to the previous release started (workflow)' },
      { at: at(52), what: 'rollback failed' },
    ])
    const stillBad = { attempt: attempt(), restore: restored(false) }
    expect(timeline(failedReport(), FAILED, null, 'command', target, stillBad).at(-1)).toEqual({
      at: at(90),
      what: 'restored release failed verification',
    })
  })

  test('why the releases are not compared', () => {
    expect(noCompare('', FAILED, true)).toBe('there is no previous release to compare with')
    expect(noCompare(PREVIOUS, FAILED, false)).toBe(
      'GitHub was not available to compare the releases',
    )
    expect(noCompare(PREVIOUS, '', true)).toBe('GitHub was not available to compare the releases')
    expect(noCompare(PREVIOUS, FAILED, true)).toBeNull()
    expect(compareLost(PREVIOUS, FAILED)).toBe(
      'the compare between def5678 and abc1234 could not be fetched from GitHub',
    )
  })

  const ctx = {
    repo: { owner: 'acme', repo: 'shop' },
    serverUrl: 'https://github.example.com',
    runUrl: 'https://github.example.com/acme/shop/actions/runs/7',
    actor: 'octocat',
  }
  const input = (over: { target?: Target; rollback?: ReturnType<typeof summarise> } = {}) =>
    incidentInput({
      environment: 'production',
      ctx,
      failed: failedReport(),
      failedSha: FAILED,
      target: over.target ?? target,
      rollback: over.rollback ?? summarise('command', null, attempt(), undefined),
      timeline: [],
      changes: { changes: null, changesNote: 'there is no previous release to compare with' },
      now: at(100),
    })

  test('the incident input from the parts', () => {
    expect(input()).toEqual({
      environment: 'production',
      repo: { owner: 'acme', name: 'shop', htmlUrl: 'https://github.example.com/acme/shop' },
      failedSha: FAILED,
      previousSha: PREVIOUS,
      previousRule: 'verified',
      severity: 'P1',
      verification: failedReport(),
      rollback: summarise('command', null, attempt(), undefined),
      timeline: [],
      changes: null,
      changesNote: 'there is no previous release to compare with',
      runUrl: ctx.runUrl,
      actor: 'octocat',
      now: at(100),
    })
    expect(repoUrl({ repo: null, serverUrl: 'https://github.com' })).toBe('')
  })

  test('no previous SHA: no rule either', () => {
    const unknown = input({ target: { ...target, sha: '', rule: 'explicit' } })
    expect(unknown.previousSha).toBeNull()
    expect(unknown).not.toHaveProperty('previousRule')
  })

  test("severity: the verdict's, P1 when the rollback failed, P2 when the verdict has none", () => {
    const failedRollback = summarise('command', null, attempt({ ok: false }), undefined)
    expect(input({ rollback: failedRollback }).severity).toBe('P1')
    const p2 = failedReport()
    p2.verdict.severity = 'P2'
    const unrated = failedReport()
    unrated.verdict.severity = null
    const withFailed = (failed: VerifyReport) => incidentInput({ ...baseParts(), failed }).severity
    expect(withFailed(p2)).toBe('P2')
    expect(withFailed(unrated)).toBe('P2')
    expect(
      incidentInput({ ...baseParts(), failed: unrated, rollback: failedRollback }).severity,
    ).toBe('P1')
  })

  const baseParts = () => ({
    environment: 'production',
    ctx,
    failed: failedReport(),
    failedSha: FAILED,
    target,
    rollback: summarise('command', null, attempt(), undefined),
    timeline: [],
    changes: { changes: null },
    now: at(100),
  })
})
