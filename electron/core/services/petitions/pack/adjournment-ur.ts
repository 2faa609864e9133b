import type { ShippedTemplate } from '../types';
import { caseTitleUr, firLineIfAnyUr, signatureUr, title, ur } from './common';

/** درخواست برائے التوائے سماعت. */
export const adjournmentUr: ShippedTemplate = {
  id: 'adjournment-ur',
  name: 'درخواست برائے التوائے سماعت',
  language: 'ur',
  description: 'Adjournment of the next hearing, in Urdu.',
  source: ur(`<h1 style="text-align: center">{{forum.headingUr}}</h1>
${caseTitleUr}
${firLineIfAnyUr}
${title('درخواست برائے التوائے سماعت')}
<p><strong>جناب عالی!</strong></p>
<p>گزارش ہے کہ مقدمہ مندرجہ عنوان عدالت ہذا میں مورخہ {{hearing.date}} کو برائے سماعت مقرر ہے۔</p>
<section data-section="reason">
<p>یہ کہ {{ur.applicant}} کے وکیل مورخہ مذکورہ کو عدالت ہذا میں پیش ہونے سے قاصر ہیں کیونکہ [وجہ تحریر کریں، مثلاً اسی تاریخ کو عدالت عالیہ میں دیگر مقدمہ میں مصروفیت]۔</p>
</section>
<p>یہ کہ التوا نیک نیتی سے طلب کیا جا رہا ہے، مقدمہ کو طول دینا مقصود نہ ہے اور فریق مخالف کو کوئی نقصان نہ ہوگا۔</p>
<p>لہٰذا استدعا ہے کہ مقدمہ مندرجہ عنوان کی سماعت کسی اور مناسب تاریخ تک ملتوی فرمائی جائے۔</p>
${signatureUr('{{ur.applicant}}')}`),
};
