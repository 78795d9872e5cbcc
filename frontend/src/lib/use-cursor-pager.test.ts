import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorPager } from './use-cursor-pager';

describe('useCursorPager', () => {
  it('walks forward and back with a stack of cursors', () => {
    const { result } = renderHook(({ key }) => useCursorPager(key), { initialProps: { key: 'a' } });
    expect(result.current.after).toBeNull();
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current.after).toBe('c2');
    expect(result.current.pageIndex).toBe(2);
    act(() => result.current.previous());
    expect(result.current.after).toBe('c1');
    expect(result.current.pageIndex).toBe(1);
  });

  it('starts again at the first page when the filters change', () => {
    const { result, rerender } = renderHook(({ key }) => useCursorPager(key), { initialProps: { key: 'a' } });
    act(() => result.current.next('c1'));
    rerender({ key: 'b' });
    expect(result.current.after).toBeNull();
    expect(result.current.pageIndex).toBe(0);
  });

  it('ignores a missing end cursor', () => {
    const { result } = renderHook(() => useCursorPager('a'));
    act(() => result.current.next(null));
    expect(result.current.pageIndex).toBe(0);
  });
});
