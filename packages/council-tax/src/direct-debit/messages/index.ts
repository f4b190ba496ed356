import { defineMessages } from '@lgds/core';
import { cy } from './cy';
import { en } from './en';

/** The Direct Debit journey's words in English and Welsh. A council can override any of them. */
export const directDebitMessages = defineMessages({ en, cy });
