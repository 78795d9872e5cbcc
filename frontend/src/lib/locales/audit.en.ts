import type { auditNl } from './audit.nl';

// English texts of the audit log and AVG export and erasure, typed against the Dutch ones.
export const auditEn: typeof auditNl = {
  title: 'audit',
};
