// Instants as the outputs, reports and issues print them. A module of its own so that verify,
// rollback and the incident renderer do not pull the window engine into their bundles.

/** ISO-8601 in UTC, without milliseconds when there are none: `2026-11-23T08:00:00Z`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}
