// @vitest-environment node
import { withRulesTable } from '@lgds/core/server';
import { documentedImportsExist, rulesTablesMatch } from '../../../scripts/readme-checks.mjs';
import * as directDebitInWelsh from './direct-debit/cy';
import * as directDebitInEnglish from './direct-debit/en';
import * as directDebitEntry from './direct-debit/index';
import { directDebit } from './direct-debit/transaction';
import * as councilTax from './index';
import * as movingHomeInWelsh from './moving-home/cy';
import * as movingHomeInEnglish from './moving-home/en';
import * as movingHomeEntry from './moving-home/index';
import { movingHome } from './moving-home/transaction';
import * as singlePersonDiscountInWelsh from './single-person-discount/cy';
import * as singlePersonDiscountInEnglish from './single-person-discount/en';
import * as singlePersonDiscountEntry from './single-person-discount/index';
import { singlePersonDiscount } from './single-person-discount/transaction';

rulesTablesMatch(
  new URL('../README.md', import.meta.url),
  { withRulesTable },
  {
    'single-person-discount-rules': singlePersonDiscount,
    'moving-home-rules': movingHome,
    'direct-debit-rules': directDebit,
  },
);

documentedImportsExist({
  '@lgds/council-tax': councilTax,
  '@lgds/council-tax/single-person-discount': singlePersonDiscountEntry,
  '@lgds/council-tax/moving-home': movingHomeEntry,
  '@lgds/council-tax/direct-debit': directDebitEntry,
  '@lgds/council-tax/single-person-discount/en': singlePersonDiscountInEnglish,
  '@lgds/council-tax/single-person-discount/cy': singlePersonDiscountInWelsh,
  '@lgds/council-tax/moving-home/en': movingHomeInEnglish,
  '@lgds/council-tax/moving-home/cy': movingHomeInWelsh,
  '@lgds/council-tax/direct-debit/en': directDebitInEnglish,
  '@lgds/council-tax/direct-debit/cy': directDebitInWelsh,
});
