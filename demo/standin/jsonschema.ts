// Schema validation for the stand-in with Ajv (JSON Schema draft-07) and ajv-formats, over the
// schema dialect of GitHub's OpenAPI 3.0 description. The description is 13 MB, so nothing is
// compiled up front: a schema is translated and compiled the first time a request or response
// needs it, and the compiled function is kept for the rest of the process.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

export type Schema = {
  $ref?: string
  type?: string | string[]
  nullable?: boolean
  enum?: unknown[]
  format?: string
  default?: unknown
  properties?: Record<string, Schema>
  patternProperties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  items?: Schema | Schema[]
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
  not?: Schema
  [k: string]: unknown
}

/** The id the whole description is registered under; `#/components/...` refs become `gh#/...`. */
export const DOC_ID = 'gh'

// ajv-formats is CommonJS with `exports.default`; depending on the loader (Node's ESM interop,
// ts-jest, the esbuild bundle) the default import is the plugin itself or the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

// Keywords whose values are schemas (or maps or lists of schemas) in the description's dialect.
const SCHEMA_MAPS = ['properties', 'patternProperties'] as const
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const
const COMPOSITION = ['allOf', 'anyOf', 'oneOf', 'not', '$ref'] as const
const JSON_TYPES = new Set(['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'])

export class SchemaValidator {
  private readonly ajv: Ajv
  private readonly compiled = new WeakMap<Schema, ValidateFunction>()
  private readonly prepared = new WeakSet<object>()

  constructor(private readonly doc: Record<string, unknown>) {
    this.ajv = new Ajv({
      // The description carries OpenAPI-only keywords (example, discriminator, x-github, ...).
      strict: false,
      allErrors: true,
      // Errors carry the offending value, so a violation can say what was sent.
      verbose: true,
      // The description is GitHub's, not ours to lint; it is not checked against the meta-schema.
      validateSchema: false,
      logger: false,
    })
    addFormats(this.ajv)
    // Formats of OpenAPI and GitHub that ajv-formats lacks. `repo.nwo` is "owner/name".
    this.ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/)
    // Registered, not compiled: Ajv resolves `gh#/components/schemas/...` into it on demand.
    this.ajv.addSchema(doc, DOC_ID)
  }

  /** Returns human-readable errors, empty when `value` conforms. `at` names the root. */
  validate(schema: Schema, value: unknown, at = '$'): string[] {
    let fn = this.compiled.get(schema)
    if (!fn) {
      try {
        this.prepare(schema)
        fn = this.ajv.compile(schema)
      } catch (err) {
        return [`${at}: the description's schema cannot be compiled: ${String(err)}`]
      }
      this.compiled.set(schema, fn)
    }
    if (fn(value)) return []
    return describeErrors(fn.errors ?? [], at)
  }

  /** Resolves a local `#/...` reference in the description. */
  private resolve(ref: string): unknown {
    let node: unknown = this.doc
    for (const raw of ref.replace(/^#\//, '').split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      if (!isObject(node)) return undefined
      node = node[key]
    }
    return node
  }

  /**
   * Translates a schema of the description, in place and once, from OpenAPI 3.0's dialect into
   * JSON Schema as Ajv reads it, following every reference it makes.
   */
  private prepare(s: Schema): void {
    if (this.prepared.has(s)) return
    this.prepared.add(s)
    if (typeof s.$ref === 'string' && s.$ref.startsWith('#/')) {
      const target = this.resolve(s.$ref)
      s.$ref = `${DOC_ID}${s.$ref}`
      if (isObject(target)) this.prepare(target as Schema)
    }
    for (const key of SCHEMA_MAPS) {
      for (const sub of Object.values(s[key] ?? {})) if (isObject(sub)) this.prepare(sub)
    }
    for (const key of SCHEMA_LISTS) for (const sub of s[key] ?? []) this.prepare(sub)
    if (isObject(s.additionalProperties)) this.prepare(s.additionalProperties)
    if (isObject(s.not)) this.prepare(s.not)
    for (const sub of [s.items ?? []].flat()) if (isObject(sub)) this.prepare(sub)

    // A type JSON Schema does not know (none today) would make Ajv refuse the whole schema.
    if (typeof s.type === 'string' && !JSON_TYPES.has(s.type)) delete s.type

    // GitHub's description contradicts itself for a few URL fields, such as a deployment status's
    // `target_url`, `log_url` and `environment_url`: `format: uri` together with `default: ""`,
    // and GitHub answers `""` when no URL was given. The description's own default is taken as a
    // legal value: such a field is a URI or exactly its default, the empty string. Every other
    // `format` is enforced as written.
    if (typeof s.format === 'string' && s.default === '') {
      const either: Schema = { anyOf: [{ format: s.format }, { const: '' }] }
      delete s.format
      s.allOf = [...(s.allOf ?? []), either]
    }

    // OpenAPI 3.0's `nullable: true` lets null through. Ajv supports it only next to a `type` and
    // without extending `enum`, while GitHub writes it next to `anyOf`/`allOf` and on enums
    // without null (and answers null there, e.g. an issue's `state_reason`).
    if (s.nullable !== true) {
      delete s.nullable
      return
    }
    delete s.nullable
    const composed = COMPOSITION.some((k) => s[k] !== undefined)
    if (typeof s.type === 'string' && !composed) {
      s.type = [s.type, 'null']
      if (Array.isArray(s.enum) && !s.enum.includes(null)) s.enum = [...s.enum, null]
      return
    }
    const inner: Schema = { ...s }
    for (const key of Object.keys(s)) delete s[key]
    s.anyOf = [{ type: 'null' }, inner]
  }
}

