// The recommendation part of the benchmark: the suggestion precompute on the bench dataset (timed, with the
// CPU Neo4j spent on it), and the targets of issue 13.
import type { Database } from '../src/database.js'
import { GdsAbsent, precomputeSuggestions } from '../scripts/lib/precompute-suggestions.js'
import { cpuSecondsOf } from './service.js'

export interface PrecomputeRun { note: string, minutes?: number }

/** Runs the full precompute (every user that follows someone): wall time and Neo4j's CPU seconds. */
export async function precomputeForBench (db: Database, neo4jPid: number, log: (line: string) => void): Promise<PrecomputeRun> {
  log('precompute-suggestions (full)')
  const cpu0 = cpuSecondsOf(neo4jPid)
  const t0 = Date.now()
  try {
    const r = await precomputeSuggestions(db, { onProgress: done => { if (done % 10_000 === 0) log(`  ${done.toLocaleString('en')} users`) } })
    const minutes = (Date.now() - t0) / 60_000
    return {
      minutes,
      note: `full precompute: ${r.users.toLocaleString('en')} users (${r.stored.toLocaleString('en')} stored) in ${minutes.toFixed(1)} min ` +
        `(graph read ${(r.readMs / 1000).toFixed(1)} s, training ${(r.trainMs / 1000).toFixed(1)} s; serves ${r.method}, held-out hit@20 ${r.heldOutHit20.toFixed(3)}); Neo4j CPU ${Math.round(cpuSecondsOf(neo4jPid) - cpu0)} s`
    }
  } catch (err) {
    if (err instanceof GdsAbsent) return { note: 'no precompute: GDS absent (suggestions from friends of friends)' }
    throw err
  }
}

interface Measured { name: string, group: string, service?: { p99: number, rps: number } }

/** Issue 13's speed targets: p99 < 50 ms at `connections` for suggestions and similar; full precompute < 10 min. */
export function recommendationTargets (rows: Measured[], connections: number, precompute: PrecomputeRun | undefined, verdict: (ok: boolean | undefined) => string): string[] {
  const out = ['', 'Targets (issue 13):']
  for (const r of rows.filter(r => r.group === 'recommendations')) {
    out.push(`- ${r.name} p99 < 50 ms at ${connections} connections: ${verdict(r.service === undefined ? undefined : r.service.p99 < 50)} ` +
      `(p99 ${r.service?.p99.toFixed(1) ?? '-'} ms at ${r.service?.rps.toFixed(0) ?? '-'} req/s)`)
  }
  out.push(`- full precompute under 10 minutes: ${verdict(precompute?.minutes === undefined ? undefined : precompute.minutes < 10)} (${precompute?.note ?? 'not run'})`)
  return out
}
