import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNELS } from '../../electron/shared/contract';
import { FUZZ_GROUPS, fuzzChannel, makeRig, OURS, RUNS_PER_CHANNEL, type Rig } from '../support/fuzz-rig';

/*
 * IPC fuzzing (issue 7, "Proof"), the records channels: see tests/support/fuzz-rig.ts for what each
 * input must (not) do, and tests/support/fuzz.ts for the inputs.
 */

const HERE = CHANNELS.filter(FUZZ_GROUPS.records);
let rig: Rig;
beforeAll(async () => {
  rig = await makeRig();
}, 60_000);
afterAll(() => rig?.app.cleanup());

test.each(HERE)(
  '%s: 1,000 adversarial inputs, no crash, nothing written for an invalid one',
  async (channel) => {
    const report = await fuzzChannel(rig, channel);
    expect(report.valid + report.invalid).toBeGreaterThanOrEqual(RUNS_PER_CHANNEL);
    expect(report.invalid).toBeGreaterThan(RUNS_PER_CHANNEL / 2);
  },
  120_000,
);

// Found by the fuzzing: a NUL inside a search word once ended FTS5's quoted phrase.
test('search:global answers a query with a NUL character in a word instead of crashing', async () => {
  const r = await rig.ipc.invoke('search:global', OURS, { query: 'x\u0000.db' });
  rig.logged.splice(0);
  expect(r).toMatchObject({ ok: true });
});
