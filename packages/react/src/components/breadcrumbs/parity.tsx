import type { ParityEntry } from '../../parity/types';
import { Breadcrumbs, type BreadcrumbsProps } from './Breadcrumbs';

export const parity: ParityEntry = {
  component: 'breadcrumbs',
  render: (options) => <Breadcrumbs {...(options as unknown as BreadcrumbsProps)} />,
};
