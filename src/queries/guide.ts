// The operators' queries shown by the Neo4j Browser guide (/ops/guide): cypher/guide/*.cypher, in file-name
// order. The service never runs them; the guide shows them, one slide each, and test/routes/ops-guide.test.ts
// runs every one against the test database. A file's leading comment is its slide: the first line the title,
// the lines up to an empty `//` the text; the notes after it (what PROFILE showed) stay in the file.
import { folderQueries } from './cypher.js'

export interface GuideQuery {
  name: string
  title: string
  text: string
  /** The statement as Browser runs it, without the leading comment. */
  statement: string
}

function guideQuery (name: string, source: string): GuideQuery {
  const lines = source.split('\n')
  const header = lines.findIndex(line => !line.startsWith('//'))
  const comment = lines.slice(0, header).map(line => line.replace(/^\/\/ ?/, ''))
  const blank = comment.indexOf('')
  const [title, ...text] = blank < 0 ? comment : comment.slice(0, blank)
  if (title === undefined || title === '') throw new Error(`cypher/${name}.cypher: the first comment line is the slide's title`)
  return { name, title, text: text.join(' '), statement: lines.slice(header).join('\n').trim() }
}

export const guideQueries: GuideQuery[] = folderQueries('guide').map(q => guideQuery(q.name, q.text))
