import { Type, type Static } from 'typebox'
import { IsoTime } from './common.js'
import { ListItem } from './relationships.js'

export const MuteBody = Type.Object({
  until: Type.Optional(Type.String({ ...IsoTime, description: 'When the mute ends (ISO-8601, must be in the future); omitted: for ever' }))
}, { additionalProperties: false, description: 'Optional; an empty or absent body mutes for ever' })
export type MuteBody = Static<typeof MuteBody>

export const Mute = Type.Object({
  ...ListItem.properties,
  until: Type.Union([IsoTime, Type.Null()], { description: 'When the mute ends; null: for ever' })
}, { description: 'A muted user; `since`: when the mute began' })
export type Mute = Static<typeof Mute>
