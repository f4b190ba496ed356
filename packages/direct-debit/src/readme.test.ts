// @vitest-environment node
import { documentedImportsExist } from '../../../scripts/readme-checks.mjs';
import * as welsh from './cy';
import * as english from './en';
import * as main from './index';
import * as modulusCheck from './modulus-check';

// The README is for developers of transactions: every name it imports is one the package exports.
documentedImportsExist({
  '@lgds/direct-debit': main,
  '@lgds/direct-debit/modulus-check': modulusCheck,
  '@lgds/direct-debit/en': english,
  '@lgds/direct-debit/cy': welsh,
});
