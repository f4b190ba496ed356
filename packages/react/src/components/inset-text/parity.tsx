import type { ParityEntry } from '../../parity/types';
import { InsetText, type InsetTextProps } from './InsetText';

export const parity: ParityEntry = {
  component: 'inset-text',
  render: (options) => <InsetText {...(options as InsetTextProps)} />,
};
