// Removing something asks first, in a dialog, and then puts focus somewhere that still exists.
import { useState } from 'react';
import { Button, Dialog, Text } from '@nttp/ui';

export interface RemoveButtonProps {
  /** What is removed, in a few words: "the note about waiting times". */
  what: string;
  onConfirm: () => void;
  /** The id of the element that takes focus after removing (the section's heading, say). */
  focusAfter: string;
}

export function RemoveButton({ what, onConfirm, focusAfter }: RemoveButtonProps) {
  const [open, setOpen] = useState(false);
  const confirm = () => {
    setOpen(false);
    onConfirm();
    // After the dialog has gone, since the button that opened it has gone too.
    setTimeout(() => document.getElementById(focusAfter)?.focus(), 0);
  };
  return (
    <>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        Remove{' '}<span className="nttp-visually-hidden">{what}</span>
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Remove ${what}?`}
        actions={
          <>
            <Button onClick={confirm}>Yes, remove it</Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Keep it
            </Button>
          </>
        }
      >
        <Text>It will no longer be kept in this workspace. You can add it again at any time.</Text>
      </Dialog>
    </>
  );
}
