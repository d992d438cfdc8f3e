// The demo's web service: it serves whichever release was deployed last, and the bad release
// fails its health check. Deploys and rollbacks reach it through an admin endpoint, the way a
// real deploy script reaches a platform. GET /version says which release is serving, so a probe
// can prove it is the one being verified ({{ release.sha }}); GET /admin/logs gives the last
// lines of the application's log, which a rollback replaces (what evidence-command keeps).

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { short } from '../src/github/context.js'

export interface DemoService {
  url: string
  /** The release serving now. */
  serving(): string
  history: { at: string; sha: string }[]
  /** The paths probed (everything but the admin endpoint), in order. */
  requests: string[]
  close(): Promise<void>
}

export async function startDemoService(isBad: (sha: string) => boolean): Promise<DemoService> {
  let sha = ''
  const history: DemoService['history'] = []
  const requests: string[] = []
  // The running release's log: a deploy starts a new process, and its log starts empty.
  let log: string[] = []
  const logged = (line: string) => {
    log.push(`${new Date().toISOString()} ${short(sha) || '-------'} ${line}`)
    if (log.length > 500) log.shift()
  }
  const server: Server = createServer((req, res) => {
    const m = /^\/admin\/deploy\/([0-9a-f]{7,40})$/.exec(req.url ?? '')
    if (req.method === 'POST' && m) {
      sha = m[1] as string
      history.push({ at: new Date().toISOString(), sha })
      log = []
      logged('INFO started')
      res.writeHead(204).end()
      return
    }
    const tail = /^\/admin\/logs(?:\?lines=(\d+))?$/.exec(req.url ?? '')
    if (req.method === 'GET' && tail) {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(log.slice(-Number(tail[1] ?? 100)).join('\n') + '\n')
      return
    }
    requests.push(req.url ?? '')
    if (req.url === '/version' || req.url?.startsWith('/version?')) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ sha }))
      return
    }
    if (req.url?.startsWith('/healthz')) {
      const bad = !sha || isBad(sha)
      logged(
        bad
          ? 'ERROR GET /healthz 500: database pool exhausted (20/20 connections busy, 37 waiting)'
          : 'INFO GET /healthz 200',
      )
      res.writeHead(bad ? 500 : 200, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          status: bad ? 'down' : 'up',
          db: { ok: !bad, pool: bad ? 'exhausted' : 'ok' },
          version: sha.slice(0, 7),
        }),
      )
      return
    }
    res.writeHead(200, { 'content-type': 'text/html' })
    res.end(`<h1>shop</h1><p>release ${sha.slice(0, 7) || 'none'}</p>`)
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    serving: () => sha,
    history,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
