import { prFromTitle } from '../../src/incident/changes.js'

test.each([
  ['Merge pull request #42 from acme/feature', 42],
  ['Add retries to the payment client (#1337)', 1337],
  ['Fix #12 in the parser', null],
  ['Refs (#12) in the middle', null],
  ['plain commit', null],
])('%s -> %s', (title, pr) => {
  expect(prFromTitle(title)).toBe(pr)
})
