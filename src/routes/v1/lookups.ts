// Counts and the batch relationship lookup (API.md, Counts and lookups).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { errors } from '../../schemas/common.js'
import { Counts, Relationships, RelationshipsQuery } from '../../schemas/relationships.js'
import { UserParams } from '../../schemas/users.js'
import { rules } from '../../access-policy.js'

const tags = ['lookups']

const lookups: FastifyPluginAsyncTypebox = async app => {
  const graph = app.graph

  app.get('/users/:id/counts', {
    config: { access: rules.read },
    schema: {
      tags,
      summary: "A user's counts",
      description: 'Each count equals the length of the matching list read by a service token with default parameters ' +
        '(edges between users in a block relation left out: a BLOCKS either way, or a block list either way). `blocks` and ' +
        '`mutes` count the user\'s own BLOCKS and MUTES (its list subscriptions are GET .../list-blocks, .../list-mutes). ' +
        'Public, also for private users. Answered from the degree store and per-user counters of hidden edges: cheap at ' +
        'any size, whatever the size of the lists involved.',
      params: UserParams,
      response: { 200: Counts, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => await graph.counts(request.params.id, request.principal))

  app.get('/users/:id/relationships', {
    config: { access: rules.ownView('id') },
    schema: {
      tags,
      summary: 'How id relates to each of up to 100 users (own view)',
      description: 'Raw edges (a follow hidden by a block shows as true), in the order asked; an unknown id answers ' +
        'exists: false with every flag false. listBlocking / listMuting: id subscribes to a block (mute) list that holds ' +
        'the user (never true of id itself).',
      params: UserParams,
      querystring: RelationshipsQuery,
      response: { 200: Relationships, ...errors(400, 401, 403, 404, 503) }
    }
  }, async request => ({ items: await graph.relationships(request.params.id, request.query.ids.split(',')) }))
}

export default lookups
