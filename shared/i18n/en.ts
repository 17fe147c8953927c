import { accessLog } from './en/access-log';
import { accounts } from './en/accounts';
import { app } from './en/app';
import { caseFiles } from './en/case-files';
import { caseForm } from './en/case-form';
import { caseList } from './en/case-list';
import { errors } from './en/errors';
import { exchange } from './en/exchange';
import { exportsText } from './en/exports';
import { lists } from './en/lists';
import { security } from './en/security';
import { print } from './en/print';
import { totals } from './en/totals';
import { validation } from './en/validation';

/**
 * English UI text, one fragment per feature. Keys are the contract for every language;
 * schema messages are keys too, so errors from the main process translate like the rest.
 */
export const en = {
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
} as const;

export type MessageKey = keyof typeof en;
