/*
 * Every merge field a template (shipped Handlebars or an organisation's Word template) may use,
 * with the label the lawyer sees when the case lacks it and the app asks before drafting.
 * Fields marked "answer" are never in the database: the lawyer supplies them for a draft
 * (Urdu spellings, the detenu's kinship, the exact sentence).
 * List items are written `list[].field` (Word loops: {#offences}{text}{/offences}).
 */
const entries: [string, string][] = [
  ['today.date', "Today's date"],
  ['today.iso', "Today's date (YYYY-MM-DD)"],
  ['today.year', 'This year'],
  ['today.long', "Today's date in words (verification)"],
  ['today.ur', "Today's date in Urdu"],

  ['client.fullName', "Client's full name"],
  ['client.nameUr', "Client's name in Urdu"],
  ['client.relation', 'Relation to the father or husband (s/o, d/o, w/o)'],
  ['client.relationUr', 'Relation in Urdu (ولد، دختر، زوجہ)'],
  ['client.relationLong', 'Relation in words (son of, daughter of, wife of)'],
  ['client.guardianName', "Father's or husband's name"],
  ['client.guardianNameUr', "Father's or husband's name in Urdu"],
  ['client.cnic', "Client's CNIC"],
  ['client.address', "Client's address"],
  ['client.addressUr', "Client's address in Urdu"],
  ['client.district', "Client's district"],
  ['client.districtUr', "Client's district in Urdu"],
  ['client.gender', "Client's gender"],
  ['client.isWoman', 'The client is a woman'],
  ['client.role', "Client's role in the case"],

  ['detenu.fullName', "Detenu's name"],
  ['detenu.nameUr', "Detenu's name in Urdu"],
  ['detenu.relation', "Detenu's relation to the father or husband (s/o, d/o, w/o)"],
  ['detenu.guardianName', "Detenu's father's or husband's name"],
  ['detenu.cnic', "Detenu's CNIC"],
  ['detenu.address', "Detenu's address"],
  ['detenu.kinship', 'How the petitioner is related to the detenu (e.g. mother)'],

  ['case.number', 'Case number'],
  ['case.type', 'Case type'],
  ['case.stage', 'Stage of the case'],

  ['fir.number', 'FIR number'],
  ['fir.date', 'FIR date'],
  ['fir.dateIso', 'FIR date (YYYY-MM-DD)'],
  ['fir.year', 'FIR year'],
  ['fir.policeStation', 'Police station'],
  ['fir.policeStationUr', 'Police station in Urdu'],
  ['fir.district', 'District where the FIR was registered'],
  ['fir.districtUr', 'District of the FIR in Urdu'],
  ['fir.registeredAt', 'Police station where the FIR was registered'],
  ['fir.agency', 'Investigating agency (code)'],
  ['fir.agencyLabel', 'Investigating agency'],

  ['offences', 'Offences (list)'],
  ['offences[].statute', 'Statute of an offence'],
  ['offences[].section', 'Section of an offence'],
  ['offences[].text', 'An offence (section and statute)'],
  ['offences[].textUr', 'An offence in Urdu'],
  ['offencesText', 'Offences (sections)'],
  ['offencesTextUr', 'Offences in Urdu (دفعات)'],

  ...court('forum', 'The court'),
  ...court('hc', 'The High Court'),
  ...court('homeHc', 'The High Court where the client lives'),
  ...court('sessions', 'The Sessions Court'),

  ['arrest.date', 'Date of arrest'],
  ['arrest.dateIso', 'Date of arrest (YYYY-MM-DD)'],
  ['arrest.time', 'Time of arrest'],
  ['arrest.inCustody', 'The client is in custody'],
  ['arrest.daysInCustody', 'Days in custody'],
  ['arrest.capitalCharge', 'An offence charged is punishable with death'],
  ['arrest.statutoryPeriod', 'Statutory period of custody (CrPC 497 third proviso)'],
  ['arrest.statutoryDate', 'Date the statutory period of custody passes'],
  ['arrest.statutoryPassed', 'Custody has passed the statutory period'],
  ['custody.status', 'Custody status (code)'],
  ['custody.label', 'Custody status'],

  ['bail.hasEarlier', 'An earlier bail petition exists'],
  ['bail.earlier', 'Earlier bail petitions (list)'],
  ...petition('bail.earlier[]', 'An earlier bail petition'),
  ['bail.lastDismissed', 'The last dismissed bail petition'],
  ...petition('bail.lastDismissed', 'The earlier bail petition that was dismissed'),
  ['bail.hasPending', 'Another bail petition is pending'],
  ['bail.pending', 'The pending bail petition'],
  ...petition('bail.pending', 'The pending bail petition'),

  ['judgment.date', 'Date of the judgment of conviction'],
  ['judgment.court', 'Court that convicted'],
  ['judgment.sentenceBand', 'Sentence (band)'],
  ['judgment.sentence', 'Sentence awarded (as written in the judgment)'],
  ['judgment.statutoryPeriod', 'Period after which the sentence must be suspended (CrPC 426(1-A))'],
  ['judgment.statutoryDate', 'Date that period passes'],
  ['judgment.statutoryPassed', 'The appeal is undecided beyond the CrPC 426(1-A) period'],

  ['hearing.date', 'Date the case is fixed for'],
  ['hearing.purpose', 'Purpose of the next hearing'],
  ['lastOrder.date', 'Date of the order whose copies are sought'],

  ['counsel.name', "Counsel's name"],
  ['counsel.team', 'Counsel (the team)'],

  ['respondents.government', 'Government (respondent)'],
  ['respondents.police', 'Inspector General of Police (respondent)'],
  ['respondents.sho', 'SHO of the police station (respondent)'],
  ['respondents.agency', 'Head of the investigating agency (respondent)'],
  ['respondents.complainant', 'Complainant'],

  ['ur.petitioner', 'سائل / سائلہ'],
  ['ur.accused', 'ملزم / ملزمہ'],
  ['ur.applicant', 'درخواست گزار'],
  ['ur.affirm', 'اقرار کرتا ہوں / اقرار کرتی ہوں'],
  ['ur.bound', 'پابند رہوں گا / پابند رہوں گی'],
];

function court(prefix: string, what: string): [string, string][] {
  return [
    [`${prefix}.name`, what],
    [`${prefix}.phrase`, `${what}, as a sentence names it`],
    [`${prefix}.nameUr`, `${what} in Urdu`],
    [`${prefix}.type`, `${what}: forum type`],
    [`${prefix}.city`, `${what}: city`],
    [`${prefix}.cityUr`, `${what}: city in Urdu`],
    [`${prefix}.heading`, `${what}: heading`],
    [`${prefix}.headingUr`, `${what}: heading in Urdu`],
    [`${prefix}.isHighCourt`, `${what} is a High Court`],
    [`${prefix}.caseNumber`, `${what}: case number`],
  ];
}

function petition(prefix: string, what: string): [string, string][] {
  return [
    [`${prefix}.forum`, `${what}: court`],
    [`${prefix}.forumUr`, `${what}: court in Urdu`],
    [`${prefix}.kind`, `${what}: kind`],
    [`${prefix}.status`, `${what}: status`],
    [`${prefix}.filingDate`, `${what}: date of filing`],
    [`${prefix}.orderDate`, `${what}: date of the order`],
  ];
}

export const KNOWN_FIELDS: { field: string; label: string }[] = entries.map(([field, label]) => ({ field, label }));

const LABELS = new Map(entries);

/** The label of a field path; an unknown path is its own label. */
export const labelOf = (field: string): string => LABELS.get(field) ?? field;

export const isKnownField = (field: string): boolean => LABELS.has(field);
