// The runner's proxy: HTTP(S)_PROXY and NO_PROXY reach the GitHub client (a loopback proxy here).
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GitHub } from '../../src/github/client.js'
import { createDemoRepo } from '../../demo/repo.js'
import { startStandIn, type StandIn } from '../../demo/standin/index.js'

const TOKEN = 'ghs_proxy_test_token_0123456789'
let gh: StandIn
let proxy: Server
let proxyUrl = ''
const proxied: string[] = []

beforeAll(async () => {
  const repo = createDemoRepo(join(mkdtempSync(join(tmpdir(), 'dg-proxy-')), 'repo'))
  gh = await startStandIn({ repoDir: repo.dir, owner: 'acme', repo: 'shop', token: TOKEN })
  // A forward proxy for plain HTTP: the request line carries the absolute URL.
  proxy = createServer((req, res) => {
    proxied.push(`${req.method} ${req.url}`)
    const target = new URL(req.url ?? '')
    const up = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers)
        r.pipe(res)
      },
    )
    up.on('error', () => res.writeHead(502).end())
    req.pipe(up)
  })
  // and CONNECT, which undici's proxy agent uses for every request, tunnelling plain HTTP too
  proxy.on('connect', (req, socket, head) => {
    proxied.push(`CONNECT ${req.url}`)
    const [host, port] = (req.url ?? '').split(':')
    const up = connect(Number(port), host!, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      up.write(head)
      up.pipe(socket)
      socket.pipe(up)
    })
    up.on('error', () => socket.destroy())
    socket.on('error', () => up.destroy())
  })
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
})
afterAll(async () => {
  await gh.close()
  proxy.closeAllConnections()
  await new Promise((r) => proxy.close(r))
})

const client = (env: Record<string, string>) =>
  new GitHub({ token: TOKEN, baseUrl: gh.url, repo: { owner: 'acme', repo: 'shop' }, env })

test('with HTTP_PROXY set, GitHub calls go through the proxy', async () => {
  proxied.length = 0
  await expect(client({ HTTP_PROXY: proxyUrl }).deployments('production')).resolves.toEqual([])
  expect(proxied).toEqual([`CONNECT ${new URL(gh.url).host}`])
})

test('lower-case http_proxy works too; NO_PROXY naming the host goes direct', async () => {
  proxied.length = 0
  await client({ http_proxy: proxyUrl }).deployments('production')
  expect(proxied).toHaveLength(1)
  await client({ HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' }).deployments('production')
  expect(proxied).toHaveLength(1)
})

test('without a proxy variable nothing goes through the proxy', async () => {
  proxied.length = 0
  await client({}).deployments('production')
  expect(proxied).toEqual([])
})
