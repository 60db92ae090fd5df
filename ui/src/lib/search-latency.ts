// Keystroke → painted results, measured in the real window. The e2e suite reads these samples.
const samples: number[] = [];
const MAX = 500;

export function recordLatency(ms: number): void {
  samples.push(ms);
  if (samples.length > MAX) samples.shift();
  (globalThis as { __avrSearchLatencies?: number[] }).__avrSearchLatencies = samples;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}
