// Shortcuts for the relationship tests: acting through the HTTP API only.
import type { FastifyInstance } from 'fastify'
import { as, createUsers, service, uid } from './helper.js'
import type { Answer, Op } from './model/graph-model.js'
import type { SocialOp } from './model/social-model.js'

export interface Call { status: number, body: any }

export async function call (app: FastifyInstance, method: 'GET' | 'PUT' | 'DELETE' | 'PATCH' | 'POST', url: string, headers: Record<string, string>, payload?: unknown): Promise<Call> {
  const res = await app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as Record<string, unknown> }) })
  return { status: res.statusCode, body: res.body === '' ? null : res.json() }
}

/** `n` fresh users (public unless `body` says otherwise). */
export async function freshUsers (app: FastifyInstance, n: number, body: Record<string, unknown> = {}): Promise<string[]> {
  return await createUsers(app, Array.from({ length: n }, () => uid()), body)
}

export const follow = async (app: FastifyInstance, a: string, b: string): Promise<Call> => await call(app, 'PUT', `/v1/users/${a}/following/${b}`, as(a))
export const unfollow = async (app: FastifyInstance, a: string, b: string): Promise<Call> => await call(app, 'DELETE', `/v1/users/${a}/following/${b}`, as(a))
export const block = async (app: FastifyInstance, a: string, b: string): Promise<Call> => await call(app, 'PUT', `/v1/users/${a}/blocks/${b}`, as(a))
export const unblock = async (app: FastifyInstance, a: string, b: string): Promise<Call> => await call(app, 'DELETE', `/v1/users/${a}/blocks/${b}`, as(a))
export const removeFollower = async (app: FastifyInstance, a: string, f: string): Promise<Call> => await call(app, 'DELETE', `/v1/users/${a}/followers/${f}`, as(a))

export type ListName = 'followers' | 'following' | 'friends' | 'blocks'

/** Every page of a list, concatenated: the ids in list order. */
export async function listIds (app: FastifyInstance, id: string, list: ListName, headers = service(), query = ''): Promise<string[]> {
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const q: string = `?limit=1000${query}${cursor !== null ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const res = await call(app, 'GET', `/v1/users/${id}/${list}${q}`, headers)
    if (res.status !== 200) throw new Error(`${list} of ${id}: ${res.status} ${JSON.stringify(res.body)}`)
    ids.push(...res.body.items.map((i: { id: string }) => i.id))
    cursor = res.body.nextCursor
  } while (cursor !== null)
  return ids
}

export async function counts (app: FastifyInstance, id: string): Promise<Record<string, number>> {
  const res = await call(app, 'GET', `/v1/users/${id}/counts`, service())
  if (res.status !== 200) throw new Error(`counts of ${id}: ${res.status}`)
  return res.body
}

type Method = 'GET' | 'PUT' | 'DELETE' | 'PATCH'

/** Sends one request somehow (inject, or a real socket) and answers status and parsed body. */
export type Requester = (method: Method, url: string, headers: Record<string, string>, payload?: unknown) => Promise<Call>

export const injector = (app: FastifyInstance): Requester => async (method, url, headers, payload) => await call(app, method, url, headers, payload)

/** Requests over a real socket to a listening app (e.g. `await app.listen({ port: 0 })`). */
export const overSocket = (base: string): Requester => async (method, url, headers, payload) => {
  const res = await fetch(base + url, {
    method,
    headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json' }) },
    ...(payload !== undefined && { body: JSON.stringify(payload) })
  })
  const text = await res.text()
  return { status: res.status, body: text === '' ? null : JSON.parse(text) }
}

const opRoutes = {
  follow: ['PUT', 'following'],
  unfollow: ['DELETE', 'following'],
  block: ['PUT', 'blocks'],
  unblock: ['DELETE', 'blocks'],
  removeFollower: ['DELETE', 'followers']
} as const

/** Applies a model operation through the API; answers it in the model's terms (status, code or state). */
export async function applyOp (request: Requester, op: Op): Promise<Answer> {
  let res: Call
  if (op.kind === 'setPrivate') {
    res = await request('PATCH', `/v1/users/${op.a}`, as(op.a), { private: op.value })
  } else {
    const [method, path] = opRoutes[op.kind]
    res = await request(method, `/v1/users/${op.a}/${path}/${op.b}`, as(op.a))
  }
  const answer: Answer = { status: res.status }
  if (res.status >= 400) answer.code = res.body.code
  else if (op.kind === 'follow' || op.kind === 'block') answer.state = res.body.state
  return answer
}

/** Applies a social-model operation (accept, reject, mute, unmute, or a relationship op) through the API. */
export async function applySocialOp (app: FastifyInstance, op: SocialOp): Promise<Answer> {
  if (op.kind === 'accept' || op.kind === 'reject') {
    const res = await app.inject({ method: 'POST', url: `/v1/users/${op.a}/follow-requests/${op.b}/${op.kind}`, headers: as(op.a) })
    const body = res.body === '' ? null : res.json()
    return res.statusCode >= 400 ? { status: res.statusCode, code: body.code } : { status: res.statusCode, ...(body?.state !== undefined && { state: body.state }) }
  }
  if (op.kind === 'mute' || op.kind === 'unmute') {
    const res = await call(app, op.kind === 'mute' ? 'PUT' : 'DELETE', `/v1/users/${op.a}/mutes/${op.b}`, as(op.a))
    return res.status >= 400 ? { status: res.status, code: res.body.code } : { status: res.status }
  }
  return await applyOp(injector(app), op)
}
