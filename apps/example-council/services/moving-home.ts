// Council tax: tell us you are moving home, at /services/moving-home.
import { movingHome } from '@lgds/council-tax/moving-home';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/moving-home.json';

const served: ServedTransaction = { transaction: movingHome, rules, path: 'moving-home' };

export default served;
