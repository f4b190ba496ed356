import type { ParityEntry } from '../../parity/types';
import { Header, type HeaderProps } from './Header';

export const parity: ParityEntry = {
  component: 'header',
  render: (options) => <Header {...(options as HeaderProps)} />,
};
