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
  title,
  ur,
  verificationUr,
} from './common';

/** درخواست ضمانت قبل از گرفتاری (CrPC 498), in the case's court or the Sessions Court. */
export const bail498Ur: ShippedTemplate = {
  id: 'bail-498-ur',
  name: 'درخواست ضمانت قبل از گرفتاری زیر دفعہ 498 ض ف',
  language: 'ur',
  description: "Pre-arrest bail in Urdu, in the case's court (the Sessions Court when none is recorded).",
  source: ur(`<h1 style="text-align: center">{{forum.headingUr}}</h1>
${partiesUr()}
${firLineUr}
${title('درخواست ضمانت قبل از گرفتاری زیر دفعہ 498 ض ف')}
<p><strong>جناب عالی!</strong></p>
<p>گزارش ہے کہ:</p>
<ol>
<li>یہ کہ {{ur.petitioner}} کو مقدمہ مندرجہ عنوان میں نامزد کیا گیا ہے، جس کی نقل ایف آئی آر لف ہے۔</li>
<li>یہ کہ پولیس {{ur.petitioner}} کو محض بے عزت اور رسوا کرنے کی غرض سے گرفتار کرنے پر بضد ہے، اور {{ur.petitioner}} کو ناجائز گرفتاری کا اندیشہ ہے۔</li>
${earlierBailUr}
</ol>
${briefFactsUr}
${groundsOpenUr('وجوہات ضمانت')}
<li>یہ کہ مقدمہ بدنیتی اور ناجائز مقاصد کے تحت درج کیا گیا ہے تاکہ {{ur.petitioner}} کو ہراساں کیا جائے؛ {{ur.petitioner}} کی گرفتاری کا مقصد محض تذلیل ہے۔</li>
<li>یہ کہ {{ur.petitioner}} کا مقدمہ دفعہ 497(2) ض ف کے تحت مزید انکوائری کا متقاضی ہے۔</li>
${prohibitoryGroundUr}
<li>یہ کہ {{ur.petitioner}} سے کوئی برآمدگی مقصود نہ ہے؛ استغاثہ کا تمام تر انحصار دستاویزی شہادت پر ہے جو پہلے ہی تفتیشی ادارے کے قبضہ میں ہے۔</li>
<li>یہ کہ {{ur.petitioner}} شامل تفتیش ہونے اور ہر تاریخ پیشی پر عدالت میں حاضر ہونے کا پابند ہے۔</li>
<li>یہ کہ {{ur.petitioner}} کا کوئی سابقہ ریکارڈ نہ ہے اور نہ ہی روپوشی کا کوئی ریکارڈ ہے۔</li>
${closingGroundUr}
${groundsClose}
<p>لہٰذا استدعا ہے کہ {{ur.petitioner}} کی عبوری ضمانت قبل از گرفتاری تا فیصلہ درخواست ہذا منظور فرمائی جائے اور بعد از نوٹس اسے کنفرم فرمایا جائے۔ کوئی دیگر داد رسی جو عدالت مناسب سمجھے، وہ بھی عطا فرمائی جائے۔</p>
${signatureUr()}
${verificationUr()}`),
};
