import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNELS } from '../../electron/shared/contract';
import { FUZZ_GROUPS, fuzzChannel, makeRig, RUNS_PER_CHANNEL, type Rig } from '../support/fuzz-rig';

/*
 * IPC fuzzing (issue 7, "Proof"), the vault channels: see tests/support/fuzz-rig.ts for what each
 * input must (not) do, and tests/support/fuzz.ts for the inputs.
 */

const HERE = CHANNELS.filter(FUZZ_GROUPS.vault);
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
