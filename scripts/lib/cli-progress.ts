// Progress of long CLI work on stderr: a bar with rate and ETA on a terminal, plain lines (every 2 s and at
// the end) when stderr is not a TTY, so logs and pipes stay readable.
import { SingleBar, Presets } from 'cli-progress'

export interface Progress {
  /** done and total in the bar's unit; rate counts `items` (e.g. lines, edges) per second. */
  update: (done: number, items?: number) => void
  stop: () => void
}

const plainEveryMs = 2000

function eta (seconds: number): string {
  if (!Number.isFinite(seconds)) return '?'
  const s = Math.max(0, Math.round(seconds))
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`
}

export function progress (label: string, total: number, unit: string, itemUnit = unit, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now()
  let items = 0
  let done = 0
  const rate = (): number => items / Math.max(0.001, (Date.now() - started) / 1000)

  if (stream.isTTY === true) {
    const bar = new SingleBar({
      stream,
      format: `${label} {bar} {percentage}% | {value}/{total} ${unit} | {rate} ${itemUnit}/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5
    }, Presets.shades_classic)
    bar.start(Math.max(total, 1), 0, { rate: '0' })
    return {
      update: (d, i = d) => { done = d; items = i; bar.update(Math.min(done, Math.max(total, 1)), { rate: Math.round(rate()).toLocaleString('en') }) },
      stop: () => { bar.stop() }
    }
  }

  let last = started
  const line = (): void => {
    const elapsed = (Date.now() - started) / 1000
    const pct = total > 0 ? Math.min(100, Math.floor(done / total * 100)) : 100
    const left = total > 0 && done > 0 ? (total - done) * elapsed / done : Infinity
    stream.write(`${label}: ${done}/${total} ${unit} (${pct}%), ${Math.round(rate())} ${itemUnit}/s, ${done >= total ? `done in ${eta(elapsed)}` : `ETA ${eta(left)}`}\n`)
  }
  return {
    update: (d, i = d) => {
      done = d
      items = i
      if (Date.now() - last >= plainEveryMs) {
        last = Date.now()
        line()
      }
    },
    stop: line
  }
}
