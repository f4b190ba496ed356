import type { ParityEntry } from '../../parity/types';
import { Button, type ButtonProps } from './Button';

export const parity: ParityEntry = {
  component: 'button',
  render: (options) => <Button {...(options as ButtonProps)} />,
};
