import { describe, expect, it } from 'vitest';
import { bulkyWasteRules } from '../sample/rules';
import { describeRules } from './describe-rules';

describe('describeRules', () => {
  it('lists every setting with its type, default and description, groups first', () => {
    expect(describeRules(bulkyWasteRules)).toEqual([
      { path: 'pricing', type: 'settings', description: 'What a collection costs.' },
      {
        path: 'pricing.firstItem',
        type: 'whole number',
        default: 2500,
        description: 'Price of the first item, in pence.',
      },
      {
        path: 'pricing.additionalItem',
        type: 'whole number',
        default: 1000,
        description: 'Price of each further item, in pence.',
      },
      { path: 'maxItems', type: 'whole number', default: 5, description: 'The most items one collection takes.' },
      {
        path: 'flatsServed',
        type: 'true or false',
        default: true,
        description: 'Whether collections are made from flats.',
      },
      {
        path: 'notServedMessage',
        type: 'words in English and Welsh, or null',
        default: null,
        description: 'What to tell residents of flats, in English and Welsh; null for the standard words.',
      },
      { path: 'concessions', type: 'list of entries', default: [], description: 'Discounts a resident may claim.' },
      { path: 'concessions[].id', type: 'text', description: '' },
      { path: 'concessions[].label', type: 'words in English and Welsh', description: '' },
      { path: 'concessions[].discountPercent', type: 'number', description: '' },
      { path: 'collectionWindow', type: 'settings', description: 'Which days a resident can choose.' },
      {
        path: 'collectionWindow.earliestDays',
        type: 'whole number',
        default: 3,
        description: 'How many days ahead the earliest collection is.',
      },
      {
        path: 'collectionWindow.latestDays',
        type: 'whole number',
        default: 60,
        description: 'How many days ahead the latest collection is.',
      },
    ]);
  });
});
