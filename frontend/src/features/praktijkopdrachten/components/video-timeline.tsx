import { Box, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PraktijkCommentFragment } from '@/gql/graphql';
import { KIND_COLORS } from '../utils/status';
import { formatTimestamp } from '../utils/time';
import { assignLanes, markerPercent } from '../utils/timeline';


const LANE_HEIGHT = 18;

interface VideoTimelineProps {
  comments: readonly PraktijkCommentFragment[];
  duration: number | null;
  currentTime: number;
  onSeek: (seconds: number) => void;
}

/**
 * A bar under the video with a marker per comment at its moment: buttons that
 * seek the video (click, Enter or Space), reachable with Tab, named with kind,
 * time and text for screen readers.
 */
export function VideoTimeline({ comments, duration, currentTime, onSeek }: VideoTimelineProps) {
  const { t } = useTranslation();
  const placed = comments
    .map((c) => ({ comment: c, percent: markerPercent(c.seconds, duration) }))
    .filter((p): p is { comment: PraktijkCommentFragment; percent: number } => p.percent !== null);
  const lanes = assignLanes(placed.map((p) => p.percent));
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const playhead = markerPercent(currentTime, duration);

  return (
    <Box
      role="group"
      aria-label={t('praktijk.video.timeline')}
      pos="relative"
      h={laneCount * LANE_HEIGHT + 14}
      mx={8}
      data-testid="video-timeline"
    >
      <Box pos="absolute" left={0} right={0} bottom={4} h={6} bg="gray.2" style={{ borderRadius: 3 }} aria-hidden>
        {playhead !== null ? (
          <Box pos="absolute" left={0} top={0} bottom={0} w={`${playhead}%`} bg="blue.2" style={{ borderRadius: 3 }} />
        ) : null}
      </Box>
      {placed.map(({ comment, percent }, index) => {
        const kind = comment.kind ?? 'TIP';
        const time = formatTimestamp(comment.seconds);
        const kindLabel = t(`praktijk.kinds.${kind}`);
        const label = comment.aspect
          ? t('praktijk.video.markerWithAspect', { kind: kindLabel, time, aspect: comment.aspect, body: comment.body })
          : t('praktijk.video.marker', { kind: kindLabel, time, body: comment.body });
        const lane = lanes[index] ?? 0;
        return (
          <Tooltip key={comment.id} label={`${time} · ${kindLabel}: ${comment.body}`} multiline maw={320} withArrow openDelay={150}>
            <UnstyledButton
              className="praktijk-marker"
              aria-label={label}
              data-seconds={comment.seconds}
              onClick={() => onSeek(comment.seconds)}
              pos="absolute"
              bottom={2 + lane * LANE_HEIGHT}
              left={`${percent}%`}
              w={14}
              h={14}
              bg={`${KIND_COLORS[kind]}.6`}
              style={{ transform: 'translateX(-50%)', borderRadius: '50%', border: '2px solid white', boxShadow: '0 0 0 1px rgba(0,0,0,.25)' }}
            />
          </Tooltip>
        );
      })}
    </Box>
  );
}
