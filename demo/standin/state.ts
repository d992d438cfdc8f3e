// The stand-in's memory: everything written through the API, stored in the shape GitHub returns
// it, so tests can read it directly and seed it (deployment history, pull requests for commits).
import { IssueStore } from './issues.js'
import { GITHUB_TOKEN_LOGIN, nodeId, repositoryObject } from './objects.js'
import { pullObject } from './pulls.js'
import {
  ApiError,
  validationFailed,
  type Deployment,
  type DeploymentState,
  type DeploymentStatus,
  type Dispatch,
  type PullInput,
} from './types.js'

export * from './types.js'
export { BODY_LIMIT } from './issues.js'

const REPO_CREATED_AT = '2024-01-02T03:04:05Z'

type StatusFields = Pick<
  DeploymentStatus,
  'state' | 'description' | 'environment' | 'target_url' | 'log_url' | 'environment_url'
>

/** A deployment as the API's POST body has it, plus what a test may seed. */
export interface DeploymentInput {
  ref: string
  task?: string
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
  transient_environment?: boolean
  production_environment?: boolean
  sha?: string
  creator?: string
  created_at?: string
}

/**
 * How GET /deployments?environment= compares names. GitHub documents that "Environment names are
 * not case sensitive. An environment name may not exceed 255 characters and must be unique within
 * the repository."
 * (https://docs.github.com/en/actions/how-tos/deploy/configure-and-manage-deployments/manage-environments#creating-an-environment)
 * It documents nothing about how the deployments API compares them: neither whether the list
 * filter matches `Production` to deployments of `production`, nor what a deployment created with
 * `environment: Production` stores when the environment exists as `production` (the description
 * says only "Name for the target deployment environment"). The stand-in stores the name exactly as
 * sent, and filters `exact`ly by default: the reading under which a client that relies on GitHub
 * to fold case finds nothing. `case-insensitive` models the other reading, so a client can be
 * tested against both.
 */
export type EnvironmentMatch = 'exact' | 'case-insensitive'

/** A status of a recorded deployment: its state alone, or with what a job would set. */
export type RecordedStatus =
  | DeploymentState
  | { state: DeploymentState; description?: string; log_url?: string; environment_url?: string }

/** A deployment as a workflow job would have left it, for StandInState.recordDeployment. */
export interface RecordDeploymentInput {
  /** Any commit-ish the repository resolves (a SHA, a short SHA, a tag, a branch); stored in full. */
  sha: string
  /** The deployment's ref (default: `sha` as given). */
  ref?: string
  /** Default `production`. */
  environment?: string
  /** Login of its creator (default `github-actions[bot]`, as for a job's `environment:`). */
  creator?: string
  /** Statuses, oldest first, e.g. `['in_progress', 'success']`; each made by the creator. */
  statuses?: RecordedStatus[]
  task?: string
  description?: string
  payload?: Record<string, unknown> | string
  created_at?: string
}

export class StandInState extends IssueStore {
  /** Commit author e-mail to GitHub login; unmapped authors appear with `author: null`. */
  readonly authors = new Map<string, string>()
  /** Every deployment, oldest first (the list endpoint returns newest first). */
  readonly deployments: Deployment[] = []
  /** Statuses per deployment id, oldest first. */
  readonly statuses = new Map<number, DeploymentStatus[]>()
  readonly dispatches: Dispatch[] = []
  /** Pull requests per full commit SHA, as GET /commits/{sha}/pulls returns them. */
  readonly pulls = new Map<string, Record<string, unknown>[]>()
  /** How deployment environments are compared (see EnvironmentMatch). */
  environmentMatch: EnvironmentMatch = 'exact'
  /** Whether each deployment's `deployment` event starts workflow runs (see startsWorkflows). */
  private readonly startingWorkflows = new Map<number, boolean>()

  constructor(
    api: string,
    owner: string,
    repo: string,
    defaultBranch: string,
    /** Resolves a ref to a full SHA, or undefined when the repository has no such commit. */
    readonly resolveSha: (ref: string) => string | undefined,
  ) {
    super(api, owner, repo, defaultBranch)
  }

