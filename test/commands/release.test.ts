// Proof of the release through the verify and deploy commands, against the demo service (GET
// /version says which release serves) and the GitHub stand-in: a deploy that silently kept the
// old release fails the version probe, and the release put back passes the same probe.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deployCommand } from '../../src/commands/deploy.js'
import { verifyCommand } from '../../src/commands/verify.js'
import { InputError } from '../../src/config/errors.js'
import { short } from '../../src/github/context.js'
import { VERIFIED_MARK } from '../../src/rollback/previous.js'
import { fastInputs, runEnv, step, worldPerTest, type Inputs } from '../helpers/step.js'
import { DEPLOY_TO, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

/** The world's probes and one of the served version, as the README suggests it. */
const withVersion = (): Inputs => ({
  ...fastInputs(w),
  probes: `${fastInputs(w).probes}- name: version\n  url: ${w.service.url}/version?v={{ release.short-sha }}\n  expect: { json: { "$.sha": "{{ release.sha }}" } }\n`,
  'rollback-strategy': 'command',
  'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
})

async function verify(sha: string, inputs: Inputs, env: Record<string, string> = {}) {
  const s = await step({ command: 'verify', ...inputs }, runEnv(w, sha, env))
  await verifyCommand(s.settings, s.io)
  return s.rec
}

test('a deploy that silently kept the old release fails the version probe; the restored release passes it', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  // the deploy "succeeded", but the platform still serves the good release, healthy
  await w.deploy(w.repo.good)
  const rec = await verify(w.repo.bad, withVersion())

  expect(rec.outputs).toMatchObject({
    healthy: 'false',
    severity: 'P2', // one probe of three, not critical
    'rolled-back': 'true',
    'previous-sha': w.repo.good,
  })
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.verification.verdict.failing).toEqual(['version'])
  expect(report.verification.verdict.reason).toContain(
    `expected $.sha to be "${w.repo.bad}", got "${w.repo.good}"`,
  )
  // the same probe, of the release put back: it passed
  expect(report.rollback.restore.verdict).toMatchObject({ healthy: true })
  expect(report.rollback.restore.target).toBe(`the restored release ${short(w.repo.good)}`)
  expect(report.rollback.detail).toContain('the restored release passed verification')
  expect(w.gh.state.issues[0]!.title).toBe(
    `Rollback: production deploy of ${short(w.repo.bad)} failed verification`,
  )
  // the cache-buster names each release in turn
  const asked = w.service.requests.filter((r) => r.startsWith('/version'))
  expect(new Set(asked)).toEqual(
    new Set([`/version?v=${short(w.repo.bad)}`, `/version?v=${short(w.repo.good)}`]),
  )
})

test('the release that serves passes; the same probes and a real rollback verify the previous one', async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
  const rec = await verify(w.repo.bad, withVersion())
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  // the bad release served itself: its version passed, its health failed (critical: P1)
  expect(report.verification.verdict.failing).toEqual(['health'])
  expect(rec.outputs).toMatchObject({ severity: 'P1', 'rolled-back': 'true' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(report.rollback.restore.verdict.healthy).toBe(true)
})

test('the restored release of unknown SHA: the version probe cannot check it, and the detail says so', async () => {
  await w.deploy(w.repo.bad)
  // no GitHub and no previous-ref: the rollback command knows its previous release by itself
  const rec = await verify(w.repo.bad, {
    ...withVersion(),
    'github-token': '',
    'rollback-command': DEPLOY_TO(w.service.url, 'GOOD'),
  }, { GOOD: w.repo.good }) // prettier-ignore
  expect(w.service.serving()).toBe(w.repo.good)
  expect(rec.outputs).toMatchObject({ 'rolled-back': 'true', 'previous-sha': '' })
  const report = JSON.parse(readFileSync(rec.outputs.report!, 'utf8'))
  expect(report.rollback.restore.probes.map((p: { name: string }) => p.name)).toEqual([
    'homepage',
    'health',
  ])
  expect(report.rollback.detail).toMatch(
    /; the restored release passed verification \(1 probe naming \{\{ release\.sha \}\} could not check it: its SHA is not known\)$/,
  )
})

test('GITHUB_SHA not set: an input error at the probe, before anything is written or deployed', async () => {
  const noSha = { GITHUB_SHA: '' }
  const s = await step({ command: 'verify', ...withVersion() }, runEnv(w, '', noSha))
  await expect(verifyCommand(s.settings, s.io)).rejects.toThrow(
    new InputError([
      {
        path: 'probes[2].url',
        message:
          '{{ release.* }} needs the SHA of the release being verified, and GITHUB_SHA is not set',
      },
    ]),
  )
  const deployed = join(w.dir, 'deployed')
  const d = await step(
    { command: 'deploy', ...withVersion(), 'deploy-command': `touch ${deployed}` },
    runEnv(w, '', noSha),
  )
  await expect(deployCommand(d.settings, d.io, async () => true)).rejects.toThrow(InputError)
  expect(existsSync(deployed)).toBe(false)
  expect(w.gh.requests).toEqual([])
})
