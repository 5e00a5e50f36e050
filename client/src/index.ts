// The follow-graph service's typed client: openapi-fetch over the types generated from the service's own
// OpenAPI document (schema.ts). Every call is typed by its path and method: path and query parameters, the
// body, and the answer per status, including the error body `{ statusCode, code, error, message }`.
//
//   const graph = createGraphClient({ baseUrl: 'http://follow-graph:3000', token: () => tokens.current() })
//   const { data, error, response } = await graph.PUT('/v1/users/{id}/following/{target}', {
//     params: { path: { id: 'alice', target: 'bob' } }
//   })
//   if (error !== undefined) throw new Error(`${response.status} ${error.code}`)   // e.g. 403 BLOCKED_BY_TARGET
//   data.state                                                                      // 'following' | 'requested'
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { paths } from './schema.js'

export type { components, operations, paths } from './schema.js'

export type GraphClient = Client<paths>

/** Every error answer of the service: a stable UPPER_SNAKE `code` (USER_NOT_FOUND, VALIDATION, ...). */
export type ErrorBody = paths['/v1/users/{id}']['get']['responses'][404]['content']['application/json']

export interface GraphClientOptions extends ClientOptions {
  /** The service's root, e.g. `http://follow-graph:3000` (paths start with /v1). */
  baseUrl: string
  /** The bearer token (a JWT), or a function answering one for each request (tokens that expire). */
  token?: string | (() => string | Promise<string>)
}

export function createGraphClient ({ token, ...options }: GraphClientOptions): GraphClient {
  const client = createClient<paths>(options)
  if (token !== undefined) {
    client.use({
      async onRequest ({ request }) {
        request.headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`)
        return request
      }
    })
  }
  return client
}
