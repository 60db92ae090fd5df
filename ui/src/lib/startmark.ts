// Imported first by main.ts, so this runs as the first module of the page's script: the moment the bundle has
// been fetched and parsed and evaluation begins. The start-up benchmark's timeline reads it (see main.ts).
export const scriptStart = performance.now();

/** Further steps of the start-up timeline, in ms since navigation began: the first IPC call sent and answered. */
export const startMarks: [string, number][] = [];
let firstCall = true;

/** Called by the IPC wrapper around its first call. */
export function markFirstCall(sent: number, answered: Promise<unknown>): void {
  if (!firstCall) return;
  firstCall = false;
  startMarks.push(["page-ipc-sent", sent]);
  void answered.then(
    () => startMarks.push(["page-ipc-answered", performance.now()]),
    () => undefined,
  );
}
