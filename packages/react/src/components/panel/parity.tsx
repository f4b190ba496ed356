import type { ParityEntry } from '../../parity/types';
import { Panel, type PanelProps } from './Panel';

export const parity: ParityEntry = { component: 'panel', render: (options) => <Panel {...(options as PanelProps)} /> };
