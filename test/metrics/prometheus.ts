// Reading samples back from a Prometheus text exposition (the /metrics body).
import type { FastifyInstance } from 'fastify'
import { until as poll } from '../helper.js'

export interface Sample { name: string, labels: Record<string, string>, value: number }

export function samples (text: string, name: string): Sample[] {
  const out: Sample[] = []
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (m === null || m[1] !== name) continue
    const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(x => [x[1]!, x[2]!]))
    out.push({ name, labels, value: Number(m[3]) })
  }
  return out
}

/** The value of the one sample with exactly these labels, or undefined. */
export function sample (text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const keys = Object.keys(labels)
  return samples(text, name).find(s => Object.keys(s.labels).length === keys.length && keys.every(k => s.labels[k] === labels[k]))?.value
}

export async function scrape (app: FastifyInstance): Promise<string> {
  const res = await app.inject('/metrics')
  if (res.statusCode !== 200) throw new Error(`/metrics answered ${res.statusCode}`)
  return res.body
}

/** Reads a value (a metric) until `done` holds for it (test/helper.ts's `until`), or fails at the deadline with the last one. */
export async function until<T> (read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  let value = await read()
  if (!await poll(async () => done(value = await read()), timeoutMs, 100)) throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`)
  return value
}
