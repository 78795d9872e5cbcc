import { lazy } from 'react';

// Every screen of the mentoring feature is its own chunk.
export const PairingRoute = lazy(() => import('./pairing'));
export const IntervisieGroupsRoute = lazy(() => import('./intervisie-groups'));
export const IntervisieGroupRoute = lazy(() => import('./intervisie-group'));
