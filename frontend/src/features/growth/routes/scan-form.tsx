import { Alert, Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { DetailSkeleton } from '@/components/loading';
import { Page } from '@/components/page';
import { QueryError } from '@/components/query-error';
import type { GrowthScanFragment, ScanFrameworkQuery as ScanFrameworkData, StartScanMutation as StartScanResult } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { showMutationError } from '@/lib/mutation-errors';
import { notifySuccess } from '@/lib/notify';
import {
  FinishScanMutation,
  SaveScanRatingsMutation,
  ScanFrameworkQuery,
  ScanSubjectQuery,
  SetScanNotesHiddenMutation,
  StartScanMutation,
} from '../api/scan-form';
import { AspectRating } from '../components/aspect-rating';
import { ratedCount } from '../utils/growth-data';

type StartedScan = StartScanResult['startScan']['scan'];

/**
 * /groei/scan/:momentId(?persoon=id): the viewer's scan at a moment: their
 * self-scan, or (with persoon) their rating of a deelnemer as opleider, maatje
 * or directie. Opening it starts a concept; saving keeps it half-finished;
 * finishing locks it.
 */
export default function ScanFormRoute() {
  const { t } = useTranslation();
  const { momentId = '' } = useParams();
  const [params] = useSearchParams();
  const personId = params.get('persoon');
  const [{ data, error, fetching }, start] = useMutation(StartScanMutation);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void start({ input: { momentId, personId } });
  }, [start, momentId, personId]);

  if (error && !data) {
    return (
      <Page title={t('growth.title')}>
        <QueryError error={error} />
      </Page>
    );
  }
  if (fetching || !data) {
    return (
      <Page title={t('growth.scan.starting')}>
        <DetailSkeleton />
      </Page>
    );
  }
  return <ScanPage started={data.startScan.scan} personId={personId} />;
}

