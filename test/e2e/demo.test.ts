// `npm run demo` as a newcomer runs it (bin/deploy-guard.js demo, the built CLI and action):
// the whole story ends as expected, without Prometheus and with it (issue 12: the metric probe
// sees the bad release's error ratio against its baseline).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { prometheusInstalled } from '../../demo/prometheus.js'
import { ROOT } from '../helpers/action.js'

const run = promisify(execFile)

async function demo(flag: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'dg-demo-'))
  const r = await run(process.execPath, [join(ROOT, 'bin', 'deploy-guard.js'), 'demo', flag], {
    cwd,
    timeout: 150_000,
  })
  return { stdout: r.stdout, issue: readFileSync(join(cwd, '.demo', 'incident-issue.md'), 'utf8') }
}

test('without Prometheus: the story runs, the issue has its evidence, the recovery is version-checked', async () => {
  const { stdout, issue } = await demo('--no-metrics')
  expect(stdout).toContain('demo: the story ran as expected.')
  expect(stdout).toContain('Prometheus  not installed: no metric probe')
  expect(issue).toContain('\n## Evidence\n')
  expect(stdout).toMatch(/recovery: .* passed the same probes, its served version included/)
}, 160_000)

test('with Prometheus: the metric probe fails the bad release against its baseline', async () => {
  expect(prometheusInstalled()).toBe(true) // npm test installs it (scripts/test.mjs)
  const { stdout, issue } = await demo('--metrics')
  expect(stdout).toContain('demo: the story ran as expected.')
  expect(stdout).toMatch(
    /error-rate: failed: 0\.\d+ against 0\.02 before the release: more than 50% higher \(limit 0\.03\)/,
  )
  expect(issue).toMatch(/error-rate .*against 0\.02 before the release/)
}, 160_000)
