// A realistic failed deploy for the incident renderer: a shop whose homepage answers 502 and
// whose API reports its database down after release abc1234, a change set with a migration,
// config, dependency, infrastructure and workflow change; and helpers that read markdown the
// way GitHub does where it matters (fences, code spans, table rows).

import type { ChangeSet, IncidentInput, TimelineEvent } from '../../src/incident/types.js'
import type { VerifyConfig } from '../../src/verify/probing.js'
import type { VerifyReport } from '../../src/verify/report.js'

export const FAILED = 'abc1234def5678abc1234def5678abc1234def56'
export const PREVIOUS = 'def5678abc1234def5678abc1234def5678abc12'
export const T0 = Date.parse('2026-03-03T14:00:00Z')
export const at = (s: number) => new Date(T0 + s * 1000).toISOString().replace('.000Z', 'Z')

/** Every 10 s for 60 s, thresholds 3: the analysis config of the fixtures' reports. */
export const CONFIG: VerifyConfig = {
  initialDelayMs: 0,
  intervalMs: 10_000,
  durationMs: 60_000,
  failureThreshold: 3,
  successThreshold: 3,
  probeTimeoutMs: 5000,
  probeConcurrency: 8,
}

export const HOMEPAGE_EVIDENCE = '<html><body><h1>502 Bad Gateway</h1>\n<hr>nginx</body></html>'
export const API_EVIDENCE = '{"status":"degraded","db":{"ok":false,"error":"connection refused"}}'

export function failedReport(): VerifyReport {
  const home = (ok: boolean) =>
    ok
      ? { probe: 'homepage', ok, status: 200, latencyMs: 84 }
      : {
          probe: 'homepage',
          ok,
          status: 502,
          latencyMs: 31,
          error: 'http-status' as const,
          message: 'expected status 200-399, got 502',
          evidence: HOMEPAGE_EVIDENCE,
        }
  const api = (ok: boolean) =>
    ok
      ? { probe: 'api', ok, status: 200, latencyMs: 120 }
      : {
          probe: 'api',
          ok,
          status: 200,
          latencyMs: 95,
          error: 'assertion' as const,
          message: 'expected $.db.ok to be true, got false',
          evidence: API_EVIDENCE,
        }
  const search = { probe: 'search', ok: true, status: 200, latencyMs: 150 }
  return {
    command: 'verify',
    target: FAILED,
    environment: 'production',
    startedAt: at(0),
    endedAt: at(31),
    config: CONFIG,
    probes: [
      { name: 'homepage', method: 'GET', url: 'https://shop.example.com/', headers: {}, critical: true }, // prettier-ignore
      { name: 'api', method: 'GET', url: 'https://shop.example.com/api/health?token=REDACTED', headers: { authorization: '[REDACTED]' }, critical: false }, // prettier-ignore
      { name: 'search', method: 'GET', url: 'https://shop.example.com/search?q=x', headers: {}, critical: false }, // prettier-ignore
    ],
    verdict: {
      healthy: false,
      outcome: 'failing',
      severity: 'P1',
      reason:
        '3 consecutive rounds failed (rounds 2-4): homepage (http-status: expected status 200-399, got 502), api (assertion: expected $.db.ok to be true, got false).',
      deciding: [2, 3, 4],
      failing: ['homepage', 'api'],
    },
    rounds: [1, 2, 3, 4].map((n) => ({
      number: n,
      startedAt: at((n - 1) * 10),
      passed: n === 1,
      results: [home(n === 1), api(n === 1), search],
    })),
  }
}

export function restoreReport(): VerifyReport {
  const r = failedReport()
  return {
    ...r,
    target: PREVIOUS,
    startedAt: at(62),
    endedAt: at(130),
    verdict: {
      healthy: true,
      outcome: 'healthy',
      severity: null,
      reason: '3/3 probes passed the last 3 rounds after 60s of observation (7 rounds, 0 failed).',
      deciding: [5, 6, 7],
      failing: [],
    },
    rounds: [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      number: n,
      startedAt: at(62 + (n - 1) * 10),
      passed: true,
      results: [
        { probe: 'homepage', ok: true, status: 200, latencyMs: 80 },
        { probe: 'api', ok: true, status: 200, latencyMs: 110 },
        { probe: 'search', ok: true, status: 200, latencyMs: 140 },
      ],
    })),
  }
}

const REPO = 'https://github.com/acme/shop'

