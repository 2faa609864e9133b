import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHANNELS } from '../../electron/shared/contract';
import { FUZZ_GROUPS, fuzzSenders, makeRig, type Rig } from '../support/fuzz-rig';

/*
 * IPC fuzzing (issue 7, "Proof"): calls from frames that are not the window's own page (another
 * origin, a file, a sub-frame even of our own page, a frame that is gone), with adversarial inputs:
 * every one answered FORBIDDEN_SENDER, none reaching a handler, nothing changed.
 */

const SENDER_RUNS = 300;
let rig: Rig;
beforeAll(async () => {
  rig = await makeRig();
}, 60_000);
afterAll(() => rig?.app.cleanup());

test('every channel belongs to exactly one fuzzing group', () => {
  for (const channel of CHANNELS) {
    const groups = Object.entries(FUZZ_GROUPS).filter(([, inGroup]) => inGroup(channel));
    expect(
      groups.map(([name]) => name),
      channel,
    ).toHaveLength(1);
  }
});

test.each(CHANNELS)(`%s: ${SENDER_RUNS} calls from foreign and sub-frames, all FORBIDDEN_SENDER`, async (channel) => {
  expect(await fuzzSenders(rig, channel, SENDER_RUNS)).toBe(SENDER_RUNS);
});
