import { useState } from 'react';
import type { ComponentExamples } from '../../internal/examples';
import { Button } from '../Button';
import { Dialog } from './Dialog';

function DialogDemo({ startOpen }: { startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  return (
    <div>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Read how we keep your answers safe
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="How we keep your answers safe"
        actions={<Button onClick={() => setOpen(false)}>Back to the questions</Button>}
      >
        <p>Only your support worker can see your answers. We keep them for 12 months, then delete them.</p>
      </Dialog>
    </div>
  );
}

export const examples: ComponentExamples = {
  component: 'Dialog',
  principle: 'safety',
  alsoServes: ['trust'],
  summary: 'A modal window for something short that needs attention before going on, with focus kept inside it and returned afterwards.',
  whenToUse: ['For a short, self-contained task or message, such as a timeout warning.', 'When people must respond before going on.'],
  whenNotToUse: ['For long content or forms: use a page.', 'To show information people might want to compare with the page behind it.'],
  language: {
    do: ['Title it with what it is about.', 'Name the way back plainly: "Back to the questions".'],
    dont: ['Use a dialog to surprise or pressure people.', 'Close it on a click outside, so nobody loses what they were doing.'],
  },
  accessibility: [
    'Focus moves into it when it opens and returns to where it was when it closes.',
    'Tab and Shift+Tab stay inside it while it is open.',
    'Escape closes it.',
    'It has aria-modal="true" and is named by its title.',
  ],
  examples: [
    { name: 'Closed', description: 'The button that opens it.', render: () => <DialogDemo startOpen={false} /> },
    { name: 'Open', render: () => <DialogDemo startOpen /> },
  ],
};
