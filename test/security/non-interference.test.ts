// Non-interference (API.md v1.2, "What a reader may learn"): everything a reader R is shown is a function of the
// follows visible to R, R's own edges, the public user fields and the public counts. Random small worlds
// (private and hidden-network users, discoverable or not, follows, blocks, mutes, moderation lists with block and
// mute subscribers) are built through the API; then two follows R may not see are swapped (a -> b, c -> d become
// a -> d, c -> b: every follower and following count stays, and the test checks that every friends count does
// too), and every GET route of /openapi.json under /v1 is read with R's token, for every binding of its path
// parameters to the world's users and lists, before and after. The answers must be the same, byte for byte, but
// for cursors. The routes come from the OpenAPI document: a new read route is walked without editing this test
// (a path parameter it does not know is bound to every user and list id of the world).
// The model below (who may read whose network, which follows are visible) is the contract's, written from
// API.md independently of the service's Cypher.
import fc from 'fast-check'
import type { FastifyInstance } from 'fastify'
import t from 'tap'
import { readQuery } from '../../src/queries/cypher.js'
import { as, build, importRows, uid } from '../helper.js'
import { call } from '../graph-helper.js'

const edgesAmong = readQuery('testing/edges-among')
const userCount = 7
const runs = Number(process.env.NON_INTERFERENCE_RUNS ?? 10)
const seed = Number(process.env.NON_INTERFERENCE_SEED ?? 20261207)

interface UserSpec { private: boolean, hideNetwork: boolean, discoverable: boolean }
interface ListSpec { owner: number, members: number[], blockers: number[], muters: number[] }
interface WorldSpec { users: UserSpec[], follows: Array<[number, number]>, blocks: Array<[number, number]>, mutes: Array<[number, number]>, lists: ListSpec[], reader: number, pick: number }

const user = fc.integer({ min: 0, max: userCount - 1 })
const pair = fc.tuple(user, user).filter(([a, b]) => a !== b)
const world: fc.Arbitrary<WorldSpec> = fc.record({
  users: fc.array(fc.record({
    private: fc.boolean(),
    hideNetwork: fc.constantFrom(false, false, true),
    discoverable: fc.constantFrom(true, true, true, false)
  }), { minLength: userCount, maxLength: userCount }),
  follows: fc.uniqueArray(pair, { minLength: 8, maxLength: 24, selector: ([a, b]) => `${a}>${b}` }),
  blocks: fc.uniqueArray(pair, { maxLength: 2, selector: ([a, b]) => `${a}>${b}` }),
  mutes: fc.uniqueArray(pair, { maxLength: 2, selector: ([a, b]) => `${a}>${b}` }),
  lists: fc.array(fc.record({
    owner: user,
    members: fc.uniqueArray(user, { maxLength: 3 }),
    blockers: fc.uniqueArray(user, { maxLength: 2 }),
    muters: fc.uniqueArray(user, { maxLength: 2 })
  }), { maxLength: 2 }),
  reader: user,
  pick: fc.nat()
})

/** The contract's view of a world, for reader R: which follows R may see, and which swaps keep every public count. */
class Model {
  readonly follows: Set<string>
  constructor (readonly w: WorldSpec) {
    const blockedOut = new Set(w.blocks.map(([a, b]) => `${a}>${b}`))
    // A block replaces the blocker's own follow of the blocked user (the blocked one's follow stays, hidden).
    this.follows = new Set(w.follows.map(([a, b]) => `${a}>${b}`).filter(k => !blockedOut.has(k)))
  }

  isFollowing (a: number, b: number): boolean { return this.follows.has(`${a}>${b}`) }

