import type { ShippedTemplate } from '../types';
import { caseTitleUr, describeClientUr, firLineIfAnyUr, title, ur } from './common';

/** وکالت نامہ: the client's power of attorney in the district courts' Urdu form. */
export const vakalatnamaUr: ShippedTemplate = {
  id: 'vakalatnama-ur',
  name: 'وکالت نامہ',
  language: 'ur',
  description: "The client's power of attorney appointing counsel, in Urdu.",
  source: ur(`${title('وکالت نامہ')}
<h1 style="text-align: center">{{forum.headingUr}}</h1>
${caseTitleUr}
${firLineIfAnyUr}
<p style="text-align: justify">منکہ ${describeClientUr}، مقدمہ مندرجہ عنوان میں اپنی جانب سے پیروی و جوابدہی کے لیے {{counsel.name}} ایڈووکیٹ کو بطور وکیل مقرر کر کے {{ur.affirm}} کہ:</p>
<ol>
<li>یہ کہ وکیل صاحب موصوف کو عدالت ہذا یا کسی بھی دیگر عدالت میں، ابتدائی سماعت، اپیل، نگرانی یا نظرثانی میں، تا فیصلہ مقدمہ پیش ہونے، بحث کرنے اور پیروی کرنے کا مکمل اختیار ہوگا۔</li>
<li>یہ کہ وکیل صاحب کو درخواست ضمانت سمیت ہر قسم کی درخواستیں، اپیلیں اور دیگر کاغذات تیار کرنے، ان پر دستخط و تصدیق کرنے، داخل کرنے اور واپس لینے کا اختیار ہوگا۔</li>
<li>یہ کہ وکیل صاحب کو مسل کی نقول حاصل کرنے اور ضمانتی مچلکہ جات داخل کرنے کا اختیار ہوگا۔</li>
<li>یہ کہ وکیل صاحب کو اپنی جگہ کسی دوسرے وکیل کو مقرر کرنے کا اختیار ہوگا، اور اس وکیل کو بھی یہی اختیارات حاصل ہوں گے۔</li>
<li>یہ کہ وکیل صاحب یا ان کے مقرر کردہ وکیل کی جانب سے کی گئی ہر کارروائی مجھے بسر و چشم منظور و قبول ہوگی، جیسے کہ میں نے خود کی ہو، اور میں اس کا {{ur.bound}}۔</li>
<li>یہ کہ اگر فیس کی عدم ادائیگی کے باعث وکیل صاحب کی غیر حاضری میں مقدمہ کی کارروائی ہو تو اس کے کسی نقصان کے وکیل صاحب ذمہ دار نہ ہوں گے۔</li>
</ol>
<p>لہٰذا یہ وکالت نامہ لکھ دیا ہے تاکہ سند رہے اور بوقت ضرورت کام آئے۔</p>
<p>مورخہ: {{today.date}}</p>
<p style="text-align: left"><strong>دستخط / نشان انگوٹھا موکل</strong></p>
<p style="text-align: left">{{client.nameUr}}</p>
<p><strong>منظور شدہ:</strong></p>
<p><strong>{{counsel.name}}</strong> ایڈووکیٹ</p>`),
};
