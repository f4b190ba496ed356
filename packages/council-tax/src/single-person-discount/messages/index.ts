import { defineMessages } from '@lgds/core';
import { cy } from './cy';
import { en } from './en';

/** The single person discount's words in English and Welsh. A council can override any of them. */
export const singlePersonDiscountMessages = defineMessages({ en, cy });