  /** A BLOCKS either way, or a block list either way. */
  blocked (a: number, b: number): boolean {
    if (a === b) return false
    if (this.w.blocks.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return true
    return this.w.lists.some(l => (l.blockers.includes(a) && l.members.includes(b)) || (l.blockers.includes(b) && l.members.includes(a)))
  }

  mayRead (x: number): boolean {
    const r = this.w.reader
    const u = this.w.users[x]!
    return x === r || (!u.hideNetwork && (!u.private || (this.isFollowing(r, x) && !this.blocked(r, x))))
  }

  visible (a: number, b: number): boolean { return !this.blocked(a, b) && (this.mayRead(a) || this.mayRead(b)) }

  friends (x: number): number {
    let n = 0
    for (let y = 0; y < userCount; y++) if (this.isFollowing(x, y) && this.isFollowing(y, x) && !this.blocked(x, y)) n++
    return n
  }

  /** Pairs of follows invisible to the reader whose swap keeps every count and creates only invisible follows. */
  swaps (): Array<[[number, number], [number, number]]> {
    const hidden = [...this.follows].map(k => k.split('>').map(Number) as [number, number])
      .filter(([a, b]) => !this.blocked(a, b) && !this.visible(a, b))
    const out: Array<[[number, number], [number, number]]> = []
    for (const [a, b] of hidden) {
      for (const [c, d] of hidden) {
        if (a >= c || b === d || a === d || c === b) continue
        if (this.isFollowing(a, d) || this.isFollowing(c, b) || this.blocked(a, d) || this.blocked(c, b)) continue
        const before = Array.from({ length: userCount }, (_, x) => this.friends(x))
        this.follows.delete(`${a}>${b}`); this.follows.delete(`${c}>${d}`); this.follows.add(`${a}>${d}`); this.follows.add(`${c}>${b}`)
        const same = before.every((n, x) => n === this.friends(x)) && this.visible(a, d) === false && this.visible(c, b) === false
        this.follows.add(`${a}>${b}`); this.follows.add(`${c}>${d}`); this.follows.delete(`${a}>${d}`); this.follows.delete(`${c}>${b}`)
        if (same) out.push([[a, b], [c, d]])
      }
    }
    return out
  }
}

interface Read { key: string, route: string, url: string }

/** Every GET under /v1 of the OpenAPI document, with every binding of its path parameters in this world. */
function readsOf (doc: { paths: Record<string, Record<string, { parameters?: Array<{ in: string, name: string, required?: boolean, schema?: { enum?: string[] } }> }>> }, ids: string[], usernames: string[], lists: string[]): Read[] {
  const bindings = (name: string): string[] => {
    if (name === 'username') return usernames
    if (name === 'list') return lists
    if (['id', 'target', 'owner', 'member', 'follower', 'requester'].includes(name)) return ids
    return [...ids, ...lists]
  }
  const reads: Read[] = []
  for (const [route, ops] of Object.entries(doc.paths)) {
    const op = ops.get
    if (op === undefined || !route.startsWith('/v1/')) continue
    const params = (op.parameters ?? []).filter(p => p.in === 'path').map(p => p.name)
    const query = new URLSearchParams()
    for (const q of (op.parameters ?? []).filter(p => p.in === 'query' && p.required === true)) {
      query.set(q.name, q.name === 'ids' ? ids.join(',') : q.schema?.enum?.[0] ?? ids[0]!)
    }
    const variants = [query.toString()]
    if ((op.parameters ?? []).some(p => p.in === 'query' && p.name === 'includeBlocked')) {
      const withBlocked = new URLSearchParams(query)
      withBlocked.set('includeBlocked', 'true')
      variants.push(withBlocked.toString())
    }
    let paths = [route]
    for (const name of params) paths = paths.flatMap(p => bindings(name).map(v => p.replace(`{${name}}`, v)))
    for (const path of paths) {
      for (const q of variants) {
        const url = q === '' ? path : `${path}?${q}`
        reads.push({ key: url, route, url })
      }
    }
  }
  return reads
}

/**
 * An answer as compared: status and body, cursors aside. Suggestions' popular fill-ins (mutualCount 0) come from
 * the whole database's public counts, which the other test files change while this one runs: left out.
 */
function normalized (route: string, status: number, body: string): string {
  if (body === '') return `${status}`
  let json: unknown
  try { json = JSON.parse(body) } catch { return `${status} ${body}` }
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip)
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'nextCursor' ? x !== null : strip(x)]))
    }
    return v
  }
  const value = strip(json) as { items?: Array<{ mutualCount?: number }> }
  if (route.endsWith('/suggestions') && Array.isArray(value.items)) value.items = value.items.filter(i => i.mutualCount !== 0)
  return `${status} ${JSON.stringify(value)}`
}

async function readAll (app: FastifyInstance, reads: Read[], headers: Record<string, string>): Promise<Map<string, string>> {
  const answers = new Map<string, string>()
  for (let i = 0; i < reads.length; i += 8) {
    await Promise.all(reads.slice(i, i + 8).map(async r => {
      const res = await app.inject({ method: 'GET', url: r.url, headers })
      answers.set(r.key, normalized(r.route, res.statusCode, res.body))
    }))
  }
  return answers
}

async function follow (app: FastifyInstance, a: string, b: string): Promise<void> {
  const res = await call(app, 'PUT', `/v1/users/${a}/following/${b}`, as(a))
  if (res.status === 202) {
    const accepted = await call(app, 'POST', `/v1/users/${b}/follow-requests/${a}/accept`, as(b))
    if (accepted.status !== 200) throw new Error(`accept ${a} -> ${b}: ${accepted.status}`)
  } else if (res.status !== 201) throw new Error(`follow ${a} -> ${b}: ${res.status} ${JSON.stringify(res.body)}`)
}

