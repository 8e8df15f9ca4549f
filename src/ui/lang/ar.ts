import type { Texts } from './en'

/** Arabic (Modern Standard Arabic, right-to-left). */
export const ar: Texts = {
  bannerLabel: 'الموافقة على ملفات تعريف الارتباط',
  bannerTitle: 'نحترم خصوصيتك',
  bannerText:
    'نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتشغيل هذا الموقع، وبموافقتك لقياس استخدامه وعرض الوسائط المضمّنة. يمكنك تغيير رأيك في أي وقت.',
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
  alwaysOn: 'مفعّلة دائمًا',
  necessaryText: 'ضرورية لعمل الموقع، مثل إبقائك مسجّلًا للدخول. لا يمكن تعطيلها.',
  showServices: 'عرض الخدمات',
  services: 'الخدمات',
  provider: 'المزوّد',
  purpose: 'الغرض',
  cookies: 'ملفات تعريف الارتباط',
  cookieName: 'الاسم',
  lifetime: 'مدة الصلاحية',
  setBy: 'المصدر',
  session: 'جلسة',
  firstParty: 'هذا الموقع',
  thirdParty: 'طرف ثالث',
  consentId: 'معرّف موافقتك',
  downloadRecord: 'تنزيل سجل موافقتي',
  reopen: 'إعدادات ملفات تعريف الارتباط',
  placeholderTitle: 'محتوى من {service}',
  placeholderText:
    'هذا المحتوى مستضاف لدى {service}. يؤدي تحميله إلى مشاركة بيانات مع {service}، وقد تُحفظ ملفات تعريف ارتباط.',
  loadOnce: 'تحميل هذه المرة فقط',
  alwaysAllow: 'السماح دائمًا بخدمة {service}',
}
