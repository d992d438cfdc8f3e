#!/usr/bin/env node
// A tiny service for trying `deploy-guard verify --probes examples/probes.yml` by hand.
// PORT (default 8080) and VERSION choose where it listens and what it says it runs;
// BROKEN=1 makes /healthz fail, to watch a failed verification.
import { createServer } from 'node:http'

const port = Number(process.env.PORT ?? 8080)
const version = process.env.VERSION ?? 'abc1234'
const broken = process.env.BROKEN === '1'

createServer((req, res) => {
  if (req.url?.startsWith('/healthz')) {
    const body = JSON.stringify({ status: broken ? 'down' : 'up', db: { ok: !broken }, version })
    res.writeHead(broken ? 503 : 200, { 'content-type': 'application/json' })
    return res.end(body)
  }
  res.writeHead(200, { 'content-type': 'text/plain' })
  res.end(`ok ${version}\n`)
}).listen(port, '127.0.0.1', () =>
  console.log(`example service ${version} on http://127.0.0.1:${port}`),
)
