import type { ParityEntry } from '../../parity/types';
import { WarningText, type WarningTextProps } from './WarningText';

export const parity: ParityEntry = {
  component: 'warning-text',
  render: (options) => <WarningText {...(options as WarningTextProps)} />,
};
