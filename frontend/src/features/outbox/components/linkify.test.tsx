import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { MailBody } from './mail-body';

describe('MailBody', () => {
  it('keeps the text and makes links clickable, without trailing punctuation', () => {
    const body = 'Beste Anna,\n\nStel je wachtwoord in: http://localhost:8080/uitnodiging/abc123.\nGroet';
    const { container } = render(
      <MantineProvider>
        <MailBody body={body} />
      </MantineProvider>,
    );
    const link = screen.getByRole('link', { name: 'http://localhost:8080/uitnodiging/abc123' });
    expect(link).toHaveAttribute('href', 'http://localhost:8080/uitnodiging/abc123');
    expect(container.querySelector('pre')?.textContent).toBe(body);
  });
});
