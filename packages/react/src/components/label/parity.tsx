import type { ParityEntry } from '../../parity/types';
import { Label, type LabelProps } from './Label';

export const parity: ParityEntry = { component: 'label', render: (options) => <Label {...(options as LabelProps)} /> };
