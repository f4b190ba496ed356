// Pay your council tax by Direct Debit, at /services/direct-debit. No preset has Exampleshire's Direct Debit rules:
// rules/direct-debit.json writes them out (its account numbers, instalments, payment days and bank holidays).
import { directDebit } from '@lgds/council-tax/direct-debit';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/direct-debit.json';

const served: ServedTransaction = { transaction: directDebit, rules, path: 'direct-debit' };

export default served;
