// Keystroke → painted results, measured in the real window. The e2e suite reads these samples.
//
// Each sample is split into phases so that a slow figure says where the time went:
// `ipc` is the keystroke to the core's answer (IPC both ways plus the search), `dom` is Svelte's update, and
// `frame` is the wait for the frame that paints it.
export interface LatencySample {
  total: number;
  ipc: number;
  dom: number;
  frame: number;
}

const samples: LatencySample[] = [];
const MAX = 500;

export function recordLatency(sample: LatencySample): void {
  samples.push(sample);
  if (samples.length > MAX) samples.shift();
  (globalThis as { __avrSearchLatencies?: LatencySample[] }).__avrSearchLatencies = samples;
}
