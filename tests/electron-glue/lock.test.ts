import { afterEach, expect, test } from 'vitest';
import { lockOnSleep } from '../../electron/main/lock';
import { makeUnlockedApp, PASSPHRASE, type TestApp } from '../support/context';
import { FakePowerMonitor } from './stand-ins';

let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

test.each(['suspend', 'lock-screen'])('%s closes the open database and tells the window once', async (event) => {
  app = await makeUnlockedApp();
  const power = new FakePowerMonitor();
  let told = 0;
  lockOnSleep(power, { vault: app.vault, notify: () => told++ });

  power.emit(event);
  expect(app.vault.state()).toBe('locked');
  expect(await app.call('clients:list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  expect(told).toBe(1);

  power.emit('suspend');
  power.emit('lock-screen');
  expect(told).toBe(1); // already locked: no repeated notices

  expect(await app.call('vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
});

test('a vault that was never unlocked is left alone', async () => {
  app = await makeUnlockedApp();
  app.vault.lock();
  const power = new FakePowerMonitor();
  let told = 0;
  lockOnSleep(power, { vault: app.vault, notify: () => told++ });
  power.emit('suspend');
  expect(told).toBe(0);
});
