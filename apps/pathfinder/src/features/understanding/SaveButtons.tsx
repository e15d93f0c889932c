// The buttons under a form that adds an item or changes one: while changing, a way to stop without saving.
import { Button, Stack } from '@nttp/ui';

export interface SaveButtonsProps {
  editing: boolean;
  /** What the button says when adding: "Add the activity". */
  addText: string;
  /** What it says when changing: "Save the activity". */
  saveText: string;
  onStop: () => void;
  variant?: 'primary' | 'secondary';
}

export function SaveButtons({ editing, addText, saveText, onStop, variant = 'primary' }: SaveButtonsProps) {
  return (
    <Stack direction="row" gap={3}>
      <Button type="submit" variant={variant}>
        {editing ? saveText : addText}
      </Button>
      {editing ? (
        <Button variant={variant === 'primary' ? 'secondary' : 'quiet'} onClick={onStop}>
          Stop changing it
        </Button>
      ) : null}
    </Stack>
  );
}
