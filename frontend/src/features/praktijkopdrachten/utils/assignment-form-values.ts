import type { AssignmentFields, AssignmentPart, PraktijkAssignmentFragment } from '@/gql/graphql';

export const PARTS: AssignmentPart[] = ['VIDEO', 'DOCUMENT', 'TEXT'];

/** The form's own field names match the server's `extensions.field` names. */
export const ASSIGNMENT_FIELDS = ['leergangId', 'leerjaarId', 'title', 'instructions', 'dueOn', 'parts', 'aspects', 'rubric'] as const;

export interface LevelValues {
  key: string;
  label: string;
  description: string;
  /** NumberInput hands out a string while empty. */
  points: number | string;
}

export interface CriterionValues {
  key: string;
  title: string;
  description: string;
  levels: LevelValues[];
}

export interface AssignmentFormValues {
  leergangId: string | null;
  leerjaarId: string | null;
  title: string;
  instructions: string;
  dueOn: string | null;
  parts: AssignmentPart[];
  aspects: string[];
  rubric: CriterionValues[];
}

let keySeq = 0;
/** A key for list items in the form (React keys; never sent). */
export function newKey(): string {
  keySeq += 1;
  return `k${keySeq}`;
}

export function emptyAssignment(leergangId: string | null = null): AssignmentFormValues {
  return { leergangId, leerjaarId: null, title: '', instructions: '', dueOn: null, parts: ['VIDEO'], aspects: [], rubric: [] };
}

/** A new criterion with the usual four levels (named, points 1–4), descriptions to fill in. */
export function newCriterion(levelLabels: readonly string[]): CriterionValues {
  return {
    key: newKey(),
    title: '',
    description: '',
    levels: levelLabels.map((label, i) => ({ key: newKey(), label, description: '', points: i + 1 })),
  };
}

export function newLevel(position: number): LevelValues {
  return { key: newKey(), label: '', description: '', points: position };
}

export function fromAssignment(a: PraktijkAssignmentFragment): AssignmentFormValues {
  return {
    leergangId: a.leergang.id,
    leerjaarId: a.leerjaar.id,
    title: a.title,
    instructions: a.instructions,
    dueOn: a.dueOn,
    parts: [...a.parts],
    aspects: [...a.aspects],
    rubric: a.rubric.map((c) => ({
      key: newKey(),
      title: c.title,
      description: c.description,
      levels: c.levels.map((l) => ({ key: newKey(), label: l.label, description: l.description, points: l.points })),
    })),
  };
}

function points(value: number | string): number {
  if (typeof value === 'number') return value;
  const n = Number(value.trim());
  return Number.isFinite(n) ? Math.round(n) : 0;
}

/** The GraphQL input: texts trimmed, aspects without duplicates, the rubric without form keys. */
export function toAssignmentFields(values: AssignmentFormValues): AssignmentFields {
  const aspects: string[] = [];
  for (const a of values.aspects) {
    const clean = a.trim().replace(/\s+/g, ' ');
    if (clean && !aspects.includes(clean)) aspects.push(clean);
  }
  return {
    leerjaarId: values.leerjaarId ?? '',
    title: values.title.trim(),
    instructions: values.instructions.trim(),
    dueOn: values.dueOn ?? '',
    parts: PARTS.filter((p) => values.parts.includes(p)),
    aspects,
    rubric: values.rubric.map((c) => ({
      title: c.title.trim(),
      description: c.description.trim(),
      levels: c.levels.map((l) => ({ label: l.label.trim(), description: l.description.trim(), points: points(l.points) })),
    })),
  };
}

export interface AssignmentMessages {
  required: string;
  partsRequired: string;
  criterionRequired: string;
  levelsRequired: string;
}

/** The checks the form does before asking the server (which checks everything again). */
export function validateAssignment(values: AssignmentFormValues, m: AssignmentMessages): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.leergangId) errors.leergangId = m.required;
  if (!values.leerjaarId) errors.leerjaarId = m.required;
  if (!values.title.trim()) errors.title = m.required;
  if (!values.dueOn) errors.dueOn = m.required;
  if (values.parts.length === 0) errors.parts = m.partsRequired;
  values.rubric.forEach((c, i) => {
    if (!c.title.trim()) errors[`rubric.${i}.title`] = m.criterionRequired;
    const named = c.levels.filter((l) => l.label.trim());
    if (c.levels.length < 2 || named.length < c.levels.length) errors[`rubric.${i}.levels`] = m.levelsRequired;
  });
  return errors;
}

/** Moves an item of a list one place up (-1) or down (+1). */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
