// Runs once before the test files (tap's `before`): the suite's own Neo4j instance, started if needed and
// left running for the next run (`npm run neo4j:stop -- --instance test` stops it).
import { instances, startLocalNeo4j } from '../../scripts/lib/local-neo4j.js'

await startLocalNeo4j(instances.test!)
