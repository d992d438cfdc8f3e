#!/usr/bin/env node
// `npm run screenshots`: the pictures in the README, made the way a reader sees them. Runs the
// demo (dist/ as the runner runs it), then renders its job summaries and incident issue as
// GitHub does at its content width (1012 px), in the light and the dark theme: GFM through
// `marked`, GitHub's markdown CSS, and mermaid 11 (the major version GitHub reports) for the
// charts, in headless Chromium from Debian's packages. Writes docs/images/*.png.
//
/* global fetch, WebSocket -- Node 24's own */
// Not part of the tests: it needs Chromium and ~60 MB of rendering tools, which it installs
// when missing (apt-get; npm into .screenshots/, which git ignores).
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Buffer } from 'node:buffer'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tools = join(root, '.screenshots')
const modules = join(tools, 'node_modules')
const out = join(root, 'docs', 'images')
const WIDTH = 1012

const SHOTS = [
  {
    name: 'window-policy',
    file: '.demo/window-policy.md',
    title: 'window summary, example policy',
  },
  { name: 'window-locked', file: '.demo/3-window-locked/summary.md', title: 'window summary' },
  { name: 'verify-failed', file: '.demo/2-deploy-bad/summary.md', title: 'verify summary' },
  { name: 'incident-issue', file: '.demo/incident-issue.md', title: 'incident issue' },
]

function ensureTools() {
  if (!existsSync('/usr/bin/chromium'))
    execFileSync('apt-get', ['install', '-y', 'chromium', 'fonts-noto-color-emoji'], {
      stdio: 'inherit',
    })
  if (!existsSync(join(modules, 'mermaid')) || !existsSync(join(modules, 'marked'))) {
    mkdirSync(tools, { recursive: true })
    writeFileSync(join(tools, 'package.json'), '{"private":true}\n')
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', 'mermaid@11', 'marked@16', 'github-markdown-css@5'],
      { cwd: tools, stdio: 'inherit' },
    )
  }
}

async function html(markdown, theme) {
  const { marked } = await import(
    pathToFileURL(join(modules, 'marked', 'lib', 'marked.esm.js')).href
  )
  const renderer = new marked.Renderer()
  const code = renderer.code.bind(renderer)
  // GitHub turns a ```mermaid block into a rendered chart; everything else stays a code block.
  renderer.code = (token) =>
    token.lang === 'mermaid'
      ? `<pre class="mermaid">${token.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`
      : code(token)
  const body = marked.parse(markdown, { gfm: true, renderer })
  const css = pathToFileURL(
    join(modules, 'github-markdown-css', `github-markdown-${theme}.css`),
  ).href
  const mermaid = pathToFileURL(join(modules, 'mermaid', 'dist', 'mermaid.min.js')).href
  const bg = theme === 'dark' ? '#0d1117' : '#ffffff'
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${css}">
<style>body{margin:0;background:${bg}} .markdown-body{box-sizing:border-box;width:${WIDTH}px;padding:24px}</style>
<script src="${mermaid}"></script></head><body><article class="markdown-body">${body}</article>
<script>
mermaid.initialize({ startOnLoad: false, theme: ${JSON.stringify(theme === 'dark' ? 'dark' : 'default')} })
mermaid.run({ querySelector: 'pre.mermaid' }).then(() => (document.title = 'rendered'), (e) => (document.title = 'failed: ' + e.message))
</script></body></html>`
}

/** A small client for Chromium's DevTools protocol over Node's built-in WebSocket. */
async function browser() {
  const profile = mkdtempSync(join(tmpdir(), 'dg-chromium-'))
  const child = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] }) // prettier-ignore
  const wsUrl = await new Promise((resolve, reject) => {
    let err = ''
    child.stderr.on('data', (d) => {
      err += d
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err)
      if (m) resolve(m[1])
    })
    child.on('exit', () => reject(new Error(`chromium exited: ${err}`)))
  })
  const port = new URL(wsUrl).port
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()
  const page = targets.find((t) => t.type === 'page')
  const ws = new WebSocket(page.webSocketDebuggerUrl)
  await new Promise((r) => ws.addEventListener('open', r, { once: true }))
  let id = 0
  const pending = new Map()
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data)
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg)
      pending.delete(msg.id)
    }
  })
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id
      pending.set(n, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)))
      ws.send(JSON.stringify({ id: n, method, params }))
    })
  return {
    send,
    // Chromium writes its profile until it has exited; remove it only then.
    async close() {
      ws.close()
      const exited = new Promise((r) => child.once('exit', r))
      child.kill()
      await exited
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
    },
  }
}

async function shoot(b, file, png) {
  await b.send('Emulation.setDeviceMetricsOverride', { width: WIDTH, height: 100, deviceScaleFactor: 1, mobile: false }) // prettier-ignore
  await b.send('Page.navigate', { url: pathToFileURL(file).href })
  for (let i = 0; ; i++) {
    const { result } = await b.send('Runtime.evaluate', { expression: 'document.title' })
    if (result.value === 'rendered') break
    if (String(result.value).startsWith('failed') || i > 100)
      throw new Error(`${file}: ${result.value || 'mermaid did not finish'}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  const { cssContentSize } = await b.send('Page.getLayoutMetrics')
  const { data } = await b.send('Page.captureScreenshot', {
    format: 'png',
    captureBeyondViewport: true,
    clip: { x: 0, y: 0, width: WIDTH, height: Math.ceil(cssContentSize.height), scale: 1 },
  })
  writeFileSync(png, Buffer.from(data, 'base64'))
}

