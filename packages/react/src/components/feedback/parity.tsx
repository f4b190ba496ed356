import type { ParityEntry } from '../../parity/types';
import { Feedback, type FeedbackProps } from './Feedback';

export const parity: ParityEntry = {
  component: 'feedback',
  render: (options) => <Feedback {...(options as FeedbackProps)} />,
};