  // Deployments ---------------------------------------------------------------------------

  createDeployment(input: DeploymentInput): Deployment {
    const sha = input.sha ?? this.resolveSha(input.ref)
    if (!sha) throw validationFailedRef(input.ref)
    const id = this.id()
    const environment = input.environment ?? 'production'
    const at = input.created_at ?? this.timestamp()
    const url = `${this.ctx.apiRepo}/deployments/${id}`
    const d: Deployment = {
      url,
      id,
      node_id: nodeId('DE', id),
      sha,
      ref: input.ref,
      task: input.task ?? 'deploy',
      payload: normalisePayload(input.payload),
      original_environment: environment,
      environment,
      description: input.description ?? '',
      creator: this.user(input.creator),
      created_at: at,
      updated_at: at,
      statuses_url: `${url}/statuses`,
      repository_url: this.ctx.apiRepo,
      transient_environment: input.transient_environment ?? false,
      production_environment: input.production_environment ?? environment === 'production',
    }
    this.deployments.push(d)
    this.statuses.set(id, [])
    this.startingWorkflows.set(id, startsWorkflows(d.creator?.login ?? this.actor))
    return d
  }

  /**
   * Whether the `deployment` event of this deployment would start workflow runs (`on:
   * deployment`). GitHub: "When you use the repository's GITHUB_TOKEN to perform tasks, events
   * triggered by the GITHUB_TOKEN, with the exception of workflow_dispatch and
   * repository_dispatch, will not create a new workflow run."
   * (https://docs.github.com/en/actions/how-tos/write-workflows/choose-when-workflows-run/trigger-a-workflow#triggering-a-workflow-from-a-workflow)
   * So a deployment created by github-actions[bot] (GITHUB_TOKEN, or a job's `environment:`)
   * starts none; one created with a personal access token or a GitHub App token does.
   */
  startsWorkflows(deploymentId: number): boolean {
    return this.startingWorkflows.get(deploymentId) ?? false
  }

  /** Whether `name` names the environment `environment` (see EnvironmentMatch). */
  sameEnvironment(environment: string, name: string): boolean {
    if (this.environmentMatch === 'exact') return environment === name
    return environment.toLowerCase() === name.toLowerCase()
  }

  /**
   * Records a deployment as if a workflow job had made it, with its statuses: the history a
   * deploy-guard run finds. Throws a 422 ApiError when the repository has no such commit.
   */
  recordDeployment(input: RecordDeploymentInput): Deployment {
    const sha = this.resolveSha(input.sha)
    if (!sha) throw new ApiError(422, { message: `No commit found for SHA: ${input.sha}` })
    const creator = input.creator ?? GITHUB_TOKEN_LOGIN
    const d = this.createDeployment({
      ref: input.ref ?? input.sha,
      sha,
      environment: input.environment,
      creator,
      task: input.task,
      description: input.description,
      payload: input.payload,
      created_at: input.created_at,
    })
    for (const s of input.statuses ?? []) {
      const status = typeof s === 'string' ? { state: s } : s
      this.createDeploymentStatus(d.id, { ...status, creator })
    }
    return d
  }

  deployment(id: number): Deployment | undefined {
    return this.deployments.find((d) => d.id === id)
  }

  statusesOf(id: number): DeploymentStatus[] {
    return this.statuses.get(id) ?? []
  }

