// Issues, issue comments and labels, with GitHub's filtering, ordering and pagination.
import { ApiError } from './types.js'
import { json, paginate, type Handler, type RouteContext } from './reply.js'
import type { Issue } from './types.js'

type LabelRef = string | { name?: string }

interface IssueBody {
  title?: string | number | null
  body?: string | null
  assignee?: string | null
  assignees?: (string | { login?: string })[]
  labels?: LabelRef[]
  state?: 'open' | 'closed'
  state_reason?: Issue['state_reason']
}

function labelNames(labels: LabelRef[] | undefined): string[] | undefined {
  if (!labels) return undefined
  return labels
    .map((l) => (typeof l === 'string' ? l : l.name))
    .filter((n): n is string => typeof n === 'string')
}

function logins(body: IssueBody): string[] | undefined {
  const list = body.assignees?.map((a) => (typeof a === 'string' ? a : a.login))
  const all = [...(list ?? []), ...(body.assignee ? [body.assignee] : [])]
  const out = all.filter((l): l is string => typeof l === 'string' && l !== '')
  return body.assignees === undefined && !body.assignee ? undefined : out
}

function issueNumber(c: RouteContext): number {
  return Number(c.params.issue_number)
}

function mustIssue(c: RouteContext): Issue {
  const issue = c.state.issue(issueNumber(c))
  if (!issue) throw new ApiError(404, { message: 'Not Found' })
  return issue
}

const location = (url: string) => ({ location: url })

function listIssues(c: RouteContext) {
  const q = c.query
  const state = q.get('state') ?? 'open'
  const wanted = (q.get('labels') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  const creator = q.get('creator')
  const assignee = q.get('assignee')
  const milestone = q.get('milestone')
  const since = q.get('since')
  const sinceMs = since ? Date.parse(since) : NaN
  const items = c.state.issues.filter((i) => {
    if (state !== 'all' && i.state !== state) return false
    const names = i.labels.map((l) => l.name.toLowerCase())
    if (!wanted.every((w) => names.includes(w))) return false
    if (creator && i.user?.login !== creator) return false
    if (assignee === 'none' && i.assignees.length > 0) return false
    if (assignee === '*' && i.assignees.length === 0) return false
    if (assignee && assignee !== 'none' && assignee !== '*') {
      if (!i.assignees.some((a) => a.login === assignee)) return false
    }
    // No issue has a milestone here, so only "none" (or no filter) can match.
    if (milestone && milestone !== 'none') return false
    if (!Number.isNaN(sinceMs) && Date.parse(i.updated_at) < sinceMs) return false
    return true
  })
  const sort = q.get('sort') ?? 'created'
  const sign = (q.get('direction') ?? 'desc') === 'asc' ? 1 : -1
  const key = (i: Issue): number =>
    sort === 'updated'
      ? Date.parse(i.updated_at)
      : sort === 'comments'
        ? i.comments
        : Date.parse(i.created_at)
  // Ties (same second, same comment count) fall back to creation order, like GitHub's ids.
  items.sort((a, b) => sign * (key(a) - key(b) || a.id - b.id))
  return paginate(c, items)
}

export const issueRoutes: Record<string, Handler> = {
  'POST /repos/{owner}/{repo}/issues': (c) => {
    const b = c.body as IssueBody
    const issue = c.state.createIssue({
      title: String(b.title ?? ''),
      body: b.body ?? null,
      labels: labelNames(b.labels),
      assignees: logins(b),
      user: c.login,
    })
    return json(201, issue, location(issue.url))
  },

  'GET /repos/{owner}/{repo}/issues': listIssues,

  'GET /repos/{owner}/{repo}/issues/{issue_number}': (c) => json(200, mustIssue(c)),

  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (c) => {
    const b = c.body as IssueBody
    const issue = c.state.updateIssue(
      issueNumber(c),
      {
        title: b.title === undefined || b.title === null ? undefined : String(b.title),
        body: b.body,
        state: b.state,
        state_reason: b.state_reason,
        labels: labelNames(b.labels),
        assignees: logins(b),
      },
      c.login,
    )
    return json(200, issue)
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (c) => {
    const b = c.body as { body: string }
    const comment = c.state.createComment(issueNumber(c), b.body, c.login)
    return json(201, comment, location(comment.url))
  },

  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (c) => {
    const issue = mustIssue(c)
    const since = c.query.get('since')
    const sinceMs = since ? Date.parse(since) : NaN
    const comments = c.state
      .commentsOf(issue.number)
      .filter((x) => Number.isNaN(sinceMs) || Date.parse(x.updated_at) >= sinceMs)
    return paginate(c, comments)
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': (c) => {
    const b = c.body as { labels?: LabelRef[] }
    return json(200, c.state.addLabels(issueNumber(c), labelNames(b.labels) ?? []))
  },

  'POST /repos/{owner}/{repo}/issues/{issue_number}/assignees': (c) => {
    const b = c.body as IssueBody | undefined
    return json(201, c.state.addAssignees(issueNumber(c), logins(b ?? {}) ?? []))
  },

  'GET /repos/{owner}/{repo}/labels': (c) => paginate(c, c.state.labels),

  'GET /repos/{owner}/{repo}/labels/{name}': (c) => {
    const label = c.state.findLabel(c.params.name ?? '')
    if (!label) throw new ApiError(404, { message: 'Not Found' })
    return json(200, label)
  },

  'POST /repos/{owner}/{repo}/labels': (c) => {
    const b = c.body as { name: string; color?: string; description?: string }
    const label = c.state.createLabel(b)
    return json(201, label, location(label.url))
  },
}
