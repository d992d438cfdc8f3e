// Builders for the GitHub objects that many responses embed (users, the repository), shaped as the
// OpenAPI description requires so that Octokit-style clients and the response validator accept them.
import { createHash } from 'node:crypto'

export const WEB = 'https://github.com'

export interface SimpleUser {
  login: string
  id: number
  node_id: string
  avatar_url: string
  gravatar_id: string | null
  url: string
  html_url: string
  followers_url: string
  following_url: string
  gists_url: string
  starred_url: string
  subscriptions_url: string
  organizations_url: string
  repos_url: string
  events_url: string
  received_events_url: string
  type: string
  site_admin: boolean
  user_view_type?: string
}

/**
 * The login GITHUB_TOKEN acts as: what a workflow writes with its default token, GitHub attributes
 * to the GitHub Actions app's bot user.
 */
export const GITHUB_TOKEN_LOGIN = 'github-actions[bot]'

// Ids are GitHub's real ones so logs look familiar.
const KNOWN_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, octocat: 583231 }

/** Deterministic id for a login, so the same login is the same user across runs. */
export function userId(login: string): number {
  const known = KNOWN_IDS[login]
  if (known !== undefined) return known
  return 10_000_000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 80_000_000)
}

export function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`
}

export function simpleUser(login: string, api: string): SimpleUser {
  const id = userId(login)
  const bot = login.endsWith('[bot]')
  const u = `${api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(bot ? 'BOT' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: bot ? `${WEB}/apps/${login.slice(0, -5)}` : `${WEB}/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: bot ? 'Bot' : 'User',
    site_admin: false,
    user_view_type: 'public',
  }
}

export interface RepoContext {
  api: string
  owner: string
  repo: string
  defaultBranch: string
  /** `${api}/repos/${owner}/${repo}` */
  apiRepo: string
  /** `https://github.com/${owner}/${repo}` */
  htmlRepo: string
}

export function repoContext(api: string, owner: string, repo: string, defaultBranch: string) {
  return {
    api,
    owner,
    repo,
    defaultBranch,
    apiRepo: `${api}/repos/${owner}/${repo}`,
    htmlRepo: `${WEB}/${owner}/${repo}`,
  } satisfies RepoContext
}

export const REPO_ID = 987_654_321

/**
 * One object satisfying both `repository` (embedded in pulls and issues) and `full-repository`
 * (GET /repos/{owner}/{repo}); the description lets objects carry extra properties.
 */
export function repositoryObject(ctx: RepoContext, openIssues: number, createdAt: string) {
  const r = ctx.apiRepo
  return {
    id: REPO_ID,
    node_id: nodeId('R', REPO_ID),
    name: ctx.repo,
    full_name: `${ctx.owner}/${ctx.repo}`,
    owner: simpleUser(ctx.owner, ctx.api),
    private: false,
    html_url: ctx.htmlRepo,
    description: 'Repository served by the deploy-guard GitHub API stand-in',
    fork: false,
    url: r,
    archive_url: `${r}/{archive_format}{/ref}`,
    assignees_url: `${r}/assignees{/user}`,
    blobs_url: `${r}/git/blobs{/sha}`,
    branches_url: `${r}/branches{/branch}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    comments_url: `${r}/comments{/number}`,
    commits_url: `${r}/commits{/sha}`,
    compare_url: `${r}/compare/{base}...{head}`,
    contents_url: `${r}/contents/{+path}`,
    contributors_url: `${r}/contributors`,
    deployments_url: `${r}/deployments`,
    downloads_url: `${r}/downloads`,
    events_url: `${r}/events`,
    forks_url: `${r}/forks`,
    git_commits_url: `${r}/git/commits{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_url: `git://github.com/${ctx.owner}/${ctx.repo}.git`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    issue_events_url: `${r}/issues/events{/number}`,
    issues_url: `${r}/issues{/number}`,
    keys_url: `${r}/keys{/key_id}`,
    labels_url: `${r}/labels{/name}`,
    languages_url: `${r}/languages`,
    merges_url: `${r}/merges`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    pulls_url: `${r}/pulls{/number}`,
    releases_url: `${r}/releases{/id}`,
    ssh_url: `git@github.com:${ctx.owner}/${ctx.repo}.git`,
    stargazers_url: `${r}/stargazers`,
    statuses_url: `${r}/statuses/{sha}`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    tags_url: `${r}/tags`,
    teams_url: `${r}/teams`,
    trees_url: `${r}/git/trees{/sha}`,
    clone_url: `${ctx.htmlRepo}.git`,
    mirror_url: null,
    hooks_url: `${r}/hooks`,
    svn_url: ctx.htmlRepo,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: ctx.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: createdAt,
    created_at: createdAt,
    updated_at: createdAt,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    subscribers_count: 0,
    network_count: 0,
  }
}

/** GitHub's timestamps: UTC, second precision, `Z` suffix. */
export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The `verification` GitHub gives an unsigned commit or tag. */
export const UNSIGNED = {
  verified: false,
  reason: 'unsigned',
  signature: null,
  payload: null,
  verified_at: null,
} as const