export function changeSet(): ChangeSet {
  const commit = (sha: string, title: string, author: string, pr?: number, prTitle?: string) => ({
    sha,
    title,
    author,
    url: `${REPO}/commit/${sha}`,
    ...(pr ? { pr: { number: pr, url: `${REPO}/pull/${pr}`, ...(prTitle ? { title: prTitle } : {}) } } : {}), // prettier-ignore
  })
  const file = (filename: string, additions: number, deletions: number, status = 'modified') => ({
    filename,
    status,
    additions,
    deletions,
  })
  return {
    base: PREVIOUS,
    head: FAILED,
    compareUrl: `${REPO}/compare/${PREVIOUS}...${FAILED}`,
    totalCommits: 3,
    commits: [
      commit('1111111aaaaaaa', 'Add index on orders.customer_id', 'dana', 41, 'Speed up order history'), // prettier-ignore
      commit('2222222bbbbbbb', 'Bump pg from 8.11.0 to 8.12.0', 'dependabot[bot]', 42),
      commit('3333333ccccccc', 'Raise DB pool size for checkout', 'Lee Park'),
    ],
    files: [
      file('src/checkout/cart.ts', 12, 3),
      file('db/migrate/20260303120000_add_orders_customer_index.rb', 9, 0, 'added'),
      file('config/database.yml', 1, 1),
      file('package.json', 1, 1),
      file('package-lock.json', 40, 38),
      file('Dockerfile', 2, 1),
      file('.github/workflows/deploy.yml', 3, 0),
      file('README.md', 4, 0),
    ],
    capped: { commits: false, files: false },
  }
}

export function timeline(recovered = true): TimelineEvent[] {
  const events = [
    { at: at(-60), what: 'Deploy started' },
    { at: at(0), what: 'Verification started' },
    { at: at(10), what: 'First failed round (round 2)' },
    { at: at(31), what: 'Verdict: unhealthy (failing, P1)' },
    { at: at(32), what: 'Rollback started (command)' },
    { at: at(61), what: 'Rollback finished' },
  ]
  return recovered ? [...events, { at: at(130), what: 'Recovery verified' }] : events
}

export function incident(over: Partial<IncidentInput> = {}): IncidentInput {
  return {
    environment: 'production',
    repo: { owner: 'acme', name: 'shop', htmlUrl: REPO },
    failedSha: FAILED,
    previousSha: PREVIOUS,
    severity: 'P1',
    verification: failedReport(),
    rollback: {
      state: 'recovered',
      strategy: 'command',
      detail: 'Ran the rollback command; it exited 0 after 29s.',
      restore: restoreReport(),
    },
    timeline: timeline(),
    changes: changeSet(),
    runUrl: `${REPO}/actions/runs/987654321`,
    actor: 'dana',
    now: at(140),
    ...over,
  }
}

/** Fenced code blocks as CommonMark closes them: a backtick line at least as long as the opener. */
export function fencedBlocks(text: string): { info: string; body: string }[] {
  const lines = text.split('\n')
  const blocks: { info: string; body: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!)
    if (!open) continue
    const f = open[1]!
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length; j++) {
      const close = new RegExp(`^ {0,3}${f[0] === '`' ? '`' : '~'}{${f.length},}\\s*$`)
      if (close.test(lines[j]!)) break
      body.push(lines[j]!)
    }
    blocks.push({ info: open[2]!.trim(), body: body.join('\n') })
    i = j
  }
  return blocks
}

/** The lines outside fenced code blocks. */
export function outsideFences(text: string): string {
  const lines = text.split('\n')
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]!)
    if (!open) {
      out.push(lines[i]!)
      continue
    }
    const f = open[1]!
    const close = new RegExp(`^ {0,3}${f[0] === '`' ? '`' : '~'}{${f.length},}\\s*$`)
    let j = i + 1
    while (j < lines.length && !close.test(lines[j]!)) j++
    i = j
  }
  return out.join('\n')
}

/** The text outside fenced code blocks and code spans: where mentions ping and HTML renders. */
export function prose(text: string): string {
  return outsideFences(text).replace(/(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)/g, ' ')
}

/** Each table as its header and rows, every line split into cells on unescaped pipes. */
export function tables(text: string): { head: string[]; rows: string[][]; next?: string }[] {
  // GitHub splits rows on unescaped pipes before it looks for code spans, so this does too.
  const lines = outsideFences(text).split('\n')
  const cells = (line: string) =>
    line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
  const found: { head: string[]; rows: string[][]; next?: string }[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|( *-{3,} *\|)+$/.test(lines[i + 1]!)) continue
    const head = cells(lines[i]!)
    const rows: string[][] = []
    let j = i + 2
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(cells(lines[j]!))
    // GitHub keeps a table going until a blank line: anything else would become a broken row.
    found.push({ head, rows, ...(j < lines.length ? { next: lines[j]! } : {}) })
    i = j
  }
  return found
}
