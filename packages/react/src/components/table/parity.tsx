import type { ParityEntry } from '../../parity/types';
import { Table, type TableProps } from './Table';

export const parity: ParityEntry = {
  component: 'table',
  render: (options) => <Table {...(options as unknown as TableProps)} />,
};
