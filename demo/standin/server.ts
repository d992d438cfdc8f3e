// A stateful local stand-in for GitHub's REST API, for end-to-end tests and `deploy-guard demo`.
// Every request and every response is held to GitHub's official OpenAPI description, so a
// product bug (a wrong body) and a stand-in bug (a wrong answer) both surface as violations.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { control, CONTROL_PREFIX } from './control.js'
import { faultReply, Faults } from './faults.js'
import { GitRepo, resolveSync } from './git.js'
import { GITHUB_TOKEN_LOGIN } from './objects.js'
import { loadOpenApi, type MatchedOperation } from './openapi.js'
import type { Reply } from './reply.js'
import { routes } from './routes.js'
import { StandInState, type EnvironmentMatch } from './state.js'
import { ApiError } from './types.js'

export type { DeploymentView, IssueView, StandInView } from './control.js'
export { Faults, type FaultSpec } from './faults.js'
export {
  StandInState,
  type EnvironmentMatch,
  type RecordDeploymentInput,
  type RecordedStatus,
} from './state.js'
export * from './types.js'

export interface StandInOptions {
  /** A git repository on disk; compare and commit answers come from it. */
  repoDir: string
  owner: string
  repo: string
  /** Defaults to the branch checked out in `repoDir`, else `main`. */
  defaultBranch?: string
  /** When given, requests must carry exactly this token (or one of `tokens`). */
  token?: string
  /**
   * The login the token acts as, named as the creator of what it writes (deployments, statuses,
   * issues, comments, dispatches). Default `github-actions[bot]`: a workflow's default token is
   * GITHUB_TOKEN, whose writes GitHub attributes to that bot, and whose events start no workflow
   * runs (see StandInState.startsWorkflows).
   */
  tokenLogin?: string
  /**
   * More accepted tokens, each with the login it acts as, e.g. `{ [pat]: 'release-bot' }` next to
   * `token` for GITHUB_TOKEN. When `token` and `tokens` are both absent, any token is accepted and
   * acts as `tokenLogin`.
   */
  tokens?: Record<string, string>
  /**
   * How GET /deployments?environment= compares environment names: `exact` (default) or
   * `case-insensitive`. GitHub documents environment names as case-insensitive but not how the
   * deployments API compares them; see EnvironmentMatch in state.ts.
   */
  environmentMatch?: EnvironmentMatch
  /** Port to listen on, on 127.0.0.1 (default: any free port). */
  port?: number
}

export interface RecordedRequest {
  method: string
  /** Path and query as the client sent them. */
  path: string
  /** Status answered; 0 while the request is still pending (delayed or hanging). */
  status: number
  body?: unknown
  /** The operation's path in GitHub's description (`/repos/{owner}/{repo}/issues`), if any. */
  template?: string
}

export interface StandIn {
  url: string
  state: StandInState
  requests: RecordedRequest[]
  violations: string[]
  /** Endpoints GitHub has that the stand-in does not serve (answered 404). */
  unimplemented: string[]
  faults: Faults
  close(): Promise<void>
}

const API_VERSION = '2022-11-28'

