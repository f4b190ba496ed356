// @vitest-environment node
import { createFlow } from '@lgds/core';
import { payloadSchema, RulesError, resolveRules, withRulesTable } from '@lgds/core/server';
import { transactionReadmeChecks } from '../../../scripts/readme-checks.mjs';
import * as welsh from './cy';
import * as english from './en';
import * as gardenWaste from './index';
import { presets } from './presets';
import { gardenWasteNew } from './transactions';

// The README is for councils: its rules table is generated from the rules schema, and its examples are checked here
// against what the package really does, so the two cannot drift apart.
transactionReadmeChecks(
  new URL('../README.md', import.meta.url),
  { createFlow, payloadSchema, RulesError, resolveRules, withRulesTable },
  {
    transaction: gardenWasteNew,
    preset: presets.exampleshire,
    mistakes: {
      charging: { firstBin: 55.5 },
      containers: { maxBin: 4 },
      links: { terms: 'http://www.anytown.example/garden-waste/terms' },
    },
    today: '2026-10-15',
    entries: { '@lgds/garden-waste': gardenWaste, '@lgds/garden-waste/en': english, '@lgds/garden-waste/cy': welsh },
  },
);
