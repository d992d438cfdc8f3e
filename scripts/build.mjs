// Builds dist/: the action (dist/index.js) and the CLI (dist/cli.js) in one esbuild run with
// code splitting, so every module is bundled once and shared chunks are committed once
// (issue 10: two ncc builds committed a 2.4 MB chunk twice and undici four times).
// The action's start-up path (dist/index.js) holds only what every command needs; each
// command, the holiday data and the CLI's demo and stand-in are loaded on demand.
//
// Also writes dist/licenses.txt (the third-party notices ncc's --license wrote) from esbuild's
// metafile, and dist/sizes.json (bytes per output file and per package), which the README's
// performance section is generated from.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle } from './bundle.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })

const metafile = await bundle({
  root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-main.ts' },
  outdir: 'dist',
})

writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }) + '\n')
writeFileSync(join(dist, 'licenses.txt'), licenses(metafile))
writeFileSync(join(dist, 'sizes.json'), JSON.stringify(sizes(metafile), null, 2) + '\n')

/** The package a bundled input belongs to ("@scope/name" or "name"), or null for our source. */
function packageOf(input) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)
  return m ? m[1] : null
}

/** Where a package's files live, for its license. */
function packageDir(input, name) {
  const i = input.lastIndexOf(`node_modules/${name}/`)
  return join(root, input.slice(0, i + `node_modules/${name}`.length))
}

function licenses(metafile) {
  const dirs = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const name = packageOf(input)
    if (name && !dirs.has(name)) dirs.set(name, packageDir(input, name))
  }
  const parts = []
  for (const [name, dir] of [...dirs].sort(([a], [b]) => a.localeCompare(b))) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f))
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
    parts.push(`${name}@${pkg.version}\n${pkg.license ?? 'UNKNOWN'}\n${text}`)
  }
  return parts.join('\n\n') + '\n'
}

function sizes(metafile) {
  const files = {}
  for (const [file, out] of Object.entries(metafile.outputs).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const packages = {}
    const sources = {}
    let own = 0
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const name = packageOf(input)
      if (name) packages[name] = (packages[name] ?? 0) + bytesInOutput
      else {
        own += bytesInOutput
        if (bytesInOutput > 0) sources[input] = bytesInOutput
      }
    }
    files[file.replace(/^dist\//, '')] = {
      bytes: out.bytes,
      entry: out.entryPoint ?? null,
      ownCode: own,
      packages: Object.fromEntries(Object.entries(packages).sort(([, a], [, b]) => b - a)),
      sources: Object.keys(sources).sort((a, b) => sources[b] - sources[a]),
      imports: out.imports
        .filter((i) => !i.external)
        .map(
          (i) => `${i.kind === 'dynamic-import' ? 'lazy ' : ''}${i.path.replace(/^dist\//, '')}`,
        ),
    }
  }
  return files
}

if (!existsSync(join(dist, 'index.js'))) throw new Error('build: dist/index.js was not written')
