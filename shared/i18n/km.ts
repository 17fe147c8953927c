import { accessLog } from './km/access-log';
import { accounts } from './km/accounts';
import { app } from './km/app';
import { caseFiles } from './km/case-files';
import { caseForm } from './km/case-form';
import { caseList } from './km/case-list';
import { errors } from './km/errors';
import { exchange } from './km/exchange';
import { exportsText } from './km/exports';
import { lists } from './km/lists';
import { print } from './km/print';
import { security } from './km/security';
import { totals } from './km/totals';
import { validation } from './km/validation';
import type { Catalog } from './translate';

/**
 * Khmer UI text, one fragment per English fragment with the same keys (each fragment is
 * checked against its English twin, and the whole against every key). Province names
 * come from the province table, not from here.
 */
export const km: Catalog = {
  ...app,
  ...caseForm,
  ...caseList,
  ...lists,
  ...validation,
  ...errors,
  ...totals,
  ...exchange,
  ...exportsText,
  ...caseFiles,
  ...print,
  ...security,
  ...accounts,
  ...accessLog,
};
