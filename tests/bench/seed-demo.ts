import { resolve } from 'node:path';
import { dispatch } from '../../electron/core/dispatch';
import { handlers, type HandlerContext } from '../../electron/core/handlers';
import { Vault } from '../../electron/core/db/vault';
import { ReminderRunner } from '../../electron/core/services/reminder-runner';
import { pkDate, shiftDate } from '../../electron/core/lib/time';
import type { Channel, ChannelInput, ChannelOutput } from '../../electron/shared/contract';
import { args, BENCH_PASSPHRASE, freshDir, MIGRATIONS, RESOURCES, ROOT, rng } from './common';
import { ADJOURNED_ORDERS, CODENAMES, FIRST, LAST, OFFENCES, PLACES, PURPOSES } from './data';

/*
 * npm run seed:demo [-- --dir .tmp/demo]
 * A small demo organisation for a newcomer: about 40 cases before five forums, clients with English
 * and Urdu names (codenames for the sensitive), people in custody, bail refused below and taken up,
 * hearings with their orders, and the deadlines the rules give. Everything goes through dispatch,
 * so every validation, transaction and deadline rule applies as in the app.
 * Open it with: MUHAFIZ_USER_DATA_DIR=<dir> npm start   (passphrase printed at the end)
 */

const DEMO_PASSPHRASE = 'muhafiz demo passphrase';
const r = rng(40);

const makeApp = (dir: string) => {
  const now = () => new Date();
  const vault = new Vault({ dir, migrationsFolder: MIGRATIONS });
  const reminders = new ReminderRunner({ vault, now, notify: () => undefined });
  const ctx: HandlerContext = { vault, now, version: 'seed', reminders, resourcesDir: RESOURCES };
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const res = await dispatch(handlers, ctx, channel, input);
    if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
    return res.value as ChannelOutput<C>;
  };
};

type Must = ReturnType<typeof makeApp>;

const forums = async (must: Must) => [
  (
    await must('courts:create', {
      name: 'Sessions Court (East) Islamabad',
      forumType: 'sessions',
      city: 'Islamabad',
      province: 'ict',
    })
  ).id,
  (
    await must('courts:create', {
      name: 'Anti-Terrorism Court-I Rawalpindi',
      forumType: 'atc',
      city: 'Rawalpindi',
      province: 'punjab',
    })
  ).id,
  (
    await must('courts:create', {
      name: 'Judicial Magistrate Section 30 Lahore',
      forumType: 'magistrate',
      city: 'Lahore',
      province: 'punjab',
    })
  ).id,
  'seed:ihc',
  'seed:lhc',
];

const clients = async (must: Must) => {
  const ids: string[] = [];
  for (let i = 0; i < 26; i++) {
    const [fe, fu] = FIRST[(i * 7) % FIRST.length] as [string, string];
    const [le, lu] = LAST[(i * 3) % LAST.length] as [string, string];
    const [district, province] = PLACES[i % PLACES.length] as [string, string, string[]];
    const sensitive = i % 5 === 0;
    const c = await must('clients:create', {
      fullName: `${fe} ${le}`,
      nameUr: `${fu} ${lu}`,
      codename: sensitive ? (CODENAMES[i % CODENAMES.length] ?? null) : null,
      cnic: `${35200 + i}-${String(1000000 + i * 7919).slice(0, 7)}-${i % 10}`,
      phone: `0300-${String(1000000 + i * 1237).slice(0, 7)}`,
      category: (['journalist', 'activist', 'whrd', 'religious_minority', 'student'] as const)[i % 5] ?? 'activist',
      district,
      province: province as 'punjab',
      riskLevel: sensitive ? 'critical' : 'medium',
      contactPerson: null,
      notes: null,
      sensitive,
    });
    ids.push(c.id);
  }
  return ids;
};

