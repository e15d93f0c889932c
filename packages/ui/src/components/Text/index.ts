export { Text } from './Text';
export type { TextProps, TextSize } from './Text';
