import type { ParityEntry } from '../../parity/types';
import { Tag, type TagProps } from './Tag';

export const parity: ParityEntry = { component: 'tag', render: (options) => <Tag {...(options as TagProps)} /> };
