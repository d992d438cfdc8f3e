// The labels that find an environment's incident (and lock its window).
import { LABEL_LIMIT, environmentLabel, incidentLabels } from '../../src/incident/lock.js'

test('an environment label ignores case, as GitHub environment names do', () => {
  expect(environmentLabel('Production')).toBe('env:production')
  expect(environmentLabel('production')).toBe('env:production')
})

test('a name past GitHub’s 50-character label limit keeps its start and a hash of the whole', () => {
  const a = `eu-west-1-${'x'.repeat(60)}-blue`
  const b = `eu-west-1-${'x'.repeat(60)}-green`
  const la = environmentLabel(a)
  expect([...la].length).toBeLessThanOrEqual(LABEL_LIMIT)
  expect(la.startsWith('env:eu-west-1-xxx')).toBe(true)
  expect(la).toMatch(/~[0-9a-f]{8}$/)
  expect(environmentLabel(b)).not.toBe(la) // two long names never share a lock
  expect(environmentLabel(a.toUpperCase())).toBe(la)
  // characters outside the BMP count as one each, as GitHub counts them
  expect([...environmentLabel('🚀'.repeat(60))].length).toBe(LABEL_LIMIT)
})

test('incident labels: the configured ones plus the environment’s', () => {
  expect(
    incidentLabels({ 'issue-labels': ['deploy-guard', 'incident'], environment: 'Staging' }),
  ).toEqual(['deploy-guard', 'incident', 'env:staging'])
})
