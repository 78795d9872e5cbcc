import { hasRole, useViewer } from '@/lib/auth';

/** Beheerders and opleiders set up leergangen (the server decides again). */
export function useCanCreateLeergang(): boolean {
  const viewer = useViewer();
  return hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER');
}
