// Issues, their comments and the repository's labels: the part of the stand-in's memory the
// incident issue lives in. StandInState (state.ts) adds deployments, pulls and dispatches.
import {
  GITHUB_TOKEN_LOGIN,
  isoSeconds,
  nodeId,
  repoContext,
  simpleUser,
  type RepoContext,
  type SimpleUser,
} from './objects.js'
import { ApiError, validationFailed, type Issue, type IssueComment, type Label } from './types.js'

/** GitHub rejects issue and comment bodies longer than this many characters. */
export const BODY_LIMIT = 65536

const DEFAULT_LABELS: [string, string, string][] = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['help wanted', '008672', 'Extra attention is needed'],
  ['invalid', 'e4e669', "This doesn't seem right"],
  ['question', 'd876e3', 'Further information is requested'],
  ['wontfix', 'ffffff', 'This will not be worked on'],
]

export class IssueStore {
  readonly ctx: RepoContext
  /** Login of writes that name no one (the stand-in's token login; GITHUB_TOKEN's bot by default). */
  actor = GITHUB_TOKEN_LOGIN
  /** Clock for timestamps; replace it to make a run deterministic. */
  now: () => Date = () => new Date()
  /** Logins that may be assigned; `null` accepts anyone. */
  assignable: Set<string> | null = null

  readonly issues: Issue[] = []
  /** Comments per issue number, oldest first. */
  readonly comments = new Map<number, IssueComment[]>()
  /** The repository's labels, GitHub's defaults first. */
  readonly labels: Label[] = []

  private nextId = 1_000_001
  // Issues and pull requests share one number sequence, as on GitHub.
  protected nextNumber = 1

  constructor(api: string, owner: string, repo: string, defaultBranch: string) {
    this.ctx = repoContext(api, owner, repo, defaultBranch)
    for (const [name, color, description] of DEFAULT_LABELS) {
      this.labels.push({ ...this.labelObject(name, color, description), default: true })
    }
  }

  timestamp(): string {
    return isoSeconds(this.now())
  }

  user(login = this.actor): SimpleUser {
    return simpleUser(login, this.ctx.api)
  }

  protected id(): number {
    return this.nextId++
  }

  // Labels --------------------------------------------------------------------------------

  private labelObject(name: string, color: string, description: string | null): Label {
    const id = this.id()
    return {
      id,
      node_id: nodeId('LA', id),
      url: `${this.ctx.apiRepo}/labels/${encodeURIComponent(name)}`,
      name,
      description,
      color,
      default: false,
    }
  }

  findLabel(name: string): Label | undefined {
    const key = name.toLowerCase()
    return this.labels.find((l) => l.name.toLowerCase() === key)
  }

