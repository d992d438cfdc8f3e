// Raw action inputs (strings) to one typed settings object, validated in full before any
// command runs. The schema is the source of the Settings type and of the error messages.

import { z } from 'zod'
import { durationField } from './fields.js'
import { fromZod } from './errors.js'

export const COMMANDS = ['window', 'verify', 'rollback', 'deploy'] as const
export const STRATEGIES = ['none', 'command', 'deployment', 'workflow'] as const

/** Every input of action.yml with its default, kebab-case as users write it. */
export const INPUT_DEFAULTS = {
  command: '',
  environment: 'production',
  policy: '',
  'override-reason': '',
  probes: '',
  'initial-delay': '0s',
  interval: '10s',
  duration: '60s',
  'failure-threshold': '3',
  'success-threshold': '3',
  'probe-timeout': '5s',
  'rollback-strategy': 'none',
  'rollback-command': '',
  'deploy-command': '',
  'rollback-workflow': '',
  'rollback-timeout': '10m',
  'evidence-command': '',
  'evidence-timeout': '30s',
  'probe-concurrency': '8',
  vantage: '',
  reports: '',
  quorum: 'majority',
  'previous-ref': '',
  issue: 'true',
  'issue-labels': 'deploy-guard,incident',
  'issue-assignees': '',
  'lock-on-incident': 'true',
  'dry-run': 'false',
  'on-closed': 'fail',
  'github-token': '',
} as const

export type InputName = keyof typeof INPUT_DEFAULTS

const bool = z.string().transform((s, ctx) => {
  const v = s.trim()
  if (/^(true|True|TRUE)$/.test(v)) return true
  if (/^(false|False|FALSE)$/.test(v)) return false
  ctx.addIssue({ code: 'custom', message: `expected true or false, got "${s}"` })
  return z.NEVER
})

// Node fires a timer longer than 2^31 - 1 ms (24.8 days) after 1 ms: such a probe-timeout
// would time out every probe and roll back a healthy release.
const MAX_TIMER_MS = 2 ** 31 - 1
const duration = durationField.refine((ms) => ms <= MAX_TIMER_MS, 'must be at most 24 days')

