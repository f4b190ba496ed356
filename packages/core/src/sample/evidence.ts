import { z } from 'zod';
import * as field from '../fields/index';
import { englishFileUploadWords, welshFileUploadWords } from '../messages/file-upload';
import { defineMessages } from '../messages/translate';
import { defineStep, defineTransaction } from '../transaction';

// A one-page transaction that asks for evidence (up to 2 PDFs or JPGs of 1MB each), for the tests of file upload
// questions in the React renderer.

/** Send evidence: one file upload question, then check answers. */
export const sendEvidence = defineTransaction({
  id: 'send-evidence',
  version: 1,
  title: { en: 'Send evidence', cy: 'Anfon tystiolaeth' },
  rules: z.strictObject({}),
  messages: defineMessages({
    en: {
      ...englishFileUploadWords,
      'upload.title': 'Upload your evidence',
      'upload.files.label': 'Upload your evidence',
      'upload.files.summary': 'Evidence',
    },
    cy: {
      ...welshFileUploadWords,
      'upload.title': 'Uwchlwythwch eich tystiolaeth',
      'upload.files.label': 'Uwchlwythwch eich tystiolaeth',
      'upload.files.summary': 'Tystiolaeth',
    },
  }),
  steps: {
    upload: defineStep({
      fields: () => ({
        files: field.file({ maxFiles: 2, maxBytes: 1024 * 1024, accept: ['application/pdf', 'image/jpeg'] }),
      }),
    }),
  },
});
