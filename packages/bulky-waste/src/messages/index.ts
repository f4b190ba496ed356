import { defineMessages } from '@lgds/core';
import { cy } from './cy';
import { en } from './en';

/** Every word of the journey in English and Welsh. A council can override any of them with `createFlow`'s `messages`. */
export const bulkyWasteMessages = defineMessages({ en, cy });
