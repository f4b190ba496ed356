import type { FieldMap } from '../fields/types';
import { type Journey, type JourneyConfig, type Step, withWords } from '../transaction';
import { en } from './en';
import type { Catalogue } from './types';

/**
 * A journey with English words only (the engine's and the transaction's), for a page shown in English: the browser is
 * sent no Welsh. A transaction package offers its journeys this way from its `/en` entry. Words may come in parts (those
 * every journey of the package shares, then the journey's own), so a page is sent only its own.
 *
 * @example
 * import { defineJourney, inEnglish } from '@lgds/core';
 * import * as field from '@lgds/core/fields';
 *
 * const journey = defineJourney({
 *   id: 'report-fly-tipping',
 *   version: 1,
 *   title: { en: 'Report fly-tipping', cy: 'Rhoi gwybod am dipio anghyfreithlon' },
 *   steps: { where: { fields: (_rules: { maxLength: number }) => ({ place: field.text() }) } },
 * });
 * export const reportFlyTipping = inEnglish(journey, {
 *   'where.title': 'Where is the rubbish?',
 *   'where.place.label': 'Where is the rubbish?',
 * });
 */
export function inEnglish<Rules, Steps extends Readonly<Record<string, Step<Rules, FieldMap>>>, Derived>(
  journey: JourneyConfig<Rules, Steps, Derived>,
  ...words: Catalogue[]
): Journey<Rules, Steps, Derived> {
  return withWords(journey, 'en', [en, ...words]);
}
