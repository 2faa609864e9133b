import type { Statute } from '../../../shared/enums';
import type { LawGroup } from '../../../shared/report-schemas';

/*
 * Offences in words, for printouts ("PECA s.26-A: false and fake information") and for grouping a
 * caseload by law. Data, not scattered strings: every entry carries its source, copied from
 * shared/domain/pakistan-law.md §6 (offences used against journalists and HRDs) and, where noted,
 * §3.1 and §5.2. The words are short descriptions of the offence as the sources give them, not the
 * statute's marginal notes verbatim; confidence is the reference's own marker ([H], [M], [L]).
 * A section not listed here prints as "PPC s.302" without words: nothing is guessed.
 */

export type OffenceEntry = {
  statute: Statute;
  /** Canonical section: digits, then a hyphen and capital letters ("26-A", "11-EE"). */
  section: string;
  words: string;
  group: LawGroup;
  source: string;
  confidence: 'H' | 'M' | 'L';
};

const PECA_BILL =
  'pakistan-law.md §6.1; OCR of the PECA 2016 bill: GitHub NoorusSabahh/ITA-rag-mini-project, markdowns/Prevention_of_Electronic_Crimes_Act_2016.md';
const LAWS_OF_PAKISTAN =
  'pakistan-law.md §6.2; https://www.lawsofpakistan.com/blasphemy-laws-in-pakistan-offences-against-religion-in-pakistan/';
const DAWN_HERALD = 'pakistan-law.md §6.2; https://www.dawn.com/news/606409/herald-exclusive-what-the-law-says';
const ED_2022 =
  'pakistan-law.md §5.2, §6.2; Criminal Laws (Amendment) Act 2022: https://dawn.com/news/1716295 (final section numbers UNVERIFIED)';

export const OFFENCES: readonly OffenceEntry[] = [
  // ---------- PECA 2016, as amended (§6.1) ----------
  {
    statute: 'PECA',
    section: '9',
    words: 'glorification of an offence',
    group: 'peca',
    source: PECA_BILL,
    confidence: 'M',
  },
  { statute: 'PECA', section: '10', words: 'cyber-terrorism', group: 'peca', source: PECA_BILL, confidence: 'M' },
  {
    statute: 'PECA',
    section: '11',
    words: 'hate speech',
    group: 'peca',
    source:
      'pakistan-law.md §6.1; https://lawandlearning99.blogspot.com/2023/08/peca-act-2016-hate-speech-recruitment.html',
    confidence: 'H',
  },
  {
    statute: 'PECA',
    section: '12',
    words: 'recruitment, funding and planning of terrorism',
    group: 'peca',
    source:
      'pakistan-law.md §6.1; https://lawandlearning99.blogspot.com/2023/08/peca-act-2016-hate-speech-recruitment.html',
    confidence: 'H',
  },
  {
    statute: 'PECA',
    section: '20',
    words: 'offences against the dignity of a natural person',
    group: 'peca',
    source:
      'pakistan-law.md §6.1; https://digitalrightsmonitor.pk/islamabad-high-court-quashes-peca-amendment-ordinance-part-of-s-20-of-peca-also-unconstitutional/',
    confidence: 'H',
  },
  {
    statute: 'PECA',
    section: '21',
    words: 'offences against the modesty of a natural person and minor',
    group: 'peca',
    source: PECA_BILL,
    confidence: 'M',
  },
  { statute: 'PECA', section: '22', words: 'child pornography', group: 'peca', source: PECA_BILL, confidence: 'M' },
  {
    statute: 'PECA',
    section: '24',
    words: 'cyber-stalking',
    group: 'peca',
    source:
      'pakistan-law.md §6.1; https://www.pakistan-forums.com/threads/what-is-the-definition-of-cyber-stalking.729/',
    confidence: 'M',
  },
  {
    statute: 'PECA',
    section: '26-A',
    words: 'false and fake information',
    group: 'peca',
    source:
      'pakistan-law.md §6.1 (added by the PECA (Amendment) Act 2025); https://geo.tv/latest/596779-man-booked-under-peca-over-viral-video-of-traffic-police-lifting-wrongly-parked-vehicle',
    confidence: 'H',
  },
  // ---------- Pakistan Penal Code (§6.2) ----------
  {
    statute: 'PPC',
    section: '52-B',
    words: 'enforced disappearance',
    group: 'enforced_disappearance',
    source: ED_2022,
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '124-A',
    words: 'sedition',
    group: 'sedition_505',
    source:
      'pakistan-law.md §6.2 (struck down by the LHC on 30 Mar 2023, binding in Punjab); https://www.urdupoint.com/en/pakistan/lhc-strikes-down-section-124-a-of-ppc-1668257.html',
    confidence: 'H',
  },
  {
    statute: 'PPC',
    section: '153-A',
    words: 'promoting enmity between groups',
    group: 'sedition_505',
    source: 'pakistan-law.md §6.2 (punishment UNVERIFIED)',
    confidence: 'L',
  },
  {
    statute: 'PPC',
    section: '295',
    words: 'injuring or defiling a place of worship',
    group: 'blasphemy',
    source: LAWS_OF_PAKISTAN,
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '295-A',
    words: 'deliberate and malicious acts intended to outrage religious feelings',
    group: 'blasphemy',
    source: LAWS_OF_PAKISTAN,
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '295-B',
    words: 'defiling the Holy Quran',
    group: 'blasphemy',
    source: LAWS_OF_PAKISTAN,
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '295-C',
    words: 'derogatory remarks in respect of the Holy Prophet',
    group: 'blasphemy',
    source: DAWN_HERALD,
    confidence: 'H',
  },
  {
    statute: 'PPC',
    section: '298',
    words: 'uttering words with intent to wound religious feelings',
    group: 'blasphemy',
    source: 'pakistan-law.md §6.2; https://worldmuslimcongress.org/proposed-amendments-to-blasphemy-laws-in-pakistan/',
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '298-A',
    words: 'derogatory remarks in respect of holy personages',
    group: 'blasphemy',
    source: LAWS_OF_PAKISTAN,
    confidence: 'M',
  },
  {
    statute: 'PPC',
    section: '298-B',
    words: 'misuse of epithets, descriptions and titles reserved for holy personages or places',
    group: 'blasphemy',
    source: 'pakistan-law.md §6.2 (background knowledge only)',
    confidence: 'L',
  },
  {
    statute: 'PPC',
    section: '298-C',
    words: 'an Ahmadi calling himself a Muslim, or preaching or propagating his faith',
    group: 'blasphemy',
    source: 'pakistan-law.md §6.2 (background knowledge only)',
    confidence: 'L',
  },
  {
    statute: 'PPC',
    section: '505',
    words: 'statements conducing to public mischief',
    group: 'sedition_505',
    source:
      'pakistan-law.md §6.2; https://pakarbiter.com/laws-in-pakistan/pakistan-penal-code-1860/ppc-section-505/statements-conducing-to-public-mischief',
    confidence: 'H',
  },
  {
    statute: 'PPC',
    section: '512',
    words: 'enforced disappearance (offence, bill numbering)',
    group: 'enforced_disappearance',
    source: ED_2022,
    confidence: 'L',
  },
  {
    statute: 'PPC',
    section: '513',
    words: 'enforced disappearance (punishment, bill numbering)',
    group: 'enforced_disappearance',
    source: ED_2022,
    confidence: 'L',
  },
  // ---------- Maintenance of Public Order Ordinance 1960 (§3.1, §6.2) ----------
  {
    statute: 'MPO',
    section: '3',
    words: 'preventive detention order',
    group: 'mpo',
    source: 'pakistan-law.md §3.1; http://nasirlawsite.com/laws/mpo.htm',
    confidence: 'H',
  },
  {
    statute: 'MPO',
    section: '16',
    words: 'dissemination of rumours',
    group: 'mpo',
    source: 'pakistan-law.md §6.2; http://punjablaws.gov.pk/laws/127.html',
    confidence: 'M',
  },
  // ---------- Anti-Terrorism Act 1997 (§3.1, §6.2) ----------
  {
    statute: 'ATA',
    section: '7',
    words: 'acts of terrorism',
    group: 'ata',
    source: 'pakistan-law.md §6.2; http://www.fia.gov.pk/ata.htm',
    confidence: 'H',
  },
  {
    statute: 'ATA',
    section: '11-EE',
    words: 'listing in the Fourth Schedule',
    group: 'ata',
    source:
      'pakistan-law.md §3.1; https://nacta.gov.pk/functions/counter-terrorism-wing/counter-terrorism/proscribed-persons/',
    confidence: 'M',
  },
  {
    statute: 'ATA',
    section: '11-W',
    words: 'printing, publishing or disseminating material inciting hatred or projecting terrorists',
    group: 'ata',
    source: 'pakistan-law.md §6.2; https://lawsite.today/?page_id=741',
    confidence: 'H',
  },
];

