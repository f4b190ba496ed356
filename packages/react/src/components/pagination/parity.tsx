import type { ParityEntry } from '../../parity/types';
import { Pagination, type PaginationProps } from './Pagination';

export const parity: ParityEntry = {
  component: 'pagination',
  render: (options) => <Pagination {...(options as PaginationProps)} />,
};
