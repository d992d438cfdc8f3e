// Names users and tests rely on, in one place (as actions/cache keeps its names): the action's
// outputs, as action.yml declares them and SPEC.md lists them.

export const OUTPUTS = [
  'allowed',
  'reason',
  'next-window',
  'overridden',
  'healthy',
  'severity',
  'rolled-back',
  'scope',
  'previous-sha',
  'issue-number',
  'issue-url',
  'report',
] as const

export type OutputName = (typeof OUTPUTS)[number]