/** Ajv's errors as sentences naming the path (`response.labels[0].name is required`). */
export function describeErrors(errors: ErrorObject[], at: string): string[] {
  const out: { path: string; text: string }[] = []
  for (const e of errors) {
    const path = e.instancePath
    const where = `${at}${jsonPath(path)}`
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
      if (e.keyword === 'oneOf' && Array.isArray(e.params.passingSchemas)) {
        const n = (e.params.passingSchemas as unknown[]).length
        out.push({
          path,
          text: `${where}: matches ${n} alternatives of oneOf, expected exactly one`,
        })
        continue
      }
      // The alternatives' own errors were reported just before, at this path or below it; the
      // first few of them usually name the real mistake.
      const branch: string[] = []
      while (out.length > 0 && isWithin(out.at(-1)!.path, path)) branch.unshift(out.pop()!.text)
      const hint = branch.length > 0 ? ` (closest: ${branch.slice(0, 3).join('; ')})` : ''
      out.push({ path, text: `${where}: matches none of ${e.keyword}${hint}` })
      continue
    }
    out.push({ path, text: sentence(e, where) })
  }
  return [...new Set(out.map((o) => o.text))]
}

function sentence(e: ErrorObject, where: string): string {
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'required':
      return `${where}.${String(p.missingProperty)} is required`
    case 'type':
      return `${where}: expected ${[p.type].flat().join(' or ')}, got ${describe(e.data)}`
    case 'enum':
      return `${where}: ${JSON.stringify(e.data)} is not one of ${JSON.stringify(p.allowedValues)}`
    case 'additionalProperties':
      return `${where}.${String(p.additionalProperty)} is not allowed`
    case 'format':
    case 'pattern':
    case 'const':
      return `${where}: ${JSON.stringify(e.data)} ${e.message ?? 'is invalid'}`
    default:
      return `${where}: ${e.message ?? e.keyword}`
  }
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`)
}

/** `/labels/0/name` as `.labels[0].name`. */
function jsonPath(pointer: string): string {
  if (pointer === '') return ''
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`))
    .join('')
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer'
  return typeof value
}
