import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';
import { makeViewer, mockClient, renderWithProviders } from '@/testing/test-utils';
import { FrameworkCompetencies } from './framework-editor';

function framework(canEdit: boolean): FrameworkDetailFieldsFragment {
  return {
    id: 'f1',
    name: 'Eigen kader',
    description: '',
    isExample: false,
    canEdit,
    hasRatings: false,
    competencyCount: 2,
    aspectCount: 3,
    updatedAt: '2026-11-23T10:00:00Z',
    scale: [],
    leergangen: [],
    competencies: [
      { id: 'c1', position: 1, name: 'Coach', description: 'Coacht leerkrachten', aspects: [aspect('a1', 1, 'Vraagt door'), aspect('a2', 2, 'Geeft feedback')] },
      { id: 'c2', position: 2, name: 'Verbinder', description: '', aspects: [aspect('a3', 1, 'Betrekt ouders')] },
    ],
  };
}

function aspect(id: string, position: number, title: string) {
  return { id, position, title, description: '' };
}

describe('FrameworkCompetencies', () => {
  it('reorders with named buttons and asks the server to move the item', { timeout: 15_000 }, async () => {
    const moved = framework(true);
    moved.competencies = moved.competencies.map((c) =>
      c.id === 'c1' ? { ...c, aspects: [aspect('a2', 1, 'Geeft feedback'), aspect('a1', 2, 'Vraagt door')] } : c,
    );
    const { client, executeMutation } = mockClient({ mutation: () => ({ data: { moveAspect: { framework: moved } } }) as never });
    renderWithProviders(<FrameworkCompetencies framework={framework(true)} />, { client, viewer: makeViewer({ roles: ['OPLEIDER'] }) });

    expect(screen.getByRole('button', { name: 'Coach omhoog' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Verbinder omlaag' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Vraagt door omhoog' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Vraagt door omlaag' }));

    const [[operation]] = executeMutation.mock.calls as unknown as [[{ variables: { input: unknown } }]];
    expect(operation.variables.input).toEqual({ id: 'a1', direction: 'DOWN' });
    expect(await screen.findByText('Vraagt door staat nu op plaats 2.')).toBeInTheDocument();
  });

  it('shows the aspects in order without editing controls to readers', { timeout: 15_000 }, () => {
    renderWithProviders(<FrameworkCompetencies framework={framework(false)} />, { viewer: makeViewer({ roles: ['DEELNEMER'] }) });
    const coach = screen.getByRole('list', { name: 'Coach' });
    expect(within(coach).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1.1 Vraagt door', '1.2 Geeft feedback']);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: '2. Verbinder' })).toBeInTheDocument();
  });
});
