import type { ParityEntry } from '../../parity/types';
import { TaskList, type TaskListProps } from './TaskList';

export const parity: ParityEntry = {
  component: 'task-list',
  render: (options) => <TaskList {...(options as unknown as TaskListProps)} />,
};
