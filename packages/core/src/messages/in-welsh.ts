import type { FieldMap } from '../fields/types';
import { type Journey, type JourneyConfig, type Step, withWords } from '../transaction';
import { cy } from './cy';
import type { Catalogue } from './types';

/**
 * A journey with Welsh words only (the engine's and the transaction's), for a page shown in Welsh: the browser is
 * sent no English. A transaction package offers its journeys this way from its `/cy` entry. Words may come in parts
 * (those every journey of the package shares, then the journey's own), so a page is sent only its own.
 *
 * @example
 * import { defineJourney, inWelsh } from '@lgds/core';
 * import * as field from '@lgds/core/fields';
 *
 * const journey = defineJourney({
 *   id: 'report-fly-tipping',
 *   version: 1,
 *   title: { en: 'Report fly-tipping', cy: 'Rhoi gwybod am dipio anghyfreithlon' },
 *   steps: { where: { fields: (_rules: { maxLength: number }) => ({ place: field.text() }) } },
 * });
 * export const reportFlyTippingCy = inWelsh(journey, {
 *   'where.title': 'Ble mae’r sbwriel?',
 *   'where.place.label': 'Ble mae’r sbwriel?',
 * });
 */
export function inWelsh<Rules, Steps extends Readonly<Record<string, Step<Rules, FieldMap>>>, Derived>(
  journey: JourneyConfig<Rules, Steps, Derived>,
  ...words: Catalogue[]
): Journey<Rules, Steps, Derived> {
  return withWords(journey, 'cy', [cy, ...words]);
}
