// @nttp/ui: trauma-informed React components. Styles ship separately as plain CSS:
// import '@nttp/ui/styles.css'.
export * from './components/Button';
export * from './components/Card';
export * from './components/CheckboxGroup';
export * from './components/Details';
export * from './components/Dialog';
export * from './components/ErrorSummary';
export * from './components/FormField';
export * from './components/Heading';
export * from './components/Link';
export * from './components/RadioGroup';
export * from './components/Select';
export * from './components/Stack';
export * from './components/SummaryList';
export * from './components/Tabs';
export * from './components/Text';
export * from './components/TextInput';
export * from './components/Textarea';
export * from './trauma-informed';
export { UiPropsError } from './internal/dev-props';
export type { UiPropsIssue } from './internal/dev-props';
