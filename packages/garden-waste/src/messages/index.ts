import { defineMessages } from '@lgds/core';
import { cy } from './cy';
import { en } from './en';

/** The garden waste journeys' words in English and Welsh. A council can override any of them. */
export const gardenWasteMessages = defineMessages({ en, cy });
