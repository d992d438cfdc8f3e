// The one place that talks to GitHub. It owns the Octokit client with retry and throttling,
// a total time budget (so a GitHub outage cannot hold a rollback or a run hostage), and a
// request counter for the benchmark.

import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'

export interface Repo {
  owner: string
  repo: string
}

export interface GitHubOptions {
  token: string
  baseUrl: string
  repo: Repo
  /** Total time all calls may take, retries and waits included. */
  budgetMs: number
  /**
   * Time one attempt may take (default 20 s): a request GitHub never answers is retried like a
   * 5xx, instead of spending the whole budget and leaving nothing for the incident issue.
   */
  attemptTimeoutMs?: number
  /**
   * The run's cancellation. After it, calls get `cancelGraceMs` (default 5 s) to finish, enough
   * to set the deployment status, within the 7.5 s the runner waits before SIGTERM.
   */
  signal?: AbortSignal
  cancelGraceMs?: number
  /** Milliseconds per second of `retry-after` and backoff, and between writes (1000 on GitHub). */
  paceMs?: number
  log?: (message: string) => void
}

export interface Deployment {
  id: number
  sha: string
  ref: string
  environment: string
  task: string
  created_at: string
  description?: string | null
  payload: unknown
}

export interface DeploymentStatus {
  id: number
  state: string
  description?: string | null
  created_at: string
  log_url?: string
  target_url?: string
}

export interface Issue {
  number: number
  html_url: string
  title: string
  labels: (string | { name?: string })[]
}

type Octokit = ReturnType<typeof getOctokit>

export class GitHubBudgetError extends Error {}

export class GitHub {
  readonly octokit: Octokit
  readonly repo: Repo
  /** Requests sent, retries included. */
  requests = 0
  private deadline: number
  private readonly cutoff = new AbortController()
  private readonly log: (m: string) => void

