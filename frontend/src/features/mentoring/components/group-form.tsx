import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { OrganisationSelect } from '@/components/organisation-select';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import { rules } from '@/lib/validation';
import { IntervisieCandidatesQuery, IntervisieCreateGroupMutation, IntervisieLeergangOptionsQuery, IntervisieUpdateGroupMutation } from '../api/intervisie';

const FIELDS = ['organisationId', 'name', 'description', 'facilitatorId', 'leergangId', 'memberIds'];

export interface GroupValues {
  organisationId: string | null;
  name: string;
  description: string;
  facilitatorId: string | null;
  leergangId: string | null;
  memberIds: string[];
}

interface GroupFormProps {
  opened: boolean;
  onClose: () => void;
  /** The group to edit; a new group when absent. */
  groupId?: string;
  initial: GroupValues;
  /** A beheerder chooses the organisation; a bestuur user's own is used. */
  chooseOrganisation: boolean;
}

/** Creates or edits an intervisie group: name, facilitator, leergang and members. */
export function GroupForm({ opened, onClose, groupId, initial, chooseOrganisation }: GroupFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<GroupValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: { name: rules.required, organisationId: chooseOrganisation ? rules.required : undefined },
  });
  const orgId = form.values.organisationId;
  const [candidates] = useQuery({ query: IntervisieCandidatesQuery, variables: { organisationId: orgId ?? '' }, pause: !opened || !orgId });
  const [leergangen] = useQuery({ query: IntervisieLeergangOptionsQuery, pause: !opened });
  const [created, create] = useMutation(IntervisieCreateGroupMutation);
  const [updated, update] = useMutation(IntervisieUpdateGroupMutation);
  const people = candidates.data?.intervisieCandidates ?? [];
  const label = (p: { name: string; schools: readonly string[] }) => (p.schools.length ? `${p.name} (${p.schools.join(', ')})` : p.name);

  const submit = async (values: GroupValues) => {
    const group = {
      name: values.name.trim(),
      description: values.description.trim(),
      facilitatorId: values.facilitatorId,
      leergangId: values.leergangId,
      memberIds: values.memberIds,
    };
    const context = { additionalTypenames: ['IntervisieGroup'] };
    if (groupId) {
      const result = await update({ input: { id: groupId, group } }, context);
      if (result.error) return showMutationError(result.error, form, FIELDS);
    } else {
      const result = await create({ input: { organisationId: chooseOrganisation ? values.organisationId : null, group } }, context);
      if (result.error) return showMutationError(result.error, form, FIELDS);
      const id = result.data?.createIntervisieGroup.group.id;
      if (id) void navigate(`/intervisie/${id}`);
    }
    notifySuccess(t('mentoring.intervisie.saved'));
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={groupId ? t('mentoring.intervisie.editTitle') : t('mentoring.intervisie.createTitle')} size="lg">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          {chooseOrganisation && !groupId ? (
            <OrganisationSelect label={t('mentoring.intervisie.organisation')} required {...form.getInputProps('organisationId')} />
          ) : null}
          <TextInput label={t('mentoring.intervisie.name')} required {...form.getInputProps('name')} />
          <Textarea label={t('mentoring.intervisie.description')} autosize minRows={2} maxRows={6} {...form.getInputProps('description')} />
          <Select
            label={t('mentoring.intervisie.facilitator')}
            searchable
            clearable
            data={people.map((p) => ({ value: p.personId, label: label(p) }))}
            {...form.getInputProps('facilitatorId')}
          />
          <Select
            label={t('mentoring.intervisie.leergang')}
            searchable
            clearable
            data={(leergangen.data?.leergangen.nodes ?? []).map((l) => ({ value: l.id, label: l.name }))}
            {...form.getInputProps('leergangId')}
          />
          <MultiSelect
            label={t('mentoring.intervisie.members')}
            searchable
            data={people.filter((p) => p.isDeelnemer).map((p) => ({ value: p.personId, label: label(p) }))}
            {...form.getInputProps('memberIds')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('mentoring.intervisie.cancel')}
            </Button>
            <Button type="submit" loading={created.fetching || updated.fetching}>
              {t('mentoring.intervisie.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
