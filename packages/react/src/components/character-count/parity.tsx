import type { ParityEntry } from '../../parity/types';
import { CharacterCount, type CharacterCountProps } from './CharacterCount';

export const parity: ParityEntry = {
  component: 'character-count',
  render: (options) => <CharacterCount {...(options as unknown as CharacterCountProps)} />,
};
