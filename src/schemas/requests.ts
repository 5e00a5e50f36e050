import { Type } from 'typebox'
import { UserId } from './common.js'

export const RequestParams = Type.Object({ id: UserId, requester: UserId })

export const Accepted = Type.Object({ state: Type.Literal('following') })
