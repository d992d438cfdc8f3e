// A real HTTP service on loopback whose behaviour a test switches between requests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void

export interface Service {
  url: string
  port: number
  /** Requests seen, in order. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[]
  handle(h: Handler): void
  /** Bytes written by the last `big` response before the client went away. */
  sent: { bytes: number }
  close(): Promise<void>
}

export const ok =
  (
    body = 'ok',
    status = 200,
    headers: Record<string, string> = { 'content-type': 'text/plain' },
  ): Handler =>
  (_req, res) => {
    res.writeHead(status, headers)
    res.end(body)
  }

export async function startService(initial: Handler = ok()): Promise<Service> {
  let handler = initial
  const requests: Service['requests'] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
      handler(req, res, body)
    })
  })
  server.on('connection', (s) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    sent: { bytes: 0 },
    handle: (h) => (handler = h),
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy()
        server.close(() => done())
      }),
  }
}

/** A port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((done) => s.listen(0, '127.0.0.1', done))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>((done) => s.close(() => done()))
  return port
}
