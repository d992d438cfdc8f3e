// The shape of the committed bundle (issue 10), read from dist/sizes.json, which the build writes
// from esbuild's metafile and CI checks against a fresh build: every module in one file, the
// action's start-up free of the CLI's demo and stand-in, and the incident-lock path of `window`
// free of verify, rollback and rendering code.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers/action.js'

interface OutputFile {
  bytes: number
  packages: Record<string, number>
  sources: string[]
  imports: string[]
}

const files = JSON.parse(readFileSync(join(ROOT, 'dist', 'sizes.json'), 'utf8')) as Record<
  string,
  OutputFile
>

/** The files loaded with `start`: its static imports, and with `lazy` its dynamic ones too. */
function closure(start: string, lazy = false): Set<string> {
  const seen = new Set<string>()
  const walk = (f: string) => {
    if (seen.has(f)) return
    const file = files[f]
    if (!file) throw new Error(`dist/sizes.json has no ${f}`)
    seen.add(f)
    for (const i of file.imports)
      if (!i.startsWith('lazy ')) walk(i)
      else if (lazy) walk(i.slice('lazy '.length))
  }
  walk(start)
  return seen
}

const contents = (set: Set<string>) => ({
  sources: [...set].flatMap((f) => files[f]!.sources),
  packages: [...set].flatMap((f) => Object.keys(files[f]!.packages)),
})

/** The chunk a dynamic import of `index.js` starts with the module named (e.g. "lock"). */
function lazyFromIndex(name: string): string {
  const hit = files['index.js']!.imports.find((i) =>
    new RegExp(`^lazy chunks/${name}-[A-Z0-9]+\\.js$`).test(i),
  )
  if (!hit) throw new Error(`index.js imports no chunk for ${name}`)
  return hit.slice('lazy '.length)
}

test('every source file and every package is bundled in exactly one file', () => {
  const where = new Map<string, string[]>()
  for (const [f, out] of Object.entries(files))
    for (const m of [...out.sources, ...Object.keys(out.packages)])
      where.set(m, [...(where.get(m) ?? []), f])
  const twice = [...where].filter(([, fs]) => fs.length > 1)
  expect(twice).toEqual([])
  // The check can see something: the bundle holds our code and its dependencies.
  expect(where.get('src/main.ts')).toEqual(['index.js'])
  expect(where.has('undici')).toBe(true)
})

test("the action's start-up loads neither the CLI's demo and stand-in, nor undici", () => {
  const startup = contents(closure('index.js'))
  expect(startup.sources.filter((s) => /standin|demo|cli/.test(s))).toEqual([])
  expect(startup.packages.filter((p) => /undici|ajv|http-client|date-holidays/.test(p))).toEqual([])
  // Nothing the action can ever load (any command, lazily) holds the stand-in or the demo.
  const reachable = contents(closure('index.js', true))
  expect(reachable.sources.filter((s) => /standin|demo/.test(s))).toEqual([])
  expect(reachable.sources).toContain('src/commands/verify.ts')
  // The CLI does reach them.
  expect(contents(closure('cli.js', true)).sources).toContain('demo/standin/server.ts')
})

test("window's incident-lock lookup loads the GitHub client and the lock, nothing that verifies, rolls back or renders", () => {
  const lockPath = new Set([
    ...closure(lazyFromIndex('connect')),
    ...closure(lazyFromIndex('lock')),
    ...closure(lazyFromIndex('context')),
  ])
  const { sources } = contents(lockPath)
  expect(sources).toEqual(expect.arrayContaining(['src/github/client.ts', 'src/incident/lock.ts']))
  expect(sources.filter((s) => /verify\/|rollback\/|render|report\//.test(s))).toEqual([])
  const window = contents(closure(lazyFromIndex('window')))
  expect(window.sources).toContain('src/commands/window.ts')
  expect(window.sources.filter((s) => /verify\/|rollback\/|incident\/|github\//.test(s))).toEqual(
    [],
  )
})