/**
 * "26A", "26 - a", "s.26-A", "Section 295-C(1)" -> "26-A", "295-C". A sub-section in brackets is
 * dropped for the look-up (it still prints as the lawyer wrote it in the section itself).
 */
export const canonicalSection = (raw: string): string => {
  const s = raw
    .trim()
    .replace(/^(section|sec\.?|s\.)\s*/i, '')
    .replace(/\(.*$/, '')
    .trim();
  const m = /^(\d+)\s*-?\s*([a-z]+)?$/i.exec(s);
  if (!m) return s.toUpperCase();
  return m[2] ? `${m[1]}-${m[2].toUpperCase()}` : (m[1] ?? s);
};

const BY_KEY = new Map(OFFENCES.map((o) => [`${o.statute}|${o.section}`, o]));

export const findOffence = (statute: Statute, section: string): OffenceEntry | undefined =>
  BY_KEY.get(`${statute}|${canonicalSection(section)}`);

/** Statutes whose every section falls in one reporting group, listed or not. */
const STATUTE_GROUP: Partial<Record<Statute, LawGroup>> = { PECA: 'peca', ATA: 'ata', MPO: 'mpo' };

/** The reporting group of one offence: the table's, else the statute's, else "other". */
export const offenceGroup = (statute: Statute, section: string): LawGroup =>
  findOffence(statute, section)?.group ?? STATUTE_GROUP[statute] ?? 'other';

/** How an offence prints: "PECA s.26-A: false and fake information", or "PPC s.302" when not in the table. */
export const offenceLine = (o: { statute: Statute; section: string }) => {
  const entry = findOffence(o.statute, o.section);
  const section = o.section.trim().replace(/^(section|sec\.?|s\.)\s*/i, '');
  const head = o.statute === 'other' ? `s.${section}` : `${o.statute} s.${section}`;
  return {
    statute: o.statute,
    section: o.section,
    label: entry ? `${head}: ${entry.words}` : head,
    words: entry?.words ?? null,
    source: entry?.source ?? null,
  };
};
