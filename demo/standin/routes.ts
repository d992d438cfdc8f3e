// The endpoints the stand-in serves, keyed by "METHOD template" as GitHub's description names them.
import { FILE_LIMIT } from './git.js'
import { json, linkHeader, paginate, paging, type Handler, type RouteContext } from './reply.js'
import { issueRoutes } from './routes-issues.js'
import { refRoutes } from './routes-refs.js'
import type { DeploymentInput } from './state.js'
import { ApiError, type DeploymentState } from './types.js'

function deploymentId(c: RouteContext): number {
  return Number(c.params.deployment_id)
}

function mustDeployment(c: RouteContext) {
  const d = c.state.deployment(deploymentId(c))
  if (!d) throw new ApiError(404, { message: 'Not Found' })
  return d
}

function noCommit(ref: string): ApiError {
  return new ApiError(422, { message: `No commit found for SHA: ${ref}` })
}

const deploymentRoutes: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/deployments': async (c) => {
    const b = c.body as Omit<DeploymentInput, 'sha' | 'creator' | 'created_at'>
    const sha = await c.git.resolve(b.ref)
    if (!sha) throw new ApiError(422, { message: `No ref found for: ${b.ref}` })
    const d = c.state.createDeployment({ ...b, sha, creator: c.login })
    return json(201, d, { location: d.url })
  },

  'GET /repos/{owner}/{repo}/deployments': (c) => {
    const q = c.query
    // GitHub documents "none" as the default of every filter, meaning "do not filter".
    const want = (name: string) => {
      const v = q.get(name)
      return v === null || v === 'none' ? undefined : v
    }
    const [sha, ref, task, environment] = ['sha', 'ref', 'task', 'environment'].map(want)
    const list = c.state.deployments
      .filter(
        (d) =>
          (sha === undefined || d.sha === sha) &&
          (ref === undefined || d.ref === ref) &&
          (task === undefined || d.task === task) &&
          (environment === undefined || c.state.sameEnvironment(d.environment, environment)),
      )
      .sort((a, b) => b.id - a.id)
    return paginate(c, list)
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (c) => json(200, mustDeployment(c)),

  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (c) => {
    const b = c.body as {
      state: DeploymentState
      target_url?: string
      log_url?: string
      description?: string
      environment?: string
      environment_url?: string
      auto_inactive?: boolean
    }
    const status = c.state.createDeploymentStatus(mustDeployment(c).id, { ...b, creator: c.login })
    return json(201, status, { location: status.url })
  },

  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (c) => {
    const d = mustDeployment(c)
    return paginate(c, [...c.state.statusesOf(d.id)].reverse())
  },
}

const gitRoutes: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}/compare/{basehead}': async (c) => {
    const basehead = c.params.basehead ?? ''
    const i = basehead.indexOf('...')
    if (i <= 0 || i + 3 >= basehead.length) throw new ApiError(404, { message: 'Not Found' })
    // GitHub's "Compare two commits" (https://docs.github.com/en/rest/commits/commits#compare-two-commits):
    // "When calling this endpoint without any paging parameter (`per_page` or `page`), the
    // returned list is limited to 250 commits, and the last commit in the list is the most recent
    // of the entire comparison." With a paging parameter, pages are chronological (page 1 holds
    // the oldest commits), files come on the first page only, up to 300 for the whole comparison,
    // and per_page is the usual one: "The number of results per page (max 100)", default 30.
    // total_commits counts every commit of the comparison either way.
    const paged = c.query.has('page') || c.query.has('per_page')
    const p = paging(c.query, 30, 100)
    const result = await c.git.compare(
      basehead.slice(0, i),
      basehead.slice(i + 3),
      paged ? p : undefined,
    )
    if (!result) throw new ApiError(404, { message: 'Not Found' })
    const lastPage = Math.max(1, Math.ceil(result.totalCommits / p.perPage))
    const link = paged ? linkHeader(c.url, p.page, lastPage) : undefined
    return json(200, result.body, link ? { link } : undefined)
  },

  'GET /repos/{owner}/{repo}/commits/{ref}': async (c) => {
    const ref = c.params.ref ?? ''
    // Files come FILE_LIMIT to a page unless the client asks for pages explicitly.
    const p = paging(c.query, FILE_LIMIT, FILE_LIMIT)
    const result = await c.git.commit(ref, p)
    if (!result) throw noCommit(ref)
    const link = linkHeader(c.url, p.page, Math.max(1, Math.ceil(result.totalFiles / p.perPage)))
    return json(200, result.body, link ? { link } : undefined)
  },

  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': async (c) => {
    const ref = c.params.commit_sha ?? ''
    const sha = await c.git.resolve(ref)
    if (!sha) throw noCommit(ref)
    return paginate(c, c.state.pulls.get(sha) ?? [])
  },

  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches': async (c) => {
    const b = c.body as {
      ref: string
      inputs?: Record<string, unknown>
      return_run_details?: boolean
    }
    if (!(await c.git.isBranchOrTag(b.ref))) {
      throw new ApiError(422, { message: `No ref found for: ${b.ref}` })
    }
    const workflow = c.params.workflow_id ?? ''
    c.state.recordDispatch(workflow, b.ref, b.inputs ?? {}, c.login)
    if (!b.return_run_details) return { status: 204 }
    const runId = 5_000_000_000 + c.state.dispatches.length
    return json(200, {
      workflow_run_id: runId,
      run_url: `${c.state.ctx.apiRepo}/actions/runs/${runId}`,
      html_url: `${c.state.ctx.htmlRepo}/actions/runs/${runId}`,
    })
  },
}

export const routes: Record<string, Handler> = {
  'GET /repos/{owner}/{repo}': (c) => json(200, c.state.repository()),
  ...deploymentRoutes,
  ...issueRoutes,
  ...gitRoutes,
  ...refRoutes,
}
