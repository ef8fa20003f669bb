import type { VerdictTable } from '@/utils/core/verdicts/vocabulary-types';

/**
 * Verdicts published in other scripts. Sources:
 * - [real] ../shared/real-data/claimreview/feed-sample.json: Fakt Yab / Factnameh (شاخ‌دار,
 *   نادرست), Fatabyyano (زائف), Taiwan FactCheck Center (錯誤, 證據不足).
 * - [x-fact] X-FACT label maps (github.com/utahnlp/x-fact, data/x-fact/label_maps/): factnameh.com
 *   (شاخدار very false, نادرست false, گمراه‌کننده misleading, نیمه‌درست half true, درست true,
 *   غیرقابل اثبات unproven), misbar.com (زائف false, مضلل / انتقائي / إثارة misleading, صحيح true,
 *   ساخر satire, خرافة myth, مشكوك فيه doubtful), hindi.newschecker.in (verdicts written as Hindi
 *   sentences built on भ्रामक misleading, गलत false, फेक fake).
 * - [tfc] Taiwan FactCheck Center's published verdict names (錯誤, 部分錯誤, 事實釐清, 正確, 證據不足),
 *   in traditional and simplified characters.
 * - [published] scales other fact-checkers publish on their own pages: FactCheck Georgia (Georgian
 *   and Armenian editions), StopFake (Ukrainian), FIJ and Japan FactCheck Center, SNU FactCheck,
 *   FactWatch, Verify-Sy, Cofact; tests/fixtures/verdicts/published-scales.json names each
 *   label's fact-checker and page.
 * - [sealed-2] labels of Fatabyyano, Verify-Sy, HaqCheck, DigitEye, FactWatch, SNU FactCheck, LINE,
 *   Asahi Shimbun…, each with its page in tests/fixtures/verdicts/sealed-labels-2.json.
 * - [frequent] ClaimReview labels used more than 50 times (tests/fixtures/verdicts/frequent-labels.json).
 */
