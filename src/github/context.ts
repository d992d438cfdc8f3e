// The workflow run as the GITHUB_* environment describes it.

export interface RunContext {
  repo: { owner: string; repo: string } | null
  sha: string
  ref: string
  actor: string
  runUrl: string
  serverUrl: string
  apiUrl: string
  workspace: string
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
  }
}

export const short = (sha: string) => sha.slice(0, 7)
