import type { Logger } from '../options';

/** What personal data is replaced with in a log line. */
export const REDACTED = '[redacted]';

// Keys whose values are personal data (or secrets) whatever they hold, compared without case, spaces, `-` or `_`:
// `firstName`, `first_name` and `FIRST-NAME` are all `firstname`. The whole value goes, however deep it is.
const personalKeys = new Set([
  // names
  'name',
  'names',
  'firstname',
  'lastname',
  'surname',
  'fullname',
  'forename',
  'forenames',
  'givenname',
  'givennames',
  'familyname',
  'middlename',
  'middlenames',
  'maidenname',
  'preferredname',
  'username',
  'accountname',
  'accountholder',
  'accountholdername',
  // contact details
  'email',
  'emails',
  'phone',
  'phones',
  'telephone',
  'tel',
  'mobile',
  'landline',
  'address',
  'addresses',
  'line1',
  'line2',
  'line3',
  'line4',
  'street',
  'town',
  'city',
  'county',
  'postcode',
  'postalcode',
  'zip',
  'zipcode',
  'uprn',
  'ip',
  // bank details and identity
  'accountnumber',
  'sortcode',
  'iban',
  'rollnumber',
  'bankaccount',
  'bankdetails',
  'dateofbirth',
  'dob',
  'birthdate',
  'nationalinsurancenumber',
  'ninumber',
  'nino',
  // whatever a resident sent
  'answers',
  'payload',
  'body',
  'form',
  'formdata',
  // secrets
  'password',
  'secret',
  'token',
  'csrf',
  'cookie',
  'cookies',
  'setcookie',
  'authorization',
  'sessionid',
  'apikey',
]);

// Endings that make a key personal too: `contactEmail`, `homePhone`, `billingAddress`, `residentFullName`,
// `csrfToken`. (Not `name` on its own: `hostname`, `filename` and `eventName` are not about a person.)
const personalKeyEndings = [
  'email',
  'emailaddress',
  'phone',
  'phonenumber',
  'telephone',
  'mobile',
  'mobilenumber',
  'address',
  'addressline1',
  'addressline2',
  'addressline3',
  'postcode',
  'accountnumber',
  'sortcode',
  'accountname',
  'firstname',
  'lastname',
  'surname',
  'fullname',
  'dateofbirth',
  'password',
  'secret',
  'token',
];

const normalKey = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a log line's key names personal data (or a secret), so its whole value is redacted. */
export function isPersonalKey(key: string): boolean {
  const normal = normalKey(key);
  return personalKeys.has(normal) || personalKeyEndings.some((ending) => normal.endsWith(ending));
}

// Personal data found in any text, whatever its key: in an error message, a path, a stack trace. Each pattern
// matches a whole value, not a fragment of a longer word or number, so request ids, references, times and
// status codes are left alone.
const patterns: readonly RegExp[] = [
  // Email addresses: a local part of any of the characters RFC 5322 allows unquoted, and a domain whose last label
  // starts with a letter (which leaves `pg@8.23.1` in a stack trace's package paths alone).
  /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*/gu,
  // UK phone numbers: 0 then 9 or 10 digits, or +44 / 0044 (with an optional "(0)") then 9 or 10 digits, in any
  // grouping by spaces, dots, hyphens or brackets: 07700 900123, (01632) 960 001, +44 (0)20 7946 0000.
  /(?<!\d)(?:(?:\+|00) ?44[ .-]*(?:\(0\)[ .-]*)?|\(?0)(?:[ .()-]{0,2}\d){9,10}(?!\d)/g,
  // National Insurance numbers: QQ 12 34 56 C (any two letters: the examples on forms use ones HMRC never issues).
  /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/giu,
  // Sort codes: 12-34-56 or 12 34 56 (after NI numbers, which hold the same digits).
  /(?<!\d)\d{2}([- ])\d{2}\1\d{2}(?!\d)/g,
  // UK postcodes, with or without the space, in any case: SW1A 1AA, sy231aa, M1 1AE, GIR 0AA.
  /(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) *\d[A-Z]{2}(?![\p{L}\p{N}])/giu,
  // Bank account numbers: 8 digits on their own.
  /(?<!\d)\d{8}(?!\d)/g,
];

// A submission's reference (`GW-7KQ4M-X9RTP`) is kept wherever it appears: it is how staff find a submission
// from a log line, and its 5-character groups could otherwise look like a postcode written without its space
// (`A23CD`). Only one with a letter in it: one of digits alone is not told apart from a phone number's groups.
const referenceShape = /(?<![\p{L}\p{N}])(?:[A-Z]{1,6}-)?[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}(?![\p{L}\p{N}])/gu;

const redactPatterns = (text: string) =>
  patterns.reduce((redacted, pattern) => redacted.replace(pattern, REDACTED), text);

/** Text with every email address, UK phone number, postcode, sort code, account number and NI number replaced. */
export function redactText(text: string): string {
  let redacted = '';
  let from = 0;
  for (const match of text.matchAll(referenceShape)) {
    if (!/[A-Z]/.test(match[0].slice(match[0].length - 11))) continue;
    redacted += redactPatterns(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return redacted + redactPatterns(text.slice(from));
}

// The service's own request ids (`randomToken(6)`: 8 characters of base64url) are kept as they are: one made of
// 8 digits alone would otherwise look like an account number.
const requestIdShape = /^[A-Za-z0-9_-]{1,64}$/;

const MAX_DEPTH = 32;

function redactValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  // An error as its stack (or message), as the service logs them: its text is redacted like any other.
  if (value instanceof Error) return redactText(value.stack ?? `${value.name}: ${value.message}`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => redactValue(item, seen, depth + 1));
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return redactValue(toJSON.call(value), seen, depth + 1);
    const redacted: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (isPersonalKey(key)) {
        redacted[redactText(key)] = child === undefined ? undefined : REDACTED;
      } else if (normalKey(key) === 'requestid' && typeof child === 'string' && requestIdShape.test(child)) {
        redacted[key] = child;
      } else {
        redacted[redactText(key)] = redactValue(child, seen, depth + 1);
      }
    }
    return redacted;
  } finally {
    seen.delete(value);
  }
}

/**
 * A log line with personal data taken out: the values of personal keys (`name`, `email`, `address`, `postcode`,
 * `accountNumber`, `answers`, `payload`..., in any case and at any depth) replaced whole, and email addresses, UK
 * phone numbers, postcodes, sort codes, 8-digit account numbers and NI numbers replaced wherever they appear in
 * text. Event names, references, request ids, transaction ids and status codes are kept. The line given is not
 * changed.
 */
export function redactLogLine(line: Record<string, unknown>): Record<string, unknown> {
  return redactValue(line, new WeakSet(), 0) as Record<string, unknown>;
}

const redacting = new WeakSet<Logger>();

/**
 * A logger that redacts every line (`redactLogLine`) before passing it to `logger`. Wrapping twice redacts once.
 * Redaction never throws into the service: if it fails, the line is replaced by one saying so.
 */
export function redactingLogger(logger: Logger): Logger {
  if (redacting.has(logger)) return logger;
  const safe = (line: Record<string, unknown>): Record<string, unknown> => {
    try {
      return redactLogLine(line);
    } catch {
      return { event: 'log-line-redaction-failed' };
    }
  };
  const wrapped: Logger = {
    info: (line) => logger.info(safe(line)),
    error: (line) => logger.error(safe(line)),
  };
  redacting.add(wrapped);
  return wrapped;
}
