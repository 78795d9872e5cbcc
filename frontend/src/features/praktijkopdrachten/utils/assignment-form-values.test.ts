import { describe, expect, it } from 'vitest';
import { emptyAssignment, move, newCriterion, toAssignmentFields, validateAssignment } from './assignment-form-values';

const messages = { required: 'verplicht', partsRequired: 'onderdeel', criterionRequired: 'naam', levelsRequired: 'niveaus' };

describe('toAssignmentFields', () => {
  it('trims, removes duplicate aspects and keeps the parts in a fixed order', () => {
    const values = {
      ...emptyAssignment('l1'),
      leerjaarId: 'j2',
      title: '  Coachgesprek ',
      instructions: ' Neem op. ',
      dueOn: '2027-06-30',
      parts: ['DOCUMENT', 'VIDEO'] as const,
      aspects: ['Doelgericht  communiceren', 'Doelgericht communiceren', ' ', 'Coachen'],
      rubric: [{ ...newCriterion(['Laag', 'Hoog']), title: ' Structuur ' }],
    };
    const fields = toAssignmentFields({ ...values, parts: [...values.parts] });
    expect(fields).toMatchObject({
      leerjaarId: 'j2',
      title: 'Coachgesprek',
      instructions: 'Neem op.',
      dueOn: '2027-06-30',
      parts: ['VIDEO', 'DOCUMENT'],
      aspects: ['Doelgericht communiceren', 'Coachen'],
    });
    expect(fields.rubric).toEqual([
      {
        title: 'Structuur',
        description: '',
        levels: [
          { label: 'Laag', description: '', points: 1 },
          { label: 'Hoog', description: '', points: 2 },
        ],
      },
    ]);
  });

  it('reads points typed as text', () => {
    const criterion = newCriterion(['A', 'B']);
    criterion.levels[0]!.points = '7';
    criterion.levels[1]!.points = '';
    const fields = toAssignmentFields({ ...emptyAssignment(), rubric: [criterion] });
    expect(fields.rubric?.[0]?.levels.map((l) => l.points)).toEqual([7, 0]);
  });
});

describe('validateAssignment', () => {
  it('asks for the required fields and at least one part', () => {
    const errors = validateAssignment({ ...emptyAssignment(), parts: [] }, messages);
    expect(errors).toMatchObject({ leergangId: 'verplicht', leerjaarId: 'verplicht', title: 'verplicht', dueOn: 'verplicht', parts: 'onderdeel' });
  });

  it('checks each criterion of the rubric', () => {
    const unnamed = newCriterion(['A', '']);
    const errors = validateAssignment(
      { ...emptyAssignment('l'), leerjaarId: 'j', title: 'x', dueOn: '2027-01-01', rubric: [unnamed, { ...newCriterion(['A']), title: 'B' }] },
      messages,
    );
    expect(errors).toEqual({ 'rubric.0.title': 'naam', 'rubric.0.levels': 'niveaus', 'rubric.1.levels': 'niveaus' });
  });
});

describe('move', () => {
  it('moves an item up or down and stays within the list', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
