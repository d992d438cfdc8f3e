// Shapes of the records the stand-in stores, as GitHub returns them, and GitHub's error answer.
import type { SimpleUser } from './objects.js'

export interface Deployment {
  url: string
  id: number
  node_id: string
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  original_environment: string
  environment: string
  description: string | null
  creator: SimpleUser | null
  created_at: string
  updated_at: string
  statuses_url: string
  repository_url: string
  transient_environment: boolean
  production_environment: boolean
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatus {
  url: string
  id: number
  node_id: string
  state: DeploymentState
  creator: SimpleUser | null
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  created_at: string
  updated_at: string
  deployment_url: string
  repository_url: string
}

export interface Label {
  id: number
  node_id: string
  url: string
  name: string
  description: string | null
  color: string
  default: boolean
}

export interface Issue {
  id: number
  node_id: string
  url: string
  repository_url: string
  labels_url: string
  comments_url: string
  events_url: string
  html_url: string
  timeline_url: string
  number: number
  state: 'open' | 'closed'
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null
  title: string
  body: string | null
  user: SimpleUser | null
  labels: Label[]
  assignee: SimpleUser | null
  assignees: SimpleUser[]
  milestone: null
  locked: boolean
  active_lock_reason: string | null
  comments: number
  closed_at: string | null
  closed_by: SimpleUser | null
  created_at: string
  updated_at: string
  author_association: string
}

export interface IssueComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: SimpleUser | null
  created_at: string
  updated_at: string
  author_association: string
}

export interface Dispatch {
  workflow_id: string
  ref: string
  inputs: Record<string, unknown>
  created_at: string
  /** Login of the token that dispatched it. */
  creator: string
  /** Always true: a dispatch starts a run whoever sends it, GITHUB_TOKEN included (see state.ts). */
  starts_workflows: true
}

/** What a test says about a pull request; the rest of GitHub's object is filled in. */
export interface PullInput {
  number?: number
  title: string
  body?: string | null
  /** Author login (default `octocat`). */
  user?: string
  /** Default `closed` with `merged_at` set: the merged PR that introduced the commit. */
  state?: 'open' | 'closed'
  merged_at?: string | null
  draft?: boolean
  labels?: string[]
  /** Head branch name (default `feature-<number>`). */
  head?: string
  /** Base branch name (default: the default branch). */
  base?: string
}

/** A 404 or 422 with GitHub's JSON error body; routes turn it into the response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: { message: string; errors?: unknown[]; [k: string]: unknown },
  ) {
    super(body.message)
  }
}

export function validationFailed(...errors: Record<string, unknown>[]): ApiError {
  return new ApiError(422, { message: 'Validation Failed', errors })
}
