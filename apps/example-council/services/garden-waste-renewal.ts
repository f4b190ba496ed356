// Renew your garden waste subscription, at /services/garden-waste-renewal: the same rules as a new subscription.
import { gardenWasteRenewal } from '@lgds/garden-waste';
import type { ServedTransaction } from '@lgds/server';
import rules from '../rules/garden-waste.json';

const served: ServedTransaction = { transaction: gardenWasteRenewal, rules, path: 'garden-waste-renewal' };

export default served;