  createLabel(input: { name: string; color?: string; description?: string }): Label {
    const name = input.name.trim()
    const errors: Record<string, unknown>[] = []
    if (name === '') errors.push({ resource: 'Label', code: 'missing_field', field: 'name' })
    if ([...name].length > 50) {
      errors.push(tooLong('Label', 'name', 50))
    }
    if (this.findLabel(name)) {
      errors.push({ resource: 'Label', code: 'already_exists', field: 'name' })
    }
    const color = (input.color ?? 'ededed').replace(/^#/, '')
    if (!/^[0-9a-fA-F]{6}$/.test(color)) {
      errors.push({ resource: 'Label', code: 'invalid', field: 'color' })
    }
    if (input.description !== undefined && [...input.description].length > 100) {
      errors.push(tooLong('Label', 'description', 100))
    }
    if (errors.length > 0) throw validationFailed(...errors)
    const label = this.labelObject(name, color.toLowerCase(), input.description ?? null)
    this.labels.push(label)
    return label
  }

  /** GitHub creates labels named on an issue that the repository does not have yet. */
  private labelsFor(names: string[]): Label[] {
    const out: Label[] = []
    for (const name of names) {
      const label = this.findLabel(name) ?? this.createLabel({ name })
      if (!out.includes(label)) out.push(label)
    }
    return out
  }

  // Issues --------------------------------------------------------------------------------

  issue(number: number): Issue | undefined {
    return this.issues.find((i) => i.number === number)
  }

  private mustIssue(number: number): Issue {
    const issue = this.issue(number)
    if (!issue) throw new ApiError(404, { message: 'Not Found' })
    return issue
  }

  createIssue(input: {
    title: string
    body?: string | null
    labels?: string[]
    assignees?: string[]
    user?: string
    created_at?: string
  }): Issue {
    if (input.title.trim() === '') {
      throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' })
    }
    checkBody(input.body, 'Issue')
    const assignees = this.checkAssignees(input.assignees ?? [], true)
    const labels = this.labelsFor(input.labels ?? [])
    const number = this.nextNumber++
    const id = this.id()
    const at = input.created_at ?? this.timestamp()
    const url = `${this.ctx.apiRepo}/issues/${number}`
    const issue: Issue = {
      id,
      node_id: nodeId('I', id),
      url,
      repository_url: this.ctx.apiRepo,
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.ctx.htmlRepo}/issues/${number}`,
      timeline_url: `${url}/timeline`,
      number,
      state: 'open',
      state_reason: null,
      title: input.title,
      body: input.body ?? null,
      user: this.user(input.user),
      labels,
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: 0,
      closed_at: null,
      closed_by: null,
      created_at: at,
      updated_at: at,
      author_association: 'NONE',
    }
    setAssignees(
      issue,
      assignees.map((l) => this.user(l)),
    )
    this.issues.push(issue)
    this.comments.set(number, [])
    return issue
  }

  updateIssue(
    number: number,
    patch: {
      title?: string
      body?: string | null
      state?: 'open' | 'closed'
      state_reason?: Issue['state_reason']
      labels?: string[]
      assignees?: string[]
    },
    /** Who closes it, when the patch closes it. */
    actor?: string,
  ): Issue {
    const issue = this.mustIssue(number)
    if (patch.body !== undefined) checkBody(patch.body, 'Issue')
    if (patch.title !== undefined) issue.title = patch.title
    if (patch.body !== undefined) issue.body = patch.body
    if (patch.labels !== undefined) issue.labels = this.labelsFor(patch.labels)
    if (patch.assignees !== undefined) {
      setAssignees(
        issue,
        this.checkAssignees(patch.assignees, false).map((l) => this.user(l)),
      )
    }
    const at = this.timestamp()
    if (patch.state !== undefined && patch.state !== issue.state) {
      issue.state = patch.state
      if (patch.state === 'closed') {
        issue.closed_at = at
        issue.closed_by = this.user(actor)
        issue.state_reason = patch.state_reason ?? 'completed'
      } else {
        issue.closed_at = null
        issue.closed_by = null
        issue.state_reason = 'reopened'
      }
    }
    issue.updated_at = at
    return issue
  }

  addLabels(number: number, names: string[]): Label[] {
    const issue = this.mustIssue(number)
    for (const label of this.labelsFor(names)) {
      if (!issue.labels.includes(label)) issue.labels.push(label)
    }
    issue.updated_at = this.timestamp()
    return issue.labels
  }

  addAssignees(number: number, logins: string[]): Issue {
    const issue = this.mustIssue(number)
    const current = issue.assignees.map((a) => a.login)
    const added = this.checkAssignees(logins, false).filter((l) => !current.includes(l))
    setAssignees(issue, [...issue.assignees, ...added.map((l) => this.user(l))].slice(0, 10))
    issue.updated_at = this.timestamp()
    return issue
  }

  // Creating an issue with an unassignable login fails; updating drops such logins silently.
  private checkAssignees(logins: string[], strict: boolean): string[] {
    const ok = logins.filter((l, i) => logins.indexOf(l) === i && this.canAssign(l))
    const bad = logins.find((l) => !this.canAssign(l))
    if (strict && bad !== undefined) {
      throw validationFailed({ value: bad, resource: 'Issue', field: 'assignees', code: 'invalid' })
    }
    return ok.slice(0, 10)
  }

  private canAssign(login: string): boolean {
    return this.assignable === null || this.assignable.has(login)
  }

  commentsOf(number: number): IssueComment[] {
    return this.comments.get(number) ?? []
  }

  createComment(number: number, body: string, user?: string): IssueComment {
    const issue = this.mustIssue(number)
    if (body.trim() === '') {
      throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' })
    }
    checkBody(body, 'IssueComment')
    const id = this.id()
    const at = this.timestamp()
    const comment: IssueComment = {
      id,
      node_id: nodeId('IC', id),
      url: `${this.ctx.apiRepo}/issues/comments/${id}`,
      html_url: `${issue.html_url}#issuecomment-${id}`,
      issue_url: issue.url,
      body,
      user: this.user(user),
      created_at: at,
      updated_at: at,
      author_association: 'NONE',
    }
    this.comments.get(number)!.push(comment)
    issue.comments++
    issue.updated_at = at
    return comment
  }

  openIssueCount(): number {
    return this.issues.filter((i) => i.state === 'open').length
  }
}

function setAssignees(issue: Issue, users: SimpleUser[]) {
  issue.assignees = users
  issue.assignee = users[0] ?? null
}

function checkBody(body: string | null | undefined, resource: string) {
  // GitHub counts characters, not UTF-16 code units.
  if (body && [...body].length > BODY_LIMIT) {
    throw validationFailed(tooLong(resource, 'body', BODY_LIMIT))
  }
}

function tooLong(resource: string, field: string, max: number) {
  return {
    resource,
    code: 'custom',
    field,
    message: `${field} is too long (maximum is ${max} characters)`,
  }
}
