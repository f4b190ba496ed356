import type { Message } from './types';

// The errors of a file upload question (`field.file`). Kept out of the engine's own catalogues so a journey that asks
// for no files is not sent them: a journey that asks for files adds the language's catalogue to its own words, as the
// single person discount does.

/**
 * A file upload question's errors in English, worded as GOV.UK's file upload component's guidance words them. A
 * journey's own `<step>.<field>.error.file.…` keys win over them.
 */
export const englishFileUploadWords = {
  'error.file.required': 'Select a file',
  'error.file.type': 'The selected file must be a {types}',
  'error.file.tooBig': 'The selected file must be smaller than {size}',
  'error.file.empty': 'The selected file is empty',
  'error.file.tooMany': 'You can only select up to {max} files at the same time',
} as const;

/** A key of a file upload question's words. */
export type FileUploadWordKey = keyof typeof englishFileUploadWords;

/** A file upload question's errors in Welsh, with exactly the English keys. */
export const welshFileUploadWords: Readonly<Record<FileUploadWordKey, Message>> = {
  'error.file.required': 'Dewiswch ffeil',
  'error.file.type': 'Rhaid i’r ffeil a ddewiswyd fod yn {types}',
  'error.file.tooBig': 'Rhaid i’r ffeil a ddewiswyd fod yn llai na {size}',
  'error.file.empty': 'Mae’r ffeil a ddewiswyd yn wag',
  'error.file.tooMany': 'Dim ond hyd at {max} ffeil y gallwch eu dewis ar yr un pryd',
};
