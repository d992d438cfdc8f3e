// The steps that change things: `verify` (with its failure branch), `rollback` on demand, and
// `deploy` (window, deploy-command, verify). Order when things fail: roll back first, write to
// GitHub second, and keep the whole report on disk and in the summary whatever GitHub does.

import type { Settings } from '../config/inputs.js'
import { readYamlSource } from '../config/yaml.js'
import type { Deployment, GitHub } from '../github/client.js'
import { github } from '../github/connect.js'
import { runContext, short } from '../github/context.js'
import { publishIncident, type Published } from '../incident/publish.js'
import { renderIncidentBody } from '../incident/render.js'
import { md } from '../report/markdown.js'
import { Redactor, secretsInEnv } from '../report/redact.js'
import { writeReport } from '../report/report-file.js'
import { VERIFIED_MARK, ruleSentence } from '../rollback/previous.js'
import { markDeployment, rollBack, soft, trackDeployment, type FlowDeps } from '../rollback/flow.js'
import { runShell } from '../rollback/process.js'
import { commandEnv } from '../rollback/strategies.js'
import type { Runner } from '../runner/runner.js'
import { analysisConfig, prepareProbes, probeRelease } from '../verify/command.js'
import { renderVerifySummary, verdictSentence, type VerifyReport } from '../verify/report.js'
import { iso } from '../report/time.js'

export interface StepIO {
  runner: Runner
  env: Record<string, string | undefined>
  now: () => number
  reportDir: string
  signal?: AbortSignal
}

function flowDeps(s: Settings, io: StepIO, withProbes: boolean): FlowDeps {
  const ctx = runContext(io.env)
  // The token and the step's secret-named variables (the commands see them) are scrubbed too.
  const token = s['github-token']
  const envSecrets = [...new Set(secretsInEnv(io.env))].filter((x) => x !== token)
  for (const x of envSecrets) io.runner.secret(x) // the token was registered on the way in
  if (token) envSecrets.push(token)
  let prepared: ReturnType<typeof prepareProbes> | null = null
  if (withProbes || s.probes.trim()) {
    const src = readYamlSource(s.probes, 'probes', ctx.workspace)
    prepared = prepareProbes(src.text, io.runner, src.file ? io.env : undefined, envSecrets)
  }
  return {
    settings: s,
    runner: io.runner,
    now: io.now,
    reportDir: io.reportDir,
    ctx,
    gh: github(s, ctx, io),
    redactor: prepared?.redactor ?? new Redactor(envSecrets),
    probes: prepared?.probes ?? null,
    config: analysisConfig(s),
    ...(io.signal ? { signal: io.signal } : {}),
  }
}

/** Outputs, report file and summary for a failed release, then the failed step. */
async function afterFailure(
  failed: VerifyReport,
  sha: string,
  d: FlowDeps,
  deploymentId: number | null,
  startedAt: string | null,
) {
  const { settings: s, runner } = d
  const incident = await rollBack(failed, { deploymentId, startedAt }, sha, d)
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
      previousSha,
      previousRule: incident.previousRule ?? null,
      rollback: incident.rollback,
      timeline: incident.timeline,
      issue,
      verification: failed,
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
    issue = await soft(runner, 'write the incident issue', () =>
      publishIncident(gh, incident, s, {
        actor: d.ctx.actor,
        runId: d.ctx.runId || 'local',
        warn: (m) => runner.warning(m),
      }),
    )
    if (!issue) issueError = 'GitHub did not accept it'
    else writeReport(d.reportDir, name, report(issue))
  }

  runner.output('healthy', 'false')
  runner.output('severity', incident.severity)
  runner.output('rolled-back', String(rolledBack))
  runner.output('previous-sha', previousSha)
  runner.output('issue-number', issue ? String(issue.number) : '')
  runner.output('issue-url', issue?.url ?? '')
  runner.output('report', file)

  const lines = [
    renderVerifySummary(failed),
    `### Rollback: ${incident.rollback.state}`,
    '',
    md(incident.rollback.detail),
    '',
  ]
  // Which rule chose the release rolled back to; a fallback was never verified by deploy-guard.
  if (incident.previousSha && incident.previousRule)
    lines.push(
      `${incident.previousRule === 'fallback' ? '⚠️ ' : ''}Previous release: ${md(ruleSentence({ sha: incident.previousSha, rule: incident.previousRule }))}.`,
      '',
    )
  if (incident.rollback.restore) lines.push(renderVerifySummary(incident.rollback.restore))
  if (issue)
    lines.push(
      `Incident issue: [#${issue.number}](${issue.url}) (${issue.created ? 'opened' : 'updated'})`,
      '',
    )
  else
    lines.push(
      `The incident issue was not written (${md(issueError)}); here it is in full, and in the report file.`,
      '',
      d.redactor.text(renderIncidentBody(incident)),
    )
  await runner.summary(lines.join('\n'))
  const where = issue
    ? ` Incident: ${issue.url}`
    : ` The incident issue was not written (${issueError}); the full report is in the job summary and at ${file}.`
  const sentence = `${verdictSentence(failed)} Rollback: ${incident.rollback.detail.replace(/\.$/, '')}.${where}`
  // A rollback someone asked for, done and verified, is a success; anything else fails the step.
  if (s.command === 'rollback' && rolledBack) runner.info(sentence)
  else runner.fail(sentence)
}

