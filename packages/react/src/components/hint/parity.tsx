import type { ParityEntry } from '../../parity/types';
import { Hint, type HintProps } from './Hint';

export const parity: ParityEntry = { component: 'hint', render: (options) => <Hint {...(options as HintProps)} /> };
