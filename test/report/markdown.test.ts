import {
  clip,
  code,
  fence,
  link,
  md,
  mermaidText,
  safeUrl,
  table,
  visible,
} from '../../src/report/markdown.js'
import { HOSTILE, HOSTILE_ALL, HOSTILE_REASON } from '../helpers/hostile.js'
import { judge, parseGfm, textOf } from '../helpers/markdown-oracle.js'

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

/** Cells of a GFM table row: a pipe is escaped only after an odd number of backslashes. */
function cells(line: string): number {
  return line.split(/(?<=(?:^|[^\\])(?:\\\\)*)\|/).length
}

test('tables keep their column count, whatever backslashes and pipes the text holds', () => {
  const t = table(
    ['a', 'b'],
    [
      [md('x|y'), md('1\n2')],
      [md('evil\\|'), md('\\\\|x\\')],
    ],
  )
  for (const line of t.split('\n')) expect(cells(line)).toBe(4)
  expect(md('a\\|b')).toBe('a\\\\\\|b')
})

test('an empty code span is still a span, not an opener waiting for the next "``"', () => {
  expect(code('')).toBe('` `')
})

test('clip cuts on code points and marks the cut', () => {
  expect(clip('short', 10)).toBe('short')
  expect(clip('abcdef', 4)).toBe('abc…')
  expect(clip('😀😀😀😀', 3)).toBe('😀😀…')
})

test('visible drops control characters and bidi overrides, and repairs lone surrogates', () => {
  expect(visible('a\u0000b\u202ec\td\ne\rf')).toBe('abc\td\ne\rf')
  expect(visible('x\ud800y')).toBe('x\ufffdy')
})

test('a fence is longer than any backtick run inside it, so no line closes it early', () => {
  expect(fence('plain')).toBe('```text\nplain\n```')
  expect(fence('a\n````\nb', 'json')).toBe('`````json\na\n````\nb\n`````')
  expect(fence('x\r\ny')).toBe('```text\nx\ny\n```')
})

test('safeUrl keeps http(s) links that cannot leave their parentheses or table cell', () => {
  expect(safeUrl('https://github.com/acme/shop/pull/1')).toBe('https://github.com/acme/shop/pull/1')
  expect(safeUrl('https://x.test/a)b|c d@e')).toBe('https://x.test/a%29b%7Cc%20d%40e')
  expect(safeUrl('javascript:alert(1)')).toBeNull()
  expect(safeUrl('https://user:pw@x.test/')).toBeNull()
  expect(safeUrl('not a url')).toBeNull()
  expect(link('label', 'data:text/html,x')).toBe('label')
  expect(link('label', 'https://x.test/(y)')).toBe('[label](https://x.test/%28y%29)')
  // a character reference in a destination would be read as the character it names
  expect(safeUrl('https://x.test/a&#64;b?x=1&y=2&amp;')).toBe(
    'https://x.test/a%26#64;b?x=1&y=2%26amp;',
  )
})

test('mermaidText keeps nothing mermaid parses or a fence ends on', () => {
  expect(mermaidText('Verdict: unhealthy (P1) #1; %%{init}%% ``` <b>')).toBe(
    'Verdict unhealthy (P1) 1 init b',
  )
  expect(mermaidText('')).toBe('-')
})

// ---- the hostile set, judged by a GFM parser that is not ours ----

describe('md: hostile text renders as the characters it holds', () => {
  const where = {
    paragraph: (x: string) => `before\n\n${x}\n\nafter`,
    'line start': (x: string) => x,
    heading: (x: string) => `### ${x}`,
    'table cell': (x: string) => table(['a', 'b'], [[x, 'z']]),
  }
  test.each(Object.entries(where))('in a %s', (_, place) => {
    for (const h of [...HOSTILE, HOSTILE_ALL, HOSTILE_REASON]) {
      const rendered = place(md(h))
      const seen = judge(rendered, { headingOk: (x) => x.startsWith('### ') })
      expect([h, seen.problems]).toEqual([h, []])
      expect(seen.headings.length).toBeLessThanOrEqual(1)
      expect(seen.tables.length).toBeLessThanOrEqual(1)
    }
  })

  test('what a reader sees is the text, line breaks and hidden characters aside', () => {
    const text = '<img src=x> cc @someone fixes #4242 :rocket: $x^2$ a|b *c* _d_ ~e~ [f](g) 1. x'
    const seen = textOf(parseGfm(md(text))).replace(/\u200b/g, '')
    expect(seen).toBe(text)
  })

  test('an issue URL of another repository is text, not a link or cross-reference', () => {
    const out = md('see https://github.com/other/repo/issues/7 and https://github.com/o/r/pull/7')
    expect(judge(out).links).toEqual([])
    expect(out).not.toMatch(/https:\/\//)
    expect(out).not.toMatch(/[^\u200b]\/(issues|pull)\//)
  })

  test('emoji shortcodes and math are text; bidi and control characters are gone', () => {
    expect(md(':rocket: :+1:')).toBe(':\u200brocket: :\u200b+1:')
    expect(md('$x^2$ costs $$5')).toBe('\\$x^2\\$ costs \\$\\$5')
    expect(md('a\u202eb\u0000c\u0007d\u200fe\u0085f')).toBe('abcdef')
  })

  test('a name with a newline and a fence, a heading or tildes opens no block', () => {
    for (const name of [
      'p\n```\nx',
      'p\n# h',
      'p\n~~~\nx',
      '# h',
      '    code',
      '- item',
      '1. item',
      '===',
      '> quote',
    ])
      // prettier-ignore
      expect([name, judge(`${md(name)}\n\n${md(name)}`).tree.children.map((c) => c.type)]).toEqual([
        name,
        ['paragraph', 'paragraph'],
      ])
  })
})

test('code spans drop hidden characters too', () => {
  expect(code('a\u202eb\u0000c')).toBe('`abc`')
})
