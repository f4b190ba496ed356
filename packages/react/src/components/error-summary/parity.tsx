import type { ParityEntry } from '../../parity/types';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary';

export const parity: ParityEntry = {
  component: 'error-summary',
  render: (options) => <ErrorSummary {...(options as ErrorSummaryProps)} />,
};
