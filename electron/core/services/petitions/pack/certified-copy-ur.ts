import type { ShippedTemplate } from '../types';
import { caseTitleUr, firLineIfAnyUr, signatureUr, title, ur } from './common';

/** درخواست برائے حصول نقول مصدقہ. */
export const certifiedCopyUr: ShippedTemplate = {
  id: 'certified-copy-ur',
  name: 'درخواست برائے حصول نقول مصدقہ',
  language: 'ur',
  description: "Certified copies of the court's order and the record, in Urdu.",
  source: ur(`<h1 style="text-align: center">{{forum.headingUr}}</h1>
${caseTitleUr}
${firLineIfAnyUr}
${title('درخواست برائے حصول نقول مصدقہ')}
<p><strong>جناب عالی!</strong></p>
<p>گزارش ہے کہ {{ur.applicant}} مقدمہ مندرجہ عنوان میں فریق ہے اور قانونی چارہ جوئی کے لیے {{ur.applicant}} کو درج ذیل دستاویزات کی نقول مصدقہ درکار ہیں:</p>
<section data-section="documents">
<ol>
<li>حکم مورخہ {{lastOrder.date}} صادرہ عدالت ہذا؛</li>
{{#if fir.number}}<li>نقل ایف آئی آر نمبر {{fir.number}} مورخہ {{fir.date}}؛</li>{{/if}}
<li>رپورٹ زیر دفعہ 173 ض ف (چالان)، اگر داخل ہو چکا ہو؛</li>
<li>بیانات گواہان زیر دفعہ 161 ض ف۔</li>
</ol>
</section>
<p>لہٰذا استدعا ہے کہ مذکورہ بالا دستاویزات کی نقول مصدقہ بطور فوری جاری فرمائی جائیں۔ {{ur.applicant}} مقررہ فیس نقل ادا کرنے کا پابند ہے۔</p>
${signatureUr('{{ur.applicant}}')}`),
};
