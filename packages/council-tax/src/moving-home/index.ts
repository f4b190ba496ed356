/**
 * `@lgds/council-tax/moving-home`: tell the council you are moving home, into, out of or within its area, with
 * every local rule as data, in English and Welsh, with the schema of the council's rules: for the server. A browser
 * page imports the journey in one language from `@lgds/council-tax/moving-home/en` or `/cy`.
 *
 * @packageDocumentation
 */

export {
  type Direction,
  directions,
  type NewHomeTenure,
  newHomeTenures,
  type OldHomeTenure,
  oldHomeTenures,
} from './choices';
export { movingHomeMessages } from './messages';
export { movingHomePresets } from './presets';
export { type MovingHomeRules, type MovingHomeRulesInput, movingHomeRules } from './rules';
export { arrivesHere, dateWindow, directionOf, leavesHomeHere, movingHomeSteps } from './steps';
export {
  accountChanges,
  deriveMove,
  type MovingHomeAnswers,
  type MovingHomeDerived,
  movingHome,
  movingHomeDerivedSchema,
  nextResponsible,
} from './transaction';
