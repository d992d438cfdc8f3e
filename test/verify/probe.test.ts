// One probe against real loopback servers: each error class, the body cap, timeouts, redirects.
import { loadProbes } from '../../src/verify/probe-schema.js'
import { MAX_BODY, ProbeClient } from '../../src/verify/probe.js'
import { closedPort, ok, startService, type Service } from '../helpers/service.js'

let svc: Service
let other: Service
let client: ProbeClient
/** For the tests of the timeout itself; the others get time to spare on a loaded machine. */
let quick: ProbeClient

beforeEach(async () => {
  svc = await startService()
  other = await startService()
  client = new ProbeClient({ timeoutMs: 3000 })
  quick = new ProbeClient({ timeoutMs: 400 })
})
afterEach(async () => {
  await client.close()
  await quick.close()
  await svc.close()
  await other.close()
})

const probe = (yaml: string) => loadProbes(yaml)[0]!

test('a healthy JSON endpoint passes every kind of assertion', async () => {
  svc.handle(
    ok(
      JSON.stringify({ status: 'up', db: { ok: true }, items: [{ id: 7 }], version: 'abc1234' }),
      200,
      {
        'content-type': 'application/json; charset=utf-8',
      },
    ),
  )
  const r = await client.run(
    probe(`- name: api
  url: ${svc.url}/healthz
  expect:
    status: [200, 204]
    body-contains: abc1234
    body-matches: 'version":"[0-9a-f]{7}'
    json: { "$.status": up, "$.db.ok": true, "$.items[0].id": 7 }
    header: { content-type: application/json }
    max-latency: 300ms
`),
  )
  expect(r).toMatchObject({ probe: 'api', ok: true, status: 200 })
  expect(r.error).toBeUndefined()
  expect(r.latencyMs).toBeGreaterThan(0)
})

test('every request asks caches to stay out of the way; cache-bust adds a unique parameter', async () => {
  await client.run(probe(`- url: ${svc.url}/a`))
  await client.run(probe(`- url: ${svc.url}/a\n  cache-bust: true`))
  await client.run(probe(`- url: ${svc.url}/a\n  cache-bust: true`))
  expect(svc.requests[0]!.headers).toMatchObject({
    'cache-control': 'no-cache',
    pragma: 'no-cache',
  })
  expect(svc.requests[0]!.url).toBe('/a')
  const busted = svc.requests
    .slice(1)
    .map((r) => new URL(r.url, svc.url).searchParams.get('_deploy_guard'))
  expect(busted[0]).toMatch(/^[0-9a-f-]{36}$/)
  expect(busted[0]).not.toBe(busted[1])
})

test('http-status: a 500 says what was expected and seen', async () => {
  svc.handle(ok('boom', 500))
  const r = await client.run(probe(`- url: ${svc.url}/`))
  expect(r).toMatchObject({
    ok: false,
    error: 'http-status',
    status: 500,
    message: 'expected status 200-399, got 500',
  })
  expect(r.evidence).toBe('boom')
})

test('assertion: the old release still served', async () => {
  svc.handle(ok('{"version":"0ld0ld0"}'))
  const r = await client.run(probe(`- url: ${svc.url}/\n  expect: { body-contains: "abc1234" }`))
  expect(r).toMatchObject({ ok: false, error: 'assertion' })
  expect(r.message).toBe(
    'expected the body to contain "abc1234", got "{\\"version\\":\\"0ld0ld0\\"}"',
  )
})

test('assertion: JSON compared by value and type', async () => {
  svc.handle(ok('{"count":"1"}'))
  const r = await client.run(probe(`- url: ${svc.url}/\n  expect: { json: { "$.count": 1 } }`))
  expect(r.message).toBe('expected $.count to be 1, got "1"')
  svc.handle(ok('not json'))
  expect(
    (await client.run(probe(`- url: ${svc.url}/\n  expect: { json: { "$.a": 1 } }`))).message,
  ).toMatch(/^expected a JSON body/)
})

test('assertion: slow responses fail max-latency', async () => {
  svc.handle((_q, res) => setTimeout(() => res.end('ok'), 150))
  const r = await client.run(probe(`- url: ${svc.url}/\n  expect: { max-latency: 50ms }`))
  expect(r).toMatchObject({ ok: false, error: 'assertion' })
  expect(r.message).toMatch(/^expected latency <= 50 ms, got \d+ ms$/)
  expect(r.latencyMs).toBeGreaterThanOrEqual(140)
})

