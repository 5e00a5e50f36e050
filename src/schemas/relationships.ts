// Relationship routes (follow, block, their lists and lookups): params, query strings and answers.
import { Type, type Static } from 'typebox'
import { IsoTime, ListId, UserId, Username } from './common.js'
import { PageOf, pageQueryProperties } from './pagination.js'
import { Name } from './users.js'

export const TargetParams = Type.Object({ id: UserId, target: UserId })
export const FollowerParams = Type.Object({ id: UserId, follower: UserId })

export const FollowState = Type.Object({
  state: Type.Union([Type.Literal('following'), Type.Literal('requested')], {
    description: 'following: the edge exists; requested: a pending request to a private user'
  })
})
export type FollowState = Static<typeof FollowState>

export const BlockState = Type.Object({ state: Type.Literal('blocking') })

/** The members a bulk follow's `{list}` form takes: the first of the list as the actor reads it. */
export const bulkListMembers = 150

export const BulkFollow = Type.Union([
  Type.Object({
    targets: Type.Array(UserId, { minItems: 1, maxItems: 100, description: '1 to 100 user ids to follow; each is answered as a single PUT .../following/{target} would be' })
  }, { additionalProperties: false }),
  Type.Object({
    list: Type.Object({ owner: UserId, list: ListId }, {
      additionalProperties: false,
      description: `A list (a starter pack): its first ${bulkListMembers} members, newest first, as the actor reads the list`
    })
  }, { additionalProperties: false })
], { description: 'Follow many at once ("follow all"): given targets, or the members of a list' })

export const BulkFollowItem = Type.Object({
  target: UserId,
  status: Type.Integer({ description: 'The status a single PUT .../following/{target} answers: 200, 201, 202, or its 4xx' }),
  state: Type.Optional(FollowState.properties.state),
  code: Type.Optional(Type.String({ description: "The single PUT's error code (SELF_RELATION, USER_NOT_FOUND, BLOCKED_BY_TARGET, UNBLOCK_FIRST)" }))
})
export type BulkFollowItem = Static<typeof BulkFollowItem>

export const BulkFollowAnswer = Type.Object({ items: Type.Array(BulkFollowItem, { description: 'One per target, in the order given' }) })

const includeBlocked = Type.Optional(Type.Boolean({
  default: false,
  description: 'Also show edges hidden because the two users stand in a BLOCKS relation (own view: the user itself or a service token)'
}))

export const IncludeBlockedQuery = Type.Object({ includeBlocked }, { additionalProperties: false })

export const ListQuery = Type.Object({ ...pageQueryProperties, includeBlocked }, { additionalProperties: false })

export const ListItem = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  since: IsoTime
})
export type ListItem = Static<typeof ListItem>

export const ListPage = PageOf(ListItem)

const count = (description: string) => Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description })

export const Counts = Type.Object({
  followers: count('Length of the followers list (blocked edges left out); null to other users when the network is hidden'),
  following: count('Length of the following list; null to other users when the network is hidden'),
  friends: count('Length of the friends list; null to other users when the network is hidden'),
  blocks: count('Users this user blocks; null to readers other than the user itself and service tokens'),
  mutes: count('Unexpired mutes; null to readers other than the user itself and service tokens'),
  pendingRequests: count('Incoming pending follow requests; null to readers other than the user itself and service tokens')
}, { description: 'Each count equals the length of the matching list read by a service token; null where the reader may not see it' })
/** Counts as a reader is shown them: withheld ones are null. */
export type VisibleCounts = Static<typeof Counts>

const idList = '[A-Za-z0-9_-]{1,64}'

export const RelationshipsQuery = Type.Object({
  ids: Type.String({
    pattern: `^${idList}(,${idList}){0,99}$`,
    description: '1 to 100 comma-separated user ids; answered in this order (a repeated id is answered each time)'
  })
}, { additionalProperties: false })

const flag = (description: string) => Type.Boolean({ description })

export const Relationship = Type.Object({
  id: Type.String(),
  exists: flag('false for an unknown id (every flag is then false)'),
  following: flag('id FOLLOWS this user (raw edge: true even when hidden by a block)'),
  followedBy: flag('this user FOLLOWS id (raw edge)'),
  blocking: flag('id BLOCKS this user'),
  blockedBy: flag('this user BLOCKS id'),
  muting: flag('id MUTES this user (unexpired)'),
  requested: flag('id has a pending follow request to this user'),
  requestedBy: flag('this user has a pending follow request to id'),
  listBlocking: flag('id subscribes to a block list that holds this user (id then stands to it as if it BLOCKS it)'),
  listMuting: flag('id subscribes to a mute list that holds this user')
})
export type Relationship = Static<typeof Relationship>

export const Relationships = Type.Object({ items: Type.Array(Relationship) })
