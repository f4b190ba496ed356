import type { ParityEntry } from '../../parity/types';
import { ExitThisPage, type ExitThisPageProps } from './ExitThisPage';

export const parity: ParityEntry = {
  component: 'exit-this-page',
  render: (options) => <ExitThisPage {...(options as ExitThisPageProps)} />,
};
