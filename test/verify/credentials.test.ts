// Credential-like headers by name (issue 13): X-Auth, X-Authorization, Authentication and the
// like were not on the fixed list, so they were echoed into the issue, the summary and the
// report, and carried across a redirect to another origin. Real servers on loopback.
import { renderIncidentBody } from '../../src/incident/render.js'
import { probesFor } from '../../src/verify/probe-schema.js'
import { ProbeClient } from '../../src/verify/probe.js'
import { prepareProbes, probeRelease } from '../../src/verify/probing.js'
import { renderVerifySummary } from '../../src/verify/report.js'
import { incident } from '../incident/render-fixtures.js'
import { ok, startService, type Service } from '../helpers/service.js'
import { recording } from '../helpers/step.js'

/** Header names a service may use for a credential, each with a value to look for. */
const CREDENTIALS: Record<string, string> = {
  'X-Auth': 'xauth-canary-0001',
  'X-Authorization': 'xauthz-canary-0002',
  Authentication: 'authn-canary-0003',
  'X-Session-Id': 'session-canary-0004',
  'X-Api-Key': 'apikey-canary-0005',
  'X-Password': 'password-canary-0006',
  'X-Csrf-Token': 'csrf-canary-0007',
}
const headersYaml = `{ ${Object.entries(CREDENTIALS)
  .map(([k, v]) => `${k}: ${v}`)
  .join(', ')}, X-Trace: trace-kept-0008 }`

let svc: Service
let other: Service
beforeEach(async () => {
  svc = await startService()
  other = await startService()
})
afterEach(async () => {
  await svc.close()
  await other.close()
})

test('dropped on a redirect to another origin, kept on a redirect within it', async () => {
  const client = new ProbeClient({ timeoutMs: 2000 })
  try {
    svc.handle((req, res) => {
      if (req.url === '/landed') return ok('landed')(req, res, '')
      const location = req.url === '/same' ? '/landed' : `${other.url}/landed`
      ok('', 302, { location })(req, res, '')
    })
    other.handle(ok('landed'))
    const run = (path: string) =>
      client.run(
        prepareProbes(
          `- url: ${svc.url}${path}\n  follow-redirects: 1\n  headers: ${headersYaml}`,
          recording().runner,
        ).probes.sample[0]!,
      )
    expect(await run('/cross')).toMatchObject({ ok: true })
    expect(await run('/same')).toMatchObject({ ok: true })
    const [first, same] = [svc.requests[0]!, svc.requests[2]!]
    expect(same.url).toBe('/landed')
    const crossed = other.requests[0]!.headers
    for (const [name, value] of Object.entries(CREDENTIALS)) {
      expect(first.headers[name.toLowerCase()]).toBe(value)
      expect(same.headers[name.toLowerCase()]).toBe(value)
      expect(crossed[name.toLowerCase()]).toBeUndefined()
    }
    expect(crossed['x-trace']).toBe('trace-kept-0008')
  } finally {
    await client.close()
  }
})

test('redacted in the report, the log, the summary and the issue, also where a body echoes them', async () => {
  // A failing service that echoes the request's headers: its body is the evidence quoted.
  svc.handle((req, res) => ok(JSON.stringify(req.headers), 503)(req, res, ''))
  const rec = recording()
  const { probes, redactor } = prepareProbes(
    `- name: api\n  url: ${svc.url}/health\n  headers: ${headersYaml}`,
    rec.runner,
  )
  const { report } = await probeRelease(
    probesFor(probes, ''),
    {
      initialDelayMs: 0,
      intervalMs: 50,
      durationMs: 0,
      failureThreshold: 1,
      successThreshold: 1,
      probeTimeoutMs: 2000,
      probeConcurrency: 8,
    },
    { runner: rec.runner, now: Date.now, workspace: process.cwd(), reportDir: process.cwd() },
    { target: 'release abc1234', environment: 'production' },
    redactor,
  )
  expect(report.verdict.healthy).toBe(false)
  expect(report.rounds[0]!.results[0]!.evidence).toContain('trace-kept-0008') // echoed, not secret
  expect(report.probes[0]!.headers).toEqual({
    ...Object.fromEntries(Object.keys(CREDENTIALS).map((k) => [k, '***'])),
    'X-Trace': 'trace-kept-0008',
  })
  expect(rec.secrets).toEqual(expect.arrayContaining(Object.values(CREDENTIALS)))
  const written = {
    report: JSON.stringify(report),
    log: rec.log.join('\n'),
    summary: renderVerifySummary(report),
    issue: renderIncidentBody(incident({ verification: report })),
  }
  for (const [where, text] of Object.entries(written))
    for (const value of Object.values(CREDENTIALS))
      expect({ where, leaked: text.includes(value) }).toEqual({ where, leaked: false })
  expect(written.issue).toContain('***') // the echoed values, scrubbed where they were
})