/** `command: verify`: probe the deployed release; on failure roll back, verify, and open the issue. */
export async function verifyStep(s: Settings, io: StepIO, sha?: string): Promise<void> {
  const d = flowDeps(s, io, true)
  const failedSha = sha ?? d.ctx.sha
  // GitHub's record of the deployment is written while the first rounds probe: its pacing of
  // writes must not delay detection. A rerun must know first whether it is finishing a story.
  const tracked = trackDeployment(d, failedSha)
  if (d.ctx.runAttempt > 1) {
    const t = await tracked
    if (t.failedBefore) {
      const why = `an earlier attempt of this run marked ${failedSha ? short(failedSha) : 'this release'} failed ("${t.failedBefore}"); this attempt finishes its rollback and incident instead of verifying again`
      io.runner.warning(why)
      await afterFailure(
        failedWithoutProbing(d, failedSha, why),
        failedSha,
        d,
        t.deploymentId,
        t.startedAt,
      )
      return
    }
  }
  const { report } = await probeRelease(
    d.probes!,
    d.config,
    {
      runner: io.runner,
      now: io.now,
      workspace: d.ctx.workspace,
      reportDir: io.reportDir,
      ...(io.signal ? { signal: io.signal } : {}),
    },
    {
      target: failedSha ? `release ${short(failedSha)}` : 'the deployed release',
      environment: s.environment,
    },
    d.redactor,
  )
  const tracking = await tracked
  if (report.verdict.healthy) {
    await markDeployment(d, tracking, 'success', VERIFIED_MARK)
    const file = writeReport(io.reportDir, `deploy-guard-${s.command}-${s.environment}`, report)
    io.runner.output('healthy', 'true')
    io.runner.output('severity', '')
    io.runner.output('rolled-back', 'false')
    io.runner.output('report', file)
    io.runner.info(verdictSentence(report))
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
    io.runner.fail(verdictSentence(report))
    return
  }
  await afterFailure(report, failedSha, d, tracking.deploymentId, tracking.startedAt)
}

/** `command: rollback`: the failure branch on demand, for the newest deployment of the environment. */
export async function rollbackStep(s: Settings, io: StepIO): Promise<void> {
  const d = flowDeps(s, io, false)
  let sha = d.ctx.sha
  let deploymentId: number | null = null
  let startedAt: string | null = null
  if (d.gh) {
    const gh = d.gh
    const recent =
      (await soft(io.runner, 'list deployments', () =>
        gh.deployments(s.environment, { perPage: 5 }),
      )) ?? []
    const latest = await notThisRun(gh, recent, d.ctx.runUrl, io.runner)
    d.ownDeployments = recent
      .slice(0, latest ? recent.indexOf(latest) : recent.length)
      .map((x) => x.id)
    if (latest) ({ sha, id: deploymentId, created_at: startedAt } = latest)
  }
  const reason = `@${d.ctx.actor} requested a rollback: ${s['override-reason'] || 'on demand'}`
  await afterFailure(failedWithoutProbing(d, sha, reason), sha, d, deploymentId, startedAt)
}

/**
 * The newest deployment that is not this job's own. A rollback job with `environment:` gets a
 * deployment of its own commit from GitHub, newer than the release it is meant to roll back:
 * its statuses link to this run and it is still under way (an earlier step's deploy has ended).
 */
async function notThisRun(
  gh: GitHub,
  recent: Deployment[],
  runUrl: string,
  runner: Runner,
): Promise<Deployment | undefined> {
  if (!runUrl) return recent[0]
  const ours = (u?: string) => !!u && (u === runUrl || u.startsWith(`${runUrl}/`))
  for (const dep of recent) {
    // newest first, as GitHub lists them
    const statuses =
      (await soft(runner, 'read deployment statuses', () => gh.statuses(dep.id, 5))) ?? []
    const running = ['queued', 'pending', 'in_progress'].includes(statuses[0]?.state ?? '')
    if (!(running && statuses.some((st) => ours(st.log_url) || ours(st.target_url)))) return dep
  }
  return undefined
}

/** A failure that no probe round measured (a rollback on demand, a deploy command that failed). */
function failedWithoutProbing(d: FlowDeps, sha: string, reason: string): VerifyReport {
  const at = iso(d.now())
  return {
    command: 'verify',
    target: sha ? `release ${short(sha)}` : 'the current release',
    environment: d.settings.environment,
    startedAt: at,
    endedAt: at,
    config: d.config,
    probes: [],
    verdict: {
      healthy: false,
      outcome: 'failing',
      severity: 'P2',
      reason,
      deciding: [],
      failing: [],
    },
    rounds: [],
  }
}

/** `command: deploy`: the deploy-command between a window check and a verification. */
export async function deployStep(
  s: Settings,
  io: StepIO,
  windowOpen: () => Promise<boolean>,
): Promise<void> {
  if (!(await windowOpen())) return
  const d = flowDeps(s, io, true)
  const sha = d.ctx.sha
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
  await verifyStep(s, io, sha)
}
