// A validator for the JSON-schema dialect of GitHub's OpenAPI 3.0 description. It interprets the
// schema objects directly (no compile step), so only the parts a request or response touches are
// ever visited and startup costs nothing beyond parsing the description.

export type Schema = {
  $ref?: string
  type?: string | string[]
  nullable?: boolean
  enum?: unknown[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  maxProperties?: number
  pattern?: string
  [k: string]: unknown
}

export type RefResolver = (ref: string) => Schema | undefined

// GitHub's description nests oneOf inside large objects; past this depth a cycle is far more
// likely than a real payload, so stop instead of overflowing the stack.
const MAX_DEPTH = 64

export class SchemaValidator {
  private readonly patterns = new Map<string, RegExp | null>()

  constructor(private readonly resolveRef: RefResolver) {}

  /** Returns human-readable errors, empty when `value` conforms. */
  validate(schema: Schema, value: unknown, at = '$'): string[] {
    const errors: string[] = []
    this.check(schema, value, at, errors, 0)
    return errors
  }

  private deref(schema: Schema, errors: string[], at: string): Schema | undefined {
    let s: Schema | undefined = schema
    for (let hops = 0; s?.$ref !== undefined; hops++) {
      const ref: string = s.$ref
      s = this.resolveRef(ref)
      if (!s || hops > 32) {
        errors.push(`${at}: unresolvable $ref ${ref}`)
        return undefined
      }
    }
    return s
  }

  private check(schema0: Schema, value: unknown, at: string, errors: string[], depth: number) {
    if (depth > MAX_DEPTH) return
    const schema = this.deref(schema0, errors, at)
    if (!schema) return

    if (value === null && schema.nullable === true) return

    if (schema.allOf) for (const sub of schema.allOf) this.check(sub, value, at, errors, depth + 1)
    if (schema.anyOf && !schema.anyOf.some((s) => this.passes(s, value, at, depth))) {
      errors.push(`${at}: matches none of anyOf${this.hint(schema.anyOf, value, at, depth)}`)
    }
    if (schema.oneOf) {
      const matching = schema.oneOf.filter((s) => this.passes(s, value, at, depth)).length
      if (matching === 0) {
        errors.push(`${at}: matches none of oneOf${this.hint(schema.oneOf, value, at, depth)}`)
      } else if (matching > 1) {
        errors.push(`${at}: matches ${matching} alternatives of oneOf, expected exactly one`)
      }
    }

    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type]
      if (!types.some((t) => hasType(value, t))) {
        errors.push(`${at}: expected ${types.join(' or ')}, got ${describe(value)}`)
        return
      }
    }

    if (schema.enum && !schema.enum.some((e) => e === value)) {
      errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`)
    }

    if (typeof value === 'number') {
      if (schema.minimum !== undefined && value < schema.minimum) {
        errors.push(`${at}: ${value} is below the minimum ${schema.minimum}`)
      }
      if (schema.maximum !== undefined && value > schema.maximum) {
        errors.push(`${at}: ${value} is above the maximum ${schema.maximum}`)
      }
    } else if (typeof value === 'string') {
      const len = [...value].length
      if (schema.minLength !== undefined && len < schema.minLength) {
        errors.push(`${at}: shorter than ${schema.minLength} characters`)
      }
      if (schema.maxLength !== undefined && len > schema.maxLength) {
        errors.push(`${at}: longer than ${schema.maxLength} characters`)
      }
      if (schema.pattern !== undefined) {
        const re = this.pattern(schema.pattern)
        if (re && !re.test(value)) errors.push(`${at}: does not match /${schema.pattern}/`)
      }
    } else if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        errors.push(`${at}: fewer than ${schema.minItems} items`)
      }
      if (schema.maxItems !== undefined && value.length > schema.maxItems) {
        errors.push(`${at}: more than ${schema.maxItems} items`)
      }
      if (schema.items) {
        for (let i = 0; i < value.length; i++) {
          this.check(schema.items, value[i], `${at}[${i}]`, errors, depth + 1)
        }
      }
    } else if (isObject(value)) {
      this.checkObject(schema, value, at, errors, depth)
    }
  }

  private checkObject(
    schema: Schema,
    value: Record<string, unknown>,
    at: string,
    errors: string[],
    depth: number,
  ) {
    for (const key of schema.required ?? []) {
      if (!(key in value) || value[key] === undefined) errors.push(`${at}.${key} is required`)
    }
    const props = schema.properties ?? {}
    const keys = Object.keys(value).filter((k) => value[k] !== undefined)
    if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) {
      errors.push(`${at}: more than ${schema.maxProperties} properties`)
    }
    for (const key of keys) {
      const sub = props[key]
      if (sub) {
        this.check(sub, value[key], `${at}.${key}`, errors, depth + 1)
      } else if (schema.additionalProperties === false) {
        errors.push(`${at}.${key} is not allowed`)
      } else if (isObject(schema.additionalProperties)) {
        this.check(schema.additionalProperties, value[key], `${at}.${key}`, errors, depth + 1)
      }
    }
  }

  private passes(schema: Schema, value: unknown, at: string, depth: number): boolean {
    const errors: string[] = []
    this.check(schema, value, at, errors, depth + 1)
    return errors.length === 0
  }

  // When no alternative matches, the closest one (fewest errors) usually names the real mistake.
  private hint(alternatives: Schema[], value: unknown, at: string, depth: number): string {
    let best: string[] | undefined
    for (const alt of alternatives) {
      const errors: string[] = []
      this.check(alt, value, at, errors, depth + 1)
      if (!best || errors.length < best.length) best = errors
    }
    return best && best.length > 0 ? ` (closest: ${best.slice(0, 3).join('; ')})` : ''
  }

  private pattern(source: string): RegExp | null {
    let re = this.patterns.get(source)
    if (re === undefined) {
      try {
        re = new RegExp(source, 'u')
      } catch {
        // A few patterns in the description use syntax JavaScript lacks; skip rather than guess.
        re = null
      }
      this.patterns.set(source, re)
    }
    return re
  }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    default:
      // Non-standard types in the description (e.g. "blob") are not ours to judge.
      return true
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer'
  return typeof value
}
