export { FormField, Fieldset, Hint, ErrorMessage, ERROR_PREFIX, useFieldIds } from './FormField';
export type { FormFieldProps, FieldsetProps, FieldControlProps, FieldTextProps } from './FormField';
