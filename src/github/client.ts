// The one place that talks to GitHub: an Octokit of the card's packages (@octokit/core with the
// REST endpoint, retry and throttling plugins), the runner's proxy, a request counter, and the
// rules for time and for writes that must happen once.
//
// Time: every call gets its own bound when it starts (`callTimeoutMs`, retries and rate-limit
// waits included), so a long verification or rollback never leaves the failure branch without
// time for GitHub. Each attempt of a read also gets `attemptTimeoutMs`, so one unanswered GET is
// retried instead of holding the call.
//
// Writes: a POST that creates something (deployment, issue, comment, dispatch) is never retried
// by the retry plugin. A 5xx or a lost connection does not say whether GitHub acted, so the
// caller looks for the object first (`writeOnce`) and writes again only when it is not there.

import { Octokit } from '@octokit/core'
import type { components } from '@octokit/openapi-types'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { RequestError } from '@octokit/request-error'
import Bottleneck from 'bottleneck'
import { short } from './context.js'
import { proxyFetch } from './proxy.js'

export interface Repo {
  owner: string
  repo: string
}

export interface GitHubOptions {
  token: string
  baseUrl: string
  repo: Repo
  /** Time one call may take from when it starts, retries and waits included (default 60 s). */
  callTimeoutMs?: number
  /** Time one attempt of a read may take (default 20 s); a write waits for its answer. */
  attemptTimeoutMs?: number
  /**
   * The run's cancellation. After it, calls get `cancelGraceMs` (default 5 s) to finish, enough
   * to set the deployment status, within the 7.5 s the runner waits before SIGTERM.
   */
  signal?: AbortSignal
  cancelGraceMs?: number
  /** Milliseconds per second of `retry-after` and backoff, and between writes (1000 on GitHub). */
  paceMs?: number
  /** Environment for the proxy (`HTTPS_PROXY`, `NO_PROXY`); the process's by default. */
  env?: Record<string, string | undefined>
  log?: (message: string) => void
  /** Each request's method, route, status and time, when the step runs with debug on. */
  debug?: (message: string) => void
}

// GitHub's description types ids as int64 (number | bigint); JSON gives numbers below 2^53.
type NumberId<T> = Omit<T, 'id'> & { id: number }
export type Deployment = NumberId<components['schemas']['deployment']>
export type DeploymentStatus = NumberId<components['schemas']['deployment-status']>
export type Issue = Pick<components['schemas']['issue'], 'number' | 'html_url' | 'title' | 'body'>
export type IssueComment = Pick<components['schemas']['issue-comment'], 'id' | 'html_url' | 'body'>
export type Comparison = components['schemas']['commit-comparison']

const ClientClass = Octokit.plugin(restEndpointMethods, retry, throttling)
type Client = InstanceType<typeof ClientClass>

/** GitHub answered: whether it acted is known (a 4xx says it did not). */
export const answered = (e: unknown): e is RequestError =>
  e instanceof RequestError && e.status >= 400 && e.status < 500
/** The status GitHub answered with, if any. */
export const statusOf = (e: unknown): number | undefined =>
  e instanceof RequestError ? e.status : undefined

export class GitHub {
  readonly octokit: Client
  readonly repo: Repo
  /** Requests sent, each attempt counted. */
  requests = 0
  private readonly cutoff = new AbortController()
  private readonly callMs: number
  private readonly pace: number
  private readonly log: (m: string) => void

