export { TextInput } from './TextInput';
export type { TextInputProps, FieldWidth } from './TextInput';
