import { Type, type Static } from 'typebox'
import { IsoTime, UserId, Username } from './common.js'

export const Name = Type.String({ maxLength: 65, description: 'Display name, 0-65 characters' })

const hideNetworkDescription = 'Hides followers, following and friends (and what is derived from them) from other users, ' +
  'even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others'
const discoverableDescription = 'false: never suggested to anyone (suggestions, cold start, similar accounts)'

export const User = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  private: Type.Boolean({ description: 'Private accounts approve their followers; only they read its followers and following' }),
  hideNetwork: Type.Boolean({ description: hideNetworkDescription }),
  discoverable: Type.Boolean({ description: discoverableDescription }),
  createdAt: IsoTime
})
export type User = Static<typeof User>

export const UserPut = Type.Object({
  username: Username,
  name: Type.Optional(Name),
  private: Type.Optional(Type.Boolean({ default: false })),
  hideNetwork: Type.Optional(Type.Boolean({ default: false, description: hideNetworkDescription })),
  discoverable: Type.Optional(Type.Boolean({ default: true, description: discoverableDescription }))
}, { additionalProperties: false, description: 'The whole user: omitted name is "", omitted private and hideNetwork are false, omitted discoverable is true' })
export type UserPut = Static<typeof UserPut>

export const UserPatch = Type.Object({
  username: Type.Optional(Username),
  name: Type.Optional(Name),
  private: Type.Optional(Type.Boolean()),
  hideNetwork: Type.Optional(Type.Boolean({ description: hideNetworkDescription })),
  discoverable: Type.Optional(Type.Boolean({ description: discoverableDescription }))
}, { additionalProperties: false, description: 'Only the fields given change; private -> public accepts every pending request (one hidden by a block list is dropped)' })
export type UserPatch = Static<typeof UserPatch>

export const UserParams = Type.Object({ id: UserId })
export const UsernameParams = Type.Object({ username: Username })
