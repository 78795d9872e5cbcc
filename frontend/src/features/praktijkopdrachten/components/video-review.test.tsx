import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PraktijkCommentFragment, PraktijkFileFragment } from '@/gql/graphql';
import { mockClient, renderWithProviders } from '@/testing/test-utils';
import { VideoReview } from './video-review';

const video: PraktijkFileFragment = {
  id: 'f1',
  name: 'gesprek.webm',
  kind: 'VIDEO',
  contentType: 'video/webm',
  size: 1000,
  status: 'READY',
  rejectReason: '',
  url: '/files/f1',
  downloadUrl: '/files/f1?download=1',
  createdAt: '2026-11-23T10:00:00Z',
};

function comment(id: string, seconds: number, kind: PraktijkCommentFragment['kind'], body: string): PraktijkCommentFragment {
  return { id, seconds, kind, aspect: 'Doelgericht communiceren', body, createdAt: '2026-11-23T10:00:00Z', author: { id: 'o1', name: 'Marit Jansen' }, replies: [] };
}

function renderReview(props: Partial<Parameters<typeof VideoReview>[0]> = {}) {
  const { client, executeMutation } = mockClient();
  renderWithProviders(
    <VideoReview
      versionId="v1"
      video={video}
      comments={[comment('c2', 21, 'TIP', 'Laat de stilte bestaan.'), comment('c1', 4, 'STERK_PUNT', 'Heldere opening.')]}
      aspects={['Doelgericht communiceren', 'Leerkrachten coachen']}
      commentMode="review"
      canReply={false}
      viewerId="o1"
      canDeleteOwn
      {...props}
    />,
    { client },
  );
  return { executeMutation };
}

function setDuration(element: HTMLVideoElement, duration: number) {
  Object.defineProperty(element, 'duration', { configurable: true, value: duration });
  fireEvent.loadedMetadata(element);
}

// jsdom has no FontFaceSet; Mantine's autosize Textarea listens to it.
beforeAll(() => {
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => {}, removeEventListener: () => {} } });
  }
});

describe('VideoReview', () => {
  it('places a marker per comment by its share of the video, and lists them by time', () => {
    renderReview();
    const player = screen.getByLabelText<HTMLVideoElement>('Video: gesprek.webm');
    setDuration(player, 42);
    const markers = screen.getAllByRole('button', { name: /op 00:/ }).filter((b) => b.classList.contains('praktijk-marker'));
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Sterk punt op 00:04 (Doelgericht communiceren): Heldere opening.',
      'Tip op 00:21 (Doelgericht communiceren): Laat de stilte bestaan.',
    ]);
    expect(markers[1]).toHaveStyle({ left: '50%' });
    const jumps = screen.getAllByRole('button', { name: /^Naar / });
    expect(jumps.map((b) => b.textContent)).toEqual(['00:04', '00:21']);
  });

  it('still shows the markers while the browser does not know the duration', () => {
    renderReview();
    const player = screen.getByLabelText<HTMLVideoElement>('Video: gesprek.webm');
    setDuration(player, Number.POSITIVE_INFINITY);
    expect(screen.getByRole('button', { name: /^Tip op 00:21/ })).toBeInTheDocument();
  });

  it('seeks the video from a marker and from the list', async () => {
    const user = userEvent.setup();
    renderReview();
    const player = screen.getByLabelText<HTMLVideoElement>('Video: gesprek.webm');
    setDuration(player, 42);
    await user.click(screen.getByRole('button', { name: /^Tip op 00:21/ }));
    expect(player.currentTime).toBe(21);
    await user.click(screen.getByRole('button', { name: 'Naar 00:04' }));
    expect(player.currentTime).toBe(4);
  });

  it('opens a comment at the current moment with the key C on the player', async () => {
    const { executeMutation } = renderReview();
    const player = screen.getByLabelText<HTMLVideoElement>('Video: gesprek.webm');
    setDuration(player, 200);
    player.currentTime = 192.4;
    fireEvent.timeUpdate(player);
    expect(screen.getByRole('button', { name: 'Opmerking op 03:12' })).toBeInTheDocument();
    fireEvent.keyDown(player, { key: 'c' });
    const form = await screen.findByRole('region', { name: 'Nieuwe opmerking op 03:12' });
    expect(form).toBeInTheDocument();
    // Without an aspect the form asks for one and sends nothing.
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opmerking plaatsen' }));
    expect(await screen.findByText('Kies een aspect.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('offers no comment button when reading only', () => {
    renderReview({ commentMode: null });
    expect(screen.queryByRole('button', { name: /^Opmerking op/ })).not.toBeInTheDocument();
  });
});
