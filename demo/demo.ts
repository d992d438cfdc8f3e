// `deploy-guard demo`: the whole story on one machine. A GitHub stand-in answers from a real git
// repository, a small web service plays production, and the bundled action runs as the runner
// runs it: a good deploy, a bad deploy whose logs are kept (evidence-command) before it is
// rolled back, the release put back proven by the version it serves, the incident issue, and
// the window locked by that incident. Everything it wrote stays under .demo/.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startStandIn, type StandIn } from './standin/index.js'
import { runActionProcess, type ActionRun } from './action-process.js'
import { prometheusInstalled, startMetricsService, startPrometheus } from './prometheus.js'
import { createDemoRepo } from './repo.js'
import { startDemoService } from './service.js'
import { short } from '../src/github/context.js'

export interface DemoOptions {
  /** Where .demo/ is written. */
  root: string
  /** Path to dist/index.js. */
  action: string
  out: (line: string) => void
  /**
   * Add a metric probe against a real Prometheus: true requires it, false leaves it out, unset
   * uses it when `prometheus` is installed.
   */
  metrics?: boolean
}

/** The error ratio of the demo's traffic, over a window short enough for a one-second soak. */
const ERROR_RATIO =
  'sum(rate(http_requests_total{code="500"}[3s])) / sum(rate(http_requests_total[3s]))'

const TOKEN = 'ghs_demo0000000000000000000000000000'

/** A deploy script as a team might write it: it tells the platform which release to serve. */
const DEPLOY =
  "node -e \"fetch(process.env.DEMO_PLATFORM + '/admin/deploy/' + process.env.GITHUB_SHA, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))\""
/** Evidence before the rollback: the bad release's last log lines, which the rollback erases. */
const EVIDENCE =
  'echo "last log lines of ${DEPLOY_GUARD_FAILED_SHA:0:7} on $DEPLOY_GUARD_ENVIRONMENT, before the rollback to ${DEPLOY_GUARD_PREVIOUS_SHA:0:7}:" && ' +
  'node -e "fetch(process.env.DEMO_PLATFORM + \'/admin/logs?lines=15\').then((r) => r.text()).then((t) => process.stdout.write(t))"'
const ROLLBACK =
  'echo "rolling back $DEPLOY_GUARD_ENVIRONMENT from ${DEPLOY_GUARD_FAILED_SHA:0:7} to ${DEPLOY_GUARD_PREVIOUS_SHA:0:7}" && ' +
  "node -e \"fetch(process.env.DEMO_PLATFORM + '/admin/deploy/' + process.env.DEPLOY_GUARD_PREVIOUS_SHA, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))\""

