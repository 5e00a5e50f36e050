// The operators' guide for Neo4j Browser (`:play <service>/ops/guide`): HTML slides in the format Browser plays,
// each `<slide>` one page, each `<pre class="runnable">` a block that runs in one click on its ▶ (a click on the
// text copies it into the editor). The queries are cypher/guide/*.cypher (src/queries/guide.ts); the graph
// style is neo4j/browser/follow-graph.grass, applied by the first slide's `:style` command.
import { join } from 'node:path'
import escapeHtml from 'escape-html'
import { packageRoot } from './package-root.js'
import { guideQueries } from './queries/guide.js'

/** The GraSS file: captions and colours for users, lists, changes and each edge type. */
export const styleFile = join(packageRoot, 'neo4j', 'browser', 'follow-graph.grass')

const slide = (title: string, body: string): string =>
  `<slide class="row-fluid">\n<div class="col-sm-12">\n<h3>${escapeHtml(title)}</h3>\n${body}</div>\n</slide>\n`

const runnable = (code: string): string => `<pre class="runnable">${escapeHtml(code)}</pre>\n`
const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>\n`

export interface GuideOptions {
  /** Where the service answers, as Browser reached it (e.g. http://127.0.0.1:3000): the style's address. */
  serviceUrl: string
  /** The database the service uses (NEO4J_DATABASE). */
  database: string
}

export function guideHtml ({ serviceUrl, database }: GuideOptions): string {
  const start = slide('Follow-graph operations', [
    paragraph('Queries for the people who run the follow-graph service: run each with one click on its ▶, or click ' +
      'the text to edit it in the editor first. First the database the service uses:'),
    runnable(`:use ${database}`),
    paragraph('The users the queries look at ($id, and $other for a pair): edit the ids, then run.'),
    runnable(':params {id: "alice", other: "bob"}'),
    paragraph('The graph style: users captioned by username, FOLLOWS blue, REQUESTED orange, BLOCKS red, MUTES grey.'),
    runnable(`:style ${serviceUrl}/ops/guide/style.grass`)
  ].join(''))
  const queries = guideQueries.map(q => slide(q.title, paragraph(q.text) + runnable(q.statement)))
  return [
    '<title>Follow-graph operations</title>\n',
    '<article class="guide">\n<carousel class="deck container-fluid">\n',
    start,
    ...queries,
    '</carousel>\n</article>\n'
  ].join('')
}