  constructor(opts: GitHubOptions) {
    this.pace = opts.paceMs ?? 1000
    const pace = this.pace
    this.repo = opts.repo
    this.log = opts.log ?? (() => {})
    this.callMs = opts.callTimeoutMs ?? 60_000
    const attemptMs = opts.attemptTimeoutMs ?? 20_000
    const grace = opts.cancelGraceMs ?? 5000
    let cancelledAt = Infinity
    const onCancel = () => {
      cancelledAt = Date.now()
      setTimeout(() => this.cutoff.abort(), grace).unref()
    }
    if (opts.signal?.aborted) onCancel()
    else opts.signal?.addEventListener('abort', onCancel, { once: true })
    const deadlines = new WeakMap<object, number>()
    const left = (o: object) =>
      Math.min(deadlines.get(o) ?? Infinity, cancelledAt + grace) - Date.now()
    // Retry a rate limit only when the wait fits in what is left of this call's bound.
    const onLimit =
      (kind: string) =>
      (
        after: number,
        o: { method: string; url: string; request?: object },
        _: unknown,
        n: number,
      ) => {
        const wait = n < 2 && after * pace < left(o.request ?? {}) - 1000
        this.log(
          `GitHub ${kind} on ${o.method} ${o.url}; retry after ${after}s: ${wait ? 'yes' : 'no, not within the call bound'}`,
        )
        return wait
      }
    const inner = proxyFetch(opts.env ?? process.env)
    const debug = opts.debug
    this.octokit = new ClientClass({
      auth: opts.token,
      baseUrl: opts.baseUrl,
      userAgent: 'deploy-guard',
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
    })
    // Registered last, so it runs once per call, outside the retry and throttling plugins; the
    // options it sets are the ones their attempts reuse.
    this.octokit.hook.before('request', (options) => {
      // A new object: the one a call arrives with may be shared with calls running beside it.
      const req: Record<string, unknown> = { ...options.request }
      options.request = req
      deadlines.set(req, Date.now() + this.callMs)
      const per = options.method === 'GET' ? attemptMs : this.callMs
      const callSignal = AbortSignal.any([AbortSignal.timeout(this.callMs), this.cutoff.signal])
      req.signal = callSignal
      // Each attempt (each fetch, inside the retry plugin) gets its own timeout.
      req.fetch = async (url: string, init: RequestInit = {}) => {
        this.requests++
        const t = Date.now()
        const signal = AbortSignal.any([init.signal ?? callSignal, AbortSignal.timeout(per)])
        const what = `GitHub ${init.method ?? 'GET'} ${new URL(url).pathname}`
        try {
          const res = await inner(url, { ...init, signal })
          debug?.(`${what} -> ${res.status} in ${Date.now() - t} ms`)
          return res
        } catch (e) {
          debug?.(`${what} -> no answer after ${Date.now() - t} ms`)
          throw e
        }
      }
    })
  }

  private get r() {
    return { owner: this.repo.owner, repo: this.repo.repo }
  }

  /** Options for a POST that creates something: the retry plugin must not repeat it. */
  private static readonly once = { request: { retries: 0 } }