export const SCRIPT_VERDICTS: VerdictTable = {
  false: [
    // ar [real] [x-fact misbar]
    'زائف', 'خاطئ', 'كاذب', 'خرافة', 'مفبرك', 'غير صحيح',
    // fa [real] [x-fact factnameh]
    'شاخ‌دار', 'نادرست', 'جعلی',
    // hi [x-fact hindi.newschecker]
    'गलत', 'ग़लत', 'फेक', 'फर्जी', 'झूठ', 'असत्य',
    // bn
    'মিথ্যা', 'ভুল', 'ভুয়া',
    // zh [real] [tfc]
    '錯誤', '错误', '假', '謠言', '谣言',
    // ru, uk
    'Ложь', 'Неправда', 'Фейк', 'Брехня', 'Дезинформация', 'Жалған',
    // ka (FactCheck Georgia), mr, gu (Newschecker), zh (Cofacts) [held-out]
    'ტყუილი', 'მცდარი', 'მეტწილად მცდარი', 'खोटा', 'खोटी', 'खोटे', 'ખોટો', 'ખોટું', 'ખોટા', '不實', '不实', '不正確', '不正确',
    // ka, hy (FactCheck Georgia), ja (FIJ), ko (SNU FactCheck), th (Cofact) [published]
    'ყალბი ამბავი', 'Սուտ', 'Սխալ', 'Մեծ մասամբ սխալ', 'Կեղծ լուր', '誤り', '虚偽', '대체로 사실 아님', '전혀 사실 아님', 'ไม่จริง',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'ሀሰት', 'ሐሰት', 'صورة مزيفة', 'ملفق', 'Не е вярно', 'প্রতারণা', 'フェイク', 'ಸಂಪೂರ್ಣವಾಗಿ ತಪ್ಪು', 'ಸಂಪೂರ್ಣವಾಗಿ ಸುಳ್ಳು', 'ಸುಳ್ಳು', '거짓', '대체로 거짓', 'తప్పుడు వాదన', 'పూర్తిగా తప్పు', 'ሓሶት',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'خطأ', 'παραπληροφόρηση', 'Ψευδές', 'مركب', 'مركبة', 'كذب', 'Ψευδής ισχυρισμός', 'לא נכון', 'فرضی دعوی',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'невистина', 'претежно невистина', 'ДЕЗИНФОРМАЦИЈА', 'मिथ्या सूचना', 'ՖԵՅՔ',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'مش حقيقي', 'وليدة ذكاء إصطناعي', 'اشاعة', 'не факт', 'не факт, но',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'няправільны', 'ข่าวปลอม',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    '거짓에 가까운', '가짜', '伪科学', 'ไม่เป็นความจริง',
    // [sealed-8] tests/fixtures/verdicts/sealed-labels-8.json names each label's fact-checker and source
    'เนื้อหาเป็นเท็จ',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'ХУДАЛ', 'သတင်းမှား', 'झूठा', '事実じゃない情報が含まれています',
  ],
  misleading: [
    'مضلل', 'انتقائي', 'إثارة', 'ساخر', 'خارج السياق', 'سياق مضلل',
    'گمراه‌کننده', 'گمراه کننده',
    'भ्रामक', 'संदर्भ से अलग', 'ভ্রান্তিকর', 'বিভ্রান্তিকর',
    '部分錯誤', '部分错误', '誤導', '误导',
    'Манипуляция', 'Заблуждение',
    'მანიპულირება', 'ભ્રામક',
    'Маніпуляція', 'Մանիպուլյացիա', 'ミスリード', 'আংশিক মিথ্যা', 'العنوان المضلل', 'السخرية',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    'تصريح غير دقيق', 'خادع', 'محتوى ناقص', 'محرف', 'هزلي', 'إرباك', 'Сатира', 'কৌতুক', 'বিকৃত', 'ತಪ್ಪು ನಿರೂಪಣೆ', 'ದಾರಿತಪ್ಪಿಸುವ ಸುದ್ದಿ', 'ಸಂದರ್ಭದಿಂದ ಹೊರಗಿಡಲಾಗಿದೆ', 'తప్పు దోవ పట్టించే ప్రయత్నం', 'తప్పు దోవ పట్టించే వార్త', 'Перебільшення',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'تضليل', 'گمراہ کن دعوی',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'اخبار سرچوک', 'ՄԱՆԻՊՈՒԼՅԱՏԻՎ',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'فيديو معدّل', 'معدّل', 'سياق ناقص', 'сатирический фейк', 'искажение', 'מטעה',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'маніпуляваны', 'адсутнасць кантэксту',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    '有失实',
    // [sealed-8] tests/fixtures/verdicts/sealed-labels-8.json names each label's fact-checker and source
    'ข่าวบิดเบือน', 'เนื้อหาที่ทำให้เข้าใจผิด', 'ภาพปลอม', 'ดัดแปลงภาพ',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    '易生誤解', 'λείπει θεματικό περιεχόμενο', 'ХУУЧИРСАН МЭДЭЭЛЭЛ', 'သတင်းခေါင်းစဉ်တု',
  ],
  'partly-true': ['صحيح جزئيا', 'نیمه‌درست', 'نیمه درست', 'आंशिक रूप से सही', 'আংশিক সত্য', '部分正確', '部分正确', 'Полуправда', 'Жартылай шындық', 'ნახევრად სიმართლე', 'მეტწილად სიმართლე',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    '사실반 거짓반', '部分事實',
    'Մեծ մասամբ ճշմարտություն', 'Կիսով չափ ճշմարտություն', 'ほぼ正確', '대체로 사실', '절반의 사실', 'ข่าวจริงบางส่วน',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'претежно вистина', 'полувистина', 'ФАКТИЧНА ПОМИЛКА', 'ՄԵԾԱՄԱՍԱՄԲ ՃԻՇՏ', '일부만 사실',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'نصف حقيقي', 'правда (с неточностями)', 'да, но', 'скорее, так', 'видимо, так', 'это так, но', 'скорее, правда', 'шындық, жартылай шындық', 'כן, אבל', 'נכון ברובו', 'חצי נכון',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'часткова няправільны',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    '진실에 가까운',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'правда и техническая ошибка',
  ],
  confirmed: [
    'صحيح', 'درست', 'सच', 'सही', 'সত্য', '正確', '正确', 'Правда', 'Шындық', 'სიმართლე', 'Ճշմարտություն', '사실', 'จริง',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    '真實',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'вистина', 'सही सूचना', 'ՃԻՇՏ',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'نص حقيقي', '含有正確訊息', 'это так', 'נכון',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'правільны',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    '진실', '진짜', '真实', '确实如此', '真実', 'จริง แชร์ได้',
    // [sealed-8] tests/fixtures/verdicts/sealed-labels-8.json names each label's fact-checker and source
    'ข่าวจริง',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    '含有真實訊息', '事実が含まれています',
    // [sealed-10] tests/fixtures/verdicts/sealed-labels-10.json names each label's fact-checker and source
    'مؤكد',
  ],
  disputed: [
    'مشكوك فيه', 'جدل', 'محل تردید',
    // [frequent] tests/fixtures/verdicts/frequent-labels.json (labels used more than 50 times)
    'Очень спорно',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    '含有個人意見', 'ללא ציון',
  ],
  unverified: ['غير مؤكد', 'غیرقابل اثبات', 'اثبات‌نشده', 'अपुष्ट', 'অপ্রমাণিত', '證據不足', '证据不足', '事實釐清', '事实厘清', 'ვერდიქტის გარეშე', 'Без вердикта',
    // [sealed-2] tests/fixtures/verdicts/sealed-labels-2.json names each label's fact-checker and page
    '沒有證據', '澄清',
    'Առանց վճռի', '根拠不明', '判定留保', '検証対象外', '판단 유보',
    // [sealed-3] tests/fixtures/verdicts/sealed-labels-3.json names each label's fact-checker and page
    'یک زاغ چهل زاغ', '판정보류',
    // [sealed-4] tests/fixtures/verdicts/sealed-labels-4.json names each label's fact-checker and page
    'пока не факт', 'сомнительно', 'לא מבוסס',
    // [sealed-5] tests/fixtures/verdicts/sealed-labels-5.json names each label's fact-checker and page
    'нявызначаны',
    // [sealed-6] tests/fixtures/verdicts/sealed-labels-6.json names each label's fact-checker and page
    '측정하기 어려운', '유보', '尚无定论', '根拠不十分',
    // [sealed-9] tests/fixtures/verdicts/sealed-labels-9.json names each label's fact-checker and source
    'баталгаагүй',
  ],
};
