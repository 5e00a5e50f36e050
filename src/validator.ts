// Request validation: TypeBox, with querystrings and path parameters converted from text first. TypeBox's
// conversion is lenient with integers ("1.5" -> 1, "0x10" -> 16, "1e2" -> 100); an integer parameter must be
// written as one, so anything else is refused before conversion (400 VALIDATION naming the field).
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox'
import type { FastifySchemaCompiler } from 'fastify'
import type { TSchema } from 'typebox'

const integerText = /^-?\d{1,16}$/

type Compiler = FastifySchemaCompiler<TSchema>

export const validatorCompiler: Compiler = route => {
  const check = TypeBoxValidatorCompiler(route)
  if (route.httpPart === 'body') return check
  const properties = (route.schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}
  const integers = Object.keys(properties).filter(name => properties[name]?.type === 'integer')
  if (integers.length === 0) return check
  return value => {
    const raw = value as Record<string, unknown> | null | undefined
    for (const name of integers) {
      const v = raw?.[name]
      if (typeof v === 'string' && !integerText.test(v)) {
        return { error: [{ keyword: 'type', instancePath: `/${name}`, schemaPath: `#/properties/${name}/type`, params: { type: 'integer' }, message: 'must be an integer' }] }
      }
    }
    return check(value)
  }
}