async function ok (what: string, p: Promise<{ status: number, body: unknown }>): Promise<void> {
  const res = await p
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
}

t.test('a reader learns nothing from follows it may not see, on any read route', async t => {
  t.setTimeout(600_000)
  const app = await build(t)
  const doc = (await app.inject({ url: '/openapi.json' })).json()
  let worlds = 0
  const caught = new Set<string>()

  await fc.assert(fc.asyncProperty(world, async w => {
    const model = new Model(w)
    const swaps = model.swaps()
    fc.pre(swaps.length > 0)
    const [[a, b], [c, d]] = swaps[w.pick % swaps.length]!
    const p = uid('ni')
    const ids = Array.from({ length: userCount }, (_, i) => `${p}_${i}`)
    const usernames = ids.map(id => id.replace(/-/g, '_').slice(0, 24))
    await importRows(app, [
      ...ids.map((id, i) => ({ user: { id, username: usernames[i] } })),
      ...w.follows.map(([x, y]) => ({ follow: { from: ids[x], to: ids[y] } })),
      ...w.blocks.map(([x, y]) => ({ block: { from: ids[x], to: ids[y] } })),
      ...w.mutes.map(([x, y]) => ({ mute: { from: ids[x], to: ids[y] } }))
    ])
    for (const [i, l] of w.lists.entries()) {
      const owner = ids[l.owner]!
      await ok('list', call(app, 'PUT', `/v1/users/${owner}/lists/l${i}`, as(owner), { name: `l${i}`, purpose: 'moderation' }))
      for (const m of l.members) await ok('member', call(app, 'PUT', `/v1/users/${owner}/lists/l${i}/members/${ids[m]}`, as(owner)))
      for (const s of l.blockers) await ok('list block', call(app, 'PUT', `/v1/users/${ids[s]}/list-blocks/${owner}/l${i}`, as(ids[s]!)))
      for (const s of l.muters) await ok('list mute', call(app, 'PUT', `/v1/users/${ids[s]}/list-mutes/${owner}/l${i}`, as(ids[s]!)))
    }
    for (const [i, u] of w.users.entries()) {
      await ok('flags', call(app, 'PATCH', `/v1/users/${ids[i]}`, as(ids[i]!), { private: u.private, hideNetwork: u.hideNetwork, discoverable: u.discoverable }))
    }
    const followsNow = async (): Promise<string[]> => (await app.db.run<{ a: string, b: string, edges: Array<{ type: string }> }>(edgesAmong, { ids }))
      .filter(r => r.edges.some(e => e.type === 'FOLLOWS')).map(r => `${ids.indexOf(r.a)}>${ids.indexOf(r.b)}`).sort()
    t.same(await followsNow(), [...model.follows].sort(), 'the world holds the model\'s follows')

    const reader = as(ids[w.reader]!, 'graph:read')
    const reads = readsOf(doc, ids, usernames, [...w.lists.keys()].map(i => `l${i}`).concat('nope'))
    const before = await readAll(app, reads, reader)
    await ok('unfollow', call(app, 'DELETE', `/v1/users/${ids[a]}/following/${ids[b]}`, as(ids[a]!)))
    await ok('unfollow', call(app, 'DELETE', `/v1/users/${ids[c]}/following/${ids[d]}`, as(ids[c]!)))
    await follow(app, ids[a]!, ids[d]!)
    await follow(app, ids[c]!, ids[b]!)
    model.follows.delete(`${a}>${b}`); model.follows.delete(`${c}>${d}`); model.follows.add(`${a}>${d}`); model.follows.add(`${c}>${b}`)
    t.same(await followsNow(), [...model.follows].sort(), 'the swap is made')
    const after = await readAll(app, reads, reader)

    const differ = reads.filter(r => before.get(r.key) !== after.get(r.key))
    for (const r of differ) caught.add(r.route)
    t.same(differ.map(r => ({ url: r.url, before: before.get(r.key), after: after.get(r.key) })), [],
      `world ${worlds}: ${reads.length} reads by ${w.reader} unchanged by swapping ${a}>${b}, ${c}>${d}`)
    worlds++
    return differ.length === 0
  }), { numRuns: runs, seed, endOnFailure: true, maxSkipsPerRun: 200 }).catch((err: unknown) => {
    t.fail(`routes that answered differently: ${[...caught].join(', ')}\n${err instanceof Error ? err.message.slice(0, 2000) : String(err)}`)
  })
  t.ok(worlds >= runs || caught.size > 0, `${worlds} worlds walked`)
})
