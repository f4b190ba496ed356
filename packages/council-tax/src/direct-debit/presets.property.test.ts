// @vitest-environment node
import { testPresetChanges } from '../shared/preset-changes';
import { presets } from './presets';
import { directDebit } from './transaction';

testPresetChanges('Direct Debit', directDebit, presets, 5);
