import type { ParityEntry } from '../../parity/types';
import { Accordion, type AccordionProps } from './Accordion';

export const parity: ParityEntry = {
  component: 'accordion',
  render: (options) => <Accordion {...(options as unknown as AccordionProps)} />,
};
