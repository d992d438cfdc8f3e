import { InputError } from '../../src/config/errors.js'
import { expandEnv } from '../../src/config/expand.js'

const env = { HEALTH_TOKEN: 'tok-123456789', HOST: 'shop.example.com', EMPTY: '' }

test('${{ env.NAME }} is filled in every string, after parsing: a value cannot add structure', () => {
  const doc = [
    {
      url: 'https://${{ env.HOST }}/healthz',
      headers: { Authorization: 'Bearer ${{env.HEALTH_TOKEN}}' },
      expect: { 'body-contains': '${{ env.HOST }}' },
    },
  ]
  expect(expandEnv(doc, 'probes', { ...env, HOST: 'a"\n- url: http://evil/' })).toEqual([
    {
      url: 'https://a"\n- url: http://evil//healthz',
      headers: { Authorization: 'Bearer tok-123456789' },
      expect: { 'body-contains': 'a"\n- url: http://evil/' },
    },
  ])
  expect(expandEnv({ n: 3, b: true, s: 'plain $HOME ${HOST}' }, 'probes', env)).toEqual({
    n: 3,
    b: true,
    s: 'plain $HOME ${HOST}',
  })
})

test('secrets.*, other expressions and unset variables are input errors naming the field', () => {
  const problems = (doc: unknown) => {
    try {
      expandEnv(doc, 'probes', env)
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      return (e as Error).message.split('\n')
    }
    throw new Error('accepted')
  }
  expect(problems([{ headers: { Authorization: 'Bearer ${{ secrets.HEALTH_TOKEN }}' } }])).toEqual([
    "probes[0].headers.Authorization: ${{ secrets.HEALTH_TOKEN }} is not filled in from a file: pass the value in the step's env (env: { NAME: ${{ secrets.HEALTH_TOKEN }} }) and write ${{ env.NAME }}",
  ])
  expect(problems([{ url: 'https://${{ env.NOPE }}/', body: '${{ env.EMPTY }}' }])).toEqual([
    "probes[0].url: ${{ env.NOPE }}: NOPE is not set in the step's env",
    "probes[0].body: ${{ env.EMPTY }}: EMPTY is not set in the step's env",
  ])
})
