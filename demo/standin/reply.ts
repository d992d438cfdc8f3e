// What a route receives and answers, and GitHub's pagination (per_page, page, Link header).
import type { GitRepo } from './git.js'
import type { StandInState } from './state.js'

export interface RouteContext {
  state: StandInState
  git: GitRepo
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  query: URLSearchParams
  /** The parsed JSON body, already checked against the operation's schema. */
  body: unknown
  /** The full request URL as the client addressed the stand-in. */
  url: URL
  /** Login of the request's token: what GitHub names as creator, user or closed_by. */
  login: string
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (c: RouteContext) => Promise<Reply> | Reply

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body }
}

export function intParam(value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || !/^-?\d+$/.test(value)) return fallback
  return Number(value)
}

export function paging(query: URLSearchParams, defaultPerPage = 30, maxPerPage = 100) {
  const perPage = Math.min(maxPerPage, Math.max(1, intParam(query.get('per_page'), defaultPerPage)))
  const page = Math.max(1, intParam(query.get('page'), 1))
  return { page, perPage }
}

/** GitHub's Link header: next/last after the current page, first/prev before it. */
export function linkHeader(url: URL, page: number, lastPage: number): string | undefined {
  const at = (p: number) => {
    const u = new URL(url)
    u.searchParams.set('page', String(p))
    return `<${u.toString()}>`
  }
  const links: string[] = []
  if (page > 1) links.push(`${at(page - 1)}; rel="prev"`)
  if (page < lastPage) links.push(`${at(page + 1)}; rel="next"`, `${at(lastPage)}; rel="last"`)
  if (page > 1) links.push(`${at(1)}; rel="first"`)
  return links.length > 0 ? links.join(', ') : undefined
}

/** One page of `items` with the Link header a GitHub list endpoint would send. */
export function paginate<T>(c: RouteContext, items: T[]): Reply {
  const { page, perPage } = paging(c.query)
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  const slice = items.slice((page - 1) * perPage, page * perPage)
  const link = linkHeader(c.url, page, lastPage)
  return json(200, slice, link ? { link } : undefined)
}
