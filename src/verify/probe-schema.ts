// The probes YAML as zod schemas: the single source of the probe types and their errors.
// Everything that can be checked before a request is sent is checked here: URLs, regexes,
// JSON paths, status specs and durations.

import { z } from 'zod'
import { durationField, fromText, httpUrlField } from '../config/fields.js'
import { fromZod, InputError } from '../config/errors.js'
import { expandEnv } from '../config/expand.js'
import { parseYamlInput } from '../config/yaml.js'
import {
  metricExpectSchema,
  metricOf,
  noDataSchema,
  prometheusSchema,
  queryUrl,
  type Metric,
} from './metric-schema.js'
import { fillRelease, releaseUse, SAMPLE_SHA } from './release.js'

export type PathStep = string | number

/** `$.a.b`, `$.a[0].b`, `$["odd key"]` to steps; an error sentence when it cannot be read. */
export function parseJsonPath(path: string): PathStep[] | string {
  if (!path.startsWith('$')) return `JSON path "${path}" must start with "$"`
  const steps: PathStep[] = []
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y
  re.lastIndex = 1
  while (re.lastIndex < path.length) {
    const at = re.lastIndex
    const m = re.exec(path)
    if (!m || m.index !== at)
      return `JSON path "${path}" cannot be read at "${path.slice(at)}": use $.a.b, $.a[0].b or $["key"]`
    if (m[3] !== undefined) {
      // A quoted key is a JSON string: "\x" or a raw tab in it is not, and says so here.
      try {
        steps.push(JSON.parse(`"${m[3]}"`) as string)
      } catch {
        return `JSON path "${path}" has a key that is not a JSON string at "${path.slice(at)}"`
      }
    } else steps.push(m[1] ?? Number(m[2]))
  }
  return steps
}

export interface StatusSpec {
  text: string
  test(status: number): boolean
}

function statusRange(lo: number, hi: number, text: string): StatusSpec {
  return { text, test: (s) => s >= lo && s <= hi }
}

/** 200, [200, 204], "200-299", "2xx". */
export function parseStatus(v: number | string | (number | string)[]): StatusSpec | string {
  const one = (x: number | string): StatusSpec | string => {
    const s = String(x).trim()
    let m: RegExpExecArray | null
    if ((m = /^([1-5])xx$/i.exec(s)))
      return statusRange(Number(m[1]) * 100, Number(m[1]) * 100 + 99, s)
    if ((m = /^(\d{3})\s*-\s*(\d{3})$/.exec(s))) {
      const [lo, hi] = [Number(m[1]), Number(m[2])]
      if (lo < 100 || hi > 599 || hi < lo)
        return `status range "${s}" must run from 100 to 599, low to high`
      return statusRange(lo, hi, `${lo}-${hi}`)
    }
    if (/^\d{3}$/.test(s) && Number(s) >= 100 && Number(s) <= 599)
      return statusRange(Number(s), Number(s), s)
    return `expected a status (200), a list ([200, 204]) or a range ("200-299"), got ${JSON.stringify(x)}`
  }
  const items = Array.isArray(v) ? v : [v]
  if (items.length === 0) return 'expected at least one status'
  const specs: StatusSpec[] = []
  for (const item of items) {
    const r = one(item)
    if (typeof r === 'string') return r
    specs.push(r)
  }
  return { text: specs.map((s) => s.text).join(', '), test: (s) => specs.some((x) => x.test(s)) }
}

const DEFAULT_STATUS = parseStatus('200-399') as StatusSpec
const ANY_STATUS = parseStatus('100-599') as StatusSpec