  /**
   * A write that must happen once. When GitHub's answer does not say whether it acted (a 5xx, a
   * timeout, a connection lost after sending), look for the object; wait a moment and look again
   * (a write GitHub is still finishing); write again only when it is not there. A 4xx is final.
   */
  async writeOnce<T>(what: string, write: () => Promise<T>, find: () => Promise<T | null>) {
    try {
      return await write()
    } catch (e) {
      if (answered(e) || this.cutoff.signal.aborted) throw e
      this.log(`GitHub: no clear answer to ${what} (${(e as Error).message}); looking for it`)
      for (const wait of [0, 3 * this.pace]) {
        if (wait) await new Promise((r) => setTimeout(r, wait))
        const found = await find()
        if (found) {
          this.log(`GitHub: ${what} had been done; not repeated`)
          return found
        }
      }
      this.log(`GitHub: ${what} was not done; trying once more`)
      return write()
    }
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

  /** The commit a tag points at (an annotated tag is followed once), or null if there is none. */
  async tagCommit(name: string): Promise<string | null> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.r, ref: `tags/${name}` })
      if (data.object.type === 'commit') return data.object.sha
      const tag = await this.octokit.rest.git.getTag({ ...this.r, tag_sha: data.object.sha })
      return tag.data.object.type === 'commit' ? tag.data.object.sha : null
    } catch (e) {
      if (statusOf(e) === 404) return null
      throw e
    }
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

  /**
   * Creates a deployment once: `payload.deploy_guard` carries `key`, by which a write whose
   * answer was lost is found among the environment's deployments of that commit.
   */
  async createDeployment(d: {
    sha: string
    environment: string
    description: string
    payload: Record<string, unknown>
    key: string
  }): Promise<Deployment> {
    const payload = { ...d.payload, deploy_guard: d.key }
    return this.writeOnce(
      `the deployment of ${short(d.sha)}`,
      async () => {
        const res = await this.octokit.rest.repos.createDeployment({
          ...this.r,
          ref: d.sha,
          environment: d.environment,
          description: d.description,
          payload,
          task: 'deploy',
          auto_merge: false,
          required_contexts: [],
          transient_environment: false,
          ...GitHub.once,
        })
        // 202 is GitHub's answer for an auto-merge it did instead; we ask for none.
        if (!('id' in res.data))
          throw new Error(`GitHub did not create the deployment: ${JSON.stringify(res.data)}`)
        return res.data as Deployment
      },
      async () =>
        (await this.deployments(d.environment, { sha: d.sha, perPage: 10 })).find(
          (x) => payloadKey(x) === d.key,
        ) ?? null,
    )
  }

  async statuses(deploymentId: number, perPage = 10): Promise<DeploymentStatus[]> {
    const { data } = await this.octokit.rest.repos.listDeploymentStatuses({
      ...this.r,
      deployment_id: deploymentId,
      per_page: perPage,
    })
    return data as DeploymentStatus[]
  }

  /**
   * A status is a fact about the deployment, not a new thing: sending it twice leaves the same
   * latest state, so it keeps the retry plugin's retries.
   */
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

  /**
   * The unpaged compare. GitHub documents that with a paging parameter page 1 holds the oldest
   * commits, and without one the answer lists at most 250 commits ending with the newest
   * (https://docs.github.com/en/rest/commits/commits#compare-two-commits): the newest are where
   * a regression most likely is, so no paging parameter is sent.
   */
  async compare(base: string, head: string): Promise<Comparison> {
    const { data } = await this.octokit.rest.repos.compareCommitsWithBasehead({
      ...this.r,
      basehead: `${base}...${head}`,
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

  /**
   * Dispatches a workflow once. GitHub keeps no record of a dispatch's inputs that could be
   * looked up, so a dispatch without a clear answer is not repeated: it answers `unclear`, and
   * the caller learns whether it landed by probing for the restored release.
   */
  async dispatchWorkflow(
    workflow: string,
    ref: string,
    inputs: Record<string, string>,
  ): Promise<{ unclear: string | null }> {
    try {
      await this.octokit.rest.actions.createWorkflowDispatch({
        ...this.r,
        workflow_id: workflow,
        ref,
        inputs,
        ...GitHub.once,
      })
      return { unclear: null }
    } catch (e) {
      if (answered(e) || this.cutoff.signal.aborted) throw e
      return { unclear: (e as Error).message }
    }
  }

  /** Open issues carrying every label, newest first, through the issues list API (not search). */
  async openIssues(labels: string[], perPage = 10): Promise<Issue[]> {
    const { data } = await this.octokit.rest.issues.listForRepo({
      ...this.r,
      state: 'open',
      labels: labels.join(','),
      sort: 'created',
      direction: 'desc',
      per_page: perPage,
    })
    return data
      .filter((i) => !i.pull_request)
      .map((i) => ({ number: i.number, html_url: i.html_url, title: i.title, body: i.body }))
  }

  /** The newest open issue carrying every label. */
  async findOpenIssue(labels: string[]): Promise<Issue | null> {
    return (await this.openIssues(labels, 10))[0] ?? null
  }

  /**
   * Creates an issue once; `marker` (a hidden line in the body) finds it among the open issues
   * with its labels when the answer was lost. GitHub creates the labels an issue names that do
   * not exist yet, grey (`ededed`) and without a description (undocumented, reported in
   * https://github.com/github/docs/issues/35718), so none are created first: colouring them
   * would cost a request per label.
   */
  async createIssue(i: {
    title: string
    body: string
    labels: string[]
    assignees: string[]
    marker: string
  }): Promise<Issue> {
    const { marker, ...fields } = i
    return this.writeOnce(
      'the incident issue',
      async () => {
        const { data } = await this.octokit.rest.issues.create({
          ...this.r,
          ...fields,
          ...GitHub.once,
        })
        return { number: data.number, html_url: data.html_url, title: data.title, body: data.body }
      },
      async () =>
        (await this.openIssues(i.labels, 30)).find((x) => x.body?.includes(marker)) ?? null,
    )
  }

  /** Comments on an issue once; `marker` finds the comment among the newest ones. */
  async comment(issue: number, body: string, marker?: string): Promise<string> {
    const post = async () => {
      const { data } = await this.octokit.rest.issues.createComment({
        ...this.r,
        issue_number: issue,
        body,
        ...GitHub.once,
      })
      return data.html_url
    }
    if (!marker) return post()
    return this.writeOnce(`the comment on #${issue}`, post, async () => {
      const found = (await this.comments(issue)).find((c) => c.body?.includes(marker))
      return found?.html_url ?? null
    })
  }

  /** The issue's newest comments (GitHub lists them oldest first: the last page is read). */
  async comments(issue: number): Promise<IssueComment[]> {
    const since = new Date(Date.now() - 24 * 3600_000).toISOString()
    const { data } = await this.octokit.rest.issues.listComments({
      ...this.r,
      issue_number: issue,
      since,
      per_page: 100,
    })
    return data
  }

  /** Adding a label the issue has is a no-op on GitHub, so this keeps its retries. */
  async addLabels(issue: number, labels: string[]): Promise<void> {
    await this.octokit.rest.issues.addLabels({ ...this.r, issue_number: issue, labels })
  }
}

/** The key deploy-guard put in a deployment's payload, if any. */
export function payloadKey(d: Pick<Deployment, 'payload'>): string | null {
  const p = d.payload
  if (typeof p !== 'object' || p === null) return null
  const k = (p as Record<string, unknown>).deploy_guard
  return typeof k === 'string' ? k : null
}
