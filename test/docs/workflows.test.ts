// The example workflows are what users copy: every step that uses this action must pass inputs
// that action.yml declares and the action accepts, and read only outputs it declares. The
// README shows those files, action.yml's tables and the benchmark table through generated
// regions that must be in sync (scripts/readme.mjs).
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { COMMANDS, readSettings, type InputName } from '../../src/config/inputs.js'
import { loadProbes } from '../../src/verify/probe-schema.js'
import { loadPolicy } from '../../src/window/policy.js'
import { ROOT } from '../helpers/action.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

/** The name the README tells users to write in `uses:` (Releasing: `owner/name@v1`). */
const published = /uses: ([\w.-]+\/[\w.-]+)@v1\b/.exec(readme)?.[1]

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
}

interface Workflow {
  jobs: Record<
    string,
    { steps?: Step[]; strategy?: { matrix?: { include?: Record<string, unknown>[] } } }
  >
}

const dir = join(ROOT, 'examples', 'workflows')
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()

const isThisAction = (uses: string | undefined) =>
  uses !== undefined && (uses === './' || uses === '.' || uses.startsWith(`${published}@`))

/**
 * The steps that use this action. In a matrix job, `${{ matrix.NAME }}` is what the runner makes
 * of it for the first entry of `include`, so its value is checked as the action gets it.
 */
function ourSteps(file: string): { job: string; step: Step }[] {
  const wf = parse(readFileSync(join(dir, file), 'utf8')) as Workflow
  return Object.entries(wf.jobs).flatMap(([job, j]) => {
    const entry = j.strategy?.matrix?.include?.[0] ?? {}
    const expand = (v: unknown) =>
      typeof v === 'string'
        ? v.replace(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g, (_, k: string) => String(entry[k]))
        : v
    return (j.steps ?? [])
      .filter((s) => isThisAction(s.uses))
      .map((step) => ({
        job,
        step: {
          ...step,
          ...(step.with
            ? {
                with: Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, expand(v)])),
              }
            : {}),
        },
      }))
  })
}

test('the README names the published action, and there are example workflows', () => {
  expect(published).toBeDefined()
  expect(files).toEqual(
    expect.arrayContaining(['window.yml', 'verify.yml', 'deploy.yml', 'rollback.yml']),
  )
})

describe.each(files)('examples/workflows/%s', (file) => {
  const steps = ourSteps(file)
  const text = readFileSync(join(dir, file), 'utf8')

  test('uses the action', () => {
    expect(steps.length).toBeGreaterThan(0)
  })

  test('passes only inputs that action.yml declares, and a valid command', () => {
    for (const { job, step } of steps) {
      const where = `${job}/${step.id ?? step.uses}`
      const keys = Object.keys(step.with ?? {})
      expect([where, keys.filter((k) => !(k in action.inputs))]).toEqual([where, []])
      expect([where, step.with?.command]).toEqual([where, expect.any(String)])
      expect(COMMANDS).toContain(step.with!.command)
    }
  })

  test('its inputs are accepted by the action: values, durations, required pairs', async () => {
    for (const { step } of steps) {
      const w = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]),
      ) as Partial<Record<InputName, string>>
      expect(() => readSettings((name) => w[name] ?? '')).not.toThrow()
      // Inline YAML (a value with a newline) is checked like the action checks it.
      if (w.probes?.includes('\n')) expect(() => loadProbes(w.probes!)).not.toThrow()
      if (w.policy?.includes('\n')) await expect(loadPolicy(w.policy)).resolves.toBeDefined()
    }
  })

  test('reads only outputs that action.yml declares, of steps that use the action', () => {
    const ids = new Map(steps.filter(({ step }) => step.id).map(({ step }) => [step.id!, step]))
    const refs = [...text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)]
    for (const [ref, id, output] of refs) {
      if (!ids.has(id!)) continue // another action's step
      expect([ref, output! in action.outputs]).toEqual([ref, true])
    }
  })
})

test('README.md generated regions match action.yml, bench/RESULTS.md and the workflows', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'readme.mjs'), '--check'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  expect(r.stderr).toBe('')
  expect(r.status).toBe(0)
})

test('the README shows every example workflow', () => {
  for (const f of files)
    expect(readme).toContain(`<!-- generated:workflow examples/workflows/${f} -->`)
})
