// GitHub's official OpenAPI description (the @octokit/openapi package), used as the referee for
// every request the stand-in receives and every response it sends.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { DOC_ID, isObject, SchemaValidator, type Schema } from './jsonschema.js'

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  'x-multi-segment'?: boolean
  $ref?: string
}

interface MediaType {
  schema?: Schema
}

interface ResponseObject {
  content?: Record<string, MediaType>
  $ref?: string
}

export interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content?: Record<string, MediaType>; $ref?: string }
  responses: Record<string, ResponseObject>
  externalDocs?: { url: string }
}

interface Description {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

export interface MatchedOperation {
  method: string
  /** The path template as the description writes it, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string
  operation: Operation
  /** Path parameters, percent-decoded. */
  params: Record<string, string>
  docUrl: string
}

interface CompiledPath {
  template: string
  regex: RegExp
  names: string[]
  literalSegments: number
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options'])
const DESCRIPTION_FILE = join('generated', 'api.github.com.json')

// Spelled out at run time so a bundler cannot follow it and inline the 13 MB description.
const PACKAGE_JSON = ['@octokit', 'openapi', 'package.json'].join('/')

/** Locates api.github.com.json: through module resolution, then node_modules above the cwd. */
export function findDescriptionFile(): string {
  try {
    const require = createRequire(import.meta.url)
    const resolve: (id: string) => string = require.resolve
    const file = join(dirname(resolve(PACKAGE_JSON)), DESCRIPTION_FILE)
    if (existsSync(file)) return file
  } catch {
    // fall through to the search below
  }
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', '@octokit', 'openapi', DESCRIPTION_FILE)
    if (existsSync(file)) return file
    if (dirname(dir) === dir) break
  }
  throw new Error(
    'GitHub API stand-in: cannot find @octokit/openapi/generated/api.github.com.json; ' +
      'install the package (npm install) or run from the project directory',
  )
}

let shared: OpenApi | undefined

/**
 * Parses the description once per process; every stand-in shares it (the validator translates
 * schemas in place the first time it needs them, the same way for everyone).
 */
export function loadOpenApi(): OpenApi {
  shared ??= new OpenApi(JSON.parse(readFileSync(findDescriptionFile(), 'utf8')) as Description)
  return shared
}

export class OpenApi {
  private readonly compiled: CompiledPath[]
  readonly validator: SchemaValidator

  constructor(private readonly doc: Description) {
    this.validator = new SchemaValidator(doc as unknown as Record<string, unknown>)
    this.compiled = Object.keys(doc.paths).map((t) => this.compile(t))
    // More literal segments first, then fewer parameters: `/commits/{sha}/pulls` must win over a
    // multi-segment `/commits/{ref}`, and `{basehead}` over Octokit's legacy `{base}...{head}`.
    this.compiled.sort(
      (a, b) => b.literalSegments - a.literalSegments || a.names.length - b.names.length,
    )
  }

  resolve<T>(ref: string): T | undefined {
    // Schemas the validator has prepared point at the description by its id (`gh#/...`).
    if (ref.startsWith(`${DOC_ID}#/`)) ref = ref.slice(DOC_ID.length)
    if (!ref.startsWith('#/')) return undefined
    let node: unknown = this.doc
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      if (!isObject(node)) return undefined
      node = node[key]
    }
    return node as T | undefined
  }

  private deref<T extends { $ref?: string }>(x: T | undefined): T | undefined {
    let cur = x
    for (let i = 0; cur?.$ref !== undefined && i < 16; i++) cur = this.resolve<T>(cur.$ref)
    return cur
  }

  private compile(template: string): CompiledPath {
    const ops = this.doc.paths[template] ?? {}
    const multi = new Set<string>()
    for (const [m, op] of Object.entries(ops)) {
      if (!METHODS.has(m)) continue
      for (const p of op.parameters ?? []) {
        const param = this.deref(p)
        if (param?.['x-multi-segment']) multi.add(param.name)
      }
    }
    const names: string[] = []
    let literalSegments = 0
    const parts = template.split('/').map((seg) => {
      if (!seg.includes('{')) {
        literalSegments++
        return escapeRegex(seg)
      }
      return seg
        .split(/(\{[^}]+\})/)
        .map((piece) => {
          const m = /^\{([^}]+)\}$/.exec(piece)
          if (!m) return escapeRegex(piece)
          names.push(m[1]!)
          const whole = piece === seg
          return multi.has(m[1]!) && whole ? '(.+)' : '([^/]+?)'
        })
        .join('')
    })
    return { template, regex: new RegExp(`^${parts.join('/')}$`), names, literalSegments }
  }

  /** Finds the operation for a method and a raw (still percent-encoded) pathname. */
  match(method: string, pathname: string): MatchedOperation | undefined {
    const m = method.toLowerCase()
    for (const c of this.compiled) {
      const operation = this.doc.paths[c.template]?.[m]
      if (!operation) continue
      const found = c.regex.exec(pathname)
      if (!found) continue
      const params: Record<string, string> = {}
      c.names.forEach((name, i) => (params[name] = safeDecode(found[i + 1] ?? '')))
      return {
        method: m.toUpperCase(),
        template: c.template,
        operation,
        params,
        docUrl: operation.externalDocs?.url ?? 'https://docs.github.com/rest',
      }
    }
    return undefined
  }

  /** Checks path and query parameters (query strings coerced to the declared type). */
  checkParameters(op: MatchedOperation, query: URLSearchParams): string[] {
    const errors: string[] = []
    for (const p of op.operation.parameters ?? []) {
      const param = this.deref(p)
      if (!param || (param.in !== 'path' && param.in !== 'query')) continue
      const raw = param.in === 'path' ? op.params[param.name] : (query.get(param.name) ?? undefined)
      const where = `${param.in} parameter ${param.name}`
      if (raw === undefined) {
        if (param.required) errors.push(`${where} is required`)
        continue
      }
      if (!param.schema) continue
      const value = coerce(raw, this.deref(param.schema) ?? {})
      for (const e of this.validator.validate(param.schema, value, param.name)) {
        errors.push(`${where}: ${e}`)
      }
    }
    return errors
  }

  /** Checks a parsed JSON request body against the operation's request body schema. */
  checkRequestBody(op: MatchedOperation, body: unknown): string[] {
    const rb = this.deref(op.operation.requestBody)
    if (!rb) return []
    const schema = rb.content?.['application/json']?.schema
    if (body === undefined) return rb.required ? ['request body is required'] : []
    if (!schema) return []
    return this.validator.validate(schema, body, 'body')
  }

  /**
   * Checks a response the stand-in is about to send. Undocumented error statuses are allowed
   * (GitHub documents only some), an undocumented success status is not.
   */
  checkResponse(op: MatchedOperation, status: number, body: unknown): string[] {
    const responses = op.operation.responses
    const declared = this.deref(responses[String(status)] ?? responses.default)
    if (!declared) {
      return status < 300 ? [`status ${status} is not a documented response`] : []
    }
    const content = declared.content
    if (!content) {
      // Some errors are documented without a body (409 for POST /deployments), yet GitHub's error
      // answers carry its JSON message; only a success documented without one must have none.
      if (status >= 400) return []
      return body === undefined ? [] : [`status ${status} is documented without a body`]
    }
    const schema = content['application/json']?.schema
    if (!schema) return []
    if (body === undefined) return [`status ${status} must have a JSON body`]
    return this.validator.validate(schema, body, 'response')
  }
}

function coerce(raw: string, schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  if (type === 'integer' && /^-?\d+$/.test(raw)) return Number(raw)
  if (type === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw)
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
