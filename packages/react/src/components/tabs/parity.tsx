import type { ParityEntry } from '../../parity/types';
import { Tabs, type TabsProps } from './Tabs';

export const parity: ParityEntry = { component: 'tabs', render: (options) => <Tabs {...(options as TabsProps)} /> };
