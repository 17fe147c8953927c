import { expect, type Locator, type Page } from '@playwright/test';

export type TeamCode = 'OVA' | 'HIT' | 'FST' | 'ICAC';

/** A team's summary form, filled by label as an officer would (keyboard-reachable controls). */
export class CaseFormPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form');
  }

  async openNew(team: TeamCode): Promise<void> {
    await this.page.getByRole('button', { name: `New ${team} summary` }).click();
    await expect(this.page.getByRole('heading', { name: `New ${team} summary` })).toBeVisible();
  }

  /** A repeat-group row, e.g. `row('Suspect', 1)`. */
  row(label: string, n: number, within: Locator = this.form): Locator {
    return within.getByRole('group', { name: `${label} ${n}`, exact: true });
  }

  async add(what: string, within: Locator = this.form): Promise<void> {
    await within
      .getByRole('button', { name: `Add ${what}`, exact: true })
      .last()
      .click();
  }

  async fillCommon(ref: string, offences: string[]): Promise<void> {
    const f = this.form;
    await f.getByLabel('Investigation reference').fill(ref);
    await f.getByLabel('Date reported').fill('14/03/2025');
    // Khmer digits are accepted in dates: ១០/០៣/២០២៥ is 10/03/2025.
    await f.getByLabel('Date of the offence').fill('១០/០៣/២០២៥');
    await f.getByLabel('Province').selectOption({ label: 'Kampong Chhnang' });
    await f.getByLabel('District').fill('Rolea B’ier');
    for (const offence of offences) await f.getByRole('checkbox', { name: offence }).check();
    await f.getByLabel('Status').selectOption({ label: 'Open' });
    await f.getByLabel(/^Summary/).fill('Facts only, no names. ករណីរំលោភបំពានលើកុមារ');
  }

  async fillSuspect(n: number): Promise<void> {
    const s = this.row('Suspect', n);
    await s.getByLabel('Age (years)').fill('៤១');
    await s.getByLabel('Sex').selectOption({ label: 'Male' });
    await s.getByLabel('Relationship to the victim').selectOption({ label: 'Neighbour' });
    await s.getByLabel('Arrested').check();
    await s.getByLabel('Arrest date').fill('12/03/2025');
    await s.getByLabel('Court stage').selectOption({ label: 'Charged' });
    await s.getByLabel('Charges').fill('Rape of a minor under 15');
  }

  /** Fills a complete, valid summary for the team, including repeat rows. */
  async fillValid(team: TeamCode, ref: string): Promise<void> {
    const f = this.form;
    if (team === 'HIT') {
      await this.fillCommon(ref, ['Rape / sexual intercourse with a minor under 15']);
      const v1 = this.row('Victim', 1);
      await v1.getByLabel('Age (years)').fill('12');
      await v1.getByLabel('Sex').selectOption({ label: 'Female' });
      await v1.getByLabel('Harm').selectOption({ label: 'Injured' });
      await this.add('victim');
      const v2 = this.row('Victim', 2);
      await v2.getByLabel('Age (years)').fill('៩');
      await v2.getByLabel('Sex').selectOption({ label: 'Male' });
      await v2.getByLabel('Harm').selectOption({ label: 'Other harm' });
      await this.add('suspect');
      await this.fillSuspect(1);
    } else if (team === 'ICAC') {
      await this.fillCommon(ref, ['Live-streamed abuse']);
      await f.getByLabel('Referral source').selectOption({ label: 'NCMEC CyberTipline' });
      await this.add('referral id');
      await this.row('Referral id', 1).getByLabel('Referral id').fill('CT-99812345');
      await f.getByRole('checkbox', { name: 'Live streaming' }).check();
      await f.getByLabel('Devices seized').fill('៣');
      await f.getByLabel('Forensic examinations').fill('2');
      await f.getByLabel('Child victims identified').fill('4');
      await this.add('partner agency');
      await this.row('Partner agency', 1).getByLabel('Agency').fill('AFP');
      await this.add('suspect');
      await this.fillSuspect(1);
    } else if (team === 'FST') {
      await this.fillCommon(ref, ['Rape / sexual intercourse with a minor under 15']);
      const ex = this.row('Exhibit', 1);
      await ex.getByLabel('Exhibit reference').fill('EX-2025-031');
      await ex.getByLabel('Type', { exact: true }).first().selectOption({ label: 'Clothing' });
      await ex.getByLabel('Date collected').fill('11/03/2025');
      await this.add('examination', ex);
      const exam = this.row('Examination', 1, ex);
      await exam.getByLabel('Type').selectOption({ label: 'DNA' });
      await exam.getByLabel('Result summary').fill('Profile obtained');
      const c1 = this.row('Custody', 1, ex);
      await c1.getByLabel('Held by').fill('Forensic officer 2');
      await c1.getByLabel('Date').fill('11/03/2025');
      await c1.getByLabel('Where').fill('CPU lab');
      await this.add('custody', ex);
      const c2 = this.row('Custody', 2, ex);
      await c2.getByLabel('Held by').fill('Court clerk');
      await c2.getByLabel('Date').fill('13/03/2025');
      await c2.getByLabel('Where').fill('Kampong Chhnang court');
    } else {
      await this.fillCommon(ref, ['Rape / sexual intercourse with a minor under 15']);
      await f.getByLabel('Victims supported').fill('1');
      await f.getByLabel('Family members supported').fill('២');
      const s1 = this.row('Service', 1);
      await s1.getByLabel('Service').selectOption({ label: 'Medical' });
      await s1.getByLabel('Date').fill('14/03/2025');
      await this.add('service');
      const s2 = this.row('Service', 2);
      await s2.getByLabel('Service').selectOption({ label: 'Counselling / psychosocial' });
      await s2.getByLabel('Date').fill('14/03/2025');
      await this.add('referral');
      await this.row('Referral', 1).getByLabel('Agency').fill('Hagar');
    }
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save', exact: true }).click();
  }

  /** Opens a new form of the team, fills it validly, saves it and returns the code it was given. */
  async enterValid(team: TeamCode, ref: string, narrative?: string): Promise<string> {
    await this.openNew(team);
    await this.fillValid(team, ref);
    if (narrative) await this.form.getByLabel(/^Summary/).fill(narrative);
    await this.save();
    return this.savedCode();
  }

  async savedCode(): Promise<string> {
    const status = this.page.getByRole('status').filter({ hasText: /^Saved as / });
    await expect(status).toBeVisible();
    const text = (await status.textContent()) ?? '';
    return /Saved as (\S+)\./.exec(text)?.[1] ?? '';
  }
}
