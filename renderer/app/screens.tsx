import { TEAMS } from '../../shared/domain/teams';
import type { Settings } from '../../shared/schemas/settings';
import { BinPage } from '../features/bin/bin-page';
import { CasePage } from '../features/case-form/case-page';
import { CasesListPage } from '../features/case-list/cases-list-page';
import { ListStateProvider } from '../features/case-list/list-state';
import { InvestigationPage } from '../features/investigation/investigation-page';
import { PrintPage } from '../features/print/print-page';
import { TotalsPage } from '../features/totals/totals-page';
import { DataFilesPage } from '../features/exchange/data-files-page';
import { LockButton } from '../features/lock/lock-button';
import { BackupsPanel } from '../features/backups/backups-panel';
import { SecurityPage } from '../features/lock/security-page';
import { LanguageSwitch } from '../features/settings/language-switch';
import { OfficerSettings } from '../features/settings/officer-settings';
import { useI18n } from '../lib/i18n';
import { useRouter, type Route } from '../lib/router';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <CasesListPage />;
    case 'new':
      return <CasePage key={`new-${route.team}`} team={route.team} />;
    case 'edit':
      // Each save opens the page afresh on the record it answered.
      return (
        <CasePage
          key={`edit-${route.id}-${route.saved?.revision ?? 'open'}`}
          id={route.id}
          {...(route.saved ? { saved: route.saved } : {})}
        />
      );
    case 'investigation':
      return <InvestigationPage investigationRef={route.investigationRef} />;
    case 'bin':
      return <BinPage />;
    case 'totals':
      return <TotalsPage initialYear={route.year} />;
    case 'data':
      return <DataFilesPage />;
    case 'print':
      return <PrintPage doc={route.doc} />;
    case 'security':
      return (
        <SecurityPage>
          <BackupsPanel />
        </SecurityPage>
      );
  }
}

/** Header, navigation and the current screen. */
export function Screens({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const { route, navigate } = useRouter();
  const current = (name: Route['name'], team?: string) =>
    route.name === name && (team === undefined || (route.name === 'new' && route.team === team)) ? 'page' : undefined;
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-settings">
          <LanguageSwitch settings={settings} onSaved={onSettings} />
          <OfficerSettings settings={settings} onSaved={onSettings} />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('app.title')}>
        <button
          type="button"
          className="nav"
          aria-current={current('list')}
          onClick={() => void navigate({ name: 'list' })}
        >
          {t('nav.cases')}
        </button>
        <span className="nav-label">{t('nav.new')}</span>
        {TEAMS.map((team) => (
          <button
            key={team}
            type="button"
            className="nav"
            aria-current={current('new', team)}
            aria-label={t('nav.newTeam', { team })}
            onClick={() => void navigate({ name: 'new', team })}
          >
            {team}
          </button>
        ))}
        <button
          type="button"
          className="nav"
          aria-current={current('bin')}
          onClick={() => void navigate({ name: 'bin' })}
        >
          {t('nav.bin')}
        </button>
        <button
          type="button"
          className="nav"
          aria-current={current('totals')}
          onClick={() => void navigate({ name: 'totals' })}
        >
          {t('nav.totals')}
        </button>
        <button
          type="button"
          className="nav"
          aria-current={current('data')}
          onClick={() => void navigate({ name: 'data' })}
        >
          {t('nav.data')}
        </button>
        <button
          type="button"
          className="nav"
          aria-current={current('security')}
          onClick={() => void navigate({ name: 'security' })}
        >
          {t('nav.security')}
        </button>
        <LockButton />
      </nav>
      <main>
        <ListStateProvider>
          <Screen route={route} />
        </ListStateProvider>
      </main>
    </div>
  );
}