ensureTools()
// `node scripts/screenshots.mjs FILE.md OUT.png [light|dark]`: one file, nothing else run.
if (process.argv[2]) {
  const [file, png, theme = 'light'] = process.argv.slice(2)
  const work = mkdtempSync(join(tmpdir(), 'dg-shots-'))
  const b = await browser()
  try {
    writeFileSync(join(work, 'page.html'), await html(readFileSync(file, 'utf8'), theme))
    await shoot(b, join(work, 'page.html'), png)
  } finally {
    await b.close()
    rmSync(work, { recursive: true, force: true })
  }
  process.exit(0)
}
if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('build first: npm run build')
execFileSync(process.execPath, [join(root, 'bin', 'deploy-guard.js'), 'demo'], { cwd: root, stdio: 'ignore' }) // prettier-ignore
// The example policy (examples/policy.yml) as the window step decides it now, on the real clock.
const scratch = mkdtempSync(join(tmpdir(), 'dg-window-'))
writeFileSync(join(scratch, 'summary.md'), '')
writeFileSync(join(scratch, 'output'), '')
// A closed window fails the step (exit 1); the summary is written either way.
spawnSync(process.execPath, [join(root, 'dist', 'index.js')], {
  cwd: root,
  stdio: 'ignore',
  env: {
    PATH: process.env.PATH,
    INPUT_COMMAND: 'window',
    INPUT_POLICY: 'examples/policy.yml',
    'INPUT_LOCK-ON-INCIDENT': 'false',
    GITHUB_WORKSPACE: root,
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_OUTPUT: join(scratch, 'output'),
    RUNNER_TEMP: scratch,
  },
})
writeFileSync(join(root, '.demo', 'window-policy.md'), readFileSync(join(scratch, 'summary.md')))
rmSync(scratch, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'dg-shots-'))
const b = await browser()
try {
  for (const s of SHOTS) {
    const markdown = readFileSync(join(root, s.file), 'utf8')
    for (const theme of ['light', 'dark']) {
      const page = join(work, `${s.name}-${theme}.html`)
      writeFileSync(page, await html(markdown, theme))
      const png = join(out, `${s.name}-${theme}.png`)
      await shoot(b, page, png)
      console.log(`${s.title} (${theme}): ${png.slice(root.length + 1)}`)
    }
  }
} finally {
  await b.close()
  rmSync(work, { recursive: true, force: true })
}
