import { defineMessages } from '@lgds/core';
import { cy } from './cy';
import { en } from './en';

/** The moving home journey's words in English and Welsh, with the shared council tax words. A council can override any of them. */
export const movingHomeMessages = defineMessages({ en, cy });
