// Small statistics and formatting helpers for the benchmark.

/** Linear-interpolated percentile (p in 0–100) of a list of numbers; null for an empty list. */
export function percentile(values, p) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const at = (p / 100) * (sorted.length - 1)
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low)
}

export const median = (values) => percentile(values, 50)

export const round = (value, digits = 1) =>
  value === null || value === undefined ? null : Number(value.toFixed(digits))

export const kib = (bytes) => round(bytes / 1024, 1)
export const mb = (bytes) => round(bytes / 1e6, 1)

/** Summary of a latency sample: what the table and the JSON report. */
export function summarize(values) {
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(values.length ? Math.max(...values) : null),
  }
}