export async function startStandIn(opts: StandInOptions): Promise<StandIn> {
  const openapi = loadOpenApi()
  const defaultBranch = opts.defaultBranch ?? currentBranch(opts.repoDir)
  const requests: RecordedRequest[] = []
  const violations: string[] = []
  const unimplemented: string[] = []
  const faults = new Faults()
  const timers = new Set<NodeJS.Timeout>()
  let closed = false
  let rateRemaining = 5000
  const rateReset = Math.floor(Date.now() / 1000) + 3600

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push(`stand-in failed on ${req.method} ${req.url}: ${String(err)}`)
      if (!res.headersSent && !closed) res.writeHead(500).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const state = new StandInState(url, opts.owner, opts.repo, defaultBranch, (ref) =>
    resolveSync(opts.repoDir, ref),
  )
  state.actor = opts.tokenLogin ?? GITHUB_TOKEN_LOGIN
  state.environmentMatch = opts.environmentMatch ?? 'exact'
  const git = new GitRepo(opts.repoDir, state.ctx, state.authors)
  const logins = new Map(Object.entries(opts.tokens ?? {}))
  if (opts.token !== undefined) logins.set(opts.token, state.actor)
  /** The login a token acts as, or undefined when the stand-in does not accept it. */
  const loginOf = (token: string) => (logins.size === 0 ? state.actor : logins.get(token))

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t)
        resolve()
      }, ms)
      timers.add(t)
    })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req)
    const method = (req.method ?? 'GET').toUpperCase()
    const target = new URL(req.url ?? '/', url)
    const path = target.pathname
    if (path.startsWith(CONTROL_PREFIX)) {
      // The stand-in's own endpoints: no token, no description, not recorded (see control.ts).
      const reply = control(
        { state, faults, requests, violations, unimplemented },
        method,
        path,
        raw,
      )
      const headers = { 'content-type': 'application/json; charset=utf-8' }
      if (reply.body === undefined) res.writeHead(reply.status).end()
      else res.writeHead(reply.status, headers).end(JSON.stringify(reply.body, null, 2))
      return
    }
    const requestId = randomBytes(8).toString('hex').toUpperCase()
    const record: RecordedRequest = { method, path: req.url ?? '/', status: 0 }
    requests.push(record)
    const label = `${method} ${path}`

    const check = (reply: Reply, op?: MatchedOperation) => {
      if (!op) return
      for (const e of openapi.checkResponse(op, reply.status, reply.body)) {
        violations.push(`${label} response ${reply.status}: ${e}`)
      }
    }
    const send = (reply: Reply, op?: MatchedOperation) => {
      if (closed) return
      check(reply, op)
      record.status = reply.status
      rateRemaining = Math.max(0, rateRemaining - 1)
      const headers: Record<string, string> = {
        'x-github-request-id': requestId,
        'x-github-api-version-selected': API_VERSION,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(rateRemaining),
        'x-ratelimit-reset': String(rateReset),
        'x-ratelimit-used': String(5000 - rateRemaining),
        'x-ratelimit-resource': 'core',
        ...reply.headers,
      }
      if (reply.body === undefined) {
        res.writeHead(reply.status, headers).end()
        return
      }
      headers['content-type'] = 'application/json; charset=utf-8'
      res.writeHead(reply.status, headers).end(JSON.stringify(reply.body))
    }
    const error = (status: number, message: string, op?: MatchedOperation, extra = {}) =>
      send(errorReply(status, message, op, extra), op)

    // The operation is looked up first only so that every answer, a 401 included, is held to
    // what the description documents for it. Authentication still comes first on GitHub too: a bad
    // token never reaches validation.
    const op = openapi.match(method, path)
    if (op) record.template = op.template
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!auth) return error(401, 'Requires authentication', op)
    const login = loginOf(auth[1]!)
    if (login === undefined) return error(401, 'Bad credentials', op)

    let body: unknown
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw)
        record.body = body
      } catch {
        record.body = raw
        violations.push(`${label}: request body is not JSON`)
        return error(400, 'Problems parsing JSON', op)
      }
    }

    const paramErrors = op ? openapi.checkParameters(op, target.searchParams) : []
    const bodyErrors = op ? openapi.checkRequestBody(op, body) : []
    if (!op) violations.push(`${label}: not an operation in GitHub's OpenAPI description`)
    for (const e of [...paramErrors, ...bodyErrors]) violations.push(`${label} request: ${e}`)

    // A fault answers before the route runs, so nothing is written; with `afterWrite` it answers
    // after the route has run, so the write is carried out and only its answer is lost.
    const fault = faults.take(method, path, op?.template)
    if (fault && !fault.afterWrite) {
      if (fault.hang) return
      if (fault.delayMs) await sleep(fault.delayMs)
      const injected = faultReply(fault, requestId)
      // Injected answers are checked like any other: a fault must look like what GitHub sends.
      if (injected) return send(injected, op)
    }

    const route = async (): Promise<Reply> => {
      if (!op) return errorReply(404, 'Not Found')
      if (paramErrors.some((e) => e.startsWith('path'))) return errorReply(404, 'Not Found', op)
      if (paramErrors.length > 0 || bodyErrors.length > 0) {
        const detail = [...paramErrors, ...bodyErrors].join('\n')
        return errorReply(422, `Invalid request.\n\n${detail}`, op)
      }
      const { owner, repo } = op.params
      const sameRepo =
        owner === undefined ||
        (owner.toLowerCase() === opts.owner.toLowerCase() &&
          repo?.toLowerCase() === opts.repo.toLowerCase())
      if (!sameRepo) return errorReply(404, 'Not Found', op)

      const handler = routes[`${op.method} ${op.template}`]
      if (!handler) {
        unimplemented.push(`${op.method} ${op.template}`)
        return errorReply(404, 'Not Found', op)
      }
      try {
        const query = target.searchParams
        return await handler({ state, git, params: op.params, query, body, url: target, login })
      } catch (err) {
        if (!(err instanceof ApiError)) throw err
        const { message, ...rest } = err.body
        return errorReply(err.status, message, op, rest)
      }
    }
    const reply = await route()

    if (fault?.afterWrite) {
      // The answer that is lost is still held to the description: it is the stand-in's.
      if (fault.hang) return check(reply, op)
      if (fault.delayMs) await sleep(fault.delayMs)
      const injected = faultReply(fault, requestId)
      if (injected) {
        check(reply, op)
        return send(injected, op)
      }
    }
    send(reply, op)
  }

  return {
    url,
    state,
    requests,
    violations,
    unimplemented,
    faults,
    close: async () => {
      if (closed) return
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      const done = new Promise<void>((resolve) => server.close(() => resolve()))
      // Hanging and keep-alive connections would hold close() open forever.
      server.closeAllConnections()
      await done
    },
  }
}

/** GitHub's JSON error answer. */
function errorReply(status: number, message: string, op?: MatchedOperation, extra = {}): Reply {
  return {
    status,
    body: {
      message,
      ...extra,
      documentation_url: op?.docUrl ?? 'https://docs.github.com/rest',
      status: String(status),
    },
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function currentBranch(dir: string): string {
  try {
    execFileSync('git', ['rev-parse', '--git-dir'], { cwd: dir, stdio: 'ignore' })
  } catch {
    throw new Error(`GitHub API stand-in: ${dir} is not a git repository`)
  }
  try {
    const out = execFileSync('git', ['symbolic-ref', '--short', 'HEAD'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
      encoding: 'utf8',
    })
    return out.trim() || 'main'
  } catch {
    return 'main'
  }
}
