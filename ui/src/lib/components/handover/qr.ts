// A QR code of a text as the path data of its dark modules, drawn by the app's own SVG markup: no markup made
// by the library is ever put into the page. `null` when the text is too long for a QR code.
import QRCode from "qrcode";

export type QrPath = { size: number; d: string };

/** Each dark module as a 1×1 square of one path, in a grid of `size` modules (the quiet zone is the caller's). */
export function qrPath(text: string): QrPath | null {
  let modules: { size: number; get(row: number, col: number): number | boolean };
  try {
    modules = QRCode.create(text, { errorCorrectionLevel: "M" }).modules;
  } catch {
    return null;
  }
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { size: modules.size, d: parts.join("") };
}
