// The pull-request-simple object GET /commits/{sha}/pulls returns, built from what a test registers.
import { nodeId, WEB, type RepoContext, type SimpleUser } from './objects.js'
import type { PullInput } from './types.js'

export interface PullContext {
  ctx: RepoContext
  timestamp(): string
  user(login?: string): SimpleUser
  repository(): unknown
}

export function pullObject(state: PullContext, sha: string, number: number, input: PullInput) {
  const { ctx } = state
  const repoApi = ctx.apiRepo
  const url = `${repoApi}/pulls/${number}`
  const html = `${WEB}/${ctx.owner}/${ctx.repo}/pull/${number}`
  const at = state.timestamp()
  const closed = (input.state ?? 'closed') === 'closed'
  const mergedAt = input.merged_at !== undefined ? input.merged_at : closed ? at : null
  const user = state.user(input.user ?? 'octocat')
  const headRef = input.head ?? `feature-${number}`
  const baseRef = input.base ?? ctx.defaultBranch
  const link = (href: string) => ({ href })
  return {
    url,
    id: 2_000_000_000 + number,
    node_id: nodeId('PR', number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi}/issues/${number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${number}/comments`,
    statuses_url: `${repoApi}/statuses/${sha}`,
    number,
    state: closed ? 'closed' : 'open',
    locked: false,
    title: input.title,
    user,
    body: input.body ?? null,
    labels: (input.labels ?? []).map((name, i) => ({
      id: 3_000_000 + number * 100 + i,
      node_id: nodeId('LA', `${number}-${i}`),
      url: `${repoApi}/labels/${encodeURIComponent(name)}`,
      name,
      description: '',
      color: 'ededed',
      default: false,
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: at,
    updated_at: at,
    closed_at: closed ? (mergedAt ?? at) : null,
    merged_at: mergedAt,
    merge_commit_sha: mergedAt ? sha : null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${ctx.owner}:${headRef}`, ref: headRef, sha, user, repo: state.repository() },
    base: { label: `${ctx.owner}:${baseRef}`, ref: baseRef, sha, user, repo: state.repository() },
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoApi}/issues/${number}`),
      comments: link(`${repoApi}/issues/${number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoApi}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoApi}/statuses/${sha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: input.draft ?? false,
  }
}
