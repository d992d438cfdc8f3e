// Window benchmarks (issues 2 and 10):
// 1. `node dist/index.js` deciding a window, against a bare `node -e 0`, same Node binary; and
//    the default step (a token set, so the incident lock is looked up, against the stand-in run
//    as `deploy-guard standin` in its own process) against a minimal toolkit action asking
//    GitHub the same (bench/minimal-action.ts, bundled by the same esbuild configuration).
// 2. One next-window search over a 20-rule policy with holidays, against a minute-by-minute
//    scan of the same span (the approach the engine avoids).
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isOpen, nextOpen } from '../src/window/engine.js'
import { loadPolicy } from '../src/window/policy.js'
import { fmt, interleaved, median, runMs, timeMs, type Figure } from './lib.js'

export const POLICY_20 = `timezone: Europe/Berlin
allow:
  - { name: Working hours, days: mon-thu, hours: "09:00-17:00" }
  - { name: Friday morning, days: fri, hours: "09:00-11:00" }
  - { name: Weekend batch, days: sat, hours: "10:00-12:00", timezone: UTC }
deny:
  - { name: Lunch peak, hours: "11:30-13:30" }
  - { name: Evening peak, hours: "18:00-21:00" }
  - { name: DE-BE holidays, holidays: DE-BE }
  - { name: DE-BY holidays, holidays: DE-BY }
  - { name: US holidays, holidays: US, timezone: America/New_York }
  - { name: Eve of US holidays, holidays: US, offset: -1d }
  - { name: GB holidays, holidays: GB }
  - { name: FR holidays, holidays: FR }
  - { name: Year-end freeze, from: 2026-12-19, to: 2027-01-04 }
  - { name: Summer freeze, from: 2027-07-20, to: 2027-08-10 }
  - { name: Release train, cron: "0 14 * * 3", duration: 2h }
  - { name: Month-end close, cron: "0 0 28-31 * *", duration: 1d }
  - { name: Backups, hours: "23:00-01:00" }
  - { name: Quarter close, from: 2027-03-29, to: 2027-04-02 }
  - { name: Maintenance, days: tue, hours: "06:00-09:30" }
  - { name: On-call handover, days: mon, hours: "09:00-10:00" }
  - { name: Sunday, days: sun }
`

async function startupFigures(node: string, ROOT: string): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-'))
  const plain = join(dir, 'plain.yml')
  writeFileSync(
    plain,
    'timezone: Europe/Berlin\nallow:\n  - { name: Working hours, days: mon-thu, hours: "09:00-16:00" }\ndeny:\n  - { name: No Friday deploys, days: fri }\n  - { name: Lunch peak, hours: "11:30-13:30" }\n  - { name: Year-end freeze, from: 2026-12-19, to: 2027-01-04 }\n',
  )
  const env = (policy: string) => ({
    PATH: process.env.PATH,
    INPUT_COMMAND: 'window',
    INPUT_POLICY: policy,
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: ROOT,
  })
  const action = join(ROOT, 'dist', 'index.js')
  const out: Figure[] = []
  for (const [name, policy] of [
    ['window decision, policy without holidays', plain],
    ['window decision, example policy with holidays', join(ROOT, 'examples', 'policy.yml')],
  ] as const) {
    const run = () => {
      writeFileSync(join(dir, 'out'), '')
      const ms = runMs(node, [action], env(policy))
      // A run that failed early would be fast for the wrong reason.
      if (!/^allowed<</m.test(readFileSync(join(dir, 'out'), 'utf8')))
        throw new Error(`the action wrote no decision for ${policy}`)
      return ms
    }
    const [subject, base] = interleaved(25, run, () => runMs(node, ['-e', '0'], {}))
    const ratio = subject / base
    const withHolidays = name.includes('with holidays')
    out.push({
      name: `${name}: \`node dist/index.js\` vs \`node -e 0\``,
      value: `${fmt(subject)} ms`,
      baseline: `${fmt(base)} ms`,
      ratio: `${ratio.toFixed(2)}x`,
      target: withHolidays ? '(reported; holiday data is loaded on demand)' : '<= 2.5x',
      met: withHolidays ? true : ratio <= 2.5,
    })
  }
  return out
}

