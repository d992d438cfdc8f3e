// Evidence before the rollback and proof of the release, end to end: dist/index.js against the
// GitHub stand-in and the demo service (its log at /admin/logs, its version at /version).
import { readFileSync } from 'node:fs'
import { short } from '../../src/github/context.js'
import { VERIFIED_MARK } from '../../src/rollback/previous.js'
import { judge, paragraphsOf } from '../helpers/markdown-oracle.js'
import { DEPLOY_TO, worldPerTest, type World } from '../helpers/world.js'

let w: World
worldPerTest((x) => (w = x))

const LOGS = (url: string) =>
  `node -e "fetch('${url}/admin/logs?lines=20').then((r) => r.text()).then((t) => process.stdout.write(t))"`

const failing = () => ({
  command: 'verify',
  'rollback-strategy': 'command',
  'rollback-command': DEPLOY_TO(w.service.url, 'DEPLOY_GUARD_PREVIOUS_SHA'),
})

beforeEach(async () => {
  w.seedDeployment(w.repo.good, 'success', VERIFIED_MARK)
  await w.deploy(w.repo.bad)
})

/** The issue's Evidence section: its words and the one code block in it. */
function evidenceSection(body: string) {
  const part = body.slice(body.indexOf('\n## Evidence\n'), body.indexOf('\n## What changed\n'))
  // An unclosed fence would swallow the rest of the section, and the block's text would show it.
  const md = judge(part, { fences: ['text'] })
  expect(md.fences).toHaveLength(1)
  expect(md.fences[0]!.lang).toBe('text')
  return { words: paragraphsOf(md.tree).join('\n'), block: md.fences[0]!.value.split('\n') }
}

test("the bad release's logs kept before the rollback, a secret redacted, a fence that holds", async () => {
  const password = 'e2e-db-password-5f1c'
  const r = await w.run(
    {
      ...failing(),
      'evidence-command': [
        'echo "evidence of ${DEPLOY_GUARD_FAILED_SHA:0:7} with $DB_PASSWORD"',
        LOGS(w.service.url),
        "printf '```\\n# not a heading\\n'",
      ].join('\n'),
    },
    w.repo.bad,
    { env: { DB_PASSWORD: password } },
  )
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '1' })
  const body = w.gh.state.issues[0]!.body ?? ''
  const { words, block } = evidenceSection(body)
  expect(words).toMatch(/^The evidence command finished in \d+m?s and printed \d+ lines\./)
  expect(block[0]).toBe(`evidence of ${short(w.repo.bad)} with ***`)
  // the log of the release that failed, before the rollback replaced it
  expect(block.filter((l) => l.includes(`${short(w.repo.bad)} ERROR GET /healthz 500`)).length).toBeGreaterThan(0) // prettier-ignore
  expect(block.join('\n')).not.toContain(`${short(w.repo.good)} INFO`)
  expect(block.slice(-2)).toEqual(['```', '# not a heading'])
  expect(judge(body).headings).not.toContain('# not a heading')
  expect(judge(body).headings).toContain('## Postmortem (blameless)')
  // on the timeline of the issue, between the verdict and the rollback
  const rows = body.split('\n').filter((l) => /^\| 20\d\d-/.test(l))
  const events = rows.map((l) => l.split(' | ').at(-1)!.replace(/ \|$/, ''))
  const at = (what: RegExp) => events.findIndex((e) => what.test(e))
  expect(at(/^verdict/)).toBeLessThan(at(/^evidence command started/))
  expect(at(/^evidence command finished/)).toBeLessThan(at(/^rollback to/))
  // the summary and the report; the secret nowhere but the runner's mask instruction
  expect(r.summary).toContain('### Evidence')
  const report = readFileSync(r.outputs.report!, 'utf8')
  expect(JSON.parse(report).evidence.output).toContain(
    `${short(w.repo.bad)} ERROR GET /healthz 500`,
  )
  for (const text of [body, r.summary, report, r.stdout.replace(/^::add-mask::.*$/gm, '')])
    expect(text).not.toContain(password)
})

test('an evidence command that hangs past evidence-timeout: the rollback happens, the timeline says so', async () => {
  const t = Date.now()
  const r = await w.run(
    {
      ...failing(),
      'evidence-command': "trap '' TERM; echo collecting; sleep 60",
      'evidence-timeout': '1s',
    },
    w.repo.bad,
  )
  expect(Date.now() - t).toBeLessThan(30_000)
  expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'issue-number': '1' })
  expect(w.service.serving()).toBe(w.repo.good)
  expect(r.stdout).toMatch(
    /^::warning::Evidence: the evidence command did not finish within evidence-timeout \(1s\) and was stopped, with 1 line of output so far\.$/m,
  )
  const body = w.gh.state.issues[0]!.body ?? ''
  expect(body).toContain('| evidence command timed out after 1s and was stopped |')
  expect(evidenceSection(body).block).toEqual(['collecting'])
  const timeline = JSON.parse(readFileSync(r.outputs.report!, 'utf8')).timeline as {
    at: string
    what: string
  }[]
  const when = (what: RegExp) => Date.parse(timeline.find((e) => what.test(e.what))!.at)
  expect(when(/^rollback to/) - when(/^evidence command started/)).toBeLessThan(2500)
})

test('proof of the release: a deploy that kept the old release fails the version probe, the restored release passes it', async () => {
  await w.deploy(w.repo.good) // the "deploy" of the bad release changed nothing
  const r = await w.run(
    {
      ...failing(),
      probes: `- name: health\n  url: ${w.service.url}/healthz\n  critical: true\n- name: version\n  url: ${w.service.url}/version?v={{ release.short-sha }}\n  expect: { json: { "$.sha": "{{ release.sha }}" } }\n`,
    },
    w.repo.bad,
  )
  expect(r.outputs).toMatchObject({ healthy: 'false', severity: 'P2', 'rolled-back': 'true' })
  const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'))
  expect(report.verification.verdict.failing).toEqual(['version'])
  expect(report.rollback.restore.verdict.healthy).toBe(true)
  expect(w.service.requests).toContain(`/version?v=${short(w.repo.bad)}`)
  expect(w.service.requests).toContain(`/version?v=${short(w.repo.good)}`)
  expect(w.gh.state.issues[0]!.title).toBe(
    `Rollback: production deploy of ${short(w.repo.bad)} failed verification`,
  )
})
