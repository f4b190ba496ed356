import type { ParityEntry } from '../../parity/types';
import { SummaryList, type SummaryListProps } from './SummaryList';

export const parity: ParityEntry = {
  component: 'summary-list',
  render: (options) => <SummaryList {...(options as unknown as SummaryListProps)} />,
};