async function searchFigures(): Promise<Figure[]> {
  const scope = await (await loadPolicy(POLICY_20)).scope('production')
  const start = Date.parse('2026-11-01T00:00:00Z')
  const starts = Array.from(
    { length: 200 },
    (_, i) => start + Math.floor((i * 365 * 86_400_000) / 200) + i * 7_919_000,
  )
  for (const t of starts) nextOpen(scope, t) // warm: holiday years, zone tables
  const times = starts.map((t) => timeMs(() => nextOpen(scope, t)))
  // Baseline: deciding the instant itself, which every window check does anyway.
  const decide = starts.map((t) => timeMs(() => isOpen(scope, t)))
  // Worst case for a jump search: from inside the year-end freeze, across it and the holidays.
  const freeze = Date.parse('2026-12-19T10:00:00+01:00')
  const far = median(Array.from({ length: 50 }, () => timeMs(() => nextOpen(scope, freeze))))
  // Baseline: what a minute-by-minute scan costs for the same question.
  const target = nextOpen(scope, freeze) as number
  const scan = median(
    Array.from({ length: 3 }, () =>
      timeMs(() => {
        let x = freeze
        while (x < target && !isOpen(scope, x)) x += 60_000
      }),
    ),
  )
  return [
    {
      name: 'next-window search, 20 rules with holidays, 200 instants across a year (median)',
      value: `${fmt(median(times))} ms`,
      baseline: `${fmt(median(decide))} ms (deciding the instant alone)`,
      ratio: `${(median(times) / median(decide)).toFixed(1)}x`,
      target: '< 5 ms',
      met: median(times) < 5,
    },
    {
      name: `next-window search from inside the year-end freeze (${Math.round((target - freeze) / 86_400_000)} days ahead) vs a minute-by-minute scan`,
      value: `${fmt(far)} ms`,
      baseline: `${fmt(scan)} ms`,
      ratio: `${(scan / far).toFixed(0)}x faster`,
      target: '< 5 ms',
      met: far < 5,
    },
  ]
}

/** `deploy-guard standin` in its own process (the runs are timed with spawnSync). */
async function standin(node: string, root: string) {
  const child = spawn(node, [join(root, 'bin', 'deploy-guard.js'), 'standin'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const line = out.split('\n')[0]
      if (out.includes('\n') && line) resolve(line.trim())
    })
    child.on('exit', () => reject(new Error('deploy-guard standin exited')))
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

async function defaultStepFigures(node: string, root: string): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-lock-'))
  const minimal = join(dir, 'minimal')
  // Bundled by the same esbuild configuration as dist/ (scripts/bundle.mjs), so the two differ
  // only in what they do.
  execFileSync(
    node,
    [
      '--input-type=module',
      '-e',
      `import { bundle } from ${JSON.stringify(pathToFileURL(join(root, 'scripts', 'bundle.mjs')).href)}
await bundle({ root: ${JSON.stringify(root)}, entryPoints: { index: 'bench/minimal-action.ts' }, outdir: ${JSON.stringify(minimal)} })`,
    ],
    { cwd: root, stdio: 'inherit' },
  )
  writeFileSync(join(minimal, 'package.json'), '{"type":"module"}\n')
  const gh = await standin(node, root)
  try {
    const env = {
      PATH: process.env.PATH,
      INPUT_COMMAND: 'window',
      INPUT_POLICY:
        'timezone: Europe/Berlin\ndeny:\n  - { name: Year-end freeze, from: 2026-12-19, to: 2027-01-04 }\n',
      'INPUT_GITHUB-TOKEN': 'ghs_bench_token_0123456789abcdefghij',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: gh.url,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: root,
    }
    const timed = (script: string) => () => {
      writeFileSync(join(dir, 'out'), '')
      const ms = runMs(node, [script], env)
      if (!/^allowed<</m.test(readFileSync(join(dir, 'out'), 'utf8')))
        throw new Error(`${script} wrote no decision`)
      return ms
    }
    const [subject, base] = interleaved(
      25,
      timed(join(root, 'dist', 'index.js')),
      timed(join(minimal, 'index.js')),
    )
    return [
      {
        name: 'default `window` step (token set: the incident lock looked up on the stand-in) vs a minimal toolkit action asking GitHub the same',
        value: `${fmt(subject)} ms`,
        baseline: `${fmt(base)} ms`,
        ratio: `${(subject / base).toFixed(2)}x`,
        target: '<= 1.5x',
        met: subject / base <= 1.5,
      },
    ]
  } finally {
    gh.stop()
  }
}

export async function windowBench(node: string, root: string): Promise<Figure[]> {
  return [
    ...(await startupFigures(node, root)),
    ...(await defaultStepFigures(node, root)),
    ...(await searchFigures()),
  ]
}