export async function demo(o: DemoOptions): Promise<number> {
  const base = join(o.root, '.demo')
  rmSync(base, { recursive: true, force: true })
  mkdirSync(base, { recursive: true })
  const say = (s = '') => o.out(s)
  const repo = createDemoRepo(join(base, 'repo'))
  const service = await startDemoService((sha) => sha === repo.bad)
  let gh: StandIn | null = null
  const metrics = o.metrics ?? prometheusInstalled()
  if (metrics && !prometheusInstalled()) {
    say('demo --metrics: `prometheus` is not installed (apt-get install prometheus)')
    await service.close()
    return 2
  }
  // The service's traffic as Prometheus sees it: 2% errors while a good release serves, 30%
  // while the bad one does, scraped every second.
  const traffic = metrics ? await startMetricsService() : null
  const follow = traffic
    ? setInterval(() => {
        traffic.errorShare = service.serving() === repo.bad ? 0.3 : 0.02
      }, 100)
    : null
  const prom = traffic ? await startPrometheus(traffic) : null
  try {
    gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
    const env = {
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: gh.url,
      GITHUB_WORKSPACE: base,
      GITHUB_REF: 'refs/heads/main',
      DEMO_PLATFORM: service.url,
      DEPLOY_GUARD_GITHUB_PACE_MS: '20',
    }
    const common = {
      environment: 'production',
      policy:
        'timezone: UTC\ndeny:\n  - name: Year-end freeze\n    from: 2099-12-19\n    to: 2100-01-04\n',
      // The version probe proves which release serves: the deployed one, then the one put back.
      probes:
        `- name: homepage\n  url: ${service.url}/\n  expect: { body-contains: shop }\n- name: health\n  url: ${service.url}/healthz\n  critical: true\n  expect: { json: { "$.status": up, "$.db.ok": true } }\n- name: version\n  url: ${service.url}/version?v={{ release.short-sha }}\n  expect: { json: { "$.sha": "{{ release.sha }}" } }\n` +
        (prom
          ? `- name: error-rate\n  prometheus: { url: "${prom.url}", query: '${ERROR_RATIO}' }\n  expect: { below: 0.5, baseline: { before: 5s, max-increase: 50% } }\n  no-data: pass\n`
          : ''),
      // With a metric probe, the traffic of a new release needs a few scrapes to show.
      ...(prom ? { 'initial-delay': '2500ms' } : {}),
      interval: '200ms',
      duration: '1s',
      'failure-threshold': '3',
      'success-threshold': '3',
      'probe-timeout': '500ms',
      'rollback-strategy': 'command',
      'rollback-command': ROLLBACK,
      'evidence-command': EVIDENCE,
      'deploy-command': DEPLOY,
      'issue-assignees': '@actor',
      'github-token': TOKEN,
    }
    const run = async (
      step: string,
      sha: string,
      inputs: Record<string, string>,
    ): Promise<ActionRun> => {
      const r = await runActionProcess({
        action: o.action,
        dir: join(base, step),
        inputs: { ...common, ...inputs },
        env: { ...env, GITHUB_SHA: sha },
        timeoutMs: 120_000,
      })
      writeFileSync(join(base, step, 'log.txt'), r.stdout + r.stderr)
      return r
    }
    say(
      'deploy-guard demo: a GitHub stand-in, a web service playing production, and dist/index.js run as the runner runs it.',
    )
    say(
      `  repository  ${repo.dir} (good release ${short(repo.good)}, bad release ${short(repo.bad)})`,
    )
    say(
      `  GitHub      ${gh.url} (stand-in; every request checked against GitHub's OpenAPI description)`,
    )
    say(`  service     ${service.url}`)
    say(
      prom
        ? `  Prometheus  ${prom.url} (scraping the service's traffic every second; metric probe error-rate)`
        : '  Prometheus  not installed: no metric probe (apt-get install prometheus adds one)',
    )
    if (traffic) await prom!.scrapes(traffic, 6)
    say()

    say(`1. Deploy the good release ${short(repo.good)} (command: deploy)`)
    const one = await run('1-deploy-good', repo.good, { command: 'deploy' })
    say(
      `   exit ${one.code}, allowed=${one.outputs.allowed}, healthy=${one.outputs.healthy}; serving ${short(service.serving())}`,
    )
    say()

    say(
      `2. Deploy the bad release ${short(repo.bad)}: it fails its probes, deploy-guard rolls back and opens the incident`,
    )
    const two = await run('2-deploy-bad', repo.bad, { command: 'deploy' })
    say(
      `   exit ${two.code}, healthy=${two.outputs.healthy}, severity=${two.outputs.severity}, rolled-back=${two.outputs['rolled-back']}, previous-sha=${short(two.outputs['previous-sha'] ?? '')}`,
    )
    say(
      `   service history: ${service.history.map((h) => short(h.sha)).join(' -> ')}; serving ${short(service.serving())} now`,
    )
    // What the report says of the evidence and of the check of the release put back.
    const report = JSON.parse(readFileSync(two.outputs.report ?? '', 'utf8')) as {
      evidence: { outcome: string; lines: number } | null
      verification?: { rounds: { results: { probe: string; ok: boolean; message?: string }[] }[] }
      rollback: {
        restore?: {
          target: string
          verdict: { healthy: boolean }
          probes: { name: string }[]
        }
      }
    }
    const restore = report.rollback.restore
    const versionChecked =
      restore?.verdict.healthy === true && restore.probes.some((p) => p.name === 'version')
    say(
      `   evidence: ${report.evidence ? `${report.evidence.outcome}, ${report.evidence.lines} lines of the bad release's log kept before the rollback` : 'none'}`,
    )
    let metricFailed = false
    if (prom) {
      const last = report.verification?.rounds.at(-1)?.results.find((x) => x.probe === 'error-rate')
      metricFailed = last?.ok === false
      say(
        `   error-rate: ${last ? `${last.ok ? 'passed' : 'failed'}: ${last.message}` : 'not measured'}`,
      )
    }
    say(
      `   recovery: ${restore ? `${restore.target} ${restore.verdict.healthy ? 'passed' : 'failed'} the same probes${versionChecked ? ', its served version included ($.sha = {{ release.sha }})' : ''}` : 'not verified'}`,
    )
    const issue = gh.state.issues?.[0] as
      { number: number; title: string; body: string; labels: unknown[] } | undefined
    if (issue) {
      writeFileSync(join(base, 'incident-issue.md'), `# ${issue.title}\n\n${issue.body}\n`)
      say(`   incident issue #${issue.number}: ${issue.title}`)
    }
    say()

    say('3. Try to deploy again while the incident is open (command: window)')
    const three = await run('3-window-locked', repo.good, { command: 'window' })
    say(`   exit ${three.code}, allowed=${three.outputs.allowed}: ${three.outputs.reason}`)
    const four = await run('4-window-override', repo.good, {
      command: 'window',
      'override-reason': 'fix forward for the pricing outage',
    })
    say(
      `   with override-reason: exit ${four.code}, allowed=${four.outputs.allowed}, overridden=${four.outputs.overridden}`,
    )
    say()

    const requests = gh.requests.length
    say(`GitHub requests: ${requests} in all; OpenAPI violations: ${gh.violations.length}`)
    for (const v of gh.violations) say(`  violation: ${v}`)
    say(`Files: ${base} (each step's summary.md, log.txt and reports; incident-issue.md)`)
    if (issue) {
      say()
      say(
        '---------------------------------------- the incident issue ----------------------------------------',
      )
      say(`# ${issue.title}`)
      say()
      say(issue.body)
    }
    const ok =
      one.code === 0 &&
      two.code === 1 &&
      two.outputs['rolled-back'] === 'true' &&
      report.evidence?.outcome === 'ok' &&
      versionChecked &&
      issue?.body.includes('\n## Evidence\n') === true &&
      service.serving() === repo.good &&
      issue !== undefined &&
      three.code === 1 &&
      four.code === 0 &&
      gh.violations.length === 0 &&
      (!prom || metricFailed)
    say()
    say(
      ok
        ? 'demo: the story ran as expected.'
        : 'demo: something did not go as expected; see the files above.',
    )
    return ok ? 0 : 1
  } finally {
    if (follow) clearInterval(follow)
    await prom?.stop()
    await traffic?.close()
    await gh?.close()
    await service.close()
  }
}
