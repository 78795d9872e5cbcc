import { Badge, InputWrapper, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  components: {
    // The required mark comes from styles.css with empty alternative text, so labels
    // keep their plain text ("E-mailadres", not "E-mailadres *") for people and tests.
    InputWrapper: InputWrapper.extend({ defaultProps: { withAsterisk: false } }),
    // Badges hold one or two words: never cut them off inside narrow table cells.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
  },
});
