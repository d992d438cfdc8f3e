// The one way a SHA is shortened for people.
import { short } from '../../src/github/context.js'

test('the first 7 characters, counted in code points', () => {
  expect(short('abc1234def5678abc1234def5678abc1234def56')).toBe('abc1234')
  expect(short('abc')).toBe('abc')
  expect(short('')).toBe('')
  // Text the renderer has not checked: a cut never leaves half a surrogate pair.
  expect(short('🚀'.repeat(8))).toBe('🚀'.repeat(7))
})
