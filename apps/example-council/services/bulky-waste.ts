// Book a bulky waste collection, at /services/bulky-waste: priced per item, collected Mondays, Wednesdays, Fridays.
import { bulkyWaste } from '@lgds/bulky-waste';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/bulky-waste.json';

const served: ServedTransaction = { transaction: bulkyWaste, rules, path: 'bulky-waste' };

export default served;
