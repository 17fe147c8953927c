import { useI18n } from '../lib/i18n';
import { ROW_HEIGHT } from '../lib/use-virtual-rows';

/** A row of a long table whose page is still being fetched (the cases list, the bin). */
export function LoadingRow({ index, columns }: { index: number; columns: number }) {
  const { t } = useI18n();
  return (
    <tr aria-rowindex={index + 2} className="placeholder" style={{ height: ROW_HEIGHT }}>
      <td colSpan={columns}>{t('common.loading')}</td>
    </tr>
  );
}
