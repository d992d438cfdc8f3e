// The stand-in's own endpoints under /_standin/, for trying a workflow's steps locally and for tests
// outside the project (`deploy-guard standin`). They are not GitHub's API: they need no token, are
// not held to GitHub's description and are not recorded in `requests`.
import type { ActiveFault, FaultSpec, Faults } from './faults.js'
import type { Reply } from './reply.js'
import type { RecordedStatus, StandInState } from './state.js'
import { ApiError, type Deployment, type DeploymentState, type Dispatch } from './types.js'

export const CONTROL_PREFIX = '/_standin/'

const STATES: readonly DeploymentState[] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
]

export interface DeploymentView {
  id: number
  sha: string
  ref: string
  environment: string
  original_environment: string
  task: string
  description: string | null
  created_at: string
  /** Login of the creator. */
  creator: string | null
  /** Oldest first. */
  statuses: {
    state: DeploymentState
    description: string
    log_url: string
    environment_url: string
    created_at: string
    creator: string | null
  }[]
  /** Whether the `deployment` event would start workflow runs (see StandInState.startsWorkflows). */
  starts_workflows: boolean
}

export interface IssueView {
  number: number
  title: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: string[]
  body: string | null
  user: string | null
  assignees: string[]
  created_at: string
  /** Oldest first. */
  comments: { id: number; body: string; user: string | null; created_at: string }[]
}

/** What GET /_standin/state answers. */
export interface StandInView {
  repository: { full_name: string; default_branch: string }
  /** Oldest first. */
  deployments: DeploymentView[]
  issues: IssueView[]
  dispatches: Dispatch[]
  /** Every request to GitHub's API, in order; status 0 while unanswered. */
  requests: { method: string; path: string; status: number }[]
  /** Requests and answers GitHub's OpenAPI description does not allow (empty when all is well). */
  violations: string[]
  /** Endpoints GitHub has that the stand-in does not serve (it answered them 404). */
  unimplemented: string[]
}

export function deploymentView(state: StandInState, d: Deployment): DeploymentView {
  return {
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    environment: d.environment,
    original_environment: d.original_environment,
    task: d.task,
    description: d.description,
    created_at: d.created_at,
    creator: d.creator?.login ?? null,
    statuses: state.statusesOf(d.id).map((s) => ({
      state: s.state,
      description: s.description,
      log_url: s.log_url,
      environment_url: s.environment_url,
      created_at: s.created_at,
      creator: s.creator?.login ?? null,
    })),
    starts_workflows: state.startsWorkflows(d.id),
  }
}

export function stateView(c: ControlContext): StandInView {
  const { state } = c
  return {
    repository: {
      full_name: `${state.ctx.owner}/${state.ctx.repo}`,
      default_branch: state.ctx.defaultBranch,
    },
    deployments: state.deployments.map((d) => deploymentView(state, d)),
    issues: state.issues.map((i) => ({
      number: i.number,
      title: i.title,
      state: i.state,
      state_reason: i.state_reason,
      labels: i.labels.map((l) => l.name),
      body: i.body,
      user: i.user?.login ?? null,
      assignees: i.assignees.map((a) => a.login),
      created_at: i.created_at,
      comments: state.commentsOf(i.number).map((c) => ({
        id: c.id,
        body: c.body,
        user: c.user?.login ?? null,
        created_at: c.created_at,
      })),
    })),
    dispatches: state.dispatches.map((d) => ({ ...d })),
    requests: c.requests.map(({ method, path, status }) => ({ method, path, status })),
    violations: [...c.violations],
    unimplemented: [...new Set(c.unimplemented)],
  }
}

export interface ControlContext {
  state: StandInState
  faults: Faults
  requests: readonly { method: string; path: string; status: number }[]
  violations: readonly string[]
  unimplemented: readonly string[]
}

/** Answers a request under /_standin/. `raw` is the request body as sent. */
export function control(c: ControlContext, method: string, path: string, raw: string): Reply {
  try {
    const route = `${method} ${path.replace(/\/+$/, '')}`
    switch (route) {
      case 'GET /_standin/state':
        return { status: 200, body: stateView(c) }
      case 'POST /_standin/deployments': {
        const d = c.state.recordDeployment(deploymentInput(parse(raw)))
        return { status: 201, body: deploymentView(c.state, d) }
      }
      case 'POST /_standin/faults':
        return { status: 201, body: faultView(c.faults.inject(faultInput(parse(raw)))) }
      case 'GET /_standin/faults':
        return { status: 200, body: c.faults.active.map(faultView) }
      case 'DELETE /_standin/faults':
        c.faults.clear()
        return { status: 204 }
      default:
        return { status: 404, body: { message: `Not Found: ${method} ${path}` } }
    }
  } catch (err) {
    if (err instanceof ApiError) return { status: err.status, body: err.body }
    throw err
  }
}

