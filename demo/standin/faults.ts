// Injected faults: what GitHub does on a bad day (5xx, secondary rate limits, slow or stuck
// answers), so tests can prove the product rolls back first and communicates second.

export interface FaultSpec {
  /** HTTP method to match (any when omitted). */
  method?: string
  /**
   * Path to match, without the query: an exact path (`/repos/o/r/issues`), a path template from
   * GitHub's description (`/repos/{owner}/{repo}/issues`), or a RegExp tested against the path.
   * Any path when omitted.
   */
  path?: string | RegExp
  /** Answer with this status instead of the route. Omit to only delay or hang. */
  status?: number
  /** Matching requests to let through before the fault answers (default 0). */
  skip?: number
  /** How many matching requests the fault answers (default 1; `Infinity` for all). */
  times?: number
  /**
   * Seconds sent as `retry-after` (default 1 for a secondary rate limit, else no header). `null`
   * sends a secondary rate limit without the header, which GitHub also does: "If the
   * `retry-after` response header is present, you should not retry your request until after that
   * many seconds has elapsed. If the `x-ratelimit-remaining` header is `0`, you should not retry
   * your request until after the time, in UTC epoch seconds, specified by the `x-ratelimit-reset`
   * header. Otherwise, wait for at least one minute before retrying."
   * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit)
   * Combine it with `headers: { 'x-ratelimit-remaining': '0' }` for the second case.
   */
  retryAfter?: number | null
  /** Wait this long before answering (the route's answer, or the fault's). */
  delayMs?: number
  /** Never answer; the connection is dropped when the stand-in closes. */
  hang?: boolean
  /**
   * Let the request through first: the route runs and its write is carried out, and only then
   * does the fault answer instead (its `status`, or `hang`, or `delayMs` before the real answer).
   * This is a response lost after GitHub acted: a 502 from a proxy, a timeout, a dropped line.
   */
  afterWrite?: boolean
  /** Overrides the error message in the JSON body. */
  message?: string
  /**
   * Extra response headers, e.g. `{ 'x-ratelimit-remaining': '0' }` with a 403 and
   * `message: 'API rate limit exceeded'` for a primary rate limit.
   */
  headers?: Record<string, string>
}

export interface ActiveFault extends FaultSpec {
  /** Requests this fault has answered so far. */
  hits: number
  /** Matching requests it has let through (see `skip`). */
  passed: number
}

export interface FaultReply {
  status: number
  headers: Record<string, string>
  body: unknown
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID'

const SECONDARY_DOCS =
  'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'

export class Faults {
  /** Faults still waiting for requests, in the order they were injected. */
  readonly active: ActiveFault[] = []

  /** Adds a fault; the first matching active fault answers a request. */
  inject(spec: FaultSpec): ActiveFault {
    const fault: ActiveFault = { ...spec, hits: 0, passed: 0 }
    this.active.push(fault)
    return fault
  }

  clear(): void {
    this.active.length = 0
  }

  /**
   * Claims the fault for a request, counting it against `times`. `template` is the matched
   * description path, so a fault can name an endpoint independent of owner and repo.
   */
  take(method: string, path: string, template?: string): ActiveFault | undefined {
    const i = this.active.findIndex((f) => matches(f, method, path, template))
    if (i < 0) return undefined
    const fault = this.active[i]!
    if (fault.passed < (fault.skip ?? 0)) {
      fault.passed++
      return undefined
    }
    fault.hits++
    if (fault.hits >= (fault.times ?? 1)) this.active.splice(i, 1)
    return fault
  }
}

function matches(f: FaultSpec, method: string, path: string, template?: string): boolean {
  if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false
  if (f.path === undefined) return true
  if (f.path instanceof RegExp) {
    f.path.lastIndex = 0
    return f.path.test(path)
  }
  return f.path === path || f.path === template
}

/** The answer GitHub gives for a fault's status, with GitHub's headers and JSON error shape. */
export function faultReply(fault: FaultSpec, requestId: string): FaultReply | undefined {
  const status = fault.status
  if (status === undefined) return undefined
  const headers: Record<string, string> = {}
  let body: Record<string, unknown>
  const secondary = (status === 403 || status === 429) && fault.message === undefined
  if (secondary) {
    body = {
      message: `${SECONDARY_RATE_LIMIT_MESSAGE} ${requestId}.`,
      documentation_url: SECONDARY_DOCS,
      status: String(status),
    }
    if (fault.retryAfter !== null) headers['retry-after'] = String(fault.retryAfter ?? 1)
  } else {
    body = { message: fault.message ?? defaultMessage(status) }
    if (status < 500) {
      body.documentation_url = 'https://docs.github.com/rest'
      body.status = String(status)
    }
    if (status === 422) body.errors = []
    if (fault.retryAfter != null) headers['retry-after'] = String(fault.retryAfter)
  }
  Object.assign(headers, fault.headers)
  return { status, headers, body }
}

function defaultMessage(status: number): string {
  switch (status) {
    case 404:
      return 'Not Found'
    case 409:
      return 'Conflict'
    case 422:
      return 'Validation Failed'
    case 502:
      return 'Bad Gateway'
    case 503:
      return 'Service Unavailable'
    case 504:
      return 'We couldn\u2019t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.'
    default:
      return status >= 500 ? 'Server Error' : 'Error'
  }
}