const oneCase = async (
  must: Must,
  i: number,
  clientIds: string[],
  forumIds: string[],
  stations: string[],
  today: string,
) => {
  const forumId = forumIds[i % forumIds.length] as string;
  const inCustody = i % 3 === 0;
  const firDate = shiftDate(today, -(40 + r.int(500)));
  const offences = [r.pick(OFFENCES), r.pick(OFFENCES)]
    .filter((o, k, all) => all.findIndex((x) => x[0] === o[0] && x[1] === o[1]) === k)
    .map(([statute, section]) => ({ statute: statute as 'PPC', section }));
  const caseType = inCustody
    ? 'bail'
    : ((['pre_arrest_bail', 'trial', 'quashment', 'habeas_corpus'] as const)[i % 4] ?? 'trial');
  const c = await must('cases:create', {
    caseType,
    parties: [
      {
        clientId: clientIds[i % clientIds.length] as string,
        role: caseType === 'habeas_corpus' ? 'detenu' : 'accused',
      },
    ],
    firNumber: `${100 + r.int(900)}/${firDate.slice(0, 4)}`,
    firDate,
    policeStationId: stations[i % stations.length] ?? null,
    firDistrict: null,
    investigatingAgency: i % 4 === 1 ? 'fia_nccia' : 'police',
    offences,
    forumId,
    caseNumber: `Crl. Misc. No. ${1000 + r.int(9000)}-B of ${firDate.slice(0, 4)}`,
    custodyStatus: inCustody ? 'in_custody' : i % 3 === 1 ? 'on_bail' : 'not_arrested',
    arrestDate: inCustody ? shiftDate(firDate, 1 + r.int(5)) : null,
    team: [['Imaan Hazir', 'Usman Warraich', 'Hina Jilani'][i % 3] ?? 'Imaan Hazir'],
  });
  await hearings(must, c.id, forumId, firDate, today);
  if (inCustody) await bailHistory(must, c.id, forumIds, firDate);
  if (i % 4 === 0)
    await must('notes:create', {
      caseId: c.id,
      date: shiftDate(today, -3),
      body: 'Met the client in Adiala jail; family informed of the next date.',
    });
};

/** Past hearings with their orders, each fixing the next; the last one still to come. */
const hearings = async (must: Must, caseId: string, courtId: string, firDate: string, today: string) => {
  let date = shiftDate(firDate, 10 + r.int(20));
  if (date >= today) date = shiftDate(today, 1 + r.int(20));
  let h = await must('hearings:create', { caseId, date, courtId, purpose: r.pick(PURPOSES) });
  while (h.date < today) {
    const next = shiftDate(h.date, 14 + r.int(21));
    const nextDate = next <= today ? next : shiftDate(today, r.int(25));
    const out = await must('hearings:record-outcome', {
      hearingId: h.id,
      outcome: 'adjourned',
      shortOrder: r.pick(ADJOURNED_ORDERS),
      nextDate: nextDate > h.date ? nextDate : shiftDate(h.date, 7),
      nextPurpose: r.pick(PURPOSES),
    });
    if (!out.next) break;
    h = out.next;
  }
};

/** Refused by the Sessions Court, taken up to the High Court. */
const bailHistory = async (must: Must, caseId: string, forumIds: string[], firDate: string) => {
  const b = await must('bail:save', {
    data: {
      caseId,
      clientId: null,
      kind: 'crpc_497',
      forumId: forumIds[0] ?? null,
      filingDate: shiftDate(firDate, 12),
      status: 'dismissed',
    },
  });
  await must('bail:escalate', { id: b.id, forumId: 'seed:ihc', filingDate: shiftDate(firDate, 30) });
};

const main = async () => {
  const a = args();
  const dir = resolve(ROOT, a.dir ?? '.tmp/demo');
  const passphrase = a.passphrase === BENCH_PASSPHRASE ? DEMO_PASSPHRASE : a.passphrase;
  freshDir(dir);
  const must = makeApp(dir);
  await must('vault:create', { passphrase });
  const today = pkDate(new Date());
  const forumIds = await forums(must);
  const stations: string[] = [];
  for (const [district, province, pss] of PLACES.slice(0, 4)) {
    for (const ps of pss.slice(0, 2)) {
      stations.push(
        (await must('police-stations:create', { name: `PS ${ps}`, district, province: province as 'punjab' })).id,
      );
    }
  }
  const clientIds = await clients(must);
  for (let i = 0; i < 40; i++) {
    await oneCase(must, i, clientIds, forumIds, stations, today);
    process.stdout.write(`\rcases: ${i + 1} / 40`);
  }
  const dash = await must('deadlines:dashboard', {});
  console.log(
    `\ndemo ready in ${dir}: 26 clients, 40 cases, ${dash.custody.length} in custody, ${dash.overdue.length + dash.dueToday.length + dash.next7.length + dash.next30.length} open deadlines within 30 days.`,
  );
  console.log(`Open it with: MUHAFIZ_USER_DATA_DIR=${dir} npm start   (passphrase "${passphrase}")`);
  await must('vault:lock', {});
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
