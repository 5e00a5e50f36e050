// Where the service's CPU went: reads a .cpuprofile (npm run bench -- --cpu-prof writes one per run under
// bench/results/cpu/) and prints self time by area (Neo4j driver, Fastify, JWT, validation, serialization,
// our code, GC, idle) and the top functions.
//   npx tsx bench/cpu-summary.ts bench/results/cpu/<file>.cpuprofile [--top 25]
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'

interface ProfileNode { id: number, callFrame: { functionName: string, url: string, lineNumber: number }, children?: number[] }
interface Profile { nodes: ProfileNode[], samples: number[], timeDeltas: number[] }

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } })
const file = positionals[0]
if (file === undefined) throw new Error('usage: bench/cpu-summary.ts <file.cpuprofile> [--top 25]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile

const areas: Array<[RegExp, string]> = [
  [/node_modules\/neo4j-driver/, 'neo4j-driver'],
  [/node_modules\/(fast-jwt|@fastify\/jwt)/, 'JWT'],
  [/node_modules\/(typebox|@fastify\/type-provider-typebox|ajv)/, 'validation'],
  [/node_modules\/(fast-json-stringify|@fastify\/fast-json-stringify-compiler)/, 'serialization'],
  [/node_modules\/(fastify|find-my-way|light-my-request|avvio|@fastify)/, 'fastify'],
  [/node_modules\/(pino|thread-stream|sonic-boom)/, 'logging'],
  [/node_modules\/(prom-client|fastify-metrics)/, 'metrics'],
  [/node_modules\//, 'other packages'],
  [/\/dist\/src\//, 'service code'],
  [/^node:|^internal\/|^$/, 'node core']
]
const byId = new Map(profile.nodes.map(n => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => { self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)) })
const total = [...self.values()].reduce((a, b) => a + b, 0)
const byArea = new Map<string, number>()
const byFunction = new Map<string, number>()
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame
  const special = ['(idle)', '(garbage collector)', '(program)'].includes(functionName) ? functionName : undefined
  const area = special ?? areas.find(([re]) => re.test(url))?.[1] ?? 'other'
  byArea.set(area, (byArea.get(area) ?? 0) + us)
  const key = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/')}:${lineNumber + 1}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + us)
}
const pct = (us: number): string => `${(100 * us / total).toFixed(1).padStart(5)}%`
const busy = total - (byArea.get('(idle)') ?? 0)
console.log(`${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy`)
for (const [area, us] of [...byArea].sort((a, b) => b[1] - a[1])) console.log(`${pct(us)}  ${area}`)
console.log('\ntop functions (self time):')
for (const [key, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${pct(us)}  ${key}`)
