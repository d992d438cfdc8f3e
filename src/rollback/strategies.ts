// The four rollback strategies. Each returns what it did as data; none throws for an expected
// failure (a command that exits 1 is a failed rollback, not a crash).

import type { GitHub } from '../github/client.js'
import { short } from '../github/context.js'
import type { Redactor } from '../report/redact.js'
import type { Runner } from '../runner/runner.js'
import { runShell } from './process.js'

export type Strategy = 'none' | 'command' | 'deployment' | 'workflow'

export interface RollbackRequest {
  strategy: Strategy
  environment: string
  previousSha: string
  previousRef: string
  failedSha: string
  reason: string
  command: string
  workflow: string
  timeoutMs: number
  /** The deployment being rolled back, for `payload.rollback_of`. */
  failedDeploymentId: number | null
  /** Identifies this run's rollback deployment, so a lost answer does not make a second one. */
  key: string
  /** The branch a dispatch runs on, when the event payload said it (else GitHub is asked). */
  defaultBranch?: string
}

export interface RollbackAttempt {
  ok: boolean
  /** Whether the restored release is live when this returns (false: it lands later, elsewhere). */
  synchronous: boolean
  detail: string
  startedAt: number
  endedAt: number
  deploymentId?: number
  /** Something the responder must know even though the strategy did its part. */
  warning?: string
}

/** The environment the user's commands see (SPEC: never interpolated into the command). */
export function commandEnv(
  r: Pick<RollbackRequest, 'environment' | 'previousSha' | 'previousRef' | 'failedSha' | 'reason'>,
) {
  return {
    DEPLOY_GUARD_ENVIRONMENT: r.environment,
    DEPLOY_GUARD_PREVIOUS_SHA: r.previousSha,
    DEPLOY_GUARD_PREVIOUS_REF: r.previousRef,
    DEPLOY_GUARD_FAILED_SHA: r.failedSha,
    DEPLOY_GUARD_REASON: r.reason,
  }
}

export async function runRollback(
  r: RollbackRequest,
  deps: {
    gh: GitHub | null
    runner: Runner
    redactor: Redactor
    /** The step's environment, the base of the command's (see runShell). */
    env: Record<string, string | undefined>
    /** The injected clock: the attempt's times go on the incident timeline. */
    now: () => number
    signal?: AbortSignal
  },
): Promise<RollbackAttempt> {
  const startedAt = deps.now()
  const done = (
    ok: boolean,
    detail: string,
    synchronous: boolean,
    extra: Partial<RollbackAttempt> = {},
  ) => ({
    ok,
    detail,
    synchronous,
    startedAt,
    endedAt: deps.now(),
    ...extra,
  })
  const target = r.previousSha ? short(r.previousSha) : 'the previous release'
  switch (r.strategy) {
    case 'none':
      return done(false, 'no rollback strategy is configured (rollback-strategy: none)', true)
    case 'command': {
      const res = await deps.runner.group(`rollback command (to ${target})`, () =>
        runShell(r.command, {
          env: commandEnv(r),
          base: deps.env,
          now: deps.now,
          timeoutMs: r.timeoutMs,
          onLine: (l) => deps.runner.info(deps.redactor.text(l)),
          signal: deps.signal,
        }),
      )
      if (res.code === 0)
        return done(
          true,
          `the rollback command re-deployed ${target} in ${Math.round(res.durationMs / 1000)}s`,
          true,
        )
      const why = res.timedOut
        ? `timed out after ${Math.round(r.timeoutMs / 1000)}s and was stopped`
        : res.cancelled
          ? 'was cancelled'
          : `exited with ${res.code ?? res.signal}`
      return done(false, `the rollback command ${why}`, true)
    }
    case 'deployment': {
      if (!deps.gh)
        return done(false, 'the deployment strategy needs a GitHub token and repository', true)
      const d = await deps.gh.createDeployment({
        sha: r.previousSha,
        environment: r.environment,
        description: `deploy-guard rollback from ${short(r.failedSha)} to ${target}`,
        payload: {
          rollback_of: r.failedDeploymentId,
          failed_sha: r.failedSha,
          reason: r.reason,
        },
        key: r.key,
      })
      // GitHub: "events triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch
      // and repository_dispatch, will not create a new workflow run"
      // (https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow#triggering-a-workflow-from-a-workflow).
      // Its writes are GitHub Actions' own: the deployment's creator is github-actions[bot].
      const warning =
        d.creator?.login === 'github-actions[bot]'
          ? `deployment ${d.id} was created with the workflow's GITHUB_TOKEN, and GitHub starts no workflow for events that token triggers: a workflow on: deployment will not run. Pass a GitHub App or personal token as github-token, or use rollback-strategy: workflow (a dispatch does start a workflow).`
          : undefined
      return done(
        true,
        `created deployment ${d.id} of ${target} for workflows that run on: deployment`,
        false,
        { deploymentId: d.id, ...(warning ? { warning } : {}) },
      )
    }
    case 'workflow': {
      if (!deps.gh)
        return done(false, 'the workflow strategy needs a GitHub token and repository', true)
      const branch = r.defaultBranch || (await deps.gh.getRepo()).default_branch
      const { unclear } = await deps.gh.dispatchWorkflow(r.workflow, branch, {
        sha: r.previousSha,
        reason: r.reason,
      })
      // Without a clear answer the dispatch may or may not have started; repeating it could
      // start two rollbacks. Probing for the restored release tells which.
      return done(
        true,
        unclear
          ? `dispatched ${r.workflow} on ${branch} with sha ${target}, but GitHub's answer was lost (${unclear}); it was not repeated`
          : `dispatched ${r.workflow} on ${branch} with sha ${target}`,
        false,
      )
    }
  }
}