  constructor(opts: GitHubOptions) {
    const pace = opts.paceMs ?? 1000
    this.repo = opts.repo
    this.deadline = Date.now() + opts.budgetMs
    this.log = opts.log ?? (() => {})
    const remaining = () => this.deadline - Date.now()
    const grace = opts.cancelGraceMs ?? 5000
    const onCancel = () => {
      this.deadline = Math.min(this.deadline, Date.now() + grace)
      setTimeout(() => this.cutoff.abort(), grace).unref()
    }
    if (opts.signal?.aborted) onCancel()
    else opts.signal?.addEventListener('abort', onCancel, { once: true })
    const attempt = opts.attemptTimeoutMs ?? 20_000
    // Retry a rate limit only when the wait fits in what is left of the budget.
    const mayWait = (retryAfter: number, count: number) =>
      count < 2 && retryAfter * pace < remaining() - 1000
    const onLimit =
      (kind: string) =>
      (
        after: number,
        o: { method: string; url: string },
        _octokit: unknown,
        count: number,
      ): boolean => {
        const retry = mayWait(after, count)
        this.log(
          `GitHub ${kind} on ${o.method} ${o.url}; retry after ${after}s: ${retry ? 'yes' : 'no, not within the time budget'}`,
        )
        return retry
      }
    this.octokit = getOctokit(
      opts.token,
      {
        baseUrl: opts.baseUrl,
        retry: { retryAfterBaseValue: pace },
        throttle: {
          retryAfterBaseValue: pace,
          // GitHub asks for a second between writes, and the plugin spaces requests that notify
          // people (issues, comments) by three; the groups are ours so the pace is too.
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: pace }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: pace * 3 }),
          onRateLimit: onLimit('rate limit'),
          onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
      },
      retry,
      throttling,
    )
    this.octokit.hook.before('request', (options) => {
      this.requests++
      const left = remaining()
      if (left <= 0)
        throw new GitHubBudgetError(`GitHub time budget of ${opts.budgetMs} ms is spent`)
      // The budget's signal is shared by the retries; each attempt (each fetch, inside the
      // retry plugin) also gets its own timeout, so one unanswered request is retried instead
      // of spending the budget. The runner's proxy-aware fetch stays underneath.
      const inner: typeof fetch = options.request?.fetch ?? fetch
      options.request = {
        ...options.request,
        signal: AbortSignal.any([AbortSignal.timeout(left), this.cutoff.signal]),
        fetch: (url: string, init: RequestInit = {}) =>
          inner(url, {
            ...init,
            signal: init.signal
              ? AbortSignal.any([init.signal, AbortSignal.timeout(attempt)])
              : AbortSignal.timeout(attempt),
          }),
      }
    })
  }

  private get r() {
    return { owner: this.repo.owner, repo: this.repo.repo }
  }

  async getRepo(): Promise<{ default_branch: string; html_url: string }> {
    const { data } = await this.octokit.rest.repos.get(this.r)
    return { default_branch: data.default_branch, html_url: data.html_url }
  }

  /** The commit SHA a branch, tag or SHA names. */
  async commitSha(ref: string): Promise<string> {
    const { data } = await this.octokit.rest.repos.getCommit({ ...this.r, ref, per_page: 1 })
    return data.sha
  }

  /** Deployments for an environment, newest first; one page only (discovery never pages). */
  async deployments(
    environment: string,
    filter: { sha?: string; perPage?: number } = {},
  ): Promise<Deployment[]> {
    const { data } = await this.octokit.rest.repos.listDeployments({
      ...this.r,
      environment,
      ...(filter.sha ? { sha: filter.sha } : {}),
      per_page: filter.perPage ?? 30,
    })
    return data as Deployment[]
  }

  async createDeployment(d: {
    ref: string
    environment: string
    description: string
    payload: Record<string, unknown>
  }): Promise<Deployment> {
    const res = await this.octokit.rest.repos.createDeployment({
      ...this.r,
      ref: d.ref,
      environment: d.environment,
      description: d.description,
      payload: d.payload,
      task: 'deploy',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
    })
    if (res.status !== 201)
      throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`)
    return res.data as Deployment
  }

  async statuses(deploymentId: number, perPage = 10): Promise<DeploymentStatus[]> {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.r,
      deployment_id: deploymentId,
      per_page: perPage,
    })
    return data as DeploymentStatus[]
  }

  async setStatus(
    deploymentId: number,
    s: {
      state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending'
      description: string
      logUrl?: string
      environmentUrl?: string
    },
  ): Promise<void> {
    await this.octokit.rest.repos.createDeploymentStatus({
      ...this.r,
      deployment_id: deploymentId,
      state: s.state,
      // GitHub rejects descriptions over 140 characters.
      description: s.description.length > 140 ? `${s.description.slice(0, 139)}…` : s.description,
      ...(s.logUrl ? { log_url: s.logUrl } : {}),
      ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
      auto_inactive: false,
    })
  }

  async compare(base: string, head: string) {
    const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
      ...this.r,
      basehead: `${base}...${head}`,
      per_page: 250,
    })
    return data
  }

  async pullsForCommit(
    sha: string,
  ): Promise<{ number: number; title: string; html_url: string }[]> {
    const { data } = await this.octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      ...this.r,
      commit_sha: sha,
    })
    return data.map((p) => ({ number: p.number, title: p.title, html_url: p.html_url }))
  }

  async dispatchWorkflow(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<void> {
    await this.octokit.rest.actions.createWorkflowDispatch({
      ...this.r,
      workflow_id: workflow,
      ref,
      inputs,
    })
  }

  /** The newest open issue carrying every label, through the issues list API (not search). */
  async findOpenIssue(labels: string[]): Promise<Issue | null> {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.r,
      state: 'open',
      labels: labels.join(','),
      sort: 'created',
      direction: 'desc',
      per_page: 10,
    })
    const issue = data.find((i) => !('pull_request' in i && i.pull_request))
    return issue
      ? { number: issue.number, html_url: issue.html_url, title: issue.title, labels: issue.labels }
      : null
  }

  /** Creates the labels that do not exist yet. */
  async ensureLabels(
    labels: { name: string; color: string; description: string }[],
  ): Promise<void> {
    for (const l of labels) {
      try {
        await this.octokit.rest.issues.getLabel({ ...this.r, name: l.name })
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e
        try {
          await this.octokit.rest.issues.createLabel({ ...this.r, ...l })
        } catch (err) {
          // created meanwhile by a concurrent run: that is what we wanted
          if ((err as { status?: number }).status !== 422) throw err
        }
      }
    }
  }

  async createIssue(i: {
    title: string
    body: string
    labels: string[]
    assignees: string[]
  }): Promise<Issue> {
    const { data } = await this.octokit.rest.issues.create({ ...this.r, ...i })
    return { number: data.number, html_url: data.html_url, title: data.title, labels: data.labels }
  }

  async comment(issue: number, body: string): Promise<string> {
    const { data } = await this.octokit.rest.issues.createComment({
      ...this.r,
      issue_number: issue,
      body,
    })
    return data.html_url
  }

  async addLabels(issue: number, labels: string[]): Promise<void> {
    await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: issue, labels })
  }
}
