import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, renderWithProviders } from '@/testing/test-utils';
import { ImportDialog } from './import-dialog';

function rowError(row: number, reason: string, message: string) {
  return { message: `Kader, rij ${row}: ${message}`, extensions: { code: 'BAD_USER_INPUT', field: 'file', row, sheet: 'Kader', reason } };
}

function chooseFile(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('ImportDialog', () => {
  it('sends the file as base64 and lists every bad row the server reports', { timeout: 15_000 }, async () => {
    const { client, executeMutation } = mockClient({
      mutation: () =>
        ({
          data: null,
          error: {
            name: 'CombinedError',
            message: 'fout',
            graphQLErrors: [rowError(3, 'competency_required', 'De kolom competentie is leeg.'), rowError(4, 'duplicate_aspect', 'Dit aspect staat al bij deze competentie (rij 2).')],
          },
        }) as never,
    });
    const onImported = vi.fn();
    renderWithProviders(<ImportDialog onImported={onImported} onClose={() => undefined} />, { client });
    fireEvent.change(screen.getByRole('textbox', { name: /Naam van het nieuwe kader/ }), { target: { value: 'Ons kader' } });
    chooseFile(new File(['competentie;aspect\nCoach;Vraagt door\n'], 'kader.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));

    const list = await screen.findByRole('list', { name: 'Het bestand is niet geïmporteerd' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Kader, rij 3: De kolom competentie is leeg.');
    expect(items[1]).toHaveTextContent('Kader, rij 4: Dit aspect staat al bij deze competentie (rij 2).');
    expect(screen.getByText(/Er zijn 2 problemen gevonden/)).toBeInTheDocument();
    expect(onImported).not.toHaveBeenCalled();

    const [[operation]] = executeMutation.mock.calls as unknown as [[{ variables: { input: Record<string, unknown> } }]];
    expect(operation.variables.input).toMatchObject({ name: 'Ons kader', format: 'CSV', fileName: 'kader.csv', frameworkId: null });
    expect(atob(operation.variables.input.contentBase64 as string)).toBe('competentie;aspect\nCoach;Vraagt door\n');
  });

  it('refuses a file of another type before sending it', { timeout: 15_000 }, async () => {
    const { client, executeMutation } = mockClient();
    renderWithProviders(<ImportDialog onImported={() => undefined} onClose={() => undefined} />, { client });
    fireEvent.change(screen.getByRole('textbox', { name: /Naam van het nieuwe kader/ }), { target: { value: 'Ons kader' } });
    chooseFile(new File(['x'], 'kader.xls'));
    await userEvent.click(screen.getByRole('button', { name: 'Importeren' }));
    await waitFor(() => expect(screen.getByText('Kies een CSV- of XLSX-bestand.')).toBeInTheDocument());
    expect(executeMutation).not.toHaveBeenCalled();
  });
});
