// The change feed: entries, pages and the resume parameters.
import { Type, type Static } from 'typebox'
import { IsoTime, UserId } from './common.js'
import { ListRef } from './user-lists.js'

const L = Type.Literal
export const ChangeType = Type.Union([
  L('user.created'), L('user.updated'), L('user.deleted'),
  L('follow'), L('unfollow'), L('follow.requested'), L('follow.accepted'), L('follow.rejected'), L('follower.removed'),
  L('block'), L('unblock'), L('mute'), L('unmute'),
  L('list.created'), L('list.deleted'), L('list.member.added'), L('list.member.removed'),
  L('list.block'), L('list.unblock'), L('list.mute'), L('list.unmute')
], {
  description: 'What happened: user.* (actor = the user, target null) or actor did it to target. List events: ' +
    'list.created / list.deleted (actor the owner, target the list), list.member.added / list.member.removed (actor ' +
    'the owner, target the member), list.block / list.unblock / list.mute / list.unmute (actor the subscriber, target ' +
    'the list); a list is named "owner/list", and every list event also names it in `list`'
})
export type ChangeType = Static<typeof ChangeType>

export const Cursor = Type.String({ minLength: 1, maxLength: 512, description: 'Opaque, tamper-evident feed position (a next value)' })

export const Change = Type.Object({
  cursor: Type.String({ description: 'Resume after this change with ?after=<cursor>' }),
  at: IsoTime,
  type: ChangeType,
  actor: UserId,
  target: Type.Union([UserId, ListRef, Type.Null()], { description: 'A user id, or a list as "owner/list" (list events)' }),
  list: Type.Optional(Type.String({ ...ListRef, description: 'List events only: the list, as "owner/list"' }))
})
export type Change = Static<typeof Change>

export const ChangesPage = Type.Object({
  items: Type.Array(Change, { description: 'Oldest first' }),
  next: Type.String({ description: 'Where to resume: the last item\'s cursor, or `after` itself when nothing is new. Never null.' })
})
export type ChangesPage = Static<typeof ChangesPage>

export const ChangesQuery = Type.Object({
  after: Type.Optional(Cursor),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 }))
}, { additionalProperties: false })

export const ChangesStreamQuery = Type.Object({
  after: Type.Optional(Cursor),
  follow: Type.Optional(Type.Boolean({ default: false, description: 'Keep the stream open and send new changes as they become readable' }))
}, { additionalProperties: false })

export const ChangesLatest = Type.Object({ next: Type.String({ description: 'The feed\'s current end: read from here to see only what comes next' }) })
