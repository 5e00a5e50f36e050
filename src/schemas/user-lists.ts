// Lists and moderation lists (API.md, "Lists and moderation lists"): params, bodies and answers.
import { Type, type Static } from 'typebox'
import { IsoTime, ListId, UserId } from './common.js'
import { PageOf } from './pagination.js'
import { ListItem } from './relationships.js'

export { ListId }

/** A list named across owners: "<owner>/<list>" (the change feed's target of list events). */
export const ListRef = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}$',
  description: 'A list as "<owner>/<list>"'
})

export const Purpose = Type.Union([Type.Literal('curation'), Type.Literal('moderation')], {
  description: 'curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation'
})
export type Purpose = Static<typeof Purpose>

export const ListName = Type.String({ minLength: 1, maxLength: 64, description: 'Display name, 1-64 characters' })
export const ListDescription = Type.String({ maxLength: 300, description: 'Free text, 0-300 characters' })

export const ListParams = Type.Object({ id: UserId, list: ListId })
export const MemberParams = Type.Object({ id: UserId, list: ListId, member: UserId })
export const SubscriptionParams = Type.Object({ id: UserId, owner: UserId, list: ListId })

export const ListPut = Type.Object({
  name: ListName,
  purpose: Purpose,
  description: Type.Optional(ListDescription)
}, { additionalProperties: false, description: 'The whole list: an omitted description is ""; the purpose of an existing list cannot change (409 PURPOSE_FIXED)' })
export type ListPut = Static<typeof ListPut>

export const List = Type.Object({
  id: ListId,
  owner: UserId,
  name: ListName,
  purpose: Purpose,
  description: ListDescription,
  memberCount: Type.Integer({ minimum: 0, description: 'Members, from the degree store' }),
  createdAt: IsoTime
})
export type List = Static<typeof List>

export const ListPage = PageOf(List)

/** A list that holds a user (listed-in): when the user was added. */
export const ListedIn = Type.Object({
  id: ListId,
  owner: UserId,
  name: ListName,
  purpose: Purpose,
  since: Type.String({ ...IsoTime, description: 'When the user was added to the list' })
})
export const ListedInPage = PageOf(ListedIn)

/** A list a user subscribes to as a block or mute list: the list, and when the subscription began. */
export const Subscription = Type.Object({
  ...List.properties,
  since: Type.String({ ...IsoTime, description: 'When the subscription began' })
})
export type Subscription = Static<typeof Subscription>
export const SubscriptionPage = PageOf(Subscription)

/** A list's member as the members page shows it. */
export const Member = ListItem
export const MemberPage = PageOf(Member)

export const SubscriptionKind = Type.Union([Type.Literal('block'), Type.Literal('mute')])
export type SubscriptionKind = Static<typeof SubscriptionKind>