const count = (min: number) =>
  z.string().transform((s, ctx) => {
    const v = s.trim()
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > 10_000) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a whole number from ${min} to 10000, got "${s}"`,
      })
      return z.NEVER
    }
    return Number(v)
  })

const list = z.string().transform((s) =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter((x) => x !== ''),
)

const text = z.string().transform((s) => s.trim())

/** A list whose every item must pass `check` (an error sentence, or null when fine). */
const listOf = (check: (item: string) => string | null) =>
  list.superRefine((items, ctx) => {
    items.forEach((item, i) => {
      const problem = check(item)
      if (problem) ctx.addIssue({ code: 'custom', path: [i], message: problem })
    })
  })

// GitHub's rules: a login is 1-39 alphanumerics or single inner hyphens; a label at most 50.
const LOGIN = /^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
const assignee = (a: string) =>
  a === '@actor' || LOGIN.test(a) ? null : `"${a}" is not a GitHub login (or @actor)`
const label = (l: string) =>
  [...l].length > 50 ? `"${l}" is longer than GitHub's 50 characters for a label` : null

/** `git check-ref-format` rules, so a typo fails here rather than halfway through a rollback. */
function refProblem(ref: string): string | null {
  if (ref === '') return null
  const bad =
    [...ref].some((c) => c <= ' ' || c === '\x7f') ||
    /[~^:?*[\\]/.test(ref) ||
    ref.includes('..') ||
    ref.includes('@{') ||
    ref.includes('//') ||
    ref.startsWith('/') ||
    ref.startsWith('-') ||
    ref.endsWith('/') ||
    ref.endsWith('.') ||
    ref.endsWith('.lock') ||
    ref === '@' ||
    ref.split('/').some((part) => part.startsWith('.'))
  return bad ? `"${ref}" is not a valid commit SHA, tag or branch name` : null
}

/** A workflow file in .github/workflows (its name, as the dispatch API takes it) or its ID. */
function workflowProblem(w: string): string | null {
  if (w === '' || /^\d+$/.test(w) || /^[\w.-]+\.ya?ml$/.test(w)) return null
  return `expected a workflow file name such as rollback.yml (no directory) or a workflow ID, got "${w}"`
}

/** A vantage names a runner's place: it goes into file names, tables and log lines. */
export const VANTAGE = /^[A-Za-z0-9][A-Za-z0-9._ -]{0,63}$/

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.string().transform((s, ctx) => {
    const v = s.trim()
    if (!(values as readonly string[]).includes(v)) {
      ctx.addIssue({
        code: 'custom',
        message:
          v === ''
            ? `required: one of ${values.join(', ')}`
            : `expected one of ${values.join(', ')}, got "${s}"`,
      })
      return z.NEVER
    }
    return v as T[number]
  })

const inputsSchema = z
  .object({
    command: oneOf(COMMANDS),
    environment: text.refine(
      (s) => /^[^\s,][^,]{0,254}$/.test(s),
      'must be a GitHub environment name (no commas, not empty)',
    ),
    policy: z.string(),
    'override-reason': text,
    probes: z.string(),
    'initial-delay': duration,
    interval: duration.refine((ms) => ms > 0, 'must be longer than 0'),
    duration,
    'failure-threshold': count(1),
    'success-threshold': count(1),
    'probe-timeout': duration.refine((ms) => ms > 0, 'must be longer than 0'),
    'rollback-strategy': oneOf(STRATEGIES),
    'rollback-command': z.string(),
    'deploy-command': z.string(),
    'rollback-workflow': text.refine((w) => !workflowProblem(w), {
      error: (i) => workflowProblem(String(i.input)) ?? '',
    }),
    'rollback-timeout': duration.refine((ms) => ms > 0, 'must be longer than 0'),
    'evidence-command': z.string(),
    'evidence-timeout': duration.refine((ms) => ms > 0, 'must be longer than 0'),
    'probe-concurrency': count(1),
    vantage: text.refine((v) => v === '' || VANTAGE.test(v), {
      error: (i) =>
        `expected a name of letters, digits, ".", "_", "-" or spaces (at most 64), such as eu-west, got "${String(i.input)}"`,
    }),
    reports: text,
    quorum: text.transform((q, ctx) => {
      if (q === 'majority' || q === 'all' || q === 'any') return q
      if (/^\d+$/.test(q) && Number(q) >= 1 && Number(q) <= 10_000) return Number(q)
      ctx.addIssue({
        code: 'custom',
        message: `expected majority, all, any or a whole number from 1 to 10000, got "${q}"`,
      })
      return z.NEVER
    }),
    'previous-ref': text.refine((r) => !refProblem(r), {
      error: (i) => refProblem(String(i.input)) ?? '',
    }),
    issue: bool,
    'issue-labels': listOf(label),
    'issue-assignees': listOf(assignee),
    'lock-on-incident': bool,
    'dry-run': bool,
    'on-closed': oneOf(['fail', 'warn'] as const),
    'github-token': z.string(),
  })
  .superRefine((v, ctx) => {
    const need = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    if (v['rollback-strategy'] === 'command' && v['rollback-command'].trim() === '')
      need('rollback-command', 'required when rollback-strategy is "command"')
    if (v['rollback-strategy'] === 'workflow' && v['rollback-workflow'] === '')
      need('rollback-workflow', 'required when rollback-strategy is "workflow"')
    if (v.command === 'deploy' && v['deploy-command'].trim() === '')
      need('deploy-command', 'required when command is "deploy"')
    // A fan-in judges the vantages' reports; its own probes, if any, verify a restored release.
    if (v.reports !== '' && v.command !== 'verify')
      need('reports', `only with command "verify" (the fan-in of vantages), not "${v.command}"`)
    if (v.reports !== '' && v.vantage !== '')
      need('vantage', 'a fan-in with reports is not a vantage itself: set one or the other')
    if (v.vantage !== '' && v.command !== 'verify')
      need('vantage', `only with command "verify", not "${v.command}"`)
    // One vantage cannot tell a broken release from its own broken network path: the fan-in
    // decides, and rolling back from every vantage at once would roll back several times.
    if (v.vantage !== '' && v['rollback-strategy'] !== 'none')
      need(
        'rollback-strategy',
        'a vantage only reports (the fan-in with reports rolls back): set rollback-strategy: none',
      )
    if (
      (v.command === 'verify' || v.command === 'deploy') &&
      v.probes.trim() === '' &&
      v.reports === ''
    )
      need('probes', `required when command is "${v.command}"`)
  })

export type Settings = z.infer<typeof inputsSchema>

/**
 * Reads every input through `get` (the runner's getInput), filling action.yml defaults for
 * empty values. Throws one InputError listing every bad input.
 */
export function readSettings(get: (name: InputName) => string): Settings {
  const raw: Record<string, string> = {}
  for (const [name, def] of Object.entries(INPUT_DEFAULTS)) {
    const v = get(name as InputName)
    raw[name] = v.trim() === '' ? def : v
  }
  const parsed = inputsSchema.safeParse(raw)
  if (!parsed.success) throw fromZod('', parsed.error)
  return parsed.data
}
