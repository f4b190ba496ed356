// @vitest-environment node
import { testPresetChanges } from '../shared/preset-changes';
import { singlePersonDiscountPresets } from './presets';
import { singlePersonDiscount } from './transaction';

testPresetChanges('single person discount', singlePersonDiscount, singlePersonDiscountPresets, 3);
