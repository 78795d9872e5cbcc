import { Group, Radio, Stack, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { RatingHistory } from './rating-history';

export interface ScaleLevel {
  value: number;
  label: string;
  description: string;
}

interface AspectRatingProps {
  aspectId: string;
  title: string;
  description: string;
  scale: readonly ScaleLevel[];
  value: number | null;
  note: string;
  readOnly: boolean;
  /** The scan whose stored rows of this aspect "Geschiedenis" lists; null while the aspect has none. */
  historyScanId?: string | null;
  onValue: (aspectId: string, value: number) => void;
  onNote: (aspectId: string, note: string) => void;
}

/** One aspect of a scan: a radio group over the scale, an optional note, and the history of its scores once stored. */
export const AspectRating = memo(function AspectRating({ aspectId, title, description, scale, value, note, readOnly, historyScanId, onValue, onNote }: AspectRatingProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Radio.Group
        label={title}
        description={description || undefined}
        value={value == null ? null : String(value)}
        onChange={(v) => onValue(aspectId, Number(v))}
        readOnly={readOnly}
      >
        <Group gap="md" mt={6}>
          {scale.map((l) => (
            <Radio key={l.value} value={String(l.value)} label={`${l.value} · ${l.label}`} title={l.description} disabled={readOnly} />
          ))}
        </Group>
      </Radio.Group>
      {readOnly && !note ? null : (
        <Textarea
          aria-label={t('growth.scan.noteFor', { aspect: title })}
          placeholder={t('growth.scan.note')}
          autosize
          minRows={1}
          maxRows={5}
          maxLength={2000}
          value={note}
          readOnly={readOnly}
          onChange={(e) => onNote(aspectId, e.currentTarget.value)}
        />
      )}
      {historyScanId ? <RatingHistory scanId={historyScanId} aspectId={aspectId} aspectTitle={title} scale={scale} /> : null}
    </Stack>
  );
});
