import type { PopoverProps } from '@mantine/core';
import { useState } from 'react';

/** What useDropdownEscape gives: spread it on the field. */
export interface DropdownEscapeProps {
  'data-mantine-stop-propagation': true | undefined;
  popoverProps: PopoverProps;
}

/**
 * Props for a Mantine field with a popover dropdown (DateInput, DateField, …)
 * inside a Modal or Drawer: while its dropdown is open, Escape closes only the
 * dropdown and not the dialog around it, so the edits stay. Mantine's dialogs
 * skip an Escape from an element marked data-mantine-stop-propagation (Select
 * and Menu mark themselves; the date fields do not). With the dropdown closed,
 * Escape closes the dialog as usual.
 *
 *   const escape = useDropdownEscape();
 *   <DateInput {...form.getInputProps('date')} {...escape} />
 *
 * One call per field. Pass the field's own popoverProps, if any, to keep their
 * onOpen and onClose.
 */
export function useDropdownEscape(popoverProps?: PopoverProps): DropdownEscapeProps {
  const [opened, setOpened] = useState(false);
  return {
    'data-mantine-stop-propagation': opened || undefined,
    popoverProps: {
      ...popoverProps,
      onOpen: () => {
        setOpened(true);
        popoverProps?.onOpen?.();
      },
      onClose: () => {
        setOpened(false);
        popoverProps?.onClose?.();
      },
    },
  };
}
