// Projects the follow graph as a bipartite graph into GDS's catalog as $graph (users whose id starts with
// $prefix; '' for all): each user is two GDS nodes, a hub (2 x its node id: the one who follows) and an
// authority (2 x its node id + 1: the one followed); a follow links the follower's hub to the followed
// authority, and each user's hub to its own authority (so a walk can turn from "follows" to "is followed
// by"). Undirected, so a walk alternates hub, authority, hub...: SALSA's walk (Twitter's Who-To-Follow).
// PROFILE: NodeByLabelScan of User and Expand(All) over the FOLLOWS (one pass over the edges), then a second
// NodeByLabelScan for the self links, aggregated by gds.graph.project.
CALL () {
  MATCH (a:User)-[:FOLLOWS]->(b:User)
    WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix AND (@visible-to-everyone(a, b))
  RETURN 2 * id(a) AS hub, 2 * id(b) + 1 AS authority
  UNION ALL
  MATCH (u:User)
    WHERE u.id STARTS WITH $prefix
  RETURN 2 * id(u) AS hub, 2 * id(u) + 1 AS authority
}
WITH gds.graph.project($graph, hub, authority, {}, {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graph, g.nodeCount AS nodes, g.relationshipCount AS relationships
