import { createContext, useContext } from 'react';
import type { CombinedError } from '@urql/core';
import type { Role, ViewerFieldsFragment } from '@/gql/graphql';

export type Viewer = ViewerFieldsFragment;

export interface ViewerState {
  viewer: Viewer | null;
  /** True until the first answer about the session arrived. */
  loading: boolean;
  error: CombinedError | undefined;
  /** Asks the server again who is signed in (after login, logout or profile changes). */
  refresh: () => Promise<void>;
}

export const ViewerContext = createContext<ViewerState | null>(null);

export function useViewerState(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewerState must be used inside a ViewerProvider');
  return state;
}

/** The signed-in person; only for screens behind the login guard. */
export function useViewer(): Viewer {
  const { viewer } = useViewerState();
  if (!viewer) throw new Error('useViewer must be used behind the login guard');
  return viewer;
}

export function hasRole(viewer: Viewer | null | undefined, role: Role): boolean {
  return viewer?.roles.includes(role) ?? false;
}

/** Beheerders see the edit controls. */
export function useIsBeheerder(): boolean {
  return hasRole(useViewer(), 'BEHEERDER');
}
