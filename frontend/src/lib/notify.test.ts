import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from './i18n';
import { notifyServerError } from './notify';

const show = vi.hoisted(() => vi.fn());
vi.mock('@mantine/notifications', () => ({ notifications: { show } }));

describe('notifyServerError', () => {
  beforeEach(async () => {
    show.mockClear();
    await i18n.changeLanguage('nl');
  });

  it('tells in Dutch that the server is briefly unavailable, once for many failed requests', () => {
    notifyServerError({ network: false, retryable: true });
    notifyServerError({ network: false, retryable: true });
    expect(show).toHaveBeenCalledTimes(2);
    for (const [options] of show.mock.calls) {
      expect(options).toMatchObject({ id: 'unavailable', message: 'De server is even niet bereikbaar; probeer het zo opnieuw.' });
    }
  });

  it('keeps the request id for an INTERNAL error', () => {
    notifyServerError({ network: false, requestId: 'abc123' });
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'Foutcode: abc123' }));
  });
});