function ScanPage({ started, personId }: { started: StartedScan; personId: string | null }) {
  const { t } = useTranslation();
  const leergang = started.moment.leergang;
  const [{ data, error }, reexecute] = useQuery({ query: ScanFrameworkQuery, variables: { leergangId: leergang.id } });
  const [scan, setScan] = useState<GrowthScanFragment>(started);
  const isSelf = scan.raterRole === 'ZELF';
  const [subject] = useQuery({
    query: ScanSubjectQuery,
    variables: { leergangId: leergang.id, personId: scan.personId },
    pause: isSelf,
  });
  const title = isSelf
    ? t('growth.scan.selfTitle', { moment: started.moment.title })
    : t('growth.scan.rateTitle', { name: subject.data?.growth.person.name ?? '…', moment: started.moment.title });
  const back = personId ? `/groei/deelnemers/${personId}?leergang=${leergang.id}` : `/groei?leergang=${leergang.id}`;
  const framework = data?.leergang.framework;
  return (
    <Page
      title={title}
      before={
        <Anchor component={Link} to={back}>
          ← {t('growth.scan.backToGrowth')}
        </Anchor>
      }
    >
      <Text c="dimmed">
        {leergang.name} · {t('growth.scan.asRole', { role: t(`growth.roles.${scan.raterRole}`) })}
      </Text>
      {error && !data ? <QueryError error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {!data ? <DetailSkeleton /> : null}
      {data && !framework ? <Alert color="gray">{t('growth.noFramework')}</Alert> : null}
      {framework ? <ScanForm scan={scan} onScan={setScan} framework={framework} /> : null}
    </Page>
  );
}

type Framework = NonNullable<ScanFrameworkData['leergang']['framework']>;

function initialValues(scan: GrowthScanFragment) {
  const values: Record<string, number | null> = {};
  const notes: Record<string, string> = {};
  for (const r of scan.ratings) {
    values[r.aspectId] = r.value;
    notes[r.aspectId] = r.note;
  }
  return { values, notes };
}

function ScanForm({ scan, onScan, framework }: { scan: GrowthScanFragment; onScan: (s: GrowthScanFragment) => void; framework: Framework }) {
  const { t } = useTranslation();
  const [{ fetching: saving }, save] = useMutation(SaveScanRatingsMutation);
  const [{ fetching: finishing }, finish] = useMutation(FinishScanMutation);
  const [{ fetching: hiding }, setHidden] = useMutation(SetScanNotesHiddenMutation);
  const [state, setState] = useState(() => initialValues(scan));
  const [dirty, setDirty] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const readOnly = !scan.canEdit;
  // Aspects with a stored rating have a history to show.
  const stored = useMemo(() => new Set(scan.ratings.map((r) => r.aspectId)), [scan.ratings]);
  const aspects = framework.competencies.flatMap((c) => c.aspects);
  const rated = ratedCount(Object.fromEntries(aspects.map((a) => [a.id, state.values[a.id] ?? null])));

  const onValue = useCallback((aspectId: string, value: number) => {
    setState((s) => ({ ...s, values: { ...s.values, [aspectId]: value } }));
    setDirty(true);
  }, []);
  const onNote = useCallback((aspectId: string, note: string) => {
    setState((s) => ({ ...s, notes: { ...s.notes, [aspectId]: note } }));
    setDirty(true);
  }, []);

  const fail = (error: CombinedError) => showMutationError(error);

  async function saveRatings(): Promise<boolean> {
    const ratings = aspects
      .filter((a) => state.values[a.id] != null)
      .map((a) => ({ aspectId: a.id, value: state.values[a.id] as number, note: state.notes[a.id] ?? '' }));
    const res = await save({ input: { scanId: scan.id, ratings } });
    if (res.error || !res.data) {
      if (res.error) fail(res.error);
      return false;
    }
    onScan(res.data.saveScanRatings.scan);
    setDirty(false);
    return true;
  }

  async function onSave() {
    if (await saveRatings()) notifySuccess(t('growth.scan.saved'));
  }

  async function onFinish() {
    setConfirm(false);
    if (!(await saveRatings())) return;
    const res = await finish({ input: { scanId: scan.id } });
    if (res.error || !res.data) {
      if (res.error) fail(res.error);
      return;
    }
    onScan(res.data.finishScan.scan);
    notifySuccess(t('growth.scan.finished'));
  }

  async function onHide(hidden: boolean) {
    const res = await setHidden({ input: { scanId: scan.id, hidden } });
    if (res.error || !res.data) {
      if (res.error) fail(res.error);
      return;
    }
    onScan(res.data.setScanNotesHidden.scan);
    notifySuccess(hidden ? t('growth.scan.hiddenSaved') : t('growth.scan.shownSaved'));
  }

  return (
    <Stack gap="lg">
      {readOnly ? (
        <Alert color="green" icon={<IconCheck size={18} aria-hidden />}>
          {t('growth.scan.locked', { date: formatDate(scan.finishedAt, currentLanguage()) })}
        </Alert>
      ) : (
        <Text>{t('growth.scan.intro')}</Text>
      )}
      {scan.raterRole === 'ZELF' ? (
        <Switch
          checked={scan.notesHiddenFromDirectie}
          disabled={hiding}
          onChange={(e) => void onHide(e.currentTarget.checked)}
          label={t('growth.scan.hideNotes')}
          description={t('growth.scan.hideNotesHelp')}
        />
      ) : null}
      <Text role="status" aria-live="polite" fw={600}>
        {t('growth.scan.progress', { count: rated, total: aspects.length })}
      </Text>
      {framework.competencies.map((c) => (
        <Card key={c.id} withBorder component="fieldset" padding="lg" style={{ minWidth: 0 }}>
          <Stack gap="md">
            <Stack gap={2}>
              <Title order={2} size="h3" component="legend" style={{ padding: 0 }}>
                {c.name}
              </Title>
              {c.description ? <Text c="dimmed" size="sm">{c.description}</Text> : null}
            </Stack>
            {c.aspects.map((a) => (
              <AspectRating
                key={a.id}
                aspectId={a.id}
                title={a.title}
                description={a.description}
                scale={framework.scale}
                value={state.values[a.id] ?? null}
                note={state.notes[a.id] ?? ''}
                readOnly={readOnly}
                historyScanId={stored.has(a.id) ? scan.id : null}
                onValue={onValue}
                onNote={onNote}
              />
            ))}
          </Stack>
        </Card>
      ))}
      {readOnly ? null : (
        <Group justify="flex-end" gap="sm" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
          {dirty ? <Text size="sm" c="dimmed">{t('growth.scan.unsaved')}</Text> : null}
          <Button variant="default" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={saving && !finishing} onClick={() => void onSave()}>
            {t('growth.scan.save')}
          </Button>
          <Button leftSection={<IconCheck size={18} aria-hidden />} loading={finishing} onClick={() => setConfirm(true)}>
            {t('growth.scan.finish')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirm}
        title={t('growth.scan.finishConfirmTitle')}
        message={t('growth.scan.finishConfirm')}
        confirmLabel={t('growth.scan.finish')}
        loading={finishing}
        onConfirm={() => void onFinish()}
        onClose={() => setConfirm(false)}
      />
    </Stack>
  );
}
