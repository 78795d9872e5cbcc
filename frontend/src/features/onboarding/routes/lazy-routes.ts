import { lazy } from 'react';

// Every screen of the onboarding feature is its own chunk.
export const InwerkperiodeRoute = lazy(() => import('./inwerkperiode'));
export const StartersRoute = lazy(() => import('./starters'));
export const StarterDetailRoute = lazy(() => import('./starter-detail'));
