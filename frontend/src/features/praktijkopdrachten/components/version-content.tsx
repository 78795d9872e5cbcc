import { Anchor, Card, Group, SegmentedControl, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload, IconFileText, IconShieldCheck } from '@tabler/icons-react';
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PraktijkFileFragment, PraktijkVersionFragment } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { formatBytes } from '../upload/upload-stats';
import { VideoReview } from './video-review';

type Version = PraktijkVersionFragment;

/** The switcher between versions (newest first), shown from two versions on. */
export function VersionSwitcher({
  versions,
  value,
  onChange,
}: {
  versions: readonly Pick<Version, 'id' | 'number' | 'submittedAt'>[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (versions.length < 2) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="version-switcher-label">
        {t('praktijk.submission.versionSwitcher')}
      </Text>
      <SegmentedControl
        aria-labelledby="version-switcher-label"
        value={value}
        onChange={onChange}
        data={versions.map((v) => ({
          value: v.id,
          label: v.submittedAt ? t('praktijk.submission.versionOption', { number: v.number }) : t('praktijk.submission.versionDraft', { number: v.number }),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
    </Stack>
  );
}

export function ConsentLine({ version }: { version: Pick<Version, 'showsPupils' | 'consent'> }) {
  const { t, i18n } = useTranslation();
  if (!version.showsPupils) return null;
  if (!version.consent) {
    return (
      <Text size="sm" c="orange.8">
        {t('praktijk.submission.showsPupilsNoConsent')}
      </Text>
    );
  }
  const date = formatDateTime(version.consent.confirmedAt, i18n.language);
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ThemeIcon color="teal" variant="light" size="sm" aria-hidden>
        <IconShieldCheck size={14} />
      </ThemeIcon>
      <Text size="sm" data-testid="consent-line">
        {version.consent.confirmedBy
          ? t('praktijk.submission.consentBy', { name: version.consent.confirmedBy.name, date })
          : t('praktijk.submission.consentByUnknown', { date })}
      </Text>
    </Group>
  );
}

function FileLink({ file }: { file: PraktijkFileFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon variant="light" aria-hidden>
        <IconFileText size={18} />
      </ThemeIcon>
      {file.downloadUrl ? (
        <Anchor href={file.downloadUrl} aria-label={t('praktijk.submission.download', { name: file.name })}>
          <Group gap={4} wrap="nowrap">
            <span>{file.name}</span>
            <IconDownload size={14} aria-hidden />
          </Group>
        </Anchor>
      ) : (
        <Text>{file.name}</Text>
      )}
      <Text size="xs" c="dimmed">
        {formatBytes(file.size, i18n.language)}
      </Text>
    </Group>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

interface VersionContentProps {
  version: Version;
  aspects: readonly string[];
  viewerId: string;
  commentMode: 'review' | 'self' | null;
  canReply: boolean;
  canDeleteOwn: boolean;
  filesDeletedAt: string | null;
}

/** A handed-in version: the video with its comments, the document, the text and the reflection. */
export function VersionContent({ version, aspects, viewerId, commentMode, canReply, canDeleteOwn, filesDeletedAt }: VersionContentProps) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="lg">
      {filesDeletedAt ? (
        <Text c="dimmed">{t('praktijk.submission.filesDeleted', { date: formatDateTime(filesDeletedAt, i18n.language) })}</Text>
      ) : null}
      {version.video ? (
        <Section title={t('praktijk.submission.video')}>
          <ConsentLine version={version} />
          <VideoReview
            versionId={version.id}
            video={version.video}
            comments={version.comments}
            aspects={aspects}
            commentMode={commentMode}
            canReply={canReply}
            viewerId={viewerId}
            canDeleteOwn={canDeleteOwn}
          />
        </Section>
      ) : null}
      {version.document ? (
        <Section title={t('praktijk.submission.document')}>
          <FileLink file={version.document} />
        </Section>
      ) : null}
      {version.attachments.length > 0 ? (
        <Section title={t('praktijk.submission.attachments')}>
          {version.attachments.map((f) => (
            <FileLink key={f.id} file={f} />
          ))}
        </Section>
      ) : null}
      {version.text ? (
        <Section title={t('praktijk.submission.text')}>
          <Card withBorder padding="md" radius="md">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{version.text}</Text>
          </Card>
        </Section>
      ) : null}
      <Section title={t('praktijk.submission.reflection')}>
        <Card withBorder padding="md" radius="md">
          <Text style={{ whiteSpace: 'pre-wrap' }} c={version.reflection ? undefined : 'dimmed'} data-testid="reflection">
            {version.reflection || t('praktijk.submission.noReflection')}
          </Text>
        </Card>
      </Section>
    </Stack>
  );
}
