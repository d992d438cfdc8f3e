// Generators for the config fuzzers: near-valid documents made by mutating a valid one (replace a
// value, delete a key, add a key, set a named field anywhere it occurs), edits to the YAML text,
// YAML-ish token soup and arbitrary text.
import fc from 'fast-check'
import { stringify } from 'yaml'

type Key = string | number
type Path = Key[]

/** Every node's path, the root first. */
export function pathsOf(v: unknown, at: Path = []): Path[] {
  const out: Path[] = [at]
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...at, i])))
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...at, k]))
  return out
}

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function getAt(root: unknown, path: Path): unknown {
  let cur = root
  for (const k of path) cur = (cur as Record<Key, unknown>)[k]
  return cur
}

/** A copy of root with the node at path replaced (or removed when `remove`). */
function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return remove ? null : value
  const [k, ...rest] = path as [Key, ...Key[]]
  if (Array.isArray(root)) {
    const copy = [...root]
    if (rest.length === 0 && remove) copy.splice(k as number, 1)
    else copy[k as number] = setAt(copy[k as number], rest, value, remove)
    return copy
  }
  const copy = { ...(root as Record<string, unknown>) }
  if (rest.length === 0 && remove) delete copy[k]
  else copy[k] = setAt(copy[k], rest, value, remove)
  return copy
}

export type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'insert'; pick: number; key: string; value: unknown }
  | { kind: 'field'; field: string; pick: number; value: unknown; add: boolean }

export function applyMutation(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root)
  const nth = <T>(xs: T[]) => xs[m.pick % xs.length]
  switch (m.kind) {
    case 'replace':
      return setAt(root, nth(paths)!, m.value)
    case 'delete': {
      const p = nth(paths.filter((x) => x.length > 0))
      return p ? setAt(root, p, undefined, true) : root
    }
    case 'insert': {
      const at = nth(paths.filter((p) => isMapping(getAt(root, p))))
      return at ? setAt(root, [...at, m.key], m.value) : root
    }
    case 'field': {
      // Where the field is written, replace it; else add it to some mapping (when `add`).
      const there = paths.filter((p) => p[p.length - 1] === m.field)
      if (there.length > 0) return setAt(root, nth(there)!, m.value)
      if (!m.add) return root
      const at = nth(paths.filter((p) => isMapping(getAt(root, p))))
      return at ? setAt(root, [...at, m.field], m.value) : root
    }
  }
}

/** Plain values YAML can hold: scalars of every kind and small nested structures. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e21, -0, '', ' ', '~', 'null', 'yes', 'on', '2026-01-01', '0x1F', '1e3', '.inf', '.nan', '[]', '{}', [], {}, [[]], [{}]) }, // prettier-ignore
  { weight: 1, arbitrary: fc.double() },
)

/**
 * Mutated copies of `seed`: a few mutations, most of them setting a named field. With `fieldsOnly`
 * only fields the seed already has are set (so valid values keep the document valid).
 */
export function mutated(
  seed: unknown,
  fields: Record<string, fc.Arbitrary<unknown>>,
  keys: readonly string[],
  fieldsOnly = false,
): fc.Arbitrary<unknown> {
  const setField = fc.oneof(
    ...Object.entries(fields).map(([field, value]) =>
      fc.record({
        kind: fc.constant('field' as const),
        field: fc.constant(field),
        pick: fc.nat(),
        value,
        add: fc.constant(!fieldsOnly),
      }),
    ),
  )
  const mutation: fc.Arbitrary<Mutation> = fieldsOnly
    ? setField
    : fc.oneof(
        { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: anyValue }) }, // prettier-ignore
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) }, // prettier-ignore
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('insert' as const), pick: fc.nat(), key: fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value: anyValue }) }, // prettier-ignore
        { weight: 6, arbitrary: setField },
      )
  return fc
    .array(mutation, { minLength: 1, maxLength: 4 })
    .map((ms) => ms.reduce<unknown>(applyMutation, structuredClone(seed)))
}

/** YAML text of a value; flow style sometimes, as people write lists and maps inline. */
export function yamlOf(v: unknown, flow = false): string {
  // `undefined` (and a function or symbol) has no YAML text: stringify gives undefined.
  const options = { version: '1.2' as const, ...(flow ? { collectionStyle: 'flow' as const } : {}) }
  return (stringify(v, options) as string | undefined) ?? ''
}

/** Edits to YAML text: characters inserted, deleted or replaced at random places. */
export function textEdits(text: string, pieces: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: Math.max(0, text.length) }),
    del: fc.nat({ max: 6 }),
    ins: fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 6 })),
  })
  const apply = (s: string, e: { at: number; del: number; ins: string }) => {
    const at = e.at % (s.length + 1)
    return s.slice(0, at) + e.ins + s.slice(at + e.del)
  }
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((es) => es.reduce(apply, text))
}

/** What YAML is made of, for token soup. */
export const YAML_PIECES = [
  ':', ': ', '-', '- ', ' ', '  ', '\n', '\n  ', '\n- ', '[', ']', '{', '}', ',', '&a ', '*a', '&b ',
  '*b', '!!str ', '!!int ', '!!binary ', '!!map ', '!!seq ', '!!timestamp ', '!x ', '|', '|-', '>',
  '#', '"', "'", '\\', '? ', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '---\n', '...\n', '<<: ',
  'null', '~', 'true', 'yes', '0x10', '1e999', '.inf', '-.inf', '.nan', '\t', '\r\n', '\u00a0',
  '\ufeff', '\u2028', '\u0000', '😀', '\ud800',
] // prettier-ignore

/** Token soup over YAML's own characters and the document's words. */
export function yamlSoup(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.constantFrom(...words)), { maxLength: 40 })
    .map((xs) => xs.join(''))
}

/** Any text at all: code points, UTF-16 units (lone surrogates too) and printable graphemes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)), maxLength: 30 }), // prettier-ignore
)