function bad(message: string): ApiError {
  return new ApiError(400, { message })
}

function parse(raw: string): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    throw bad('the body must be a JSON object')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw bad('the body must be a JSON object')
  }
  return body as Record<string, unknown>
}

function optional<T>(
  body: Record<string, unknown>,
  key: string,
  check: (v: unknown) => v is T,
  expected: string,
): T | undefined {
  const v = body[key]
  if (v === undefined || v === null) return undefined
  if (!check(v)) throw bad(`${key}: expected ${expected}, got ${JSON.stringify(v)}`)
  return v
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
const isState = (v: unknown): v is DeploymentState =>
  typeof v === 'string' && (STATES as readonly string[]).includes(v)

function deploymentInput(body: Record<string, unknown>) {
  const sha = optional(body, 'sha', isString, 'a commit SHA or ref')
  if (!sha) throw bad('sha: required (a commit SHA or any ref the repository resolves)')
  const statuses = optional(body, 'statuses', Array.isArray, 'a list') ?? []
  return {
    sha,
    ref: optional(body, 'ref', isString, 'a string'),
    environment: optional(body, 'environment', isString, 'a string'),
    creator: optional(body, 'creator', isString, 'a login'),
    task: optional(body, 'task', isString, 'a string'),
    description: optional(body, 'description', isString, 'a string'),
    created_at: optional(body, 'created_at', isString, 'an ISO 8601 time'),
    statuses: statuses.map((s: unknown, i): RecordedStatus => {
      if (isState(s)) return s
      const o = typeof s === 'object' && s !== null ? (s as Record<string, unknown>) : {}
      if (!isState(o.state)) {
        throw bad(`statuses[${i}]: expected one of ${STATES.join(', ')} or {state, description?, log_url?, environment_url?}`) // prettier-ignore
      }
      return {
        state: o.state,
        description: optional(o, 'description', isString, 'a string'),
        log_url: optional(o, 'log_url', isString, 'a URL'),
        environment_url: optional(o, 'environment_url', isString, 'a URL'),
      }
    }),
  }
}

function faultInput(body: Record<string, unknown>): FaultSpec {
  const source = optional(body, 'path', isString, 'a regular expression')
  let path: RegExp | undefined
  if (source !== undefined) {
    try {
      path = new RegExp(source)
    } catch (err) {
      throw bad(`path: not a regular expression: ${(err as Error).message}`)
    }
  }
  const status = optional(body, 'status', isCount, 'an HTTP status')
  if (status !== undefined && (status < 100 || status > 599)) throw bad(`status: ${status} is not an HTTP status`) // prettier-ignore
  const retryAfter = body.retry_after === null ? null : optional(body, 'retry_after', isCount, 'seconds') // prettier-ignore
  const headers = optional(body, 'headers', isStringMap, 'an object of strings')
  const spec: FaultSpec = {
    method: optional(body, 'method', isString, 'an HTTP method'),
    path,
    status,
    times: optional(body, 'times', isCount, 'a count'),
    skip: optional(body, 'skip', isCount, 'a count'),
    afterWrite: optional(body, 'after_write', isBoolean, 'true or false'),
    delayMs: optional(body, 'delay_ms', isCount, 'milliseconds'),
    hang: optional(body, 'hang', isBoolean, 'true or false'),
    message: optional(body, 'message', isString, 'a string'),
    retryAfter,
    headers,
  }
  if (spec.status === undefined && !spec.hang && spec.delayMs === undefined) {
    throw bad('a fault needs status, hang or delay_ms')
  }
  return Object.fromEntries(Object.entries(spec).filter(([, v]) => v !== undefined)) as FaultSpec
}

function isStringMap(v: unknown): v is Record<string, string> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v).every((x) => typeof x === 'string')
  )
}

function faultView(f: ActiveFault) {
  return {
    method: f.method ?? null,
    // RegExp#source escapes every "/"; the view shows the expression as it was given.
    path: f.path instanceof RegExp ? f.path.source.replace(/\\\//g, '/') : (f.path ?? null),
    status: f.status ?? null,
    times: f.times ?? 1,
    skip: f.skip ?? 0,
    after_write: f.afterWrite ?? false,
    delay_ms: f.delayMs ?? null,
    hang: f.hang ?? false,
    ...(f.retryAfter !== undefined ? { retry_after: f.retryAfter } : {}),
    message: f.message ?? null,
    headers: f.headers ?? {},
    hits: f.hits,
  }
}
