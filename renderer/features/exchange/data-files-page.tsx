import { useI18n } from '../../lib/i18n';
import './exchange.css';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { PcNameSetting } from './pc-name-setting';

/** Data files: exports of a year for the report and other PCs, and imports from other PCs. */
export function DataFilesPage() {
  const { t } = useI18n();
  return (
    <div className="data-files">
      <h2 className="page-title">{t('data.title')}</h2>
      <PcNameSetting />
      <ExportPanel />
      <ImportPanel />
    </div>
  );
}
