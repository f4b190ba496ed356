/**
 * The file types the service can recognise from their first bytes (their "magic numbers"), by MIME type. Three
 * signatures in a table rather than the `file-type` package: its current release needs Node 22 and the one before
 * it is ESM only, which this package's CommonJS build cannot load on every Node 20; and councils ask for evidence
 * as PDFs and photos, whose signatures are fixed by their standards.
 */
const signatures: readonly { type: string; bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-" (ISO 32000)
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] }, // a JPEG's start-of-image marker and the next marker's start
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, // PNG's eight-byte signature
];

/**
 * The type a file really is, from its content: `application/pdf`, `image/jpeg` or `image/png`, or undefined for
 * anything else (a program or a web page renamed `.pdf` is not a PDF). What its name or the browser says is never
 * trusted.
 */
export function contentType(content: Uint8Array): string | undefined {
  return signatures.find(({ bytes }) => bytes.every((byte, index) => content[index] === byte))?.type;
}
