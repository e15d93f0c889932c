// A file input that looks like the library's secondary button: the real input sits on top (invisible),
// so the label, keyboard focus and screen readers all work as with a native control.
import { useState, type ReactNode } from 'react';
import { FormField } from '@nttp/ui';

export interface FilePickerProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Such as ".json,application/json". */
  accept: string;
  buttonText?: string;
  onFile: (text: string, name: string) => void;
}

export function FilePicker({ id, label, hint, error, accept, buttonText = 'Choose a file', onFile }: FilePickerProps) {
  const [name, setName] = useState<string | null>(null);
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="app-file-picker">
          <span className="app-file-picker__control">
            <input
              type="file"
              accept={accept}
              className="app-file-picker__input"
              {...control}
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                if (!file) return;
                setName(file.name);
                const text = await file.text();
                // Cleared, so choosing the same file again (after fixing it) is noticed.
                input.value = '';
                onFile(text, file.name);
              }}
            />
            <span className="app-file-picker__button nttp-button nttp-button--secondary" aria-hidden="true">
              {buttonText}
            </span>
          </span>
          <span className="app-file-picker__name">{name ?? 'No file chosen yet'}</span>
        </div>
      )}
    </FormField>
  );
}
