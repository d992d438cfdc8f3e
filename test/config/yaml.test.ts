// Errors in a policy or probes *file* name the file and the line of their field, for the step's
// error annotations.
import { InputError } from '../../src/config/errors.js'
import { loadLocated } from '../../src/config/yaml.js'
import { loadPolicy } from '../../src/window/policy.js'
import { loadProbes } from '../../src/verify/probe-schema.js'

const problemsOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (e) {
    if (e instanceof InputError) return e.problems
    throw e
  }
  throw new Error('expected an InputError')
}

const POLICY = `timezone: Europe/Berlin
deny:
  - name: Lunch
    hours: "11:30-13:30"
  - name: Broken
    hours: "9-17"
`

test('a schema error points at the line of its field', async () => {
  const problems = await problemsOf(
    loadLocated({ text: POLICY, file: '.github/policy.yml' }, 'policy', (t) => loadPolicy(t)),
  )
  expect(problems).toEqual([
    expect.objectContaining({ path: 'policy.deny[1].hours', file: '.github/policy.yml', line: 6 }),
  ])
})

test('an unknown key, a missing field and a YAML syntax error get their lines too', async () => {
  const unknown = await problemsOf(
    loadLocated(
      { text: '- url: http://a/\n  expect:\n    stauts: 200\n', file: 'probes.yml' },
      'probes',
      (t) => loadProbes(t),
    ),
  )
  expect(unknown[0]).toMatchObject({ path: 'probes[0].expect.stauts', line: 3 })
  const missing = await problemsOf(
    loadLocated({ text: 'deny: []\n', file: 'p.yml' }, 'policy', (t) => loadPolicy(t)),
  )
  expect(missing[0]).toMatchObject({ path: 'policy.timezone', file: 'p.yml', line: 1 })
  const syntax = await problemsOf(
    loadLocated({ text: 'timezone: UTC\ndeny:\n  - [unclosed\n', file: 'p.yml' }, 'policy', (t) =>
      loadPolicy(t),
    ),
  )
  expect(syntax[0]).toMatchObject({ path: 'policy', file: 'p.yml' })
  expect(syntax[0]!.line).toBeGreaterThanOrEqual(3)
})

test('inline YAML (no file): problems are as they were, with no file', async () => {
  const problems = await problemsOf(loadLocated({ text: POLICY }, 'policy', (t) => loadPolicy(t)))
  expect(problems[0]).not.toHaveProperty('file')
})
