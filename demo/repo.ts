// A real git repository for the demo and the end-to-end tests: a good release, then a bad one
// with the kinds of change responders look for first (a migration, configuration, dependencies),
// so the incident issue's "What changed" is a real diff.

import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export interface DemoRepo {
  dir: string
  good: string
  bad: string
  /** Commits between good and bad, oldest first. */
  commits: string[]
}

function git(dir: string, args: string[], date: string): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dana Demo',
      GIT_AUTHOR_EMAIL: 'dana@example.test',
      GIT_COMMITTER_NAME: 'Dana Demo',
      GIT_COMMITTER_EMAIL: 'dana@example.test',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir,
    },
  }).trim()
}

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

function commit(dir: string, message: string, files: Record<string, string>, day: number): string {
  write(dir, files)
  const date = `2026-11-${String(day).padStart(2, '0')}T10:00:00Z`
  git(dir, ['add', '-A'], date)
  git(dir, ['commit', '-q', '-m', message], date)
  return git(dir, ['rev-parse', 'HEAD'], date)
}

export function createDemoRepo(dir: string): DemoRepo {
  mkdirSync(dir, { recursive: true })
  git(dir, ['init', '-q', '-b', 'main'], '2026-11-01T10:00:00Z')
  commit(
    dir,
    'Initial shop service',
    {
      'src/app.js': 'export const version = 1\n',
      'package.json': '{"name":"shop","dependencies":{"express":"4.19.0"}}\n',
    },
    2,
  )
  const good = commit(
    dir,
    'Add order history page (#11)',
    { 'src/orders.js': 'export const history = []\n' },
    9,
  )
  const commits = [
    commit(
      dir,
      'Bump express to 5.0.0 (#12)',
      {
        'package.json': '{"name":"shop","dependencies":{"express":"5.0.0"}}\n',
        'package-lock.json': '{"lockfileVersion":3}\n',
      },
      16,
    ),
    commit(
      dir,
      'Add index on orders.customer_id (#13)',
      {
        'db/migrations/20261117_orders_customer_idx.sql':
          'CREATE INDEX orders_customer_idx ON orders (customer_id);\n',
      },
      17,
    ),
    commit(
      dir,
      'Lower the DB pool to 2 connections, cc @everyone <b>urgent</b> | ops',
      { 'config/database.yml': 'pool: 2\ntimeout: 500\n' },
      18,
    ),
    commit(
      dir,
      'Checkout: call the new pricing service',
      { 'src/checkout.js': 'export const pricing = "https://pricing.internal"\n' },
      19,
    ),
  ]
  return { dir, good, bad: commits[commits.length - 1] as string, commits }
}