const regex = fromText((s) => {
  try {
    return new RegExp(s)
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`
  }
})

const jsonValue: z.ZodType<unknown> = z.unknown()

const expectSchema = z.strictObject({
  status: z
    .union([z.number(), z.string(), z.array(z.union([z.number(), z.string()]))], {
      error: 'expected a status (200), a list ([200, 204]) or a range ("200-299")',
    })
    .transform((v, ctx) => {
      const r = parseStatus(v)
      if (typeof r === 'string') {
        ctx.addIssue({ code: 'custom', message: r })
        return z.NEVER
      }
      return r
    })
    .optional(),
  'body-contains': z.string().min(1, 'must not be empty').optional(),
  'body-matches': regex.optional(),
  json: z
    .record(z.string(), jsonValue)
    .transform((rec, ctx) => {
      const out: { path: string; steps: PathStep[]; value: unknown }[] = []
      for (const [path, value] of Object.entries(rec)) {
        const steps = parseJsonPath(path)
        if (typeof steps === 'string') {
          ctx.addIssue({ code: 'custom', path: [path], message: steps })
          continue
        }
        out.push({ path, steps, value })
      }
      return out
    })
    .optional(),
  header: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
  'max-latency': durationField.optional(),
})

// What undici accepts in a request (it refuses anything else before sending, and the probe would
// fail every round): header names are HTTP tokens; values are tab, visible ASCII and Latin-1.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
/** Headers the HTTP client writes itself (undici refuses most of them from callers). */
const CLIENT_HEADERS = new Set([
  'connection',
  'content-length',
  'expect',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
])

/** Request headers; values never appear in messages (they are often secrets). */
const requestHeaders = z
  .record(
    z.string(),
    // Around a value, whitespace is not part of it (RFC 9110): a YAML block scalar's newline goes.
    z.union([z.string(), z.number(), z.boolean()]).transform((v) => String(v).trim()),
  )
  .superRefine((h, ctx) => {
    const seen = new Map<string, string>()
    for (const [name, value] of Object.entries(h)) {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [name], message })
      const lower = name.toLowerCase()
      if (!TOKEN.test(name))
        issue("is not a header name: use letters, digits and !#$%&'*+-.^_`|~ only")
      else if (CLIENT_HEADERS.has(lower)) issue('is set by the HTTP client: leave it out')
      else if (seen.has(lower)) issue(`is also given as "${seen.get(lower)}" (names ignore case)`)
      if (!FIELD_VALUE.test(value))
        issue('the value has a line break, a control character or a character beyond Latin-1')
      seen.set(lower, name)
    }
  })

const probeSchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').optional(),
    url: httpUrlField('required: the URL to probe'),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'expected an HTTP method such as GET or POST')
      .transform((s) => s.toUpperCase())
      .refine((s) => s !== 'CONNECT', 'CONNECT opens a tunnel, it cannot probe a service')
      .default('GET'),
    headers: requestHeaders.default({}),
    body: z.string().optional(),
    json: jsonValue.optional(),
    critical: z.boolean({ error: 'expected true or false' }).default(false),
    'cache-bust': z.boolean({ error: 'expected true or false' }).default(false),
    'follow-redirects': z
      .number({ error: 'expected a whole number of redirects' })
      .int('expected a whole number of redirects')
      .min(0, 'must not be negative')
      .max(20, 'at most 20')
      .default(0),
    expect: expectSchema.default({}),
  })
  .superRefine((p, ctx) => {
    if (p.body !== undefined && p.json !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['json'],
        message: 'use either "body" or "json", not both',
      })
  })

// A metric probe (issue 12): a Prometheus instant query per round instead of a request to the
// service. It runs through the same HTTP client, as a GET of the query endpoint.
const metricProbeSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').optional(),
  prometheus: prometheusSchema(requestHeaders.default({})),
  critical: z.boolean({ error: 'expected true or false' }).default(false),
  expect: metricExpectSchema,
  'no-data': noDataSchema,
})

type MetricProbeConfig = z.infer<typeof metricProbeSchema>
type HttpProbeConfig = z.infer<typeof probeSchema>

const isMetric = (p: MetricProbeConfig | HttpProbeConfig): p is MetricProbeConfig =>
  'prometheus' in p

/**
 * HTTP and metric probes mix in one list. A union in zod reports every option's issues; the
 * error reader (config/errors.ts) keeps the option that came closest, so a typo in a metric
 * probe is not also reported as "url: required".
 */
export const probesSchema = z
  .array(z.union([probeSchema, metricProbeSchema]), { error: 'expected a list of probes' })
  .min(1, 'expected at least one probe')
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>()
    list.forEach((p, i) => {
      const name = p.name ?? (isMetric(p) ? metricName(p) : defaultName(p.url))
      const first = seen.get(name)
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `"${name}" is also the name of probe [${first}]`,
        })
      else seen.set(name, i)
    })
  })

