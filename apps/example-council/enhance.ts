// The site's JavaScript for the services under /services, bundled by `npm run build` into public/enhance.js (see
// package.json) and named by lib/service.ts's `enhance.script`. Each journey page then hydrates into
// <TransactionFlow>: answers are checked as the resident types, and still posted to the server as they go.
// Each service's journey in each language, from its package's `/en` and `/cy` entries: no rules and no zod.
import { bulkyWaste as welshBulkyWaste } from '@lgds/bulky-waste/cy';
import { bulkyWaste as englishBulkyWaste } from '@lgds/bulky-waste/en';
import { directDebit as welshDirectDebit } from '@lgds/council-tax/direct-debit/cy';
import { directDebit as englishDirectDebit } from '@lgds/council-tax/direct-debit/en';
import { movingHome as welshMovingHome } from '@lgds/council-tax/moving-home/cy';
import { movingHome as englishMovingHome } from '@lgds/council-tax/moving-home/en';
import { singlePersonDiscount as welshSinglePersonDiscount } from '@lgds/council-tax/single-person-discount/cy';
import { singlePersonDiscount as englishSinglePersonDiscount } from '@lgds/council-tax/single-person-discount/en';
import {
  gardenWasteNew as welshGardenWasteNew,
  gardenWasteRenewal as welshGardenWasteRenewal,
} from '@lgds/garden-waste/cy';
import {
  gardenWasteNew as englishGardenWasteNew,
  gardenWasteRenewal as englishGardenWasteRenewal,
} from '@lgds/garden-waste/en';
import { enhance } from '@lgds/server/enhance';

enhance([
  englishGardenWasteNew,
  welshGardenWasteNew,
  englishGardenWasteRenewal,
  welshGardenWasteRenewal,
  englishBulkyWaste,
  welshBulkyWaste,
  englishSinglePersonDiscount,
  welshSinglePersonDiscount,
  englishMovingHome,
  welshMovingHome,
  englishDirectDebit,
  welshDirectDebit,
]);