test('timeout: a hanging server is cut off at the probe timeout', async () => {
  svc.handle(() => {})
  const t = Date.now()
  const r = await quick.run(probe(`- url: ${svc.url}/`))
  const took = Date.now() - t
  expect(r).toMatchObject({
    ok: false,
    error: 'timeout',
    message: 'no complete response within 400 ms',
  })
  expect(took).toBeGreaterThanOrEqual(390)
  expect(took).toBeLessThan(700)
})

test('timeout: a body that stalls midway is cut off too', async () => {
  svc.handle((_q, res) => {
    res.writeHead(200, { 'content-length': '100' })
    res.write('partial')
  })
  const r = await quick.run(probe(`- url: ${svc.url}/`))
  expect(r.error).toBe('timeout')
})

test('connect-refused: nothing listening', async () => {
  const port = await closedPort()
  const r = await client.run(probe(`- url: http://127.0.0.1:${port}/`))
  expect(r).toMatchObject({ ok: false, error: 'connect-refused', message: 'connection refused' })
})

test('reset: the connection dies mid-body', async () => {
  svc.handle((_q, res) => {
    res.writeHead(200, { 'content-length': '100000' })
    res.write('x'.repeat(1000), () => res.socket?.destroy())
  })
  const r = await client.run(probe(`- url: ${svc.url}/`))
  expect(r).toMatchObject({ ok: false, error: 'reset' })
})

test('body-too-large: a 30 MiB body is read only to the cap', async () => {
  const chunk = Buffer.alloc(64 * 1024, 'a')
  svc.handle((_q, res) => {
    res.writeHead(200)
    let sent = 0
    const pump = () => {
      while (sent < 30 * 1024 * 1024) {
        sent += chunk.length
        svc.sent.bytes = sent
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
      res.end()
    }
    res.on('close', () => (svc.sent.bytes = sent))
    pump()
  })
  const r = await client.run(probe(`- url: ${svc.url}/`))
  expect(r).toMatchObject({ ok: false, error: 'body-too-large' })
  expect(r.evidence).toHaveLength(2048)
  await new Promise((done) => setTimeout(done, 50))
  expect(svc.sent.bytes).toBeLessThan(8 * MAX_BODY) // socket buffers, not 30 MiB
})

test('redirects are not followed by default', async () => {
  svc.handle(ok('', 302, { location: `${other.url}/landing` }))
  const r = await client.run(probe(`- url: ${svc.url}/\n  expect: { status: 200 }`))
  expect(r).toMatchObject({ error: 'http-status', status: 302 })
  expect(other.requests).toHaveLength(0)
})

test('a redirect to another origin never carries credentials', async () => {
  svc.handle(ok('', 302, { location: `${other.url}/landing` }))
  other.handle(ok('landed'))
  const r = await client.run(
    probe(`- url: http://user:pw-canary-1@127.0.0.1:${svc.port}/start
  follow-redirects: 2
  headers: { Authorization: "Bearer tok-canary-2", Cookie: "sid=c3", X-Api-Key: k4, X-Session-Token: t5, X-Trace: keep }
  expect: { body-contains: landed }`),
  )
  expect(r).toMatchObject({ ok: true, status: 200, redirects: [`${other.url}/landing`] })
  expect(svc.requests[0]!.headers.authorization).toBe('Bearer tok-canary-2')
  const landed = other.requests[0]!.headers
  for (const h of ['authorization', 'cookie', 'x-api-key', 'x-session-token'])
    expect(landed[h]).toBeUndefined()
  expect(landed['x-trace']).toBe('keep')
})

test('a same-origin redirect keeps credentials; URL userinfo becomes Basic auth', async () => {
  svc.handle((req, res) => {
    if (req.url === '/start') return ok('', 307, { location: '/next' })(req, res, '')
    ok('here')(req, res, '')
  })
  const r = await client.run(
    probe(`- url: http://user:pw@127.0.0.1:${svc.port}/start\n  follow-redirects: 1`),
  )
  expect(r.ok).toBe(true)
  expect(svc.requests.map((q) => q.headers.authorization)).toEqual([
    `Basic ${Buffer.from('user:pw').toString('base64')}`,
    `Basic ${Buffer.from('user:pw').toString('base64')}`,
  ])
})

test('a redirect loop fails with too-many-redirects, without spending follow-redirects', async () => {
  // Before issue 13 this ended on the 20th 302, inside the default status range, and passed.
  svc.handle((req, res) =>
    ok('', 302, { location: req.url === '/a' ? '/b?token=loop-canary' : '/a' })(req, res, ''),
  )
  const r = await client.run(probe(`- url: ${svc.url}/a\n  follow-redirects: 20`))
  expect(r).toMatchObject({
    ok: false,
    error: 'too-many-redirects',
    status: 302,
    redirects: [`${svc.url}/b?token=loop-canary`],
    message: `a redirect loop: 302 back to ${svc.url}/a, asked before in this probe`,
  })
  expect(svc.requests.map((q) => q.url)).toEqual(['/a', '/b?token=loop-canary'])
  // A POST answered 303 is asked again as a GET: the same URL, another request, no loop.
  svc.handle((req, res) =>
    req.method === 'POST'
      ? ok('', 303, { location: '/form' })(req, res, '')
      : ok('done')(req, res, ''),
  )
  expect(
    await client.run(probe(`- url: ${svc.url}/form\n  method: POST\n  follow-redirects: 1`)),
  ).toMatchObject({ ok: true, status: 200, redirects: [`${svc.url}/form`] })
})

test('more redirects than follow-redirects fail with too-many-redirects, naming the next', async () => {
  svc.handle((req, res) => {
    const n = Number(new URL(req.url!, svc.url).pathname.slice(1))
    ok('', 301, { location: `/${n + 1}?sig=next-canary` })(req, res, '')
  })
  const r = await client.run(probe(`- url: ${svc.url}/0\n  follow-redirects: 2`))
  expect(r).toMatchObject({
    ok: false,
    error: 'too-many-redirects',
    status: 301,
    message: `more than 2 redirects (follow-redirects: 2): 301 to ${svc.url}/3?sig=***`,
  })
  expect(r.redirects).toHaveLength(2)
  expect(svc.requests).toHaveLength(3)
})

test('POST with a JSON body', async () => {
  await client.run(probe(`- url: ${svc.url}/hook\n  method: post\n  json: { ping: 1 }`))
  expect(svc.requests[0]).toMatchObject({ method: 'POST', body: '{"ping":1}' })
  expect(svc.requests[0]!.headers['content-type']).toBe('application/json')
})

test('dns: a name that does not resolve (resolver replaced; no test resolves a real name)', async () => {
  const c = new ProbeClient({
    timeoutMs: 400,
    lookup: (host, _o, cb) =>
      cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), '', 4),
  })
  try {
    const r = await c.run(probe('- url: http://no-such-host.invalid/'))
    expect(r).toMatchObject({ ok: false, error: 'dns' })
  } finally {
    await c.close()
  }
})

