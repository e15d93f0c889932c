export { Tabs, nextTabIndex } from './Tabs';
export type { TabsProps, TabItem } from './Tabs';
