// A failed probe's error class is what a responder searches the README for: each one the
// engine can give is named there, in backticks, so none is added without its meaning.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CLASSES } from '../../src/verify/probe.js'
import { ROOT } from '../helpers/action.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

test.each([...ERROR_CLASSES])('the README names the error class %s', (cls) => {
  expect(readme).toContain(`\`${cls}\``)
})
