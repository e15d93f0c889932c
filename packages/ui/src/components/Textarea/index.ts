export { Textarea, characterCountMessage } from './Textarea';
export type { TextareaProps } from './Textarea';
