import type { ParityEntry } from '../../parity/types';
import { ErrorMessage, type ErrorMessageProps } from './ErrorMessage';

export const parity: ParityEntry = {
  component: 'error-message',
  render: (options) => <ErrorMessage {...(options as ErrorMessageProps)} />,
};
