// NDJSON in: a byte stream cut into numbered lines by split2 (on \n; a line's trailing \r is dropped). A line
// longer than maxLineLength is never held whole: split2 skips it, and it comes back here with text null so that
// it keeps its number and can be refused by it.
import type { Transform } from 'node:stream'
import split from 'split2'

/** A longer line is refused without being held in memory. */
export const maxLineLength = 64 * 1024

/** A line of the input: its number (from 1), its text (null when too long), the input's bytes read so far. */
export interface Line { number: number, text: string | null, bytes: number }

/** split2's transform; `overflow` is true while the line in progress is over maxLength (and being skipped). */
type Splitter = Transform & { overflow: boolean }

/**
 * Splits a byte stream into lines. Each chunk is written to the splitter and its lines read back before the next
 * one, so a line's `bytes` is the input read up to the chunk that ends it.
 */
export async function * linesOf (input: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  // decodeStrings false: a string chunk is text already (split2 decodes buffers only).
  const options: split.Options & { skipOverflow: boolean } = { maxLength: maxLineLength, skipOverflow: true, decodeStrings: false }
  const splitter = split('\n', options) as Splitter
  let number = 0
  let bytes = 0
  const line = (text: string | null): Line => ({ number: ++number, text: text?.endsWith('\r') === true ? text.slice(0, -1) : text, bytes })
  for await (const chunk of input) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
    // The newline ending a skipped line: split2 drops that line, it is counted here.
    if (splitter.overflow && chunk.includes('\n')) yield line(null)
    splitter.write(chunk)
    for (let text: string | null = splitter.read(); text !== null; text = splitter.read()) yield line(text)
  }
  // At the end, a line still being skipped comes out of split2 cut short: it is the overlong last line.
  const overlong = splitter.overflow
  splitter.end()
  for await (const text of splitter as AsyncIterable<string>) yield line(overlong ? null : text)
}
