import { yearOf } from '../../shared/domain/dates';
import { TEAMS } from '../../shared/domain/teams';
import type { CaseRecord } from '../../shared/schemas/case';
import type { Channel } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/schemas/settings';
import { AccessLogPage } from '../features/access-log/access-log-page';
import { AccountsPage } from '../features/accounts/accounts-page';
import { RecoveryKeyReminder } from '../features/accounts/recovery-key-reminder';
import { BinPage } from '../features/bin/bin-page';
import { CasePage } from '../features/case-form/case-page';
import { CasesListPage } from '../features/case-list/cases-list-page';
import { ListStateProvider, useListState } from '../features/case-list/list-state';
import { KeptStateProvider } from '../lib/kept-state';
import { InvestigationPage } from '../features/investigation/investigation-page';
import { PrintPage } from '../features/print/print-page';
import { TotalsPage } from '../features/totals/totals-page';
import { DataFilesPage } from '../features/exchange/data-files-page';
import { LockButton } from '../features/lock/lock-button';
import { BackupsPanel } from '../features/backups/backups-panel';
import { SecurityPage } from '../features/lock/security-page';
import { SignedInAs } from '../features/lock/signed-in-as';
import { LanguageSwitch } from '../features/settings/language-switch';
import { Fragment, useEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n';
import { useRouter, type Route } from '../lib/router';
import { useCan, useSession } from '../lib/session';
import { BackLink } from './back-link';
import { useFocusHeadingOnNavigate } from './focus-heading';

/** The channel a screen is built on: who may call it may open the screen (as main enforces). */
function channelOf(route: Route): Channel | undefined {
  switch (route.name) {
    case 'totals':
      return 'totals:get';
    case 'data':
      return 'exports:create';
    case 'accounts':
      return 'accounts:list';
    case 'log':
      return 'audit:list';
    case 'print':
      return route.doc.kind === 'report' ? 'totals:get' : undefined;
    default:
      return undefined;
  }
}

/**
 * Back in the list after a save, the officer finds the summary in its year (one entered in
 * January for the year before is listed under that year, not the current one).
 */
function ListFollowsSave({ saved }: { saved: CaseRecord }) {
  const { setYear } = useListState();
  const year = yearOf(saved.summary.dateReported);
  useEffect(() => setYear(year), [year, setYear]);
  return null;
}

/** The bin opens on the year the cases list shows, where the officer was working. */
function BinOfListYear() {
  const { year } = useListState();
  return <BinPage initialYear={year} />;
}

function Screen({ route }: { route: Route }) {
  const { t } = useI18n();
  const can = useCan();
  const channel = channelOf(route);
  if (channel && !can(channel)) {
    return (
      <p className="banner banner-error" role="alert">
        {t('access.screenNotAllowed')}
      </p>
    );
  }
  switch (route.name) {
    case 'list':
      return <CasesListPage />;
    case 'new':
      return (
        <CasePage
          key={`new-${route.team}-${route.investigationRef ?? ''}`}
          team={route.team}
          {...(route.investigationRef ? { investigationRef: route.investigationRef } : {})}
        />
      );
    case 'edit':
      // Each save opens the page afresh on the record it answered.
      return (
        <>
          {route.saved ? <ListFollowsSave saved={route.saved} /> : null}
          <CasePage
            key={`edit-${route.id}-${route.saved?.revision ?? 'open'}`}
            id={route.id}
            {...(route.saved ? { saved: route.saved } : {})}
          />
        </>
      );
    case 'investigation':
      return <InvestigationPage investigationRef={route.investigationRef} />;
    case 'bin':
      return <BinOfListYear />;
    case 'totals':
      return <TotalsPage initialYear={route.year} />;
    case 'data':
      return <DataFilesPage />;
    case 'print':
      return <PrintPage doc={route.doc} />;
    case 'security':
      return <SecurityPage>{can('backups:list') ? <BackupsPanel /> : null}</SecurityPage>;
    case 'accounts':
      return <AccountsPage />;
    case 'log':
      return <AccessLogPage />;
  }
}

/** Header, navigation (what the signed-in role may reach) and the current screen. */
export function Screens({ settings, onSettings }: { settings: Settings; onSettings: (s: Settings) => void }) {
  const { t } = useI18n();
  const { route, navigate } = useRouter();
  const can = useCan();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main, route);
  const session = useSession();
  const user = session?.status.user;
  const generation = session?.generation ?? 0;
  const current = (name: Route['name'], team?: string) =>
    route.name === name && (team === undefined || (route.name === 'new' && route.team === team)) ? 'page' : undefined;
  const link = (name: 'list' | 'bin' | 'totals' | 'data' | 'security' | 'accounts' | 'log', label: string) => (
    <button type="button" className="nav" aria-current={current(name)} onClick={() => void navigate({ name })}>
      {label}
    </button>
  );
  // An officer enters summaries for their own teams only.
  const newTeams = TEAMS.filter((team) => !user || user.teams.includes(team));
  return (
    <KeptStateProvider>
      <div className="app">
        <header className="app-header">
          <div>
            <h1>{t('app.title')}</h1>
            <p className="subtitle">{t('app.subtitle')}</p>
          </div>
          <div className="header-settings">
            <SignedInAs />
            <LanguageSwitch settings={settings} onSaved={onSettings} />
          </div>
        </header>
        <nav className="app-nav" aria-label={t('app.title')}>
          {link('list', t('nav.cases'))}
          <span className="nav-label">{t('nav.new')}</span>
          {newTeams.map((team) => (
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
          {link('bin', t('nav.bin'))}
          {can('totals:get') ? link('totals', t('nav.totals')) : null}
          {can('exports:create') ? link('data', t('nav.data')) : null}
          {link('security', can('backups:list') ? t('nav.security') : t('nav.passphrase'))}
          {can('accounts:list') ? link('accounts', t('nav.accounts')) : null}
          {can('audit:list') ? link('log', t('nav.log')) : null}
          <LockButton />
        </nav>
        <RecoveryKeyReminder />
        <main ref={main}>
          <BackLink />
          <ListStateProvider>
            {/* After a restore every screen reads afresh; the route and what was chosen stay. */}
            <Fragment key={generation}>
              <Screen route={route} />
            </Fragment>
          </ListStateProvider>
        </main>
      </div>
    </KeptStateProvider>
  );
}
