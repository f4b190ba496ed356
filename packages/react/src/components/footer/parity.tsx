import type { ParityEntry } from '../../parity/types';
import { Footer, type FooterProps } from './Footer';

export const parity: ParityEntry = {
  component: 'footer',
  render: (options) => <Footer {...(options as FooterProps)} />,
};
