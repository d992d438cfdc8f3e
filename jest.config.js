// ESM end to end: ts-jest transpiles (typecheck is `npm run typecheck`), Node runs the
// result as ES modules under --experimental-vm-modules (scripts/test.mjs sets it).
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 30000,
}
