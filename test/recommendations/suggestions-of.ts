// Reads GET /v1/users/{id}/suggestions for the suggestion tests (as the user itself unless headers say otherwise).
import type { FastifyInstance } from 'fastify'
import type { Suggestion } from '../../src/schemas/suggestions.js'
import { as } from '../helper.js'

export async function suggestionsOf (app: FastifyInstance, id: string, limit = 20, headers = as(id, 'graph:read')): Promise<Suggestion[]> {
  const res = await app.inject({ url: `/v1/users/${id}/suggestions`, query: { limit: String(limit) }, headers })
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`)
  return res.json().items
}
