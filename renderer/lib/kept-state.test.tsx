import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { KeptStateProvider, useKeptState } from './kept-state';

function YearScreen({ given }: { given?: number }) {
  const [year, setYear] = useKeptState('totals.year', () => 2025, given);
  return (
    <p>
      Year {year}
      <button type="button" onClick={() => setYear(year - 1)}>
        Earlier
      </button>
    </p>
  );
}

/** Two screens, one shown at a time, as the app's router does. */
function App({ given }: { given?: number }) {
  const [screenName, setScreen] = useState<'totals' | 'list'>('totals');
  return (
    <KeptStateProvider>
      <button type="button" onClick={() => setScreen(screenName === 'totals' ? 'list' : 'totals')}>
        Switch
      </button>
      {screenName === 'totals' ? <YearScreen given={given} /> : <p>List</p>}
    </KeptStateProvider>
  );
}

describe('useKeptState', () => {
  it('a screen comes back with the year chosen on it before', async () => {
    render(<App />);
    const user = userEvent.setup();
    expect(screen.getByText('Year 2025')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Earlier' }));
    await user.click(screen.getByRole('button', { name: 'Earlier' }));
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(screen.getByText('List')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(screen.getByText('Year 2023')).toBeTruthy();
  });

  it('a way in that names a year opens that year, and it is kept from then on', async () => {
    render(<App given={2019} />);
    expect(screen.getByText('Year 2019')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Earlier' }));
    expect(screen.getByText('Year 2018')).toBeTruthy();
  });

  it('without a provider it is plain state: a new screen starts afresh', () => {
    const { unmount } = render(<YearScreen />);
    expect(screen.getByText('Year 2025')).toBeTruthy();
    unmount();
  });
});
