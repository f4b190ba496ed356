/** @jsxImportSource ../internal/jsx */
/** A form's hidden inputs, such as a server's CSRF token, in the order given. No hooks. */
export function HiddenFields({ fields }: { fields: Readonly<Record<string, string>> | undefined }) {
  if (!fields) return null;
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
