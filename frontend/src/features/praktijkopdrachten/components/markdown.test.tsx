import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { Markdown } from './markdown';

describe('Markdown', () => {
  it('renders lists, emphasis and safe links', () => {
    renderWithProviders(<Markdown source={'Lees **eerst** dit.\n\n- een\n- twee\n\n[LBBO](https://www.lbbo.nl)'} />);
    expect(screen.getByText('eerst').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'LBBO' });
    expect(link).toHaveAttribute('href', 'https://www.lbbo.nl');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows HTML as text and never runs it', () => {
    const { container } = renderWithProviders(<Markdown source={'<img src=x onerror="window.hacked=1"> <script>alert(1)</script>'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText(/<img src=x onerror=/)).toBeInTheDocument();
  });

  it('leaves javascript: links as text', () => {
    const { container } = renderWithProviders(<Markdown source={'[klik](javascript:alert(1))'} />);
    expect(container.querySelector('a')).toBeNull();
  });
});
