export { TaskList, TASK_STATUS_TEXT } from './TaskList';
export type { TaskListProps, Task, TaskStatus } from './TaskList';
