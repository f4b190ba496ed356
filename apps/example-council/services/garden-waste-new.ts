// Subscribe to garden waste collection, at /services/garden-waste-new, under Exampleshire's garden waste rules.
import { gardenWasteNew } from '@lgds/garden-waste';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/garden-waste.json';

const served: ServedTransaction = { transaction: gardenWasteNew, rules, path: 'garden-waste-new' };

export default served;