test('connect-timeout: a host that never answers the connection', async () => {
  const c = new ProbeClient({ timeoutMs: 300, lookup: () => {} })
  try {
    const t = Date.now()
    const r = await c.run(probe('- url: http://blackhole.invalid/'))
    expect(r).toMatchObject({ ok: false, error: 'connect-timeout' })
    expect(Date.now() - t).toBeLessThan(600)
  } finally {
    await c.close()
  }
})

test('tls: speaking TLS to a plain HTTP port', async () => {
  const r = await client.run(probe(`- url: https://127.0.0.1:${svc.port}/`))
  expect(r).toMatchObject({ ok: false, error: 'tls' })
})

test('headers that arrive after the deadline: the late body is dropped without an unheard error', async () => {
  // undici's headers timeout runs on 1 s timers, so an answer can arrive after our deadline; its
  // body is destroyed then, and undici reports that destroy as an 'error' event. Unheard, it
  // crashed the action under the full suite's load (exit 1 with no outputs, twice).
  const errors: unknown[] = []
  const heard = (e: unknown) => errors.push(e)
  process.on('uncaughtException', heard)
  try {
    // The whole answer, late: undici holds a body it has received but nobody read, and its
    // destroy is reported as an abort (a body still streaming is not).
    svc.handle((_req, res) => {
      setTimeout(() => res.end('the whole answer, late'), 600)
    })
    const r = await quick.run(probe(`- name: late\n  url: ${svc.url}/`))
    expect(r).toMatchObject({ ok: false, error: 'timeout' })
    await new Promise((done) => setTimeout(done, 1500))
    expect(errors).toEqual([])
  } finally {
    process.off('uncaughtException', heard)
  }
})
