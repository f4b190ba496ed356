import type { ParityEntry } from '../../parity/types';
import { LanguageNavigation, type LanguageNavigationProps } from './LanguageNavigation';

export const parity: ParityEntry = {
  component: 'language-navigation',
  render: (options) => <LanguageNavigation {...(options as unknown as LanguageNavigationProps)} />,
};
