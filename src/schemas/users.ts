import { Type, type Static } from 'typebox'
import { IsoTime, UserId, Username } from './common.js'

export const Name = Type.String({ maxLength: 65, description: 'Display name, 0-65 characters' })

export const User = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  private: Type.Boolean({ description: 'Private accounts approve their followers' }),
  createdAt: IsoTime
})
export type User = Static<typeof User>

export const UserPut = Type.Object({
  username: Username,
  name: Type.Optional(Name),
  private: Type.Optional(Type.Boolean({ default: false }))
}, { additionalProperties: false, description: 'The whole user: omitted name is "", omitted private is false' })
export type UserPut = Static<typeof UserPut>

export const UserPatch = Type.Object({
  username: Type.Optional(Username),
  name: Type.Optional(Name),
  private: Type.Optional(Type.Boolean())
}, { additionalProperties: false, description: 'Only the fields given change; private -> public accepts every pending request' })
export type UserPatch = Static<typeof UserPatch>

export const UserParams = Type.Object({ id: UserId })
export const UsernameParams = Type.Object({ username: Username })
