// Rollback benchmark (issue 4): GitHub API requests of a failed-deploy run (verify, rollback,
// issue), with 1 and with 200 earlier deployments in the environment; the count must not grow
// with history. Also the run's wall time against a healthy run's.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionProcess } from '../src/demo/action-process.js'
import { createDemoRepo } from '../src/demo/repo.js'
import { startDemoService } from '../src/demo/service.js'
import { startStandIn } from '../src/standin/index.js'
import type { Figure } from './lib.js'

const TOKEN = 'ghs_bench_token_0123456789abcdefghij'

async function failedRun(
  root: string,
  node: string,
  history: number,
): Promise<{ requests: number; ms: number; healthyMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-rb-'))
  const repo = createDemoRepo(join(dir, 'repo'))
  const service = await startDemoService((sha) => sha === repo.bad)
  const gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  try {
    for (let i = 0; i < history; i++) {
      const d = gh.state.createDeployment({
        ref: repo.good,
        sha: repo.good,
        environment: 'production',
      })
      gh.state.createDeploymentStatus(d.id, { state: 'success' })
    }
    const run = (sha: string, name: string) =>
      runActionProcess({
        action: join(root, 'dist', 'index.js'),
        dir: join(dir, name),
        node,
        inputs: {
          command: 'verify',
          probes: `- url: ${service.url}/healthz\n  expect: { json: { "$.status": up } }\n`,
          interval: '100ms',
          duration: '300ms',
          'probe-timeout': '300ms',
          'rollback-strategy': 'command',
          'rollback-command': `node -e "fetch('${service.url}/admin/deploy/' + process.env.DEPLOY_GUARD_PREVIOUS_SHA, { method: 'POST' })"`,
          'github-token': TOKEN,
        },
        env: {
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: gh.url,
          GITHUB_SHA: sha,
          DEPLOY_GUARD_GITHUB_PACE_MS: '0',
        },
      })
    await fetch(`${service.url}/admin/deploy/${repo.good}`, { method: 'POST' })
    let t = performance.now()
    await run(repo.good, 'healthy')
    const healthyMs = performance.now() - t
    await fetch(`${service.url}/admin/deploy/${repo.bad}`, { method: 'POST' })
    const before = gh.requests.length
    t = performance.now()
    const r = await run(repo.bad, 'failed')
    const ms = performance.now() - t
    if (r.outputs['rolled-back'] !== 'true' || gh.violations.length > 0)
      throw new Error(
        `failed-deploy bench did not roll back cleanly: ${r.stdout.slice(-2000)} ${gh.violations.join('\n')}`,
      )
    return { requests: gh.requests.length - before, ms, healthyMs }
  } finally {
    await gh.close()
    await service.close()
  }
}

export async function rollbackBench(node: string, root: string): Promise<Figure[]> {
  const small = await failedRun(root, node, 1)
  const large = await failedRun(root, node, 200)
  return [
    {
      name: 'GitHub requests of a failed-deploy run (verify, rollback, issue), 1 earlier deployment',
      value: `${small.requests} requests`,
      baseline: '',
      ratio: '',
      target: 'small',
      met: small.requests <= 30,
    },
    {
      name: 'the same with 200 earlier deployments (the count must not grow with history)',
      value: `${large.requests} requests`,
      baseline: `${small.requests} requests`,
      ratio: `${(large.requests / small.requests).toFixed(2)}x`,
      target: '1.00x',
      met: large.requests === small.requests,
    },
    {
      name: 'wall time of that failed-deploy run vs a healthy run (both `node dist/index.js`)',
      value: `${Math.round(large.ms)} ms`,
      baseline: `${Math.round(large.healthyMs)} ms`,
      ratio: `${(large.ms / large.healthyMs).toFixed(2)}x`,
      target: '(reported: two verifications plus the rollback)',
      met: true,
    },
  ]
}
