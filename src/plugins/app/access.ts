// The access policy enforced for every route of the /v1 scope (registered inside it in src/app.ts): one hook
// authenticates every request (a route added without a rule is still authenticated) and checks the route's
// declared rule (`config.access`, see src/access-policy.ts); once the query string is validated, a second hook
// checks `includeBlocked` and, for user tokens, the private-account and hidden-network rules of the users the
// route reveals. Routes declare only their rule; none decides access itself.
import fp from 'fastify-plugin'
import { checkNetworks, checkRule, ruleOf, subjectsOf, type AccessRule } from '../../access-policy.js'
import { subjectFacts } from '../../queries/access.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route reveals or writes, for the access policy (default: reads need graph:read, other methods graph:admin). */
    access?: AccessRule
  }
}

type Params = Record<string, string>

export default fp(async app => {
  app.addHook('onRequest', async request => {
    request.principal = await app.authenticate(request)
    // Scopes, own views, admin and writes need no database; includeBlocked is checked once validated.
    checkRule(request.principal, ruleOf(request.method, request.routeOptions.config.access), request.params as Params, false)
  })

  app.addHook('preHandler', async request => {
    const rule = ruleOf(request.method, request.routeOptions.config.access)
    const params = request.params as Params
    const includeBlocked = (request.query as { includeBlocked?: unknown } | undefined)?.includeBlocked === true
    checkRule(request.principal, rule, params, includeBlocked)
    const subjects = subjectsOf(request.principal, rule, params)
    if (subjects.length > 0) checkNetworks(request.principal, await subjectFacts(app.db, subjects, request.principal.sub))
  })
}, { name: 'access', dependencies: ['auth', 'neo4j'] })
