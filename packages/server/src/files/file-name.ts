// Characters that must not reach a page, a log or a back office: control characters, and the ones that reorder
// text so that `invoice‮fdp.exe` shows as `invoiceexe.pdf`.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name of an uploaded file as the resident's computer had it, without any folders (`C:\\Users\\jo\\tenancy.pdf`
 * and `../../etc/passwd` give `tenancy.pdf` and `passwd`) or unsafe characters, at most 255 characters: for showing
 * on check answers and sending to the back office only. Files are kept under random ids, never under this.
 */
export function baseName(sent: string): string {
  const last = sent.split(/[/\\]/).pop() ?? '';
  const clean = last.replace(unsafe, '').trim();
  const name = clean === '.' || clean === '..' ? '' : clean;
  return name.length > 255 ? name.slice(name.length - 255) : name || 'file';
}
