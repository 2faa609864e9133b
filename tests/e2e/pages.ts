import type { Page } from '@playwright/test';
import { choose, expect } from './fixtures';

/** Page objects: the steps a lawyer takes, in the words of the screen. */
export class VaultPage {
  constructor(private readonly page: Page) {}

  async createPassphrase(passphrase: string) {
    await expect(this.page.getByRole('heading', { name: 'Protect this diary' })).toBeVisible();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Type the passphrase again').fill(passphrase);
    await this.page.getByRole('button', { name: 'Create encrypted diary' }).click();
  }

  async unlock(passphrase: string) {
    await expect(this.page.getByRole('heading', { name: 'Muhafiz is locked' })).toBeVisible();
    await this.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}

export type ClientFields = {
  fullName: string;
  nameUr?: string;
  category: string;
  cnic?: string;
  phone?: string;
  district?: string;
  province?: string;
  risk?: string;
  codename?: string;
  sensitive?: boolean;
};

export class ClientsPage {
  constructor(private readonly page: Page) {}

  async create(c: ClientFields) {
    await this.page.getByRole('link', { name: 'Clients' }).click();
    await this.page.getByRole('link', { name: 'New client' }).click();
    await this.fill(c);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(c.fullName) })).toBeVisible();
  }

  async fill(c: ClientFields) {
    const p = this.page;
    await p.getByLabel('Full name').fill(c.fullName);
    if (c.nameUr) await p.getByLabel('Name in Urdu').fill(c.nameUr);
    await choose(p, 'HRD category', c.category);
    if (c.risk) await choose(p, 'Risk level', c.risk);
    if (c.cnic) await p.getByLabel('CNIC').fill(c.cnic);
    if (c.phone) await p.getByLabel('Phone').fill(c.phone);
    if (c.district) await p.getByLabel('District', { exact: true }).fill(c.district);
    if (c.province) await choose(p, 'Province', c.province);
    if (c.codename) await p.getByLabel('Codename', { exact: true }).fill(c.codename);
    if (c.sensitive) await p.getByLabel(/Sensitive client/).check();
  }
}

export class CaseFormPage {
  constructor(private readonly page: Page) {}

  async addPoliceStation(name: string, district: string) {
    const p = this.page;
    await p.getByRole('button', { name: 'Add: Police station' }).click();
    const pop = p.getByRole('dialog');
    await pop.getByLabel('Police station').fill(name);
    await pop.getByLabel('District', { exact: true }).fill(district);
    await pop.getByRole('button', { name: 'Add' }).click();
    await expect(p.getByRole('combobox', { name: 'Police station' })).toHaveValue(`${name}, ${district}`);
  }

  async setOffence(index: number, statute: string, section: string) {
    const p = this.page;
    const statutes = p.getByRole('combobox', { name: 'Statute' });
    while ((await statutes.count()) <= index) await p.getByRole('button', { name: 'Add offence' }).click();
    await statutes.nth(index).click();
    await p.getByRole('option', { name: statute, exact: true }).click();
    await p.getByRole('textbox', { name: 'Section' }).nth(index).fill(section);
  }
}

export class CasePage {
  constructor(private readonly page: Page) {}

  async addHearing(h: { date: string; time?: string; purpose: string; bench?: string }) {
    const p = this.page;
    await p.getByRole('button', { name: 'Add hearing' }).first().click();
    const dialog = p.getByRole('dialog', { name: 'Add hearing' });
    await dialog.getByLabel('Date').fill(h.date);
    if (h.time) await dialog.getByLabel('Time').fill(h.time);
    if (h.bench) await dialog.getByLabel('Bench or judge').fill(h.bench);
    await dialog.getByLabel('Purpose').fill(h.purpose);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The outcome dialog, reached from today's list or the case page. */
export const recordOutcome = async (page: Page, o: { outcome: string; order?: string; nextDate?: string }) => {
  const dialog = page.getByRole('dialog', { name: 'Record outcome' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Outcome' }).click();
  await page.getByRole('option', { name: o.outcome, exact: true }).click();
  if (o.order) await dialog.getByLabel('Short order').fill(o.order);
  if (o.nextDate) await dialog.getByLabel('Next date', { exact: true }).fill(o.nextDate);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
};