  createDeploymentStatus(
    deploymentId: number,
    input: {
      state: DeploymentState
      description?: string
      log_url?: string
      target_url?: string
      environment_url?: string
      environment?: string
      auto_inactive?: boolean
      creator?: string
      created_at?: string
    },
  ): DeploymentStatus {
    const d = this.deployment(deploymentId)
    if (!d) throw new ApiError(404, { message: 'Not Found' })
    const description = input.description ?? ''
    if ([...description].length > 140) {
      throw validationFailed({
        resource: 'DeploymentStatus',
        code: 'custom',
        field: 'description',
        message: 'description is too long (maximum is 140 characters)',
      })
    }
    const previous = this.statusesOf(deploymentId).at(-1)
    const environment = input.environment ?? previous?.environment ?? d.environment
    const logUrl = input.log_url ?? input.target_url ?? ''
    const status = this.pushStatus(d, {
      state: input.state,
      description,
      environment,
      target_url: logUrl,
      log_url: logUrl,
      environment_url: input.environment_url ?? '',
      creator: input.creator,
      created_at: input.created_at,
    })
    d.environment = environment
    d.updated_at = status.created_at
    // GitHub's auto_inactive: a new success retires earlier successful deployments of the same
    // environment, but only for non-transient, non-production environments.
    if (input.state === 'success' && input.auto_inactive !== false) {
      for (const other of this.deployments) {
        if (other.id === d.id || !this.sameEnvironment(other.environment, environment)) continue
        if (other.transient_environment || other.production_environment) continue
        if (other.id > d.id || this.statusesOf(other.id).at(-1)?.state !== 'success') continue
        this.pushStatus(other, {
          state: 'inactive',
          description: '',
          environment,
          target_url: '',
          log_url: '',
          environment_url: '',
          created_at: status.created_at,
        })
      }
    }
    return status
  }

  private pushStatus(
    d: Deployment,
    s: StatusFields & { creator?: string; created_at?: string },
  ): DeploymentStatus {
    const id = this.id()
    const at = s.created_at ?? this.timestamp()
    const status: DeploymentStatus = {
      url: `${d.url}/statuses/${id}`,
      id,
      node_id: nodeId('DES', id),
      state: s.state,
      creator: this.user(s.creator),
      description: s.description,
      environment: s.environment,
      target_url: s.target_url,
      log_url: s.log_url,
      environment_url: s.environment_url,
      created_at: at,
      updated_at: at,
      deployment_url: d.url,
      repository_url: this.ctx.apiRepo,
    }
    this.statuses.get(d.id)!.push(status)
    return status
  }

  // Pull requests and dispatches ------------------------------------------------------------

  /** Registers a pull request that GET /commits/{sha}/pulls returns for `sha` (any ref works). */
  registerPull(sha: string, input: PullInput): Record<string, unknown> {
    const full = this.resolveSha(sha) ?? sha
    const number = input.number ?? this.nextNumber
    this.nextNumber = Math.max(this.nextNumber, number + 1)
    const pr = pullObject(this, full, number, input)
    const list = this.pulls.get(full) ?? []
    list.push(pr)
    this.pulls.set(full, list)
    return pr
  }

  /** A workflow_dispatch: it starts a run even when GITHUB_TOKEN sends it (the documented exception). */
  recordDispatch(
    workflowId: string,
    ref: string,
    inputs: Record<string, unknown>,
    creator = this.actor,
  ): Dispatch {
    const d: Dispatch = {
      workflow_id: workflowId,
      ref,
      inputs,
      created_at: this.timestamp(),
      creator,
      starts_workflows: true,
    }
    this.dispatches.push(d)
    return d
  }

  /** The repository object GET /repos/{owner}/{repo} returns and pull requests embed. */
  repository() {
    return repositoryObject(this.ctx, this.openIssueCount(), REPO_CREATED_AT)
  }
}

/** Events a login's token triggers start workflow runs unless the login is GITHUB_TOKEN's. */
export function startsWorkflows(login: string): boolean {
  return login !== GITHUB_TOKEN_LOGIN
}

function validationFailedRef(ref: string): ApiError {
  return new ApiError(422, { message: `No ref found for: ${ref}` })
}

// GitHub stores a JSON string payload as the object it encodes.
function normalisePayload(p: Record<string, unknown> | string | undefined) {
  if (p === undefined || p === '') return {}
  if (typeof p !== 'string') return p
  try {
    const parsed: unknown = JSON.parse(p)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : p
  } catch {
    return p
  }
}
