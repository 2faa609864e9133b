import type { ShippedTemplate } from '../types';
import {
  briefFactsUr,
  closingGroundUr,
  earlierBailUr,
  firLineUr,
  groundsClose,
  groundsOpenUr,
  partiesUr,
  prohibitoryGroundUr,
  signatureUr,
  statutoryDelayGroundUr,
  title,
  ur,
  verificationUr,
  womanGroundUr,
} from './common';

/** درخواست ضمانت بعد از گرفتاری، سیشن کورٹ (CrPC 497): the district courts' Urdu form. */
export const bail497SessionsUr: ShippedTemplate = {
  id: 'bail-497-sessions-ur',
  name: 'درخواست ضمانت بعد از گرفتاری زیر دفعہ 497 ض ف (سیشن کورٹ)',
  language: 'ur',
  description:
    'Post-arrest bail in the Sessions Court, in Urdu, with the woman-accused and statutory-delay grounds where they apply.',
  source: ur(`<h1 style="text-align: center">{{sessions.headingUr}}</h1>
${partiesUr()}
${firLineUr}
${title('درخواست ضمانت بعد از گرفتاری زیر دفعہ 497 ض ف')}
<p><strong>جناب عالی!</strong></p>
<p>گزارش ہے کہ:</p>
<ol>
<li>یہ کہ {{ur.petitioner}} کو مقدمہ مندرجہ عنوان میں ملوث کیا گیا ہے، جس کی نقل ایف آئی آر لف ہے۔</li>
<li>یہ کہ {{ur.petitioner}} کو مورخہ {{arrest.date}} کو گرفتار کیا گیا اور تب سے {{ur.petitioner}} جوڈیشل لاک اپ میں بند ہے۔</li>
${earlierBailUr}
</ol>
${briefFactsUr}
${groundsOpenUr('وجوہات ضمانت')}
${womanGroundUr}
${statutoryDelayGroundUr}
<li>یہ کہ {{ur.petitioner}} بے گناہ ہے اور اسے بدنیتی اور ناجائز مقاصد کے تحت اس جھوٹے مقدمہ میں ملوث کیا گیا ہے۔</li>
<li>یہ کہ {{ur.petitioner}} کا مقدمہ دفعہ 497(2) ض ف کے تحت مزید انکوائری کا متقاضی ہے۔</li>
${prohibitoryGroundUr}
<li>یہ کہ ایف آئی آر تاخیر سے درج کی گئی ہے جس کی کوئی معقول وجہ بیان نہ کی گئی ہے، جو سوچ بچار اور مشاورت کو ظاہر کرتی ہے۔</li>
<li>یہ کہ {{ur.petitioner}} کسی مزید تفتیش کے لیے درکار نہ ہے اور مزید حراست سے کوئی مفید مقصد حاصل نہ ہوگا۔</li>
<li>یہ کہ {{ur.petitioner}} کا کوئی سابقہ ریکارڈ نہ ہے، اور نہ ہی فرار ہونے یا استغاثہ کی شہادت پر اثر انداز ہونے کا کوئی اندیشہ ہے۔</li>
<li>یہ کہ {{ur.petitioner}} عدالت کی تسلی کے مطابق ضمانتی مچلکہ داخل کرنے کو تیار ہے۔</li>
${closingGroundUr}
${groundsClose}
<p>لہٰذا استدعا ہے کہ {{ur.petitioner}} کی درخواست ضمانت بعد از گرفتاری منظور فرماتے ہوئے {{ur.petitioner}} کو مقدمہ مندرجہ عنوان میں تا فیصلہ مقدمہ ضمانت پر رہا کرنے کا حکم صادر فرمایا جائے۔ کوئی دیگر داد رسی جو عدالت مناسب سمجھے، وہ بھی عطا فرمائی جائے۔</p>
${signatureUr()}
${verificationUr()}`),
};
