// Apply for a single person discount on your council tax, at /services/single-person-discount.
import { singlePersonDiscount } from '@lgds/council-tax/single-person-discount';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/single-person-discount.json';

const served: ServedTransaction = { transaction: singlePersonDiscount, rules, path: 'single-person-discount' };

export default served;
