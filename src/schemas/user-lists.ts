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
export type ListedIn = Static<typeof ListedIn>
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

// Pipelines: export rows (GET /v1/export/lists, /list-members, /list-subscriptions) and import lines, the same
// shapes, so an export re-imports as it is.

const givenTime = (what: string) => Type.String({ ...IsoTime, description: `${what}: kept when given; else now on creation` })

export const ImportList = Type.Object({
  owner: UserId,
  id: ListId,
  name: ListName,
  purpose: Purpose,
  description: Type.Optional(ListDescription),
  createdAt: Type.Optional(givenTime('When the list was created'))
}, { additionalProperties: false, description: 'A list, as PUT /v1/users/{owner}/lists/{id} (an omitted description is "")' })
export type ImportList = Static<typeof ImportList>

export const ImportMember = Type.Object({
  owner: UserId,
  list: ListId,
  member: UserId,
  since: Type.Optional(givenTime('When the member was added'))
}, { additionalProperties: false, description: 'A member of owner/list' })
export type ImportMember = Static<typeof ImportMember>

export const ImportSubscription = Type.Object({
  user: UserId,
  owner: UserId,
  list: ListId,
  since: Type.Optional(givenTime('When the subscription began'))
}, { additionalProperties: false, description: "user's subscription to the moderation list owner/list" })
export type ImportSubscription = Static<typeof ImportSubscription>

export const ExportList = Type.Object({ ...ImportList.properties, description: ListDescription, createdAt: IsoTime },
  { description: 'One NDJSON line of GET /v1/export/lists (an import line of kind list as it is)' })
export type ExportList = Static<typeof ExportList>

export const ExportMember = Type.Object({ ...ImportMember.properties, since: IsoTime },
  { description: 'One NDJSON line of GET /v1/export/list-members (an import line of kind member as it is)' })

export const ExportSubscription = Type.Object({ ...ImportSubscription.properties, type: SubscriptionKind, since: IsoTime },
  { description: 'One NDJSON line of GET /v1/export/list-subscriptions (an import line of kind listBlock or listMute, by type, as it is)' })

export const ExportListsQuery = Type.Object({
  after: Type.Optional(Type.String({ ...ListRef, description: 'Resume after this list: "<owner>/<id>" of the last row received' }))
}, { additionalProperties: false })

export const ExportMembersQuery = Type.Object({
  after: Type.Optional(Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64},[A-Za-z0-9_-]{1,64}$',
    description: 'Resume after this membership: "<owner>/<list>,<member>" of the last row received'
  }))
}, { additionalProperties: false })

export const ExportSubscriptionsQuery = Type.Object({
  type: SubscriptionKind,
  after: Type.Optional(Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64},[A-Za-z0-9_-]{1,64}/[A-Za-z0-9_-]{1,64}$',
    description: 'Resume after this subscription: "<user>,<owner>/<list>" of the last row received'
  }))
}, { additionalProperties: false })
