import type { Texts } from './en'

/**
 * Arabic (Modern Standard Arabic, right-to-left), unvocalized as interface text usually is: no
 * shadda, which also keeps this file within its 1 kB.
 */
export const ar: Texts = {
  bannerLabel: 'الموافقة على ملفات تعريف الارتباط',
  bannerTitle: 'نحترم خصوصيتك',
  bannerText:
    'نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتشغيل هذا الموقع، وبموافقتك من أجل {purposes}. يمكنك تغيير رأيك في أي وقت.',
  privacyPolicy: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  close: 'إغلاق',
  preferencesTitle: 'تفضيلات ملفات تعريف الارتباط',
  preferencesText:
    'اختر ملفات تعريف الارتباط التي يمكننا استخدامها. الملفات الضرورية للغاية لازمة لعمل الموقع ولا يمكن تعطيلها.',
  save: 'حفظ الاختيارات',
  saved: 'تم حفظ اختياراتك.',
  alwaysOn: 'مفعلة دائمًا',
  necessaryText: 'ضرورية لعمل الموقع، مثل إبقائك مسجلًا للدخول. لا يمكن تعطيلها.',
  showServices: 'عرض الخدمات',
  services: 'الخدمات',
  provider: 'المزود',
  purpose: 'الغرض',
  cookies: 'ملفات تعريف الارتباط',
  cookieName: 'الاسم',
  lifetime: 'مدة الصلاحية',
  setBy: 'المصدر',
  session: 'جلسة',
  firstParty: 'هذا الموقع',
  thirdParty: 'طرف ثالث',
  consentId: 'معرف موافقتك',
  downloadRecord: 'تنزيل سجل موافقتي',
  reopen: 'إعدادات ملفات تعريف الارتباط',
  placeholderTitle: 'محتوى من {service}',
  placeholderText:
    'هذا المحتوى مستضاف لدى {service}. يؤدي تحميله إلى مشاركة بيانات مع {service}، وقد تُحفظ ملفات تعريف ارتباط.',
  loadOnce: 'تحميل هذه المرة فقط',
  alwaysAllow: 'السماح دائمًا بخدمة {service}',
  gpcHonored: 'تم احترام رفضك',
  exemptNote: 'قياس جمهور معفى من الموافقة (من الطرف الأول، إحصاءات مجمّعة فقط). يعمل ما لم توقفه.',
  noticeText:
    'نستخدم ملفات تعريف الارتباط للتحليل والإعلان. يمكنك رفض بيع بياناتك الشخصية أو مشاركتها في أي وقت.',
  doNotSell: 'عدم بيع بياناتي الشخصية أو مشاركتها',
  noticeOk: 'موافق',
  necessaryTitle: 'ضرورية للغاية',
  functionalTitle: 'وظيفية',
  functionalText: 'تتذكر إعداداتك، مثل اللغة أو المنطقة.',
  functionalPurpose: 'تذكّر إعداداتك',
  analyticsTitle: 'إحصائية',
  analyticsText: 'تقيس كيفية استخدام الموقع لنتمكن من تحسينه.',
  analyticsPurpose: 'قياس استخدامه',
  marketingTitle: 'تسويقية',
  marketingText: 'تعرض إعلانات حسب اهتماماتك وتقيس أثرها، حتى على مواقع أخرى.',
  marketingPurpose: 'عرض إعلانات مخصصة لك',
  mediaTitle: 'وسائط مضمّنة',
  mediaText: 'تعرض مقاطع فيديو وخرائط ومحتوى آخر من خدمات أخرى قد تضع ملفات تعريف ارتباط خاصة بها.',
  mediaPurpose: 'عرض الوسائط المضمّنة',
  otherPurpose: 'تحقيق الأغراض الأخرى الموضحة في الإعدادات',
  listWords: ' و| و| و',
}
