// A QR code of a text as the path data of its dark modules, drawn by the app's own SVG markup: no markup made
// by the library is ever put into the page. `null` when the text is too long for a QR code.
// uqr: a small ES module with no CommonJS shims. (The `qrcode` package assigns `exports.toString`, which fails
// under the app's frozen prototypes as soon as its module is evaluated.)
import { encode } from "uqr";

export type QrPath = { size: number; d: string };

/** Each dark module as a 1×1 square of one path, in a grid of `size` modules (the quiet zone is the caller's). */
export function qrPath(text: string): QrPath | null {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: "M", border: 0 }).data;
  } catch {
    return null;
  }
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size: modules.length, d: parts.join("") };
}
