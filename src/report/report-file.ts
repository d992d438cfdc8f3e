// The `report` output: the whole decision and its evidence as JSON on disk, so nothing is lost
// when GitHub cannot be written to.

import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function writeReport(dir: string, name: string, data: unknown): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${name.replace(/[^\w.-]+/g, '_')}.json`)
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
  return file
}