function defaultName(u: URL): string {
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`
}

function metricName(p: MetricProbeConfig): string {
  const q = p.prometheus.query.replace(/\s+/g, ' ')
  return `query ${q.length > 40 ? `${q.slice(0, 39)}…` : q}`
}

type ProbeConfig = HttpProbeConfig

export interface Probe extends Omit<ProbeConfig, 'name' | 'expect'> {
  name: string
  expect: Omit<ProbeConfig['expect'], 'status'> & { status: StatusSpec }
  /** Set for a metric probe: `url` is then the server's query endpoint, asked with GET. */
  metric?: Metric
}

/** A metric probe as the engine runs it: a GET of the query endpoint, its answer read by metric.ts. */
function metricProbe(p: MetricProbeConfig): Probe {
  const url = queryUrl(p.prometheus.url)
  url.searchParams.set('query', p.prometheus.query)
  return {
    name: p.name ?? metricName(p),
    url,
    method: 'GET',
    headers: p.prometheus.headers,
    critical: p.critical,
    'cache-bust': false,
    'follow-redirects': 0,
    // Prometheus answers errors with 4xx/5xx and a JSON body: the answer decides, not the status.
    expect: { status: ANY_STATUS },
    metric: metricOf(p),
  }
}

/**
 * The probes as written, checked: every probe valid for any release, every `{{ release.* }}`
 * known and in a field that takes it. `probesFor` makes the probes of one release from it.
 */
export interface ProbeSet {
  root: string
  /** The parsed document, `${{ env.NAME }}` filled in, release placeholders not yet. */
  doc: unknown
  /** Per probe, the fields that name the release ("probes[1].url"); empty lists when none. */
  release: string[][]
  /** The probes filled in for SAMPLE_SHA: what was checked, and the same for any release. */
  sample: Probe[]
}

function validate(raw: unknown, root: string): Probe[] {
  const parsed = probesSchema.safeParse(raw, { reportInput: true })
  if (!parsed.success) throw fromZod(root, parsed.error)
  return parsed.data.map((p) =>
    isMetric(p)
      ? metricProbe(p)
      : {
          ...p,
          name: p.name ?? defaultName(p.url),
          expect: { ...p.expect, status: p.expect.status ?? DEFAULT_STATUS },
        },
  )
}

/**
 * The probes input (YAML text), checked. `fromFile`: the environment that fills
 * `${{ env.NAME }}` in a probes file (the runner fills expressions only in the workflow itself).
 * Throws InputError with field paths.
 */
export function loadProbeSet(
  text: string,
  root = 'probes',
  fromFile?: Record<string, string | undefined>,
): ProbeSet {
  const parsedYaml = parseYamlInput(text, root)
  const doc = fromFile ? expandEnv(parsedYaml, root, fromFile) : parsedYaml
  const use = releaseUse(doc, root)
  // Every problem at once: the placeholders', and the rest as any release would meet them.
  const problems = [...use.problems]
  let sample: Probe[] = []
  try {
    sample = validate(fillRelease(doc, SAMPLE_SHA), root)
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    problems.push(...e.problems)
  }
  if (problems.length > 0) throw new InputError(problems)
  return { root, doc, release: use.fields, sample }
}

/**
 * The probes of the release `sha`. A probe that names the release cannot run without its SHA:
 * `unknown` says why it is not known, in the error at the first such field.
 */
export function probesFor(set: ProbeSet, sha: string, unknown = 'it is not known'): Probe[] {
  const first = set.release.flat()[0]
  if (!first) return set.sample
  if (!sha)
    throw InputError.at(
      first,
      `{{ release.* }} needs the SHA of the release being verified, and ${unknown}`,
    )
  return validate(fillRelease(set.doc, sha), set.root)
}

/** The probes that do not name the release: what can check a release whose SHA is not known. */
export const probesWithoutRelease = (set: ProbeSet): Probe[] =>
  set.sample.filter((_, i) => set.release[i]?.length === 0)

/** Parses and validates the probes input (YAML text), for `sha` (else only to check them). */
export function loadProbes(
  text: string,
  root = 'probes',
  fromFile?: Record<string, string | undefined>,
  sha = SAMPLE_SHA,
): Probe[] {
  return probesFor(loadProbeSet(text, root, fromFile), sha)
}
