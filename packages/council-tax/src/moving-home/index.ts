/**
 * `@lgds/council-tax/moving-home`: tell the council you are moving home, into, out of or within its area, with
 * every local rule as data, in English and Welsh.
 *
 * @packageDocumentation
 */

export { movingHomeMessages } from './messages';
export { movingHomePresets } from './presets';
export {
  type Direction,
  directions,
  type MovingHomeRules,
  type MovingHomeRulesInput,
  movingHomeRules,
  type NewHomeTenure,
  newHomeTenures,
  type OldHomeTenure,
  oldHomeTenures,
} from './rules';
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
