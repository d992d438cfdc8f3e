// The JSON Schemas editors use for policy and probes files (release-drafter does the same): made
// from the zod schemas that validate them, committed under schemas/, and held to them here.
// `npm run schemas` rewrites them after a schema change.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { z } from 'zod'
import { probesSchema } from '../../src/verify/probe-schema.js'
import { policySchema } from '../../src/window/policy-schema.js'
import { ROOT } from '../helpers/action.js'

const REPO = 'https://raw.githubusercontent.com/deploy-guard/deploy-guard/main/schemas'

function jsonSchema(schema: z.ZodType, name: string, title: string) {
  // Input types: what users write (durations and URLs as text), before zod's transforms.
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return { ...generated, $id: `${REPO}/${name}`, title }
}

const SCHEMAS = [
  {
    file: 'policy.schema.json',
    schema: jsonSchema(policySchema, 'policy.schema.json', 'deploy-guard deploy-window policy'),
    example: 'examples/policy.yml',
  },
  {
    file: 'probes.schema.json',
    schema: jsonSchema(probesSchema, 'probes.schema.json', 'deploy-guard probes'),
    example: 'examples/probes.yml',
  },
]

test.each(SCHEMAS)('schemas/$file is generated from the zod schema', ({ file, schema }) => {
  const path = join(ROOT, 'schemas', file)
  const text = `${JSON.stringify(schema, null, 2)}\n`
  if (process.env.UPDATE_SCHEMAS) writeFileSync(path, text)
  expect(readFileSync(path, 'utf8')).toBe(text)
})

test.each(SCHEMAS)('$example validates against it; a typo does not', ({ schema, example }) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  const validate = ajv.compile(schema)
  const doc = parse(readFileSync(join(ROOT, example), 'utf8'), { version: '1.2' }) as unknown
  expect(validate(doc)).toBe(true)
  // an unknown key in the first rule or probe: what an editor should underline
  const broken = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
  const first = Array.isArray(broken)
    ? (broken[0] as Record<string, unknown>)
    : ((broken.deny as Record<string, unknown>[])[0] as Record<string, unknown>)
  first.nmae = 'typo'
  expect(validate(broken)).toBe(false)
})
