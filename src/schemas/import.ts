// Import: the NDJSON line kinds of POST /v1/import and its answer.
import { Type, type Static } from 'typebox'
import { IsoTime, UserId, Username } from './common.js'
import { Name } from './users.js'
import { ImportList, ImportMember, ImportSubscription } from './user-lists.js'

export const ImportUser = Type.Object({
  id: UserId,
  username: Username,
  name: Type.Optional(Name),
  private: Type.Optional(Type.Boolean()),
  hideNetwork: Type.Optional(Type.Boolean()),
  discoverable: Type.Optional(Type.Boolean()),
  createdAt: Type.Optional(Type.String({ ...IsoTime, description: 'Kept when given (an export round-trips); else now on creation' }))
}, { additionalProperties: false })
export type ImportUser = Static<typeof ImportUser>

export const ImportEdge = Type.Object({
  from: UserId,
  to: UserId,
  since: Type.Optional(Type.String({ ...IsoTime, description: 'Kept when given; else the stored edge keeps its own (now when new)' }))
}, { additionalProperties: false })
export type ImportEdge = Static<typeof ImportEdge>

export const ImportMute = Type.Object({
  ...ImportEdge.properties,
  until: Type.Optional(Type.Union([IsoTime, Type.Null()], { description: 'When the mute ends; absent or null: for ever' }))
}, { additionalProperties: false })
export type ImportMute = Static<typeof ImportMute>

/** The line kinds, each `{"<kind>": {...}}`. */
export const importKinds = {
  user: ImportUser,
  follow: ImportEdge,
  request: ImportEdge,
  block: ImportEdge,
  mute: ImportMute,
  list: ImportList,
  member: ImportMember,
  listBlock: ImportSubscription,
  listMute: ImportSubscription
}
export type ImportKind = keyof typeof importKinds

/**
 * One line of the POST /v1/import body, for the OpenAPI document (the route reads the body as a stream, so
 * it is not validated as a whole: each line is checked on its own, src/import/parse-line.ts).
 */
export const ImportLine = Type.Union(
  Object.entries(importKinds).map(([kind, schema]) => Type.Object({ [kind]: schema }, { additionalProperties: false })),
  { description: 'One NDJSON line: exactly one of user, follow, request, block, mute, list, member, listBlock, listMute (a row of GET /v1/export/users, /edges, /lists, /list-members or /list-subscriptions is taken as well)' }
)

export const Rejection = Type.Object({
  line: Type.Integer({ minimum: 1, description: 'Line number in the body, counted from 1' }),
  code: Type.String({ description: 'VALIDATION, SELF_RELATION, USER_NOT_FOUND, USERNAME_TAKEN, BLOCKED_BY_TARGET, UNBLOCK_FIRST, LIST_NOT_FOUND, PURPOSE_FIXED, NOT_A_MODERATION_LIST' }),
  message: Type.String()
})
export type Rejection = Static<typeof Rejection>

export const ImportSummary = Type.Object({
  users: Type.Integer({ description: 'User lines applied (created, updated or already so)' }),
  follows: Type.Integer({ description: 'Follow lines applied' }),
  requests: Type.Integer({ description: 'Request lines applied (as REQUESTED, or FOLLOWS to a public user)' }),
  blocks: Type.Integer({ description: 'Block lines applied' }),
  mutes: Type.Integer({ description: 'Mute lines applied' }),
  lists: Type.Integer({ description: 'List lines applied (created, updated or already so)' }),
  members: Type.Integer({ description: 'Member lines applied' }),
  listBlocks: Type.Integer({ description: 'listBlock lines applied (block subscriptions)' }),
  listMutes: Type.Integer({ description: 'listMute lines applied (mute subscriptions)' }),
  rejected: Type.Array(Rejection, { description: 'Refused lines in line order (the first 10,000)' }),
  rejectedCount: Type.Integer({ description: 'All refused lines (rejected lists at most 10,000 of them)' })
})
export type ImportSummary = Static<typeof ImportSummary>

export const ImportQuery = Type.Object({
  changes: Type.Optional(Type.Boolean({
    default: true,
    description: 'Record what the import changes in the change feed (default). false: an initial load that feed readers need not replay (about twice the rate)'
  }))
}, { additionalProperties: false })
