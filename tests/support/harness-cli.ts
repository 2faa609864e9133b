import { parseArgs } from 'node:util';
import { startHarness } from './harness';

/* npm run harness -- [--dir FOLDER] [--today YYYY-MM-DD] [--port 4173]
   Serves the built renderer with the real backend, for looking at the app without Electron. */
const { values } = parseArgs({
  options: { dir: { type: 'string' }, today: { type: 'string' }, port: { type: 'string', default: '4173' } },
});
void (async () => {
  const harness = await startHarness({
    ...(values.dir ? { dir: values.dir } : {}),
    ...(values.today ? { today: values.today } : {}),
    port: Number(values.port),
  });
  console.log(`Muhafiz harness on ${harness.url} (data in ${harness.dir}${values.dir ? '' : ', removed on exit'})`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})();
