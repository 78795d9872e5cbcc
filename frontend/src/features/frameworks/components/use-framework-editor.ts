import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { FrameworkDetailFieldsFragment } from '@/gql/graphql';
import { showMutationError } from '@/lib/mutation-errors';
import {
  AddAspectMutation,
  AddCompetencyMutation,
  MoveAspectMutation,
  MoveCompetencyMutation,
  RemoveAspectMutation,
  RemoveCompetencyMutation,
  UpdateAspectMutation,
  UpdateCompetencyMutation,
} from '../api/mutations';
import type { ItemValues } from './item-form-modal';

type Framework = FrameworkDetailFieldsFragment;
export type Competency = Framework['competencies'][number];
export type Aspect = Competency['aspects'][number];

/** The dialog the editor shows, if any. */
export type EditorDialog =
  | { kind: 'addCompetency' }
  | { kind: 'editCompetency'; competency: Competency }
  | { kind: 'removeCompetency'; competency: Competency }
  | { kind: 'addAspect'; competency: Competency }
  | { kind: 'editAspect'; aspect: Aspect }
  | { kind: 'removeAspect'; aspect: Aspect };

/**
 * The framework editor's writes. Every mutation answers with the whole
 * framework, so urql's cache updates the page; moves are announced to screen
 * readers, because the moved item's place is only visible.
 */
export function useFrameworkEditor(framework: Framework) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [addC, addCompetency] = useMutation(AddCompetencyMutation);
  const [updC, updateCompetency] = useMutation(UpdateCompetencyMutation);
  const [movC, moveCompetency] = useMutation(MoveCompetencyMutation);
  const [remC, removeCompetency] = useMutation(RemoveCompetencyMutation);
  const [addA, addAspect] = useMutation(AddAspectMutation);
  const [updA, updateAspect] = useMutation(UpdateAspectMutation);
  const [movA, moveAspect] = useMutation(MoveAspectMutation);
  const [remA, removeAspect] = useMutation(RemoveAspectMutation);

  const saving = addC.fetching || updC.fetching || addA.fetching || updA.fetching;
  const moving = movC.fetching || movA.fetching;
  const removing = remC.fetching || remA.fetching;

  const saveItem = async (values: ItemValues): Promise<CombinedError | undefined> => {
    const description = values.description;
    if (!dialog) return undefined;
    switch (dialog.kind) {
      case 'addCompetency':
        return (await addCompetency({ input: { frameworkId: framework.id, name: values.title, description } })).error;
      case 'editCompetency':
        return (await updateCompetency({ input: { id: dialog.competency.id, name: values.title, description } })).error;
      case 'addAspect':
        return (await addAspect({ input: { competencyId: dialog.competency.id, title: values.title, description } })).error;
      case 'editAspect':
        return (await updateAspect({ input: { id: dialog.aspect.id, title: values.title, description } })).error;
      default:
        return undefined;
    }
  };

  const announceMove = (name: string, id: string, updated: Framework | undefined) => {
    const competency = updated?.competencies.find((c) => c.id === id);
    const aspect = updated?.competencies.flatMap((c) => c.aspects).find((a) => a.id === id);
    const position = competency?.position ?? aspect?.position;
    if (position !== undefined) setAnnouncement(t('frameworks.moved', { name, position }));
  };

  const moveC = async (c: Competency, direction: 'UP' | 'DOWN') => {
    const result = await moveCompetency({ input: { id: c.id, direction } });
    if (result.error) showMutationError(result.error);
    else announceMove(c.name, c.id, result.data?.moveCompetency.framework);
  };
  const moveA = async (a: Aspect, direction: 'UP' | 'DOWN') => {
    const result = await moveAspect({ input: { id: a.id, direction } });
    if (result.error) showMutationError(result.error);
    else announceMove(a.title, a.id, result.data?.moveAspect.framework);
  };

  const confirmRemove = async () => {
    if (!dialog) return;
    let error: CombinedError | undefined;
    if (dialog.kind === 'removeCompetency') error = (await removeCompetency({ input: { id: dialog.competency.id } })).error;
    if (dialog.kind === 'removeAspect') error = (await removeAspect({ input: { id: dialog.aspect.id } })).error;
    if (error) showMutationError(error);
    setDialog(null);
  };

  return {
    dialog,
    setDialog,
    close: () => setDialog(null),
    announcement,
    saving,
    moving,
    removing,
    saveItem,
    competencyActions: {
      edit: (competency: Competency) => setDialog({ kind: 'editCompetency', competency }),
      move: (c: Competency, d: 'UP' | 'DOWN') => void moveC(c, d),
      remove: (competency: Competency) => setDialog({ kind: 'removeCompetency', competency }),
    },
    aspectActions: {
      edit: (aspect: Aspect) => setDialog({ kind: 'editAspect', aspect }),
      move: (a: Aspect, d: 'UP' | 'DOWN') => void moveA(a, d),
      remove: (aspect: Aspect) => setDialog({ kind: 'removeAspect', aspect }),
    },
    addAspectTo: (competency: Competency) => setDialog({ kind: 'addAspect', competency }),
    confirmRemove,
  };
}
