// A whole world for end-to-end tests: a real git repository, the GitHub stand-in answering from
// it, a service playing production, and the bundled action run as the runner runs it.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runActionProcess, type ActionRun } from '../../demo/action-process.js'
import { createDemoRepo, type DemoRepo } from '../../demo/repo.js'
import { startDemoService, type DemoService } from '../../demo/service.js'
import { startStandIn, type StandIn } from '../../demo/standin/index.js'
import { ROOT } from './action.js'

export const TOKEN = 'ghs_e2e_token_0123456789abcdefghij'

export interface World {
  dir: string
  repo: DemoRepo
  gh: StandIn
  service: DemoService
  /** Runs dist/index.js with the world's GITHUB_* environment and fast verification inputs. */
  run(
    inputs: Record<string, string>,
    sha: string,
    opts?: {
      cancelAfterMs?: number
      cancelWhen?: (stdout: string) => boolean
      cancelSignal?: NodeJS.Signals
      env?: Record<string, string>
      timeoutMs?: number
    },
  ): Promise<ActionRun>
  /** Puts a release on the service, as a deploy would. */
  deploy(sha: string): Promise<Response>
  /** The statuses of every deployment of `sha`, oldest first. */
  statesOf(sha: string): string[]
  /** Records a deployment as if an earlier run had made it, with a final status. */
  seedDeployment(sha: string, state: 'success' | 'failure', description?: string): number
  close(): Promise<void>
}

export const DEPLOY_TO = (url: string, variable: string) =>
  `node -e "fetch('${url}/admin/deploy/' + process.env.${variable}, { method: 'POST' }).then((r) => process.exit(r.ok ? 0 : 1))"`

/** `shared`: a repository from an earlier world, for suites that make many worlds (read only). */
export async function createWorld(shared?: DemoRepo): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-world-'))
  const repo = shared ?? createDemoRepo(join(dir, 'repo'))
  const service = await startDemoService((sha) => sha === repo.bad)
  const gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  let n = 0
  return {
    dir,
    repo,
    gh,
    service,
    run(inputs, sha, { env: extraEnv, ...opts } = {}) {
      return runActionProcess({
        action: join(ROOT, 'dist', 'index.js'),
        dir: join(dir, `run-${++n}`),
        inputs: {
          environment: 'production',
          probes: `- name: homepage\n  url: ${service.url}/\n- name: health\n  url: ${service.url}/healthz\n  critical: true\n  expect: { json: { "$.status": up } }\n`,
          interval: '100ms',
          duration: '300ms',
          'probe-timeout': '300ms',
          'github-token': TOKEN,
          ...inputs,
        },
        env: {
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: gh.url,
          GITHUB_SHA: sha,
          GITHUB_WORKSPACE: dir,
          DEPLOY_GUARD_GITHUB_PACE_MS: '5',
          ...extraEnv,
        },
        timeoutMs: 60_000,
        ...opts,
      })
    },
    deploy: (sha) => fetch(`${service.url}/admin/deploy/${sha}`, { method: 'POST' }),
    statesOf: (sha) =>
      gh.state.deployments
        .filter((d) => d.sha === sha)
        .flatMap((d) => gh.state.statusesOf(d.id).map((s) => s.state)),
    seedDeployment(sha, state, description = '') {
      const d = gh.state.createDeployment({
        ref: sha,
        sha,
        environment: 'production',
        description: 'seeded',
      })
      gh.state.createDeploymentStatus(d.id, { state, description })
      return d.id
    },
    async close() {
      await gh.close()
      await service.close()
    },
  }
}

/**
 * A fresh world for each test of a file, handed over through `set`, and closed after the test,
 * which fails on any request or response GitHub's description does not allow.
 */
export function worldPerTest(set: (w: World) => void): void {
  let current: World | undefined
  beforeEach(async () => {
    current = await createWorld()
    set(current)
  })
  afterEach(async () => {
    expect(current!.gh.violations).toEqual([])
    expect(current!.gh.unimplemented).toEqual([])
    await current!.close()
  })
}
