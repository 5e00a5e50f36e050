// Similar accounts ("people who follow id also follow").
import { Type, type Static } from 'typebox'
import { UserId, Username } from './common.js'
import { Name } from './users.js'

export const SimilarAccount = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  score: Type.Number({ minimum: 0, maximum: 1, description: 'Overlap of the two accounts\' followers (Jaccard, estimated from samples): 1 = the same followers' })
})
export type SimilarAccount = Static<typeof SimilarAccount>

export const SimilarAccounts = Type.Object({ items: Type.Array(SimilarAccount) })

export const SimilarQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 }))
}, { additionalProperties: false })
