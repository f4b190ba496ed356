// @vitest-environment node
import { testPresetChanges } from '../shared/preset-changes';
import { movingHomePresets } from './presets';
import { movingHome } from './transaction';

testPresetChanges('moving home', movingHome, movingHomePresets, 4);
