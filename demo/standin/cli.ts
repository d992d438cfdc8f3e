// `deploy-guard standin`: the demo's GitHub stand-in on its own, for trying a workflow's steps
// locally and for tests outside the project. It prints its base URL as the first line of stdout
// and serves until SIGTERM (or SIGINT), then exits 0.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { InputError } from '../../src/config/errors.js'
import { startStandIn } from './server.js'

export const DEFAULT_REPOSITORY = 'acme/shop'

export interface StandInCliOptions {
  /** Stops the stand-in like SIGTERM does (for running it in-process). */
  signal?: AbortSignal
}

/**
 * Runs the stand-in until SIGTERM, SIGINT or `signal`; returns the exit code (0). Bad flags throw
 * InputError (exit 2 in the CLI).
 */
export async function standinCli(
  args: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  opts: StandInCliOptions = {},
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      repo: { type: 'string' },
      repository: { type: 'string', default: DEFAULT_REPOSITORY },
      token: { type: 'string' },
    },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
    throw InputError.at('port', `expected a port number from 0 to 65535, got "${values.port}"`)
  }
  const [owner, repo, ...extra] = values.repository.split('/')
  if (!owner || !repo || extra.length > 0 || !/^[\w.-]+\/[\w.-]+$/.test(values.repository)) {
    throw InputError.at('repository', `expected OWNER/NAME, got "${values.repository}"`)
  }
  const created = values.repo === undefined
  const dir = created ? newRepository() : resolve(values.repo!)
  if (!created && !isGitRepository(dir)) {
    throw InputError.at('repo', `"${values.repo}" is not a git repository`)
  }
  try {
    const gh = await startStandIn({ repoDir: dir, owner, repo, token: values.token, port })
    out(gh.url)
    err(
      `deploy-guard standin: GitHub's REST API for ${owner}/${repo} at ${gh.url}, commits from ` +
        `${dir}${created ? ' (a new repository: one empty commit on main)' : ''}; ` +
        `${values.token === undefined ? 'any token is accepted' : 'only --token is accepted'}. ` +
        `State: GET ${gh.url}/_standin/state. Stop with SIGTERM.`,
    )
    const why = await stopped(opts.signal)
    await gh.close()
    err(`deploy-guard standin: stopped (${why})`)
    return 0
  } finally {
    if (created) rmSync(dir, { recursive: true, force: true })
  }
}

function isGitRepository(dir: string): boolean {
  try {
    execFileSync('git', ['rev-parse', '--git-dir'], { cwd: dir, stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * The default repository: new, with one empty commit on `main`. A repository without any commit
 * would resolve no ref at all, so `main` could be neither deployed nor compared; with one empty
 * commit (fixed author and dates, so its SHA is the same on every run) `main` and HEAD resolve and
 * nothing else is assumed about the project.
 */
export function newRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-guard-standin-'))
  const at = '2024-01-01T00:00:00Z'
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'deploy-guard standin',
    GIT_AUTHOR_EMAIL: 'standin@deploy-guard.invalid',
    GIT_AUTHOR_DATE: at,
    GIT_COMMITTER_NAME: 'deploy-guard standin',
    GIT_COMMITTER_EMAIL: 'standin@deploy-guard.invalid',
    GIT_COMMITTER_DATE: at,
  }
  const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' })
  git(['init', '-q', '-b', 'main'])
  git(['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Initial commit'])
  return dir
}

function stopped(signal?: AbortSignal): Promise<string> {
  return new Promise((done) => {
    const stop = (why: string) => () => {
      process.off('SIGTERM', onTerm)
      process.off('SIGINT', onInt)
      signal?.removeEventListener('abort', onAbort)
      done(why)
    }
    const onTerm = stop('SIGTERM')
    const onInt = stop('SIGINT')
    const onAbort = stop('aborted')
    process.once('SIGTERM', onTerm)
    process.once('SIGINT', onInt)
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
  })
}
