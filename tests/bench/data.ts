/* Realistic vocabulary for the demo and large seeds: names in English and Urdu, places, offences, orders. */

/** [English, Urdu] first names. */
export const FIRST: readonly [string, string][] = [
  ['Muhammad', 'محمد'],
  ['Ahmad', 'احمد'],
  ['Ali', 'علی'],
  ['Hassan', 'حسن'],
  ['Bilal', 'بلال'],
  ['Usman', 'عثمان'],
  ['Imran', 'عمران'],
  ['Farhan', 'فرحان'],
  ['Naseer', 'نصیر'],
  ['Zubair', 'زبیر'],
  ['Kamran', 'کامران'],
  ['Tariq', 'طارق'],
  ['Sajid', 'ساجد'],
  ['Waqas', 'وقاص'],
  ['Junaid', 'جنید'],
  ['Asad', 'اسد'],
  ['Saleem', 'سلیم'],
  ['Rashid', 'راشد'],
  ['Ayesha', 'عائشہ'],
  ['Fatima', 'فاطمہ'],
  ['Sadia', 'سعدیہ'],
  ['Rukhsana', 'رخسانہ'],
  ['Zarghuna', 'زرغونہ'],
  ['Mehwish', 'مہوش'],
  ['Sana', 'ثنا'],
  ['Nargis', 'نرگس'],
  ['Shazia', 'شازیہ'],
  ['Asma', 'عاصمہ'],
  ['Hina', 'حنا'],
  ['Samina', 'ثمینہ'],
  ['Gulalai', 'گلالئی'],
  ['Mahrang', 'ماہ رنگ'],
];

/** [English, Urdu] family names. */
export const LAST: readonly [string, string][] = [
  ['Khan', 'خان'],
  ['Baloch', 'بلوچ'],
  ['Jaffar', 'جعفر'],
  ['Khattak', 'خٹک'],
  ['Qureshi', 'قریشی'],
  ['Siddiqui', 'صدیقی'],
  ['Butt', 'بٹ'],
  ['Chaudhry', 'چوہدری'],
  ['Malik', 'ملک'],
  ['Shah', 'شاہ'],
  ['Bibi', 'بی بی'],
  ['Mengal', 'مینگل'],
  ['Yousafzai', 'یوسفزئی'],
  ['Awan', 'اعوان'],
  ['Memon', 'میمن'],
  ['Bhatti', 'بھٹی'],
  ['Masih', 'مسیح'],
  ['Ahmad', 'احمد'],
  ['Mirza', 'مرزا'],
  ['Dar', 'ڈار'],
];

export const CODENAMES = [
  'Falcon',
  'Kingfisher',
  'Heron',
  'Sparrow',
  'Cedar',
  'Juniper',
  'Chinar',
  'Indus',
  'Ravi',
  'Margalla',
  'Hunza',
  'Koel',
];

/** [district, province, police stations] */
export const PLACES: readonly [string, string, string[]][] = [
  ['Islamabad', 'ict', ['Kohsar', 'Secretariat', 'Aabpara', 'Margalla', 'Shahzad Town', 'Golra']],
  ['Lahore', 'punjab', ['Civil Lines', 'Gulberg', 'Model Town', 'Race Course', 'Data Darbar', 'Shadman']],
  ['Rawalpindi', 'punjab', ['Saddar', 'Waris Khan', 'New Town', 'Civil Lines']],
  ['Karachi', 'sindh', ['Artillery Maidan', 'Boat Basin', 'Clifton', 'Saddar', 'Lyari', 'Gulshan-e-Iqbal']],
  ['Peshawar', 'kp', ['Gulbahar', 'Khan Raziq', 'Hayatabad', 'University Town']],
  ['Quetta', 'balochistan', ['City', 'Civil Lines', 'Bijli Road', 'Satellite Town']],
  ['Chiniot', 'punjab', ['Chenab Nagar', 'City Chiniot']],
  ['Faisalabad', 'punjab', ['Peoples Colony', 'Madina Town', 'Civil Lines']],
];

/** Offences the network defends, by statute. */
export const OFFENCES: readonly [string, string][] = [
  ['PECA', '20'],
  ['PECA', '26-A'],
  ['PECA', '9'],
  ['PECA', '10'],
  ['PPC', '505'],
  ['PPC', '124-A'],
  ['PPC', '298-C'],
  ['PPC', '295-A'],
  ['PPC', '295-C'],
  ['PPC', '506'],
  ['PPC', '186'],
  ['PPC', '353'],
  ['PPC', '147'],
  ['PPC', '149'],
  ['ATA', '7'],
  ['ATA', '11-F'],
  ['ATA', '21-I'],
  ['MPO', '3'],
];

export const ADJOURNED_ORDERS = [
  'Adjourned; learned counsel for the complainant not present.',
  'Adjourned at the request of the State for the record of investigation.',
  'Notice to the State; IO to appear with the record on the next date.',
  'Adjourned; the presiding officer is on leave.',
  'Adjourned due to strike of the bar.',
  'Arguments partly heard; adjourned for rebuttal.',
  'Report of the IO not received; adjourned with direction to submit.',
  'Adjourned; forensic report from NFSA awaited.',
  'Prosecution witness absent; summons reissued.',
  'Adjourned; jail authorities did not produce the accused.',
];
export const OTHER_ORDERS: Record<string, string[]> = {
  bail_granted: ['Bail granted against surety of Rs. 100,000 with one surety in the like amount.'],
  bail_dismissed: ['Bail dismissed; the accused may approach the High Court.'],
  heard: ['Arguments heard; the State to file its reply.', 'Charge framed; the accused pleaded not guilty.'],
  order_reserved: ['Arguments concluded; order reserved.'],
  disposed: ['Petition disposed of in terms of the statement of the State counsel.'],
};

export const PURPOSES = ['Arguments on bail', 'Evidence', 'Hearing', 'Charge', 'Report of the IO', 'Final arguments'];
