// The workflow run as the GITHUB_* environment describes it.

import { readFileSync } from 'node:fs'

export interface RunContext {
  repo: { owner: string; repo: string } | null
  sha: string
  ref: string
  actor: string
  runUrl: string
  serverUrl: string
  apiUrl: string
  workspace: string
  /** The run's id and attempt: a rerun keeps the id (the marks that make writes happen once). */
  runId: string
  runAttempt: number
  /** The repository's default branch, from the event payload when the runner wrote one. */
  defaultBranch: string
}

/**
 * `repository.default_branch` from the event payload (GITHUB_EVENT_PATH): every event that
 * names a repository carries it, so no request is spent on it.
 */
function defaultBranchOf(path: string | undefined): string {
  if (!path) return ''
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as {
      repository?: { default_branch?: unknown }
    }
    const b = event.repository?.default_branch
    return typeof b === 'string' ? b : ''
  } catch {
    return ''
  }
}

export function runContext(env: Record<string, string | undefined>): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  const slug = owner && repo ? `${owner}/${repo}` : ''
  return {
    repo: owner && repo ? { owner, repo } : null,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR || 'unknown',
    runUrl:
      slug && env.GITHUB_RUN_ID ? `${serverUrl}/${slug}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    serverUrl,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: Math.max(1, Number(env.GITHUB_RUN_ATTEMPT) || 1),
    defaultBranch: defaultBranchOf(env.GITHUB_EVENT_PATH),
  }
}

/**
 * A SHA as people read it: its first 7 characters. Counted in code points, not UTF-16 units:
 * the incident renderer passes text it has not checked, and half a surrogate pair is not text.
 */
export const short = (sha: string) => Array.from(sha).slice(0, 7).join('')
