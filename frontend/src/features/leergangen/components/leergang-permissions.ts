import { hasRole, useViewer } from '@/lib/auth';

/** Beheerders and opleiders set up leergangen (the server decides again). */
export function useCanCreateLeergang(): boolean {
  const viewer = useViewer();
  return hasRole(viewer, 'BEHEERDER') || hasRole(viewer, 'OPLEIDER');
}

/**
 * Who sees the Opkomst tab: whoever may manage the leergang, its stuurgroep and
 * the bestuur of its client organisation (the server's RequireSeeAttendanceStats
 * decides again).
 */
export function useCanSeeAttendanceStats(
  leergang: { canManage: boolean; clientOrganisation: { id: string }; stuurgroep: readonly { id: string }[] } | null | undefined,
): boolean {
  const viewer = useViewer();
  if (!leergang) return false;
  return (
    leergang.canManage ||
    leergang.stuurgroep.some((p) => p.id === viewer.person.id) ||
    (hasRole(viewer, 'BESTUUR') && viewer.person.organisation?.id === leergang.clientOrganisation.id)
  );
}
