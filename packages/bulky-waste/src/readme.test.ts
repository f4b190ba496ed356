import { createFlow } from '@lgds/core';
import { payloadSchema, RulesError, resolveRules, withRulesTable } from '@lgds/core/server';
import { transactionReadmeChecks } from '../../../scripts/readme-checks.mjs';
import * as welsh from './cy';
import * as english from './en';
import * as main from './index';
import { presets } from './presets';
import { bulkyWaste } from './transaction';

// The README is for councils: its rules table is generated from the rules schema, and its examples are checked here
// against what the package really does, so the two cannot drift apart.
transactionReadmeChecks(
  new URL('../README.md', import.meta.url),
  { createFlow, payloadSchema, RulesError, resolveRules, withRulesTable },
  {
    transaction: bulkyWaste,
    preset: presets.exampleshire,
    mistakes: { maxItemsPerBooking: 0, cancellation: { daysBefor: 2 } },
    // The dates offered depend on the day: the example was sent on 15 October 2026.
    today: '2026-10-15',
    entries: { '@lgds/bulky-waste': main, '@lgds/bulky-waste/en': english, '@lgds/bulky-waste/cy': welsh },
  },
);
