import { code, md, table } from '../../src/report/markdown.js'

test('md neutralises mentions, HTML, table pipes, newlines and emphasis', () => {
  const out = md('@everyone <img src=x onerror=alert(1)> a|b\nnext *bold* `tick` #12')
  expect(out).not.toMatch(/@[A-Za-z]/)
  expect(out).not.toContain('<')
  expect(out).not.toMatch(/[^\\]\|/)
  expect(out).not.toContain('\n')
  expect(out).not.toContain('`')
  expect(out).toContain('\\*bold\\*')
  expect(out).not.toMatch(/#\d/)
})

test('code spans cannot be escaped by backticks in the text', () => {
  expect(code('a ` b')).toBe('``a ` b``')
  expect(code('``x')).toBe('``` ``x ```')
  expect(code('a|b\nc')).toBe('`a\u2758b c`')
})

test('tables keep their column count', () => {
  const t = table(['a', 'b'], [[md('x|y'), md('1\n2')]])
  for (const line of t.split('\n')) expect(line.split(/(?<!\\)\|/).length).toBe(4)
})
