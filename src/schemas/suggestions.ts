// Who-to-follow suggestions.
import { Type, type Static } from 'typebox'
import { UserId, Username } from './common.js'
import { Name } from './users.js'

export const SuggestionReason = Type.Object({
  kind: Type.Union([Type.Literal('followed-by'), Type.Literal('follows-you'), Type.Literal('network'), Type.Literal('popular')], {
    description: 'followed-by: users the reader follows follow it; follows-you: it follows the user; network: reached ' +
      'through the follow graph further out; popular: among the most-followed users'
  }),
  text: Type.String({ description: 'The reason in words a client can show: "followed by alice, bob and 3 others you follow", "followed by 2 people you follow", "follows you", "in your wider network", "popular"' }),
  users: Type.Array(UserId, { maxItems: 3, description: 'followed-by: the users named in text, in that order (those of via the reader may see named); empty otherwise' })
})
export type SuggestionReason = Static<typeof SuggestionReason>

export const Suggestion = Type.Object({
  id: UserId,
  username: Username,
  name: Name,
  score: Type.Number({ minimum: 0, maximum: 1, description: 'Precomputed: relative to the best candidate (1); friends of friends: mutualCount / the number of sampled followings; 0 for popular fill-ins' }),
  mutualCount: Type.Integer({ minimum: 0, description: 'How many of the sampled followings follow this user' }),
  via: Type.Array(UserId, { maxItems: 3, description: 'Up to 3 of those followings, most recently followed first' }),
  why: Type.Array(SuggestionReason, {
    minItems: 1,
    maxItems: 2,
    description: 'Why it is suggested, strongest first: followed-by and follows-you when they hold (both may), else network ' +
      'or popular. Under the reader view (API.md v1.2): only follows the reader may see count, only users the reader ' +
      'may see named are named (the others are counted), and never a user in a block relation with the user'
  })
})
export type Suggestion = Static<typeof Suggestion>

export const Suggestions = Type.Object({ items: Type.Array(Suggestion) })

export const SuggestionsQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 }))
}, { additionalProperties: false })
