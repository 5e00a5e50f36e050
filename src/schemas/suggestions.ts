// Who-to-follow suggestions.
import { Type, type Static } from 'typebox'
import { UserId, Username } from './common.js'
import { Name } from './users.js'

export const Suggestion = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  score: Type.Number({ minimum: 0, maximum: 1, description: 'Precomputed: relative to the best candidate (1); friends of friends: mutualCount / the number of sampled followings; 0 for popular fill-ins' }),
  mutualCount: Type.Integer({ minimum: 0, description: 'How many of the sampled followings follow this user' }),
  via: Type.Array(UserId, { maxItems: 3, description: 'Up to 3 of those followings, most recently followed first' })
})
export type Suggestion = Static<typeof Suggestion>

export const Suggestions = Type.Object({ items: Type.Array(Suggestion) })

export const SuggestionsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 }))
}, { additionalProperties: false })
