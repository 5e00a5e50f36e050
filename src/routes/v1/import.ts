// Bulk import for pipelines: an NDJSON body streamed line by line into batched writes (src/importer.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Readable } from 'node:stream'
import { UnsupportedImportType } from '../../errors.js'
import { importNdjson } from '../../importer.js'
import { ndjsonType } from '../../ndjson.js'
import { errors } from '../../schemas/common.js'
import { ImportQuery, ImportSummary } from '../../schemas/import.js'
import { rules } from '../../access-policy.js'

const importRoutes: FastifyPluginAsyncTypebox = async app => {
  // The body reaches the route as the raw request stream: not buffered, not bound by the JSON body limit.
  app.addContentTypeParser(ndjsonType, (_request, payload, done) => { done(null, payload) })

  app.post('/import', {
    config: { access: rules.admin },
    schema: {
      tags: ['pipelines'],
      summary: 'Bulk import of users and edges from NDJSON',
      description: [
        'Body `application/x-ndjson`, one object a line: `{"user": {id, username, name?, private?, createdAt?}}`, ',
        '`{"follow": {from, to, since?}}`, `{"request": {from, to, since?}}`, `{"block": {from, to, since?}}`, ',
        '`{"mute": {from, to, since?, until?}}`, and lists: `{"list": {owner, id, name, purpose, description?, createdAt?}}`, ',
        '`{"member": {owner, list, member, since?}}`, `{"listBlock": {user, owner, list, since?}}`, ',
        '`{"listMute": {user, owner, list, since?}}`. Blank lines are skipped; lines are numbered from 1.\n\n',
        'Each line is validated on its own and applied with the live API\'s rules: no relation to oneself ',
        '(SELF_RELATION); both users must exist, a user defined earlier in the same file counts (USER_NOT_FOUND); ',
        'usernames are unique case-insensitively (USERNAME_TAKEN); a follow or request where the target blocks the ',
        'actor is BLOCKED_BY_TARGET, where the actor blocks the target UNBLOCK_FIRST; a block removes the blocker\'s ',
        'follow and pending requests both ways (the target\'s follow stays, hidden). A user line replaces the user ',
        'as PUT does (createdAt kept unless given); becoming public accepts pending requests.\n\n',
        'Private targets: the import migrates established relations, so a `follow` line is a FOLLOWS edge even to a ',
        'private user (and replaces a pending request). A `request` line is exactly the API\'s follow: a REQUESTED ',
        'edge to a private user not yet followed, else FOLLOWS. An export of the graph re-imports as the same graph ',
        '(FOLLOWS rows as follow lines, REQUESTED rows as request lines; rows of GET /v1/export/lists, /list-members and ',
        '/list-subscriptions as list, member and listBlock/listMute lines), when imported in this order: users, lists, ',
        'edges, members, subscriptions (a follow line between users in a list block is refused like any follow).\n\n',
        'List lines are applied as the list routes do: a list keeps its purpose (PURPOSE_FIXED), a member or ',
        'subscription needs its list (LIST_NOT_FOUND), a subscription a moderation list (NOT_A_MODERATION_LIST), a ',
        'curation list refuses a user who blocks its owner (BLOCKED_BY_TARGET); a line for an existing membership or ',
        'subscription is a no-op (its since is taken when given). List lines go in batches of their own.\n\n',
        'Idempotent: edges are merged on the (from, to) pair; a given since/createdAt is kept, else the stored one; ',
        're-importing a file changes nothing and records no change; a line describing an edge that exists already ',
        '(even hidden) is applied as a no-op, only a line the file itself superseded (a follow it later blocks) is ',
        'refused the second time. Lines are applied as in file order, in batches of ',
        'up to 5,000 lines, one transaction each, every valid line whatever the bad ones; two batches run at once ',
        'when neither can change the other\'s outcome (no user lines, no pair of users in common). What the import changes ',
        '(user.created/updated, follow, follow.requested, follow.accepted, block, mute, list.created, list.member.added, ',
        'list.block, list.mute) goes to the change feed, ',
        'recorded in the same transactions, one feed entry per change (?changes=false skips that, for an initial load). A line longer than 64 KiB is refused. The answer counts the applied ',
        'lines per kind and lists the refused ones (the first 10,000; rejectedCount counts all). graph:admin.'
      ].join(''),
      consumes: [ndjsonType],
      querystring: ImportQuery,
      response: { 200: ImportSummary, ...errors(400, 401, 403, 415, 503) }
    }
  }, async request => {
    const body = request.body as unknown
    if (typeof (body as Readable | null)?.pipe !== 'function') throw new UnsupportedImportType(request.headers['content-type'] ?? '')
    return await importNdjson(app.db, body as Readable, { recordChanges: request.query.changes ?? true })
  })
}

export default importRoutes
