// Dutch texts of the audit log and AVG export and erasure.
export const auditNl = {
  title: 'audit',
};
