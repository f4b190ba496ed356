import type { ParityEntry } from '../../parity/types';
import { PasswordInput, type PasswordInputProps } from './PasswordInput';

export const parity: ParityEntry = {
  component: 'password-input',
  render: (options) => <PasswordInput {...(options as unknown as PasswordInputProps)} />,
};
