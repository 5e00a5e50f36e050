// Export: NDJSON rows of users and edges, and the resume parameters.
import { Type, type Static } from 'typebox'
import { IsoTime, UserId } from './common.js'
import { User } from './users.js'

export const EdgeType = Type.Union([Type.Literal('FOLLOWS'), Type.Literal('BLOCKS'), Type.Literal('MUTES'), Type.Literal('REQUESTED')],
  { description: 'An edge type' })
export type EdgeType = Static<typeof EdgeType>
export const edgeTypes: EdgeType[] = ['FOLLOWS', 'BLOCKS', 'MUTES', 'REQUESTED']

export const ExportUser = Type.Object({ ...User.properties }, { description: 'One NDJSON line of GET /v1/export/users' })
export type ExportUser = Static<typeof ExportUser>

export const ExportEdge = Type.Object({
  from: UserId,
  to: UserId,
  type: EdgeType,
  since: IsoTime,
  until: Type.Optional(Type.Union([IsoTime, Type.Null()], { description: 'MUTES only: when the mute ends (null: for ever)' }))
}, { description: 'One NDJSON line of GET /v1/export/edges' })
export type ExportEdge = Static<typeof ExportEdge>

export const ExportUsersQuery = Type.Object({
  after: Type.Optional(Type.String({ ...UserId, description: 'Resume after this user id (the last id received)' }))
}, { additionalProperties: false })

export const ExportEdgesQuery = Type.Object({
  type: EdgeType,
  after: Type.Optional(Type.String({
    pattern: '^[A-Za-z0-9_-]{1,64},[A-Za-z0-9_-]{1,64}$',
    description: 'Resume after this edge: "<from>,<to>" of the last row received'
  }))
}, { additionalProperties: false })
